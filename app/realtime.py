"""The Socket.IO connection (only logged-in people connect, and each joins its own room), and the
one way to send a person something live: after the transaction that caused it has committed."""

from __future__ import annotations

import logging

from flask_login import current_user
from flask_socketio import join_room
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.extensions import db, socketio

_PENDING = "fieldwise_realtime_pending"


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


@socketio.on("connect")
def connect(auth=None):
    if not current_user.is_authenticated:
        raise ConnectionRefusedError("Log in first.")
    join_room(user_room(current_user.id))


def send_after_commit(user_id: int, name: str, payload: dict) -> dict:
    """Send `name` with `payload` to the person's open pages once the current transaction
    commits, never if it rolls back. One payload per person and event name: a later call in
    the same transaction returns the payload already queued, for the caller to add to."""
    pending = db.session.info.setdefault(_PENDING, {})
    return pending.setdefault((user_id, name), payload)


# SQLAlchemy sends after_commit and after_rollback for savepoints too: only the outermost
# transaction's end decides whether what was queued is sent or forgotten.
@event.listens_for(Session, "after_commit")
def _send(session: Session) -> None:
    if session.in_nested_transaction():
        return
    for (user_id, name), payload in session.info.pop(_PENDING, {}).items():
        try:
            socketio.emit(name, payload, to=user_room(user_id))
        except Exception:  # what was sent about is saved; only the live update is lost
            logging.getLogger(__name__).exception("Could not send %s to user %s", name, user_id)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.info.pop(_PENDING, None)
