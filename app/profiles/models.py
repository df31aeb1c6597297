"""Teams and regions, and what a profile holds beyond the account: declared expertise, links,
the note board, follows, recognised experts, and which experts a question was routed to."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import utcnow
from app.extensions import db

if TYPE_CHECKING:
    from app.auth.models import User
    from app.qa.models import Tag

NOTE_MAX = 500
LINK_LABEL_MAX = 60
LINK_URL_MAX = 500
LINKS_MAX = 5
DECLARED_TAGS_MAX = 10


class Region(db.Model):
    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")

    teams: Mapped[list[Team]] = relationship(back_populates="region", order_by="Team.name")
    members: Mapped[list[User]] = relationship(back_populates="region")


class Team(db.Model):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)

    region: Mapped[Region | None] = relationship(back_populates="teams")
    members: Mapped[list[User]] = relationship(back_populates="team")


class DeclaredExpertise(db.Model):
    """A tag a person says they know. The expert finder ranks it below earned expertise."""

    __tablename__ = "declared_expertise"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"),
                                        primary_key=True, index=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    tag: Mapped[Tag] = relationship()


class ProfileLink(db.Model):
    """A link on a profile (CRM page, LinkedIn, a calendar), shown in `position` order."""

    __tablename__ = "profile_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(LINK_LABEL_MAX))
    url: Mapped[str] = mapped_column(String(LINK_URL_MAX))
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class ProfileNote(db.Model):
    """A short message a colleague left on someone's profile board (plain text)."""

    __tablename__ = "profile_notes"
    __table_args__ = (Index("ix_profile_notes_board", "board_user_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(String(NOTE_MAX))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    board_user: Mapped[User] = relationship(foreign_keys=[board_user_id])
    author: Mapped[User] = relationship(foreign_keys=[author_id])


class Follow(db.Model):
    """One person follows another: the follower's feed shows the followed person's posts."""

    __tablename__ = "follows"
    __table_args__ = (CheckConstraint("follower_id <> followed_id", name="not_self"),)

    follower_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                             primary_key=True)
    followed_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                             primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class TagFollow(db.Model):
    """One person follows a tag: new questions in it reach their feed."""

    __tablename__ = "tag_follows"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"),
                                        primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class RecognisedExpert(db.Model):
    """A manager flagged this person as a recognised expert: their posts alert their followers
    and the followers of the post's tags."""

    __tablename__ = "recognised_experts"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    flagged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class QuestionRouting(db.Model):
    """An expert a question was routed to, and in which round: routing a question again skips
    everyone already asked, so the escalation command can run any number of times."""

    __tablename__ = "question_routings"

    question_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"),
                                             primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True, index=True)
    round: Mapped[int]
    # Indexed: a period's routings (the analytics dashboard).
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now(),
                                                 index=True)
