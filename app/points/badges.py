"""Badges: the table of what earns each one (bronze, silver, gold), and awarding them.

A badge is awarded once, when the action that meets its criterion happens, in that action's
transaction, with the post or page that earned it; it is never taken back (as on Stack
Overflow: a later unvote does not remove a badge). Each criterion is one query over what the
person has done, run only after the kinds of action that can meet it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from flask import url_for
from sqlalchemy import func, select
from sqlalchemy.orm import with_polymorphic

from app import signals
from app.auth.models import utcnow
from app.extensions import db
from app.points import ledger, live, rules
from app.points.models import BadgeAward, PointsEntry, PointsPerTag
from app.qa.models import Answer, Post, Question, Tag, Vote
from app.wiki.models import WikiFeedback, WikiPage, WikiRevision

TIERS = ("bronze", "silver", "gold")

Subject = tuple[str, int]  # ("post", 12), ("page", 3)


@dataclass(frozen=True)
class Badge:
    slug: str
    name: str
    tier: str
    what: str  # what earns it, as a reader says it
    met: Callable[[int, int], bool]  # (person, subject id) -> is the criterion met now?


def _accepted_answers(user_id: int) -> int:
    """A person's answers that are accepted, on questions not deleted."""
    question = db.aliased(Question)
    return db.session.scalar(
        select(func.count()).select_from(Answer)
        .join(question, question.accepted_answer_id == Answer.id)
        .where(Answer.author_id == user_id, Answer.deleted_at.is_(None),
               question.deleted_at.is_(None))) or 0


def _answer(answer_id: int) -> Answer | None:
    answer = db.session.get(Answer, answer_id)
    return answer if answer is not None and not answer.is_deleted \
        and not answer.question.is_deleted else None


def _first_answer(user_id: int, answer_id: int) -> bool:
    return _answer(answer_id) is not None


def _teacher(user_id: int, answer_id: int) -> bool:
    answer = _answer(answer_id)
    return answer is not None and answer.score >= 1


def _guru(user_id: int, answer_id: int) -> bool:
    answer = _answer(answer_id)
    return answer is not None and answer.score >= 10 \
        and answer.question.accepted_answer_id == answer.id


def _mentor(user_id: int, answer_id: int) -> bool:
    return _accepted_answers(user_id) >= 10


def _curator(user_id: int, page_id: int) -> bool:
    return (db.session.scalar(select(func.count()).select_from(PointsEntry).where(
        PointsEntry.user_id == user_id,
        PointsEntry.rule == rules.PAGE_REVERIFIED.name)) or 0) >= 10


def _gardener(user_id: int, page_id: int) -> bool:
    return (db.session.scalar(select(func.count()).select_from(WikiRevision).where(
        WikiRevision.author_id == user_id, WikiRevision.number > 1)) or 0) >= 10


def _helpful(user_id: int, page_id: int) -> bool:
    return (db.session.scalar(
        select(func.count()).select_from(WikiFeedback)
        .join(WikiPage, WikiPage.id == WikiFeedback.page_id)
        .where(WikiPage.owner_id == user_id, WikiPage.deleted_at.is_(None),
               WikiFeedback.helpful.is_(True), WikiFeedback.user_id != user_id)) or 0) >= 50


FIRST_ANSWER = Badge("first-answer", "First Answer", "bronze", "Posted a first answer",
                     _first_answer)
TEACHER = Badge("teacher", "Teacher", "bronze", "An answer of yours scored 1 or more", _teacher)
GURU = Badge("guru", "Guru", "silver", "An accepted answer of yours scored 10 or more", _guru)
MENTOR = Badge("mentor", "Mentor", "gold", "10 of your answers accepted", _mentor)
CURATOR = Badge("curator", "Curator", "silver", "Re-verified 10 wiki pages that had gone stale",
                _curator)
WIKI_GARDENER = Badge("wiki-gardener", "Wiki Gardener", "bronze", "Made 10 edits to wiki pages",
                      _gardener)
HELPFUL = Badge("helpful", "Helpful", "silver", "Your wiki pages were marked helpful 50 times",
                _helpful)

