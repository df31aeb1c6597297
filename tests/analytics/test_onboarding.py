"""Onboarding figures on hand-made data with known answers: each enrolment's steps done, days
since start, last step and status (stuck, on track, complete) as of the end of the period;
archived paths and people who left left out; each path's completion; team and region scopes
(the period and the category do not apply), an empty organisation, the row limit, and statement
counts that do not grow with the rows."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest

from app.analytics import onboarding
from app.analytics.services import Scope
from app.auth.models import Role, User, utcnow
from app.extensions import db
from app.wiki import paths
from app.wiki import services as wiki
from app.wiki.models import LearningPath
from tests.analytics.tables import build, cells, scope_of
from tests.conftest import count_queries

BODY = "How the best reps run this step, what to ask, and what to send afterwards."


@pytest.fixture
def act(app, vocab):
    """Acts through the wiki's services and commits, as a route would; returns ids."""

    def run(action):
        with app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    def user(person):
        return db.session.get(User, person.id)

    def path(path_id):
        return db.session.get(LearningPath, path_id)

    def make_path(manager, title, steps, at):
        """A path of `steps` new pages; returns (path id, [item ids])."""
        path_id = run(lambda: paths.create_path(user(manager), title, "New account executives",
                                                at=at))
        items = []
        for n in range(steps):
            page_title = f"{title}, step {n + 1}"
            run(lambda t=page_title: wiki.create_page(user(manager), t, BODY, at=at))
            items.append(run(lambda t=page_title: paths.add_item(user(manager), path(path_id),
                                                                   t)))
        return path_id, items

    return SimpleNamespace(
        path=make_path,
        start=lambda person, path_id, at: run(lambda: paths.start_path(user(person),
                                                                       path(path_id), at=at)),
        done=lambda person, path_id, item_id, at: run(lambda: paths.set_done(
            user(person), path(path_id), item_id, True, at=at)),
        archive=lambda manager, path_id: run(lambda: paths.archive_path(user(manager),
                                                                        path(path_id))),
    )



def overview(app, scope: Scope):
    with app.test_request_context():
        return onboarding.overview(scope)




@pytest.fixture
def cohort(app, act, make_user, org):
    """First 30 days (3 steps): Nia started 30 days ago, did two steps 25 and 20 days ago
    (stuck); Omar started 10 days ago, no step yet (on track); Paz (Mid-Market, West) started
    40 days ago, no step (stuck); Quinn started 60 days ago and did all three 55 to 50 days ago
    (complete); Rex, who left, is stuck. Pricing certification (2 steps): Nia started 5 days
    ago, one step 3 days ago. Customer stories (no steps yet): Tia started 30 days ago. An
    archived path: Sam started it 30 days ago."""
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    desk = {"team_id": org["deal-desk"], "region_id": org["east"]}
    maya = make_user("Maya", role=Role.MANAGER)
    nia, omar, quinn, tia, sam = (make_user(n, **desk) for n in
                                  ("Nia", "Omar", "Quinn", "Tia", "Sam"))
    rex = make_user("Rex", active=False, **desk)
    paz = make_user("Paz", team_id=org["mid-market"], region_id=org["west"])
    first, steps = act.path(maya, "First 30 days", 3, ago(90))
    pricing, pricing_steps = act.path(maya, "Pricing certification", 2, ago(90))
    stories, _ = act.path(maya, "Customer stories", 0, ago(90))
    archived, archived_steps = act.path(maya, "Old onboarding", 1, ago(90))
    act.start(nia, first, ago(30))
    act.done(nia, first, steps[0], ago(25))
    act.done(nia, first, steps[1], ago(20))
    act.start(omar, first, ago(10))
    act.start(paz, first, ago(40))
    act.start(rex, first, ago(40))
    act.start(quinn, first, ago(60))
    for step, days in zip(steps, (55, 52, 50), strict=True):
        act.done(quinn, first, step, ago(days))
    act.start(nia, pricing, ago(5))
    act.done(nia, pricing, pricing_steps[0], ago(3))
    act.start(tia, stories, ago(30))
    act.start(sam, archived, ago(30))
    act.done(sam, archived, archived_steps[0], ago(29))
    act.archive(maya, archived)
    return SimpleNamespace(now=now, first=first, nia=nia)


def test_learners_are_each_enrolment_with_its_progress_and_status(app, cohort):
    table = build(app, onboarding.learners, scope_of(app))
    assert cells(table, "person", "path", "days", "done", "steps", "status") == [
        ("Paz", "First 30 days", 40, 0, 3, "stuck"),
        ("Nia", "First 30 days", 30, 2, 3, "stuck"),
        ("Tia", "Customer stories", 30, 0, 0, "on track"),
        ("Omar", "First 30 days", 10, 0, 3, "on track"),
        ("Nia", "Pricing certification", 5, 1, 2, "on track"),
        ("Quinn", "First 30 days", 60, 3, 3, "complete")]
    nia = table.rows[1]
    assert (cohort.now - nia["started"]).days == 30 and (cohort.now - nia["last"]).days == 20
    assert table.rows[0]["last"] is None
    with app.test_request_context():
        assert nia["path_url"] == f"/wiki/paths/{cohort.first}"
        assert nia["person_url"] == f"/people/{cohort.nia.id}"
        assert nia["team_url"] == "/people/teams/deal-desk"
    two = build(app, onboarding.learners, scope_of(app), limit=2)
    assert cells(two, "person") == [("Paz",), ("Nia",)] and two.more


