"""The expert finder ("who knows X"): people ranked by what they earned in the tags that match X.

Words become tags through tag names and synonyms, case-insensitively; runs of up to
`PHRASE_WORDS` words are tried as phrases too ("objection handling" → objection-handling).

Ranking, over the matching tags, for each active person:

    score = Σ points · 2^(-age / 90 days)  +  ACCEPTED_WEIGHT · Σ 2^(-age / 90 days)
            (per-tag ledger rows)                (accepted answers in the tags)

A ledger row's age runs from its `created_at` to now, an accepted answer's from its acceptance.
Both sums are kept per person and tag as the ledger is written (PointsPerTag): an accepted
answer is an "answer accepted" award in force, in the question's tags when it was accepted, so
accepting one's own answer counts for nothing here either. The half-life is `HALF_LIFE_DAYS` =
90: what was earned a quarter ago counts half, a year ago about a sixteenth, so recent experts
lead but a long record still counts. An accepted answer weighs `ACCEPTED_WEIGHT` fresh points
on top of the 15 the ledger paid for it: solving questions outranks collecting votes. A ledger
row or an accepted answer in two of the searched tags counts in each (it is relevant twice).
People who earned something (points above zero or an accepted answer) come first; people who
only declared the tags (DeclaredExpertise) come after all of them, by name. Follower counts,
titles and altitude play no part, so an individual contributor with good answers ranks by them;
a "hidden gem" marker points out people whose answers are often accepted though few follow them.

Every page takes the same few statements whatever the number of people and rows: the tag
lookup, the ranked page (its total rides along as `count() over ()`), the per-tag evidence of
the page's people, and their follower and answer counts.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import case, exists, func, literal, or_, select, union, union_all
from sqlalchemy.orm import aliased, joinedload

from app.auth.models import User
from app.extensions import UTCDateTime, db
from app.pagination import RowPagination, paginate_rows
from app.points.models import (
    RECENT_HALF_LIFE_DAYS,
    PointsEntry,
    PointsPerTag,
    not_taken_back,
    recent_scale,
)
from app.points.rules import ANSWER_ACCEPTED
from app.profiles.models import DeclaredExpertise, Follow
from app.qa.models import Answer, Post, PostTag, Tag, TagSynonym
from app.templating import ago

QUERY_MAX = 200
HALF_LIFE_DAYS = RECENT_HALF_LIFE_DAYS  # the ledger keeps per-tag points weighed by it
ACCEPTED_WEIGHT = 20
PHRASE_WORDS = 4  # the longest run of words tried as one tag name
SUGGESTIONS = 5
TOP_TAGS = 12  # shown for an empty query
# A hidden gem: at least this many answers, at least this share accepted, fewer followers.
GEM_ANSWERS, GEM_ACCEPTED_RATE, GEM_FOLLOWERS = 3, 0.5, 5

# Words people type around the subject ("who knows about procurement?"): they name no tag,
# and saying so would only be noise.
FILLER = frozenset((
    "who", "knows", "know", "knowing", "about", "the", "a", "an", "in", "on", "of", "for", "and",
    "or", "with", "what", "how", "is", "are", "anyone", "someone", "expert", "experts"))
# Built once: aliasing a mapper (the polymorphic one above all) is costly per request.
_ANSWER = aliased(Answer, name="answer")


# ---------------------------------------------------------------- words to tags


@dataclass
class TagMatch:
    tags: list[Tag]
    unmatched: list[str]  # the words no tag or synonym (nor phrase containing them) matched


def _words(text: str) -> list[str]:
    return [w for w in (part.strip("#?!.;:'\"()") for part in re.split(r"[\s,]+", text.lower()))
            if w]


def match_tags(text: str) -> TagMatch:
    """The tags the words (and runs of words) name, in the order of the words: one query."""
    words = _words(text)
    covers: dict[str, range] = {}
    for size in range(min(PHRASE_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            for joiner in ("-", " ") if size > 1 else ("",):
                covers.setdefault(joiner.join(run), range(start, start + size))
    if not covers:
        return TagMatch([], [])
    candidates = list(covers)
    rows = db.session.execute(
        select(Tag, func.lower(TagSynonym.name))
        .outerjoin(TagSynonym, TagSynonym.tag_id == Tag.id)
        .where(or_(func.lower(Tag.name).in_(candidates),
                   func.lower(TagSynonym.name).in_(candidates)))
    ).all()
    first_word: dict[int, int] = {}
    tags: dict[int, Tag] = {}
    covered: set[int] = set()
    for tag, synonym in rows:
        for name in (tag.name.lower(), synonym):
            if name in covers:
                tags[tag.id] = tag
                covered.update(covers[name])
                first_word[tag.id] = min(first_word.get(tag.id, len(words)), covers[name][0])
    ordered = sorted(tags.values(), key=lambda t: (first_word[t.id], t.name))
    unmatched = [w for n, w in enumerate(words) if n not in covered and w not in FILLER]
    return TagMatch(ordered, list(dict.fromkeys(unmatched)))


def suggest_tags(words: list[str], limit: int = SUGGESTIONS) -> list[Tag]:
    """Tags whose name or a synonym is close to one of the words (the vocabulary is small: one
    query reads all of its names)."""
    names: dict[str, Tag] = {}
    for tag, synonym in db.session.execute(
            select(Tag, TagSynonym.name).outerjoin(TagSynonym, TagSynonym.tag_id == Tag.id)):
        names.setdefault(tag.name.lower(), tag)
        if synonym:
            names.setdefault(synonym.lower(), tag)
    found: list[Tag] = []
    for word in words:
        close = difflib.get_close_matches(word, list(names), n=limit, cutoff=0.6)
        close += [name for name in names if len(word) >= 3 and word in name]
        for name in close:
            if names[name] not in found:
                found.append(names[name])
    return found[:limit]


def top_tags(limit: int = TOP_TAGS) -> list[Tag]:
    """The tags with the most questions."""
    questions = func.count(PostTag.post_id)
    return list(db.session.scalars(
        select(Tag).join(PostTag, PostTag.tag_id == Tag.id).group_by(Tag.id)
        .order_by(questions.desc(), Tag.name).limit(limit)))


# ---------------------------------------------------------------- the ranking


class _Ranking(NamedTuple):
    source: Any  # one row per candidate: the FROM of the ranked select
    user_id: Any
    score: Any
    has_earned: Any  # points above zero or an accepted answer in the tags
    declared: Any  # declared one of the tags (always false unless the declarations were asked for)


def _ranking(tag_ids: list[int], now: datetime, with_declared: bool) -> _Ranking:
    """The candidates (anyone with points, an accepted answer or, `with_declared`, a
    declaration in the tags) and their score: one grouped pass over each person's kept rows
    in the tags (one per person and tag, not every row they earned there) and their
    declarations, with no join between the two (SQLite's planner scanned one per row of the
    other)."""
    rows = [select(PointsPerTag.user_id.label("user_id"), PointsPerTag.recent.label("recent"),
                   PointsPerTag.points.label("points"), PointsPerTag.accepted.label("accepted"),
                   PointsPerTag.accepted_recent.label("accepted_recent"),
                   literal(0).label("declared"))
            .where(PointsPerTag.tag_id.in_(tag_ids))]
    if with_declared:
        rows.append(select(DeclaredExpertise.user_id, literal(0.0), literal(0), literal(0),
                           literal(0.0), literal(1))
                    .where(DeclaredExpertise.tag_id.in_(tag_ids)))
    kept = (union_all(*rows) if len(rows) > 1 else rows[0]).subquery("kept")
    scale = recent_scale(now)  # the kept weights, scaled to now
    person = (select(kept.c.user_id,
                     (func.sum(kept.c.recent) * scale
                      + ACCEPTED_WEIGHT * func.sum(kept.c.accepted_recent) * scale)
                     .label("score"),
                     func.sum(kept.c.points).label("points"),
                     func.sum(kept.c.accepted).label("accepted"),
                     func.max(kept.c.declared).label("declared"))
              .group_by(kept.c.user_id)).subquery("person")
    return _Ranking(person, person.c.user_id, person.c.score,
                    or_(person.c.points > 0, person.c.accepted > 0), person.c.declared > 0)


def ranked_query(tag_ids: list[int], now: datetime):
    """(User, score, earned, total) rows: earned experts by score, then declared-only people
    by name; active people only. For `RowPagination`."""
    ranking = _ranking(tag_ids, now, with_declared=True)
    tier = case((ranking.has_earned, 0), else_=1)
    return (select(User, ranking.score.label("score"), tier.label("tier"),
                   func.count().over().label("total"))
            .select_from(ranking.source)
            .join(User, User.id == ranking.user_id)
            .where(User.active.is_(True), or_(ranking.has_earned, ranking.declared))
            .options(joinedload(User.team), joinedload(User.region))
            .order_by(tier, ranking.score.desc(), User.name, User.id))


def top_for_tags(tag_ids: list[int], now: datetime, limit: int, exclude_ids: Collection[int],
                 active_since: datetime) -> list[User]:
    """The best earned experts in the tags (declarations do not count), best first, leaving out
    `exclude_ids` and anyone inactive or with no activity since `active_since`: activity is a
    ledger row earned (answers valued, wiki edits, accepted answers) or a post written, both
    read through an index on (person, time) or (person)."""
    if not tag_ids or limit <= 0:
        return []
    ranking = _ranking(tag_ids, now, with_declared=False)
    recent_row = exists().where(PointsEntry.user_id == User.id,
                                PointsEntry.created_at >= active_since)
    recent_post = exists().where(Post.author_id == User.id, Post.created_at >= active_since)
    query = (select(User)
             .select_from(ranking.source)
             .join(User, User.id == ranking.user_id)
             .where(User.active.is_(True), ranking.has_earned, or_(recent_row, recent_post))
             .order_by(ranking.score.desc(), User.id)
             .limit(limit))
    if exclude_ids:
        query = query.where(User.id.not_in(list(exclude_ids)))
    return list(db.session.scalars(query))


# ---------------------------------------------------------------- why each person is listed


@dataclass
class Reason:
    tag: Tag
    points: int = 0
    accepted: int = 0
    last_accepted: datetime | None = None
    declared: bool = False

    def text(self, now: datetime) -> str:
        parts = []
        if self.accepted:
            plural = "" if self.accepted == 1 else "s"
            parts.append(f"{self.accepted} accepted answer{plural} on {self.tag.name}, "
                         f"last one {ago(self.last_accepted, now)}")
        if self.points > 0:
            parts.append(f"{self.points} points in {self.tag.name}")
        if not parts and self.declared:
            parts.append(f"says they know {self.tag.name}")
        return " · ".join(parts)


@dataclass
class Expert:
    person: User
    score: float
    earned: bool  # False: only declared expertise in the tags
    reasons: list[Reason]
    followers: int = 0
    answers: int = 0
    accepted_answers: int = 0

    @property
    def hidden_gem(self) -> bool:
        """Answers often accepted, yet few follow them: worth knowing about."""
        return (self.earned and self.answers >= GEM_ANSWERS
                and self.accepted_answers >= GEM_ACCEPTED_RATE * self.answers
                and self.followers < GEM_FOLLOWERS)

    def why(self, now: datetime) -> str:
        return " · ".join(text for reason in self.reasons if (text := reason.text(now)))


def _reasons(user_ids: list[int], tags: list[Tag]) -> dict[int, list[Reason]]:
    """Each person's points, accepted answers and declarations per tag: one query."""
    tag_ids = [tag.id for tag in tags]
    earned = (select(PointsPerTag.user_id, PointsPerTag.tag_id, PointsPerTag.points,
                     PointsPerTag.accepted, PointsPerTag.last_accepted_at,
                     literal(False).label("declared"))
              .where(PointsPerTag.user_id.in_(user_ids), PointsPerTag.tag_id.in_(tag_ids)))
    declared = (select(DeclaredExpertise.user_id, DeclaredExpertise.tag_id, literal(0),
                       literal(0), literal(None, UTCDateTime()), literal(True))
                .where(DeclaredExpertise.user_id.in_(user_ids),
                       DeclaredExpertise.tag_id.in_(tag_ids)))
    found: dict[tuple[int, int], Reason] = {}
    by_id = {tag.id: tag for tag in tags}
    for user_id, tag_id, points, accepted, last, is_declared in db.session.execute(
            union_all(earned, declared)):
        reason = found.setdefault((user_id, tag_id), Reason(by_id[tag_id]))
        if is_declared:
            reason.declared = True
        else:
            reason.points, reason.accepted, reason.last_accepted = points, accepted, last
    order = {tag.id: n for n, tag in enumerate(tags)}
    reasons: dict[int, list[Reason]] = {}
    for (user_id, _tag), reason in sorted(found.items(), key=lambda kv: order[kv[0][1]]):
        reasons.setdefault(user_id, []).append(reason)
    return reasons


