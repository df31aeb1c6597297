"""API fixtures: a token for a person, made through the tokens service and committed."""

from __future__ import annotations

import pytest

from app.api import tokens
from app.auth.models import User
from app.extensions import db


@pytest.fixture
def token_for(app):
    """token_for(user, expires="90") → the secret to send as `Authorization: Bearer ...`."""

    def make(user, expires: str = "90", name: str = "script") -> str:
        with app.app_context():
            _, secret = tokens.create(db.session.get(User, user.id), name, expires)
            db.session.commit()
            return secret

    return make


def bearer(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}
