"""Chat: channels (public, private, direct), their members with how far each has read, and
messages with their thread replies."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import User, utcnow
from app.extensions import db

NAME_MAX = 40  # a channel's name: lower-case letters, digits and hyphens (Slack's rule)
TOPIC_MAX = 250
DESCRIPTION_MAX = 1000
MESSAGE_MAX = 4000  # characters; Markdown source
DIRECT_MAX = 8  # people in a group DM, the sender included


class Kind(enum.StrEnum):
    PUBLIC = "public"  # anyone may read and join
    PRIVATE = "private"  # members only; members invite
    DIRECT = "direct"  # a DM between two people or a small group; fixed membership


class Channel(db.Model):
    __tablename__ = "chat_channels"
    __table_args__ = (
        CheckConstraint("kind IN ('public', 'private', 'direct')", name="kind_known"),
        # Named channels have a name, DMs a key (their members' ids) instead.
        CheckConstraint("(kind = 'direct') = (name IS NULL)", name="named_unless_direct"),
        CheckConstraint("(kind = 'direct') = (direct_key IS NOT NULL)", name="keyed_if_direct"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str | None] = mapped_column(String(NAME_MAX), unique=True)
    # A DM's members' ids, sorted and comma-separated: there is one DM per set of people.
    direct_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    topic: Mapped[str] = mapped_column(String(TOPIC_MAX), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    archived_at: Mapped[datetime | None]
    archived_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"))
    # The newest message's id (0: none yet), kept with each message: the sidebar's order and
    # its unread test read it instead of the messages.
    last_message_id: Mapped[int] = mapped_column(default=0, server_default="0")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="channel", cascade="all, delete-orphan", passive_deletes=True)

    @property
    def is_direct(self) -> bool:
        return self.kind == Kind.DIRECT

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


class Membership(db.Model):
    """A person in a channel, and the last message they have read there."""

    __tablename__ = "chat_memberships"

    channel_id: Mapped[int] = mapped_column(
        ForeignKey("chat_channels.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    last_read_id: Mapped[int] = mapped_column(default=0, server_default="0")

    channel: Mapped[Channel] = relationship(back_populates="memberships")
    user: Mapped[User] = relationship()


class Message(db.Model):
    """A message in a channel, or a reply in a message's thread (`parent_id`). Deleting keeps
    the row, blanked, so that the thread and the history keep their shape."""

    __tablename__ = "chat_messages"
    __table_args__ = (
        Index("ix_chat_messages_channel_id_id", "channel_id", "id"),
        Index("ix_chat_messages_parent_id_id", "parent_id", "id"),
        Index("ix_chat_messages_author_id", "author_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("chat_channels.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("chat_messages.id", ondelete="CASCADE"))
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    reply_count: Mapped[int] = mapped_column(default=0, server_default="0")
    last_reply_at: Mapped[datetime | None]
    # The question (for a message that asked) or answer (for one that answered) it became.
    promoted_post_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", ondelete="SET NULL"), index=True)

    channel: Mapped[Channel] = relationship()
    author: Mapped[User] = relationship()

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


class Presence(db.Model):
    """One open connection (a tab) of a person, whichever server process holds it: the database
    is what every process shares. A person is online while one of their rows was seen recently;
    each page says it is still there every half minute, so the rows of a process that died stop
    counting by themselves."""

    __tablename__ = "chat_presence"

    sid: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now(),
                                              index=True)
    # The login session it was opened with: ending that session closes this connection.
    session_id: Mapped[int | None] = mapped_column(index=True)
