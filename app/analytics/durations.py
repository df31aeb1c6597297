"""Durations in SQL, in each database's words: the seconds between two times, the whole
periods of some days since a start, and the median and 90th percentile of a grouped column
(nearest rank, by window functions: SQLite has no percentile aggregate)."""

from __future__ import annotations

from sqlalchemy import DateTime, Float, Integer, case, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ClauseElement, ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal


def _expression(value):
    """A column or SQL expression as it is; a Python datetime as a bound parameter."""
    if isinstance(value, ClauseElement) or hasattr(value, "__clause_element__"):
        return value
    return literal(value, DateTime(timezone=True))


class seconds_between(ColumnElement):
    """`later - earlier` in seconds (a float)."""

    inherit_cache = True
    # What the statement cache's key is made of (else two uses with other times would share
    # one compiled statement, and its bound values).
    _traverse_internals = [("later", InternalTraversal.dp_clauseelement),
                           ("earlier", InternalTraversal.dp_clauseelement)]
    type = Float()

    def __init__(self, later, earlier):
        self.later, self.earlier = _expression(later), _expression(earlier)

    @property
    def _from_objects(self):  # the tables its columns come from join the query's FROM
        return [*self.later._from_objects, *self.earlier._from_objects]


@compiles(seconds_between)
def _seconds_postgresql(element, compiler, **kw):
    return (f"CAST(EXTRACT(EPOCH FROM ({compiler.process(element.later, **kw)} - "
            f"{compiler.process(element.earlier, **kw)})) AS DOUBLE PRECISION)")


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element, compiler, **kw):
    # Rounded to the millisecond, SQLite's own precision: the difference of two days in
    # floating point is a little off (an hour would be 3599.99997 seconds, "60 min").
    return (f"round((julianday({compiler.process(element.later, **kw)}) - "
            f"julianday({compiler.process(element.earlier, **kw)})) * 86400.0, 3)")


class periods_since(ColumnElement):
    """The number of whole `days`-day periods from `start` to `at` (0 for the first)."""

    inherit_cache = True
    _traverse_internals = [("at", InternalTraversal.dp_clauseelement),
                           ("start", InternalTraversal.dp_clauseelement),
                           ("days", InternalTraversal.dp_plain_obj)]
    type = Integer()

    def __init__(self, at, start, days: int):
        self.at, self.start, self.days = _expression(at), _expression(start), int(days)

    @property
    def _from_objects(self):
        return [*self.at._from_objects, *self.start._from_objects]


@compiles(periods_since)
def _periods_postgresql(element, compiler, **kw):
    seconds = compiler.process(seconds_between(element.at, element.start), **kw)
    return f"CAST(floor({seconds} / {element.days * 86400}) AS INTEGER)"


@compiles(periods_since, "sqlite")
def _periods_sqlite(element, compiler, **kw):
    # Past the start only (the callers' periods), where truncation is the floor.
    seconds = compiler.process(seconds_between(element.at, element.start), **kw)
    return f"CAST({seconds} / {element.days * 86400} AS INTEGER)"


def percentiles(durations, groups: list[str], measures: list[str]):
    """A select over the subquery `durations`, one row per group (the columns named in
    `groups`): the group's rows `n`, then for each measure (a column of durations, NULL where
    there is none) its count `<m>_n`, median `<m>_median` and 90th percentile `<m>_p90`, by
    nearest rank: the ceil(k/2)-th and ceil(9k/10)-th of its k values in order."""
    keys = [durations.c[g] for g in groups]
    window = {"partition_by": keys}
    columns = [*keys, func.count().over(**window).label("n")]
    for m in measures:
        value = durations.c[m]
        last_if_none = case((value.is_(None), 1), else_=0)  # NULLs sort apart in each database
        columns += [value.label(m),
                    func.row_number().over(order_by=(last_if_none, value), **window)
                    .label(f"{m}_rank"),
                    func.count(value).over(**window).label(f"{m}_n")]
    ranked = select(*columns).subquery()
    out = [*(ranked.c[g] for g in groups), func.max(ranked.c.n).label("n")]
    for m in measures:
        value, rank, k = ranked.c[m], ranked.c[f"{m}_rank"], ranked.c[f"{m}_n"]
        out += [func.max(k).label(f"{m}_n"),
                func.max(case((rank == (k + 1) // 2, value))).label(f"{m}_median"),
                func.max(case((rank == (9 * k + 9) // 10, value))).label(f"{m}_p90")]
    return select(*out).group_by(*(ranked.c[g] for g in groups))
