"""Who may join (issue 28): nobody without an invitation unless an admin allowed the company's
domains; every address proven by a signed, single-use, expiring link before an account exists;
the same answer for a known and an unknown address; no common passwords; nobody named like
someone already here. End to end through the mails in the outbox."""

import pytest
from argon2 import PasswordHasher
from freezegun import freeze_time
from sqlalchemy import select

from app.audit.models import AuditEvent
from app.auth.models import User
from app.extensions import db
from tests.auth.conftest import DOMAIN, submit
from tests.conftest import PASSWORD, fetch, log_in, row_count

RITA = f"rita.alvarez@{DOMAIN}"


def ask_to_join(client, address: str = RITA):
    return submit(client, "/auth/register", {"email": address})


def finish(client, link: str, name: str = "Rita Alvarez", password: str = PASSWORD,
           confirm: str | None = None):
    return submit(client, link, {"name": name, "password": password,
                                 "confirm": password if confirm is None else confirm})


def test_without_company_domains_nobody_registers(app, client):
    page = client.get("/auth/register")
    assert page.status_code == 200 and "data-registration-closed" in page.text
    response = submit(client, "/auth/register", {"email": "stranger@gmail.example"},
                      form_page="/auth/login")
    assert response.status_code == 403
    assert row_count(app, User) == 0


def test_joining_takes_a_verified_company_address(open_app, outbox):
    client = open_app.test_client()
    response = ask_to_join(client, "Rita.Alvarez@Northwind.Example")
    assert response.status_code == 200 and "data-check-inbox" in response.text
    assert row_count(open_app, User) == 0  # no account before the address is proven
    [mail] = outbox.to(RITA)
    assert mail["Subject"] == "Finish joining Fieldwise"
    link = outbox.link(mail)
    page = client.get(link)
    assert page.status_code == 200 and RITA in page.text
    response = finish(client, link)
    assert response.status_code == 302
    user = fetch(open_app, User)
    assert (user.email, user.name, user.role) == (RITA, "Rita Alvarez", "member")
    assert user.password_hash.startswith("$argon2id$")
    assert PasswordHasher().verify(user.password_hash, PASSWORD)
    assert "Rita" in client.get("/").text  # logged in
    # The link works once.
    again = open_app.test_client().get(link)
    assert again.status_code == 400 and "used already" in again.text
    with open_app.app_context():
        assert db.session.scalar(select(AuditEvent.kind)) == "registered"


def test_an_address_outside_the_company_domains_is_refused(open_app, outbox):
    client = open_app.test_client()
    for address in ("rita@gmail.example", f"rita@evil{DOMAIN}", f"rita@{DOMAIN}.evil.example"):
        response = ask_to_join(client, address)
        assert response.status_code == 422
        assert f"Use your company address (@{DOMAIN})" in response.text
    assert outbox.messages() == []


def test_a_known_address_gets_the_same_answer_and_a_mail_saying_so(open_app, outbox,
                                                                   make_user):
    make_user(name="Maya Patel", email=f"maya@{DOMAIN}")
    known = ask_to_join(open_app.test_client(), f"maya@{DOMAIN}")
    unknown = ask_to_join(open_app.test_client(), RITA)
    assert known.status_code == unknown.status_code == 200
    assert known.text.replace(f"maya@{DOMAIN}", "X") == unknown.text.replace(RITA, "X")
    [mail] = outbox.to(f"maya@{DOMAIN}")
    assert mail["Subject"] == "You already have a Fieldwise account"
    assert "/auth/reset" in mail.get_content() and "/auth/register/" not in mail.get_content()
    assert row_count(open_app, User) == 1


@pytest.mark.parametrize("link", ["/auth/register/not-a-token", "/auth/register/" + "x" * 300])
def test_a_forged_link_is_refused(open_app, link):
    response = open_app.test_client().get(link)
    assert response.status_code == 400 and "not valid" in response.text


