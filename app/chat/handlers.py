"""Chat's signal listeners: an answer that came from chat, once accepted, is announced as such
(the points engine pays its author the promotion award)."""

from __future__ import annotations

from sqlalchemy import select

from app import signals
from app.chat.models import Message
from app.extensions import db


def _on_answer_accepted(answer, by, **_) -> None:
    promoted = db.session.scalar(select(Message.id).where(Message.promoted_post_id == answer.id))
    if promoted is not None:
        signals.promoted_answer_accepted.send(answer, by=by)


def connect_listeners() -> None:
    signals.answer_accepted.connect(_on_answer_accepted, weak=False)
