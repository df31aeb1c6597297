"""Knowledge gaps: where are we missing knowledge? The questions nobody has answered, by tag
and week, and the searches that found nothing, each with what to do about it."""

from __future__ import annotations

import difflib
import math
from datetime import datetime, timedelta

from flask import url_for
from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import aliased

from app.analytics.durations import periods_since
from app.analytics.services import Chart, Column, Figure, Scope, SectionKind, Table, limited
from app.auth.models import User
from app.extensions import db
from app.qa.models import PostTag, Question, Tag, TagCategory, TagSynonym
from app.qa.services import is_unanswered
from app.search.models import SearchMiss

HEAT_TAGS = 12  # the heat map's rows: the tags with the most unanswered questions
HEAT_COLUMNS = 13  # at most: whole weeks each (a year: eleven five-week columns)
SEARCHERS_SHOWN = 5
NEAREST_TAGS = 3
_LATER = aliased(SearchMiss, name="later")


def _unanswered(scope: Scope):
    """The period's questions still unanswered (live, not closed as duplicates), asked by
    people in scope, in the category: the conditions, in the words of the unanswered list's
    index (ix_posts_unanswered)."""
    return (Question.deleted_at.is_(None), Question.duplicate_of_id.is_(None), is_unanswered(),
            scope.in_period(Question.created_at), scope.people(Question.author_id),
            scope.question_in_category(Question.id))


def column_days(scope: Scope) -> int:
    """The heat map's column width: a week, or as many weeks as keep it to HEAT_COLUMNS."""
    return 7 * math.ceil(scope.days / 7 / HEAT_COLUMNS)


def heat_map(scope: Scope) -> Chart:
    """Unanswered questions per tag (the HEAT_TAGS with most) and week of asking."""
    width = column_days(scope)
    bucket = periods_since(Question.created_at, scope.start, width).label("bucket")
    rows = db.session.execute(
        select(Tag.name, bucket, func.count().label("questions"))
        .select_from(Question).join(PostTag, PostTag.post_id == Question.id)
        .join(Tag, Tag.id == PostTag.tag_id)
        .where(*_unanswered(scope), scope.tag_in_category(Tag.category_id))
        .group_by(Tag.name, bucket)).all()
    columns = math.ceil(scope.days / width)
    totals: dict[str, int] = {}
    for name, _, count in rows:
        totals[name] = totals.get(name, 0) + count
    shown = sorted(totals, key=lambda name: (-totals[name], name))[:HEAT_TAGS]
    cells = {name: [0] * columns for name in shown}
    for name, at, count in rows:
        if name in cells and 0 <= at < columns:
            cells[name][at] += count
    labels = [f"{(scope.start + timedelta(days=n * width)):%d %b}" for n in range(columns)]
    unit = "week" if width == 7 else f"{width // 7} weeks"
    return Chart("heatmap", f"Unanswered questions by tag and {unit} asked", rows=shown,
                 columns=labels, cells=[cells[name] for name in shown],
                 caption=f"The {len(shown)} tags with most questions still unanswered; "
                         f"darker is more.")


def overview(scope: Scope) -> tuple[list[Figure], Chart]:
    unanswered = db.session.scalar(select(func.count()).select_from(Question)
                                   .where(*_unanswered(scope)))
    searches, queries = db.session.execute(
        select(func.count(), func.count(distinct(SearchMiss.query_key)))
        .where(*_misses(scope), SearchMiss.found_by == "")).one()
    return [Figure("Questions still unanswered", f"{unanswered:,}", "asked in the period"),
            Figure("Searches that found nothing", f"{searches:,}",
                   f"{queries:,} different questions")], heat_map(scope)