def test_a_link_expires_after_a_day(open_app, outbox):
    client = open_app.test_client()
    with freeze_time("2026-12-01 09:00:00"):
        ask_to_join(client)
    link = outbox.link(outbox.to(RITA)[0])
    with freeze_time("2026-12-02 09:01:00"):
        response = client.get(link)
    assert response.status_code == 400 and "expired" in response.text
    assert row_count(open_app, User) == 0


def test_a_link_signed_with_another_key_is_refused(open_app, make_app, outbox):
    other = make_app(ALLOWED_EMAIL_DOMAINS=[DOMAIN], SECRET_KEY="another-key",
                     MAIL_FILE_PATH=str(outbox.path))
    ask_to_join(other.test_client())
    response = open_app.test_client().get(outbox.link(outbox.to(RITA)[0]))
    assert response.status_code == 400


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": ""}, "Enter your name."),
    ({"name": "x" * 81}, "Field cannot be longer than 80 characters."),
    ({"password": "short"}, "10 to 128 characters"),
    ({"password": "x" * 129}, "10 to 128 characters"),
    ({"password": "password1234"}, "This is a very common password."),
    ({"password": "qwertyuiop12"}, "common password"),
    ({"password": "rita.alvarez2026"}, "easy to guess"),
    ({"confirm": "something else entirely"}, "The two passwords differ."),
])
def test_bad_account_details_are_refused_and_make_nothing(open_app, outbox, fields, message):
    client = open_app.test_client()
    ask_to_join(client)
    link = outbox.link(outbox.to(RITA)[0])
    data = {"name": "Rita Alvarez", "password": PASSWORD, "confirm": None, **fields}
    if data["confirm"] is None:
        data["confirm"] = data["password"]
    response = submit(client, link, data)
    assert response.status_code == 422
    assert message in response.text, response.text
    assert row_count(open_app, User) == 0


def test_nobody_registers_under_the_name_of_someone_here(open_app, outbox, make_user):
    make_user(name="Maya Patel", email=f"maya.patel@{DOMAIN}")
    client = open_app.test_client()
    ask_to_join(client)
    link = outbox.link(outbox.to(RITA)[0])
    for name in ("Maya Patel", "maya  PATEL", "\uff2daya Patel"):  # the last: a full-width M
        response = finish(client, link, name=name)
        assert response.status_code == 422
        assert "Someone here is already called" in response.text
    assert row_count(open_app, User) == 1
    assert finish(client, link, name="Maya R. Patel").status_code == 302


def test_a_name_taken_on_the_profile_is_refused_too(app, make_user, login):
    from app.profiles.services import ProfileEdit, edit_profile

    make_user(name="Maya Patel")
    rita = make_user(name="Rita Alvarez")
    with app.app_context():
        person = db.session.get(User, rita.id)
        with pytest.raises(Exception, match="already called Maya Patel"):
            edit_profile(person, person, ProfileEdit(name="Maya Patel"))
        edit_profile(person, person, ProfileEdit(name="Rita Alvarez"))  # one's own name is fine


def test_outside_tests_passwords_get_the_rfc_9106_profile_and_old_hashes_are_upgraded(
        make_app, make_user):
    """Tests hash cheaply (TestingConfig); every other configuration uses argon2-cffi's
    defaults, and a login re-hashes a hash made with other parameters."""
    user = make_user()
    cheap = fetch(make_app(), User, id=user.id).password_hash
    assert "$m=1024,t=1,p=1$" in cheap
    production = make_app(ARGON2_PARAMETERS={})
    assert log_in(production.test_client(), user.email).status_code == 302
    upgraded = fetch(production, User, id=user.id).password_hash
    assert upgraded != cheap
    assert PasswordHasher().check_needs_rehash(upgraded) is False
    assert PasswordHasher().verify(upgraded, PASSWORD)


def test_registration_without_csrf_token_is_refused(open_app, outbox):
    response = open_app.test_client().post("/auth/register", data={"email": RITA})
    assert response.status_code == 400
    assert outbox.messages() == []


def test_the_create_account_service_refuses_a_taken_address(app, make_user):
    from app.auth import services

    make_user(email="dup@example.com")
    with app.app_context(), pytest.raises(services.AccountError, match="already exists"):
        services.create_account("Someone", "Dup@example.com", PASSWORD)
