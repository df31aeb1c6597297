"""Which content is stale or unhelpful: the period's most viewed and most helpful pages, the
least helpful with their readers' comments, the pages past their review date (by owner, and
each with a reminder to its owner), and the accepted answers written long ago that many read."""

from __future__ import annotations

from datetime import date, timedelta

from flask import current_app, url_for
from sqlalchemy import Float, case, cast, func, select

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
from app.profiles.models import Team
from app.qa.models import Post
from app.wiki.models import WikiFeedback, WikiPage, WikiPageView

COMMENTS = 3  # the latest "not helpful" comments shown per page
CHART_PAGES = 8  # the overview chart's bars at most
# The posts table itself, not the Question and Answer mappers: with their "kind = ..." SQLite
# walks every live question or answer instead of the accepted questions' partial index.
_QUESTION = Post.__table__.alias("question")
_ANSWER = Post.__table__.alias("answer")


def review_days() -> int:
    """An accepted answer last written longer ago than this (days) is due for a review."""
    return current_app.config["ANALYTICS_ANSWER_REVIEW_DAYS"]


def period_dates(scope: Scope) -> tuple[date, date]:
    """The first and last day of the period, as views are kept (one row per person, page and
    day): the `days` days whose last holds the period's last moment, so that consecutive
    periods share no day."""
    last = (scope.end - timedelta(microseconds=1)).date()
    return last - timedelta(days=scope.days - 1), last


def _page_cells(row) -> dict:
    return {"page": row.title, "page_url": url_for("wiki.page", slug=row.slug),
            "owner": row.owner, "owner_url": url_for("profiles.profile", user_id=row.owner_id)}


_PAGE_COLUMNS = (WikiPage.title, WikiPage.slug, WikiPage.owner_id, User.name.label("owner"))


def _pages_in_scope(scope: Scope):
    """Live pages whose owner is in the team or region, in the tag category."""
    return (WikiPage.deleted_at.is_(None), scope.people(WikiPage.owner_id),
            scope.page_in_category(WikiPage.id))


# ---------------------------------------------------------------- views and feedback


def _most_viewed(scope: Scope, limit: int) -> list:
    first, last = period_dates(scope)
    views = (select(WikiPageView.page_id.label("page_id"), func.count().label("views"))
             .where(WikiPageView.day >= first, WikiPageView.day <= last)
             .group_by(WikiPageView.page_id)).subquery("views")
    return db.session.execute(
        select(*_PAGE_COLUMNS, views.c.views)
        .select_from(views)
        .join(WikiPage, WikiPage.id == views.c.page_id)
        .join(User, User.id == WikiPage.owner_id)
        .where(*_pages_in_scope(scope))
        .order_by(views.c.views.desc(), WikiPage.title, WikiPage.id)
        .limit(limit + 1)).all()


def most_viewed(scope: Scope, limit: int) -> Table:
    shown, more = limited(_most_viewed(scope, limit), limit)
    return Table(
        name="most-viewed", title="Most viewed pages",
        columns=[Column("page", "Page"), Column("owner", "Owner"),
                 Column("views", "Views", "number")],
        rows=[{**_page_cells(r), "views": r.views} for r in shown],
        more=more,
        note="Views: a person reading a page on a day counts once.")


def _feedback(scope: Scope):
    """(page_id, helpful, not_helpful): the marks given (or last changed) in the period."""
    return (select(WikiFeedback.page_id.label("page_id"),
                   func.count(case((WikiFeedback.helpful, 1))).label("helpful"),
                   func.count(case((~WikiFeedback.helpful, 1))).label("not_helpful"))
            .where(scope.in_period(WikiFeedback.updated_at))
            .group_by(WikiFeedback.page_id)).subquery("marks")


