"""Headers, CSRF on every form, login on every page, no inline script and no CDN."""

import re
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, bearer, csrf_token, log_in

APP_DIR = Path(__file__).resolve().parent.parent / "app"
TEMPLATES = sorted(APP_DIR.rglob("templates/**/*.html"))


@pytest.mark.parametrize("path", ["/", "/auth/login", "/healthz", "/no-such-page",
                                  "/static/css/app.css"])
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_templates_have_no_inline_script_style_or_handlers():
    assert TEMPLATES, "no templates found"
    for template in TEMPLATES:
        html = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag, f"inline <script> in {template}"
        assert "<style" not in html, f"inline <style> in {template}"
        assert not re.search(r"\sstyle=", html), f"style attribute in {template}"
        assert not re.search(r"\son[a-z]+=", html), f"event-handler attribute in {template}"


def test_no_asset_comes_from_another_site():
    for path in TEMPLATES + sorted((APP_DIR / "static").rglob("*.css")):
        text = path.read_text()
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path
        assert not re.search(r"""url\(["']?(https?:)?//""", text), path
        assert "@import" not in text, path


def test_vendored_assets_are_served(client):
    for asset in ("vendor/pico/pico.min.css", "vendor/socket.io/socket.io.min.js",
                  "css/app.css", "js/app.js"):
        assert client.get(f"/static/{asset}").status_code == 200, asset


def _rules(app, method, with_arguments=False):
    return [r for r in app.url_map.iter_rules()
            if method in r.methods and r.endpoint != "static"
            and (with_arguments or not r.arguments)]


def _sample_path(rule) -> str:
    """The rule's path with a sample value in each variable part."""
    path = re.sub(r"<int:[^>]+>", "1", rule.rule)
    path = re.sub(r"<any\(([^,)]+)[^>]*>", lambda m: m.group(1).strip(), path)
    return re.sub(r"<[^>]+>", "x", path)


def test_every_post_needs_a_csrf_token(app, make_user, login):
    client = login(make_user())
    posts = _rules(app, "POST", with_arguments=True)
    assert {r.rule for r in posts} >= {"/auth/login", "/auth/register", "/auth/logout",
                                       "/questions/ask", "/posts/<int:post_id>/vote"}
    for rule in posts:
        response = client.post(_sample_path(rule), data={"anything": "x"})
        assert response.status_code == 400, rule.rule
    assert client.get("/").status_code == 200  # and nothing logged us out


def test_every_page_needs_a_login_unless_public(app, client):
    # The pages a link in a mail opens are public too: a sample link is not a valid one.
    public = {"/auth/login": 200, "/auth/register": 200, "/auth/reset": 200, "/healthz": 200,
              "/readyz": 200,
              "/auth/register/<token>": 400, "/auth/invitations/<secret>": 400,
              "/auth/reset/<token>": 400}
    for rule in _rules(app, "GET", with_arguments=True):
        response = client.get(_sample_path(rule))
        if rule.rule in public:
            assert response.status_code == public[rule.rule], rule.rule
        elif rule.rule.startswith("/api/"):  # API clients get a 401, not a login form
            assert response.status_code == 401, rule.rule
            assert response.json["error"]["code"] == 401
        else:
            assert response.status_code == 302, rule.rule
            assert response.location.startswith("/auth/login?next="), rule.rule


def test_json_clients_get_401_not_a_redirect(client):
    response = client.get("/people/", headers={"Accept": "application/json"})
    assert response.status_code == 401
    assert response.json["error"] == {"code": 401, "message": "Log in to see this page.",
                                      "fields": {}}


def test_forms_label_every_field(make_app):
    client = make_app(ALLOWED_EMAIL_DOMAINS=["example.com"]).test_client()
    for page in ("/auth/login", "/auth/register", "/auth/reset"):
        html = client.get(page).get_data(as_text=True)
        ids = re.findall(r'<input[^>]+id="([^"]+)"', html)
        assert ids
        for field_id in ids:
            if field_id == "csrf_token":
                continue
            assert f'for="{field_id}"' in html, (page, field_id)
    assert csrf_token(client, "/auth/login")


def test_a_nul_character_anywhere_is_a_clear_error_that_changes_nothing(app, client, make_user,
                                                                        login):
    from app.qa.models import Question
    from tests.conftest import row_count

    login(make_user())
    token = csrf_token(client, "/questions/ask")
    for response in [
        client.post("/questions/ask", data={"csrf_token": token, "title": "Pricing\x00 question?",
                                            "body": "A body long enough to be asked.",
                                            "tags": "pricing"}),
        client.get("/search?q=pric%00ing"),
        client.get("/wiki/renewal%00guide"),
        client.post("/api/v1/questions", json={"title": "x", "body": "y", "tags": ["a\x00"]},
                    headers={"X-CSRFToken": token}),
    ]:
        assert response.status_code == 422
        assert "NUL characters" in response.get_data(as_text=True)
    assert row_count(app, Question) == 0


