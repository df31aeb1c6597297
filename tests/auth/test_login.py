"""Login, logout, safe redirects, session fixation, rate limits and cookie flags."""

import uuid

import pytest

from app.auth.access import safe_next_path
from app.config import ProductionConfig
from tests.conftest import PASSWORD, csrf_token, log_in


def test_login_with_the_right_password(client, make_user):
    user = make_user(email="sam@example.com")
    response = log_in(client, "SAM@example.com")
    assert response.status_code == 302
    assert response.location == "/"
    assert user.name in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("email", "password"),
    [("sam@example.com", "wrong password!"), ("nobody@example.com", PASSWORD), ("", ""),
     ("sam@example.com", "")],
)
def test_failed_login_gives_one_clear_message_and_no_session(client, make_user, email, password):
    make_user(email="sam@example.com")
    response = log_in(client, email, password)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Invalid e-mail address or password." in page or "Enter your" in page
    assert client.get("/").status_code == 302  # still anonymous


def test_inactive_account_cannot_log_in(client, make_user):
    make_user(email="gone@example.com", active=False)
    assert log_in(client, "gone@example.com").status_code == 422


def test_login_without_csrf_token_is_refused(client, make_user):
    make_user(email="sam@example.com")
    response = client.post("/auth/login", data={"email": "sam@example.com", "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302


def test_next_leads_to_our_own_page(client, make_user):
    make_user(email="sam@example.com")
    response = client.get("/people/?team=x")
    assert response.status_code == 302
    assert response.location == "/auth/login?next=/people/?team%3Dx"
    token = csrf_token(client, "/auth/login")
    response = client.post(
        "/auth/login?next=/people/?team%3Dx",
        data={"email": "sam@example.com", "password": PASSWORD, "csrf_token": token},
    )
    assert response.location == "/people/?team=x"


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example",
     "javascript:alert(1)", "http:/evil.example", "/ok\r\nX: y", "/\tevil", ""],
)
def test_next_never_leads_off_site(client, make_user, target):
    make_user(email="sam@example.com")
    token = csrf_token(client, "/auth/login")
    response = client.post(
        "/auth/login",
        query_string={"next": target},
        data={"email": "sam@example.com", "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    assert response.location == "/"


def test_safe_next_path_rules():
    assert safe_next_path("/questions?tag=pricing") == "/questions?tag=pricing"
    for bad in (None, "", "evil.example", "//evil.example", "/\\evil", "https://x.example/",
                "/a\nb", "/a\tb"):
        assert safe_next_path(bad) is None


def test_session_is_cleared_before_login(client, make_user):
    make_user(email="sam@example.com")
    with client.session_transaction() as session:
        session["planted_by_attacker"] = "yes"
        session["_user_id"] = "a-session-the-attacker-knows"
    log_in(client, "sam@example.com")
    with client.session_transaction() as session:
        assert "planted_by_attacker" not in session
        assert session["_user_id"] != "a-session-the-attacker-knows"


def test_logout_needs_a_post_with_csrf(login, make_user):
    client = login(make_user())
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 400
    assert client.get("/").status_code == 200
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    assert client.get("/").status_code == 302


def from_address(app, address: str):
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return client


def test_login_attempts_are_rate_limited_per_address(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ADDRESS="3 per minute")
    make_user(email="sam@example.com")
    make_user(email="ola@example.com")
    client = app.test_client()
    for email in ("sam@example.com", "ola@example.com", "nobody@example.com"):
        assert log_in(client, email, "wrong password!").status_code == 422
    response = log_in(client, "sam@example.com")  # even the right password now waits
    assert response.status_code == 429
    assert "Too many attempts" in response.get_data(as_text=True)
    assert int(response.headers["Retry-After"]) > 0
    assert log_in(from_address(app, "10.0.0.2"), "sam@example.com").status_code == 302


def test_failures_per_account_and_client_make_the_wait_grow(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT="2 per minute;3 per hour")
    make_user(email="sam@example.com")
    guesser = from_address(app, "10.0.0.66")
    for _ in range(2):
        assert log_in(guesser, "sam@example.com", "wrong password!").status_code == 422
    first = log_in(guesser, "sam@example.com")  # the right one, from the guessing client
    assert first.status_code == 429
    assert 0 < int(first.headers["Retry-After"]) <= 60
    assert "Try again in" in first.text and ("second" in first.text or "1 minute" in first.text)
    # The same client guessing another account is not held by sam's limit...
    assert log_in(guesser, "ola@example.com", "wrong password!").status_code == 422
    # ...and sam himself, elsewhere, is not held at all.
    assert log_in(from_address(app, "10.0.0.7"), "sam@example.com").status_code == 302


def test_a_later_window_makes_the_wait_longer(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT="100 per minute;2 per hour")
    make_user(email="sam@example.com")
    guesser = from_address(app, "10.0.0.66")
    for _ in range(2):
        log_in(guesser, "sam@example.com", "wrong password!")
    response = log_in(guesser, "sam@example.com", "wrong password!")
    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 60
    assert "minutes" in response.text  # the real wait, not "a minute"


def test_successful_logins_are_not_counted_as_failures(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT="2 per minute",
                   LOGIN_LIMIT_PER_ACCOUNT="2 per minute")
    make_user(email="sam@example.com")
    for _ in range(4):
        assert log_in(app.test_client(), "sam@example.com").status_code == 302


def test_a_stranger_guessing_from_everywhere_cannot_lock_the_owner_out(make_app, make_user):
    """Ten wrong passwords from anywhere used to lock anyone's account for 15 minutes."""
    app = make_app(LOGIN_LIMIT_PER_ACCOUNT="3 per hour")
    make_user(email="sam@example.com")
    sams_phone = from_address(app, "10.0.2.1")
    assert log_in(sams_phone, "sam@example.com").status_code == 302  # his device, proven once
    sams_phone.post("/auth/logout", data={"csrf_token": csrf_token(sams_phone, "/")})
    for n in range(10):
        log_in(from_address(app, f"10.0.1.{n}"), "sam@example.com", "wrong password!")
    # Guessing from yet another address is refused: the account's limit is reached...
    assert log_in(from_address(app, "10.0.1.99"), "SAM@example.com",
                  "wrong password!").status_code == 429
    # ...but not on sam's own phone, whatever its address now.
    device = sams_phone.get_cookie("fieldwise_device").value
    sams_phone.environ_base["REMOTE_ADDR"] = "10.0.9.9"
    assert log_in(sams_phone, "sam@example.com").status_code == 302
    # A device cookie proves nothing for another account, nor when it is forged.
    olas = make_user(email="ola@example.com")
    for n in range(3):
        log_in(from_address(app, f"10.0.5.{n}"), olas.email, "wrong password!")
    borrowed = from_address(app, "10.0.5.50")
    borrowed.set_cookie("fieldwise_device", device)
    assert log_in(borrowed, olas.email).status_code == 429
    forged = from_address(app, "10.0.1.98")
    forged.set_cookie("fieldwise_device", "eyJlbWFpbCI6InNhbUBleGFtcGxlLmNvbSJ9.forged")
    assert log_in(forged, "sam@example.com").status_code == 429


def test_the_default_limits_leave_the_owner_in_after_ten_wrong_passwords(app, make_user):
    make_user(email="sam@example.com")
    sams_laptop = from_address(app, "10.0.3.1")
    for n in range(10):
        log_in(from_address(app, f"10.0.4.{n}"), "sam@example.com", "wrong password!")
    assert log_in(sams_laptop, "sam@example.com").status_code == 302


def test_login_rate_limit_on_redis_storage(make_app, make_user, redis_url):
    # Redis outlives the test: a fresh address and account keep earlier runs' counters away.
    run = uuid.uuid4().int
    address = f"10.{run % 250}.{run // 250 % 250}.{run // 62500 % 250}"
    email = f"s{run}@example.com"
    settings = {"RATELIMIT_STORAGE_URI": redis_url, "LOGIN_LIMIT_PER_ADDRESS": "2 per minute"}
    app = make_app(**settings)
    make_user(email=email)
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    assert log_in(client, email, "wrong password!").status_code == 422
    assert log_in(client, email, "wrong password!").status_code == 422
    assert log_in(client, email).status_code == 429
    # the counter lives in Redis: another worker process sees the same limit
    other_worker = make_app(**settings).test_client()
    other_worker.environ_base["REMOTE_ADDR"] = address
    assert log_in(other_worker, email).status_code == 429


def test_session_cookie_is_httponly_and_samesite(client, make_user):
    make_user(email="sam@example.com")
    response = log_in(client, "sam@example.com", remember="y")
    cookies = response.headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("fieldwise_session="))
    remember_cookie = next(c for c in cookies if c.startswith("fieldwise_remember="))
    for cookie in (session_cookie, remember_cookie):
        assert "HttpOnly" in cookie
        assert "SameSite=Lax" in cookie


def test_cookies_are_secure_in_production(make_app, make_user):
    app = make_app(SESSION_COOKIE_SECURE=ProductionConfig.SESSION_COOKIE_SECURE,
                   REMEMBER_COOKIE_SECURE=ProductionConfig.REMEMBER_COOKIE_SECURE)
    make_user(email="sam@example.com")
    client = app.test_client()
    response = log_in(client, "sam@example.com", remember="y")
    cookies = response.headers.getlist("Set-Cookie")
    names = {cookie.split("=", 1)[0] for cookie in cookies}
    assert names == {"fieldwise_session", "fieldwise_remember", "fieldwise_device"}
    for cookie in cookies:
        assert "Secure" in cookie and "HttpOnly" in cookie


def test_behind_a_trusted_proxy_the_limit_is_per_client(make_app, make_user):
    app = make_app(PROXY_FIX_X_FOR=1, LOGIN_LIMIT_PER_ADDRESS="2 per minute")
    make_user(email="sam@example.com")
    first, second = app.test_client(), app.test_client()
    first.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.7"
    second.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.8"
    for _ in range(2):
        assert log_in(first, "sam@example.com", "wrong password!").status_code == 422
    assert log_in(first, "sam@example.com").status_code == 429
    assert log_in(second, "sam@example.com").status_code == 302
