"""Who is told of what: each domain event becomes notifications for the people it concerns, in
the transaction of the event (the signals are sent before the service's caller commits)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, union

from app import signals
from app.auth.models import User
from app.chat.models import Message
from app.chat.services import message_url
from app.extensions import db
from app.notifications.models import Kind
from app.notifications.services import Event, notify
from app.points.badges import name_of, tier_of
from app.points.models import BadgeAward, PersonCertification
from app.profiles.models import Follow, ProfileNote, RecognisedExpert, TagFollow
from app.qa.models import Answer, Comment, Post, PostTag, Question
from app.wiki.models import WikiPage


def question_url(question: Question, anchor: str = "") -> str:
    return f"/questions/{question.id}/{question.slug}" + (f"#{anchor}" if anchor else "")


def page_url(page: WikiPage) -> str:
    return f"/wiki/{page.slug}"


def _thread(post: Post) -> Question:
    return post if isinstance(post, Question) else post.question


def _quoted(title: str) -> str:
    return f"“{title if len(title) <= 80 else title[:79] + '…'}”"


def _name(user_id: int) -> str:
    return db.session.get(User, user_id).name


def _on_answer_posted(answer: Answer, **_) -> None:
    question = answer.question
    notify([question.author_id], Event(
        Kind.ANSWER, "question", question.id,
        f"{_name(answer.author_id)} answered your question {_quoted(question.title)}",
        question_url(question, f"post-{answer.id}"), answer.author_id))
    _alert_followers(answer)


def _on_comment_posted(comment: Comment, **_) -> None:
    post = comment.post
    question = _thread(post)
    what = "question" if post is question else "answer on"
    notify([post.author_id], Event(
        Kind.COMMENT, "question", question.id,
        f"{_name(comment.author_id)} commented on your {what} {_quoted(question.title)}",
        question_url(question, f"comment-{comment.id}"), comment.author_id))


def _on_mentioned(subject, users: list[User], by: User, **_) -> None:
    if isinstance(subject, WikiPage):
        event = Event(Kind.MENTION, "page", subject.id,
                      f"{by.name} mentioned you on the page {_quoted(subject.title)}",
                      page_url(subject), by.id)
    elif isinstance(subject, Message):
        channel = subject.channel
        where = "a direct message" if channel.is_direct else f"#{channel.name}"
        event = Event(Kind.MENTION, "channel", channel.id,
                      f"{by.name} mentioned you in {where}", message_url(subject), by.id)
    else:
        post = subject.post if isinstance(subject, Comment) else subject
        question = _thread(post)
        anchor = f"comment-{subject.id}" if isinstance(subject, Comment) else f"post-{post.id}"
        event = Event(Kind.MENTION, "question", question.id,
                      f"{by.name} mentioned you in {_quoted(question.title)}",
                      question_url(question, anchor), by.id)
    notify([u.id for u in users], event)


def _on_answer_accepted(answer: Answer, by: User, **_) -> None:
    question = answer.question
    notify([answer.author_id], Event(
        Kind.ACCEPTED, "question", question.id,
        f"{by.name} accepted your answer to {_quoted(question.title)}",
        question_url(question, f"post-{answer.id}"), by.id))


def _on_badge_awarded(award: BadgeAward, **_) -> None:
    notify([award.user_id], Event(
        Kind.BADGE, "badge", award.id,
        f"You earned the {tier_of(award.badge)} badge {name_of(award)}",
        f"/people/{award.user_id}#badges-heading"), at=award.awarded_at)


def _on_certification_awarded(given: PersonCertification, by: User, **_) -> None:
    notify([given.user_id], Event(
        Kind.CERTIFICATION, "certification", given.id,
        f"{by.name} certified you: {given.certification.name}",
        f"/people/{given.user_id}#certifications-heading", by.id), at=given.awarded_at)


def _on_page_stale(page: WikiPage, **_) -> None:
    notify([page.owner_id], Event(
        Kind.REVIEW_DUE, "page", page.id,
        f"Your page {_quoted(page.title)} is due for review", page_url(page)))


def _on_note_posted(note: ProfileNote, **_) -> None:
    notify([note.board_user_id], Event(
        Kind.NOTE, "board", note.board_user_id,
        f"{_name(note.author_id)} left a note on your board",
        f"/people/{note.board_user_id}#board", note.author_id), at=note.created_at)


def _on_question_asked(question: Question, **_) -> None:
    _alert_followers(question)


def _alert_followers(post: Post) -> None:
    """A recognised expert posted: their followers and the followers of the thread's tags
    are told."""
    recognised = db.session.scalar(select(RecognisedExpert.user_id).where(
        RecognisedExpert.user_id == post.author_id))
    if recognised is None:
        return
    question = _thread(post)
    followers = union(
        select(Follow.follower_id).where(Follow.followed_id == post.author_id),
        select(TagFollow.user_id).join(PostTag, PostTag.tag_id == TagFollow.tag_id)
        .where(PostTag.post_id == question.id))
    did = "asked" if post is question else "answered"
    notify(db.session.scalars(followers), Event(
        Kind.FOLLOWED, "question", question.id,
        f"Recognised expert {_name(post.author_id)} {did} {_quoted(question.title)}",
        question_url(question, f"post-{post.id}"), post.author_id))


_LISTENERS: list[tuple[object, Callable]] = [
    (signals.answer_posted, _on_answer_posted),
    (signals.comment_posted, _on_comment_posted),
    (signals.user_mentioned, _on_mentioned),
    (signals.answer_accepted, _on_answer_accepted),
    (signals.badge_awarded, _on_badge_awarded),
    (signals.certification_awarded, _on_certification_awarded),
    (signals.page_stale, _on_page_stale),
    (signals.note_posted, _on_note_posted),
    (signals.question_asked, _on_question_asked),
]


def connect_listeners() -> None:
    for signal, listener in _LISTENERS:
        signal.connect(listener, weak=False)
