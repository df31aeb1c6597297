"""Durations in SQL on both databases: the seconds between two times, the whole periods since a
start, and the nearest-rank median (the ceil(k/2)-th of k values in order) and 90th percentile
(the ceil(9k/10)-th) of grouped columns, NULLs aside."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Float, String, cast, literal, select, union_all

from app.analytics.durations import percentiles, periods_since, seconds_between
from app.auth.models import User
from app.extensions import db
from app.search.models import SearchMiss

T = datetime(2025, 2, 27, 9, 30, 15, tzinfo=UTC)


def _durations(rows: list[tuple]):
    """A subquery of (grp, period, first, accepted) rows, as the sections' durations are (a
    NULL typed: in a union of NULLs only, PostgreSQL would make it text)."""
    selects = [select(literal(grp, String).label("grp"), literal(period).label("period"),
                      cast(literal(first, Float), Float).label("first"),
                      cast(literal(accepted, Float), Float).label("accepted"))
               for grp, period, first, accepted in rows]
    return union_all(*selects).subquery() if len(selects) > 1 else selects[0].subquery()


def _figures(app, rows: list[tuple], groups=("grp",), measures=("first",)) -> dict:
    with app.app_context():
        found = db.session.execute(percentiles(_durations(rows), list(groups),
                                               list(measures))).all()
    return {tuple(getattr(row, g) for g in groups): row._asdict() for row in found}


@pytest.mark.parametrize("values, median, p90", [
    ([5.0], 5.0, 5.0),  # 1st and 1st
    ([20.0, 10.0], 10.0, 20.0),  # ceil(1) = 1st, ceil(1.8) = 2nd
    ([40.0, 10.0, 30.0, 20.0], 20.0, 40.0),  # 2nd, ceil(3.6) = 4th
    ([5.0, 1.0, 4.0, 2.0, 3.0], 3.0, 5.0),  # 3rd, ceil(4.5) = 5th
    ([7.0, 3.0, 10.0, 1.0, 9.0, 2.0, 8.0, 5.0, 4.0, 6.0], 5.0, 9.0),  # 5th, 9th
    ([11.0, 7.0, 3.0, 10.0, 1.0, 9.0, 2.0, 8.0, 5.0, 4.0, 6.0], 6.0, 10.0),  # 6th, 10th
    ([7.0, 1.0, 7.0, 7.0], 7.0, 7.0),  # ties: 1 7 7 7
])
def test_median_and_p90_are_the_nearest_ranks(app, values, median, p90):
    figures = _figures(app, [("a", 1, v, None) for v in values])
    row = figures[("a",)]
    assert (row["n"], row["first_n"]) == (len(values), len(values))
    assert (row["first_median"], row["first_p90"]) == (median, p90)


def test_nulls_are_counted_as_rows_but_not_as_values(app):
    # 3 values among 5 rows: the 2nd and the ceil(2.7) = 3rd of 1, 2, 3.
    row = _figures(app, [("a", 1, None, None), ("a", 1, 3.0, None), ("a", 1, None, None),
                         ("a", 1, 1.0, None), ("a", 1, 2.0, None)])[("a",)]
    assert (row["n"], row["first_n"], row["first_median"], row["first_p90"]) == (5, 3, 2.0, 3.0)


def test_a_group_of_nulls_only_has_no_median(app):
    row = _figures(app, [("a", 1, None, None), ("a", 1, None, None)])[("a",)]
    assert (row["n"], row["first_n"], row["first_median"], row["first_p90"]) == \
        (2, 0, None, None)


def test_two_groups_and_two_measures_in_one_statement(app):
    rows = [("a", 1, 4.0, None), ("a", 1, 1.0, 10.0), ("a", 1, 3.0, 30.0), ("a", 1, 2.0, None),
            ("b", 1, 100.0, 5.0), ("b", 1, None, None), ("b", 1, 300.0, None),
            ("b", 0, 50.0, 60.0)]
    figures = _figures(app, rows, groups=("grp", "period"), measures=("first", "accepted"))
    assert set(figures) == {("a", 1), ("b", 1), ("b", 0)}
    a, b, b_before = figures[("a", 1)], figures[("b", 1)], figures[("b", 0)]
    assert (a["n"], a["first_n"], a["first_median"], a["first_p90"]) == (4, 4, 2.0, 4.0)
    assert (a["accepted_n"], a["accepted_median"], a["accepted_p90"]) == (2, 10.0, 30.0)
    assert (b["n"], b["first_n"], b["first_median"], b["first_p90"]) == (3, 2, 100.0, 300.0)
    assert (b["accepted_n"], b["accepted_median"], b["accepted_p90"]) == (1, 5.0, 5.0)
    assert (b_before["n"], b_before["first_median"], b_before["accepted_median"]) == \
        (1, 50.0, 60.0)


@pytest.mark.parametrize("later, earlier, seconds", [
    (T + timedelta(hours=1), T, 3600.0),  # exactly (SQLite's days in floating point are not)
    (T + timedelta(minutes=90), T, 5400.0),
    (T, T + timedelta(hours=1), -3600.0),
    (T + timedelta(seconds=1, milliseconds=500), T, 1.5),
    (datetime(2025, 3, 1, 0, 0, tzinfo=UTC), datetime(2025, 2, 27, 12, 0, tzinfo=UTC),
     129600.0),  # across the end of February
    (T + timedelta(days=365), T, 365 * 86400.0),
])
def test_seconds_between_two_times(app, later, earlier, seconds):
    with app.app_context():
        found = db.session.scalar(select(seconds_between(later, earlier)))
    assert found == seconds


def _stored_times(app, make_user, times: list[datetime]) -> None:
    """Rows whose created_at are `times`, stored as the database keeps them."""
    person = make_user()
    with app.app_context():
        db.session.add_all([SearchMiss(query=f"q{n}", query_key=f"q{n}", user_id=person.id,
                                       created_at=at) for n, at in enumerate(times)])
        db.session.commit()


def test_seconds_between_stored_times_and_a_time_given(app, make_user):
    _stored_times(app, make_user, [T + timedelta(hours=3), T - timedelta(days=2, minutes=1)])
    with app.app_context():
        found = db.session.scalars(
            select(seconds_between(SearchMiss.created_at, T)).select_from(SearchMiss)
            .order_by(SearchMiss.id)).all()
        found_user = db.session.scalar(
            select(seconds_between(SearchMiss.created_at, User.created_at))
            .select_from(SearchMiss).join(User, User.id == SearchMiss.user_id)
            .where(SearchMiss.query == "q0"))
    assert found == [3 * 3600.0, -(2 * 86400.0 + 60)]
    assert isinstance(found_user, float)  # two columns: a float, whatever it is


@pytest.mark.parametrize("days, offsets, periods", [
    (7, [timedelta(0), timedelta(days=7, seconds=-1), timedelta(days=7),
         timedelta(days=20), timedelta(days=29, hours=23)], [0, 0, 1, 2, 4]),
    (35, [timedelta(days=34, hours=23, minutes=59), timedelta(days=35),
          timedelta(days=364, hours=23)], [0, 1, 10]),
    (1, [timedelta(hours=23, minutes=59, seconds=59), timedelta(days=1),
         timedelta(days=2, hours=12)], [0, 1, 2]),
])
def test_whole_periods_since_a_start(app, make_user, days, offsets, periods):
    _stored_times(app, make_user, [T + offset for offset in offsets])
    with app.app_context():
        found = db.session.scalars(
            select(periods_since(SearchMiss.created_at, T, days)).select_from(SearchMiss)
            .order_by(SearchMiss.id)).all()
        given = [db.session.scalar(select(periods_since(T + offset, T, days)))
                 for offset in offsets]
    assert found == periods
    assert given == periods


def test_periods_since_counts_in_groups(app, make_user):
    """As the heat map and the weekly chart use it: a label in GROUP BY."""
    _stored_times(app, make_user, [T + timedelta(days=d) for d in (0, 1, 6, 7, 8, 15)])
    with app.app_context():
        week = periods_since(SearchMiss.created_at, T, 7).label("week")
        found = db.session.execute(
            select(week, db.func.count()).select_from(SearchMiss).group_by(week)
            .order_by(week)).all()
    assert [tuple(row) for row in found] == [(0, 3), (1, 2), (2, 1)]


def test_the_statement_cache_tells_apart_periods_starts_and_columns(app):
    """One statement shape with another period length, start or column is another statement:
    the cache keys its compiled form by all three, and binds each use's own start."""
    at = select(literal(T + timedelta(days=20), db.DateTime(timezone=True)).label("at")).subquery()
    with app.app_context():
        def run(days: int, start: datetime) -> int:
            return db.session.scalar(select(periods_since(at.c.at, start, days)))

        assert run(7, T) == 2
        assert run(5, T) == 4  # the same shape, another length
        assert run(7, T + timedelta(days=10)) == 1  # another start
        assert db.session.scalar(select(seconds_between(at.c.at, T))) == 20 * 86400
        assert db.session.scalar(select(seconds_between(at.c.at, T + timedelta(days=1)))) \
            == 19 * 86400