def unanswered_by_tag(scope: Scope, limit: int) -> Table:
    """Per tag: the period's questions still unanswered, and how long the oldest has waited."""
    rows, more = limited(db.session.execute(
        select(Tag.name, TagCategory.name, func.count().label("questions"),
               func.min(Question.created_at).label("oldest"))
        .select_from(Question).join(PostTag, PostTag.post_id == Question.id)
        .join(Tag, Tag.id == PostTag.tag_id).join(TagCategory, TagCategory.id == Tag.category_id)
        .where(*_unanswered(scope), scope.tag_in_category(Tag.category_id))
        .group_by(Tag.name, TagCategory.name)
        .order_by(func.count().desc(), Tag.name).limit(limit + 1)).all(), limit)
    return Table("unanswered-by-tag", "Unanswered questions by tag", [
        Column("tag", "Tag"), Column("category", "Category"),
        Column("questions", "Unanswered", "number"), Column("oldest", "Oldest asked", "date"),
    ], [{"tag": name, "tag_url": url_for("qa.questions", sort="unanswered", tag=name),
         "category": category, "questions": count, "oldest": oldest}
        for name, category, count, oldest in rows], more)


def unanswered_by_category(scope: Scope, limit: int) -> Table:
    """Per tag category: the period's questions still unanswered (a question counts once in a
    category, however many of its tags are in it)."""
    questions = func.count(distinct(Question.id))
    rows, more = limited(db.session.execute(
        select(TagCategory.name, TagCategory.slug, questions.label("questions"))
        .select_from(Question).join(PostTag, PostTag.post_id == Question.id)
        .join(Tag, Tag.id == PostTag.tag_id).join(TagCategory, TagCategory.id == Tag.category_id)
        .where(*_unanswered(scope), scope.tag_in_category(Tag.category_id))
        .group_by(TagCategory.name, TagCategory.slug)
        .order_by(questions.desc(), TagCategory.name).limit(limit + 1)).all(), limit)
    return Table("unanswered-by-category", "Unanswered questions by tag category", [
        Column("category", "Category"), Column("questions", "Unanswered", "number"),
    ], [{"category": name, "questions": count,
         "category_url": url_for("qa.questions", sort="unanswered", category=slug)}
        for name, slug, count in rows], more)


def _misses(scope: Scope):
    """The period's searches by people in scope, of some words (a search of punctuation only
    has none to group by)."""
    return (scope.in_period(SearchMiss.created_at), scope.people(SearchMiss.user_id),
            SearchMiss.query_key != "")


FOUND_BY = {"": "still nothing", "words": "now finds answers",
            "correction": "finds answers once corrected", "semantic": "finds answers by meaning"}


def failed_searches(scope: Scope, limit: int) -> Table:
    """The period's searches that found nothing, by people in scope, grouped by their words
    (query_key): how often, by how many people, the last time, and what a search of the same
    words (by anyone) finds now; with what to do about each."""
    nothing = func.sum(case((SearchMiss.found_by == "", 1), else_=0))
    # The latest search of the same words by anyone (ix_search_misses_key_time).
    latest = (select(_LATER.found_by).where(_LATER.query_key == SearchMiss.query_key)
              .order_by(_LATER.created_at.desc(), _LATER.id.desc()).limit(1)
              .correlate(SearchMiss).scalar_subquery())
    rows, more = limited(db.session.execute(
        select(SearchMiss.query_key, func.min(SearchMiss.query), func.count(), nothing,
               func.count(distinct(SearchMiss.user_id)), func.max(SearchMiss.created_at),
               latest)
        .where(*_misses(scope))
        .group_by(SearchMiss.query_key).having(nothing > 0)
        .order_by(nothing.desc(), func.max(SearchMiss.created_at).desc(),
                  SearchMiss.query_key).limit(limit + 1)).all(), limit)
    keys = [row[0] for row in rows]
    searchers = _searchers(scope, keys)
    nearest = nearest_tags(keys)
    table_rows = []
    for key, query, searches, found_nothing, people, last, now_finds in rows:
        names = searchers.get(key, [])
        if people > len(names):
            names = [*names, f"{people - len(names)} more"]
        tags = nearest.get(key, [])
        title = query[:1].upper() + query[1:]
        ask = url_for("qa.ask", title=title, tags=" ".join(tags))
        table_rows.append({
            "query": query, "searches": searches, "nothing": found_nothing,
            "people": names, "last": last, "now": FOUND_BY.get(now_finds, now_finds),
            "tags": tags,
            "actions": [("Write a wiki page", url_for("wiki.new", title=title), "get"),
                        (f"Ask the experts in {', '.join(tags)}" if tags
                         else "Ask it as a question", ask, "get")],
        })
    return Table("failed-searches", "Searches that found nothing", [
        Column("query", "Searched for"), Column("searches", "Searches", "number"),
        Column("nothing", "Found nothing", "number"), Column("people", "Who searched", "names"),
        Column("last", "Last searched", "date"), Column("now", "A search today"),
        Column("tags", "Nearest tags", "names"), Column("actions", "Do", "actions"),
    ], table_rows, more, note="Grouped by their words (case, spacing and punctuation aside). "
                              "“A search today” is the latest search of the same words by "
                              "anyone: once a page or an answer fills the gap, it finds it.")


