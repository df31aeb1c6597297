"""What every API endpoint shares: the flask-smorest Api (the OpenAPI description is generated
from the endpoints' schemas), token authentication, CSRF for session-authenticated writes only,
the rate limit per person, and cursor pagination."""

from __future__ import annotations

import base64
import binascii
import json

import marshmallow as ma
from flask import current_app, g, request, url_for
from flask_login import current_user
from flask_smorest import Api
from flask_smorest import Blueprint as SmorestBlueprint
from webargs.flaskparser import FlaskParser

from app.auth import tokens
from app.auth.models import ApiToken
from app.errors import ServiceError, error_response
from app.extensions import csrf, db, limiter
from app.numbers import ID_MAX, is_id
from app.security import request_json

PREFIX = "/api/v1"
LIMIT_DEFAULT = 20
LIMIT_MAX = 100


class ErrorDetail(ma.Schema):
    code = ma.fields.Integer(required=True, metadata={"description": "The HTTP status."})
    message = ma.fields.String(required=True, metadata={"description": "For people to read."})
    fields = ma.fields.Dict(keys=ma.fields.String(), values=ma.fields.String(), required=True,
                            metadata={"description": "What is wrong with each field named."})


class ErrorSchema(ma.Schema):
    """Every error: `{"error": {"code", "message", "fields"}}`."""

    error = ma.fields.Nested(ErrorDetail, required=True)


class FieldwiseApi(Api):
    ERROR_SCHEMA = ErrorSchema

    def _register_error_handlers(self):
        """app/errors.py answers every error, pages and API alike, in the one shape."""


def init_api(app, blueprints) -> FieldwiseApi:
    """The app's Api (one per app: it holds the app's OpenAPI description) with the API's
    blueprints."""
    api = FieldwiseApi(app, spec_kwargs={
        "components": {"securitySchemes": {
            "token": {"type": "http", "scheme": "bearer",
                      "description": "A personal access token (your profile → API tokens)."},
            "session": {"type": "apiKey", "in": "cookie",
                        "name": app.config["SESSION_COOKIE_NAME"]},
        }},
        "security": [{"token": []}, {"session": []}],
    })
    for bp in blueprints:
        api.register_blueprint(bp)
    return api


def request_token() -> ApiToken | None:
    """The usable token the request's `Authorization: Bearer` header names, or None; looked up
    once per request (by the rate limit's key first, which runs before authenticate_request)."""
    if "api_token" not in g:
        scheme, _, secret = request.headers.get("Authorization", "").partition(" ")
        g.api_token = tokens.authenticate(secret.strip()) if scheme.lower() == "bearer" else None
    return g.api_token


def identify_request() -> None:
    """before_request, ahead of the rate limits: read the API request's token, or its session's
    person, here, where a database error is the request's error (503 when the database is
    read-only or down), rather than inside the limits' key (rate_key), whose errors Flask-Limiter
    swallows (RATELIMIT_SWALLOW_ERRORS) and which would then leave a failed transaction."""
    if request.path.startswith(PREFIX + "/"):
        if "Authorization" in request.headers:
            request_token()
        else:
            current_user._get_current_object()


def rate_key() -> str:
    """Who a request counts against: its person, whichever of their tokens or their session it
    comes with (a person may make any number of tokens), else its address, for anonymous
    requests and unknown tokens alike (so that guessing tokens is limited too)."""
    if "Authorization" in request.headers:
        token = request_token()
        if token is not None:
            return f"api-user:{token.user_id}"
    elif current_user.is_authenticated:
        return f"api-user:{current_user.id}"
    return f"api-address:{request.remote_addr}"


class _Parser(FlaskParser):
    """Each schema says what to do with fields it does not know (ours: refuse them), in the
    query string too (webargs would drop them there). The JSON body is the one
    app.security parsed and checked before the request (webargs would parse it again)."""

    DEFAULT_UNKNOWN_BY_LOCATION: dict = {}

    def load_json(self, req, schema):
        body = request_json()
        return ma.missing if body is None else body


class ApiBlueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = _Parser()


