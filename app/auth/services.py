"""Account rules: who may join (company domains, invitations), verifying an address before an
account exists, passwords (checked against zxcvbn's lists of common and breached passwords),
resetting one, names nobody else here goes by, and the changes that end every session of a
person (a password change, "log out everywhere", a deactivation, a role change).

Services never commit: the caller (a route or a CLI command) commits once.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload
from zxcvbn import zxcvbn

from app import signals
from app.audit.models import Kind
from app.audit.services import record
from app.auth import sessions
from app.auth import tokens as api_tokens
from app.auth.models import (
    EMAIL_MAX,
    HANDLE_MAX,
    NAME_MAX,
    PLACEHOLDER_EMAIL,
    Invitation,
    Role,
    User,
    name_key,
    utcnow,
)
from app.errors import Forbidden, NotFound, ServiceError
from app.extensions import db

PASSWORD_MIN = 10
PASSWORD_MAX = 128
PASSWORD_SCORE_MIN = 3  # zxcvbn's 0-4: 3 is "safely unguessable: moderate protection offline"


def init_password_hasher(app) -> None:
    """Argon2id with the app's ARGON2_PARAMETERS: argon2-cffi's defaults (RFC 9106 low-memory
    profile) outside tests."""
    app.extensions["password_hasher"] = PasswordHasher(**app.config["ARGON2_PARAMETERS"])


def _hasher() -> PasswordHasher:
    return current_app.extensions["password_hasher"]


class AccountError(ServiceError):
    """A request about an account that cannot be carried out; the message is for the user."""


class InvalidCredentials(AccountError):
    def __init__(self) -> None:
        super().__init__("Invalid e-mail address or password.")


class NotVerified(AccountError):
    """A link (to register, accept an invitation, reset a password) that is not, or no
    longer, valid."""

    status = 400


# ---------------------------------------------------------------- fields


def normalize_email(email: str) -> str:
    """The stored form of an address: validated, lower-cased. Raises AccountError."""
    email = (email or "").strip()
    if not email:
        raise AccountError("Enter your e-mail address.", "email")
    if len(email) > EMAIL_MAX:
        raise AccountError(f"An e-mail address has at most {EMAIL_MAX} characters.", "email")
    try:
        result = validate_email(email, check_deliverability=False)
    except EmailNotValidError as exc:
        raise AccountError(f"That is not a valid e-mail address: {exc}", "email") from None
    return result.normalized.lower()


def check_name(name: str, person: User | None = None) -> str:
    """A display name: 1-80 characters, and not the name of another active person here (so
    nobody can post as "Maya Patel" who is not her). `person` is the one being named."""
    name = " ".join((name or "").split())
    if not name:
        raise AccountError("Enter your name.", "name")
    if len(name) > NAME_MAX:
        raise AccountError(f"A name has at most {NAME_MAX} characters.", "name")
    taken = select(User.id).where(User.name_key == name_key(name), User.active)
    if person is not None and person.id is not None:
        taken = taken.where(User.id != person.id)
    if db.session.scalar(taken.limit(1)) is not None:
        raise AccountError(f"Someone here is already called {name}. Add a middle initial or "
                           "your team, so that people can tell you apart.", "name")
    return name


def check_new_password(password: str, field: str = "password",
                       hints: tuple[str, ...] = ()) -> str:
    """Long enough, and not a common or breached password: zxcvbn's frequency lists (30,000
    leaked passwords, names and words) and patterns, with `hints` (the person's address and
    name) counted as known to an attacker."""
    password = password or ""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"A password needs at least {PASSWORD_MIN} characters.", field)
    if len(password) > PASSWORD_MAX:
        raise AccountError(f"A password has at most {PASSWORD_MAX} characters.", field)
    verdict = zxcvbn(password, user_inputs=["fieldwise", *hints], max_length=PASSWORD_MAX)
    if verdict["score"] < PASSWORD_SCORE_MIN:
        warning = verdict["feedback"]["warning"] or "This password is easy to guess."
        raise AccountError(f"{warning} Choose a longer one, such as a few unrelated words.",
                           field)
    return password


def hints_for(email: str, name: str = "") -> tuple[str, ...]:
    return (email, email.split("@", 1)[0], *name.split())


def hash_password(password: str) -> str:
    return _hasher().hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher().hash("not a password anybody has")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


def password_matches(user: User, password: str) -> bool:
    return _verify(user.password_hash, password)


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.strip().lower()))


def handle_base(email: str) -> str:
    """The @handle an address suggests: its local part, reduced to letters, digits and . _ -."""
    local = email.split("@", 1)[0].lower()
    base = re.sub(r"[^a-z0-9._-]+", "", local)[: HANDLE_MAX - 4]
    return re.sub(r"^[._-]+|[._-]+$", "", base) or "member"


def free_handle(email: str) -> str:
    """A handle nobody has: the address's base, or the base with the lowest free number."""
    base = handle_base(email)
    taken = set(
        db.session.scalars(
            select(User.handle).where(or_(User.handle == base, User.handle.like(f"{base}%")))
        )
    )
    if base not in taken:
        return base
    return next(f"{base}{n}" for n in range(2, len(taken) + 3) if f"{base}{n}" not in taken)


