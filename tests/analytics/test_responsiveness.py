"""Responsiveness on hand-made data with known answers: the median and 90th percentile of the
time to a first answer and to an accepted answer, the answer rate, the trend against the period
before, by tag, team and region and by week; what is left out (the asker's own answers, deleted
answers, imported, duplicate and deleted questions); empty periods; the statements each costs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from flask import url_for

from app.analytics import responsiveness
from app.analytics.responsiveness import by_region, by_tag, by_team, hours, trend, weekly
from app.extensions import db
from app.qa import services as qa
from app.qa.models import Answer
from tests.analytics.world import HOUR, NOW, START, World
from tests.conftest import count_queries

DAY = timedelta(days=1)
H = timedelta(hours=1)


@pytest.fixture
def world(app, make_user, org, vocab) -> World:
    return World(app, make_user, org, vocab)


def approx(value):
    return None if value is None else pytest.approx(value, abs=0.01)


@pytest.fixture
def asked(world):
    """This period (the 30 days to NOW): five questions, four answered by someone else.

        question  asker  tags                  first answer  accepted  week
        q1        Ann    pricing               2 h           8 h       0
        q2        Ann    pricing negotiation   4 h           -         0
        q3        Ann    discovery             -             -         0
        q4        Ann    pricing               1 h           1.5 h     1
        q5        Cat    pricing               6 h           7 h       2

    The period before: two of Ann's pricing questions, answered in 3 h and 5 h (the second
    accepted in 9 h). Left out: an imported, a duplicate and a deleted question, and one asked
    before the period before."""
    ann, bob, cat = world.ann, world.bob, world.cat
    q1 = world.ask(ann, START + DAY, "pricing")
    world.answer(ann, q1, START + DAY + 10 * timedelta(minutes=1))  # the asker's own: ignored
    bob_s = world.answer(bob, q1, START + DAY + 2 * H)
    cat_s = world.answer(cat, q1, START + DAY + 3 * H)
    world.accept(ann, cat_s, START + DAY + 5 * H)
    world.unaccept(ann, q1)
    world.accept(ann, cat_s, START + DAY + 6 * H)
    world.accept(ann, bob_s, START + DAY + 8 * H)  # another instead: the latest counts

    q2 = world.ask(ann, START + 2 * DAY, "pricing negotiation")
    deleted = world.answer(cat, q2, START + 2 * DAY + timedelta(minutes=30))
    world.delete(cat, deleted, START + 2 * DAY + 5 * H)
    accepted_then_not = world.answer(bob, q2, START + 2 * DAY + 4 * H)
    world.accept(ann, accepted_then_not, START + 3 * DAY)
    world.unaccept(ann, q2)

    q3 = world.ask(ann, START + 3 * DAY, "discovery")
    world.answer(ann, q3, START + 3 * DAY + H)  # her own: still unanswered

    q4 = world.ask(ann, START + 10 * DAY, "pricing")
    world.accept(ann, world.answer(bob, q4, START + 10 * DAY + H), START + 10 * DAY + 1.5 * H)

    q5 = world.ask(cat, START + 20 * DAY, "pricing")
    world.accept(cat, world.answer(bob, q5, START + 20 * DAY + 6 * H), START + 20 * DAY + 7 * H)

    # The period before.
    q0 = world.ask(ann, START - 10 * DAY, "pricing")
    world.answer(bob, q0, START - 10 * DAY + 3 * H)
    q00 = world.ask(ann, START - 15 * DAY, "pricing")
    world.accept(ann, world.answer(bob, q00, START - 15 * DAY + 5 * H),
                 START - 15 * DAY + 9 * H)

    # Left out.
    long_ago = world.ask(ann, START - 31 * DAY, "pricing")
    world.answer(bob, long_ago, START - 31 * DAY + 100 * H)
    imported = world.ask(ann, START + 4 * DAY, "pricing", imported=True)
    world.answer(bob, imported, START + 4 * DAY + timedelta(minutes=1))
    duplicate = world.ask(ann, START + 5 * DAY, "pricing")
    world.answer(bob, duplicate, START + 5 * DAY + timedelta(minutes=1))
    world.close(ann, duplicate, q1)
    deleted_question = world.ask(ann, START + 6 * DAY, "pricing")
    world.answer(bob, deleted_question, START + 6 * DAY + timedelta(minutes=1))
    world.delete(ann, deleted_question, START + 7 * DAY)
    world.ask(ann, NOW, "pricing")  # the period's end is not in it
    return {"q1": q1, "q2": q2, "q3": q3, "q4": q4, "q5": q5}


def _figures(world, by: str, **scope) -> dict:
    with world.app.test_request_context():
        return responsiveness.breakdown(world.scope(**scope), by)


def _check(figures: dict, n, first_n, first_median, first_p90, accepted_n=None,
           accepted_median=None, accepted_p90=None) -> None:
    assert (figures["n"], figures["first_n"]) == (n, first_n)
    assert (figures["first_median"], figures["first_p90"]) == \
        (approx(first_median), approx(first_p90))
    if accepted_n is not None:
        assert figures["accepted_n"] == accepted_n
        assert (figures["accepted_median"], figures["accepted_p90"]) == \
            (approx(accepted_median), approx(accepted_p90))


def test_the_time_to_a_first_answer_and_to_an_accepted_one(world, asked):
    everyone = _figures(world, "everyone")
    assert set(everyone) == {"Everyone"}
    now, before = everyone["Everyone"][1], everyone["Everyone"][0]
    # First answers 2, 4, 1, 6 h (the asker's own and the deleted one aside): the 2nd and 4th.
    # Accepted 8, 1.5, 7 h (q1's last acceptance; q2's was taken back): the 2nd and 3rd.
    _check(now, 5, 4, 2 * HOUR, 6 * HOUR, 3, 7 * HOUR, 8 * HOUR)
    _check(before, 2, 2, 3 * HOUR, 5 * HOUR, 1, 9 * HOUR, 9 * HOUR)


def test_the_overview_s_figures_and_the_trend(world, asked):
    with world.app.test_request_context():
        figures, chart = responsiveness.overview(world.scope())
    assert [(f.label, f.value, f.detail) for f in figures] == [
        ("Questions asked", "5", "2 the period before"),
        ("Answered", "80%", "100% before"),
        ("Median time to a first answer", "2.0 h", "1.0 h faster than before"),
        ("Median time to an accepted answer", "7.0 h", "2.0 h faster than before"),
    ]
    assert chart.kind == "columns"


def test_the_weekly_chart_is_the_median_of_each_week_s_questions(world, asked):
    chart = world.build(weekly)
    assert [b.label for b in chart.bars] == ["31 May", "07 Jun", "14 Jun", "21 Jun", "28 Jun"]
    assert [b.value for b in chart.bars] == [approx(2.0), approx(1.0), approx(6.0), 0, 0]
    # Week 0: 2 h and 4 h answered, q3 not: the 1st of 2.
    assert [b.text for b in chart.bars] == ["2.0 h", "1.0 h", "6.0 h", "no answers",
                                            "no answers"]
    assert len(world.build(weekly, days=7).bars) == 1
    assert len(world.build(weekly, days=90).bars) == 13


def test_by_tag_a_question_counts_in_each_of_its_tags(world, asked):
    table = world.build(by_tag, 25)
    assert [r["tag"] for r in table.rows] == ["pricing", "discovery", "negotiation"]
    pricing, discovery, negotiation = table.rows
    assert (pricing["questions"], pricing["answered"]) == (4, 1.0)
    assert (pricing["first_median"], pricing["first_p90"]) == (approx(2 * HOUR), approx(6 * HOUR))
    assert (pricing["accepted_median"], pricing["accepted_p90"]) == \
        (approx(7 * HOUR), approx(8 * HOUR))
    assert pricing["trend"] == approx(-HOUR)  # 2 h now, 3 h before
    assert (negotiation["questions"], negotiation["answered"], negotiation["first_median"],
            negotiation["first_p90"], negotiation["accepted_median"], negotiation["trend"]) == \
        (1, 1.0, approx(4 * HOUR), approx(4 * HOUR), None, None)
    assert (discovery["questions"], discovery["answered"], discovery["first_median"],
            discovery["trend"]) == (1, 0.0, None, None)
    with world.app.test_request_context():
        assert pricing["tag_url"] == url_for("qa.tag", name="pricing")
    assert not table.more
    cut = world.build(by_tag, 2)
    assert [r["tag"] for r in cut.rows] == ["pricing", "discovery"] and cut.more


def test_by_the_asker_s_team_and_region(world, asked):
    for maker, key, mine, theirs in ((by_team, "team", "Deal Desk", "Mid-Market"),
                                     (by_region, "region", "East", "West")):
        rows = {r[key]: r for r in world.build(maker, 25).rows}
        assert list(rows) == [mine, theirs]
        ann_s, cat_s = rows[mine], rows[theirs]
        # Ann's: first answers 2, 4, 1 h of 4 questions; accepted 8 and 1.5 h.
        assert (ann_s["questions"], ann_s["answered"]) == (4, 0.75)
        assert (ann_s["first_median"], ann_s["first_p90"]) == (approx(2 * HOUR),
                                                               approx(4 * HOUR))
        assert (ann_s["accepted_median"], ann_s["accepted_p90"]) == (approx(1.5 * HOUR),
                                                                     approx(8 * HOUR))
        assert ann_s["trend"] == approx(-HOUR)
        assert (cat_s["questions"], cat_s["answered"], cat_s["first_median"],
                cat_s["accepted_median"], cat_s["trend"]) == \
            (1, 1.0, approx(6 * HOUR), approx(7 * HOUR), None)


def test_people_without_a_team_or_region(world, asked):
    q = world.ask(world.dan, START + 12 * DAY, "discovery")
    world.answer(world.bob, q, START + 12 * DAY + 30 * timedelta(minutes=1))
    teams = {r["team"]: r for r in world.build(by_team, 25).rows}
    assert list(teams) == ["Deal Desk", "Mid-Market", "No team"]
    assert (teams["No team"]["questions"], teams["No team"]["first_median"]) == \
        (1, approx(1800))
    assert [r["region"] for r in world.build(by_region, 25).rows] == ["East", "No region", "West"]


def test_a_team_a_region_or_a_category_narrows_every_figure(world, asked):
    mid_market = world.build(by_tag, 25, team="mid-market")
    assert [(r["tag"], r["questions"], r["first_median"]) for r in mid_market.rows] == \
        [("pricing", 1, approx(6 * HOUR))]
    assert [r["team"] for r in world.build(by_team, 25, team="deal-desk").rows] == \
        ["Deal Desk"]
    assert [r["region"] for r in world.build(by_region, 25, region="west").rows] == ["West"]
    east = _figures(world, "everyone", region="east")["Everyone"][1]
    _check(east, 4, 3, 2 * HOUR, 4 * HOUR, 2, 1.5 * HOUR, 8 * HOUR)
    negotiation = _figures(world, "team", category="topic")  # every question is in Topic
    assert negotiation["Deal Desk"][1]["n"] == 4
    # The questions with a tag of the category, under the category's own tags only.
    assert world.build(by_tag, 25, category="competitor").rows == []
    world.ask(world.ann, START + 25 * DAY, "negotiation brightline-crm")
    competitor = world.build(by_tag, 25, category="competitor")
    assert [(r["tag"], r["questions"]) for r in competitor.rows] == [("brightline-crm", 1)]


def test_a_deleted_accepted_answer_or_an_imported_acceptance_is_no_acceptance(world):
    ann, bob = world.ann, world.bob
    deleted = world.ask(ann, START + DAY, "pricing")
    answer = world.answer(bob, deleted, START + DAY + H)
    world.accept(ann, answer, START + DAY + 2 * H)
    world.delete(bob, answer, START + DAY + 3 * H)  # no answer, no acceptance left
    imported = world.ask(ann, START + 2 * DAY, "pricing")
    answer = world.answer(bob, imported, START + 2 * DAY + H)
    with world.app.app_context():  # an imported file says it was accepted: not when
        qa.accept_as_imported(db.session.get(Answer, answer))
        db.session.commit()
    now = _figures(world, "everyone")["Everyone"][1]
    assert (now["n"], now["first_n"], now["accepted_n"], now["accepted_median"]) == \
        (2, 1, 0, None)


def test_an_empty_period(world, asked):
    end = START - 90 * DAY
    with world.app.test_request_context():
        figures, chart = responsiveness.overview(world.scope(end=end))
    assert [(f.value, f.detail) for f in figures] == [
        ("0", "0 the period before"), ("-", "no earlier figure"), ("-", "no earlier figure"),
        ("-", "no earlier figure")]
    assert [b.text for b in chart.bars] == ["no answers"] * 5 and chart.empty
    for maker in responsiveness.SECTION.tables:
        table = world.build(maker, 25, end=end)
        assert (table.rows, table.more) == ([], False), maker.__name__


def test_a_period_with_questions_and_none_before(world, asked):
    """The first period with questions: no trend."""
    with world.app.test_request_context():
        figures, _ = responsiveness.overview(world.scope(end=START - 10 * DAY, days=7))
    # Only q00 (START - 15 days, 5 h; q0 is asked at the end, not in it): the period before
    # (START - 24 .. - 17 days) has none.
    assert [(f.value, f.detail) for f in figures] == [
        ("1", "0 the period before"), ("100%", "no earlier figure"),
        ("5.0 h", "no earlier figure"), ("9.0 h", "no earlier figure")]


@pytest.mark.parametrize("seconds, text", [
    (None, "-"), (20, "1 min"), (59 * 60, "59 min"), (3600, "1.0 h"), (47.9 * 3600, "47.9 h"),
    (48 * 3600, "2.0 days"), (3.25 * 86400, "3.2 days"),
])
def test_durations_read_in_minutes_hours_or_days(seconds, text):
    assert hours(seconds) == text


def test_the_trend_reads_faster_slower_or_as_before():
    assert trend(2 * HOUR, 3 * HOUR) == "1.0 h faster than before"
    assert trend(3 * HOUR, 2 * HOUR) == "1.0 h slower than before"
    assert trend(HOUR + 30, HOUR) == "as before"
    assert trend(HOUR, None) == trend(None, HOUR) == "no earlier figure"


# ---------------------------------------------------------------- statements


def _statements(world, maker, *args) -> int:
    with world.app.test_request_context():
        scope = world.scope()
        with count_queries(world.app) as statements:
            maker(scope, *args)
    return len(statements)


def _ask_and_answer(world, people, tags, first=0):
    for n, person in enumerate(people, start=first):
        at = START + n * timedelta(hours=50)
        question = world.ask(person, at, tags[n % len(tags)])
        world.accept(person, world.answer(world.bob if person.id != world.bob.id else world.ann,
                                          question, at + (n + 1) * H), at + (n + 2) * H)
        earlier = world.ask(person, at - 30 * DAY, tags[n % len(tags)])
        world.answer(world.cat, earlier, at - 30 * DAY + H)


def test_the_statements_do_not_grow_with_the_rows(world, make_user, org):
    tags = ["pricing", "discovery", "negotiation", "signal-forecast", "signal-coach",
            "brightline-crm", "objection-handling"]
    makers = [(responsiveness.overview,), *((m, 25) for m in responsiveness.SECTION.tables)]
    _ask_and_answer(world, [world.ann, world.dan], tags)
    few = {m[0].__name__: _statements(world, *m) for m in makers}
    many = [make_user(f"Asker {n}", team_id=org["mid-market"] if n % 2 else None)
            for n in range(10)]
    _ask_and_answer(world, many, tags, first=2)
    assert len(world.build(by_tag, 25).rows) == 7
    more = {m[0].__name__: _statements(world, *m) for m in makers}
    assert few == more == {"overview": 2, "by_tag": 1, "by_team": 1, "by_region": 1}
