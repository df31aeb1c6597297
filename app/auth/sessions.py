"""Login sessions the server can end: each login is a row, its secret in the login cookies.

Flask-Login keeps what `User.get_id()` returns in the session cookie (and, with "Keep me
signed in", in the remember cookie it signs); here that is the login session's secret, not the
user's id (Flask-Login's "alternative tokens"). The loader finds the session by the secret's
digest on every request and socket event, so a session ended here (log out, "log out
everywhere", a password change, a deactivation, a role change, "end this one") stops every copy
of its cookies at once. Services never commit: the caller does.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

import ua_parser
from flask import current_app
from sqlalchemy import select, update

from app import signals
from app.auth.models import ADDRESS_MAX, USER_AGENT_MAX, LoginSession, User, utcnow
from app.errors import NotFound
from app.extensions import db

SEEN_EVERY = timedelta(minutes=5)  # last_seen_at is written at most this often


def digest(secret: str) -> str:
    # 256 random bits: a fast hash is as safe as a slow one, and it can be looked up.
    return hashlib.sha256(secret.encode()).hexdigest()


def _expired(record: LoginSession, now: datetime) -> bool:
    """Past its lifetime, or (without "Keep me signed in") idle for too long."""
    idle = current_app.config["SESSION_IDLE_TIMEOUT"]
    return now >= record.expires_at or (not record.remember and now >= record.last_seen_at + idle)


def start(user: User, remember: bool, address: str = "", user_agent: str = "",
          now: datetime | None = None) -> LoginSession:
    """A new login session for `user`; `user.get_id()` gives its secret for the cookies."""
    now = now or utcnow()
    config = current_app.config
    lifetime = config["REMEMBER_COOKIE_DURATION" if remember else "PERMANENT_SESSION_LIFETIME"]
    secret = secrets.token_urlsafe(32)
    record = LoginSession(user_id=user.id, digest=digest(secret), remember=remember,
                          created_at=now, last_seen_at=now, expires_at=now + lifetime,
                          address=(address or "")[:ADDRESS_MAX],
                          user_agent=(user_agent or "")[:USER_AGENT_MAX])
    db.session.add(record)
    db.session.flush()
    user.attach_session(record, secret)
    return record


def user_for(secret: str, now: datetime | None = None) -> User | None:
    """The person whose live session the cookies name (their last sight recorded now and
    then), or None: ended, expired, unknown, or the person deactivated."""
    now = now or utcnow()
    if not isinstance(secret, str) or not secret or len(secret) > 100:
        return None
    record = db.session.scalar(select(LoginSession).where(LoginSession.digest == digest(secret)))
    if record is None or record.ended_at is not None or _expired(record, now) \
            or not record.user.active:
        return None
    if record.last_seen_at < now - SEEN_EVERY:
        # In its own statement and commit, at the start of the request, as API tokens do.
        db.session.execute(update(LoginSession).where(LoginSession.id == record.id)
                           .values(last_seen_at=now))
        db.session.commit()
    user = record.user
    user.attach_session(record, secret)
    return user


def device(record: LoginSession) -> str:
    """"Mobile Safari on iOS", from the browser's User-Agent (ua-parser's rules)."""
    parsed = ua_parser.parse(record.user_agent or "")
    if parsed.user_agent is None:
        return "An unknown browser or program"
    return parsed.user_agent.family + (f" on {parsed.os.family}" if parsed.os else "")


def is_live(session_id: int, now: datetime | None = None) -> bool:
    return alive(db.session.get(LoginSession, session_id), now or utcnow())


def alive(record: LoginSession | None, now: datetime) -> bool:
    """Whether this login session still lets its person in (not ended, not expired)."""
    return record is not None and record.ended_at is None and not _expired(record, now)


def of(user: User, now: datetime | None = None) -> list[LoginSession]:
    """The person's live sessions, the most recently seen first."""
    now = now or utcnow()
    rows = db.session.scalars(select(LoginSession).where(
        LoginSession.user_id == user.id, LoginSession.ended_at.is_(None),
        LoginSession.expires_at > now).order_by(LoginSession.last_seen_at.desc(),
                                                LoginSession.id.desc()))
    return [row for row in rows if not _expired(row, now)]


def end(record: LoginSession, reason: str, now: datetime | None = None) -> None:
    """End one session: its cookies stop working, its open sockets are closed."""
    if record.ended_at is None:
        record.ended_at, record.ended_reason = now or utcnow(), reason
        db.session.flush()
        signals.sessions_ended.send(record.user, session_ids=[record.id], reason=reason)


def end_one_of(user: User, session_id: int, reason: str) -> LoginSession:
    """End one of `user`'s own sessions (someone else's is not found)."""
    record = db.session.get(LoginSession, session_id)
    if record is None or record.user_id != user.id:
        raise NotFound("There is no such session.")
    end(record, reason)
    return record


def end_all(user: User, reason: str, now: datetime | None = None) -> int:
    """End every session of `user` (on every device) and close their sockets; how many."""
    now = now or utcnow()
    ended = db.session.execute(
        update(LoginSession).where(LoginSession.user_id == user.id,
                                   LoginSession.ended_at.is_(None))
        .values(ended_at=now, ended_reason=reason).returning(LoginSession.id)).scalars().all()
    signals.sessions_ended.send(user, session_ids=None, reason=reason)
    return len(ended)
