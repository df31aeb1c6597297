"""Responsiveness: is the network answering fast enough? For the period's questions: the
median and 90th percentile of the time to a first answer and to an accepted answer, and the
share answered; overall, per week, per tag, team and region, against the period before."""

from __future__ import annotations

from datetime import timedelta

from flask import url_for
from sqlalchemy import case, func, literal, select

from app.analytics.durations import percentiles, periods_since, seconds_between
from app.analytics.services import (
    Bar,
    Chart,
    Column,
    Figure,
    Scope,
    SectionKind,
    Table,
    limited,
)
from app.auth.models import User
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa.models import Origin, PostTag, Question, Tag

MEASURES = ["first", "accepted"]


def _questions(scope: Scope, weekly: bool = False):
    """One row per question asked in this period or the one before (weekly: this period
    only), by someone in scope, in the category: its id, asker and time, `period` (1 this one,
    0 the one before), and the seconds to its first answer by someone else and to its
    accepted answer (NULL if none)."""
    accepted = case((Question.accepted_answer_id.is_not(None),
                     seconds_between(Question.accepted_at, Question.created_at)))
    since = scope.start if weekly else scope.before().start
    return (
        select(Question.id.label("id"), Question.author_id.label("author_id"),
               Question.created_at.label("created_at"),
               case((Question.created_at >= scope.start, 1), else_=0).label("period"),
               seconds_between(Question.first_answer_at, Question.created_at).label("first"),
               accepted.label("accepted"))
        .where(Question.deleted_at.is_(None), Question.duplicate_of_id.is_(None),
               Question.created_at >= since, Question.created_at < scope.end,
               (Question.origin.is_(None)) | (Question.origin != Origin.IMPORT),
               scope.people(Question.author_id), scope.question_in_category(Question.id))
        # Computed once per question, before any join by tag.
        .cte("asked").prefix_with("MATERIALIZED", dialect="postgresql"))


def _group(by: str, asked, scope: Scope):
    """The group column of a breakdown and the joins it needs, from the questions `asked`."""
    people = ((User, User.id == asked.c.author_id),)
    return {
        "everyone": (literal("Everyone"), ()),
        "tag": (Tag.name, ((PostTag, PostTag.post_id == asked.c.id),
                           (Tag, (Tag.id == PostTag.tag_id)
                            & scope.tag_in_category(Tag.category_id)))),
        "team": (func.coalesce(Team.name, "No team"),
                 (*people, (Team, Team.id == User.team_id))),
        "region": (func.coalesce(Region.name, "No region"),
                   (*people, (Region, Region.id == User.region_id))),
        # by the team's id, every team at once (the digest's summary for each team's manager)
        "team_id": (User.team_id, people),
        "week": (periods_since(asked.c.created_at, scope.start, 7), ()),
    }[by]


def _durations(scope: Scope, by: str, weekly: bool = False):
    """The questions' `period`, group `grp`, `first` and `accepted` (a question counts in each
    group it is in; by tag, in each of its tags, of the category if one is chosen)."""
    asked = _questions(scope, weekly)
    group, joins = _group(by, asked, scope)
    query = select(asked.c.period, group.label("grp"), asked.c.first, asked.c.accepted)
    query = query.select_from(asked)
    for target, condition in joins:  # a question has tags; an asker may have no team
        query = query.join(target, condition, isouter=target not in (PostTag, Tag))
    return query.subquery()


BREAKDOWNS = ("everyone", "tag", "team", "region", "team_id")


def breakdown(scope: Scope, by: str) -> dict[str, dict[int, dict]]:
    """{group: {1: this period's figures, 0: the period before's}}: n, first_n (answered),
    first_median, first_p90, accepted_n, accepted_median, accepted_p90. One statement."""
    figures: dict[str, dict[int, dict]] = {}
    for row in db.session.execute(percentiles(_durations(scope, by), ["grp", "period"],
                                              MEASURES)):
        figures.setdefault(row.grp, {})[row.period] = row._asdict()
    return figures


