"""Registration: the happy path and every bad input (clear error, no row written)."""

import pytest
from argon2 import PasswordHasher

from app.auth.models import User
from tests.conftest import PASSWORD, csrf_token, fetch, row_count


def register(client, **fields):
    data = {
        "name": "Rita Alvarez",
        "email": "rita.alvarez@example.com",
        "password": PASSWORD,
        "confirm": PASSWORD,
        "csrf_token": csrf_token(client, "/auth/register"),
    }
    data.update(fields)
    return client.post("/auth/register", data=data)


def test_register_creates_a_member_and_logs_in(app, client):
    response = register(client, email="Rita.Alvarez@Example.COM")
    assert response.status_code == 302
    user = fetch(app, User)
    assert user.email == "rita.alvarez@example.com"
    assert user.role == "member"
    assert user.password_hash.startswith("$argon2id$")
    assert PasswordHasher().verify(user.password_hash, PASSWORD)
    assert "Rita" in client.get("/").get_data(as_text=True)


def test_outside_tests_passwords_get_the_rfc_9106_profile_and_old_hashes_are_upgraded(
        make_app, client):
    """Tests hash cheaply (TestingConfig); every other configuration uses argon2-cffi's
    defaults, and a login re-hashes a hash made with other parameters."""
    register(client)
    cheap = fetch(client.application, User).password_hash
    assert "$m=1024,t=1,p=1$" in cheap
    production = make_app(ARGON2_PARAMETERS={})
    browser = production.test_client()
    response = browser.post("/auth/login", data={
        "email": "rita.alvarez@example.com", "password": PASSWORD,
        "csrf_token": csrf_token(browser, "/auth/login")})
    assert response.status_code == 302
    upgraded = fetch(production, User).password_hash
    assert "$m=65536,t=3,p=4$" in upgraded
    assert PasswordHasher().verify(upgraded, PASSWORD)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": ""}, "Enter your e-mail address."),
        ({"email": "not-an-address"}, "not a valid e-mail address"),
        ({"email": "a@" + "b" * 250 + ".com"}, "at most 254 characters"),
        ({"password": "short", "confirm": "short"}, "at least 10 characters"),
        ({"password": "x" * 129, "confirm": "x" * 129}, "at most 128 characters"),
        ({"name": ""}, "Enter your name."),
        ({"name": "   "}, "Enter your name."),
        ({"name": "N" * 81}, "at most 80 characters"),
        ({"confirm": "something else entirely"}, "The two passwords differ."),
    ],
)
def test_bad_registration_is_refused_with_a_message(app, client, fields, message):
    response = register(client, **fields)
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert row_count(app, User) == 0


def test_duplicate_email_is_refused_case_insensitively(app, client, make_user):
    make_user(email="dana@example.com")
    response = register(client, email="DANA@Example.com")
    assert response.status_code == 422
    assert "already exists" in response.get_data(as_text=True)
    assert row_count(app, User) == 1


def test_registration_without_csrf_token_is_refused(app, client):
    response = client.post(
        "/auth/register",
        data={"name": "X Y", "email": "x@example.com", "password": PASSWORD, "confirm": PASSWORD},
    )
    assert response.status_code == 400
    assert "security token" in response.get_data(as_text=True)
    assert row_count(app, User) == 0


def test_register_service_refuses_a_taken_address(app, make_user):
    from app.auth import services

    make_user(email="dup@example.com")
    with app.app_context(), pytest.raises(services.AccountError, match="already exists"):
        services.register("Someone", "Dup@example.com", PASSWORD)
