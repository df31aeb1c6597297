"""Contribution figures on hand-made data with known answers: points and answers per person (an
acceptance moved from one answer to another, deleted posts), hidden gems, each team's share of
contributors, routed questions per expert; team, region and category scopes, empty periods, the
row limit, and a statement count that does not grow with the rows."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from app.analytics import contribution
from app.analytics.services import Scope
from app.auth.models import User, utcnow
from app.extensions import db, insert_if_new
from app.profiles import services as profiles
from app.profiles.models import QuestionRouting, Team
from app.qa import services as qa
from app.qa.models import Post, Question
from app.wiki import services as wiki
from tests.analytics.tables import build, cells, scope_of
from tests.conftest import count_queries


@pytest.fixture
def act(app, vocab):
    """Acts through the services and commits, as a route would; returns ids."""

    def run(action):
        with app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    def user(person):
        return db.session.get(User, person.id)

    def post(post_id):
        return db.session.get(Post, post_id)

    titles = iter(range(1, 10_000))
    return SimpleNamespace(
        ask=lambda author, at, tags="pricing": run(lambda: qa.ask_question(
            user(author), f"How do we handle the situation number {next(titles)}?",
            "The buyer pushed back hard on the call today. What works?", tags, at=at)),
        answer=lambda author, question_id, at: run(lambda: qa.post_answer(
            user(author), post(question_id), "Anchor on the value first, then the price.",
            at=at)),
        accept=lambda asker, answer_id, at: run(lambda: qa.accept_answer(
            user(asker), post(answer_id), at=at)),
        unaccept=lambda asker, question_id: run(lambda: qa.unaccept_answer(
            user(asker), post(question_id))),
        delete=lambda actor, post_id: run(lambda: qa.delete_post(user(actor), post(post_id))),
        follow=lambda follower, person: run(lambda: profiles.follow_person(
            user(follower), user(person))),
        page=lambda author, at, tags="": run(lambda: wiki.create_page(
            user(author), f"Best practice number {next(titles)}",
            "How the best reps run this step, and what to send afterwards.", tags, at=at)),
    )



def overview(app, scope: Scope):
    with app.test_request_context():
        return contribution.overview(scope)




@pytest.fixture
def story(app, act, make_user, org):
    """Deal Desk (East): Ann, Bob, Gus, and Ivy who left; Mid-Market (West): Cat and Fay;
    Dan has no team.

    40 days ago (before the period): Gus asks Q0, Cat's answer is accepted.
    In the period: Ann asks Q1 (pricing); Bob and Cat answer, Dan answers and is deleted;
    Ann accepts Bob's, takes it back, and accepts Cat's. Bob asks Q2 (signal-forecast), Ann's
    answer is accepted. Fay asks a question and deletes it; Gus writes a wiki page."""
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    desk, market = org["deal-desk"], org["mid-market"]
    east, west = org["east"], org["west"]
    ann, bob, gus = (make_user(n, team_id=desk, region_id=east) for n in ("Ann", "Bob", "Gus"))
    make_user("Ivy", team_id=desk, region_id=east, active=False)
    cat, fay = (make_user(n, team_id=market, region_id=west) for n in ("Cat", "Fay"))
    dan = make_user("Dan")
    q0 = act.ask(gus, ago(40))
    act.accept(gus, act.answer(cat, q0, ago(40)), ago(40))
    q1 = act.ask(ann, ago(10))
    bobs = act.answer(bob, q1, ago(9))
    cats = act.answer(cat, q1, ago(8))
    act.delete(dan, act.answer(dan, q1, ago(8)))
    act.accept(ann, bobs, ago(7))
    act.unaccept(ann, q1)
    act.accept(ann, cats, ago(6))
    q2 = act.ask(bob, ago(4), tags="signal-forecast")
    act.accept(bob, act.answer(ann, q2, ago(3)), ago(3))
    act.delete(fay, act.ask(fay, ago(2)))
    act.page(gus, ago(1))
    return SimpleNamespace(now=now, ann=ann, bob=bob, cat=cat, q1=q1)


def test_top_contributors_count_net_points_live_answers_and_the_acceptance_in_force(app,
                                                                                     story):
    table = build(app, contribution.top_contributors, scope_of(app))
    # Ann: +2 for accepting Bob's, -2 when taken back, +2 for Cat's, +15 for her own answer.
    # Bob: +15 and -15 for his answer, +2 for accepting Ann's. Cat: +15 (Q0's is older).
    assert cells(table, "person", "team", "points", "answers", "accepted") == [
        ("Ann", "Deal Desk", 17, 1, 1), ("Cat", "Mid-Market", 15, 1, 1),
        ("Bob", "Deal Desk", 2, 1, 0)]
    assert table.name == "top-contributors" and not table.more
    with app.test_request_context():
        assert table.rows[0]["person_url"] == f"/people/{story.ann.id}"
        assert table.rows[0]["team_url"] == "/people/teams/deal-desk"


def test_top_contributors_in_a_team_a_region_and_a_category(app, story):
    def rows(**scope):
        return cells(build(app, contribution.top_contributors, scope_of(app, **scope)),
                     "person", "points", "answers", "accepted")

    assert rows(team="deal-desk") == [("Ann", 17, 1, 1), ("Bob", 2, 1, 0)]
    assert rows(region="west") == [("Cat", 15, 1, 1)]
    assert rows(category="topic") == [("Cat", 15, 1, 1), ("Ann", 2, 0, 0), ("Bob", 0, 1, 0)]
    assert rows(category="product") == [("Ann", 15, 1, 1), ("Bob", 2, 0, 0)]
    assert rows(category="competitor") == []


def test_top_contributors_limit_and_more(app, story):
    two = build(app, contribution.top_contributors, scope_of(app), limit=2)
    assert cells(two, "person") == [("Ann",), ("Cat",)] and two.more
    three = build(app, contribution.top_contributors, scope_of(app), limit=3)
    assert len(three.rows) == 3 and not three.more


def test_team_participation_counts_active_members_and_live_posts_or_wiki_writing(app, story):
    table = build(app, contribution.team_participation, scope_of(app))
    # Deal Desk: Ann, Bob (posts) and Gus (a page) of three (Ivy left); Mid-Market: Cat, not
    # Fay (her question was deleted).
    assert cells(table, "team", "members", "contributed", "share") == [
        ("Deal Desk", 3, 3, 1.0), ("Mid-Market", 2, 1, 0.5)]
    west = build(app, contribution.team_participation, scope_of(app, region="west"))
    assert cells(west, "team", "share") == [("Mid-Market", 0.5)]
    desk = build(app, contribution.team_participation, scope_of(app, team="deal-desk"))
    assert cells(desk, "team") == [("Deal Desk",)]
    # In the product category only Q2 counts (Bob asked, Ann answered); Gus's page is untagged.
    product = build(app, contribution.team_participation, scope_of(app, category="product"))
    assert cells(product, "team", "contributed") == [("Deal Desk", 2), ("Mid-Market", 0)]
    one = build(app, contribution.team_participation, scope_of(app), limit=1)
    assert len(one.rows) == 1 and one.more


def test_overview_figures_and_chart(app, story):
    figures, chart = overview(app, scope_of(app))
    # Six active people (Ivy left): Ann, Bob, Gus and Cat contributed.
    assert [(f.label, f.value) for f in figures] == [
        ("People who contributed", "67%"), ("Points earned", "34"), ("Hidden gems", "0")]
    assert figures[0].detail.startswith("4 of 6")
    assert chart.kind == "bars"
    assert [(b.label, b.value, b.text) for b in chart.bars] == [
        ("Deal Desk", 1.0, "100%"), ("Mid-Market", 0.5, "50%")]
    figures, _ = overview(app, scope_of(app, team="mid-market"))
    assert [f.value for f in figures] == ["50%", "15", "0"]
    figures, _ = overview(app, scope_of(app, category="product"))
    assert [f.value for f in figures] == ["33%", "17", "0"]


def test_an_empty_period_has_empty_tables_and_zero_figures(app, story):
    empty = scope_of(app, end=story.now - timedelta(days=60))
    for maker in contribution.SECTION.tables:
        table = build(app, maker, empty)
        if maker is contribution.team_participation:  # the teams, with nobody contributing
            assert cells(table, "contributed", "share") == [(0, 0.0), (0, 0.0)]
        else:
            assert table.rows == [] and not table.more, maker.__name__
    figures, chart = overview(app, empty)
    assert [f.value for f in figures] == ["0%", "0", "0"]
    assert chart.empty


def test_hidden_gems_answer_often_accepted_and_are_little_followed(app, act, make_user, org):
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    asker = make_user("Asker")
    gem, famous, sloppy, almost = (make_user(n, team_id=org["deal-desk"]) for n in
                                   ("Gem", "Famous", "Sloppy", "Almost"))

    def answers(person, accepted: int, live: int, deleted: int = 0, days: int = 5):
        for n in range(live + deleted):
            question = act.ask(asker, ago(days))
            answer = act.answer(person, question, ago(days))
            if n < accepted:
                act.accept(asker, answer, ago(days))
            if n >= live:
                act.delete(person, answer)

    answers(gem, accepted=2, live=4)  # 4 answers, half accepted
    answers(famous, accepted=3, live=3)
    for n in range(5):
        act.follow(make_user(f"Fan {n}"), famous)
    act.follow(make_user("Fan 6"), gem)
    answers(sloppy, accepted=1, live=3)  # a third accepted
    answers(almost, accepted=2, live=2, deleted=1)  # the deleted one does not count
    answers(almost, accepted=1, live=1, days=40)  # nor the one before the period
    table = build(app, contribution.hidden_gems, scope_of(app))
    assert cells(table, "person", "answers", "accepted", "followers") == [("Gem", 4, 2, 1)]
    assert build(app, contribution.hidden_gems, scope_of(app, team="mid-market")).rows == []
    assert build(app, contribution.hidden_gems, scope_of(app, category="product")).rows == []
    assert build(app, contribution.hidden_gems, scope_of(app), limit=0).more
    figures, _ = overview(app, scope_of(app))
    assert figures[2].value == "1"


def test_routed_questions_answered_by_the_expert_by_others_or_nobody(app, act, make_user, org):
    """Questions are routed as they are asked, to the experts of their tags (app.profiles
    .routing): Eve and Max earned points in negotiation first."""
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    asker = make_user("Asker")
    eve = make_user("Eve", team_id=org["deal-desk"], region_id=org["east"])
    max_ = make_user("Max", team_id=org["mid-market"], region_id=org["west"])
    helper = make_user("Helper")
    for expert in (eve, max_):
        seed = act.ask(asker, ago(45), tags="negotiation")
        act.accept(asker, act.answer(expert, seed, ago(45)), ago(45))
    before = act.ask(asker, ago(40), tags="negotiation")  # routed before the period
    q1 = act.ask(asker, ago(10), tags="negotiation")
    act.answer(eve, q1, ago(9))
    act.ask(asker, ago(5), tags="negotiation")  # nobody answers
    q3 = act.ask(asker, ago(3), tags="negotiation")
    act.delete(max_, act.answer(max_, q3, ago(2)))  # not live: nobody answered
    q4 = act.ask(asker, ago(2), tags="negotiation")
    act.answer(helper, q4, ago(1))  # answered by someone else
    act.delete(asker, act.ask(asker, ago(2), tags="negotiation"))  # deleted: not counted
    with app.app_context():
        assert db.session.query(QuestionRouting).filter_by(question_id=before).count() == 2
        # The second seed went to Eve alone: Max had no points yet.
        assert db.session.query(QuestionRouting).count() == 1 + 2 * 6
    table = build(app, contribution.routed_questions, scope_of(app))
    assert cells(table, "expert", "routed", "answered", "by_others", "unanswered") == [
        ("Eve", 4, 1, 1, 2), ("Max", 4, 0, 2, 2)]
    assert cells(build(app, contribution.routed_questions, scope_of(app, region="west")),
                 "expert") == [("Max",)]
    assert build(app, contribution.routed_questions, scope_of(app, category="product")).rows == []
    one = build(app, contribution.routed_questions, scope_of(app), limit=1)
    assert cells(one, "expert") == [("Eve",)] and one.more


def _populate(app, act, make_user, first: int, count: int) -> None:
    """`count` more teams of one person each, who answered three questions in the period, all
    accepted, each routed to them."""
    now = utcnow()
    asker = make_user(f"Asker {first}")
    for n in range(first, first + count):
        with app.app_context():
            team = Team(name=f"Team {n}", slug=f"team-{n}")
            db.session.add(team)
            db.session.commit()
            team_id = team.id
        person = make_user(f"Person {n}", team_id=team_id)
        for _ in range(3):
            question = act.ask(asker, now - timedelta(days=3))
            act.accept(asker, act.answer(person, question, now - timedelta(days=2)),
                       now - timedelta(days=1))
            with app.app_context():  # unless routed to them as it was asked
                insert_if_new(QuestionRouting, question_id=question, user_id=person.id,
                              round=9, created_at=now - timedelta(days=3))
                db.session.commit()


def test_statements_per_table_do_not_grow_with_the_rows(app, act, make_user):
    def statements() -> dict[str, int]:
        counts = {}
        scope = scope_of(app)
        for maker in contribution.SECTION.tables:
            with count_queries(app) as seen, app.test_request_context():
                table = maker(scope, 25)
            assert len(table.rows) >= rows, maker.__name__
            counts[maker.__name__] = len(seen)
        with count_queries(app) as seen, app.test_request_context():
            contribution.overview(scope)
        counts["overview"] = len(seen)
        return counts

    rows = 2
    _populate(app, act, make_user, 0, rows)
    few = statements()
    rows = 10
    _populate(app, act, make_user, 2, rows - 2)
    assert statements() == few
    # One statement a table; the overview's three figures and its chart one each.
    assert few == {**{maker.__name__: 1 for maker in contribution.SECTION.tables},
                   "overview": 4}
    with app.app_context():
        assert db.session.query(Question).count() == 30
