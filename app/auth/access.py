"""Who may reach what: every page needs a login unless its view is marked public."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import current_app, flash, g, redirect, request, url_for
from flask_login import current_user

from app.auth import sessions
from app.errors import error_response, wants_json
from app.extensions import login_manager


def public(view):
    """Mark a view as reachable without logging in (login, register, health check)."""
    view.is_public = True
    return view


def require_login():
    """before_request: send anonymous visitors of a non-public page to the login form."""
    if request.endpoint is None or request.endpoint == "static":
        return None
    view = current_app.view_functions.get(request.endpoint)
    if getattr(view, "is_public", False) or current_user.is_authenticated:
        return None
    return login_manager.unauthorized()


def me():
    """The logged-in User itself, not Flask-Login's proxy: services and signal listeners
    may keep what they are given beyond the request."""
    return current_user._get_current_object()


def safe_next_path(target: str | None) -> str | None:
    """`target` if it is a path on this site, else None: `next=` never leads off-site."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


@login_manager.user_loader
def load_user(secret: str):
    """The person of the live login session the cookies name (app.auth.sessions)."""
    if (token := g.get("api_token")) is not None:
        return token.user  # a request with a token is its token's, whatever cookie it has
    return sessions.user_for(secret)


@login_manager.request_loader
def load_user_from_token(request):
    """The person of the API token app.api.core.authenticate_request accepted, if any."""
    token = g.get("api_token")
    return token.user if token is not None else None


@login_manager.unauthorized_handler
def unauthorized():
    if wants_json():
        return error_response(401)
    flash("Please log in to continue.", "info")
    next_path = safe_next_path(request.full_path.rstrip("?"))
    return redirect(url_for("auth.login", next=next_path))
