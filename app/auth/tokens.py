"""Personal access tokens, a person's credentials for the API: made (the secret shown once),
listed, revoked (one, or all of them when the person's sessions all end), and checked on every
API request."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.audit.models import Kind
from app.audit.services import record
from app.auth.models import TOKEN_NAME_MAX, TOKEN_PREFIX_LENGTH, ApiToken, User, utcnow
from app.errors import NotFound, ServiceError
from app.extensions import db

SCHEME = "fw_"
EXPIRIES = {"30": 30, "90": 90, "365": 365, "never": None}  # form value: days
USED_EVERY = timedelta(minutes=1)  # last_used_at is written at most this often


def digest(secret: str) -> str:
    # The secret is 256 random bits, so a fast hash is as safe as a slow one (and a lookup).
    return hashlib.sha256(secret.encode()).hexdigest()


def create(user: User, name: str, expires: str, now: datetime | None = None
           ) -> tuple[ApiToken, str]:
    """A new token for `user` and its secret, which is never stored and never shown again.
    (The tokens page asks for the person's password first: app.api.pages.)"""
    now = now or utcnow()
    name = " ".join((name or "").split())
    errors = {}
    if not name:
        errors["name"] = "Name the token after what will use it (“CRM sync”)."
    elif len(name) > TOKEN_NAME_MAX:
        errors["name"] = f"A token's name has at most {TOKEN_NAME_MAX} characters."
    if expires not in EXPIRIES:
        errors["expires"] = "Choose when the token expires: 30, 90 or 365 days, or never."
    if errors:
        raise ServiceError(" ".join(errors.values()), next(iter(errors)), errors)
    secret = SCHEME + secrets.token_urlsafe(32)
    days = EXPIRIES[expires]
    token = ApiToken(user_id=user.id, name=name, digest=digest(secret),
                     prefix=secret[:TOKEN_PREFIX_LENGTH], created_at=now,
                     expires_at=now + timedelta(days=days) if days else None)
    db.session.add(token)
    db.session.flush()
    record(Kind.TOKEN_CREATED, actor=user, subject=user, detail=f"{token.prefix}… “{name}”")
    return token, secret


def of(user: User) -> list[ApiToken]:
    """A person's tokens, newest first, revoked ones included (marked so)."""
    return list(db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                   .order_by(ApiToken.created_at.desc(), ApiToken.id.desc())))


def revoke(user: User, token_id: int, now: datetime | None = None) -> ApiToken:
    """Revoke one of `user`'s own tokens (someone else's is not found); revoking twice is
    harmless."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("There is no such token.")
    if token.revoked_at is None:
        token.revoked_at = now or utcnow()
        record(Kind.TOKEN_REVOKED, actor=user, subject=user,
               detail=f"{token.prefix}… “{token.name}”")
    return token


def revoke_all(user: User, reason: str, now: datetime | None = None) -> int:
    """Revoke every token of `user` still in use (log out everywhere, a new password, a
    deactivation); how many."""
    revoked = db.session.execute(
        update(ApiToken).where(ApiToken.user_id == user.id, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now or utcnow()).returning(ApiToken.id)).scalars().all()
    if revoked:
        record(Kind.TOKEN_REVOKED, subject=user, detail=f"all {len(revoked)}: {reason}")
    return len(revoked)


def authenticate(secret: str, now: datetime | None = None) -> ApiToken | None:
    """The usable token with this secret, its last use recorded; None for an unknown, revoked
    or expired one, or one whose owner is deactivated."""
    now = now or utcnow()
    if not secret.startswith(SCHEME) or len(secret) > 200:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.digest == digest(secret)))
    if token is None or not token.usable(now) or not token.user.active:
        return None
    if token.last_used_at is None or token.last_used_at < now - USED_EVERY:
        # In its own statement, so that a request refused later still counts as a use.
        db.session.execute(update(ApiToken).where(ApiToken.id == token.id)
                           .values(last_used_at=now))
        db.session.commit()
    return token