# ---------------------------------------------------------------- accounts


def create_account(name: str, email: str, password: str, role: Role = Role.MEMBER) -> User:
    """An account for an address already verified (by a link sent to it, an invitation, or an
    administrator at the command line). Raises AccountError for bad input or a taken address."""
    email = normalize_email(email)
    name = check_name(name)
    check_new_password(password, hints=hints_for(email, name))
    if find_user_by_email(email) is not None:
        raise AccountError("An account with this e-mail address already exists.", "email")
    user = User(name=name, email=email, password_hash=hash_password(password), role=role)
    for _attempt in range(3):
        user.handle = free_handle(email)
        try:
            with db.session.begin_nested():
                db.session.add(user)
            break
        except IntegrityError:  # the address or the handle was taken concurrently
            if find_user_by_email(email) is not None:
                raise AccountError(
                    "An account with this e-mail address already exists.", "email"
                ) from None
    else:
        raise AccountError("Could not create the account right now; please try again.", "email")
    signals.user_registered.send(user)
    return user


def imported_content_account() -> User:
    """The account imported posts are credited to until an admin names their author, made on
    first use: inactive, and with a password hash that no password matches ("!" is no argon2
    hash), so it never logs in; inactive, it is left out of the directory, the leaderboards,
    the expert finder, mentions and direct messages."""
    account = find_user_by_email(PLACEHOLDER_EMAIL)
    if account is not None:
        return account
    account = User(name="Imported content", email=PLACEHOLDER_EMAIL, handle=free_handle(
        PLACEHOLDER_EMAIL), active=False, password_hash="!")  # noqa: S106 (no password's hash)
    try:
        with db.session.begin_nested():
            db.session.add(account)
    except IntegrityError:  # another import made it at the same moment
        account = find_user_by_email(PLACEHOLDER_EMAIL)
    return account


def authenticate(email: str, password: str) -> User:
    """The user with this address and password. Raises InvalidCredentials otherwise.

    An unknown address costs the same hashing time as a wrong password, so response times
    do not tell which addresses have accounts.
    """
    user = find_user_by_email(email or "")
    if user is None:
        _verify(_dummy_hash(), password)
        raise InvalidCredentials()
    if not password_matches(user, password) or not user.active:
        raise InvalidCredentials()
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return user


def _end_every_session(user: User, reason: str, tokens: bool) -> None:
    """End all of the person's sessions (their sockets close) and, with `tokens`, revoke their
    API tokens too: whatever took the sessions' reason must reach every integration as well."""
    sessions.end_all(user, reason)
    if tokens:
        api_tokens.revoke_all(user, reason)


def log_out_everywhere(user: User) -> None:
    _end_every_session(user, "logged out everywhere", tokens=True)
    record(Kind.SESSIONS_ENDED, actor=user, subject=user, detail="log out everywhere")


