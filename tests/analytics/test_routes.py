"""The dashboard's pages and downloads: who may see them, the scope the filters choose, the
CSVs, the reminder to a stale page's owner, and the drafts its actions open."""

import csv
import io
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest

from app.analytics import services
from app.auth.models import Role, utcnow
from app.extensions import db
from app.notifications.models import Kind, Notification
from app.search.models import SearchMiss
from app.search.services import query_key
from app.wiki import services as wiki
from app.wiki.models import WikiPage
from tests.conftest import count_queries, csrf_token, log_in, row_count, send

SECTIONS = ("gaps", "responsiveness", "contribution", "content", "onboarding")


@pytest.fixture
def people(make_user, org):
    return {
        "member": make_user("Member Mo", team_id=org["deal-desk"], region_id=org["east"]),
        "manager": make_user("Manager Mia", role=Role.MANAGER, team_id=org["deal-desk"],
                             region_id=org["east"]),
        "other": make_user("West Walt", team_id=org["mid-market"], region_id=org["west"]),
        "admin": make_user("Admin Ada", role=Role.ADMIN),
    }


def missed(app, person, words: str, days_ago: float = 1) -> None:
    with app.app_context():
        db.session.add(SearchMiss(query=words, query_key=query_key(words), user_id=person.id,
                                  created_at=utcnow() - timedelta(days=days_ago)))
        db.session.commit()


def test_members_are_refused_everywhere(client, login, people):
    login(people["member"])
    for path in ("/analytics", *(f"/analytics/{s}" for s in SECTIONS),
                 "/analytics/gaps/failed-searches.csv"):
        assert client.get(path).status_code == 403, path
    assert client.get("/").get_data(as_text=True).count("Enablement dashboard") == 0


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get("/analytics")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_a_manager_sees_their_own_team_by_default_and_can_widen_it(app, client, login, people):
    missed(app, people["member"], "ASC 606 revenue recognition")
    missed(app, people["other"], "Carbon reporting module")
    login(people["manager"])
    assert "Enablement dashboard" in client.get("/").get_data(as_text=True)  # the menu link

    mine = client.get("/analytics").get_data(as_text=True)
    assert "team Deal Desk" in mine
    assert "ASC 606 revenue recognition" in mine and "Carbon reporting module" not in mine
    for section in SECTIONS:  # each section reachable from the dashboard
        assert f'href="/analytics/{section}?period=30&amp;team=deal-desk"' in mine

    everyone = client.get("/analytics?team=all").get_data(as_text=True)
    assert "ASC 606 revenue recognition" in everyone and "Carbon reporting module" in everyone
    west = client.get("/analytics/gaps?region=west&team=all").get_data(as_text=True)
    assert "Carbon reporting module" in west and "ASC 606" not in west
    other_team = client.get("/analytics/gaps?team=mid-market").get_data(as_text=True)
    assert "Carbon reporting module" in other_team and "ASC 606" not in other_team


def test_an_admin_sees_everyone_by_default(app, client, login, people):
    missed(app, people["other"], "Carbon reporting module")
    login(people["admin"])
    page = client.get("/analytics").get_data(as_text=True)
    assert "everyone" in page and "Carbon reporting module" in page


@pytest.mark.parametrize("query, field", [
    ("period=14", "period"), ("period=week", "period"), ("team=nobody", "team"),
    ("team=all&region=atlantis", "region"), ("category=nothing", "category"),
])
def test_a_filter_that_is_not_one_of_the_choices_is_a_clear_error(client, login, people, query,
                                                                   field):
    login(people["manager"])
    for path in ("/analytics", "/analytics/gaps", "/analytics/gaps/failed-searches.csv"):
        response = client.get(f"{path}?{query}")
        assert response.status_code in (400, 422), (path, query)
        text = response.get_data(as_text=True)
        assert field in text.lower() or "choice" in text.lower(), text


def test_an_unknown_section_or_table_is_not_found(client, login, people):
    login(people["manager"])
    assert client.get("/analytics/nothing").status_code == 404
    assert client.get("/analytics/nothing/failed-searches.csv").status_code == 404
    response = client.get("/analytics/gaps/nothing.csv")
    assert response.status_code in (400, 422) and "no table" in response.get_data(as_text=True)


