"""The points pages: "How points work" is generated from the rules table; the leaderboards
(week, month, all time; per tag; teams and regions) and the points history, with the number of
queries independent of how many people and ledger rows there are; bad choices get a 422."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.auth.models import User, utcnow
from app.extensions import db
from app.points import ledger, rules, services
from app.profiles.models import Region, Team
from app.qa.models import Tag
from tests.conftest import count_queries


def test_how_points_work_lists_every_rule_of_the_table(client, make_user, login):
    login(make_user())
    page = client.get("/points/how").get_data(as_text=True)
    for rule in rules.RULES:
        assert f'data-rule="{rule.name}"' in page
        assert html.escape(rule.when) in page
        assert f"{rule.points:+d}" in page
    for cap in rules.CAPS.values():
        assert f"at most {cap.points} a day" in page


@pytest.fixture
def org(app, make_user, vocab):
    """Two regions, three teams, people with ledger rows this week, earlier this month and
    long ago, written through the ledger (as the handlers do)."""
    with app.app_context():
        north, south = Region(name="North", slug="north"), Region(name="South", slug="south")
        teams = [Team(name="Alpha", slug="alpha", region=north),
                 Team(name="Beta", slug="beta", region=north),
                 Team(name="Gamma", slug="gamma", region=south)]
        db.session.add_all([north, south, *teams])
        db.session.commit()
        team_ids = [team.id for team in teams]
    people = [make_user(f"Rep {n}", team_id=team_ids[n % 3]) for n in range(6)]
    with app.app_context():
        db.session.execute(db.update(User).where(User.id.in_([p.id for p in people]))
                           .values(region_id=db.select(Team.region_id).where(
                               Team.id == User.team_id).scalar_subquery()))
        pricing = db.session.scalar(select(Tag).where(Tag.name == "pricing"))
        now = utcnow()
        moments = {"today": now, "old": now - timedelta(days=400)}
        for n, person in enumerate(people):
            for m, (when, at) in enumerate(moments.items()):
                ledger.award(rules.ANSWER_ACCEPTED, person.id, ("post", 1000 + n * 10 + m),
                             people[0].id, [pricing.id] if n % 2 == 0 else [],
                             f"test:{n}:{when}", at)
        # Rep 5 earns most this week; Rep 0 most of all time (an old award of 300).
        ledger.award(rules.ANSWER_ACCEPTED, people[5].id, ("post", 1), people[0].id, [],
                     "test:extra", now)
        for k in range(20):
            ledger.award(rules.ANSWER_ACCEPTED, people[0].id, ("post", 2000 + k),
                         people[1].id, [], f"test:old:{k}", now - timedelta(days=500))
        db.session.commit()
    return people


def _names(page: str, people) -> list[tuple[int, str]]:
    """The people in the leaderboard's table, in their order there."""
    table = page[page.index('<table class="leaderboard">'):]
    return sorted((table.index(f">{p.name}<"), p.name) for p in people
                  if f">{p.name}<" in table)


def test_leaderboards_rank_by_the_period(client, login, org):
    login(org[1])
    week = client.get("/points/?period=week").get_data(as_text=True)
    assert _names(week, org)[0][1] == "Rep 5"
    everything = client.get("/points/?period=all").get_data(as_text=True)
    assert _names(everything, org)[0][1] == "Rep 0"
    tagged = client.get("/points/?period=all&tag=pricing").get_data(as_text=True)
    assert {name for _, name in _names(tagged, org)} == {"Rep 0", "Rep 2", "Rep 4"}
    teams = client.get("/points/?period=week&by=teams").get_data(as_text=True)
    assert teams.index("Gamma") < teams.index("Alpha")  # Rep 5 is in Gamma
    regions = client.get("/points/?period=all&by=regions").get_data(as_text=True)
    assert "North" in regions and "South" in regions


def test_the_history_and_the_profile_chart_points_per_week(client, login, org):
    """Rep 0 earned 15 today (plus 300 long ago); Rep 5 earned 30 today."""
    login(org[1])
    for path, person, expected in ((f"/points/people/{org[0].id}", org[0], 15),
                                   (f"/people/{org[5].id}", org[5], 30)):
        page = client.get(path).get_data(as_text=True)
        chart = page[page.index('data-chart="points-chart"'):page.index("</figure>")]
        bars = re.findall(r'data-key="([0-9-]+)"\s+data-value="(-?[0-9.]+)"', chart)
        assert len(bars) == services.CHART_WEEKS and 'data-bars="26"' in chart
        assert bars[-1][1] == str(expected)  # this week
        assert {points for _, points in bars[:-1]} == {"0"}  # the 300 are older than 26 weeks
        assert f"{expected} in all" in chart, person.name


def test_team_totals_sizes_and_top_sharers(app, org):
    with app.app_context():
        board = services.group_board("teams", "week", None, utcnow())
    assert [(row.name, row.earned, row.people, [(p.name, e) for p, e in row.top])
            for row in board] == [
        ("Gamma", 45, 2, [("Rep 5", 30), ("Rep 2", 15)]),  # Rep 5's extra award this week
        ("Alpha", 30, 2, [("Rep 0", 15), ("Rep 3", 15)]),
        ("Beta", 30, 2, [("Rep 1", 15), ("Rep 4", 15)]),
    ]


@pytest.mark.parametrize("query", ["period=year", "by=planets", "tag=no-such-tag"])
def test_a_bad_choice_gets_a_clear_error(client, login, org, query):
    login(org[1])
    response = client.get(f"/points/?{query}")
    assert response.status_code == 422
    said = response.get_data(as_text=True)
    assert "Choose one of" in said or "There is no such tag" in said


def test_the_history_and_the_profile_show_the_ledger(client, login, org):
    login(org[1])
    page = client.get(f"/points/people/{org[0].id}").get_data(as_text=True)
    assert rules.ANSWER_ACCEPTED.when in page and "+15" in page
    profile = client.get(f"/people/{org[0].id}").get_data(as_text=True)
    assert f'data-points-user="{org[0].id}">330<' in profile  # 2 awards + 20 old ones, 15 each
    assert "pricing" in profile  # the top tags
    assert client.get("/points/people/999999").status_code == 404


def test_pages_take_as_many_queries_with_many_people_and_rows(app, client, login, org,
                                                              make_user):
    login(org[1])
    paths = ["/points/?period=week", "/points/?period=month", "/points/?period=all",
             "/points/?period=all&tag=pricing", "/points/?by=teams", "/points/?by=regions",
             f"/points/people/{org[0].id}", f"/people/{org[0].id}"]

    def counts():
        found = {}
        for path in paths:
            with count_queries(app) as statements:
                assert client.get(path).status_code == 200, path
            found[path] = len(statements)
        return found

    before = counts()
    more = [make_user(f"Later {n}", team_id=org[n % 3].team_id) for n in range(12)]
    with app.app_context():
        pricing = db.session.scalar(select(Tag).where(Tag.name == "pricing"))
        for n, person in enumerate(more):
            for k in range(5):
                ledger.award(rules.ANSWER_UPVOTED, person.id, ("post", 5000 + n * 10 + k),
                             org[0].id, [pricing.id], f"more:{n}:{k}")
            ledger.award(rules.ANSWER_UPVOTED, org[0].id, ("post", 9000 + n), person.id,
                         [pricing.id], f"more-for-0:{n}")
        db.session.commit()
    assert counts() == before