BADGES: tuple[Badge, ...] = (FIRST_ANSWER, TEACHER, GURU, MENTOR, CURATOR, WIKI_GARDENER,
                             HELPFUL)
BY_SLUG = {badge.slug: badge for badge in BADGES}

# Tag badges: points earned in one tag (from the ledger's per-tag rows).
TAG_BADGES: tuple[tuple[str, int], ...] = (("bronze", 100), ("silver", 400), ("gold", 1000))


def tag_badge_slug(tier: str) -> str:
    return f"tag-{tier}"


def tier_of(slug: str) -> str:
    """A badge's tier, for a BADGES slug or a tag badge's."""
    badge = BY_SLUG.get(slug)
    return badge.tier if badge else slug.removeprefix("tag-")


# ---------------------------------------------------------------- awarding


def _key(slug: str, user_id: int, tag_id: int | None = None) -> str:
    return f"{slug}:{user_id}" if tag_id is None else f"{slug}:{user_id}:{tag_id}"


def _give(user_id: int, slug: str, subject: Subject | None, name: str,
          tag_id: int | None = None, at: datetime | None = None) -> BadgeAward | None:
    key = _key(slug, user_id, tag_id)
    if db.session.scalar(select(BadgeAward.id).where(BadgeAward.key == key)) is not None:
        return None
    award = BadgeAward(user_id=user_id, badge=slug, tag_id=tag_id, key=key,
                       subject_type=subject[0] if subject else None,
                       subject_id=subject[1] if subject else None, awarded_at=at or utcnow())
    db.session.add(award)
    db.session.flush()
    live.badge_earned(user_id, name, tier_of(slug))
    signals.badge_awarded.send(award)
    return award


def check(user_id: int, badges: Iterable[Badge], subject: Subject) -> None:
    """Award those of `badges` the person has not got and now meets, with `subject`."""
    held = set(db.session.scalars(select(BadgeAward.badge).where(
        BadgeAward.user_id == user_id, BadgeAward.tag_id.is_(None))))
    for badge in badges:
        if badge.slug not in held and badge.met(user_id, subject[1]):
            ledger.lock_person(user_id)  # one transaction at a time awards a person's badges
            _give(user_id, badge.slug, subject, badge.name)


def check_tags(user_id: int, tag_ids: Iterable[int], subject: Subject,
               at: datetime | None = None) -> None:
    """Tag badges the person now earns in these tags (after points were written in them)."""
    tag_ids = list(dict.fromkeys(tag_ids))
    if not tag_ids:
        return
    totals = dict(db.session.execute(
        select(PointsPerTag.tag_id, PointsPerTag.points)
        .where(PointsPerTag.user_id == user_id, PointsPerTag.tag_id.in_(tag_ids))).all())
    lowest = TAG_BADGES[0][1]
    due = [tag_id for tag_id, total in totals.items() if (total or 0) >= lowest]
    if not due:
        return
    held = {tuple(row) for row in db.session.execute(
        select(BadgeAward.badge, BadgeAward.tag_id)
        .where(BadgeAward.user_id == user_id, BadgeAward.tag_id.in_(due)))}
    names = dict(db.session.execute(select(Tag.id, Tag.name).where(Tag.id.in_(due))).all())
    for tag_id in due:
        for tier, threshold in TAG_BADGES:
            slug = tag_badge_slug(tier)
            if totals[tag_id] >= threshold and (slug, tag_id) not in held:
                _give(user_id, slug, subject, names[tag_id], tag_id, at)


@dataclass(frozen=True)
class Shown:
    """A badge as a profile shows it: what, when, and what earned it (a title and a link)."""

    award: BadgeAward
    name: str
    tier: str
    what: str
    title: str | None
    url: str | None


