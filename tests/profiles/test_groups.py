"""Team and region pages: members, recent contributions, standing from the team leaderboard,
the index, links from profiles and the directory, 404s and a constant number of queries."""

from __future__ import annotations

from datetime import timedelta

from app.auth.models import User, utcnow
from app.extensions import db
from app.points import ledger, rules
from app.profiles import groups
from app.qa import services as qa
from app.wiki import services as wiki
from tests.conftest import count_queries


def contribute(app, author, title: str, at):
    """A question by `author`, an answer to it by the same, and a wiki page."""
    with app.app_context():
        person = db.session.get(User, author.id)
        question = qa.ask_question(person, title, "What do you say when the buyer asks this?",
                                   "pricing", at=at)
        qa.post_answer(person, question, "We anchor on value first, then on price.", at=at)
        wiki.create_page(person, f"Playbook by {person.name}", "How we run pricing calls.",
                         at=at)
        db.session.commit()


def test_team_page_shows_members_contributions_and_standing(client, make_user, login, org,
                                                            vocab):
    now = utcnow()
    priya = make_user("Priya Raman", team_id=org["deal-desk"], region_id=org["east"])
    marcus = make_user("Marcus Lee", team_id=org["mid-market"], region_id=org["west"])
    make_user("Gone Member", team_id=org["deal-desk"], active=False)
    contribute(client.application, priya, "How do we price multi-year deals?", now)
    contribute(client.application, marcus, "Who approves a 30% discount here?", now)
    with client.application.app_context():
        ledger.award(rules.ANSWER_ACCEPTED, priya.id, ("post", 9001), None, [], "t:p", now)
        for n in range(2):
            ledger.award(rules.ANSWER_ACCEPTED, marcus.id, ("post", 9100 + n), None, [],
                         f"t:m{n}", now)
        db.session.commit()
    login(priya)
    page = client.get("/people/teams/deal-desk").get_data(as_text=True)
    assert "<h1>Deal Desk</h1>" in page and "/people/regions/east" in page
    assert "Priya Raman" in page and "Gone Member" not in page and "Marcus Lee" not in page
    assert "How do we price multi-year deals?" in page and "Playbook by Priya Raman" in page
    assert "answered" in page and "asked" in page and "edited" in page
    assert "Who approves" not in page
    # Mid-Market earned 30 points this week, Deal Desk 15.
    assert "<strong>#2</strong> of 2 with 15 points" in page
    west = client.get("/people/regions/west").get_data(as_text=True)
    assert "Marcus Lee" in west and "<strong>#1</strong> of 2 with 30 points" in west
    assert "Who approves a 30% discount here?" in west


def test_unknown_slugs_are_404(client, make_user, login, org):
    login(make_user())
    assert client.get("/people/teams/nope").status_code == 404
    assert client.get("/people/regions/nope").status_code == 404


def test_index_lists_teams_and_regions_and_profiles_link_to_them(client, make_user, login, org):
    me = make_user("Priya Raman", team_id=org["deal-desk"], region_id=org["east"])
    make_user("Marcus Lee", team_id=org["deal-desk"], region_id=org["east"])
    login(me)
    index = client.get("/people/teams").get_data(as_text=True)
    for slug in ("teams/deal-desk", "teams/mid-market", "regions/east", "regions/west"):
        assert f"/people/{slug}" in index
    assert "2 people" in index and "0 people" in index
    profile = client.get(f"/people/{me.id}").get_data(as_text=True)
    assert 'href="/people/teams/deal-desk"' in profile
    assert 'href="/people/regions/east"' in profile
    assert 'href="/people/teams/deal-desk"' in client.get("/people/").get_data(as_text=True)


def test_members_are_capped_with_a_link_to_the_directory(client, make_user, login, org):
    people = [make_user(f"Rep {n:02d}", team_id=org["mid-market"])
              for n in range(groups.MEMBERS_SHOWN + 1)]
    login(people[0])
    page = client.get("/people/teams/mid-market").get_data(as_text=True)
    assert f"People ({groups.MEMBERS_SHOWN + 1})" in page
    assert "Rep 00" in page and f"Rep {groups.MEMBERS_SHOWN:02d}" not in page
    assert "/people/?team=mid-market" in page


def test_group_pages_take_the_same_queries_for_2_or_20_members(client, make_user, login, org,
                                                               vocab):
    def counted(path: str) -> int:
        client.get(path)  # warm
        with count_queries(client.application) as statements:
            assert client.get(path).status_code == 200
        return len(statements)

    now = utcnow()
    first = make_user("Rep 00", team_id=org["deal-desk"], region_id=org["east"])
    contribute(client.application, first, "How do we price multi-year deals?", now)
    make_user("Rep 01", team_id=org["deal-desk"], region_id=org["east"])
    login(first)
    few = [counted("/people/teams/deal-desk"), counted("/people/regions/east"),
           counted("/people/teams")]
    for n in range(2, 20):
        person = make_user(f"Rep {n:02d}", team_id=org["deal-desk"], region_id=org["east"])
        contribute(client.application, person, f"Question number {n} about pricing?",
                   now - timedelta(hours=n))
    many = [counted("/people/teams/deal-desk"), counted("/people/regions/east"),
            counted("/people/teams")]
    assert few == many
