"""The enablement dashboard's frame: who sees what (the scope of a manager's question: a
period, a team or region, a tag category), the tables and charts every section is made of, and
the five sections, each a manager's question (their figures are in the sections' modules).

Every figure is an SQL aggregate over the scope, served by an index (tests/analytics hold
each to hand-made data with a known answer); Python only arranges the aggregated rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from flask import current_app, url_for
from sqlalchemy import exists, select, text, true

from app.auth.models import User, utcnow
from app.charts import Bar as Bar  # the sections draw with these
from app.charts import Chart
from app.errors import Forbidden, NotFound, ServiceError
from app.extensions import cache, db
from app.notifications.models import Kind
from app.notifications.services import Event, notify
from app.profiles.models import Region, Team
from app.qa.models import PostTag, Tag, TagCategory
from app.wiki.models import WikiPage, WikiPageTag

PERIODS = {7: "Last 7 days", 30: "Last 30 days", 90: "Last 90 days", 365: "Last 12 months"}
DEFAULT_PERIOD = 30
EVERYONE = "all"  # the team filter's value for the whole organisation
OVERVIEW_ROWS = 5  # each section's first table on the dashboard
SECTION_ROWS = 25  # each table on a section's own page
CSV_ROWS = 10_000  # a download's rows at most


# Tables of the category conditions, aliased: the query they are put in may join its own.
_POST_TAG = PostTag.__table__.alias("in_category_post_tag")
_PAGE_TAG = WikiPageTag.__table__.alias("in_category_page_tag")
_CATEGORY_TAG = Tag.__table__.alias("in_category_tag")


def plan_for_aggregates() -> None:
    """For this transaction, no JIT compilation on PostgreSQL: the dashboard's aggregates are
    costed high enough for it, and compiling them took longer than running them (over a
    second, for statements of a few dozen milliseconds, at 100,000 questions)."""
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(text("SET LOCAL jit = off"))


def require_analyst(viewer: User) -> None:
    if not viewer.is_manager:
        raise Forbidden("The enablement dashboard is for managers and admins.")


# ---------------------------------------------------------------- the scope


@dataclass(frozen=True)
class Scope:
    """What a figure counts: things from [start, end) by people of the team or region (the
    author, asker, searcher, owner or learner, as each figure says), in the tag category."""

    days: int
    end: datetime
    team: Team | None = None
    region: Region | None = None
    category: TagCategory | None = None

    @property
    def start(self) -> datetime:
        return self.end - timedelta(days=self.days)

    def before(self) -> Scope:
        """The period before this one, of the same length, with the same filters."""
        return replace(self, end=self.start)

    @property
    def filters_people(self) -> bool:
        return self.team is not None or self.region is not None

    def people(self, user_id) -> object:
        """The condition that the person in `user_id` is in the team or region."""
        if self.team is not None:
            return user_id.in_(select(User.id).where(User.team_id == self.team.id))
        if self.region is not None:
            return user_id.in_(select(User.id).where(User.region_id == self.region.id))
        return true()

    def in_period(self, at) -> object:
        return (at >= self.start) & (at < self.end)

    def question_in_category(self, question_id) -> object:
        if self.category is None:
            return true()
        # Its own tag links and tags, whatever tags the enclosing query joins (a table by tag).
        return exists().where(_POST_TAG.c.post_id == question_id,
                              _POST_TAG.c.tag_id == _CATEGORY_TAG.c.id,
                              _CATEGORY_TAG.c.category_id == self.category.id)

    def tag_in_category(self, category_id) -> object:
        """A table by tag lists the category's own tags (not the others its questions have)."""
        return true() if self.category is None else category_id == self.category.id

    def page_in_category(self, page_id) -> object:
        if self.category is None:
            return true()
        return exists().where(_PAGE_TAG.c.page_id == page_id,
                              _PAGE_TAG.c.tag_id == _CATEGORY_TAG.c.id,
                              _CATEGORY_TAG.c.category_id == self.category.id)

    @property
    def label(self) -> str:
        where = (f"team {self.team.name}" if self.team else
                 f"region {self.region.name}" if self.region else "everyone")
        what = f", {self.category.name}" if self.category else ""
        return f"{PERIODS.get(self.days, f'{self.days} days')}, {where}{what}"


