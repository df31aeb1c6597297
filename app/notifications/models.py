"""Stored notifications and each person's choice of which kinds they want."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import User, utcnow
from app.extensions import db

TEXT_MAX = 300


class Kind(enum.StrEnum):
    ANSWER = "answer"  # an answer to your question
    COMMENT = "comment"  # a comment on your post
    MENTION = "mention"
    ACCEPTED = "accepted"  # your answer was accepted
    BADGE = "badge"
    CERTIFICATION = "certification"
    ROUTED = "routed"  # a question routed to you as an expert
    FOLLOWED = "followed"  # activity of a person or tag you follow (expert alerts)
    REVIEW_DUE = "review-due"  # a wiki page you own is due for review
    NOTE = "note"  # a note on your profile board

    @property
    def label(self) -> str:
        return {
            "answer": "An answer to your question",
            "comment": "A comment on your post",
            "mention": "Someone mentions you",
            "accepted": "Your answer is accepted",
            "badge": "You earn a badge",
            "certification": "You are awarded a certification",
            "routed": "A question you can answer is routed to you",
            "followed": "A recognised expert you or your tags follow posts",
            "review-due": "A page you own is due for review",
            "note": "A note on your profile board",
        }[self.value]


class Notification(db.Model):
    """What someone should know about. Events on the same subject (a question's thread, a page,
    a board) collapse into one unread item: its `count` grows and it moves to the top."""

    __tablename__ = "notifications"
    __table_args__ = (
        Index("ix_notifications_user_updated", "user_id", "updated_at", "id"),
        # At most one unread item per subject: the row new events on that subject collapse into.
        Index("uq_notifications_unread_subject", "user_id", "subject_type", "subject_id",
              unique=True, sqlite_where=text("read_at IS NULL"),
              postgresql_where=text("read_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # the latest event's Kind
    subject_type: Mapped[str] = mapped_column(String(16))  # "question", "page", "board", "badge"...
    subject_id: Mapped[int]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(String(TEXT_MAX))  # the latest event, in words
    url: Mapped[str] = mapped_column(String(500))
    count: Mapped[int] = mapped_column(default=1, server_default="1")  # events collapsed here
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    read_at: Mapped[datetime | None]

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


class NotificationSetting(db.Model):
    """A kind someone turned off (every kind is on unless a row says otherwise)."""

    __tablename__ = "notification_settings"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    enabled: Mapped[bool]
