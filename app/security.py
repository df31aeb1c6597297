"""Security headers on every response (Flask-Talisman, and no-store for caches), trusted
proxies, and refusing input that cannot be read or kept (NUL characters, text that is not
Unicode, JSON nested too deeply), in requests and socket events alike."""

from __future__ import annotations

import json

import flask
from flask import Flask, Response, request
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix

from app.errors import Malformed, ServiceError

# No inline script or style anywhere: JavaScript and CSS live in app/static/.
CONTENT_SECURITY_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": ["'self'", "data:"],
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


JSON_DEPTH_MAX = 50  # lists and objects in lists and objects; no request needs more than a few
NUL_REFUSED = "Text may not contain NUL characters (\\0): remove them and send it again."
NOT_UNICODE = ("Text must be valid Unicode: a lone surrogate (such as \\ud800) or bytes that are "
               "not UTF-8 cannot be kept.")
NESTED_TOO_DEEPLY = f"Lists and objects may be nested at most {JSON_DEPTH_MAX} levels deep."


class _TooDeepToDecode:
    """What SocketJson gives an event for arguments nested too deeply to decode at all."""

    def __repr__(self) -> str:
        return "<nested too deeply to decode>"


TOO_DEEP_TO_DECODE = _TooDeepToDecode()


def check_text(value: object, depth: int = 0) -> None:
    """Refuse `value` (a JSON body, a socket event's payload, the address, query or form) if a
    string in it, key or value, holds a NUL (no column keeps one, PostgreSQL refuses them:
    ServiceError, 422) or is not valid Unicode (a lone surrogate cannot be encoded as UTF-8, so
    neither stored nor sanitised: Malformed, 400), or if its lists and objects are nested more
    than JSON_DEPTH_MAX deep (Malformed)."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ServiceError(NUL_REFUSED)
        if not value.isascii():
            try:
                value.encode()
            except UnicodeEncodeError:
                raise Malformed(NOT_UNICODE) from None
    elif value is TOO_DEEP_TO_DECODE:
        raise Malformed(NESTED_TOO_DEEPLY)
    elif isinstance(value, dict | list | tuple):
        if depth >= JSON_DEPTH_MAX:
            raise Malformed(NESTED_TOO_DEEPLY)
        items = [part for pair in value.items() for part in pair] if isinstance(value, dict) \
            else value
        for item in items:
            check_text(item, depth + 1)


class Request(flask.Request):
    """Flask's request, answering a JSON body it cannot read with a clear 400 in the one error
    shape wherever it is read: Flask's own is a bare 400, and a body nested deeper than
    Python's parser goes raised RecursionError, a 500."""

    def get_json(self, force: bool = False, silent: bool = False, cache: bool = True):
        try:
            return super().get_json(force=force, silent=silent, cache=cache)
        except RecursionError:
            if silent:
                return None
            raise Malformed(NESTED_TOO_DEEPLY) from None

    def on_json_loading_failed(self, e: ValueError | None):
        if e is None:  # not sent as JSON at all
            return super().on_json_loading_failed(e)
        if isinstance(e, UnicodeDecodeError):
            raise Malformed(NOT_UNICODE) from e
        raise Malformed(f"The body is not valid JSON: {e}.") from e


def request_json() -> object | None:
    """The request's JSON body, parsed once (Flask keeps it for every later reader), or None
    without one (an empty body is none); Malformed when it cannot be read."""
    if not request.is_json or not request.get_data(cache=True):
        return None
    return request.get_json()


def refuse_unreadable_input():
    """before_request: a NUL in the address, the query, a form or a JSON body is a clear 422,
    and a JSON body that cannot be read (not JSON, not Unicode, nested too deeply) a clear 400,
    for every page and endpoint at once, before any of it reaches a query."""
    check_text(request.path)
    check_text(list(request.args.items(multi=True)))
    check_text(list(request.form.items(multi=True)))
    check_text(request_json())


class SocketJson:
    """The JSON of Socket.IO packets (python-socketio's `json` option). A packet nested too
    deeply for Python's parser still reaches its event, with TOO_DEEP_TO_DECODE for arguments,
    so that the event refuses it as it refuses any bad payload (chat_error), where the
    RecursionError dropped it with a traceback in the log and no answer."""

    dumps = staticmethod(json.dumps)

    @staticmethod
    def loads(text: str, **options):
        try:
            return json.loads(text, **options)
        except RecursionError:
            name = _event_name(text)
            if name is None:
                raise ValueError(NESTED_TOO_DEEPLY) from None
            return [name, TOO_DEEP_TO_DECODE]


def _event_name(text: str) -> str | None:
    """The event an event packet's data names (`["chat_send", ...]`), if it is one."""
    if not text.startswith("["):
        return None
    try:
        name, end = json.JSONDecoder().raw_decode(text, 1)
    except ValueError:
        return None
    return name if isinstance(name, str) and text[end:end + 1] == "," else None


def keep_out_of_caches(response: Response) -> Response:
    """after_request: nothing the app answers is kept by a browser's or a proxy's cache (a page
    shows private content, a token's secret or at least a CSRF token), unless the view chose
    its own policy; static files keep theirs (revalidated by ETag)."""
    if request.endpoint != "static" and "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    return response


def init_security(app: Flask) -> None:
    app.request_class = Request
    app.before_request(refuse_unreadable_input)
    app.after_request(keep_out_of_caches)
    if app.config["PROXY_FIX_X_FOR"]:
        hops = app.config["PROXY_FIX_X_FOR"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    Talisman(
        app,
        force_https=app.config["FORCE_HTTPS"],
        frame_options="DENY",
        content_security_policy=CONTENT_SECURITY_POLICY,
        referrer_policy="strict-origin-when-cross-origin",
        session_cookie_secure=app.config["SESSION_COOKIE_SECURE"],
        session_cookie_http_only=True,
        session_cookie_samesite=app.config["SESSION_COOKIE_SAMESITE"],
    )