def weekly(scope: Scope) -> Chart:
    """The median time to a first answer of the questions asked each week of the period."""
    found = {row.grp: row for row in db.session.execute(
        percentiles(_durations(scope, "week", weekly=True), ["grp"], ["first"]))}
    weeks = -(-scope.days // 7)
    bars = []
    for n in range(weeks):
        row = found.get(n)
        median = row.first_median if row is not None and row.first_median is not None else 0
        bars.append(Bar(f"{scope.start + timedelta(weeks=n):%d %b}", median / 3600, hours(median)
                        if median else "no answers"))
    return Chart("columns", "Median time to a first answer, by week asked", bars=bars,
                 caption="Hours from asking to the first answer by someone else.")


def hours(seconds: float | None) -> str:
    """A duration as read: minutes under an hour, hours under two days, else days."""
    if seconds is None:
        return "-"
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def change(seconds: float | None) -> str:
    """A change of a duration: "2.0 h faster" (None: nothing to compare with)."""
    if seconds is None:
        return "no earlier figure"
    if abs(seconds) < 60:
        return "as before"
    return f"{hours(abs(seconds))} {'slower' if seconds > 0 else 'faster'}"


def trend(now: float | None, before: float | None) -> str:
    """A duration against the period before's: "1.0 h faster than before"."""
    if now is None or before is None:
        return change(None)
    text = change(now - before)
    return text if text == change(0) else f"{text} than before"


def overview(scope: Scope) -> tuple[list[Figure], Chart]:
    everyone = breakdown(scope, "everyone").get("Everyone", {})
    now, before = everyone.get(1, {}), everyone.get(0, {})
    asked = now.get("n", 0)
    rate = now.get("first_n", 0) / asked if asked else None
    rate_before = (before.get("first_n", 0) / before["n"]) if before.get("n") else None
    return [
        Figure("Questions asked", f"{asked:,}", f"{before.get('n', 0):,} the period before"),
        Figure("Answered", "-" if rate is None else f"{rate:.0%}",
               "no earlier figure" if rate_before is None else f"{rate_before:.0%} before"),
        Figure("Median time to a first answer", hours(now.get("first_median")),
               trend(now.get("first_median"), before.get("first_median"))),
        Figure("Median time to an accepted answer", hours(now.get("accepted_median")),
               trend(now.get("accepted_median"), before.get("accepted_median"))),
    ], weekly(scope)


COLUMNS = [
    Column("questions", "Questions", "number"), Column("answered", "Answered", "percent"),
    Column("first_median", "First answer: median", "hours"),
    Column("first_p90", "First answer: 90%", "hours"),
    Column("accepted_median", "Accepted: median", "hours"),
    Column("accepted_p90", "Accepted: 90%", "hours"),
    Column("trend", "Median first answer vs before", "trend"),
]


def _table(scope: Scope, limit: int, by: str, title: str, link) -> Table:
    figures = breakdown(scope, by)
    groups = sorted((g for g in figures if 1 in figures[g]),
                    key=lambda g: (-figures[g][1]["n"], g))
    rows = []
    for group in groups:
        now, before = figures[group][1], figures[group].get(0, {})
        change = (None if now["first_median"] is None or before.get("first_median") is None
                  else now["first_median"] - before["first_median"])
        rows.append({by: group, f"{by}_url": link(group), "questions": now["n"],
                     "answered": now["first_n"] / now["n"],
                     "first_median": now["first_median"], "first_p90": now["first_p90"],
                     "accepted_median": now["accepted_median"],
                     "accepted_p90": now["accepted_p90"], "trend": change})
    shown, more = limited(rows, limit)
    return Table(f"by-{by}", title, [Column(by, by.capitalize()), *COLUMNS], shown, more)


def by_tag(scope: Scope, limit: int) -> Table:
    return _table(scope, limit, "tag", "By tag",
                  lambda name: url_for("qa.tag", name=name))


def by_team(scope: Scope, limit: int) -> Table:
    return _table(scope, limit, "team", "By the asker's team", lambda name: "")


def by_region(scope: Scope, limit: int) -> Table:
    return _table(scope, limit, "region", "By the asker's region", lambda name: "")


SECTION = SectionKind(
    "responsiveness", "Responsiveness", "Is the network answering fast enough?", overview,
    (by_tag, by_team, by_region),
    note="The period's questions (not imported ones, not duplicates), asked by people in "
         "scope. First answer: the first live answer by someone other than the asker; "
         "accepted: when the asker accepted the answer they accepted last. A question counts in "
         "each of its tags. Answered: the share with a first answer.")
