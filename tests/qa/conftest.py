"""Q&A fixtures: a helper that acts through the Q&A services (the vocabulary is shared: see
tests/conftest.py)."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from app.extensions import db
from app.qa import services
from app.qa.models import Post


@pytest.fixture
def qa(app, vocab):
    """Acts through the services and commits, as a route would; returns ids."""
    titles = itertools.count(1)

    def run(action):
        with app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    def user(u):
        return db.session.get(type(u), u.id)

    def post(post_id):
        return db.session.get(Post, post_id)

    return SimpleNamespace(
        ask=lambda author, title=None, body=None, tags="pricing", at=None: run(
            lambda: services.ask_question(
                user(author), title or f"How do I handle situation number {next(titles)}?",
                body or "The buyer pushed back hard on the call today. What works?", tags, at=at)
        ),
        answer=lambda author, question_id, body=None, at=None: run(
            lambda: services.post_answer(
                user(author), post(question_id),
                body or "Anchor on the value first, then talk about the price.", at=at)
        ),
        vote=lambda voter, post_id, value=1: run(
            lambda: services.cast_vote(user(voter), post(post_id), value)
        ),
        accept=lambda actor, answer_id: run(
            lambda: services.accept_answer(user(actor), post(answer_id))
        ),
        comment=lambda author, post_id, body="Could you share the deck?": run(
            lambda: services.post_comment(user(author), post(post_id), body)
        ),
        delete=lambda actor, post_id: run(lambda: services.delete_post(user(actor), post(post_id))),
        close=lambda actor, question_id, original_id: run(
            lambda: services.close_as_duplicate(user(actor), post(question_id), post(original_id))
        ),
        post=lambda post_id: _detached(app, post_id),
        tag_ids=lambda question_id: run(
            lambda: [link.tag_id for link in post(question_id).tag_links]
        ),
    )


def _detached(app, post_id):
    with app.app_context():
        found = db.session.get(Post, post_id)
        db.session.expunge(found)
        return found
