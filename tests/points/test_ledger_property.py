"""Random sequences of votes, unvotes, accepts, unaccepts, deletes and restores: after every
sequence each person's cached total equals the ledger's sum, and both equal what the posts'
current state is worth under the rules (the ledger forgets nothing and counts nothing twice)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.auth.models import Role, User
from app.errors import ServiceError
from app.extensions import db
from app.points import ledger
from app.points.models import PointsEntry, PointsEntryTag, PointsPerTag, recent_weight
from app.qa import services
from app.qa.models import Answer, Post, Question, Vote

ACTIONS = st.lists(st.tuples(
    st.sampled_from(["up", "down", "unvote", "accept", "unaccept", "delete", "restore"]),
    st.integers(0, 2),  # who: a voter (or, for accept, which answer)
    st.integers(0, 2),  # which post: the question or one of the two answers
), max_size=25)


def _worth(question: Question, people: list[User]) -> dict[int, int]:
    """What the current state earns each person, computed from the rules' numbers."""
    worth = {person.id: 0 for person in people}
    posts = [question, *db.session.scalars(select(Answer).where(
        Answer.question_id == question.id))]
    for post in posts:
        live = not post.is_deleted and not question.is_deleted
        if not live:
            continue
        answer = isinstance(post, Answer)
        for vote in db.session.scalars(select(Vote).where(Vote.post_id == post.id)):
            if vote.value > 0:
                worth[post.author_id] += 10 if answer else 5
            else:
                worth[post.author_id] -= 2
                if answer:
                    worth[vote.voter_id] -= 1
        if answer and question.accepted_answer_id == post.id \
                and post.author_id != question.author_id:
            worth[post.author_id] += 15
            worth[question.author_id] += 2
    return worth


@pytest.mark.timeout(300)
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_cached_totals_equal_the_ledger_and_the_state(app, vocab, make_user, actions):
    asker, first, second = make_user(), make_user(), make_user()
    voters = [make_user() for _ in range(3)]
    manager = make_user(role=Role.MANAGER)
    everyone = [asker, first, second, *voters, manager]
    with app.app_context():
        get = lambda u: db.session.get(User, u.id)  # noqa: E731
        question = services.ask_question(get(asker), "How do I answer the budget objection?",
                                         "The buyer says there is no budget this year.",
                                         "pricing")
        answers = [services.post_answer(get(first), question, "Find the cost of waiting."),
                   services.post_answer(get(second), question, "Ask who owns the budget.")]
        db.session.commit()
        posts = [question, *answers]
        for action, who, which in actions:
            post = db.session.get(Post, posts[which].id)
            try:
                with db.session.begin_nested():
                    if action in ("up", "down"):
                        services.cast_vote(get(voters[who]), post, 1 if action == "up" else -1)
                    elif action == "unvote":
                        services.remove_vote(get(voters[who]), post)
                    elif action == "accept":
                        services.accept_answer(get(asker), answers[who % 2])
                    elif action == "unaccept":
                        services.unaccept_answer(get(asker), question)
                    elif action == "delete":
                        services.delete_post(get(manager), post)
                    else:
                        services.restore_post(get(manager), post)
            except ServiceError:  # refused (a second identical vote, a deleted post): no change
                pass
            db.session.commit()
        worth = _worth(db.session.get(Question, question.id), [get(p) for p in everyone])
        for person in everyone:
            cached = get(person).points
            assert cached == ledger.total(person.id) == worth[person.id], person.name
        kept, summed = _kept_per_tag(), _ledger_per_tag()
        assert {key: points for key, (points, _) in kept.items()} == {
            key: points for key, (points, _) in summed.items()}
        assert [kept[key][1] for key in summed] == pytest.approx(
            [recent for _, recent in summed.values()], rel=1e-6)  # in another order
        assert _kept_accepted([person.id for person in everyone]) == _accepted_now(
            db.session.get(Question, question.id))


def _kept_accepted(user_ids: list[int]) -> dict:
    """PointsPerTag's accepted answers of these people (the database holds the examples
    before): (count, weight, latest) where any is kept."""
    return {(row.user_id, row.tag_id): (row.accepted, pytest.approx(row.accepted_recent),
                                        row.last_accepted_at)
            for row in db.session.scalars(select(PointsPerTag)
                                          .where(PointsPerTag.user_id.in_(user_ids)))
            if row.accepted or abs(row.accepted_recent) > 1e-9 or row.last_accepted_at}


def _accepted_now(question: Question) -> dict:
    """What the state says: the accepted answer of a live question, not the asker's own, is
    its author's one accepted answer in each of the question's tags, since its award."""
    answer = db.session.get(Answer, question.accepted_answer_id or 0)
    if answer is None or answer.is_deleted or question.is_deleted \
            or answer.author_id == question.author_id:
        return {}
    award = db.session.scalar(select(PointsEntry).where(
        PointsEntry.rule == "answer-accepted", PointsEntry.subject_id == answer.id,
        PointsEntry.reverses_id.is_(None), ~PointsEntry.id.in_(
            select(PointsEntry.reverses_id).where(PointsEntry.reverses_id.is_not(None)))))
    return {(answer.author_id, link.tag_id): (1, recent_weight(award.created_at),
                                              award.created_at)
            for link in question.tag_links}


def _kept_per_tag() -> dict:
    return {(row.user_id, row.tag_id): (row.points, row.recent)
            for row in db.session.scalars(select(PointsPerTag)) if row.points or row.recent}


def _ledger_per_tag() -> dict:
    """Each person's points per tag summed from the ledger's rows, and weighed by their age."""
    sums: dict = {}
    for row in db.session.scalars(select(PointsEntryTag)):
        points, recent = sums.get((row.user_id, row.tag_id), (0, 0.0))
        sums[row.user_id, row.tag_id] = (points + row.points,
                                         recent + row.points * recent_weight(row.created_at))
    return {key: value for key, value in sums.items() if value[0] or value[1]}
