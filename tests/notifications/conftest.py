"""Notification fixtures: the Q&A and wiki helpers, and a reader of a person's notifications."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.extensions import db
from app.notifications.models import Notification
from tests.qa.conftest import qa  # noqa: F401  (a fixture)
from tests.wiki.conftest import wiki  # noqa: F401  (a fixture)


@pytest.fixture
def inbox(app):
    """A person's notifications, latest first, as (kind, subject_type, text, count, read)."""
    def read(user):
        with app.app_context():
            return [(n.kind, n.subject_type, n.text, n.count, n.read_at is not None)
                    for n in db.session.scalars(
                        select(Notification).where(Notification.user_id == user.id)
                        .order_by(Notification.updated_at.desc(), Notification.id.desc()))]
    return read
