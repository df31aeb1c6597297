"""Error pages (HTML for people, JSON for clients that ask for it)."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from app.extensions import db

MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    401: ("Log in first", "Log in to see this page."),
    403: ("Not allowed", "You do not have permission to see or change this."),
    404: ("Not found", "There is nothing at this address. It may have been moved or removed."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    413: ("Too large", "What you sent is larger than Fieldwise accepts."),
    429: ("Slow down", "Too many attempts in a short time. Wait a minute and try again."),
    500: ("Something went wrong", "An unexpected error happened on our side; it has been logged."),
}
CSRF_MESSAGE = (
    "The form was sent without a valid security token: it may have expired or come from "
    "another site. Go back, reload the page and try again."
)


def wants_json() -> bool:
    """Whether the client asked for JSON rather than a page."""
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_response(code: int, message: str | None = None):
    """The one shape of an error: a page for people, `{"error": {...}}` for JSON clients."""
    title, default_message = MESSAGES.get(code, (f"Error {code}", "The request failed."))
    message = message or default_message
    if wants_json():
        return {"error": {"code": code, "message": message}}, code
    return render_template("errors/error.html", code=code, title=title, message=message), code


def handle_http_error(error: HTTPException):
    return error_response(error.code or 500)


def handle_csrf_error(error: CSRFError):
    return error_response(400, CSRF_MESSAGE)


def handle_server_error(error: Exception):
    db.session.rollback()
    return error_response(500)


def register_error_handlers(app: Flask) -> None:
    for code in MESSAGES:
        if code != 500:
            app.register_error_handler(code, handle_http_error)
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(500, handle_server_error)