def scope_for(viewer: User, now: datetime, period: int | None = None, team: str | None = None,
              region: str | None = None, category: str | None = None) -> Scope:
    """The scope a manager asked for: by default the last DEFAULT_PERIOD days of their own
    team (an admin, or a manager without a team: everyone). `team` "all" widens it to everyone,
    another team's or a region's slug to that team or region."""
    require_analyst(viewer)
    days = DEFAULT_PERIOD if period is None else period
    if days not in PERIODS:
        raise ServiceError(f"Choose a period of {', '.join(map(str, PERIODS))} days.",
                           "period")
    chosen_team = chosen_region = chosen_category = None
    if team and team != EVERYONE:
        chosen_team = db.session.scalar(select(Team).where(Team.slug == team))
        if chosen_team is None:
            raise ServiceError(f"No team is called “{team}”.", "team")
    elif team is None and not region and viewer.team_id and not viewer.is_admin:
        chosen_team = db.session.get(Team, viewer.team_id)
    if region and chosen_team is None:
        chosen_region = db.session.scalar(select(Region).where(Region.slug == region))
        if chosen_region is None:
            raise ServiceError(f"No region is called “{region}”.", "region")
    if category:
        chosen_category = db.session.scalar(
            select(TagCategory).where(TagCategory.slug == category))
        if chosen_category is None:
            raise ServiceError(f"No tag category is called “{category}”.", "category")
    return Scope(days, now, chosen_team, chosen_region, chosen_category)


# ---------------------------------------------------------------- tables and charts


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    # How a value reads: text, number, percent (0..1), hours (a duration in seconds, shown
    # in hours or days), date, trend (a change in seconds), names (a list of text).
    kind: str = "text"


@dataclass
class Table:
    """One table of a section: its rows are dicts by column key; a text cell links to
    row[key + "_url"] when there is one; row["actions"] lists (label, url, method)."""

    name: str  # its address: /analytics/<section>/<name>.csv
    title: str
    columns: list[Column]
    rows: list[dict]
    more: bool = False  # rows past the limit exist (the CSV has them)
    note: str = ""


@dataclass
class Figure:
    """A headline figure: "Median time to a first answer: 3.5 h (1 h faster than before)"."""

    label: str
    value: str
    detail: str = ""


@dataclass
class Section:
    slug: str
    title: str
    question: str
    figures: list[Figure]
    chart: Chart
    tables: list[Table]
    note: str = ""


TableMaker = Callable[[Scope, int], Table]


@dataclass(frozen=True)
class SectionKind:
    slug: str
    title: str
    question: str
    overview: Callable[[Scope], tuple[list[Figure], Chart]]
    tables: tuple[TableMaker, ...]  # the first is the one the dashboard shows
    note: str = ""

    def table_names(self) -> list[str]:
        return [maker.__name__.replace("_", "-") for maker in self.tables]

    def build(self, scope: Scope, rows: int, tables: int | None = None) -> Section:
        figures, chart = self.overview(scope)
        return Section(self.slug, self.title, self.question, figures, chart,
                       [maker(scope, rows) for maker in self.tables[:tables]], self.note)

    def table(self, name: str, scope: Scope, rows: int) -> Table:
        for maker in self.tables:
            if maker.__name__.replace("_", "-") == name:
                return maker(scope, rows)
        raise ServiceError(f"The {self.title.lower()} section has no table “{name}”.", "table")