def test_what_a_person_is_shown_is_never_stored_by_a_cache(make_app, make_user, token_for):
    from app.chat import services as chat
    from app.extensions import db

    app = make_app()

    def own_policy():
        return "cached a day", {"Cache-Control": "private, max-age=86400"}

    own_policy.is_public = True
    app.add_url_rule("/t/own-policy", "own_policy", own_policy)
    sam = make_user()
    with app.app_context():
        channel = chat.create_channel(db.session.get(type(sam), sam.id), "deal-desk", "public")
        db.session.commit()
        channel_id = channel.id
    client = app.test_client()
    assert client.get("/auth/login").headers.get("Cache-Control") == "no-store"  # a CSRF token
    assert log_in(client, sam.email).status_code == 302
    made = client.post("/people/me/tokens/", data={
        "csrf_token": csrf_token(client, "/people/me/tokens/"), "name": "CRM", "expires": "90",
        "password": PASSWORD})
    assert made.status_code == 201 and "fw_" in made.text  # the secret, shown once
    api = app.test_client()
    for response in [client.get("/"), client.get("/people/me/tokens/"), made,
                     client.get(f"/chat/{channel_id}/messages"), client.get("/api/v1/me"),
                     api.get("/api/v1/me", headers=bearer(token_for(sam))),
                     client.get("/no-such-page")]:
        assert response.status_code in (200, 201, 404), response.request.path
        assert response.headers.get("Cache-Control") == "no-store", response.request.path
    # A view's own policy stands, and static files keep theirs: revalidated, not unstored.
    assert client.get("/t/own-policy").headers["Cache-Control"] == "private, max-age=86400"
    static = client.get("/static/css/app.css")
    assert static.headers["Cache-Control"] == "no-cache" and static.headers["ETag"]


BODY = "The customer wants a multi-year discount on it."
UNREADABLE_JSON = [  # what would be a good question but for one thing; what the 400 says
    pytest.param(f'{{"title": "How do I \\ud800 price this?", "body": "{BODY}", '
                 '"tags": ["pricing"]}', "Unicode", id="a lone surrogate"),
    pytest.param(f'{{"title": "How do I price a renewal?", "body": "{BODY} \\udfff", '
                 '"tags": ["pricing"]}', "Unicode", id="a lone low surrogate"),
    pytest.param(f'{{"title": "How do I price a renewal?", "body": "{BODY}", '
                 '"tags": ["pricing"], "\\ud800": 1}', "Unicode", id="in a key"),
    pytest.param(f'{{"title": "How do I price a r\xe9newal?", "body": "{BODY}", '
                 '"tags": ["pricing"]}'.encode("latin-1"), "Unicode", id="not UTF-8"),
    pytest.param("[" * 5000 + "]" * 5000, "nested", id="5000 lists deep"),
    pytest.param('{"a":' * 5000 + "1" + "}" * 5000, "nested", id="5000 objects deep"),
    pytest.param('{"title": ' + "[" * 60 + "]" * 60 + "}", "nested", id="60 deep"),
    pytest.param('{"title": "How do I price', "not valid JSON", id="cut short"),
]


@pytest.mark.parametrize("body, says", UNREADABLE_JSON)
def test_a_json_body_that_cannot_be_read_is_a_400_that_changes_nothing(app, make_user, vocab,
                                                                       token_for, body, says):
    from app.qa.models import Post
    from tests.conftest import row_count

    api = app.test_client()
    response = api.post("/api/v1/questions", data=body, content_type="application/json",
                        headers=bearer(token_for(make_user())))
    assert response.status_code == 400
    assert response.json == {"error": {"code": 400, "fields": {},
                                       "message": response.json["error"]["message"]}}
    assert says in response.json["error"]["message"]
    assert row_count(app, Post) == 0


def test_json_with_the_session_is_read_alike_and_a_page_s_json_too(app, client, make_user, vocab,
                                                                  login):
    login(make_user())
    token = csrf_token(client, "/questions/ask")
    for path in ("/api/v1/questions", "/chat/new"):
        for body, says in (UNREADABLE_JSON[0].values, UNREADABLE_JSON[4].values):
            response = client.post(path, data=body, content_type="application/json",
                                   headers={"X-CSRFToken": token, "Accept": "application/json"})
            assert response.status_code == 400, (path, says)
            assert says in response.json["error"]["message"], (path, says)


def test_an_empty_json_body_is_no_body(app, make_user, token_for):
    response = app.test_client().post("/api/v1/notifications/1/read", data="",
                                      content_type="application/json",
                                      headers=bearer(token_for(make_user())))
    assert response.status_code == 404  # no such notification: the body was not the matter


def test_a_body_too_large_is_a_413_in_the_error_shape(make_app, make_user, token_for):
    app = make_app(MAX_CONTENT_LENGTH=1024)
    sam = make_user()
    response = app.test_client().post(
        "/api/v1/questions", data='{"title": "' + "x" * 2000 + '"}',
        content_type="application/json", headers=bearer(token_for(sam)))
    assert response.status_code == 413
    assert response.json["error"]["code"] == 413 and response.json["error"]["message"]
