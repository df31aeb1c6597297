"""The base layout: navigation follows the features that exist; flash messages; user menu."""

import re

from tests.conftest import csrf_token, log_in


def nav_sections(html: str) -> list[str]:
    block = html.split('<ul class="sections">', 1)[1].split("</ul>", 1)[0]
    return re.findall(r"<a [^>]*>\s*([^<]+?)\s*<", block)  # each link's text, not its badge


def test_navigation_shows_the_sections_that_exist(app, make_user):
    make_user(email="sam@example.com")
    client = app.test_client()
    log_in(client, "sam@example.com")
    assert nav_sections(client.get("/").get_data(as_text=True)) == [
        "Questions", "Tags", "Wiki", "Chat", "People", "Leaderboard"]


def test_user_menu_and_flash_messages(client, make_user, login):
    user = make_user(name="Sam Ortiz", email="sam@example.com")
    login(user)
    html = client.get("/").get_data(as_text=True)
    assert "Account menu for Sam Ortiz" in html
    assert f'href="/people/{user.id}"' in html and 'action="/auth/logout"' in html
    response = client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")},
                           follow_redirects=True)
    assert 'class="flash flash-info" role="status">You are logged out.' in response.get_data(
        as_text=True)


def test_anonymous_pages_offer_login_and_join(client):
    html = client.get("/auth/login").get_data(as_text=True)
    assert 'href="/auth/register"' in html and '<ul class="sections">' not in html


def test_home_lists_active_teammates(client, make_user, login, org):
    me = make_user(name="Sam Ortiz", team_id=org["deal-desk"])
    make_user(name="Priya Raman", team_id=org["deal-desk"])
    make_user(name="Gone Person", team_id=org["deal-desk"], active=False)
    make_user(name="Other Team", team_id=org["mid-market"])
    login(me)
    page = client.get("/").get_data(as_text=True)
    assert "Your team" in page and "Priya Raman" in page
    assert "Gone Person" not in page and "Other Team" not in page


def test_relative_times_read_naturally_both_ways():
    from datetime import timedelta

    from app.auth.models import utcnow
    from app.templating import ago

    now = utcnow()
    assert ago(now - timedelta(days=3), now) == "3 days ago"
    assert ago(now + timedelta(days=65), now) == "in 2 months"
    assert ago(now + timedelta(seconds=20), now) == "just now"
    assert ago(None) == ""
