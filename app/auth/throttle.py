"""Login throttling that a stranger cannot turn into someone else's lock-out (OWASP's "Blocking
Brute Force Attacks" and its device cookies), on Flask-Limiter's limits:

- every attempt counts against the client's address (LOGIN_LIMIT_PER_ADDRESS);
- a failed attempt counts against the account *and* the client (LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT,
  whose several windows make the waits grow: a minute, a quarter of an hour, four hours): the
  client is the device a past login on this account proved (its device cookie), else the address;
- a failed attempt counts against the account from anywhere (LOGIN_LIMIT_PER_ACCOUNT), which stops
  guessing spread over many addresses, but never applies on a device that has logged in to this
  account before: the owner's own phone or laptop keeps working while a stranger is refused.

A device cookie is a signed note "this browser logged in as X", given at each login and at each
password reset (which proves the mailbox); it is not a login and opens nothing by itself.
"""

from __future__ import annotations

import secrets

from flask import current_app, g, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

from app.auth.models import EMAIL_MAX
from app.extensions import client_address


def _signer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt="fieldwise-device")


def email_tried() -> str:
    return (request.form.get("email") or "").strip().lower()[:EMAIL_MAX] or "-"


def _device() -> dict | None:
    """The device cookie's note, if this request carries a valid one."""
    value = request.cookies.get(current_app.config["DEVICE_COOKIE_NAME"])
    if not value:
        return None
    try:
        note = _signer().loads(
            value, max_age=int(current_app.config["DEVICE_COOKIE_DURATION"].total_seconds()))
    except BadSignature:
        return None
    return note if isinstance(note, dict) and {"email", "device"} <= set(note) else None


def on_proven_device() -> bool:
    """Whether this browser logged in before as the account it tries now."""
    note = _device()
    return note is not None and note["email"] == email_tried()


def account_key() -> str:
    return f"login-account:{email_tried()}"


def account_and_client_key() -> str:
    note = _device()
    client = (f"device:{note['device']}" if note is not None and note["email"] == email_tried()
              else f"address:{client_address()}")
    return f"login-client:{email_tried()}:{client}"


def mark_failed() -> None:
    """The current attempt gave a wrong password (or named nobody): it counts."""
    g.login_failed = True


def failed(_response) -> bool:
    return g.get("login_failed", False)


def remember_device(response, email: str) -> None:
    """Give this browser the device cookie for `email` (keeping its device id, if it has one)."""
    note = _device()
    device = note["device"] if note is not None else secrets.token_urlsafe(16)
    config = current_app.config
    response.set_cookie(config["DEVICE_COOKIE_NAME"],
                        _signer().dumps({"email": email, "device": device}),
                        max_age=int(config["DEVICE_COOKIE_DURATION"].total_seconds()),
                        secure=config["SESSION_COOKIE_SECURE"], httponly=True, samesite="Lax")
