"""The home page, what a page resyncs live, and the health checks."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask_login import current_user
from sqlalchemy import select

from app import health
from app.auth.access import public
from app.auth.models import User, utcnow
from app.chat import services as chat
from app.extensions import db, limiter
from app.notifications import services as notifications
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


@bp.get("/live")
def live():
    """What the header shows live, for an open page to catch up on after its live updates
    paused (the message queue was down) or its connection dropped (app.js): unread
    notifications, unread chat messages per channel, points. Two queries."""
    return {
        "notifications": notifications.unread_count(current_user.id),
        "chat": {str(channel): n for channel, n in chat.unread_counts(current_user).items()},
        "points": current_user.points,
    }


@bp.get("/healthz")
@public
@limiter.exempt
def healthz():
    """Liveness, for a supervisor: 200 while this process answers, whatever its dependencies
    do (a process restarted because PostgreSQL is slow would not make it faster)."""
    return {"status": "ok"}


@bp.get("/readyz")
@public
@limiter.exempt
def readyz():
    """Readiness, for a load balancer: every dependency's state and latency; 503 only when
    the database does not answer (app/health.py)."""
    body, status = health.readiness()
    return body, status