def change_password(user: User, current_password: str, new_password: str) -> None:
    """A new password ends every session and revokes every API token: whoever knew the old one
    may have made some."""
    if not password_matches(user, current_password):
        raise AccountError("Your current password is not correct.", "current_password")
    check_new_password(new_password, "new_password", hints_for(user.email, user.name))
    user.password_hash = hash_password(new_password)
    _end_every_session(user, "password changed", tokens=True)
    record(Kind.PASSWORD_CHANGED, actor=user, subject=user)


def set_role(actor: User | None, user: User, role: Role) -> None:
    """Give `user` a role; their sessions end, so that every page and socket sees it anew."""
    if actor is not None and not actor.is_admin:
        raise Forbidden("Only admins change roles.")
    if actor is not None and actor.id == user.id:
        raise AccountError("You cannot change your own role: ask another admin.", "role")
    _refuse_placeholder(user)
    if user.role == role:
        return
    before, user.role = user.role, role
    _end_every_session(user, "role changed", tokens=False)
    record(Kind.ROLE_CHANGED, actor=actor, subject=user, detail=f"{before} → {role}")


def set_active(actor: User | None, user: User, active: bool) -> None:
    """Deactivate (every session ends, every socket closes, every API token is revoked) or
    reactivate an account. Admins only, and never their own."""
    if actor is not None and not actor.is_admin:
        raise Forbidden("Only admins deactivate accounts.")
    if actor is not None and actor.id == user.id:
        raise AccountError("You cannot deactivate your own account: ask another admin.")
    _refuse_placeholder(user)
    if user.active == active:
        return
    user.active = active
    if not active:
        _end_every_session(user, "account deactivated", tokens=True)
    record(Kind.REACTIVATED if active else Kind.DEACTIVATED, actor=actor, subject=user)


def _refuse_placeholder(user: User) -> None:
    if user.is_placeholder:
        raise AccountError("The imported content account is not a person: it never logs in.")


def find_by_email_or_fail(email: str) -> User:
    user = find_user_by_email(email or "")
    if user is None:
        raise AccountError(f"No account has the e-mail address {email!r}.", "email")
    return user


# ---------------------------------------------------------------- who may join


def allowed_domains() -> list[str]:
    return current_app.config["ALLOWED_EMAIL_DOMAINS"]


def registration_open() -> bool:
    """Anyone with an address at an allowed company domain may register (after verifying it);
    with none configured, only invitations let people in."""
    return bool(allowed_domains())


def check_domain(email: str) -> str:
    domain = email.rsplit("@", 1)[1]
    if domain not in allowed_domains():
        listed = ", ".join(f"@{d}" for d in allowed_domains())
        raise AccountError(f"Use your company address ({listed}).", "email")
    return email


def _signer(purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=f"fieldwise-{purpose}")


def registration_link_token(email: str) -> str:
    return _signer("register").dumps({"email": email})


def registration_email(token: str) -> str:
    """The address a registration link was sent to, while the link is valid: signed, expiring,
    and used once (an account for the address ends it)."""
    try:
        email = _signer("register").loads(
            token, max_age=current_app.config["REGISTRATION_LINK_HOURS"] * 3600)["email"]
    except SignatureExpired:
        raise NotVerified("This link has expired: ask for a new one.") from None
    except (BadSignature, KeyError, TypeError):
        raise NotVerified("This link is not valid: ask for a new one.") from None
    if find_user_by_email(email) is not None:
        raise NotVerified("This link was used already: log in, or reset your password.")
    return email


def complete_registration(token: str, name: str, password: str) -> User:
    email = registration_email(token)
    check_domain(email)  # the allowed domains may have changed since the link was sent
    user = create_account(name, email, password)
    record(Kind.REGISTERED, actor=user, subject=user)
    return user


