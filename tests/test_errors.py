"""Error pages: readable HTML for people, JSON for clients that ask for it."""

import logging

import pytest
import sqlalchemy as sa
from flask import abort
from sqlalchemy import event

from app.extensions import db
from app.qa.models import Question
from tests.conftest import bearer, csrf_token, log_in


def test_not_found_page(client, make_user, login):
    login(make_user())
    response = client.get("/no-such-page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "Not found" in html and "Go to the home page" in html


def test_not_found_as_json(client):
    response = client.get("/no-such-page", headers={"Accept": "application/json"})
    assert response.status_code == 404
    assert response.json == {"error": {"code": 404, "message": response.json["error"]["message"],
                                       "fields": {}}}


def test_forbidden_and_server_error_pages(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    def forbidden():
        abort(403)

    def broken():
        raise RuntimeError("boom")

    for rule, view in (("/t/forbidden", forbidden), ("/t/broken", broken)):
        view.is_public = True
        app.add_url_rule(rule, view.__name__, view)
    client = app.test_client()
    response = client.get("/t/forbidden")
    assert response.status_code == 403
    assert "Not allowed" in response.get_data(as_text=True)
    response = client.get("/t/broken")
    assert response.status_code == 500
    html = response.get_data(as_text=True)
    assert "Something went wrong" in html and "boom" not in html


def _sqlite_only(database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("a size limit is SQLite's own; PostgreSQL's disk-full error (SQLSTATE "
                    "53100) goes through the same handler as its read-only one, tested below")


def _held_at_its_size(connection, record):
    connection.execute("PRAGMA max_page_count = 1")  # below its size: held at its size


LONG_BODY = "Does anyone have the figures for this one? " * 500  # 21 KB: new pages


def test_a_full_disk_is_a_503_that_says_nothing_was_saved(make_app, make_user, vocab,
                                                         database_url, caplog):
    """SQLite held at its current size (VACUUM, then max_page_count): a write that needs a new
    page fails with SQLITE_FULL, "database or disk is full", as on a full disk."""
    _sqlite_only(database_url)
    app = make_app(PROPAGATE_EXCEPTIONS=False)
    person = make_user()
    client = app.test_client()
    log_in(client, person.email)
    token = csrf_token(client, "/questions/ask")
    with app.app_context():
        engine = db.engine
        with engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
        engine.dispose()
        event.listen(engine, "connect", _held_at_its_size)
    with caplog.at_level(logging.ERROR):
        response = client.post("/questions/ask", data={
            "csrf_token": token, "title": "Which discount needs the Deal Desk this quarter?",
            "body": LONG_BODY, "tags": "pricing"})
    assert response.status_code == 503
    assert "Nothing was saved" in response.get_data(as_text=True)
    event.remove(engine, "connect", _held_at_its_size)
    engine.dispose()
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Question)) == 0
    lines = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("database or disk is full" in line for line in lines), lines
    assert not any("savepoint" in line for line in lines), lines


def _read_only(database_url: str) -> dict:
    """Settings that open the same database read-only: SQLite's read-only mode, PostgreSQL's
    read-only transactions (as on a hot standby after a failover)."""
    if database_url.startswith("sqlite"):
        path = sa.engine.make_url(database_url).database
        return {"SQLALCHEMY_DATABASE_URI": f"sqlite:///file:{path}?mode=ro&uri=true"}
    return {"SQLALCHEMY_ENGINE_OPTIONS": {
        "connect_args": {"options": "-c default_transaction_read_only=on"}}}


def test_a_read_only_database_is_a_503_in_json_too(make_app, make_user, vocab, database_url,
                                                    token_for):
    writable = make_app()
    person = make_user()
    secret = token_for(person)
    app = make_app(PROPAGATE_EXCEPTIONS=False, **_read_only(database_url))
    response = app.test_client().post(
        "/api/v1/questions", headers=bearer(secret),
        json={"title": "Which discount needs the Deal Desk this quarter?",
              "body": "Does anyone have the figures for this one?", "tags": ["pricing"]})
    assert response.status_code == 503
    assert "Nothing was saved" in response.json["error"]["message"]
    with writable.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Question)) == 0


def test_any_other_database_error_is_still_a_logged_500(make_app, caplog):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    def failing():
        raise sa.exc.OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    failing.is_public = True
    app.add_url_rule("/t/failing", "failing", failing)
    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/t/failing")
    assert response.status_code == 500
    assert "Something went wrong" in response.get_data(as_text=True)
    assert "server closed the connection" in caplog.text  # the traceback, as for any 500
