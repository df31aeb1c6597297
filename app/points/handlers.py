"""The points engine's signal listeners: each settles the ledger for what changed, in the
transaction of the change (the signals are sent before the service's caller commits)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from app import signals
from app.extensions import db
from app.points import ledger, rules
from app.points.models import PointsEntry
from app.qa.models import Answer, Post, PostTag, Question, Vote
from app.wiki.models import WikiFeedback, WikiPage, WikiPageTag

VOTE_RULES = (rules.ANSWER_UPVOTED, rules.QUESTION_UPVOTED, rules.POST_DOWNVOTED,
              rules.DOWNVOTED_AN_ANSWER)
ACCEPT_RULES = (rules.ANSWER_ACCEPTED, rules.ACCEPTED_AN_ANSWER)


def _question(post: Post) -> Question:
    return post if isinstance(post, Question) else post.question


def _live(post: Post) -> bool:
    return not post.is_deleted and not _question(post).is_deleted


def _post_tags(post: Post) -> list[int]:
    return list(db.session.scalars(select(PostTag.tag_id).where(
        PostTag.post_id == _question(post).id).order_by(PostTag.position)))


def _page_tags(page: WikiPage) -> list[int]:
    return list(db.session.scalars(select(WikiPageTag.tag_id).where(
        WikiPageTag.page_id == page.id)))


def settle_vote(post: Post, voter_id: int, reason: str = "undone",
                at: datetime | None = None) -> None:
    wanted: dict[rules.Rule, int] = {}
    vote = db.session.scalar(select(Vote).where(Vote.post_id == post.id,
                                                Vote.voter_id == voter_id))
    if vote is not None and _live(post) and voter_id != post.author_id:
        answer = isinstance(post, Answer)
        if post.credited_to_person:  # an imported post nobody is named for pays nobody
            up = rules.ANSWER_UPVOTED if answer else rules.QUESTION_UPVOTED
            wanted[up if vote.value > 0 else rules.POST_DOWNVOTED] = post.author_id
        if vote.value < 0 and answer:
            wanted[rules.DOWNVOTED_AN_ANSWER] = voter_id
    ledger.settle(("post", post.id), voter_id, VOTE_RULES, wanted, _post_tags(post), reason, at)


def settle_accept(answer: Answer, reason: str = "undone", at: datetime | None = None) -> None:
    question = answer.question
    asker = question.author_id
    wanted: dict[rules.Rule, int] = {}
    # An acceptance an imported file made is nobody's action here: it pays nobody.
    if question.accepted_answer_id == answer.id and _live(answer) and answer.author_id != asker \
            and not question.accepted_by_import:
        wanted = {rules.ACCEPTED_AN_ANSWER: asker}
        if answer.credited_to_person:
            wanted[rules.ANSWER_ACCEPTED] = answer.author_id
    ledger.settle(("post", answer.id), asker, ACCEPT_RULES, wanted, _post_tags(answer), reason,
                  at)


def settle_post(post: Post, reason: str) -> None:
    """Everything on a post (and, for a question, on its answers): after a delete or a restore."""
    voters = set(db.session.scalars(select(Vote.voter_id).where(Vote.post_id == post.id)))
    actors = set(db.session.scalars(select(PointsEntry.actor_id).where(
        PointsEntry.subject_type == "post", PointsEntry.subject_id == post.id,
        PointsEntry.rule.in_([rule.name for rule in VOTE_RULES]))))
    for voter_id in sorted(voters | actors):
        settle_vote(post, voter_id, reason)
    if isinstance(post, Answer):
        settle_accept(post, reason)
    else:
        answers = db.session.scalars(select(Answer).where(Answer.question_id == post.id))
        for answer in answers:
            settle_post(answer, reason)


def settle_helpful(page: WikiPage, reader_id: int, reason: str = "undone") -> None:
    feedback = db.session.scalar(select(WikiFeedback).where(
        WikiFeedback.page_id == page.id, WikiFeedback.user_id == reader_id))
    wanted: dict[rules.Rule, int] = {}
    if feedback is not None and feedback.helpful and not page.is_deleted \
            and reader_id != page.owner_id:
        wanted[rules.PAGE_HELPFUL] = page.owner_id
    ledger.settle(("page", page.id), reader_id, (rules.PAGE_HELPFUL,), wanted, _page_tags(page),
                  reason)


def settle_page(page: WikiPage, reason: str) -> None:
    readers = set(db.session.scalars(select(WikiFeedback.user_id).where(
        WikiFeedback.page_id == page.id)))
    readers |= set(db.session.scalars(select(PointsEntry.actor_id).where(
        PointsEntry.subject_type == "page", PointsEntry.subject_id == page.id,
        PointsEntry.rule == rules.PAGE_HELPFUL.name)))
    for reader_id in sorted(readers):
        settle_helpful(page, reader_id, reason)


# ---------------------------------------------------------------- the listeners


def _on_vote_cast(vote: Vote, **_) -> None:
    # At the vote's time: the same as now, except for a vote recorded with its own time (the
    # demo organisation's history), whose points count toward that day's cap and week.
    settle_vote(vote.post, vote.voter_id, at=vote.created_at)


def _on_vote_removed(post: Post, voter, **_) -> None:
    settle_vote(post, voter.id)


def _on_accept_changed(answer: Answer, at: datetime | None = None, **_) -> None:
    # At the acceptance's time (an acceptance recorded with its own time, as a vote can be).
    settle_accept(answer, at=at)


def _on_post_deleted(post: Post, **_) -> None:
    settle_post(post, "deleted")


def _on_post_restored(post: Post, **_) -> None:
    settle_post(post, "restored")


def _on_feedback(feedback: WikiFeedback, **_) -> None:
    settle_helpful(db.session.get(WikiPage, feedback.page_id), feedback.user_id)


def _on_page_edited(page: WikiPage, editor, revision, **_) -> None:
    ledger.award(rules.PAGE_EDITED, editor.id, ("revision", revision.id), editor.id,
                 _page_tags(page), f"{rules.PAGE_EDITED.name}:revision:{revision.id}",
                 revision.created_at)


def _on_page_verified(page: WikiPage, by, was_stale: bool, **_) -> None:
    if was_stale:
        ledger.award(rules.PAGE_REVERIFIED, by.id, ("page", page.id), by.id, _page_tags(page),
                     f"{rules.PAGE_REVERIFIED.name}:page:{page.id}:"
                     f"{page.verified_at.isoformat()}", page.verified_at)


def _on_promoted_answer_accepted(answer: Answer, by, **_) -> None:
    """The chat reply that became this answer is what the asker needed: its author earns the
    promotion award, once (accepting again after un-accepting pays nothing more), and not for
    answering their own question."""
    key = f"{rules.CHAT_ANSWER_PROMOTED.name}:post:{answer.id}"
    if answer.author_id == answer.question.author_id or db.session.scalar(
            select(PointsEntry.id).where(PointsEntry.key == key)) is not None:
        return
    ledger.award(rules.CHAT_ANSWER_PROMOTED, answer.author_id, ("post", answer.id), by.id,
                 _post_tags(answer), key)


def _on_page_deleted(page: WikiPage, **_) -> None:
    settle_page(page, "deleted")


def _on_page_restored(page: WikiPage, **_) -> None:
    settle_page(page, "restored")


_LISTENERS: list[tuple[object, Callable]] = [
    (signals.vote_cast, _on_vote_cast),
    (signals.vote_removed, _on_vote_removed),
    (signals.answer_accepted, _on_accept_changed),
    (signals.answer_unaccepted, _on_accept_changed),
    (signals.post_deleted, _on_post_deleted),
    (signals.post_restored, _on_post_restored),
    (signals.page_feedback, _on_feedback),
    (signals.page_edited, _on_page_edited),
    (signals.page_verified, _on_page_verified),
    (signals.promoted_answer_accepted, _on_promoted_answer_accepted),
    (signals.page_deleted, _on_page_deleted),
    (signals.page_restored, _on_page_restored),
]


def connect_listeners() -> None:
    for signal, listener in _LISTENERS:
        signal.connect(listener, weak=False)
