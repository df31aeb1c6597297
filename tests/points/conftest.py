"""Points fixtures: the Q&A and wiki helpers (acting through the services), and a reader of the
ledger."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from app.auth.models import User
from app.extensions import db
from app.points import ledger
from app.points.models import PointsEntry
from tests.qa.conftest import qa  # noqa: F401  (a fixture)
from tests.wiki.conftest import wiki  # noqa: F401  (a fixture)


@pytest.fixture
def points(app):
    def read(action):
        with app.app_context():
            return action()

    def total(user):
        """The cached total; every call also checks it equals the ledger's sum."""
        def both():
            cached = db.session.get(User, user.id).points
            assert cached == ledger.total(user.id), "users.points differs from the ledger"
            return cached
        return read(both)

    def rows(user=None):
        def query():
            statement = select(PointsEntry).order_by(PointsEntry.id)
            if user is not None:
                statement = statement.where(PointsEntry.user_id == user.id)
            return [(e.rule, e.points, e.reason) for e in db.session.scalars(statement)]
        return read(query)

    def count():
        return read(lambda: db.session.scalar(select(func.count()).select_from(PointsEntry)))

    return SimpleNamespace(total=total, rows=rows, count=count)
