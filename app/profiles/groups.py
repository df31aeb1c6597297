"""Team and region pages: who is in them, what they contributed lately and where they stand.

Each page reads a fixed number of statements whatever the size of the group: the group, its
first members (with the count), its latest posts and its latest wiki edits, and its standing
this week and this month (the leaderboard's own team query, app/points/services.group_board).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.extensions import db
from app.points import services as points
from app.profiles.models import Region, Team
from app.qa.models import Post
from app.wiki.models import WikiPage, WikiRevision

MEMBERS_SHOWN = 24  # the rest through the directory, filtered by the group
CONTRIBUTIONS_SHOWN = 10
STANDING_PERIODS = ("week", "month")

Group = Team | Region


def team(slug: str) -> Team | None:
    return db.session.scalar(select(Team).options(joinedload(Team.region))
                             .where(Team.slug == slug))


def region(slug: str) -> Region | None:
    return db.session.scalar(select(Region).where(Region.slug == slug))


def _in_group(group: Group):
    return (User.team_id if isinstance(group, Team) else User.region_id) == group.id


@dataclass
class Members:
    shown: list[User]
    total: int


def members(group: Group, limit: int = MEMBERS_SHOWN) -> Members:
    """The group's first active members by name, and how many there are: one query."""
    rows = db.session.execute(
        select(User, func.count().over().label("total"))
        .where(_in_group(group), User.active.is_(True))
        .order_by(User.name, User.id).limit(limit)).all()
    return Members([row.User for row in rows], rows[0].total if rows else 0)


@dataclass
class Contribution:
    kind: str  # "question", "answer" or "wiki edit"
    title: str  # the question's (for an answer too) or the page's
    at: datetime
    author: User
    question_id: int | None = None
    post_id: int | None = None
    page_slug: str | None = None


def recent_contributions(group: Group, limit: int = CONTRIBUTIONS_SHOWN) -> list[Contribution]:
    """The latest questions, answers and wiki edits by the group's members, newest first: two
    queries (posts, wiki revisions), merged."""
    posts = Post.__table__
    question = posts.alias("question")
    post_rows = db.session.execute(
        select(posts.c.id, posts.c.kind, posts.c.created_at, question.c.id, question.c.title,
               User)
        .join(User, User.id == posts.c.author_id)
        .join(question, question.c.id == func.coalesce(posts.c.question_id, posts.c.id))
        .where(_in_group(group), User.active.is_(True), posts.c.deleted_at.is_(None),
               question.c.deleted_at.is_(None))
        .order_by(posts.c.created_at.desc(), posts.c.id.desc()).limit(limit)).all()
    edits = db.session.execute(
        select(WikiRevision.created_at, WikiPage.title, WikiPage.slug, User)
        .join(WikiPage, WikiPage.id == WikiRevision.page_id)
        .join(User, User.id == WikiRevision.author_id)
        .where(_in_group(group), User.active.is_(True), WikiPage.deleted_at.is_(None))
        .order_by(WikiRevision.created_at.desc(), WikiRevision.id.desc()).limit(limit)).all()
    found = [Contribution(kind, title, at, author, question_id=question_id, post_id=post_id)
             for post_id, kind, at, question_id, title, author in post_rows]
    found += [Contribution("wiki edit", title, at, author, page_slug=slug)
              for at, title, slug, author in edits]
    return sorted(found, key=lambda c: c.at, reverse=True)[:limit]


@dataclass
class Standing:
    period: str  # its label: "This week"
    rank: int | None  # None: no points in the period
    earned: int
    groups: int  # how many groups earned points in the period


def standing(group: Group, now: datetime) -> list[Standing]:
    """The group's rank and points this week and this month, from the team (or region)
    leaderboard itself: one query per period."""
    board = "teams" if isinstance(group, Team) else "regions"
    found = []
    for period in STANDING_PERIODS:
        rows = points.group_board(board, period, None, now)
        place = next(((n, row) for n, row in enumerate(rows, 1) if row.slug == group.slug),
                     None)
        found.append(Standing(points.PERIODS[period], place[0] if place else None,
                              place[1].earned if place else 0, len(rows)))
    return found


@dataclass
class GroupSummary:
    group: Group
    members: int


def all_groups() -> tuple[list[GroupSummary], list[GroupSummary]]:
    """Every team (with its region) and every region, with their active members: two queries."""
    found = []
    for model, key, options in ((Team, User.team_id, [joinedload(Team.region)]),
                                (Region, User.region_id, [])):
        counts = (select(key.label("group_id"), func.count().label("members"))
                  .where(User.active.is_(True), key.is_not(None))
                  .group_by(key)).subquery()
        rows = db.session.execute(
            select(model, func.coalesce(counts.c.members, 0))
            .outerjoin(counts, counts.c.group_id == model.id)
            .options(*options).order_by(model.name)).all()
        found.append([GroupSummary(group, count) for group, count in rows])
    return found[0], found[1]