def sections() -> dict[str, SectionKind]:
    """The five sections, in the dashboard's order."""
    from app.analytics import content, contribution, gaps, onboarding, responsiveness

    return {kind.slug: kind for kind in (gaps.SECTION, responsiveness.SECTION,
                                         contribution.SECTION, content.SECTION,
                                         onboarding.SECTION)}


def as_of(now: datetime) -> datetime:
    """The end of the period the figures are computed to: `now`, or with a cache, the start
    of the current ANALYTICS_CACHE_SECONDS (everyone asking in it reads the same figures)."""
    seconds = current_app.config["ANALYTICS_CACHE_SECONDS"]
    if not seconds:
        return now
    return datetime.fromtimestamp(now.timestamp() // seconds * seconds, tz=now.tzinfo)


def rendered(kind: SectionKind, scope: Scope, rows: int, tables: int | None,
             render: Callable[[Section], str]) -> str:
    """The section built and drawn by `render`, once per scope and cache period in this
    process (the scope's end is that period's start: `as_of`): what a page shows of it is the
    same for every manager asking, but for the placeholders `render` leaves for the reader's
    own form token and address."""
    seconds = current_app.config["ANALYTICS_CACHE_SECONDS"]
    if not seconds:
        plan_for_aggregates()
        return render(kind.build(scope, rows, tables))
    key = ":".join(map(str, (
        "analytics", kind.slug, rows, tables, scope.days, scope.end.isoformat(),
        scope.team.id if scope.team else "", scope.region.id if scope.region else "",
        scope.category.id if scope.category else "")))
    html = cache.get(key)
    if html is None:
        plan_for_aggregates()
        html = render(kind.build(scope, rows, tables))
        cache.set(key, html, timeout=seconds)
    return html


def remind_owner(actor: User, page_id: int, at: datetime | None = None) -> WikiPage:
    """Ask a live page's owner to review it (a notification, folded into their unread one on
    the page if they have it)."""
    require_analyst(actor)
    page = db.session.get(WikiPage, page_id)
    if page is None or page.is_deleted:
        raise NotFound("No such page.")
    due = "is due" if page.review_due_at > (at or utcnow()) else "was due"
    notify([page.owner_id], Event(
        Kind.REVIEW_DUE, "page", page.id,
        f"{actor.name} asks you to review “{page.title}”: its review {due} "
        f"{page.review_due_at:%d %b %Y}", url_for("wiki.page", slug=page.slug), actor.id),
        at=at)
    return page


def csv_rows(table: Table) -> list[list[object]]:
    """A table as a spreadsheet reads it: a header, then values without units (durations in
    hours, shares in per cent, dates in ISO 8601)."""
    columns = [c for c in table.columns if c.kind != "actions"]
    out: list[list[object]] = [[c.label + _unit(c.kind) for c in columns]]
    for row in table.rows:
        out.append([_plain(row.get(c.key), c.kind) for c in columns])
    return out


def _unit(kind: str) -> str:
    return {"hours": " (hours)", "trend": " (hours)", "percent": " (%)"}.get(kind, "")


def _plain(value: object, kind: str) -> object:
    if value is None:
        return ""
    if kind in ("hours", "trend"):
        return f"{value / 3600:.1f}"
    if kind == "percent":
        return f"{value * 100:.0f}"
    if kind == "date":
        return value.date().isoformat() if isinstance(value, datetime) else str(value)
    if kind == "names":
        return "; ".join(value)
    return value


def person_cells(user_id: int, name: str, team: str | None, team_slug: str | None,
                 key: str = "person") -> dict:
    """A person's cell linked to their profile, and their team's linked to its page."""
    return {key: name, f"{key}_url": url_for("profiles.profile", user_id=user_id),
            "team": team or "",
            "team_url": url_for("profiles.team", slug=team_slug) if team_slug else ""}


def limited(rows: list, limit: int) -> tuple[list, bool]:
    """A query's rows read with one more than `limit`: the rows, and whether more exist."""
    return rows[:limit], len(rows) > limit
