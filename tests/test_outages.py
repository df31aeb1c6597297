"""Serving while a dependency is slow or down (issue 29), with real processes that the tests
start, kill and freeze (SIGSTOP: the port still accepts connections, nothing answers)."""

from __future__ import annotations

import logging
import time

import pytest

from app import ratelimits
from app.errors import RateLimited
from tests.conftest import bearer, csrf_token

OUTAGES = ["killed", "frozen"]


def _outage(redis_process, how: str) -> None:
    redis_process.kill() if how == "killed" else redis_process.freeze()


def _timed(call):
    began = time.monotonic()
    result = call()
    return result, time.monotonic() - began


@pytest.mark.parametrize("how", OUTAGES)
def test_log_in_and_the_api_answer_while_the_rate_limit_store_is_down(
        make_app, make_user, token_for, redis_process, how, caplog):
    app = make_app(RATELIMIT_STORAGE_URI=redis_process.url, LOGIN_LIMIT_PER_ADDRESS="4 per minute")
    person = make_user()
    secret = token_for(person)
    client = app.test_client()
    assert client.get("/api/v1/questions", headers=bearer(secret)).status_code == 200  # store up

    _outage(redis_process, how)
    with caplog.at_level(logging.WARNING):
        response, took = _timed(lambda: client.get("/api/v1/questions", headers=bearer(secret)))
        assert response.status_code == 200 and took < 1.0, (response.status_code, took)
        for attempt in range(4):  # the per-address limit is still kept, in the process's memory
            form = {"csrf_token": csrf_token(client, "/auth/login"), "email": person.email,
                    "password": "wrong password"}
            response, took = _timed(lambda form=form: client.post("/auth/login", data=form))
            assert response.status_code == 422 and took < 1.0, (attempt, response.status_code)
        form = {"csrf_token": csrf_token(client, "/auth/login"), "email": person.email,
                "password": "wrong password"}
        assert client.post("/auth/login", data=form).status_code == 429
    assert "falling back to in-memory storage" in caplog.text


@pytest.mark.parametrize("how", OUTAGES)
def test_the_chat_limit_counts_in_memory_while_its_store_is_down(make_app, redis_process, how,
                                                                 caplog):
    app = make_app(RATELIMIT_STORAGE_URI=redis_process.url,
                   CHAT_MESSAGE_RATE_LIMIT="3 per minute", RATELIMIT_RETRY_SECONDS=60)
    with app.app_context():
        ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)  # counted in Redis
        _outage(redis_process, how)
        with caplog.at_level(logging.INFO, logger="app.ratelimits"):
            for _ in range(3):  # a fresh count in memory: three more
                _, took = _timed(lambda: ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2))
                assert took < 1.0
            with pytest.raises(RateLimited):
                ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)
        warnings = [r for r in caplog.records if "does not answer" in r.getMessage()]
        assert len(warnings) == 1  # once for the outage, not once a message


def test_the_chat_limit_goes_back_to_its_store_when_it_answers(make_app, redis_process,
                                                               caplog):
    app = make_app(RATELIMIT_STORAGE_URI=redis_process.url,
                   CHAT_MESSAGE_RATE_LIMIT="2 per minute", RATELIMIT_RETRY_SECONDS=0)
    with app.app_context():
        redis_process.kill()
        ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)  # in memory
        redis_process.start()
        with caplog.at_level(logging.INFO, logger="app.ratelimits"):
            ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)  # in the store again: its first
            ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)
            with pytest.raises(RateLimited):
                ratelimits.hit("CHAT_MESSAGE_RATE_LIMIT", 1, 2)
        assert "answers again" in caplog.text
