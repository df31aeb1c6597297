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
    log_in(client, "sam@example.com")
    with client.session_transaction() as session:
        assert "planted_by_attacker" not in session
        assert session["_user_id"].endswith(":1")


def test_logout_needs_a_post_with_csrf(login, make_user):
    client = login(make_user())
    assert client.get("/auth/logout").status_code == 405
    assert client.post("/auth/logout").status_code == 400
    assert client.get("/").status_code == 200
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    assert client.get("/").status_code == 302


def test_login_attempts_are_rate_limited_per_address(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ADDRESS="3 per minute", LOGIN_LIMIT_PER_ACCOUNT="100/minute")
    make_user(email="sam@example.com")
    client = app.test_client()
    for _ in range(3):
        assert log_in(client, "sam@example.com", "wrong password!").status_code == 422
    response = log_in(client, "sam@example.com")  # even the right password now waits
    assert response.status_code == 429
    assert "Too many attempts" in response.get_data(as_text=True)
    assert int(response.headers["Retry-After"]) > 0
    other = app.test_client()
    other.environ_base["REMOTE_ADDR"] = "10.0.0.2"
    assert log_in(other, "sam@example.com").status_code == 302


def test_login_attempts_are_rate_limited_per_account(make_app, make_user):
    app = make_app(LOGIN_LIMIT_PER_ADDRESS="100 per minute", LOGIN_LIMIT_PER_ACCOUNT="3/minute")
    make_user(email="sam@example.com")
    for n in range(3):
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = f"10.0.1.{n}"
        assert log_in(client, "sam@example.com", "wrong password!").status_code == 422
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = "10.0.1.99"
    assert log_in(client, "SAM@example.com", "wrong password!").status_code == 429
    assert log_in(client, "someone.else@example.com", "x").status_code == 422


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
    assert len(cookies) == 2
    for cookie in cookies:
        assert "Secure" in cookie


def test_behind_a_trusted_proxy_the_limit_is_per_client(make_app, make_user):
    app = make_app(PROXY_FIX_X_FOR=1, LOGIN_LIMIT_PER_ADDRESS="2 per minute",
                   LOGIN_LIMIT_PER_ACCOUNT="100 per minute")
    make_user(email="sam@example.com")
    first, second = app.test_client(), app.test_client()
    first.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.7"
    second.environ_base["HTTP_X_FORWARDED_FOR"] = "198.51.100.8"
    for _ in range(2):
        assert log_in(first, "sam@example.com", "wrong password!").status_code == 422
    assert log_in(first, "sam@example.com").status_code == 429
    assert log_in(second, "sam@example.com").status_code == 302
