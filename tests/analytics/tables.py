"""What the section tests share: a scope by the slugs of its team, region and category, a table
built in a request (its links need one), and a table's cells."""

from __future__ import annotations

from datetime import timedelta

from app.analytics.services import Scope
from app.auth.models import utcnow
from app.profiles.models import Region, Team
from app.qa.models import TagCategory
from tests.conftest import fetch


def build(app, maker, scope: Scope, limit: int = 25):
    with app.test_request_context():
        return maker(scope, limit)


def scope_of(app, days=30, end=None, team=None, region=None, category=None) -> Scope:
    """A scope ending now (after the data was written: reversals are dated when they happen)."""
    return Scope(days, end or utcnow() + timedelta(seconds=1),
                 fetch(app, Team, slug=team) if team else None,
                 fetch(app, Region, slug=region) if region else None,
                 fetch(app, TagCategory, slug=category) if category else None)


def cells(table, *keys):
    return [tuple(row[key] for key in keys) for row in table.rows]
