"""Expert routing: a new question is put to the top experts in its tags, and a question still
unanswered after a while to the next ones (`flask experts escalate`, run from cron)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import func, select

from app import signals
from app.auth.models import utcnow
from app.extensions import db
from app.notifications.handlers import question_url
from app.notifications.models import Kind
from app.notifications.services import Event, notify
from app.profiles import experts
from app.profiles.models import QuestionRouting
from app.qa.models import PostTag, Question
from app.qa.services import is_unanswered

ACTIVE_WITHIN = timedelta(days=90)  # an expert idle for longer is not asked


@dataclass(frozen=True)
class Policy:
    per_round: int = 3
    rounds: int = 3  # the first at asking, then one per escalation
    after: timedelta = timedelta(hours=24)  # how long a round has to get an answer

    @classmethod
    def from_config(cls) -> Policy:
        config = current_app.config
        return cls(config["ROUTING_EXPERTS_PER_ROUND"], config["ROUTING_ROUNDS"],
                   timedelta(hours=config["ROUTING_ESCALATE_AFTER_HOURS"]))


def route(question: Question, round_: int, policy: Policy, now: datetime | None = None,
          ) -> list[int]:
    """Put the question to the next `policy.per_round` experts in its tags who have not been
    asked yet: active in the last 90 days, never its asker. Returns who was asked."""
    now = now or utcnow()
    tag_ids = list(db.session.scalars(select(PostTag.tag_id).where(
        PostTag.post_id == question.id)))
    asked = set(db.session.scalars(select(QuestionRouting.user_id).where(
        QuestionRouting.question_id == question.id)))
    chosen = [person.id for person in experts.top_for_tags(
        tag_ids, now, limit=policy.per_round, exclude_ids=asked | {question.author_id},
        active_since=now - ACTIVE_WITHIN)]
    db.session.add_all(QuestionRouting(question_id=question.id, user_id=user_id, round=round_,
                                       created_at=now) for user_id in chosen)
    notify(chosen, Event(Kind.ROUTED, "question", question.id,
                         f"A question you can answer: “{question.title}”",
                         question_url(question), question.author_id), at=now)
    return chosen


def due(policy: Policy, now: datetime) -> list[tuple[Question, int]]:
    """Unanswered open questions whose last round (or asking, if none) is older than
    `policy.after` and that have rounds left, with the number of their next round."""
    rounds = (select(QuestionRouting.question_id,
                     func.max(QuestionRouting.round).label("last"),
                     func.max(QuestionRouting.created_at).label("at"))
              .group_by(QuestionRouting.question_id).subquery())
    cutoff = now - policy.after
    rows = db.session.execute(
        select(Question, func.coalesce(rounds.c.last, 0))
        .outerjoin(rounds, rounds.c.question_id == Question.id)
        .where(Question.deleted_at.is_(None), Question.closed_at.is_(None), is_unanswered(),
               Question.created_at <= cutoff,
               (rounds.c.at.is_(None)) | (rounds.c.at <= cutoff),
               func.coalesce(rounds.c.last, 0) < policy.rounds)
        .order_by(Question.id)).all()
    return [(question, last + 1) for question, last in rows]


def escalate(policy: Policy, now: datetime | None = None) -> tuple[int, int]:
    """Route every due question to its next experts. Running it again at once routes nothing
    more. Returns (questions routed, experts asked)."""
    now = now or utcnow()
    questions = asked = 0
    for question, round_ in due(policy, now):
        chosen = route(question, round_, policy, now)
        questions += bool(chosen)
        asked += len(chosen)
    return questions, asked


def _on_question_asked(question: Question, **_) -> None:
    # Nobody asked an imported question just now: one large import would otherwise put every
    # one of its questions to the same top experts.
    if not question.is_imported:
        route(question, 1, Policy.from_config(), question.created_at)


def connect_listeners() -> None:
    signals.question_asked.connect(_on_question_asked, weak=False)
