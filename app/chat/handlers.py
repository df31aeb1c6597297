"""Chat's signal listeners: an answer that came from chat, once accepted, is announced as such
(the points engine pays its author the promotion award); a person's ended login sessions close
their open connections, wherever they are served."""

from __future__ import annotations

from sqlalchemy import select

from app import signals
from app.chat import services
from app.chat.models import Message
from app.extensions import db
from app.realtime import disconnect_after_commit


def _on_answer_accepted(answer, by, **_) -> None:
    promoted = db.session.scalar(select(Message.id).where(Message.promoted_post_id == answer.id))
    if promoted is not None:
        signals.promoted_answer_accepted.send(answer, by=by)


def _on_sessions_ended(user, session_ids=None, **_) -> None:
    disconnect_after_commit(services.connections([user.id], session_ids))


def connect_listeners() -> None:
    signals.answer_accepted.connect(_on_answer_accepted, weak=False)
    signals.sessions_ended.connect(_on_sessions_ended, weak=False)
