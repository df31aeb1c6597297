"""On PostgreSQL, fifty people vote, change and remove their votes on one answer at the same
moment, each in a thread with its own connection: afterwards the ledger agrees with the votes
that stand (to the point), no award is in force twice, every cached total equals its ledger, and
no request failed (a deadlock would surface here as an error)."""

from __future__ import annotations

import random
import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.auth.models import User
from app.errors import Conflict
from app.extensions import db
from app.points import ledger, rules
from app.points.models import PointsEntry
from app.qa import services as qa_services
from app.qa.models import Post, Vote

# Dozens of PostgreSQL connections at once (up to 65): with pytest-xdist these tests run on one
# worker, one after another, so that two of them never exceed the server's 100 together.
pytestmark = pytest.mark.xdist_group("concurrency")

VOTERS = 50
UPVOTERS = 20  # at most 20 up at once: 200 points, the daily cap, so every upvote pays in full
ACTIONS = 8  # per voter


def _all_at_once(act, people) -> None:
    """act(n, person id) for each person, each in a thread of its own; wait for them all."""
    threads = [threading.Thread(target=act, args=(n, person.id))
               for n, person in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)


@pytest.fixture
def pg_app(database_url, make_app):
    if database_url.startswith("sqlite"):
        pytest.skip("concurrent transactions are tested on PostgreSQL (SQLite has one writer)")
    return make_app(SQLALCHEMY_ENGINE_OPTIONS={"pool_size": VOTERS + 5, "max_overflow": 10})


def test_fifty_concurrent_voters_leave_a_ledger_that_matches_the_votes(pg_app, make_user, qa):
    app = pg_app
    asker, expert = make_user("Asker"), make_user("Expert")
    answer = qa.answer(expert, qa.ask(asker))
    voters = [make_user(f"Voter {n}") for n in range(VOTERS)]
    start = threading.Barrier(VOTERS, timeout=30)
    errors: list[str] = []

    def act(n: int, voter_id: int) -> None:
        chance = random.Random(n)
        choices = ("up", "down", "remove") if n < UPVOTERS else ("down", "remove")
        with app.app_context():
            start.wait()
            for _ in range(ACTIONS):
                choice = chance.choice(choices)
                try:
                    voter, post = db.session.get(User, voter_id), db.session.get(Post, answer)
                    if choice == "remove":
                        qa_services.remove_vote(voter, post)
                    else:
                        qa_services.cast_vote(voter, post, 1 if choice == "up" else -1)
                    db.session.commit()
                except Conflict:  # already voted that way, or nothing to remove: refused
                    db.session.rollback()
                except Exception as error:  # a deadlock or a duplicate row would land here
                    db.session.rollback()
                    errors.append(f"{choice}: {type(error).__name__}: {error}")

    _all_at_once(act, voters)
    assert errors == []

    with app.app_context():
        votes = Counter(db.session.scalars(select(Vote.value).where(Vote.post_id == answer)))
        assert db.session.get(Post, answer).score == votes[1] - votes[-1]
        assert ledger.total(expert.id) == (votes[1] * rules.ANSWER_UPVOTED.points
                                           + votes[-1] * rules.POST_DOWNVOTED.points)
        down_by = set(db.session.scalars(select(Vote.voter_id).where(
            Vote.post_id == answer, Vote.value == -1)))
        for voter in voters:
            assert ledger.total(voter.id) == (
                rules.DOWNVOTED_AN_ANSWER.points if voter.id in down_by else 0)
        # Every award is in force at most once per voter and rule (the rest were reversed).
        in_force = Counter((entry.actor_id, entry.rule, entry.user_id)
                           for entry in ledger.in_force(("post", answer)))
        assert set(in_force.values()) <= {1}
        # The cached totals equal the ledger's sums, for everyone.
        sums = dict(db.session.execute(select(PointsEntry.user_id, func.sum(PointsEntry.points))
                                       .group_by(PointsEntry.user_id)).all())
        for person in db.session.scalars(select(User)):
            assert person.points == sums.get(person.id, 0), person.name


def test_people_voting_on_each_other_s_answers_at_once_never_deadlock(pg_app, make_user, qa):
    """Each of twenty people has an answer and votes on everyone else's, in a random order, all
    at once: every vote writes both the author's and (voting down) the voter's points, so two
    people voting on each other lock the same two rows; they take them in one order."""
    app = pg_app
    asker = make_user("Asker")
    question = qa.ask(asker)
    people = [make_user(f"Expert {n}") for n in range(20)]
    answers = {person.id: qa.answer(person, question) for person in people}
    start = threading.Barrier(len(people), timeout=30)
    errors: list[str] = []

    def act(n: int, voter_id: int) -> None:
        targets = [answer for author, answer in answers.items() if author != voter_id]
        random.Random(n).shuffle(targets)
        with app.app_context():
            start.wait()
            for answer in targets:
                try:
                    qa_services.cast_vote(db.session.get(User, voter_id),
                                          db.session.get(Post, answer), -1)
                    db.session.commit()
                except Exception as error:  # a deadlock would land here
                    db.session.rollback()
                    errors.append(f"{type(error).__name__}: {error}")

    _all_at_once(act, people)
    assert errors == []
    with app.app_context():
        for person in people:  # 19 downvotes received (-2 each), 19 given (-1 each)
            assert ledger.total(person.id) == db.session.get(User, person.id).points == -57