def test_every_table_has_a_csv_with_a_header_and_the_page_s_filters(app, client, login,
                                                                     people):
    missed(app, people["member"], "=HYPERLINK(\"http://evil.example\")")
    missed(app, people["member"], "ASC 606 revenue recognition", days_ago=2)
    missed(app, people["member"], "asc 606  Revenue recognition?", days_ago=1)
    missed(app, people["other"], "Carbon reporting module")
    login(people["manager"])
    with app.test_request_context():
        from app.analytics.services import sections
        kinds = sections()
    for slug, kind in kinds.items():
        page = client.get(f"/analytics/{slug}?team=all").get_data(as_text=True)
        for name in kind.table_names():
            link = f'href="/analytics/{slug}/{name}.csv?period=30&amp;team=all"'
            assert link in page, (slug, name)
            response = client.get(f"/analytics/{slug}/{name}.csv?period=30&team=all")
            assert response.status_code == 200 and response.mimetype == "text/csv"
            assert "attachment" in response.headers["Content-Disposition"]
            rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
            assert rows and all(rows[0]), (slug, name)  # a header row, every column named

    rows = list(csv.reader(io.StringIO(client.get(
        "/analytics/gaps/failed-searches.csv?team=deal-desk").get_data(as_text=True))))
    searched = {row[0]: row for row in rows[1:]}
    # grouped by their words; the team's filter applies; a formula is text
    assert any(q.lower().startswith("asc 606") and row[1] == "2" for q, row in searched.items())
    assert not any("Carbon" in q for q in searched)
    assert "'=HYPERLINK(\"http://evil.example\")" in searched


