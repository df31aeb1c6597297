"""An audit event: one row per thing that happened, never changed or removed afterwards."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.extensions import db

if TYPE_CHECKING:  # the audit sits below every feature: it names people, it imports none
    from app.auth.models import User

DETAIL_MAX = 500
ADDRESS_MAX = 45  # the longest textual IPv6 address


def _now() -> datetime:
    return datetime.now(UTC)


class Kind(enum.StrEnum):
    """What happened, as the audit page names it."""

    LOGIN = "login"
    LOGIN_FAILED = "login-failed"
    LOGOUT = "logout"
    SESSION_ENDED = "session-ended"
    SESSIONS_ENDED = "sessions-ended"
    REGISTERED = "registered"
    PASSWORD_CHANGED = "password-changed"
    PASSWORD_RESET = "password-reset"
    TOKEN_CREATED = "token-created"
    TOKEN_REVOKED = "token-revoked"
    ROLE_CHANGED = "role-changed"
    DEACTIVATED = "deactivated"
    REACTIVATED = "reactivated"
    INVITATION_SENT = "invitation-sent"
    INVITATION_REVOKED = "invitation-revoked"
    IMPORT = "import"
    AUTHOR_MAPPED = "author-mapped"
    PROMOTION = "promotion"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ").capitalize()


class AuditEvent(db.Model):
    __tablename__ = "audit_events"
    # The page filters by kind and by person (as actor or as subject), newest first.
    __table_args__ = (
        Index("ix_audit_events_kind_id", "kind", "id"),
        Index("ix_audit_events_actor_id_id", "actor_id", "id"),
        Index("ix_audit_events_subject_id_id", "subject_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=_now)
    kind: Mapped[str] = mapped_column(String(32))
    # Who did it (none for a failed login or a command line without a person) and to whom.
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="")
    detail: Mapped[str] = mapped_column(String(DETAIL_MAX), default="")

    actor: Mapped[User | None] = relationship("User", foreign_keys=[actor_id])
    subject: Mapped[User | None] = relationship("User", foreign_keys=[subject_id])


class AppendOnly(Exception):
    """An audit event was about to be changed or deleted."""


@event.listens_for(Session, "before_flush")
def _append_only(session: Session, flush_context, instances) -> None:
    for row in (*session.dirty, *session.deleted):
        if isinstance(row, AuditEvent) and (row in session.deleted or session.is_modified(row)):
            raise AppendOnly("The audit log is append-only: its events are never changed.")
