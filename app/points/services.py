"""Reading the ledger: a person's total, points per tag and history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.charts import Bar, Chart
from app.extensions import db, unindexed
from app.points.models import PointsEntry, PointsEntryTag, PointsPerTag
from app.points.rules import BY_NAME, LOWEST_TOTAL, Rule
from app.profiles.models import Region, Team
from app.qa.models import Tag

TAGS_SHOWN = 10


def shown_total(points: int) -> int:
    """What a total shows: never below LOWEST_TOTAL."""
    return max(points, LOWEST_TOTAL)


def tag_points(user_id: int, limit: int = TAGS_SHOWN) -> list[tuple[Tag, int]]:
    """A person's points per tag, most first (tags with no points left out)."""
    rows = db.session.execute(
        select(Tag, PointsPerTag.points)
        .join(PointsPerTag, PointsPerTag.tag_id == Tag.id)
        .where(PointsPerTag.user_id == user_id, PointsPerTag.points > 0)
        .order_by(PointsPerTag.points.desc(), Tag.name)
        .limit(limit)
    ).all()
    return [(tag, points) for tag, points in rows]


@dataclass
class HistoryRow:
    entry: PointsEntry
    rule: Rule

    @property
    def is_reversal(self) -> bool:
        return self.entry.reverses_id is not None


def history_query(user_id: int):
    return (select(PointsEntry).where(PointsEntry.user_id == user_id)
            .order_by(PointsEntry.created_at.desc(), PointsEntry.id.desc()))


def history_rows(entries) -> list[HistoryRow]:
    return [HistoryRow(entry, BY_NAME[entry.rule]) for entry in entries]


CHART_WEEKS = 26


@dataclass(frozen=True)
class Week:
    start: date  # its Monday
    points: int  # net points earned that week


def weekly_points(user_id: int, now: datetime, weeks: int = CHART_WEEKS) -> list[Week]:
    """A person's net points in each of the last `weeks` weeks (Monday to Sunday, UTC), oldest
    first, for the points chart: one query, the day sums of the period, added up per week."""
    this_week = period_start("week", now).date()
    first = this_week - timedelta(weeks=weeks - 1)
    day = func.date(PointsEntry.created_at)
    days = db.session.execute(
        select(day, func.sum(PointsEntry.points))
        .where(PointsEntry.user_id == user_id,
               PointsEntry.created_at >= datetime.combine(first, time(), tzinfo=UTC))
        .group_by(day)).all()
    sums = dict.fromkeys((first + timedelta(weeks=n) for n in range(weeks)), 0)
    for moment, points in days:
        when = date.fromisoformat(str(moment)[:10])
        sums[when - timedelta(days=when.weekday())] += points or 0
    return [Week(start, points) for start, points in sums.items()]


def weekly_chart(user_id: int, now: datetime, weeks: int = CHART_WEEKS) -> Chart:
    """The points chart: `weekly_points` as columns, a week's loss below the axis."""
    found = weekly_points(user_id, now, weeks)
    best = max((week.points for week in found), default=0)
    return Chart(
        "columns", f"Points per week, the last {len(found)} weeks: "
                   f"{sum(week.points for week in found)} in all",
        bars=[Bar("this week" if n == len(found) - 1 else f"{week.start:%d %b}", week.points,
                  f"{week.points:+d} (week of {week.start:%d %b %Y})",
                  key=week.start.isoformat()) for n, week in enumerate(found)],
        caption="Net points per week" + (f"; the best week {best}." if best > 0 else "."),
        name="points-chart")


# ---------------------------------------------------------------- leaderboards

PERIODS = {"week": "This week", "month": "This month", "all": "All time"}
GROUPS = {"people": "People", "teams": "Teams", "regions": "Regions"}
TOP_SHARERS = 3  # each team's or region's top sharers shown


def period_start(period: str, now: datetime) -> datetime | None:
    """The start of the current ISO week (Monday) or calendar month, UTC; None for all time."""
    today = now.astimezone(UTC).date()
    if period == "week":
        return datetime.combine(today - timedelta(days=today.weekday()), time(), tzinfo=UTC)
    if period == "month":
        return datetime.combine(today.replace(day=1), time(), tzinfo=UTC)
    return None


