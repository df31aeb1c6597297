"""Points and badges arrive live: what a transaction earned is sent, once it has committed, to
the earners' open pages (their Socket.IO user rooms), which update the total and show a toast.

The ledger and the badges note what they write in the session (`session.info`); a commit sends
it, a rollback forgets it, so a page is never told of points that were not saved.
"""

from __future__ import annotations

import logging

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.extensions import db, socketio
from app.points.rules import LOWEST_TOTAL
from app.realtime import user_room

_NEWS = "fieldwise_points_news"
EVENT = "points"  # the Socket.IO event: {"points", "total", "reasons", "badges"}


def _news(user_id: int) -> dict:
    return db.session.info.setdefault(_NEWS, {}).setdefault(
        user_id, {"points": 0, "total": None, "reasons": [], "badges": []})


def points_changed(user_id: int, points: int, total: int, reason: str) -> None:
    news = _news(user_id)
    news["points"] += points
    news["total"] = max(total, LOWEST_TOTAL)
    news["reasons"].append(f"{points:+d} {reason}")


def badge_earned(user_id: int, name: str, tier: str) -> None:
    _news(user_id)["badges"].append({"name": name, "tier": tier})


@event.listens_for(Session, "after_commit")
def _send(session: Session) -> None:
    for user_id, news in session.info.pop(_NEWS, {}).items():
        try:
            socketio.emit(EVENT, news, to=user_room(user_id))
        except Exception:  # the points are saved; only the live update is lost
            logging.getLogger(__name__).exception("Could not send points to user %s", user_id)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_NEWS, None)
