"""Accounts: a person who can log in, with their role and the profile fields others see."""

from __future__ import annotations

import enum
import unicodedata
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, func, true
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from app.extensions import db

if TYPE_CHECKING:
    from app.profiles.models import Region, Team

NAME_MAX = 80
EMAIL_MAX = 254
TITLE_MAX = 120
BIO_MAX = 2000
HANDLE_MAX = 40
# The account imported content is credited to until an admin says who wrote it (app/qa/importer):
# it never logs in (inactive, no usable password) and nobody can register its address (.invalid
# is reserved for names that are not real, RFC 2606).
PLACEHOLDER_EMAIL = "imported@fieldwise.invalid"
# Avatar backgrounds, each dark enough for white initials (contrast at least 4.5:1).
AVATAR_COLOURS = ("blue", "green", "red", "purple", "amber", "teal", "pink", "slate")


def utcnow() -> datetime:
    return datetime.now(UTC)


def name_key(name: str) -> str:
    """A name as it is compared with others: compatibility forms folded (NFKC), case folded,
    spaces collapsed ("MAYA  patel" and "Maya Patel" are the same person to a reader)."""
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())


class Role(enum.StrEnum):
    MEMBER = "member"
    MANAGER = "manager"
    ADMIN = "admin"


class Department(enum.StrEnum):
    SALES = "sales"
    MARKETING = "marketing"
    ENABLEMENT = "enablement"
    OPERATIONS = "operations"
    OTHER = "other"


class Altitude(enum.StrEnum):
    C_LEVEL = "c-level"
    VP = "vp"
    DIRECTOR = "director"
    MANAGER = "manager"
    INDIVIDUAL_CONTRIBUTOR = "individual-contributor"

    @property
    def label(self) -> str:
        return {
            "c-level": "C-level",
            "vp": "VP",
            "director": "Director",
            "manager": "Manager",
            "individual-contributor": "Individual contributor",
        }[self.value]


def _in(column: str, values: type[enum.StrEnum]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(_in("role", Role), name="role_known"),
        CheckConstraint(_in("department", Department), name="department_known"),
        CheckConstraint(_in("altitude", Altitude), name="altitude_known"),
        # People by name: the directory, a team's and a channel's members, the admin's list.
        Index("ix_users_name_id", "name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored lower-cased, so the unique index makes e-mail addresses unique case-insensitively.
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), unique=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    # name_key(name), kept by the validator below: no two active people share one.
    name_key: Mapped[str] = mapped_column(String(NAME_MAX * 3), default="", server_default="",
                                          index=True)
    # What @mentions use: unique, derived from the e-mail address at registration.
    handle: Mapped[str] = mapped_column(String(HANDLE_MAX), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER, server_default="member")
    active: Mapped[bool] = mapped_column(default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    last_login_at: Mapped[datetime | None]

    title: Mapped[str] = mapped_column(String(TITLE_MAX), default="", server_default="")
    department: Mapped[str] = mapped_column(
        String(16), default=Department.SALES, server_default="sales", index=True
    )
    altitude: Mapped[str] = mapped_column(
        String(32),
        default=Altitude.INDIVIDUAL_CONTRIBUTOR,
        server_default="individual-contributor",
        index=True,
    )
    bio: Mapped[str] = mapped_column(Text, default="", server_default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    # The sum of this person's points-ledger rows (app/points), kept in the same transaction as
    # each row; shown as at least 1. Indexed for the all-time leaderboard.
    points: Mapped[int] = mapped_column(default=0, server_default="0", index=True)

    team: Mapped[Team | None] = relationship(back_populates="members")
    region: Mapped[Region | None] = relationship(back_populates="members")

    @validates("name")
    def _keep_name_key(self, _key: str, name: str) -> str:
        self.name_key = name_key(name)
        return name

    def attach_session(self, record: LoginSession, secret: str) -> None:
        """The login session this request (or socket event) runs in, and the secret its
        cookies carry (app.auth.sessions)."""
        self._login_session, self._login_secret = record, secret

    @property
    def login_session(self) -> LoginSession | None:
        return getattr(self, "_login_session", None)

    def get_id(self) -> str:
        """What Flask-Login keeps in the login cookies: the login session's secret, never the
        user's id, so that ending the session ends every copy of them."""
        secret = getattr(self, "_login_secret", None)
        if secret is None:
            raise RuntimeError("log in through app.auth.sessions.start(), which makes the session")
        return secret

    @property
    def is_active(self) -> bool:  # Flask-Login refuses to log in inactive users
        return self.active

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def is_placeholder(self) -> bool:
        """The imported content account: not a person, never shown or paid as one."""
        return self.email == PLACEHOLDER_EMAIL

    @property
    def altitude_label(self) -> str:
        return Altitude(self.altitude).label

    @property
    def initials(self) -> str:
        parts = self.name.split()
        return "".join(p[0] for p in parts[:2]).upper() or "?"

    @property
    def avatar_colour(self) -> str:
        """The avatar's background (a class in app.css), fixed by the id so that a person keeps
        their colour whatever they rename themselves to."""
        return AVATAR_COLOURS[self.id % len(AVATAR_COLOURS)]

    def __repr__(self) -> str:
        return f"<User {self.id} {self.email}>"


USER_AGENT_MAX = 300
ADDRESS_MAX = 45  # the longest textual IPv6 address


class LoginSession(db.Model):
    """One login on one device: the login cookies carry its secret (stored here as a SHA-256
    digest), and every request and socket event checks that it is still live. Ended sessions
    are kept, with why they ended, for the person's list and the audit."""

    __tablename__ = "login_sessions"
    __table_args__ = (Index("ix_login_sessions_user_ended", "user_id", "ended_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    remember: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    ended_reason: Mapped[str] = mapped_column(String(80), default="", server_default="")
    address: Mapped[str] = mapped_column(String(ADDRESS_MAX), default="", server_default="")
    user_agent: Mapped[str] = mapped_column(String(USER_AGENT_MAX), default="",
                                            server_default="")

    user: Mapped[User] = relationship(lazy="joined")


class Invitation(db.Model):
    """An admin's invitation to one address: a single-use link (its secret stored as a
    SHA-256 digest) that expires, and the role the new account gets."""

    __tablename__ = "invitations"
    __table_args__ = (CheckConstraint(_in("role", Role), name="role_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(EMAIL_MAX), index=True)
    role: Mapped[str] = mapped_column(String(16), default=Role.MEMBER)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    used_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    revoked_at: Mapped[datetime | None]

    invited_by: Mapped[User] = relationship(foreign_keys=[invited_by_id])
    used_by: Mapped[User | None] = relationship(foreign_keys=[used_by_id])

    def usable(self, now: datetime) -> bool:
        return self.used_at is None and self.revoked_at is None and self.expires_at > now


TOKEN_NAME_MAX = 80
TOKEN_PREFIX_LENGTH = 10  # "fw_" and the first characters of the secret: shown in the list


class ApiToken(db.Model):
    """A personal access token for the API, stored as the SHA-256 of its secret (the secret is
    256 random bits, shown once), with a prefix to recognise it by; revoked tokens are kept for
    the record."""

    __tablename__ = "api_tokens"
    __table_args__ = (Index("ix_api_tokens_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(TOKEN_NAME_MAX))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(TOKEN_PREFIX_LENGTH))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = relationship(lazy="joined")

    def usable(self, now: datetime) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)