def test_a_manager_reminds_a_stale_page_s_owner(app, client, login, people):
    with app.app_context():
        owner = db.session.get(type(people["member"]), people["member"].id)
        page = wiki.create_page(owner, "Pricing for public tenders", "How we price tenders.",
                                [], None, "", at=utcnow() - timedelta(days=200))
        db.session.commit()
        page_id = page.id
    login(people["manager"])
    assert "Remind the owner" in client.get("/analytics/content?team=all").get_data(
        as_text=True)
    # without the CSRF token: refused, nothing sent
    assert client.post(f"/analytics/remind/{page_id}").status_code == 400
    assert row_count(app, Notification) == 0

    response = send(client, f"/analytics/remind/{page_id}",
                    {"next": "/analytics/content?team=all"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/analytics/content?team=all")
    with app.app_context():
        told = db.session.scalars(db.select(Notification)).all()
        assert [(n.user_id, n.kind, n.subject_id) for n in told] == [
            (people["member"].id, Kind.REVIEW_DUE.value, page_id)]
        assert "Manager Mia asks you to review “Pricing for public tenders”" in told[0].text
    # a second reminder folds into the unread one
    send(client, f"/analytics/remind/{page_id}")
    assert row_count(app, Notification) == 1
    # an address elsewhere is not followed
    elsewhere = send(client, f"/analytics/remind/{page_id}", {"next": "https://evil.example/"})
    assert "evil.example" not in elsewhere.headers["Location"]
    assert send(client, "/analytics/remind/999999").status_code == 404

    with app.app_context():
        db.session.get(WikiPage, page_id).deleted_at = utcnow()
        db.session.commit()
    assert send(client, f"/analytics/remind/{page_id}").status_code == 404


def test_a_member_cannot_remind(app, client, login, people):
    with app.app_context():
        owner = db.session.get(type(people["other"]), people["other"].id)
        page = wiki.create_page(owner, "Old page", "Old words here.", [], None, "",
                                at=utcnow() - timedelta(days=200))
        db.session.commit()
        page_id = page.id
    login(people["member"])
    assert send(client, f"/analytics/remind/{page_id}").status_code == 403
    assert row_count(app, Notification) == 0


def test_a_gap_s_actions_open_prefilled_drafts(app, client, login, people, vocab):
    missed(app, people["member"], "objections about price")
    login(people["manager"])
    page = client.get("/analytics/gaps").get_data(as_text=True)
    start = page.index('data-table="failed-searches"')
    row = page[start:page.index("</tr>", page.index("<tbody>", start))]
    ask = next(part.split('"')[0] for part in row.split('href="')[1:]
               if part.startswith("/questions/ask"))
    draft = parse_qs(urlsplit(ask.replace("&amp;", "&")).query)
    assert draft["title"] == ["Objections about price"]
    assert draft["tags"] == ["objection-handling"]  # named by a synonym
    form = client.get(ask.replace("&amp;", "&")).get_data(as_text=True)
    assert 'value="Objections about price"' in form and 'value="objection-handling"' in form
    write = next(part.split('"')[0] for part in row.split('href="')[1:]
                 if part.startswith("/wiki/new"))
    assert 'value="Objections about price"' in client.get(
        write.replace("&amp;", "&")).get_data(as_text=True)


def test_the_dashboard_reads_a_constant_number_of_statements(app, client, login, people):
    login(people["manager"])

    def statements() -> int:
        with count_queries(app) as found:
            assert client.get("/analytics?team=all").status_code == 200
        return len(found)

    for n in range(2):  # an empty table skips reading its rows' details
        missed(app, people["member"], f"first gap {n}")
    before = statements()
    for n in range(12):
        missed(app, people["member"] if n % 2 else people["other"], f"gap number {n}")
    assert statements() == before


def test_with_a_cache_the_figures_are_computed_once_per_scope_and_period(app, client, login,
                                                                         people):
    """Each scope's figures are computed once in each ANALYTICS_CACHE_SECONDS (its period ends
    at the start of the current one, for everyone asking in it); another scope is computed on
    its own."""
    app.config["ANALYTICS_CACHE_SECONDS"] = 300
    missed(app, people["member"], "ASC 606 revenue recognition")
    # after the end of any period the cache can give (the start of the current five minutes)
    missed(app, people["other"], "Carbon reporting module", days_ago=-0.01)
    login(people["manager"])

    def read(path: str) -> tuple[int, str]:
        with count_queries(app) as found:
            page = client.get(path).get_data(as_text=True)
        return len(found), page

    def as_of() -> object:
        with app.app_context():
            return services.as_of(utcnow())

    for _ in range(2):  # again if the five minutes turned while it read (new keys, computed)
        period = as_of()
        cold, page = read("/analytics?team=all")
        warm, again = read("/analytics?team=all")
        mine_cold, mine = read("/analytics")
        if as_of() == period:
            break
    assert warm < cold - 15 and again.count("ASC 606") == page.count("ASC 606") > 0
    assert "computed again every 5 minutes" in page
    assert "Carbon reporting module" not in page
    # another scope, another computation, with its own figures
    assert mine_cold > warm + 15 and "Carbon reporting module" not in mine


def test_a_kept_section_carries_each_reader_s_own_form_token_and_address(app, people):
    """The sections are kept rendered for everyone: each page puts in its reader's CSRF token
    and its own address, so that "Remind the owner" works from a kept page too."""
    app.config["ANALYTICS_CACHE_SECONDS"] = 300
    with app.app_context():
        owner = db.session.get(type(people["member"]), people["member"].id)
        wiki.create_page(owner, "Pricing for public tenders", "How we price tenders.", [],
                         None, "", at=utcnow() - timedelta(days=200))
        db.session.commit()
    tokens = {}
    for who in ("manager", "admin"):
        reader = app.test_client()
        log_in(reader, people[who].email)
        for path in ("/analytics/content?team=all", "/analytics/content?team=all&period=30"):
            page = reader.get(path).get_data(as_text=True)
            remind = page[page.index('action="/analytics/remind/'):]
            remind = remind[:remind.index("</form>")]
            token = re.search(r'name="csrf_token" value="([^"]+)"', remind).group(1)
            assert token == csrf_token(reader, "/analytics")  # the reader's own
            assert f'name="next" value="{path.replace("&", "&amp;")}"' in remind
            tokens.setdefault(who, set()).add(token)
        response = reader.post(remind.split('action="')[1].split('"')[0],
                               data={"csrf_token": token, "next": path})
        assert response.status_code == 302
    assert not tokens["manager"] & tokens["admin"]
