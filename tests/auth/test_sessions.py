"""Login sessions the server can end (issue 28): log out logs out, a copied cookie dies with its
session, and a password change, "log out everywhere", a deactivation and a role change end every
session of the person (and, but for the role change, their API tokens)."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.audit.models import AuditEvent
from app.auth import services
from app.auth.models import ApiToken, LoginSession, Role, User, utcnow
from app.extensions import db
from tests.conftest import PASSWORD, bearer, csrf_token, fetch, log_in

NEW_PASSWORD = "a brand new passphrase"
SESSION, REMEMBER = "fieldwise_session", "fieldwise_remember"


def two_devices(app, user):
    phone, laptop = app.test_client(), app.test_client()
    assert log_in(phone, user.email).status_code == 302
    assert log_in(laptop, user.email, remember="y").status_code == 302
    return phone, laptop


def signed_in(client) -> bool:
    return client.get("/").status_code == 200


def with_cookies(app, **cookies):
    """A browser holding only these cookies (copied from another one)."""
    client = app.test_client()
    for name, value in cookies.items():
        client.set_cookie(name, value)
    return client


def _kinds(app, user) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.kind).where(
            AuditEvent.subject_id == user.id).order_by(AuditEvent.id)))


def test_log_out_with_keep_me_signed_in_logs_out(app, make_user):
    user = make_user(email="sam@example.com")
    browser = app.test_client()
    assert log_in(browser, user.email, remember="y").status_code == 302
    response = browser.post("/auth/logout", data={"csrf_token": csrf_token(browser, "/")})
    assert response.status_code == 302
    deleted = [c for c in response.headers.getlist("Set-Cookie") if "Expires=Thu, 01 Jan 1970" in c]
    assert {c.split("=", 1)[0] for c in deleted} == {SESSION, REMEMBER}  # both cookies go
    assert not signed_in(browser)
    assert "You are logged out." in browser.get(response.location).text
    assert fetch(app, LoginSession, user_id=user.id).ended_reason == "logged out"
    assert _kinds(app, user) == ["login", "logout"]


def test_a_cookie_copied_before_log_out_is_refused_after_it(app, make_user):
    user = make_user(email="sam@example.com")
    browser = app.test_client()
    assert log_in(browser, user.email, remember="y").status_code == 302
    copied = {SESSION: browser.get_cookie(SESSION).value,
              REMEMBER: browser.get_cookie(REMEMBER).value}
    assert signed_in(with_cookies(app, **copied))  # the copy works while the session lives...
    browser.post("/auth/logout", data={"csrf_token": csrf_token(browser, "/")})
    for name in (SESSION, REMEMBER):  # ...and neither cookie does after the log-out
        assert not signed_in(with_cookies(app, **{name: copied[name]}))


def test_the_cookies_hold_the_sessions_secret_not_the_users_id(app, make_user):
    user = make_user(email="sam@example.com")
    browser = app.test_client()
    log_in(browser, user.email)
    with browser.session_transaction() as session:
        secret = session["_user_id"]
    assert len(secret) >= 40 and str(user.id) != secret
    with app.app_context():
        stored = db.session.scalar(select(LoginSession))
        assert stored.digest != secret and len(stored.digest) == 64  # a digest, not the secret
    for forged in (str(user.id), f"{user.id}:1", "", "x" * 200):
        with browser.session_transaction() as session:
            session["_user_id"] = forged
        assert not signed_in(browser)


def test_remember_me_keeps_a_session_without_the_session_cookie(app, make_user):
    user = make_user(email="sam@example.com")
    _, laptop = two_devices(app, user)
    laptop.delete_cookie(SESSION)
    assert signed_in(laptop)


def test_a_session_without_keep_me_signed_in_ends_when_idle(app, make_user):
    user = make_user(email="sam@example.com")
    phone, laptop = two_devices(app, user)
    idle = app.config["SESSION_IDLE_TIMEOUT"] + timedelta(minutes=1)
    with app.app_context():
        db.session.execute(update(LoginSession).values(last_seen_at=utcnow() - idle))
        db.session.commit()
    assert not signed_in(phone)  # a copied session cookie outlives the browser: not the server
    assert signed_in(laptop)  # "Keep me signed in" is not idle-limited...
    with app.app_context():
        db.session.execute(update(LoginSession).values(expires_at=utcnow()))
        db.session.commit()
    laptop.delete_cookie(SESSION)
    assert not signed_in(laptop)  # ...but ends at REMEMBER_COOKIE_DURATION


def test_last_seen_is_written_now_and_then_not_on_every_request(app, make_user):
    user = make_user(email="sam@example.com")
    browser = app.test_client()
    log_in(browser, user.email)
    first = fetch(app, LoginSession, user_id=user.id).last_seen_at
    assert signed_in(browser)
    assert fetch(app, LoginSession, user_id=user.id).last_seen_at == first
    with app.app_context():
        db.session.execute(update(LoginSession).values(
            last_seen_at=utcnow() - timedelta(minutes=6)))
        db.session.commit()
    assert signed_in(browser)
    assert fetch(app, LoginSession, user_id=user.id).last_seen_at > first


def test_password_change_signs_out_every_other_session_and_revokes_tokens(app, make_user,
                                                                        token_for):
    user = make_user(email="sam@example.com")
    secret = token_for(user)
    phone, laptop = two_devices(app, user)
    response = phone.post("/auth/password", data={
        "current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD,
        "csrf_token": csrf_token(phone, "/auth/account"),
    })
    assert response.status_code == 302
    assert signed_in(phone)  # the device that changed it stays in, in a new session
    assert not signed_in(laptop)
    laptop.delete_cookie(SESSION)  # ...and so is its remember-me cookie
    assert not signed_in(laptop)
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 401
    assert log_in(app.test_client(), user.email, NEW_PASSWORD).status_code == 302
    assert log_in(app.test_client(), user.email, PASSWORD).status_code == 422
    assert "password-changed" in _kinds(app, user)


def test_password_change_with_wrong_current_password_changes_nothing(app, make_user, login):
    user = make_user(email="sam@example.com")
    client = login(user)
    for data, message in [
        ({"current_password": "not my password", "new_password": NEW_PASSWORD,
          "confirm": NEW_PASSWORD}, "current password is not correct"),
        ({"current_password": PASSWORD, "new_password": "short", "confirm": "short"},
         "10 to 128 characters"),
        ({"current_password": PASSWORD, "new_password": "password1234",
          "confirm": "password1234"}, "This is a very common password."),
        ({"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": "other one!!"},
         "The two passwords differ."),
    ]:
        token = csrf_token(client, "/auth/account")
        response = client.post("/auth/password", data={**data, "csrf_token": token})
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
    assert fetch(app, User, id=user.id).password_hash == user.password_hash
    assert signed_in(client)
    with app.app_context():
        assert db.session.scalar(select(LoginSession.ended_at)) is None


def test_log_out_everywhere_ends_every_session_and_token(app, make_user, token_for):
    user = make_user(email="sam@example.com")
    secret = token_for(user)
    phone, laptop = two_devices(app, user)
    response = phone.post("/auth/logout-everywhere",
                          data={"csrf_token": csrf_token(phone, "/auth/account")})
    assert response.status_code == 302
    assert not signed_in(phone)
    assert not signed_in(laptop)
    laptop.delete_cookie(SESSION)
    assert not signed_in(laptop)
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 401
    assert fetch(app, ApiToken, user_id=user.id).revoked_at is not None
    assert {"sessions-ended", "token-revoked"} <= set(_kinds(app, user))


def test_the_account_page_lists_sessions_and_tokens_and_ends_one(app, make_user, token_for):
    user = make_user(email="sam@example.com")
    token_for(user, name="CRM sync")
    phone, laptop = app.test_client(), app.test_client()
    phone.environ_base["HTTP_USER_AGENT"] = (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
    laptop.environ_base["REMOTE_ADDR"] = "198.51.100.20"
    log_in(phone, user.email)
    log_in(laptop, user.email, remember="y")
    page = laptop.get("/auth/account").text
    assert "Mobile Safari on iOS" in page and "198.51.100.20" in page
    assert page.count("data-session=") == 2 and page.count("data-this-session") == 1
    assert "CRM sync" in page
    with app.app_context():
        phones = db.session.scalar(select(LoginSession.id).where(
            LoginSession.remember.is_(False)))
    response = laptop.post(f"/auth/sessions/{phones}/end",
                           data={"csrf_token": csrf_token(laptop, "/auth/account")})
    assert response.status_code == 302
    assert not signed_in(phone)
    assert signed_in(laptop)
    assert laptop.get("/auth/account").text.count("data-session=") == 1


def test_someone_elses_session_cannot_be_ended(app, make_user):
    sam, ola = make_user(), make_user()
    browser, other = app.test_client(), app.test_client()
    log_in(browser, sam.email)
    log_in(other, ola.email)
    olas = fetch(app, LoginSession, user_id=ola.id).id
    for target in (olas, 999_999):
        response = browser.post(f"/auth/sessions/{target}/end",
                                data={"csrf_token": csrf_token(browser, "/auth/account")})
        assert response.status_code == 404
    assert signed_in(other)
    response = browser.post(f"/auth/sessions/{olas}/end")  # no CSRF token
    assert response.status_code == 400


def test_ending_this_very_session_logs_out(app, make_user):
    user = make_user()
    browser = app.test_client()
    log_in(browser, user.email)
    mine = fetch(app, LoginSession, user_id=user.id).id
    browser.post(f"/auth/sessions/{mine}/end",
                 data={"csrf_token": csrf_token(browser, "/auth/account")})
    assert not signed_in(browser)


@pytest.mark.parametrize("change", ["deactivate", "role"])
def test_a_deactivation_or_a_role_change_ends_every_session(app, make_user, token_for, change):
    admin = make_user(role=Role.ADMIN)
    user = make_user()
    secret = token_for(user)
    phone, laptop = two_devices(app, user)
    with app.app_context():
        actor, person = db.session.get(User, admin.id), db.session.get(User, user.id)
        if change == "deactivate":
            services.set_active(actor, person, False)
        else:
            services.set_role(actor, person, Role.MANAGER)
        db.session.commit()
    assert not signed_in(phone) and not signed_in(laptop)
    token_works = app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 200
    assert token_works == (change == "role")  # a deactivation revokes the tokens too
    # After a role change one logs in again, with the new role everywhere.
    if change == "role":
        assert log_in(phone, user.email).status_code == 302
        assert "manager" in phone.get("/auth/account").text


def test_login_and_logout_are_audited_with_the_address(app, make_user):
    user = make_user()
    browser = app.test_client()
    browser.environ_base["REMOTE_ADDR"] = "203.0.113.9"
    log_in(browser, user.email, remember="y")
    browser.post("/auth/logout", data={"csrf_token": csrf_token(browser, "/")})
    with app.app_context():
        rows = db.session.execute(select(AuditEvent.kind, AuditEvent.address, AuditEvent.detail)
                                  .order_by(AuditEvent.id)).all()
    assert [tuple(r) for r in rows] == [("login", "203.0.113.9", "kept signed in"),
                                        ("logout", "203.0.113.9", "")]


def test_ending_sessions_sends_its_domain_signal(app, make_user, login):
    from app import signals

    ended = []

    def on_ended(user, session_ids, reason, **_):
        # the User itself, not a request-bound proxy a listener could not keep
        ended.append((type(user) is User, user.email, session_ids, reason))

    signals.sessions_ended.connect(on_ended)
    try:
        user = make_user(email="sam@example.com")
        client = login(user)
        client.post("/auth/logout-everywhere", data={"csrf_token": csrf_token(client, "/")})
    finally:
        signals.sessions_ended.disconnect(on_ended)
    assert ended == [(True, "sam@example.com", None, "logged out everywhere")]
