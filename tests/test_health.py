"""/healthz (the process answers) and /readyz (it can serve: every dependency's state and
latency; 503 only when the database does not answer), with real Redis processes that the tests
start, kill and freeze."""

import time

import pytest

from app import health
from app.extensions import db
from app.search.models import SearchOutbox

CHECKS = {"database", "message_queue", "rate_limit_store", "search_index", "disk"}


def test_healthz_is_the_process_alive(client):
    response = client.get("/healthz")
    assert (response.status_code, response.json) == (200, {"status": "ok"})
    assert "Set-Cookie" not in response.headers


def test_ready_with_every_dependency(make_app):
    client = make_app(READYZ_SLOW_MS=60_000).test_client()  # however busy the machine
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json["status"] == "ok"
    checks = response.json["checks"]
    assert set(checks) == CHECKS
    assert all(check["status"] == "ok" and check["ms"] >= 0 for check in checks.values())
    assert checks["database"]["backend"] in ("sqlite", "postgresql")
    assert checks["message_queue"]["kind"] == "not used"
    assert checks["rate_limit_store"]["kind"] == "memory"
    assert checks["search_index"]["waiting"] == 0
    assert checks["disk"]["free_mb"] > 0
    assert "Set-Cookie" not in response.headers


def test_a_slow_dependency_is_degraded(make_app):
    response = make_app(READYZ_SLOW_MS=-1).test_client().get("/readyz")
    assert (response.status_code, response.json["status"]) == (200, "degraded")
    assert {check["status"] for check in response.json["checks"].values()} == {"degraded"}


def test_database_down_is_a_503_and_healthz_still_answers(make_app):
    app = make_app(SQLALCHEMY_DATABASE_URI="postgresql+psycopg://nobody@127.0.0.1:1/none")
    client = app.test_client()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "down"
    assert response.json["checks"]["database"]["status"] == "down"
    assert response.json["checks"]["database"]["error"] == "OperationalError"
    assert "nobody" not in response.get_data(as_text=True)
    assert client.get("/healthz").status_code == 200


def test_redis_up(make_app, redis_process):
    app = make_app(READYZ_SLOW_MS=60_000, SOCKETIO_MESSAGE_QUEUE=redis_process.url,
                   RATELIMIT_STORAGE_URI=redis_process.url)
    response = app.test_client().get("/readyz")
    assert (response.status_code, response.json["status"]) == (200, "ok")
    for name in ("message_queue", "rate_limit_store"):
        assert response.json["checks"][name]["status"] == "ok"
        assert response.json["checks"][name]["kind"] == "redis"


@pytest.mark.parametrize("how", ["killed", "frozen"])
def test_redis_down_is_degraded_not_unready(make_app, redis_process, how):
    """Pages, the API and votes go on without Redis: a load balancer must not drop the
    process; the body says what is missing, within a fraction of a second even when Redis
    accepts connections and never answers."""
    app = make_app(SOCKETIO_MESSAGE_QUEUE=redis_process.url,
                   RATELIMIT_STORAGE_URI=redis_process.url)
    redis_process.kill() if how == "killed" else redis_process.freeze()
    began = time.monotonic()
    response = app.test_client().get("/readyz")
    took = time.monotonic() - began
    assert (response.status_code, response.json["status"]) == (200, "degraded")
    checks = response.json["checks"]
    assert checks["message_queue"]["status"] == "down"
    assert checks["message_queue"]["meanwhile"] == "live updates paused"
    assert checks["rate_limit_store"]["status"] == "down"
    assert checks["database"]["status"] == "ok"
    bounds = app.config["MESSAGE_QUEUE_TIMEOUT"] + app.config["RATELIMIT_STORAGE_TIMEOUT"]
    assert took < 1.5 * bounds + 1, took  # two bounded pings, not 10 s


def test_search_falling_behind_is_degraded(make_app):
    app = make_app(READYZ_SLOW_MS=60_000)
    with app.app_context():
        db.session.add_all(SearchOutbox(key=f"question:{n}") for n in range(health.OUTBOX_BEHIND))
        db.session.commit()
    response = app.test_client().get("/readyz")
    assert (response.status_code, response.json["status"]) == (200, "degraded")
    assert response.json["checks"]["search_index"] == {
        **response.json["checks"]["search_index"], "status": "degraded", "waiting": "1,000+"}


def test_a_full_disk_is_down_but_the_process_still_serves(make_app, monkeypatch):
    app = make_app(READYZ_SLOW_MS=60_000)
    class Usage:
        free = health.DISK_FULL_BYTES - 1

    monkeypatch.setattr(health.shutil, "disk_usage", lambda folder: Usage)
    response = app.test_client().get("/readyz")
    assert (response.status_code, response.json["status"]) == (200, "degraded")
    assert response.json["checks"]["disk"]["status"] == "down"
