"""The points ledger: append-only, one row per award or reversal.

A person's total, their points per tag, the leaderboards and the badges are all derived from
these rows. `users.points` caches each person's sum; tests prove it always equals the ledger.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    ColumnElement,
    Date,
    Double,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    and_,
    exists,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import User, utcnow
from app.extensions import db
from app.qa.models import Tag

_ACCEPTED_AWARD = "rule = 'answer-accepted' AND reverses_id IS NULL"


class PointsEntry(db.Model):
    __tablename__ = "points_ledger"
    __table_args__ = (
        Index("ix_points_ledger_user_time", "user_id", "created_at"),
        # Weekly and monthly leaderboards: the rows of a period, summed per person.
        Index("ix_points_ledger_time_user", "created_at", "user_id", "points"),
        Index("ix_points_ledger_subject", "subject_type", "subject_id", "actor_id"),
        # A person's accepted answers (the expert finder's hidden gems): their "answer
        # accepted" awards, each checked for a reversal through `reverses_id`'s own index.
        Index("ix_points_ledger_accepted", "user_id", "id",
              sqlite_where=text(_ACCEPTED_AWARD), postgresql_where=text(_ACCEPTED_AWARD)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))  # who earns (or loses)
    rule: Mapped[str] = mapped_column(String(40))  # a rules.RULES name
    subject_type: Mapped[str] = mapped_column(String(16))  # "post", "page", "revision"
    subject_id: Mapped[int]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # who caused it
    points: Mapped[int]  # negative for a penalty or a reversal; 0 when a daily cap was reached
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    # What makes replaying an event harmless: the same award is never written twice.
    key: Mapped[str] = mapped_column(String(160), unique=True)
    # A reversal names the award it takes back; an award is taken back at most once.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("points_ledger.id"), unique=True)
    # Why a reversal was written: "undone", "deleted", "serial-voting".
    reason: Mapped[str] = mapped_column(String(16), default="", server_default="")

    user: Mapped[User] = relationship(foreign_keys=[user_id])
    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])


# A table alias, not a mapped one: aliasing the mapper here would configure every mapper
# before the other domains' models are defined.
_REVERSAL = PointsEntry.__table__.alias("reversal")


def not_taken_back() -> ColumnElement[bool]:
    """The condition a ledger row meets while it is an award in force: it is no reversal, and
    no reversal names it (found through `reverses_id`'s unique index)."""
    return and_(PointsEntry.reverses_id.is_(None),
                ~exists().where(_REVERSAL.c.reverses_id == PointsEntry.id))


class PointsEntryTag(db.Model):
    """The subject's tags at the time of the award, with the row's person, points and time
    copied, so that per-tag points and leaderboards read one table through one index."""

    __tablename__ = "points_ledger_tags"
    __table_args__ = (
        Index("ix_points_ledger_tags_tag_time", "tag_id", "created_at", "user_id", "points"),
        Index("ix_points_ledger_tags_user_tag", "user_id", "tag_id", "points"),
    )

    entry_id: Mapped[int] = mapped_column(ForeignKey("points_ledger.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    points: Mapped[int]
    created_at: Mapped[datetime]


# How recent points weigh (the expert finder's ranking): 2^(-age / RECENT_HALF_LIFE_DAYS).
RECENT_HALF_LIFE_DAYS = 90
RECENT_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def recent_weight(at: datetime) -> float:
    """2^(days from RECENT_EPOCH to `at` / half-life): a row's points times this, summed, and
    the sum times `recent_scale(now)`, is the sum of each row's points weighed by its age, for
    every person alike (float64 holds it for centuries)."""
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return 2.0 ** ((at - RECENT_EPOCH).total_seconds() / 86400 / RECENT_HALF_LIFE_DAYS)


def recent_scale(now: datetime) -> float:
    return 1.0 / recent_weight(now)


class PointsPerTag(db.Model):
    """A person's points in a tag, kept as the ledger is written (the sum of their rows in
    `points_ledger_tags`, and of each row's points times its `recent_weight`), and their
    accepted answers there: per-tag points, leaderboards, badges and the expert finder read
    one row per person and tag instead of every row they ever earned there. Tests prove it
    always equals the ledger."""

    __tablename__ = "points_per_tag"
    __table_args__ = (Index("ix_points_per_tag_tag_points", "tag_id", "points"),)

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    points: Mapped[int] = mapped_column(default=0, server_default="0")
    recent: Mapped[float] = mapped_column(Double, default=0.0, server_default="0")
    # The person's accepted answers in the tag: the "answer accepted" awards in force (the
    # question's tags when it was accepted; accepting one's own answer earns none), their sum
    # of `recent_weight` at acceptance, and the latest acceptance (None when none is in force).
    accepted: Mapped[int] = mapped_column(default=0, server_default="0")
    accepted_recent: Mapped[float] = mapped_column(Double, default=0.0, server_default="0")
    last_accepted_at: Mapped[datetime | None]


class SerialVotingFlag(db.Model):
    """One person voted for (or against) another more than the daily limit: the excess votes'
    points were reversed, and managers see the flag."""

    __tablename__ = "serial_voting_flags"
    __table_args__ = (UniqueConstraint("voter_id", "target_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    target_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    votes: Mapped[int]  # the voter's votes on the target's posts that day
    reversed: Mapped[int]  # how many of them had their points taken back
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    voter: Mapped[User] = relationship(foreign_keys=[voter_id])
    target: Mapped[User] = relationship(foreign_keys=[target_id])


CERTIFICATION_NAME_MAX = 80
CERTIFICATION_DESCRIPTION_MAX = 500


class Certification(db.Model):
    """A company program managers certify people in ("Value Selling Certified")."""

    __tablename__ = "certifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(CERTIFICATION_NAME_MAX), unique=True)
    description: Mapped[str] = mapped_column(String(CERTIFICATION_DESCRIPTION_MAX), default="",
                                             server_default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class PersonCertification(db.Model):
    """A person certified in a program: when, and by which manager."""

    __tablename__ = "person_certifications"
    __table_args__ = (UniqueConstraint("user_id", "certification_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    certification_id: Mapped[int] = mapped_column(ForeignKey("certifications.id"), index=True)
    awarded_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    awarded_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    certification: Mapped[Certification] = relationship()
    awarded_by: Mapped[User] = relationship(foreign_keys=[awarded_by_id])



class BadgeAward(db.Model):
    """A badge a person earned (badges.py says which there are): awarded once, never taken
    back, with the moment and the post or page that earned it."""

    __tablename__ = "badge_awards"
    __table_args__ = (Index("ix_badge_awards_user_time", "user_id", "awarded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    badge: Mapped[str] = mapped_column(String(40))  # a badges.BADGES slug, or a tag tier
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id"))  # a tag badge's tag
    subject_type: Mapped[str | None] = mapped_column(String(16))  # "post", "page"
    subject_id: Mapped[int | None]
    awarded_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    # Awarded once: "<badge>:<user>" or "<tier tag badge>:<user>:<tag>".
    key: Mapped[str] = mapped_column(String(80), unique=True)

    tag: Mapped[Tag | None] = relationship()
