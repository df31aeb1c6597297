"""Wiki fixtures: a helper that acts through the wiki services and commits, as a route would."""

from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from app.auth.models import User
from app.extensions import db
from app.wiki import paths, services
from app.wiki.models import LearningPath, WikiPage

BODY = "How the best reps run this step, what to ask, and what to send afterwards."


@pytest.fixture
def wiki(app, vocab):
    """Writes pages, edits and verifies them through the services; returns ids."""
    numbers = itertools.count(1)

    def run(action):
        with app.app_context():
            result = action()
            db.session.commit()
            return getattr(result, "id", result)

    def user(u):
        return db.session.get(User, u.id)

    def page(page_id):
        return db.session.get(WikiPage, page_id)

    def create(author, title=None, body=BODY, tags="", parent=None, at=None):
        return run(lambda: services.create_page(
            user(author), title or f"Best practice number {next(numbers)}", body, tags,
            page(parent) if parent else None, at=at))

    def detached(page_id):
        with app.app_context():
            found = db.session.get(WikiPage, page_id)
            db.session.expunge(found)
            return found

    return SimpleNamespace(
        create=create,
        edit=lambda editor, page_id, body, tags="", base=None, at=None: run(
            lambda: services.edit_page(user(editor), page(page_id), body, tags,
                                       base_revision=base, at=at)),
        move=lambda actor, page_id, title, parent=None: run(
            lambda: services.move_page(user(actor), page(page_id), title,
                                       page(parent) if parent else None)),
        verify=lambda actor, page_id, at=None: run(
            lambda: services.verify_page(user(actor), page(page_id), at=at)),
        delete=lambda actor, page_id: run(lambda: services.delete_page(user(actor), page(page_id))),
        feedback=lambda reader, page_id, helpful, comment="": run(
            lambda: services.give_feedback(user(reader), page(page_id), helpful, comment)),
        page=detached,
        path=lambda actor, title="New hire: first 30 days", audience="New account executives": run(
            lambda: paths.create_path(user(actor), title, audience)),
        add_item=lambda actor, path_id, reference, note="": run(
            lambda: paths.add_item(user(actor), db.session.get(LearningPath, path_id), reference,
                                   note)),
    )
