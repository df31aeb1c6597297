"""Personal access tokens: made on the tokens page (the secret shown once, stored as a digest),
listed with their last use, revoked; a revoked, expired, unknown or malformed token is a 401;
CSRF applies to session-authenticated API writes, not to token-authenticated ones."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from app.auth import tokens as service
from app.auth.models import ApiToken, User, utcnow
from app.extensions import db
from tests.conftest import PASSWORD, bearer, csrf_token, log_in, row_count

QUESTION = {"title": "How do I price a three-year renewal?",
            "body": "The customer wants a multi-year discount on it.", "tags": ["pricing"]}


def _make(client, name="CRM sync", expires="90", password=PASSWORD):
    token = csrf_token(client, "/people/me/tokens/")
    return client.post("/people/me/tokens/", data={"csrf_token": token, "name": name,
                                                   "expires": expires, "password": password})


def test_a_token_is_shown_once_works_and_is_stored_only_as_a_digest(app, client, make_user,
                                                                    login):
    login(make_user())
    response = _make(client)
    assert response.status_code == 201
    secret = re.search(r"<code data-token-secret>(fw_[^<]+)</code>", response.text).group(1)
    with app.app_context():
        stored = db.session.scalar(select(ApiToken))
        assert secret not in (stored.digest, stored.prefix) and secret.startswith(stored.prefix)
        assert stored.expires_at - utcnow() > timedelta(days=89)
    listing = client.get("/people/me/tokens/").text
    assert "CRM sync" in listing and secret not in listing and "never" in listing  # not used
    api = app.test_client()  # no cookie: the token alone
    assert api.get("/api/v1/me", headers=bearer(secret)).json["name"]
    assert "just now" in client.get("/people/me/tokens/").text  # last used


def test_bad_token_forms_change_nothing(app, client, make_user, login):
    login(make_user())
    for name, expires, password, message in [
            ("", "90", PASSWORD, "Name the token"), ("x" * 81, "90", PASSWORD, "at most 80"),
            ("ok", "forever", PASSWORD, "Choose when"),
            # A token acts as its person: making one asks for the password again.
            ("ok", "90", "", "Your password is not correct."),
            ("ok", "90", "not my password", "Your password is not correct.")]:
        response = _make(client, name, expires, password)
        assert response.status_code == 422 and message in response.text
    assert row_count(app, ApiToken) == 0


def test_making_and_revoking_tokens_is_audited(app, client, make_user, login):
    from app.audit.models import AuditEvent

    sam = make_user()
    login(sam)
    _make(client)
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    client.post(f"/people/me/tokens/{token_id}/revoke",
                data={"csrf_token": csrf_token(client, "/people/me/tokens/")})
    with app.app_context():
        events = db.session.execute(select(AuditEvent.kind, AuditEvent.subject_id).where(
            AuditEvent.kind.like("token-%")).order_by(AuditEvent.id)).all()
    assert [tuple(e) for e in events] == [("token-created", sam.id), ("token-revoked", sam.id)]


def test_revoked_expired_unknown_and_malformed_tokens_are_refused(app, client, make_user, login,
                                                                  token_for):
    sam = make_user()
    revoked, expired = token_for(sam), token_for(sam, name="old")
    login(sam)
    with app.app_context():
        old = db.session.scalar(select(ApiToken).where(ApiToken.name == "old"))
        old.expires_at = utcnow() - timedelta(seconds=1)
        first = db.session.scalar(select(ApiToken).where(ApiToken.name == "script"))
        db.session.commit()
        first_id = first.id
    assert client.post(f"/people/me/tokens/{first_id}/revoke",
                       data={"csrf_token": csrf_token(client, "/people/me/tokens/")}
                       ).status_code == 302
    api = app.test_client()
    for header in [bearer(revoked), bearer(expired), bearer("fw_unknown"), bearer(""),
                   {"Authorization": "Basic c2FtOnB3"}, {"Authorization": "Bearer " + "x" * 5000}]:
        response = api.get("/api/v1/me", headers=header)
        assert response.status_code == 401, header
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert set(response.json["error"]) == {"code", "message", "fields"}
    assert api.get("/api/v1/me").status_code == 401  # no token, no session


def test_someone_else_s_token_cannot_be_revoked(app, client, make_user, login, token_for):
    secret = token_for(make_user())
    login(make_user(email="other@example.com"))
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    response = client.post(f"/people/me/tokens/{token_id}/revoke",
                           data={"csrf_token": csrf_token(client, "/people/me/tokens/")})
    assert response.status_code == 404
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 200


def test_a_deactivated_person_s_token_stops_working(app, make_user, token_for):
    sam = make_user()
    secret = token_for(sam)
    with app.app_context():
        db.session.get(User, sam.id).active = False
        db.session.commit()
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 401


def test_csrf_guards_session_writes_but_not_token_writes(app, client, make_user, login, vocab,
                                                         token_for):
    sam = make_user()
    login(sam)
    assert client.get("/api/v1/me").status_code == 200  # the session works for reads
    refused = client.post("/api/v1/questions", json=QUESTION)
    assert refused.status_code == 400 and "security token" in refused.json["error"]["message"]
    with_token = client.post("/api/v1/questions", json=QUESTION,
                             headers={"X-CSRFToken": csrf_token(client, "/questions/ask")})
    assert with_token.status_code == 201
    by_token = app.test_client().post("/api/v1/questions", headers=bearer(token_for(sam)),
                                      json={**QUESTION, "title": QUESTION["title"] + " Again"})
    assert by_token.status_code == 201


def test_the_rate_limit_is_per_person_whatever_the_token_or_endpoint(make_app, make_user, vocab):
    app = make_app(API_RATE_LIMIT="3 per minute")  # on the same database as make_user's
    sam, val = make_user(), make_user()
    with app.app_context():
        _, first = service.create(db.session.get(User, sam.id), "one", "90")
        _, second = service.create(db.session.get(User, sam.id), "two", "90")
        _, vals = service.create(db.session.get(User, val.id), "val's", "90")
        db.session.commit()
    api = app.test_client()
    # Three requests of Sam's, by two tokens and on two parts of the API, spend one budget.
    assert [api.get("/api/v1/me", headers=bearer(first)).status_code,
            api.get("/api/v1/tags", headers=bearer(second)).status_code,
            api.get("/api/v1/channels", headers=bearer(first)).status_code] == [200, 200, 200]
    for path, secret in (("/api/v1/me", second), ("/api/v1/questions", first)):
        limited = api.get(path, headers=bearer(secret))
        assert limited.status_code == 429, path
        assert int(limited.headers["Retry-After"]) > 0
        assert limited.json["error"]["code"] == 429
    assert api.get("/api/v1/me", headers=bearer(vals)).status_code == 200  # Val's own count


def test_the_session_and_the_tokens_of_one_person_share_the_rate_limit(make_app, make_user):
    app = make_app(API_RATE_LIMIT="3 per minute")
    sam = make_user()
    with app.app_context():
        _, secret = service.create(db.session.get(User, sam.id), "one", "90")
        db.session.commit()
    browser = app.test_client()
    assert log_in(browser, sam.email).status_code == 302
    assert [browser.get("/api/v1/me").status_code for _ in range(2)] == [200, 200]
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 200
    assert browser.get("/api/v1/me").status_code == 429


def test_requests_with_unknown_tokens_count_against_their_address(make_app, make_user):
    app = make_app(API_RATE_LIMIT="3 per minute")
    api = app.test_client()
    statuses = [api.get("/api/v1/me", headers=bearer(f"fw_guess{n}")).status_code
                for n in range(4)]
    assert statuses == [401, 401, 401, 429]


def test_every_endpoint_refuses_a_missing_revoked_or_expired_token(app, make_user, token_for):
    """One sweep of the app's API routes, so that a new endpoint cannot forget it."""
    from tests.test_numbers import route_arguments

    sam = make_user()
    revoked, expired = token_for(sam, name="revoked"), token_for(sam, name="expired")
    with app.app_context():
        for token in db.session.scalars(select(ApiToken)):
            if token.name == "revoked":
                token.revoked_at = utcnow()
            else:
                token.expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    api = app.test_client()
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1/"):
            continue
        path = rule.build(route_arguments(rule, "1"), append_unknown=False)[1]
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            for headers in ({}, bearer(revoked), bearer(expired)):
                response = api.open(path, method=method, headers=headers, json={})
                assert response.status_code == 401, (method, path, headers)
                assert response.json["error"]["code"] == 401
            checked += 1
    assert checked > 25
