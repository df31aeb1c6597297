"""Who carries the team: the points people earned in the period with their answers, the hidden
gems (often accepted, little followed), the share of each team that contributed, and what the
experts did with the questions routed to them."""

from __future__ import annotations

from flask import url_for
from sqlalchemy import Float, and_, case, cast, exists, func, or_, select, true, union
from sqlalchemy.orm import aliased

from app.analytics.services import (
    Bar,
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
from app.extensions import db, unindexed
from app.points.models import PointsEntry, PointsEntryTag
from app.profiles.experts import GEM_ACCEPTED_RATE, GEM_ANSWERS, GEM_FOLLOWERS
from app.profiles.models import Follow, QuestionRouting, Team
from app.qa.models import Answer, Post, Question, Tag
from app.wiki.models import WikiRevision

CHART_TEAMS = 12  # the overview chart's bars at most
# Built once: aliasing a mapper (the polymorphic one above all) is costly per request.
_QUESTION = aliased(Question, name="question")
_ANSWER = aliased(Answer, name="answer")


def _person_columns():
    return (User.id.label("user_id"), User.name.label("name"), Team.name.label("team"),
            Team.slug.label("team_slug"))


# ---------------------------------------------------------------- the period's rows


def _entry_in_category(scope: Scope):
    """The ledger row's subject had a tag of the category (its tags copied at the award)."""
    if scope.category is None:
        return true()
    return exists().where(PointsEntryTag.entry_id == PointsEntry.id,
                          PointsEntryTag.tag_id == Tag.id,
                          Tag.category_id == scope.category.id)


def _earned(scope: Scope):
    """(user_id, points): each person's net points from the period's ledger rows."""
    return (select(PointsEntry.user_id.label("user_id"),
                   func.sum(PointsEntry.points).label("points"))
            .where(scope.in_period(PointsEntry.created_at), scope.people(PointsEntry.user_id),
                   _entry_in_category(scope))
            # Through the (time, person, points) index, as the leaderboards read a period.
            .group_by(unindexed(PointsEntry.user_id)))


def _answers(scope: Scope):
    """(user_id, answers, accepted): each person's live answers posted in the period on live
    questions (of the category), and how many of them are their question's accepted answer."""
    accepted = func.count(case((_QUESTION.accepted_answer_id == Answer.id, 1)))
    return (select(Answer.author_id.label("user_id"), func.count().label("answers"),
                   accepted.label("accepted"))
            .join(_QUESTION, _QUESTION.id == Answer.question_id)
            .where(Answer.deleted_at.is_(None), scope.in_period(Answer.created_at),
                   _QUESTION.deleted_at.is_(None), scope.people(Answer.author_id),
                   scope.question_in_category(Answer.question_id))
            .group_by(Answer.author_id))


def _contributors(scope: Scope):
    """The people who asked or answered (a live post) or wrote a wiki revision in the period,
    in the category: one column, user_id."""
    question_id = func.coalesce(Post.__table__.c.question_id, Post.id)
    posted = (select(Post.author_id.label("user_id"))
              .where(Post.deleted_at.is_(None), scope.in_period(Post.created_at),
                     scope.question_in_category(question_id)))
    wrote = (select(WikiRevision.author_id.label("user_id"))
             .where(scope.in_period(WikiRevision.created_at),
                    scope.page_in_category(WikiRevision.page_id)))
    return union(posted, wrote).subquery("contributors")


# ---------------------------------------------------------------- tables


def top_contributors(scope: Scope, limit: int) -> Table:
    earned = _earned(scope).cte("earned")
    answered = _answers(scope).cte("answered")
    people = union(select(earned.c.user_id), select(answered.c.user_id)).subquery("people")
    points = func.coalesce(earned.c.points, 0)
    answers = func.coalesce(answered.c.answers, 0)
    rows = db.session.execute(
        select(*_person_columns(), points.label("points"), answers.label("answers"),
               func.coalesce(answered.c.accepted, 0).label("accepted"))
        .select_from(people)
        .join(User, User.id == people.c.user_id)
        .outerjoin(Team, Team.id == User.team_id)
        .outerjoin(earned, earned.c.user_id == User.id)
        .outerjoin(answered, answered.c.user_id == User.id)
        .where(User.active.is_(True), or_(points != 0, answers > 0))
        .order_by(points.desc(), answers.desc(), User.name, User.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="top-contributors", title="Top contributors",
        columns=[Column("person", "Person"), Column("team", "Team"),
                 Column("points", "Points", "number"), Column("answers", "Answers", "number"),
                 Column("accepted", "Accepted", "number")],
        rows=[{**person_cells(r.user_id, r.name, r.team, r.team_slug), "points": r.points,
               "answers": r.answers, "accepted": r.accepted} for r in shown],
        more=more,
        note="Points: the net points earned in the period (awards less what was taken back). "
             "Answers: live answers posted in the period; accepted: those that are their "
             "question's accepted answer now.")


def _gems(scope: Scope):
    answered = _answers(scope).subquery("answered")
    followers = (select(func.count()).where(Follow.followed_id == User.id)
                 .correlate(User).scalar_subquery())
    return (select(*_person_columns(), answered.c.answers, answered.c.accepted,
                   followers.label("followers"))
            .select_from(answered)
            .join(User, User.id == answered.c.user_id)
            .outerjoin(Team, Team.id == User.team_id)
            .where(User.active.is_(True), answered.c.answers >= GEM_ANSWERS,
                   answered.c.accepted >= GEM_ACCEPTED_RATE * answered.c.answers,
                   followers < GEM_FOLLOWERS))


def hidden_gems(scope: Scope, limit: int) -> Table:
    gems = _gems(scope).subquery("gems")
    rows = db.session.execute(
        select(gems).order_by(gems.c.accepted.desc(), gems.c.answers.desc(), gems.c.name,
                              gems.c.user_id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="hidden-gems", title="Hidden gems",
        columns=[Column("person", "Person"), Column("team", "Team"),
                 Column("answers", "Answers", "number"), Column("accepted", "Accepted", "number"),
                 Column("followers", "Followers", "number")],
        rows=[{**person_cells(r.user_id, r.name, r.team, r.team_slug), "answers": r.answers,
               "accepted": r.accepted, "followers": r.followers} for r in shown],
        more=more,
        note=f"At least {GEM_ANSWERS} live answers in the period, at least "
             f"{GEM_ACCEPTED_RATE:.0%} of them accepted, and fewer than {GEM_FOLLOWERS} "
             "followers.")


def _participation(scope: Scope, limit: int) -> list:
    """(name, slug, members, contributed, share) per team with active members, the best
    share first."""
    contributors = _contributors(scope)  # a union: each person once
    members = func.count(User.id)
    contributed = func.count(contributors.c.user_id)
    share = cast(contributed, Float) / members
    query = (select(Team.name, Team.slug, members.label("members"),
                    contributed.label("contributed"), share.label("share"))
             .join(User, and_(User.team_id == Team.id, User.active.is_(True)))
             .outerjoin(contributors, contributors.c.user_id == User.id)
             .group_by(Team.id, Team.name, Team.slug)
             .order_by(share.desc(), Team.name)
             .limit(limit + 1))
    if scope.team is not None:
        query = query.where(Team.id == scope.team.id)
    elif scope.region is not None:
        query = query.where(Team.region_id == scope.region.id)
    return db.session.execute(query).all()


def team_participation(scope: Scope, limit: int) -> Table:
    shown, more = limited(_participation(scope, limit), limit)
    return Table(
        name="team-participation", title="Share of each team that contributed",
        columns=[Column("team", "Team"), Column("members", "Members", "number"),
                 Column("contributed", "Contributed", "number"),
                 Column("share", "Share", "percent")],
        rows=[{"team": r.name, "team_url": url_for("profiles.team", slug=r.slug),
               "members": r.members, "contributed": r.contributed, "share": r.share}
              for r in shown],
        more=more,
        note="Members: the team's active people. Contributed: those who asked or answered "
             "(a live post) or wrote in the wiki in the period.")


def routed_questions(scope: Scope, limit: int) -> Table:
    routing = QuestionRouting
    # The posts table itself, not the Question mapper: its "kind = 'question'" would make
    # SQLite walk every question instead of the period's routings (their created_at index).
    question = Post.__table__.alias("question")
    in_period = (scope.in_period(routing.created_at), scope.people(routing.user_id),
                 scope.question_in_category(routing.question_id))
    # Whether the expert answered, per routing: the question's few answers read through their
    # question index, the expert looked for among them. (Joined on the expert too, PostgreSQL
    # intersected that index with the author's, whose thousands of answers it guessed at 71:
    # seconds for a month at 100,000 questions; joined on the question, it read every answer.)
    theirs = (select(func.max(case((_ANSWER.author_id == routing.user_id, 1), else_=0)))
              .where(_ANSWER.question_id == routing.question_id, _ANSWER.deleted_at.is_(None))
              .correlate(routing).scalar_subquery())
    each = (select(routing.user_id.label("user_id"),
                   func.coalesce(theirs, 0).label("theirs"),
                   question.c.answer_count.label("answers"))
            .join(question, question.c.id == routing.question_id)
            .where(*in_period, question.c.deleted_at.is_(None))
            .cte("each_routing").prefix_with("MATERIALIZED", dialect="postgresql"))
    routed = (
        select(each.c.user_id, func.count().label("routed"),
               func.count(case((each.c.theirs == 1, 1))).label("answered"),
               func.count(case((and_(each.c.theirs == 0, each.c.answers > 0), 1)))
               .label("by_others"),
               func.count(case((each.c.answers == 0, 1))).label("unanswered"))
        .group_by(each.c.user_id)
    ).subquery("routed")
    rows = db.session.execute(
        select(*_person_columns(), routed.c.routed, routed.c.answered, routed.c.by_others,
               routed.c.unanswered)
        .select_from(routed)
        .join(User, User.id == routed.c.user_id)
        .outerjoin(Team, Team.id == User.team_id)
        .where(User.active.is_(True))
        .order_by(routed.c.routed.desc(), routed.c.unanswered.desc(), User.name, User.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="routed-questions", title="Routed questions per expert",
        columns=[Column("expert", "Expert"), Column("team", "Team"),
                 Column("routed", "Routed", "number"), Column("answered", "Answered", "number"),
                 Column("by_others", "Answered by others", "number"),
                 Column("unanswered", "Unanswered", "number")],
        rows=[{**person_cells(r.user_id, r.name, r.team, r.team_slug, key="expert"),
               "routed": r.routed, "answered": r.answered, "by_others": r.by_others,
               "unanswered": r.unanswered} for r in shown],
        more=more,
        note="Live questions routed to the expert in the period: answered by them (a live "
             "answer of theirs), by others only, or by nobody yet.")


# ---------------------------------------------------------------- the overview


def overview(scope: Scope) -> tuple[list[Figure], Chart]:
    contributors = _contributors(scope)
    people, contributed = db.session.execute(
        select(func.count(User.id),
               func.count(case((User.id.in_(select(contributors.c.user_id)), User.id))))
        .where(User.active.is_(True), scope.people(User.id))).one()
    points = db.session.scalar(
        select(func.coalesce(func.sum(PointsEntry.points), 0))
        .where(scope.in_period(PointsEntry.created_at), scope.people(PointsEntry.user_id),
               _entry_in_category(scope)))
    gems = db.session.scalar(select(func.count()).select_from(_gems(scope).subquery()))
    share = contributed / people if people else 0.0
    figures = [
        Figure("People who contributed", f"{share:.0%}",
               f"{contributed} of {people} asked, answered or wrote in the wiki"),
        Figure("Points earned", f"{points:,}", "net of what was taken back"),
        Figure("Hidden gems", str(gems),
               f"often accepted (at least {GEM_ANSWERS} answers), fewer than "
               f"{GEM_FOLLOWERS} followers"),
    ]
    chart = Chart("bars", "Share of each team that contributed", bars=[
        Bar(r.name, r.share, f"{r.share:.0%}", url_for("profiles.team", slug=r.slug))
        for r in _participation(scope, CHART_TEAMS)[:CHART_TEAMS]])
    return figures, chart


SECTION = SectionKind(
    "contribution", "Contribution", "Who carries the team?", overview,
    tables=(top_contributors, hidden_gems, team_participation, routed_questions),
    note="People are counted by their own team or region; with a tag category, only points "
         "and posts in its tags count.")
