"""What a process depends on, each as `ok`, `degraded` or `down`, with how long it took to
answer (/readyz): the database, the message queue, the rate-limit store, the search index and
the disk. Only the database makes serving impossible; without the others the pages, the API and
votes go on (live updates pause, limits count in the process's memory, search lags behind)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import redis
from flask import current_app
from sqlalchemy import select, text
from sqlalchemy.exc import SQLAlchemyError

from app.extensions import db
from app.search import indexer
from app.search.models import SearchOutbox

OK, DEGRADED, DOWN = "ok", "degraded", "down"
OUTBOX_BEHIND = 1_000  # changes waiting for the search index: it lags behind
DISK_LOW_BYTES = 1 << 30  # less free space than this is degraded; none left is down
DISK_FULL_BYTES = 64 << 20


def _timed(check: Callable[[], dict]) -> dict:
    """Run a check, adding its latency; an exception is `down`, named but not detailed (the
    details may hold addresses and passwords)."""
    began = time.perf_counter()
    try:
        result = check()
    except Exception as exc:  # whatever it is, the dependency is down
        result = {"status": DOWN, "error": type(exc).__name__}
    result["ms"] = round((time.perf_counter() - began) * 1000, 1)
    if result["status"] == OK and result["ms"] > current_app.config["READYZ_SLOW_MS"]:
        result["status"] = DEGRADED
    return result


def _database() -> dict:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        raise
    return {"status": OK, "backend": db.engine.dialect.name}


def _redis(url: str | None, timeout: float, used_for: str) -> Callable[[], dict]:
    """A Redis's check, given as long to connect and answer as its users give it."""
    def check() -> dict:
        if not url:
            return {"status": OK, "kind": "not used"}
        if url.startswith("memory://"):
            return {"status": OK, "kind": "memory"}
        if not url.startswith(("redis://", "rediss://", "unix://")):
            return {"status": OK, "kind": url.split(":", 1)[0], "checked": False}
        client = redis.Redis.from_url(url, socket_connect_timeout=timeout,
                                      socket_timeout=timeout)
        try:
            client.ping()
        except redis.RedisError as exc:
            return {"status": DOWN, "kind": "redis", "error": type(exc).__name__,
                    "meanwhile": used_for}
        finally:
            client.close()
        return {"status": OK, "kind": "redis"}

    return check


def _search_index() -> dict:
    backend = current_app.config["SEARCH_BACKEND"]
    waiting = db.session.scalar(
        select(db.func.count()).select_from(select(SearchOutbox.id).limit(OUTBOX_BEHIND)
                                            .subquery()))
    result = {"status": OK, "backend": backend, "waiting": waiting}
    if backend != "postgres":
        indexer.backend().count()  # opens the index and reads its table of contents
    if waiting >= OUTBOX_BEHIND:
        result.update(status=DEGRADED, waiting=f"{OUTBOX_BEHIND:,}+")
    return result


def _disk() -> dict:
    """The free space where the process writes: its instance folder, the SQLite file's and the
    Whoosh index's folders."""
    config = current_app.config
    folders = {Path(current_app.instance_path)}
    if db.engine.dialect.name == "sqlite" and db.engine.url.database not in (None, "",
                                                                             ":memory:"):
        folders.add(Path(db.engine.url.database).parent)
    if config["SEARCH_BACKEND"] != "postgres":
        folders.add(Path(config["SEARCH_INDEX_PATH"]))
    free = min(shutil.disk_usage(folder).free for folder in folders if folder.exists())
    status = DOWN if free < DISK_FULL_BYTES else DEGRADED if free < DISK_LOW_BYTES else OK
    return {"status": status, "free_mb": free >> 20}


def readiness() -> tuple[dict, int]:
    """Every dependency's state, and whether this process can serve: 503 only when the
    database does not answer."""
    config = current_app.config
    checks = {
        "database": _timed(_database),
        "message_queue": _timed(_redis(config["SOCKETIO_MESSAGE_QUEUE"],
                                       config["MESSAGE_QUEUE_TIMEOUT"], "live updates paused")),
        "rate_limit_store": _timed(_redis(config["RATELIMIT_STORAGE_URI"],
                                          config["RATELIMIT_STORAGE_TIMEOUT"],
                                          "limits counted in this process's memory")),
        "search_index": _timed(_search_index),
        "disk": _timed(_disk),
    }
    if checks["database"]["status"] == DOWN:
        return {"status": DOWN, "checks": checks}, 503
    worst = DEGRADED if any(check["status"] != OK for check in checks.values()) else OK
    return {"status": worst, "checks": checks}, 200
