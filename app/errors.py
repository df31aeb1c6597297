"""Error pages (HTML for people, JSON for clients that ask for it), and the errors services raise
when a request cannot be carried out."""

from __future__ import annotations

import logging
import math
import time

from flask import Flask, render_template, request
from flask_limiter.errors import RateLimitExceeded
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError
from werkzeug.exceptions import HTTPException

from app.extensions import db, limiter


class ServiceError(Exception):
    """A request a service refuses; the message is for the user. Raised before anything is
    committed, so the handler's rollback leaves the database as it was."""

    status = 422

    def __init__(self, message: str, field: str | None = None,
                 errors: dict[str, str] | None = None):
        super().__init__(message)
        self.field = field
        # Every field's error when several fields were wrong at once: {field: message}.
        self.errors = errors or ({field: message} if field else {})


class NotFound(ServiceError):
    status = 404


class Forbidden(ServiceError):
    status = 403


class Conflict(ServiceError):
    """The request contradicts the current state (already voted, edited meanwhile...)."""

    status = 409


class Malformed(ServiceError):
    """The request cannot be read as sent: JSON that does not parse, text that is not Unicode,
    lists and objects nested too deeply."""

    status = 400


class RateLimited(ServiceError):
    """Too many of these in a short time; `retry_after` says in how many seconds to try again."""

    status = 429

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


def checked(**checks):
    """Run each field's check; return their results, or raise one ServiceError naming every
    field that failed (so a form shows all its mistakes at once)."""
    results, errors = {}, {}
    for name, check in checks.items():
        try:
            results[name] = check()
        except ServiceError as error:
            errors[error.field or name] = str(error)
    if errors:
        raise ServiceError(" ".join(errors.values()), next(iter(errors)), errors)
    return results


MESSAGES = {
    400: ("Bad request", "The request could not be understood."),
    401: ("Log in first", "Log in to see this page."),
    403: ("Not allowed", "You do not have permission to see or change this."),
    404: ("Not found", "There is nothing at this address. It may have been moved or removed."),
    405: ("Not allowed", "This address does not accept that kind of request."),
    409: ("Conflict", "This contradicts what has changed meanwhile: reload and try again."),
    413: ("Too large", "What you sent is larger than Fieldwise accepts."),
    422: ("Check what you sent", "Some of what you sent is not right: see each field."),
    429: ("Slow down", "Too many attempts in a short time. Wait a minute and try again."),
    500: ("Something went wrong", "An unexpected error happened on our side; it has been logged."),
    503: ("Nothing was saved", "Nothing was saved: the server cannot write right now (its disk "
          "is full, or its database is read-only). It has been logged; try again later."),
}
CSRF_MESSAGE = (
    "The form was sent without a valid security token: it may have expired or come from "
    "another site. Go back, reload the page and try again."
)


def wants_json() -> bool:
    """Whether the client asked for JSON rather than a page."""
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def error_response(code: int, message: str | None = None, fields: dict[str, str] | None = None):
    """The one shape of an error: a page for people, `{"error": {"code", "message",
    "fields"}}` for JSON clients (`fields`: what is wrong with each field named)."""
    title, default_message = MESSAGES.get(code, (f"Error {code}", "The request failed."))
    message = message or default_message
    if wants_json():
        return {"error": {"code": code, "message": message, "fields": fields or {}}}, code
    return render_template("errors/error.html", code=code, title=title, message=message), code


_LOCATIONS = ("json", "query", "form", "path", "_schema")  # webargs' top level


def field_messages(messages, path: str = "") -> dict[str, str]:
    """marshmallow's and webargs' nested messages ({"json": {"questions": {3: {"title":
    ["…"]}}}}) as one message per place: {"questions.3.title": "…"}."""
    if isinstance(messages, dict):
        found = {}
        for key, value in messages.items():
            top = "" if key in _LOCATIONS else str(key)
            found.update(field_messages(value, f"{path}.{key}" if path else top))
        return found
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return {path or "request": " ".join(messages)}
    if isinstance(messages, list):
        return {k: v for item in messages for k, v in field_messages(item, path).items()}
    return {path or "request": str(messages)}


_UNITS = (("hour", 3600), ("minute", 60), ("second", 1))


def _wait(seconds: float) -> str:
    """"40 seconds", "8 minutes", "4 hours": how long a limit still lasts, rounded up."""
    seconds = max(1, int(seconds))
    unit, size = next((u, size) for u, size in _UNITS if seconds > 1.5 * size or size == 1)
    count = math.ceil(seconds / size)
    return f"{count} {unit}{'s' if count != 1 else ''}"


def _rate_limit_message() -> str | None:
    """What a 429 says: how long the limit the request hit still lasts, not a guess."""
    limit = limiter.current_limit
    if limit is None or not limit.breached:
        return None
    return (f"Too many attempts in a short time. Try again in "
            f"{_wait(limit.reset_at - time.time())}.")


def handle_http_error(error: HTTPException):
    data = getattr(error, "data", None) or {}
    fields = field_messages(data["messages"]) if "messages" in data else None
    message = _rate_limit_message() if isinstance(error, RateLimitExceeded) else None
    body, status = error_response(error.code or 500, message, fields=fields)
    # The exception's own headers (Allow on a 405, Retry-After on a 429…), not its HTML type.
    headers = {key: value for key, value in error.get_headers() if key.lower() != "content-type"}
    return body, status, {**headers, **(data.get("headers") or {})}


def handle_csrf_error(error: CSRFError):
    return error_response(400, CSRF_MESSAGE)


def handle_server_error(error: Exception):
    db.session.rollback()
    return error_response(500)


# What a database says when it cannot write, whatever the statement: SQLite's messages (its
# result codes are not kept by the sqlite3 module on Python 3.11), PostgreSQL's SQLSTATEs.
_CANNOT_WRITE_MESSAGES = ("database or disk is full", "attempt to write a readonly database",
                          "disk I/O error", "No space left on device")
_CANNOT_WRITE_SQLSTATES = {"53100": "disk full", "25006": "read-only transaction",
                           "53200": "out of memory", "58030": "I/O error"}


def cannot_write(error: BaseException | None) -> str | None:
    """The reason, if this error or one it arose from (a failed savepoint hides the real
    cause) says that the database cannot write at all."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        original = getattr(error, "orig", None) if isinstance(error, DBAPIError) else error
        text = str(original)
        for message in _CANNOT_WRITE_MESSAGES:
            if message in text:
                return message
        state = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
        if state in _CANNOT_WRITE_SQLSTATES:
            return f"{_CANNOT_WRITE_SQLSTATES[state]} ({state})"
        error = error.__cause__ or error.__context__
    return None


def handle_database_error(error: DBAPIError):
    """A database that cannot write answers 503, saying nothing was saved, and logs the cause
    in one line; any other database error is a 500, logged whole as usual."""
    reason = cannot_write(error)
    if reason is None:
        raise error
    db.session.rollback()
    logging.getLogger(__name__).error("Nothing saved: the database cannot write: %s (%s %s)",
                                      reason, request.method, request.path)
    return error_response(503)


def handle_refused(error: ServiceError):
    db.session.rollback()
    body, status = error_response(error.status, str(error), error.errors)
    if isinstance(error, RateLimited):
        return body, status, {"Retry-After": str(error.retry_after)}
    return body, status


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)  # every status but a 500
    app.register_error_handler(CSRFError, handle_csrf_error)
    app.register_error_handler(ServiceError, handle_refused)
    app.register_error_handler(DBAPIError, handle_database_error)
    app.register_error_handler(500, handle_server_error)
