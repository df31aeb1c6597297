"""Q&A fixtures: a small tag vocabulary, and a helper that acts through the Q&A services."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from app.extensions import db
from app.qa import services
from app.qa.models import Post, Tag, TagCategory, TagSynonym
from tests.conftest import csrf_token

TAGS = {
    "product": ["signal-forecast", "signal-coach"],
    "competitor": ["brightline-crm"],
    "topic": ["pricing", "discovery", "negotiation", "objection-handling"],
}
SYNONYMS = {"signal-forecast": ["pulse", "forecast"], "objection-handling": ["objections"]}


@pytest.fixture
def vocab(app):
    """Three categories and seven tags, two of them with synonyms; returns {name: id}."""
    with app.app_context():
        ids = {}
        for position, (slug, names) in enumerate(TAGS.items()):
            category = TagCategory(slug=slug, name=slug.title(), position=position,
                                   description=f"All about {slug}.")
            for name in names:
                tag = Tag(name=name, category=category, description=f"What {name} means here.")
                tag.synonyms = [TagSynonym(name=s) for s in SYNONYMS.get(name, [])]
                db.session.add(tag)
        db.session.commit()
        for tag in db.session.scalars(db.select(Tag)):
            ids[tag.name] = tag.id
        return ids


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


def send(client, path: str, data: dict | None = None, **kwargs):
    """POST a form as the browser would: with the session's CSRF token."""
    token = csrf_token(client, "/questions/ask")
    return client.post(path, data={"csrf_token": token, **(data or {})}, **kwargs)
