"""Security headers on every response (Flask-Talisman, and no-store for caches), trusted
proxies, and refusing text no column can keep."""

from __future__ import annotations

from flask import Flask, Response, request
from flask_talisman import Talisman
from werkzeug.middleware.proxy_fix import ProxyFix

from app.errors import ServiceError

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


NUL_REFUSED = "Text may not contain NUL characters (\\0): remove them and send it again."


def contains_nul(value: object, depth: int = 0) -> bool:
    """Whether a NUL character is anywhere in `value` (strings, and the keys and values of
    lists and dicts): no database column keeps one, and PostgreSQL refuses them outright."""
    if isinstance(value, str):
        return "\x00" in value
    if depth > 50:
        return False
    if isinstance(value, dict):
        return any(contains_nul(k, depth + 1) or contains_nul(v, depth + 1)
                   for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(contains_nul(item, depth + 1) for item in value)
    return False


def refuse_nul():
    """before_request: a NUL in the address, the query, a form or a JSON body is a clear 422,
    for every page and endpoint at once, before any of it reaches a query."""
    json_body = request.get_json(silent=True) if request.is_json else None
    if (contains_nul(request.path) or contains_nul(list(request.args.items(multi=True)))
            or contains_nul(list(request.form.items(multi=True))) or contains_nul(json_body)):
        raise ServiceError(NUL_REFUSED)


def keep_out_of_caches(response: Response) -> Response:
    """after_request: nothing the app answers is kept by a browser's or a proxy's cache (a page
    shows private content, a token's secret or at least a CSRF token), unless the view chose
    its own policy; static files keep theirs (revalidated by ETag)."""
    if request.endpoint != "static" and "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = "no-store"
    return response


def init_security(app: Flask) -> None:
    app.before_request(refuse_nul)
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
