"""Schemathesis against the generated OpenAPI description: for every operation, examples made
from the schema (and broken on purpose) never get a 5xx, and every response, errors included,
matches what the description says."""

from __future__ import annotations

import random

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from app.auth import tokens
from app.auth.models import User
from app.extensions import db
from app.qa import services as qa
from tests.conftest import bearer

EXAMPLES = 20  # per operation: bounded, so that the suite's time stays in view


@pytest.fixture
def app(make_app):
    # A thousand requests in well under a minute, all one person's: the rate limit (tested in
    # test_tokens.py) would answer most of them with 429 and leave the operations untried.
    return make_app(API_RATE_LIMIT="100000 per minute")


@pytest.fixture
def api_headers(app, make_user, vocab):
    """A token, and a question with an answer for the operations that need an id to act on."""
    asker, expert = make_user(), make_user(email="expert@example.com")
    with app.app_context():
        question = qa.ask_question(db.session.get(User, asker.id),
                                   "How do I price a three-year renewal for Acme?",
                                   "The customer wants a multi-year discount on it.", "pricing")
        qa.post_answer(db.session.get(User, expert.id), question,
                       "Anchor on value first, then trade term for a price hold.")
        _, secret = tokens.create(db.session.get(User, asker.id), "schemathesis", "90")
        db.session.commit()
    return bearer(secret)


@pytest.fixture
def api_schema(app, api_headers):
    return schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app, headers=api_headers)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_the_api_keeps_to_its_description(case, api_headers):
    # Hypothesis seeds the global `random` alike for every example, and Whoosh names its
    # segments with it: two examples would name a segment alike. Real entropy again, as in
    # production.
    random.seed()
    # Valid-looking data may still break a rule the schema cannot state (a tag not in the
    # vocabulary, someone else's answer): a clear 4xx, which is right, not a failure.
    response = case.call_and_validate(
        headers=api_headers, excluded_checks=[schemathesis.checks.positive_data_acceptance])
    assert response.status_code != 429, "the rate limit cut the test short"
