"""Per-user session versions: a password change or "log out everywhere" ends every session."""

from app.auth.models import User
from tests.conftest import PASSWORD, csrf_token, fetch, log_in

NEW_PASSWORD = "a brand new passphrase"


def two_devices(app, user):
    phone, laptop = app.test_client(), app.test_client()
    assert log_in(phone, user.email).status_code == 302
    assert log_in(laptop, user.email, remember="y").status_code == 302
    return phone, laptop


def test_password_change_signs_out_every_other_session(app, make_user):
    user = make_user(email="sam@example.com")
    phone, laptop = two_devices(app, user)
    response = phone.post("/auth/password", data={
        "current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD,
        "csrf_token": csrf_token(phone, "/auth/account"),
    })
    assert response.status_code == 302
    assert phone.get("/").status_code == 200  # the device that changed it stays in
    assert laptop.get("/").status_code == 302  # the other one is out
    # ... and so is its remember-me cookie, once the session cookie is gone
    laptop.delete_cookie("fieldwise_session")
    assert laptop.get("/").status_code == 302
    assert log_in(app.test_client(), user.email, NEW_PASSWORD).status_code == 302
    assert log_in(app.test_client(), user.email, PASSWORD).status_code == 422


def test_remember_me_keeps_a_session_without_the_session_cookie(app, make_user):
    user = make_user(email="sam@example.com")
    _, laptop = two_devices(app, user)
    laptop.delete_cookie("fieldwise_session")
    assert laptop.get("/").status_code == 200


def test_log_out_everywhere(app, make_user):
    user = make_user(email="sam@example.com")
    phone, laptop = two_devices(app, user)
    response = phone.post("/auth/logout-everywhere",
                          data={"csrf_token": csrf_token(phone, "/auth/account")})
    assert response.status_code == 302
    assert phone.get("/").status_code == 302
    assert laptop.get("/").status_code == 302
    laptop.delete_cookie("fieldwise_session")
    assert laptop.get("/").status_code == 302
    assert fetch(app, User, id=user.id).session_version == 2


def test_password_change_with_wrong_current_password_changes_nothing(app, make_user, login):
    user = make_user(email="sam@example.com")
    client = login(user)
    before = (user.password_hash, user.session_version)
    for data, message in [
        ({"current_password": "not my password", "new_password": NEW_PASSWORD,
          "confirm": NEW_PASSWORD}, "current password is not correct"),
        ({"current_password": PASSWORD, "new_password": "short", "confirm": "short"},
         "at least 10 characters"),
        ({"current_password": PASSWORD, "new_password": NEW_PASSWORD, "confirm": "other one!!"},
         "The two passwords differ."),
    ]:
        token = csrf_token(client, "/auth/account")
        response = client.post("/auth/password", data={**data, "csrf_token": token})
        assert response.status_code == 422
        assert message in response.get_data(as_text=True)
    fresh = fetch(app, User, id=user.id)
    assert (fresh.password_hash, fresh.session_version) == before


def test_a_forged_cookie_id_loads_nobody(app, make_user):
    from app.auth.services import user_for_session

    user = make_user()
    with app.app_context():
        assert user_for_session(f"{user.id}:1").id == user.id
        for forged in (f"{user.id}:2", f"{user.id}", "x:1", "", f"{user.id}:1:1", "-1:1"):
            assert user_for_session(forged) is None


def test_account_changes_send_their_domain_signals(app, make_user, login):
    from app import signals

    registered, revoked = [], []

    def on_registered(user):
        registered.append(user.email)

    def on_revoked(user):
        # the User itself, not a request-bound proxy a listener could not keep
        revoked.append((type(user) is User, user.email, user.session_version))

    signals.user_registered.connect(on_registered)
    signals.sessions_revoked.connect(on_revoked)
    try:
        user = make_user(email="sam@example.com")
        client = login(user)
        client.post("/auth/logout-everywhere", data={"csrf_token": csrf_token(client, "/")})
    finally:
        signals.user_registered.disconnect(on_registered)
        signals.sessions_revoked.disconnect(on_revoked)
    assert registered == ["sam@example.com"]
    assert revoked == [(True, "sam@example.com", 2)]
