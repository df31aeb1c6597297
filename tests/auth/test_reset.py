"""Password reset by mail (issue 28): the same answer whether or not the address has an account,
a signed link that works once and expires, and a new password that ends every session and API
token."""

import pytest
from freezegun import freeze_time

from app.auth.models import User
from tests.auth.conftest import submit
from tests.conftest import PASSWORD, bearer, fetch, log_in

NEW_PASSWORD = "lighthouse sandwich orbit"


def ask(client, address: str):
    return submit(client, "/auth/reset", {"email": address})


def test_reset_by_mail_ends_every_session_and_token(make_app, outbox, make_user, token_for):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    user = make_user(name="Sam Okafor", email="sam@example.com")
    secret = token_for(user)
    laptop = app.test_client()
    log_in(laptop, user.email, remember="y")
    client = app.test_client()
    assert "Forgot your password?" in client.get("/auth/login").text
    response = ask(client, "SAM@example.com")
    assert response.status_code == 200 and "data-check-inbox" in response.text
    [mail] = outbox.to("sam@example.com")
    assert mail["Subject"] == "Reset your Fieldwise password"
    assert str(mail["To"]) == "Sam Okafor <sam@example.com>"
    link = outbox.link(mail)
    response = submit(client, link, {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert response.status_code == 302
    assert "new password is saved" in client.get(response.location).text
    assert client.get("/").status_code == 302  # not logged in by the link itself
    assert laptop.get("/").status_code == 302  # every session ended
    assert app.test_client().get("/api/v1/me", headers=bearer(secret)).status_code == 401
    assert log_in(app.test_client(), user.email, PASSWORD).status_code == 422
    assert log_in(app.test_client(), user.email, NEW_PASSWORD).status_code == 302
    # The link worked once.
    assert app.test_client().get(link).status_code == 400


def test_an_unknown_address_gets_the_same_answer_and_no_mail(make_app, outbox, make_user):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    make_user(email="sam@example.com")
    make_user(email="gone@example.com", active=False)
    known = ask(app.test_client(), "sam@example.com")
    for address in ("nobody@example.com", "gone@example.com"):
        other = ask(app.test_client(), address)
        assert other.status_code == known.status_code == 200
        assert other.text.replace(address, "X") == known.text.replace("sam@example.com", "X")
    assert [str(m["To"]) for m in outbox.messages()] == ["Person 1 <sam@example.com>"]


def test_a_reset_link_expires_within_the_hour(make_app, outbox, make_user):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    make_user(email="sam@example.com")
    client = app.test_client()
    with freeze_time("2026-12-01 09:00:00"):
        ask(client, "sam@example.com")
    link = outbox.link(outbox.messages()[0])
    with freeze_time("2026-12-01 10:01:00"):
        response = client.get(link)
    assert response.status_code == 400 and "expired" in response.text


@pytest.mark.parametrize(("fields", "message"), [
    ({"password": "short", "confirm": "short"}, "10 to 128 characters"),
    ({"password": "iloveyou2026", "confirm": "iloveyou2026"}, "commonly used password"),
    ({"password": NEW_PASSWORD, "confirm": "not the same at all"}, "The two passwords differ."),
])
def test_a_bad_new_password_changes_nothing(make_app, outbox, make_user, fields, message):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    user = make_user(email="sam@example.com")
    client = app.test_client()
    ask(client, "sam@example.com")
    link = outbox.link(outbox.messages()[0])
    response = submit(client, link, fields)
    assert response.status_code == 422 and message in response.text
    assert fetch(app, User, id=user.id).password_hash == user.password_hash
    assert client.get(link).status_code == 200  # still usable


def test_a_forged_reset_link_is_refused(make_app, make_user):
    app = make_app()
    make_user()
    for link in ("/auth/reset/x", "/auth/reset/eyJpZCI6MX0.Zz.Zz"):
        assert app.test_client().get(link).status_code == 400
