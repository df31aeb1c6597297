"""Serving while a dependency is slow or down (issue 29), with real processes that the tests
start, kill and freeze (SIGSTOP: the port still accepts connections, nothing answers)."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from app import ratelimits
from app.demo import data
from app.errors import RateLimited
from tests.conftest import bearer, csrf_token, postgres_url
from tests.live_server import prepare_workdir, start_live_server

OUTAGES = ["killed", "frozen"]


def _outage(redis_process, how: str) -> None:
    redis_process.kill() if how == "killed" else redis_process.freeze()


def _timed(call):
    began = time.monotonic()
    result = call()
    return result, time.monotonic() - began


@pytest.mark.parametrize("how", OUTAGES)
def test_log_in_and_the_api_answer_while_the_rate_limit_store_is_down(
        make_app, make_user, token_for, redis_process, how):
    app = make_app(RATELIMIT_STORAGE_URI=redis_process.url, LOGIN_LIMIT_PER_ADDRESS="4 per minute")
    person = make_user()
    secret = token_for(person)
    client = app.test_client()
    assert client.get("/api/v1/questions", headers=bearer(secret)).status_code == 200  # store up

    _outage(redis_process, how)
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
    # (Flask-Limiter logs the fallback once, when it starts; its extension object is shared by
    # every app of a test run, so an earlier test's outage may have started it already.)


def test_requests_racing_into_a_hung_rate_limit_store_never_answer_500(
        make_app, make_user, redis_process):
    """Several requests wait on the hung store at once: the first to time out switches the
    limits to memory, and the others' timeouts, which come after, are no error either (they
    were 500s: found by bench/degraded_bench.py under load). (The login limits are raised:
    Flask-Limiter's in-memory fallback is shared by the apps of a test run, and may hold earlier
    tests' logins from this address; and six failed logins to one account from one client are
    one more than its limit, which the sixth met whenever all six were counted in memory.)"""
    app = make_app(RATELIMIT_STORAGE_URI=redis_process.url,
                   LOGIN_LIMIT_PER_ADDRESS="1000 per minute",
                   LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT="1000 per minute",
                   LOGIN_LIMIT_PER_ACCOUNT="1000 per hour")
    person = make_user()
    clients = [app.test_client() for _ in range(6)]
    forms = [{"csrf_token": csrf_token(client, "/auth/login"), "email": person.email,
              "password": "wrong password"} for client in clients]
    redis_process.freeze()
    with ThreadPoolExecutor(len(clients)) as pool:
        answers = list(pool.map(lambda pair: pair[0].post("/auth/login", data=pair[1]),
                                zip(clients, forms, strict=True)))
    assert [answer.status_code for answer in answers] == [422] * len(clients)


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


# ---------------------------------------------------------------- a request waiting on PostgreSQL


@pytest.fixture(scope="module")
def postgres_workdir(tmp_path_factory, live_workdir):
    """A folder and a PostgreSQL database of its own holding the demo organisation, dropped
    after. (live_workdir: it runs with the other tests that start servers.)"""
    server_url = postgres_url()
    name = f"fieldwise_outage_{os.getpid()}"
    url = sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        workdir = tmp_path_factory.mktemp("postgres-outage")
        prepare_workdir(workdir, DATABASE_URL=url)
        yield workdir, url
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture(params=["eventlet", "gevent"])
def postgres_server(request, postgres_workdir):
    """`python wsgi.py` over that database, in each asynchronous mode it supports."""
    workdir, url = postgres_workdir
    server = start_live_server(workdir, request.param, DATABASE_URL=url,
                               SOCKETIO_ASYNC_MODE=request.param)
    yield server
    server.stop()


def _best_times(session, url: str, paths: dict[str, str], tries: int = 3) -> dict[str, float]:
    """Each path's quickest answer of a few (one slow answer of a loaded machine is not the
    wait this is about)."""
    taken = {}
    for label, path in paths.items():
        for _ in range(tries):
            began = time.monotonic()
            assert session.get(url + path, timeout=5).status_code == 200, path
            took = time.monotonic() - began
            taken[label] = min(took, taken.get(label, took))
    return taken


# What must answer as fast while a vote waits on a lock in the same process.
OTHERS = {"a static file": "/static/css/app.css", "a page": "/questions",
          "/healthz": "/healthz", "/readyz": "/readyz"}


def _a_vote_waits_and_nothing_else(server, answer: int, locked, waiting) -> None:
    """A vote on `answer` sent while `locked()` (a context manager) holds the lock it needs:
    it waits (`waiting()` says when it does) and answers 200 once the lock is gone, while
    OTHERS answer within 100 ms of their speed before."""
    session = server.login()
    page = session.get(f"{server.url}/questions", timeout=10)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    before = _best_times(session, server.url, OTHERS)
    with ThreadPoolExecutor(1) as pool:
        with locked():
            vote = pool.submit(session.post, f"{server.url}/posts/{answer}/vote",
                               data={"value": "up", "csrf_token": token},
                               headers={"Accept": "application/json"}, timeout=30)
            assert waiting(), "the vote never waited on the lock"
            during = _best_times(session, server.url, OTHERS)
            assert not vote.done(), vote.result().text
        assert vote.result().status_code == 200
    slower = {label: during[label] - before[label] for label in OTHERS}
    assert all(extra < 0.1 for extra in slower.values()), (before, during)


def _waiting_on_a_lock(engine, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with engine.connect() as connection:
            if connection.exec_driver_sql(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND wait_event_type = 'Lock'").scalar():
                return True
        time.sleep(0.05)
    return False


def test_a_request_waiting_on_a_postgresql_lock_holds_up_nothing_else(postgres_server):
    """Under eventlet and gevent, psycopg's wait for PostgreSQL yields to the other green
    threads: while one vote waits on a row lock, a static file, a page and the health checks
    of the same process answer as before (each mode votes on an answer of its own)."""
    engine = sa.create_engine(postgres_server.database_url)
    with engine.connect() as connection:
        me = connection.exec_driver_sql(
            "SELECT id FROM users WHERE email = %s", (data.PEOPLE[0]["email"],)).scalar()
        answer = connection.exec_driver_sql(
            "SELECT id FROM posts WHERE kind = 'answer' AND author_id <> %s "
            "AND deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET %s",
            (me, int(postgres_server.log.stem == "gevent"))).scalar()

    @contextmanager
    def row_locked():
        with engine.connect() as holder:
            holder.exec_driver_sql("BEGIN")
            holder.exec_driver_sql("SELECT id FROM posts WHERE id = %s FOR UPDATE", (answer,))
            yield
            holder.exec_driver_sql("ROLLBACK")

    try:
        _a_vote_waits_and_nothing_else(postgres_server, answer, row_locked,
                                       lambda: _waiting_on_a_lock(engine))
    finally:
        engine.dispose()


# ---------------------------------------------------------------- a request waiting on SQLite


@pytest.fixture(params=["eventlet", "gevent"])
def sqlite_server(request, live_workdir):
    """`python wsgi.py` on SQLite in each asynchronous mode it supports."""
    server = start_live_server(live_workdir("sqlite-busy"), SOCKETIO_ASYNC_MODE=request.param)
    yield server
    server.stop()


def test_a_request_waiting_on_a_busy_sqlite_database_holds_up_nothing_else(sqlite_server):
    """Under eventlet and gevent, a write that finds the database locked by another
    connection waits with a green sleep, not in SQLite's busy handler (a C sleep that held the
    whole process): a static file, a page and the health checks answer meanwhile, and the vote
    is saved once the lock is gone."""
    path = sa.engine.make_url(sqlite_server.database_url).database
    reader = sqlite3.connect(path)
    me = reader.execute("SELECT id FROM users WHERE email = ?",
                        (data.PEOPLE[0]["email"],)).fetchone()[0]
    answer = reader.execute(
        "SELECT id FROM posts WHERE kind = 'answer' AND author_id <> ? AND deleted_at IS NULL "
        "ORDER BY id LIMIT 1", (me,)).fetchone()[0]
    reader.close()

    @contextmanager
    def write_locked():  # the write lock, as a long transaction holds it
        holder = sqlite3.connect(path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            yield
            holder.execute("ROLLBACK")
        finally:
            holder.close()

    def waiting() -> bool:  # SQLite cannot say who waits: time for the vote to reach its write
        time.sleep(0.5)
        return True

    _a_vote_waits_and_nothing_else(sqlite_server, answer, write_locked, waiting)
    votes = sqlite3.connect(path)
    assert votes.execute("SELECT count(*) FROM votes WHERE post_id = ? AND voter_id = ?",
                         (answer, me)).fetchone()[0] == 1
    votes.close()
