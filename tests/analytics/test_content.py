"""Content health figures on hand-made data with known answers: the period's most viewed, most
and least helpful pages (changed marks, comments, deleted pages), stale pages by owner and each
with its reminder, accepted answers due for a review (edited, deleted, re-accepted); team,
region and category scopes, empty periods, the row limit, and statement counts that do not grow
with the rows."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from app.analytics import content
from app.analytics.services import Scope
from app.auth.models import Role, User, utcnow
from app.extensions import db
from app.qa import services as qa
from app.qa.models import Post
from app.wiki import services as wiki
from app.wiki.models import WikiPage
from tests.analytics.tables import build, cells, scope_of
from tests.conftest import count_queries

BODY = "How the best reps run this step, what to ask, and what to send afterwards."


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

    def page(page_id):
        return db.session.get(WikiPage, page_id)

    return SimpleNamespace(
        page=lambda owner, title, at, tags="": run(lambda: wiki.create_page(
            user(owner), title, BODY, tags, at=at)),
        view=lambda reader, page_id, at: run(lambda: wiki.record_view(user(reader), page(page_id),
                                                                      at=at)),
        feedback=lambda reader, page_id, helpful, at, comment="": run(lambda: wiki.give_feedback(
            user(reader), page(page_id), helpful, comment, at=at)),
        verify=lambda actor, page_id, at: run(lambda: wiki.verify_page(user(actor), page(page_id),
                                                                       at=at)),
        delete_page=lambda actor, page_id: run(lambda: wiki.delete_page(user(actor),
                                                                        page(page_id))),
        ask=lambda author, title, at, tags="pricing": run(lambda: qa.ask_question(
            user(author), title, "The buyer pushed back hard on the call today. What works?",
            tags, at=at)),
        answer=lambda author, question_id, at: run(lambda: qa.post_answer(
            user(author), post(question_id), "Anchor on the value first, then the price.",
            at=at)),
        edit=lambda author, answer_id, at: run(lambda: qa.edit_answer(
            user(author), post(answer_id), "Anchor on the value first; the price list changed.",
            at=at)),
        accept=lambda asker, answer_id, at: run(lambda: qa.accept_answer(
            user(asker), post(answer_id), at=at)),
        unaccept=lambda asker, question_id: run(lambda: qa.unaccept_answer(
            user(asker), post(question_id))),
        delete=lambda actor, post_id: run(lambda: qa.delete_post(user(actor), post(post_id))),
        read=lambda reader, question_id: run(lambda: qa.record_view(user(reader),
                                                                    post(question_id))),
    )



def overview(app, scope: Scope):
    with app.test_request_context():
        return content.overview(scope)




@pytest.fixture
def library(app, act, make_user, org):
    """Olga (Deal Desk, East) and Pete (Mid-Market, West) own the pages; four readers.

    Pricing (Olga, pricing): written 200 days ago, due 110 days ago.
    Forecast (Pete, signal-forecast): written 100 days ago, due 10 days ago.
    Onboarding (Olga): written 10 days ago. Renewals (Olga): written 120 days ago, due 30
    days ago. Territory (Pete): written 200 days ago, verified 5 days ago. Retired (Olga):
    deleted, with views and a mark."""
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    olga = make_user("Olga", team_id=org["deal-desk"], region_id=org["east"])
    pete = make_user("Pete", team_id=org["mid-market"], region_id=org["west"])
    boss = make_user("Boss", role=Role.MANAGER)
    readers = [make_user(f"Reader {n}") for n in range(1, 5)]
    r1, r2, r3, r4 = readers
    pricing = act.page(olga, "Pricing playbook", ago(200), tags="pricing")
    forecast = act.page(pete, "Forecast review", ago(100), tags="signal-forecast")
    onboarding = act.page(olga, "Onboarding checklist", ago(10))
    renewals = act.page(olga, "Renewals playbook", ago(120))
    territory = act.page(pete, "Territory planning", ago(200))
    act.verify(pete, territory, ago(5))
    retired = act.page(olga, "Retired pricing", ago(150))
    for reader, page, days in [(r1, pricing, 1), (r2, pricing, 1), (r1, pricing, 2),
                               (r3, pricing, 40), (r1, forecast, 3), (r1, onboarding, 5),
                               (r2, onboarding, 5), *((r, retired, 1) for r in readers)]:
        act.view(reader, page, ago(days))
    act.feedback(r1, pricing, False, ago(50), "Wrong")
    act.feedback(r1, pricing, True, ago(3))  # changed its mind in the period
    act.feedback(r2, pricing, False, ago(2), "Out of date prices")
    act.feedback(r3, pricing, False, ago(1))
    act.feedback(r4, pricing, False, ago(4), "Missing the EMEA rules")
    for reader, days, comment in [(r1, 6, "Too long"), (r2, 5, "Wrong link"),
                                  (r3, 4, "Old screenshots"), (r4, 3, "No examples")]:
        act.feedback(reader, forecast, False, ago(days), comment)
    act.feedback(r1, onboarding, False, ago(40), "Meh")  # before the period
    act.feedback(r2, onboarding, True, ago(2))
    act.feedback(r1, retired, False, ago(1), "Gone")
    act.delete_page(boss, retired)
    return SimpleNamespace(now=now, olga=olga, pete=pete, boss=boss, readers=readers,
                           pricing=pricing, forecast=forecast, renewals=renewals)


def test_most_viewed_counts_each_reader_once_a_day_in_the_period(app, library):
    table = build(app, content.most_viewed, scope_of(app))
    assert cells(table, "page", "owner", "views") == [
        ("Pricing playbook", "Olga", 3), ("Onboarding checklist", "Olga", 2),
        ("Forecast review", "Pete", 1)]
    with app.test_request_context():
        assert table.rows[0]["page_url"] == "/wiki/pricing-playbook"
        assert table.rows[0]["owner_url"] == f"/people/{library.olga.id}"
    assert cells(build(app, content.most_viewed, scope_of(app, region="west")), "page") == [
        ("Forecast review",)]
    assert cells(build(app, content.most_viewed, scope_of(app, category="topic")), "page") == [
        ("Pricing playbook",)]
    # The last 7 days: the view 40 days ago was never in, and those of 1 to 5 days ago are.
    week = build(app, content.most_viewed, scope_of(app, days=7), limit=2)
    assert cells(week, "views") == [(3,), (2,)] and week.more


def test_most_and_least_helpful_count_the_marks_of_the_period(app, library):
    helpful = build(app, content.most_helpful, scope_of(app))
    assert cells(helpful, "page", "helpful", "not_helpful", "share") == [
        ("Onboarding checklist", 1, 0, 1.0), ("Pricing playbook", 1, 3, 0.25)]
    least = build(app, content.least_helpful, scope_of(app))
    assert cells(least, "page", "not_helpful", "helpful", "comments") == [
        ("Forecast review", 4, 0, ["No examples", "Old screenshots", "Wrong link"]),
        ("Pricing playbook", 3, 1, ["Out of date prices", "Missing the EMEA rules"])]
    desk = build(app, content.least_helpful, scope_of(app, team="deal-desk"), limit=1)
    assert cells(desk, "page") == [("Pricing playbook",)] and not desk.more
    one = build(app, content.least_helpful, scope_of(app), limit=1)
    assert cells(one, "page") == [("Forecast review",)] and one.more
    product = build(app, content.most_helpful, scope_of(app, category="product"))
    assert product.rows == []


def test_stale_pages_by_owner_and_each_with_a_reminder(app, library):
    by_owner = build(app, content.stale_by_owner, scope_of(app))
    assert [(r["owner"], r["team"], r["pages"], (library.now - r["oldest"]).days)
            for r in by_owner.rows] == [("Olga", "Deal Desk", 2, 110),
                                        ("Pete", "Mid-Market", 1, 10)]
    pages = build(app, content.stale_pages, scope_of(app))
    assert cells(pages, "page", "owner") == [
        ("Pricing playbook", "Olga"), ("Renewals playbook", "Olga"), ("Forecast review", "Pete")]
    with app.test_request_context():
        assert pages.rows[0]["actions"] == [
            ("Remind the owner", f"/analytics/remind/{library.pricing}", "post")]
    assert cells(build(app, content.stale_pages, scope_of(app, team="mid-market")),
                 "page") == [("Forecast review",)]
    assert cells(build(app, content.stale_pages, scope_of(app, category="topic")),
                 "page") == [("Pricing playbook",)]
    # As of 20 days ago, the forecast page was not due yet.
    earlier = scope_of(app, end=library.now - timedelta(days=20))
    assert cells(build(app, content.stale_by_owner, earlier), "owner", "pages") == [("Olga", 2)]
    two = build(app, content.stale_pages, scope_of(app), limit=2)
    assert len(two.rows) == 2 and two.more


@pytest.fixture
def answers(app, act, make_user, library):
    """Accepted answers, by how long ago they were last written (the review interval: 180)."""
    now = library.now
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    olga, pete, asker = library.olga, library.pete, make_user("Asker")
    made = {}

    def solved(title, author, days, tags="pricing"):
        question = act.ask(asker, title, ago(days + 1), tags=tags)
        answer = act.answer(author, question, ago(days))
        act.accept(asker, answer, ago(days))
        made[title] = question
        return question, answer

    old, _ = solved("How do we quote multi-year deals?", olga, 390)
    for reader in library.readers[:2]:
        act.read(reader, old)
    _, edited = solved("Where is the forecast template now?", pete, 300, "signal-forecast")
    act.edit(pete, edited, ago(10))  # rewritten lately: not due
    read, _ = solved("Which discount needs approval from finance?", pete, 250)
    for reader in (*library.readers, olga):
        act.read(reader, read)
    _, gone = solved("What is our stance on price matching?", olga, 250)
    act.delete(olga, gone)  # no accepted answer any more
    deleted, _ = solved("Can I offer a pilot at no cost to the buyer?", olga, 250)
    act.delete(asker, deleted)
    solved("How long can a quote stay valid at most?", olga, 100)
    moved, _ = solved("Who signs off on non-standard payment terms?", olga, 250)
    act.unaccept(asker, moved)
    act.accept(asker, act.answer(pete, moved, ago(5)), ago(5))  # a new answer accepted
    return made


def test_old_answers_are_the_live_accepted_ones_last_written_before_the_interval(app, answers):
    table = build(app, content.old_answers, scope_of(app))
    assert cells(table, "question", "by", "views") == [
        ("Which discount needs approval from finance?", "Pete", 5),
        ("How do we quote multi-year deals?", "Olga", 2)]
    with app.test_request_context():
        question = answers["Which discount needs approval from finance?"]
        assert table.rows[0]["question_url"] == f"/questions/{question}"
    assert cells(build(app, content.old_answers, scope_of(app, team="deal-desk")),
                 "question") == [("How do we quote multi-year deals?",)]
    assert build(app, content.old_answers, scope_of(app, category="product")).rows == []
    one = build(app, content.old_answers, scope_of(app), limit=1)
    assert len(one.rows) == 1 and one.more
    app.config["ANALYTICS_ANSWER_REVIEW_DAYS"] = 90
    assert len(build(app, content.old_answers, scope_of(app)).rows) == 3


def test_overview_figures_and_chart(app, answers):
    figures, chart = overview(app, scope_of(app))
    assert [(f.label, f.value) for f in figures] == [
        ("Stale pages", "3"), ("Pages marked not helpful", "2"),
        ("Answers due for a review", "2")]
    assert chart.kind == "bars" and chart.title == "Most viewed pages"
    assert [(b.label, b.value) for b in chart.bars] == [
        ("Pricing playbook", 3), ("Onboarding checklist", 2), ("Forecast review", 1)]
    figures, _ = overview(app, scope_of(app, region="east"))
    assert [f.value for f in figures] == ["2", "1", "1"]


def test_an_empty_period_has_empty_tables_and_zero_figures(app, answers, library):
    empty = scope_of(app, end=library.now - timedelta(days=500))
    for maker in content.SECTION.tables:
        table = build(app, maker, empty)
        assert table.rows == [] and not table.more, maker.__name__
    figures, chart = overview(app, empty)
    assert [f.value for f in figures] == ["0", "0", "0"]
    assert chart.empty


def _populate(app, act, make_user, first: int, count: int) -> None:
    """`count` more stale pages, each viewed and marked both ways with comments, and as many
    accepted answers a year old."""
    now = utcnow()
    owner, asker = make_user(f"Owner {first}"), make_user(f"Asker {first}")
    fan, critic = make_user(f"Fan {first}"), make_user(f"Critic {first}")
    for n in range(first, first + count):
        page = act.page(owner, f"Page number {n}", now - timedelta(days=200))
        act.view(fan, page, now - timedelta(days=1))
        act.feedback(fan, page, True, now - timedelta(days=1))
        act.feedback(critic, page, False, now - timedelta(days=1), f"Comment {n}")
        question = act.ask(asker, f"Question number {n} about pricing?", now - timedelta(
            days=366))
        act.accept(asker, act.answer(owner, question, now - timedelta(days=365)),
                   now - timedelta(days=365))


def test_statements_per_table_do_not_grow_with_the_rows(app, act, make_user):
    def statements() -> dict[str, int]:
        counts = {}
        scope = scope_of(app)
        for maker in content.SECTION.tables:
            with count_queries(app) as seen, app.test_request_context():
                table = maker(scope, 25)
            expected = 1 if maker is content.stale_by_owner else rows
            assert len(table.rows) >= expected, maker.__name__
            counts[maker.__name__] = len(seen)
        with count_queries(app) as seen, app.test_request_context():
            content.overview(scope)
        counts["overview"] = len(seen)
        return counts

    rows = 2
    _populate(app, act, make_user, 0, rows)
    few = statements()
    rows = 10
    _populate(app, act, make_user, 2, rows - 2)
    assert statements() == few
    # One statement a table, and one more for the least helpful pages' comments; the
    # overview's three figures and its chart one each.
    assert few == {**{maker.__name__: 1 for maker in content.SECTION.tables},
                   "least_helpful": 2, "overview": 4}