def _earned(period: str, tag: Tag | None, now: datetime):
    """(user_id, earned) for the period and tag, as a subquery; None for all time, all tags
    (which reads the cached totals instead)."""
    start = period_start(period, now)
    if tag is not None and start is None:  # all time: each person's kept points in the tag
        return (select(PointsPerTag.user_id.label("user_id"), PointsPerTag.points.label("earned"))
                .where(PointsPerTag.tag_id == tag.id)).subquery()
    if tag is not None:
        earned = func.sum(PointsEntryTag.points)
        query = (select(PointsEntryTag.user_id.label("user_id"), earned.label("earned"))
                 .where(PointsEntryTag.tag_id == tag.id, PointsEntryTag.created_at >= start)
                 # Through the tag's own index (its rows' time and points too), not by walking
                 # the (person, tag) index for every person: app.extensions.unindexed.
                 .group_by(unindexed(PointsEntryTag.user_id)))
        return query.subquery()
    if start is None:
        return None
    return (select(PointsEntry.user_id.label("user_id"),
                   func.sum(PointsEntry.points).label("earned"))
            .where(PointsEntry.created_at >= start)
            # Through the (time, person, points) index, not a skip-scan of (person, time) for
            # every person: 41 ms to 10 ms for a week of 32,590 rows (app.extensions.unindexed).
            .group_by(unindexed(PointsEntry.user_id))).subquery()


def people_board(period: str, tag: Tag | None, now: datetime):
    """A select of (User, earned), best first, to paginate."""
    earned = _earned(period, tag, now)
    if earned is None:
        return (select(User, User.points.label("earned"))
                .where(User.active.is_(True))
                .options(joinedload(User.team))
                .order_by(User.points.desc(), User.id))
    # The total with the rows (RowPagination reads it): summing a week's rows twice, once to
    # count, took twice as long at 100,000 rows a week (bench/points_bench.py).
    return (select(User, earned.c.earned, func.count().over().label("total"))
            .join(earned, earned.c.user_id == User.id)
            .where(earned.c.earned > 0, User.active.is_(True))
            .options(joinedload(User.team))
            .order_by(earned.c.earned.desc(), User.id))


@dataclass
class GroupRow:
    name: str
    slug: str
    earned: int
    people: int
    top: list[tuple[User, int]]


def group_board(group: str, period: str, tag: Tag | None, now: datetime) -> list[GroupRow]:
    """Each team (or region) with its points for the period and its top sharers, best first:
    one query, whatever the number of teams (each group's total and size ride along with its
    top rows as window sums, so the period's rows are summed once)."""
    model, key = (Team, User.team_id) if group == "teams" else (Region, User.region_id)
    earned = _earned(period, tag, now)
    points = User.points if earned is None else earned.c.earned
    people = select(key.label("group_id"), User.id.label("user_id"), points.label("earned"))
    if earned is not None:
        people = people.join(earned, earned.c.user_id == User.id)
    people = people.where(key.is_not(None), User.active.is_(True), points > 0).subquery()
    in_group = {"partition_by": people.c.group_id}
    ranked = select(
        people,
        func.sum(people.c.earned).over(**in_group).label("total"),
        func.count().over(**in_group).label("members"),
        func.row_number().over(**in_group, order_by=(people.c.earned.desc(), people.c.user_id))
        .label("rank"),
    ).subquery()
    rows = db.session.execute(
        select(model, ranked.c.total, ranked.c.members, User, ranked.c.earned)
        .join(ranked, ranked.c.group_id == model.id)
        .join(User, User.id == ranked.c.user_id)
        .where(ranked.c.rank <= TOP_SHARERS)
        .order_by(ranked.c.total.desc(), model.name, ranked.c.rank)
    ).all()
    groups: dict[int, GroupRow] = {}
    for item, total, members, person, points_earned in rows:
        groups.setdefault(item.id, GroupRow(item.name, item.slug, total, members, []))
        groups[item.id].top.append((person, points_earned))
    return list(groups.values())