def of_person(user_id: int) -> list[Shown]:
    """A person's badges, newest first, each with the post or page that earned it: four
    queries however many badges (and whatever earned them)."""
    awards = list(db.session.scalars(
        select(BadgeAward).where(BadgeAward.user_id == user_id)
        .options(db.joinedload(BadgeAward.tag))
        .order_by(BadgeAward.awarded_at.desc(), BadgeAward.id.desc())))
    wanted = {kind: {a.subject_id for a in awards if a.subject_type == kind}
              for kind in ("post", "page")}
    # Questions' and answers' own columns (title, question_id) loaded with them, not per post.
    every_post = with_polymorphic(Post, [Question, Answer])
    posts = {post.id: post for post in db.session.scalars(
        select(every_post).where(every_post.id.in_(wanted["post"])))}
    questions = {question.id: question for question in db.session.scalars(
        select(Question).where(Question.id.in_(
            {post.question_id for post in posts.values() if isinstance(post, Answer)})))}
    pages = {page.id: page for page in db.session.scalars(
        select(WikiPage).where(WikiPage.id.in_(wanted["page"])))}
    shown = []
    for award in awards:
        title = url = None
        post = posts.get(award.subject_id) if award.subject_type == "post" else None
        page = pages.get(award.subject_id) if award.subject_type == "page" else None
        if post is not None:
            question = questions.get(post.question_id) if isinstance(post, Answer) else post
            if question is not None and not post.is_deleted and not question.is_deleted:
                title = question.title if post is question else f"Answer to: {question.title}"
                url = url_for("qa.question", question_id=question.id,
                              _anchor=f"post-{post.id}")
        elif page is not None and not page.is_deleted:
            title, url = page.title, url_for("wiki.page", slug=page.slug)
        badge = BY_SLUG.get(award.badge)
        what = badge.what if badge else (
            f"{dict(TAG_BADGES)[tier_of(award.badge)]} points in this tag")
        shown.append(Shown(award, name_of(award), tier_of(award.badge), what, title, url))
    return shown


def holders() -> dict[str, int]:
    """How many people hold each badge (tag badges counted per tier)."""
    return dict(db.session.execute(
        select(BadgeAward.badge, func.count(func.distinct(BadgeAward.user_id)))
        .group_by(BadgeAward.badge)).all())


def name_of(award: BadgeAward) -> str:
    badge = BY_SLUG.get(award.badge)
    return badge.name if badge else (award.tag.name if award.tag else award.badge)


# ---------------------------------------------------------------- the listeners


def _on_points_written(entry: PointsEntry, tag_ids: list[int], **_) -> None:
    """After each ledger row: badges that count ledger rows (blinker calls a signal's
    receivers in no set order, so they cannot listen to the action's own signal)."""
    if entry.rule == rules.PAGE_REVERIFIED.name:
        check(entry.user_id, (CURATOR,), ("page", entry.subject_id))
    if entry.points > 0 and entry.reverses_id is None:
        subject: Subject = (entry.subject_type, entry.subject_id)
        if entry.subject_type == "revision":  # a wiki edit: the badge names the page
            subject = ("page", db.session.get(WikiRevision, entry.subject_id).page_id)
        check_tags(entry.user_id, tag_ids, subject, entry.created_at)


def _on_answer_posted(answer: Answer, **_) -> None:
    check(answer.author_id, (FIRST_ANSWER,), ("post", answer.id))


def _on_vote_cast(vote: Vote, **_) -> None:
    post: Post = vote.post
    if isinstance(post, Answer) and vote.value > 0:
        check(post.author_id, (TEACHER, GURU), ("post", post.id))


def _on_answer_accepted(answer: Answer, **_) -> None:
    check(answer.author_id, (GURU, MENTOR), ("post", answer.id))


def _on_page_edited(page: WikiPage, editor, **_) -> None:
    check(editor.id, (WIKI_GARDENER,), ("page", page.id))


def _on_feedback(feedback: WikiFeedback, **_) -> None:
    if feedback.helpful:
        page = db.session.get(WikiPage, feedback.page_id)
        check(page.owner_id, (HELPFUL,), ("page", page.id))


_LISTENERS: list[tuple[object, Callable]] = [
    (signals.points_written, _on_points_written),
    (signals.answer_posted, _on_answer_posted),
    (signals.vote_cast, _on_vote_cast),
    (signals.answer_accepted, _on_answer_accepted),
    (signals.page_edited, _on_page_edited),
    (signals.page_feedback, _on_feedback),
]


def connect_listeners() -> None:
    for signal, listener in _LISTENERS:
        signal.connect(listener, weak=False)
