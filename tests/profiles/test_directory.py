"""The people directory and profile pages: filters, pagination, bad filters, query counts."""

import pytest

from tests.conftest import count_queries, log_in


def listed(client, query: str = "") -> str:
    """The people list of the directory page, without the header's own account menu."""
    page = client.get(f"/people/{query}").get_data(as_text=True)
    start = page.find('<ul class="people-list">')
    return page[start:page.find("</ul>", start)] if start >= 0 else page[page.find("<main"):]


def test_directory_lists_and_filters_people(client, make_user, login, org):
    me = make_user(name="Viewer Person", team_id=org["deal-desk"], region_id=org["east"])
    make_user(name="Priya Raman", title="Deal Desk Analyst", department="operations",
              team_id=org["deal-desk"], region_id=org["east"])
    make_user(name="Marcus Lee", title="Account Executive", altitude="individual-contributor",
              team_id=org["mid-market"], region_id=org["west"])
    make_user(name="Gone Person", active=False)
    login(me)
    page = listed(client)
    assert "Priya Raman" in page and "Marcus Lee" in page and "Gone Person" not in page
    assert "3 people" in client.get("/people/").get_data(as_text=True)

    page = listed(client, "?team=mid-market")
    assert "Marcus Lee" in page and "Priya Raman" not in page
    page = listed(client, "?region=east&department=operations")
    assert "Priya Raman" in page and "Marcus Lee" not in page and "Viewer Person" not in page
    page = listed(client, "?name=marc")
    assert "Marcus Lee" in page and "Priya Raman" not in page
    page = listed(client, "?name=%25")  # a literal %, not a wildcard
    assert "Nobody matches" in page


@pytest.mark.parametrize("query", ["team=nope", "region=mars", "department=legal",
                                   "altitude=emperor", "name=" + "x" * 81])
def test_bad_filters_get_a_clear_400(client, make_user, login, org, query):
    login(make_user())
    response = client.get(f"/people/?{query}")
    assert response.status_code == 400
    assert "filters are not valid" in response.get_data(as_text=True)


def test_directory_paginates(make_app, make_user):
    app = make_app(PAGE_SIZE=5)
    client = app.test_client()
    me = make_user(name="A Viewer")
    for n in range(11):
        make_user(name=f"Rep {n:02d}")
    log_in(client, me.email)
    assert "Page 1 of 3" in client.get("/people/").get_data(as_text=True)
    first = listed(client)
    assert "Rep 03" in first and "Rep 04" not in first
    assert "Rep 10" in listed(client, "?page=3")
    assert client.get("/people/?page=9").status_code == 404
    assert client.get("/people/?page=abc").status_code == 422


def test_directory_query_count_does_not_grow_with_people(app, client, make_user, login, org):
    me = make_user(team_id=org["deal-desk"], region_id=org["east"])
    login(me)
    with count_queries(app) as few:
        assert client.get("/people/").status_code == 200
    for n in range(25):
        team = "deal-desk" if n % 2 else "mid-market"
        make_user(team_id=org[team], region_id=org["east" if n % 2 else "west"])
    with count_queries(app) as many:
        assert client.get("/people/").status_code == 200
    assert len(many) == len(few) <= 8  # one asks which people listed are recognised experts


def test_profile_page(client, make_user, login, org):
    person = make_user(name="Priya Raman", title="Deal Desk Analyst", bio="Ask me about discounts.",
                       team_id=org["deal-desk"], region_id=org["east"])
    login(make_user())
    page = client.get(f"/people/{person.id}").get_data(as_text=True)
    for text in ("Priya Raman", "Deal Desk Analyst", "Ask me about discounts.", "Deal Desk",
                 "East", "Individual contributor", "PR"):
        assert text in page
    assert client.get("/people/999999").status_code == 404


def test_profile_of_an_inactive_person_is_not_found(client, make_user, login):
    gone = make_user(active=False)
    login(make_user())
    assert client.get(f"/people/{gone.id}").status_code == 404
