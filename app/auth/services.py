"""Account rules: registering, checking a password, changing it, revoking sessions, roles.

Services never commit: the caller (a route or a CLI command) commits once.
"""

from __future__ import annotations

import re
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from email_validator import EmailNotValidError, validate_email
from flask import current_app
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError

from app import signals
from app.auth.models import (
    EMAIL_MAX,
    HANDLE_MAX,
    NAME_MAX,
    PLACEHOLDER_EMAIL,
    Role,
    User,
    utcnow,
)
from app.extensions import db
from app.numbers import whole_number

PASSWORD_MIN = 10
PASSWORD_MAX = 128


def init_password_hasher(app) -> None:
    """Argon2id with the app's ARGON2_PARAMETERS: argon2-cffi's defaults (RFC 9106 low-memory
    profile) outside tests."""
    app.extensions["password_hasher"] = PasswordHasher(**app.config["ARGON2_PARAMETERS"])


def _hasher() -> PasswordHasher:
    return current_app.extensions["password_hasher"]


class AccountError(Exception):
    """A request about an account that cannot be carried out; the message is for the user."""

    field: str | None = None

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class InvalidCredentials(AccountError):
    def __init__(self) -> None:
        super().__init__("Invalid e-mail address or password.")


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


def check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise AccountError("Enter your name.", "name")
    if len(name) > NAME_MAX:
        raise AccountError(f"A name has at most {NAME_MAX} characters.", "name")
    return name


def check_new_password(password: str, field: str = "password") -> str:
    password = password or ""
    if len(password) < PASSWORD_MIN:
        raise AccountError(f"A password needs at least {PASSWORD_MIN} characters.", field)
    if len(password) > PASSWORD_MAX:
        raise AccountError(f"A password has at most {PASSWORD_MAX} characters.", field)
    return password


def hash_password(password: str) -> str:
    return _hasher().hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher().hash("not a password anybody has")


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == email.strip().lower()))


def register(name: str, email: str, password: str, role: Role = Role.MEMBER) -> User:
    """Create an account. Raises AccountError for bad input or a taken address."""
    name = check_name(name)
    email = normalize_email(email)
    check_new_password(password)
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
        _password_matches(_dummy_hash(), password or "")
        raise InvalidCredentials()
    if not _password_matches(user.password_hash, password or "") or not user.active:
        raise InvalidCredentials()
    if _hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return user


def revoke_sessions(user: User) -> None:
    """Sign out every session of this user, on every device."""
    user.session_version += 1
    signals.sessions_revoked.send(user)


def change_password(user: User, current_password: str, new_password: str) -> None:
    if not _password_matches(user.password_hash, current_password or ""):
        raise AccountError("Your current password is not correct.", "current_password")
    check_new_password(new_password, "new_password")
    user.password_hash = hash_password(new_password)
    revoke_sessions(user)


def user_for_session(session_id: str) -> User | None:
    """The user a login cookie names, if its session version is still current."""
    user_id, _, version = (session_id or "").partition(":")
    user_id, version = whole_number(user_id, minimum=1), whole_number(version)
    if user_id is None or version is None:
        return None
    user = db.session.get(User, user_id)
    if user is None or user.session_version != version or not user.active:
        return None
    return user


def set_role(email: str, role: Role) -> User:
    user = find_user_by_email(email)
    if user is None:
        raise AccountError(f"No account has the e-mail address {email!r}.", "email")
    user.role = role
    return user