def _secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def invite(admin: User, email: str, role: Role = Role.MEMBER,
           now: datetime | None = None) -> tuple[Invitation, str]:
    """An invitation to `email` and the secret of its link (mailed, never stored). A newer
    invitation replaces an open one to the same address."""
    if not admin.is_admin:
        raise Forbidden("Only admins invite people.")
    email = normalize_email(email)
    if find_user_by_email(email) is not None:
        raise AccountError(f"{email} has an account already.", "email")
    if role not in [r.value for r in Role]:
        raise AccountError("Choose member, manager or admin.", "role")
    now = now or utcnow()
    db.session.execute(update(Invitation).where(
        Invitation.email == email, Invitation.used_at.is_(None),
        Invitation.revoked_at.is_(None)).values(revoked_at=now))
    secret = secrets.token_urlsafe(32)
    invitation = Invitation(email=email, role=str(role), digest=_secret_digest(secret),
                            invited_by_id=admin.id, created_at=now,
                            expires_at=now + current_app.config["INVITATION_LIFETIME"])
    db.session.add(invitation)
    db.session.flush()
    record(Kind.INVITATION_SENT, actor=admin, detail=f"{email} as {role}")
    return invitation, secret


def revoke_invitation(admin: User, invitation_id: int) -> Invitation:
    if not admin.is_admin:
        raise Forbidden("Only admins revoke invitations.")
    invitation = db.session.get(Invitation, invitation_id)
    if invitation is None:
        raise NotFound("There is no such invitation.")
    if invitation.used_at is None and invitation.revoked_at is None:
        invitation.revoked_at = utcnow()
        record(Kind.INVITATION_REVOKED, actor=admin, detail=invitation.email)
    return invitation


def invitation_for(secret: str, now: datetime | None = None) -> Invitation:
    invitation = db.session.scalar(select(Invitation).where(
        Invitation.digest == _secret_digest(secret or "")))
    if invitation is None or not invitation.usable(now or utcnow()):
        raise NotVerified("This invitation has expired or was used already: ask an admin for "
                          "a new one.")
    return invitation


def accept_invitation(secret: str, name: str, password: str) -> User:
    invitation = invitation_for(secret)
    user = create_account(name, invitation.email, password, Role(invitation.role))
    invitation.used_at, invitation.used_by_id = utcnow(), user.id
    record(Kind.REGISTERED, actor=user, subject=user,
           detail=f"invited by {invitation.invited_by.email} as {invitation.role}")
    return user


def invitations(now: datetime | None = None) -> list[Invitation]:
    """The open invitations, newest first, with who sent each."""
    now = now or utcnow()
    return list(db.session.scalars(select(Invitation).options(joinedload(Invitation.invited_by))
                                   .where(Invitation.used_at.is_(None),
                                          Invitation.revoked_at.is_(None),
                                          Invitation.expires_at > now)
                                   .order_by(Invitation.id.desc())))


# ---------------------------------------------------------------- password reset


def _password_fingerprint(user: User) -> str:
    # Changes with the password: a reset link works once.
    return hashlib.sha256(user.password_hash.encode()).hexdigest()[:24]


def reset_link_token(user: User) -> str:
    return _signer("reset").dumps({"id": user.id, "p": _password_fingerprint(user)})


def user_for_reset(token: str) -> User:
    """The active person a reset link was sent to, while the link is valid: signed, expiring,
    and used once (the new password ends it)."""
    try:
        data = _signer("reset").loads(
            token, max_age=current_app.config["PASSWORD_RESET_LINK_MINUTES"] * 60)
        user = db.session.get(User, int(data["id"]))
        fingerprint = data["p"]
    except SignatureExpired:
        raise NotVerified("This link has expired: ask for a new one.") from None
    except (BadSignature, KeyError, TypeError, ValueError):
        raise NotVerified("This link is not valid: ask for a new one.") from None
    if user is None or not user.active or fingerprint != _password_fingerprint(user):
        raise NotVerified("This link was used already or is no longer valid: ask for a new one.")
    return user


def reset_password(token: str, new_password: str) -> User:
    user = user_for_reset(token)
    check_new_password(new_password, "password", hints_for(user.email, user.name))
    user.password_hash = hash_password(new_password)
    _end_every_session(user, "password reset", tokens=True)
    record(Kind.PASSWORD_RESET, actor=user, subject=user)
    return user