def most_helpful(scope: Scope, limit: int) -> Table:
    marks = _feedback(scope)
    share = cast(marks.c.helpful, Float) / (marks.c.helpful + marks.c.not_helpful)
    rows = db.session.execute(
        select(WikiPage.id, *_PAGE_COLUMNS, marks.c.helpful, marks.c.not_helpful,
               share.label("share"))
        .select_from(marks)
        .join(WikiPage, WikiPage.id == marks.c.page_id)
        .join(User, User.id == WikiPage.owner_id)
        .where(marks.c.helpful > 0, *_pages_in_scope(scope))
        .order_by(marks.c.helpful.desc(), share.desc(), WikiPage.title, WikiPage.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="most-helpful", title="Most helpful pages",
        columns=[Column("page", "Page"), Column("owner", "Owner"),
                 Column("helpful", "Helpful", "number"),
                 Column("not_helpful", "Not helpful", "number"),
                 Column("share", "Helpful share", "percent")],
        rows=[{**_page_cells(r), "helpful": r.helpful, "not_helpful": r.not_helpful,
               "share": r.share} for r in shown],
        more=more,
        note="Readers' marks given or changed in the period.")


def least_helpful(scope: Scope, limit: int) -> Table:
    marks = _feedback(scope)
    rows = db.session.execute(
        select(WikiPage.id, *_PAGE_COLUMNS, marks.c.helpful, marks.c.not_helpful)
        .select_from(marks)
        .join(WikiPage, WikiPage.id == marks.c.page_id)
        .join(User, User.id == WikiPage.owner_id)
        .where(marks.c.not_helpful > 0, *_pages_in_scope(scope))
        .order_by(marks.c.not_helpful.desc(), marks.c.helpful, WikiPage.title, WikiPage.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    comments: dict[int, list[str]] = {r.id: [] for r in shown}
    if shown:
        ranked = (select(WikiFeedback.page_id, WikiFeedback.comment,
                         func.row_number().over(
                             partition_by=WikiFeedback.page_id,
                             order_by=(WikiFeedback.updated_at.desc(), WikiFeedback.id.desc()))
                         .label("rank"))
                  .where(WikiFeedback.page_id.in_(list(comments)), ~WikiFeedback.helpful,
                         WikiFeedback.comment != "", scope.in_period(WikiFeedback.updated_at))
                  ).subquery("ranked")
        for page_id, comment in db.session.execute(
                select(ranked.c.page_id, ranked.c.comment).where(ranked.c.rank <= COMMENTS)
                .order_by(ranked.c.page_id, ranked.c.rank)):
            comments[page_id].append(comment)
    return Table(
        name="least-helpful", title="Least helpful pages",
        columns=[Column("page", "Page"), Column("owner", "Owner"),
                 Column("not_helpful", "Not helpful", "number"),
                 Column("helpful", "Helpful", "number"),
                 Column("comments", "Latest comments", "names")],
        rows=[{**_page_cells(r), "not_helpful": r.not_helpful, "helpful": r.helpful,
               "comments": comments[r.id]} for r in shown],
        more=more,
        note=f"Readers' marks given or changed in the period, with up to {COMMENTS} of the "
             "period's “not helpful” comments, the latest first.")


# ---------------------------------------------------------------- stale pages and answers


def _stale(scope: Scope):
    return (*_pages_in_scope(scope), WikiPage.review_due_at <= scope.end)


def stale_by_owner(scope: Scope, limit: int) -> Table:
    stale = (select(WikiPage.owner_id.label("owner_id"), func.count().label("pages"),
                    func.min(WikiPage.review_due_at).label("oldest"))
             .where(*_stale(scope))
             # Through the review date's index, not by walking every page by owner.
             .group_by(unindexed(WikiPage.owner_id))).subquery("stale")
    rows = db.session.execute(
        select(User.id.label("user_id"), User.name, Team.name.label("team"),
               Team.slug.label("team_slug"), stale.c.pages, stale.c.oldest)
        .select_from(stale)
        .join(User, User.id == stale.c.owner_id)
        .outerjoin(Team, Team.id == User.team_id)
        .order_by(stale.c.pages.desc(), stale.c.oldest, User.name, User.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="stale-by-owner", title="Stale pages by owner",
        columns=[Column("owner", "Owner"), Column("team", "Team"),
                 Column("pages", "Stale pages", "number"),
                 Column("oldest", "Review due since", "date")],
        rows=[{**person_cells(r.user_id, r.name, r.team, r.team_slug, key="owner"),
               "pages": r.pages, "oldest": r.oldest} for r in shown],
        more=more,
        note="Live pages past their review date.")


def stale_pages(scope: Scope, limit: int) -> Table:
    rows = db.session.execute(
        select(WikiPage.id, *_PAGE_COLUMNS, WikiPage.review_due_at)
        .join(User, User.id == WikiPage.owner_id)
        .where(*_stale(scope))
        .order_by(WikiPage.review_due_at, WikiPage.id)
        .limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="stale-pages", title="Stale pages",
        columns=[Column("page", "Page"), Column("owner", "Owner"),
                 Column("due", "Review due", "date"), Column("actions", "", "actions")],
        rows=[{**_page_cells(r), "due": r.review_due_at,
               "actions": [("Remind the owner", url_for("analytics.remind", page_id=r.id),
                            "post")]}
              for r in shown],
        more=more,
        note="Live pages past their review date, the longest overdue first.")


def _old_answers(scope: Scope):
    """Live questions whose live accepted answer was last written review_days() or more before
    the end of the period (by someone of the team or region)."""
    question, answer = _QUESTION.c, _ANSWER.c
    written = func.coalesce(answer.edited_at, answer.created_at)
    # An imported answer nobody was named for reads as its file named it.
    by = func.coalesce(func.nullif(answer.original_author, ""), User.name)
    return (select(question.id, question.title, question.view_count, answer.author_id,
                   answer.original_author, by.label("by"), written.label("written"))
            .select_from(_QUESTION)
            .join(_ANSWER, answer.id == question.accepted_answer_id)
            .join(User, User.id == answer.author_id)
            .where(question.accepted_answer_id.is_not(None), question.deleted_at.is_(None),
                   answer.deleted_at.is_(None),
                   written < scope.end - timedelta(days=review_days()),
                   scope.people(answer.author_id), scope.question_in_category(question.id)))


def old_answers(scope: Scope, limit: int) -> Table:
    old = _old_answers(scope).subquery("old")
    rows = db.session.execute(
        select(old).order_by(old.c.view_count.desc(), old.c.id).limit(limit + 1)).all()
    shown, more = limited(rows, limit)
    return Table(
        name="old-answers", title="Accepted answers due for a review",
        columns=[Column("question", "Question"), Column("by", "Answer by"),
                 Column("written", "Answer written", "date"),
                 Column("views", "Views", "number")],
        rows=[{"question": r.title,
               "question_url": url_for("qa.question", question_id=r.id),
               "by": r.by,
               "by_url": "" if r.original_author else url_for("profiles.profile",
                                                              user_id=r.author_id),
               "written": r.written, "views": r.view_count} for r in shown],
        more=more,
        note=f"Accepted answers last written more than {review_days()} days before the end of "
             "the period, the most read questions first.")


# ---------------------------------------------------------------- the overview


def overview(scope: Scope) -> tuple[list[Figure], Chart]:
    stale = db.session.scalar(select(func.count()).select_from(WikiPage).where(*_stale(scope)))
    unhelpful = db.session.scalar(
        select(func.count(WikiFeedback.page_id.distinct()))
        .join(WikiPage, WikiPage.id == WikiFeedback.page_id)
        .where(scope.in_period(WikiFeedback.updated_at), ~WikiFeedback.helpful,
               *_pages_in_scope(scope)))
    # Counted as far as it is useful to know (as the lists are): "1,000+" past the bound.
    bound = current_app.config["LIST_COUNT_LIMIT"]
    due = db.session.scalar(select(func.count()).select_from(
        _old_answers(scope).limit(bound + 1).subquery()))
    figures = [
        Figure("Stale pages", f"{stale:,}", "past their review date"),
        Figure("Pages marked not helpful", f"{unhelpful:,}", "by a reader in the period"),
        Figure("Answers due for a review", f"{bound:,}+" if due > bound else f"{due:,}",
               f"accepted answers last written over {review_days()} days ago"),
    ]
    chart = Chart("bars", "Most viewed pages", bars=[
        Bar(r.title, r.views, f"{r.views:,}", url_for("wiki.page", slug=r.slug))
        for r in _most_viewed(scope, CHART_PAGES)[:CHART_PAGES]])
    return figures, chart


SECTION = SectionKind(
    "content", "Content health", "Which content is stale or unhelpful?", overview,
    tables=(most_viewed, most_helpful, least_helpful, stale_by_owner, stale_pages, old_answers),
    note="Pages count by their owner's team or region, answers by their author's; stale pages "
         "and answers due for a review are as of the end of the period.")
