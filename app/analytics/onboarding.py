"""Are the new hires onboarding: each person's progress on the learning paths they started, how
long since they started and since their last step, and who is stuck; and each path's
completion."""

from __future__ import annotations

from datetime import timedelta

from flask import url_for
from sqlalchemy import Float, and_, case, cast, func, select

from app.analytics.services import (
    Chart,
    Column,
    Figure,
    Scope,
    SectionKind,
    Table,
    limited,
    person_cells,
)
from app.auth.models import User
from app.extensions import db
from app.profiles.models import Team
from app.wiki.models import LearningPath, PathEnrollment, PathItem, PathProgress

STUCK_DAYS = 14  # no step for this long, the path not done: stuck
CHART_PATHS = 10  # the overview chart's paths at most
# An enrolment's status, as SQL orders it (the stuck first) and as a reader reads it.
STUCK, ON_TRACK, COMPLETE = 0, 1, 2
STATUS = {STUCK: "stuck", ON_TRACK: "on track", COMPLETE: "complete"}


def _enrolments(scope: Scope):
    """One row per enrolment of an active person of the team or region on a live path, as of
    the end of the period: its steps done, the path's steps, the last step's time, and its
    status."""
    steps = (select(PathItem.path_id.label("path_id"), func.count().label("steps"))
             .group_by(PathItem.path_id)).subquery("steps")
    progress = (select(PathProgress.user_id.label("user_id"), PathItem.path_id.label("path_id"),
                       func.count().label("done"), func.max(PathProgress.done_at).label("last"))
                .join(PathItem, PathItem.id == PathProgress.item_id)
                .where(PathProgress.done_at < scope.end, scope.people(PathProgress.user_id))
                .group_by(PathProgress.user_id, PathItem.path_id)).subquery("progress")
    done = func.coalesce(progress.c.done, 0)
    total = func.coalesce(steps.c.steps, 0)
    idle_since = func.coalesce(progress.c.last, PathEnrollment.started_at)
    complete = and_(total > 0, done >= total)
    stuck = and_(total > 0, done < total,
                 idle_since < scope.end - timedelta(days=STUCK_DAYS))
    status = case((complete, COMPLETE), (stuck, STUCK), else_=ON_TRACK)
    return (select(PathEnrollment.user_id, PathEnrollment.path_id, PathEnrollment.started_at,
                   LearningPath.title.label("path"), done.label("done"), total.label("steps"),
                   progress.c.last.label("last"), idle_since.label("idle_since"),
                   status.label("status"))
            .join(LearningPath, LearningPath.id == PathEnrollment.path_id)
            .join(User, User.id == PathEnrollment.user_id)
            .outerjoin(steps, steps.c.path_id == PathEnrollment.path_id)
            .outerjoin(progress, and_(progress.c.user_id == PathEnrollment.user_id,
                                      progress.c.path_id == PathEnrollment.path_id))
            .where(LearningPath.archived_at.is_(None), User.active.is_(True),
                   PathEnrollment.started_at < scope.end, scope.people(PathEnrollment.user_id))
            ).subquery("enrolments")


def learners(scope: Scope, limit: int) -> Table:
    enrolled = _enrolments(scope)
    rows = db.session.execute(
        select(enrolled, User.name, Team.name.label("team"), Team.slug.label("team_slug"))
        .join(User, User.id == enrolled.c.user_id)
        .outerjoin(Team, Team.id == User.team_id)
        # The stuck, then those on track, the longest without a step first; the done last.
        .order_by(enrolled.c.status, enrolled.c.idle_since, User.name, enrolled.c.path,
                  enrolled.c.user_id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="learners", title="New hires on learning paths",
        columns=[Column("person", "Person"), Column("team", "Team"), Column("path", "Path"),
                 Column("started", "Started", "date"),
                 Column("days", "Days since start", "number"),
                 Column("done", "Done", "number"), Column("steps", "Steps", "number"),
                 Column("last", "Last step", "date"), Column("status", "Status")],
        rows=[{**person_cells(r.user_id, r.name, r.team, r.team_slug), "path": r.path,
               "path_url": url_for("wiki.path", path_id=r.path_id), "started": r.started_at,
               "days": (scope.end - r.started_at).days, "done": r.done, "steps": r.steps,
               "last": r.last, "status": STATUS[r.status]} for r in shown],
        more=more,
        note=f"Stuck: not done, and no step for {STUCK_DAYS} days (or since starting). The "
             "stuck first, then those on track, the longest without a step first; the done "
             "last.")


def _paths(scope: Scope, limit: int) -> list:
    """(path_id, path, enrolled, completed, stuck, completion) per path with someone on it."""
    enrolled = _enrolments(scope)
    completion = case((enrolled.c.steps > 0,
                       cast(enrolled.c.done, Float) / enrolled.c.steps), else_=0.0)
    return db.session.execute(
        select(enrolled.c.path_id, enrolled.c.path, func.count().label("enrolled"),
               func.count(case((enrolled.c.status == COMPLETE, 1))).label("completed"),
               func.count(case((enrolled.c.status == STUCK, 1))).label("stuck"),
               func.avg(completion).label("completion"))
        .group_by(enrolled.c.path_id, enrolled.c.path)
        .order_by(func.count().desc(), enrolled.c.path)
        .limit(limit + 1)).all()


def paths(scope: Scope, limit: int) -> Table:
    shown, more = limited(_paths(scope, limit), limit)
    return Table(
        name="paths", title="Learning paths",
        columns=[Column("path", "Path"), Column("enrolled", "Started", "number"),
                 Column("completed", "Completed", "number"), Column("stuck", "Stuck", "number"),
                 Column("completion", "Average completion", "percent")],
        rows=[{"path": r.path, "path_url": url_for("wiki.path", path_id=r.path_id),
               "enrolled": r.enrolled, "completed": r.completed, "stuck": r.stuck,
               "completion": r.completion} for r in shown],
        more=more,
        note="Average completion: the mean of each person's share of the path's steps done.")


def overview(scope: Scope) -> tuple[list[Figure], Chart]:
    enrolled = _enrolments(scope)
    people, stuck, completed = db.session.execute(
        select(func.count(enrolled.c.user_id.distinct()),
               func.count(case((enrolled.c.status == STUCK, enrolled.c.user_id)).distinct()),
               func.count(case((enrolled.c.status == COMPLETE, enrolled.c.user_id))
                          .distinct()))).one()
    figures = [
        Figure("People on a learning path", str(people), "started one and still here"),
        Figure("Stuck", str(stuck), f"no step in {STUCK_DAYS} days on a path not done"),
        Figure("Completed a path", str(completed), "every step done"),
    ]
    chart = Chart("stacked", "Learning paths", stacks=[
        (r.path, [(STATUS[COMPLETE], r.completed),
                  (STATUS[ON_TRACK], r.enrolled - r.completed - r.stuck),
                  (STATUS[STUCK], r.stuck)])
        for r in _paths(scope, CHART_PATHS)[:CHART_PATHS]])
    return figures, chart


SECTION = SectionKind(
    "onboarding", "Onboarding", "Are the new hires onboarding?", overview,
    tables=(learners, paths),
    note="Every enrolment on a live learning path, whenever it started: the period and the tag "
         "category do not apply here; the team or region does, and who is stuck is as of the "
         "end of the period.")
