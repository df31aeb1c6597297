"""The home page and the health check."""

from __future__ import annotations

import redis
from flask import Blueprint, current_app, render_template
from flask_login import current_user
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from app.auth.access import public
from app.auth.models import User, utcnow
from app.extensions import db, limiter
from app.notifications.feed import REASONS, feed
from app.pagination import page_number

bp = Blueprint("main", __name__)


@bp.get("/")
def home():
    teammates = []
    if current_user.team_id is not None:
        teammates = db.session.scalars(
            select(User)
            .where(
                User.team_id == current_user.team_id,
                User.id != current_user.id,
                User.active.is_(True),
            )
            .order_by(User.name)
            .limit(12)
        ).all()
    days = current_app.config["FEED_DAYS"]
    activity = feed(current_user, page_number(), current_app.config["PAGE_SIZE"], utcnow(),
                    days)
    return render_template("home.html", teammates=teammates, activity=activity,
                           reasons=REASONS, days=days)


def _check_database() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        db.session.rollback()
        return {"status": "error", "backend": db.engine.dialect.name, "error": type(exc).__name__}
    return {"status": "ok", "backend": db.engine.dialect.name}


def _check_message_queue(url: str) -> dict:
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return {"status": "unchecked", "kind": url.split(":", 1)[0]}
    client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        return {"status": "error", "kind": "redis", "error": type(exc).__name__}
    finally:
        client.close()
    return {"status": "ok", "kind": "redis"}


@bp.get("/healthz")
@public
@limiter.exempt
def healthz():
    """For load balancers and operators: 200 when every dependency answers, else 503."""
    checks = {"database": _check_database()}
    queue = current_app.config["SOCKETIO_MESSAGE_QUEUE"]
    checks["message_queue"] = _check_message_queue(queue) if queue else {"status": "not used"}
    healthy = all(check["status"] != "error" for check in checks.values())
    return {"status": "ok" if healthy else "error", "checks": checks}, 200 if healthy else 503