def blueprint(name: str, description: str) -> SmorestBlueprint:
    """An API blueprint under /api/v1: exempt from the form CSRF check (authenticate_request
    applies it to session-authenticated writes) and rate-limited per person."""
    bp = ApiBlueprint(name, __name__, url_prefix=PREFIX, description=description)
    csrf.exempt(bp)
    # Shared: one budget across every API blueprint, not one per blueprint.
    limiter.shared_limit(lambda: current_app.config["API_RATE_LIMIT"], scope="api",
                         key_func=rate_key)(bp)
    return bp


def authenticate_request():
    """before_request, ahead of the login check: an API request with `Authorization: Bearer`
    is its token's person's (or a 401), and is not subject to CSRF; one with the session cookie
    is the session's, and its writes need the CSRF token as the pages' forms do."""
    if not request.path.startswith(PREFIX + "/"):
        return None
    header = request.headers.get("Authorization")
    if header is None:
        # Anonymous: the login check answers 401. Logged in by the session: a write needs the
        # CSRF token, as the pages' forms do.
        if request.method not in ("GET", "HEAD", "OPTIONS") and current_user.is_authenticated:
            csrf.protect()
        return None
    if request_token() is None:
        response, status = error_response(
            401, "Send a valid token: “Authorization: Bearer fw_…”. This one is unknown, "
                 "revoked or expired.")
        return response, status, {"WWW-Authenticate": 'Bearer realm="fieldwise"'}
    return None


# ---------------------------------------------------------------- cursor pagination

class PageArgs(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    cursor = ma.fields.String(load_default=None, validate=ma.validate.Length(max=200),
                              metadata={"description": "The `next` of the previous page."})
    limit = ma.fields.Integer(load_default=LIMIT_DEFAULT,
                              validate=ma.validate.Range(1, LIMIT_MAX),
                              metadata={"description": f"At most {LIMIT_MAX}."})


def encode_cursor(last_id: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": last_id}).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int | None:
    """The id a cursor continues after, or a clear error for one this API did not give."""
    if cursor is None:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        after = json.loads(raw)["after"]
    except (binascii.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        after = None
    if not is_id(after):
        raise ServiceError("This cursor is not one the API gave: start again without it.",
                           "cursor")
    return after


def cursor_page(query, column, args: dict, endpoint: str, **view_args) -> dict:
    """One page of `query`, newest first by `column` (the rows' id), after the request's
    `cursor`, `limit` to a page (keyset: one query however deep the page), and the address of
    the next page when there is one."""
    limit, after = args["limit"], decode_cursor(args["cursor"])
    if after is not None:
        query = query.where(column < after)
    rows = list(db.session.scalars(query.order_by(column.desc()).limit(limit + 1)))
    items, following = rows[:limit], None
    if len(rows) > limit:
        following = url_for(endpoint, cursor=encode_cursor(items[-1].id), limit=limit,
                            **view_args)
    return {"items": items, "next": following}


def page_schema(item_schema: type[ma.Schema], name: str) -> type[ma.Schema]:
    """The schema of a page of `item_schema` items."""
    return ma.Schema.from_dict({
        "items": ma.fields.List(ma.fields.Nested(item_schema), required=True),
        "next": ma.fields.String(allow_none=True, required=True,
                                 metadata={"description": "The next page, or null."}),
    }, name=name)


def committed(result):
    """Commit the request's writes, then hand back what to answer with."""
    db.session.commit()
    return result


def base_revision_field(what: str) -> ma.fields.Integer:
    """The revision an edit of `what` ("post", "page") was made from: required, so that an edit
    made from an old revision is refused (409), never applied over a newer one."""
    return ma.fields.Integer(
        required=True, strict=True, validate=ma.validate.Range(1, ID_MAX),
        metadata={"description": f"The revision the edit was made from: if the {what} has "
                                 "moved on since, the edit is refused with 409, never applied."})


def id_field(**options) -> ma.fields.Integer:
    """An id in a body or query: a whole number a column can hold."""
    return ma.fields.Integer(strict=True, validate=ma.validate.Range(1, ID_MAX), **options)