def test_learners_in_a_team_or_region_whatever_the_period_and_category(app, cohort):
    everyone = cells(build(app, onboarding.learners, scope_of(app)), "person", "path")
    assert cells(build(app, onboarding.learners, scope_of(app, days=7, category="product")),
                 "person", "path") == everyone
    assert cells(build(app, onboarding.learners, scope_of(app, region="west")),
                 "person", "status") == [("Paz", "stuck")]
    desk = cells(build(app, onboarding.learners, scope_of(app, team="deal-desk")), "person")
    assert ("Paz",) not in desk and len(desk) == 5


def test_status_is_as_of_the_end_of_the_period(app, cohort):
    # 35 days ago: Nia, Omar and Tia had not started; Paz had started 5 days before; Quinn was
    # done.
    earlier = scope_of(app, end=cohort.now - timedelta(days=35))
    assert cells(build(app, onboarding.learners, earlier), "person", "days", "status") == [
        ("Paz", 5, "on track"), ("Quinn", 25, "complete")]


def test_paths_completion(app, cohort):
    table = build(app, onboarding.paths, scope_of(app))
    rows = cells(table, "path", "enrolled", "completed", "stuck", "completion")
    # First 30 days: (2/3 + 0 + 0 + 3/3) / 4.
    assert rows[0][:4] == ("First 30 days", 4, 1, 2)
    assert rows[0][4] == pytest.approx((2 / 3 + 1) / 4)
    assert rows[1:] == [("Customer stories", 1, 0, 0, 0.0),
                        ("Pricing certification", 1, 0, 0, 0.5)]
    one = build(app, onboarding.paths, scope_of(app), limit=1)
    assert len(one.rows) == 1 and one.more
    west = build(app, onboarding.paths, scope_of(app, region="west"))
    assert cells(west, "path", "enrolled", "stuck") == [("First 30 days", 1, 1)]


def test_overview_figures_and_chart(app, cohort):
    figures, chart = overview(app, scope_of(app))
    # Nia is on two paths and counts once.
    assert [(f.label, f.value) for f in figures] == [
        ("People on a learning path", "5"), ("Stuck", "2"), ("Completed a path", "1")]
    assert chart.kind == "stacked"
    assert chart.stacks == [
        ("First 30 days", [("complete", 1), ("on track", 1), ("stuck", 2)]),
        ("Customer stories", [("complete", 0), ("on track", 1), ("stuck", 0)]),
        ("Pricing certification", [("complete", 0), ("on track", 1), ("stuck", 0)])]
    figures, _ = overview(app, scope_of(app, team="mid-market"))
    assert [f.value for f in figures] == ["1", "1", "0"]


def test_nobody_enrolled_yet_empty_tables_and_zero_figures(app, cohort):
    empty = scope_of(app, end=cohort.now - timedelta(days=100))
    for maker in onboarding.SECTION.tables:
        table = build(app, maker, empty)
        assert table.rows == [] and not table.more, maker.__name__
    figures, chart = overview(app, empty)
    assert [f.value for f in figures] == ["0", "0", "0"]
    assert chart.empty


def _populate(app, act, make_user, first: int, count: int) -> None:
    """`count` more paths of two steps, each with a learner who did one step long ago."""
    now = utcnow()
    manager = make_user(f"Manager {first}", role=Role.MANAGER)
    for n in range(first, first + count):
        path, steps = act.path(manager, f"Path number {n}", 2, now - timedelta(days=90))
        learner = make_user(f"Learner {n}")
        act.start(learner, path, now - timedelta(days=60))
        act.done(learner, path, steps[0], now - timedelta(days=50))


def test_statements_per_table_do_not_grow_with_the_rows(app, act, make_user):
    def statements() -> dict[str, int]:
        counts = {}
        scope = scope_of(app)
        for maker in onboarding.SECTION.tables:
            with count_queries(app) as seen, app.test_request_context():
                table = maker(scope, 25)
            assert len(table.rows) == rows, maker.__name__
            counts[maker.__name__] = len(seen)
        with count_queries(app) as seen, app.test_request_context():
            onboarding.overview(scope)
        counts["overview"] = len(seen)
        return counts

    rows = 2
    _populate(app, act, make_user, 0, rows)
    few = statements()
    rows = 10
    _populate(app, act, make_user, 2, rows - 2)
    assert statements() == few
    # One statement a table; the overview's figures one, its chart one.
    assert few == {"learners": 1, "paths": 1, "overview": 2}