def _searchers(scope: Scope, keys: list[str]) -> dict[str, list[str]]:
    """The first SEARCHERS_SHOWN names (in order) of the people in scope who searched each of
    `keys` in the period: one statement."""
    if not keys:
        return {}
    ranked = (select(SearchMiss.query_key.label("key"), User.name.label("name"),
                     func.row_number().over(partition_by=SearchMiss.query_key,
                                            order_by=(User.name, User.id)).label("n"))
              .join(User, User.id == SearchMiss.user_id)
              .where(*_misses(scope), SearchMiss.query_key.in_(keys))
              .group_by(SearchMiss.query_key, User.id, User.name).subquery())
    found: dict[str, list[str]] = {}
    for key, name in db.session.execute(
            select(ranked.c.key, ranked.c.name).where(ranked.c.n <= SEARCHERS_SHOWN)
            .order_by(ranked.c.key, ranked.c.n)):
        found.setdefault(key, []).append(name)
    return found


def nearest_tags(keys: list[str]) -> dict[str, list[str]]:
    """For each search's words, the tags they name (a tag's name or synonym among them), else
    the tags whose names are closest to its words: the vocabulary read once."""
    if not keys:
        return {}
    names: dict[str, str] = {}
    for tag, synonym in db.session.execute(
            select(Tag.name, TagSynonym.name).outerjoin(TagSynonym, TagSynonym.tag_id == Tag.id)
            .order_by(Tag.name)):
        names.setdefault(tag.lower().replace("-", " "), tag)
        if synonym:
            names.setdefault(synonym.lower().replace("-", " "), tag)
    found: dict[str, list[str]] = {}
    for key in keys:
        padded, words = f" {key} ", key.split()
        tags = [tag for name, tag in names.items() if f" {name} " in padded]
        if not tags:
            for word in words:
                tags += [names[n] for n in difflib.get_close_matches(word, list(names), n=2,
                                                                     cutoff=0.8)]
        found[key] = list(dict.fromkeys(tags))[:NEAREST_TAGS]
    return found


def biggest_by_team(start: datetime, end: datetime, per_team: int
                    ) -> dict[int, list[tuple[str, int, int]]]:
    """Per team: the words its people searched most in [start, end) that found nothing, the
    `per_team` biggest, as (the words, searches, people): one statement for every team (the
    weekly digest's summary for managers)."""
    searches = func.count()
    grouped = (select(User.team_id.label("team_id"), func.min(SearchMiss.query).label("query"),
                      searches.label("searches"),
                      func.count(distinct(SearchMiss.user_id)).label("people"),
                      func.row_number().over(partition_by=User.team_id,
                                             order_by=(searches.desc(), SearchMiss.query_key))
                      .label("rank"))
               .join(User, User.id == SearchMiss.user_id)
               .where(SearchMiss.created_at >= start, SearchMiss.created_at < end,
                      SearchMiss.found_by == "", SearchMiss.query_key != "",
                      User.team_id.is_not(None))
               .group_by(User.team_id, SearchMiss.query_key).subquery())
    found: dict[int, list[tuple[str, int, int]]] = {}
    for team_id, query, count, people in db.session.execute(
            select(grouped.c.team_id, grouped.c.query, grouped.c.searches, grouped.c.people)
            .where(grouped.c.rank <= per_team).order_by(grouped.c.team_id, grouped.c.rank)):
        found.setdefault(team_id, []).append((query, count, people))
    return found


SECTION = SectionKind(
    "gaps", "Knowledge gaps", "Where are we missing knowledge?", overview,
    (failed_searches, unanswered_by_tag, unanswered_by_category),
    note="Unanswered: asked in the period by people in scope, with no accepted answer and no "
         "answer voted up. Searches have no tags: the category filter does not apply to them.")