def _standing(user_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """{person: (followers, answers, accepted answers)}, all tags: one query. Accepted answers
    are counted as the ranking counts them: "answer accepted" awards in force."""
    followers = (select(func.count()).where(Follow.followed_id == User.id)
                 .correlate(User).scalar_subquery())
    answers = (select(func.count()).select_from(_ANSWER)
               .where(_ANSWER.author_id == User.id, _ANSWER.deleted_at.is_(None))
               .correlate(User).scalar_subquery())
    # Their "answer accepted" awards in force (through the awards' own index).
    accepted = (select(func.count()).select_from(PointsEntry)
                .where(PointsEntry.user_id == User.id,
                       PointsEntry.rule == ANSWER_ACCEPTED.name, not_taken_back())
                .correlate(User).scalar_subquery())
    rows = db.session.execute(select(User.id, followers, answers, accepted)
                              .where(User.id.in_(user_ids)))
    return {user_id: (f, a, c) for user_id, f, a, c in rows}


# ---------------------------------------------------------------- the page


@dataclass
class ExpertPage:
    query: str
    tags: list[Tag] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    suggestions: list[Tag] = field(default_factory=list)
    top_tags: list[Tag] = field(default_factory=list)  # for an empty query
    experts: list[Expert] = field(default_factory=list)
    pages: RowPagination | None = None  # None when no tag matched


def find(words: str, now: datetime, page: int, per_page: int) -> ExpertPage:
    """Who knows about `words`: the page of ranked experts with why each is listed, the words
    that matched no tag (with close tags to try), or the top tags when nothing was asked.
    A page past the last one raises 404 (as every paginated list)."""
    words = words.strip()
    if not words:
        return ExpertPage(words, top_tags=top_tags())
    if len(words) > QUERY_MAX:
        raise ValueError(f"Ask about at most {QUERY_MAX} characters.")
    match = match_tags(words)
    result = ExpertPage(words, match.tags, match.unmatched)
    if match.unmatched:
        result.suggestions = [t for t in suggest_tags(match.unmatched) if t not in match.tags]
    if not match.tags:
        return result
    result.pages = paginate_rows(ranked_query([t.id for t in match.tags], now), per_page, page)
    user_ids = [row.User.id for row in result.pages.items]
    if user_ids:
        reasons = _reasons(user_ids, match.tags)
        standing = _standing(user_ids)
        result.experts = [
            Expert(row.User, row.score, row.tier == 0, reasons.get(row.User.id, []),
                   *standing[row.User.id])
            for row in result.pages.items]
    return result


def experts_in(tag: Tag):
    """The ids of people with earned points or declared expertise in the tag (for the
    directory's filter), as a subquery."""
    earned = select(PointsPerTag.user_id).where(PointsPerTag.tag_id == tag.id,
                                                PointsPerTag.points > 0)
    declared = select(DeclaredExpertise.user_id).where(DeclaredExpertise.tag_id == tag.id)
    return union(earned, declared)

