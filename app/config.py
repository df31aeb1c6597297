"""Configuration classes; the environment picks one and overrides what it sets."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def instance_path() -> Path:
    """Where the SQLite file, the generated secret key and (later) the search index live."""
    return Path(os.environ.get("FIELDWISE_INSTANCE_PATH", PROJECT_ROOT / "instance")).resolve()


def _origins_from_env() -> list[str] | None:
    """Origins allowed to open a Socket.IO connection.

    Unset means "the same origin as the request's Host" (python-engineio's own check).
    An empty list would switch the check off and "*" would allow every site, so neither is accepted.
    """
    raw = os.environ.get("FIELDWISE_ALLOWED_ORIGINS", "").strip()
    if not raw:
        return None
    origins = [origin.strip().rstrip("/") for origin in raw.split(",") if origin.strip()]
    if "*" in origins:
        raise RuntimeError("FIELDWISE_ALLOWED_ORIGINS may not contain '*'; list the real origins.")
    return origins


class Config:
    SECRET_KEY: str | None = os.environ.get("SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or (
        f"sqlite:///{instance_path() / 'fieldwise.db'}"
    )
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}

    SESSION_COOKIE_NAME = "fieldwise_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_NAME = "fieldwise_remember"
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = True
    REMEMBER_COOKIE_DURATION = timedelta(days=30)
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    # Redirect plain HTTP to HTTPS (behind a TLS-terminating proxy, also set PROXY_FIX_X_FOR).
    FORCE_HTTPS = os.environ.get("FORCE_HTTPS", "0") == "1"
    # Number of proxies in front of the app whose X-Forwarded-* headers are trusted.
    PROXY_FIX_X_FOR = int(os.environ.get("PROXY_FIX_X_FOR", "0"))

    # A CSRF token lives as long as the session it is bound to: a rep may leave a form open
    # between two calls for longer than Flask-WTF's default hour.
    WTF_CSRF_TIME_LIMIT = None

    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    # Login attempts: per client address (raise it when a whole office logs in from one NAT
    # address), and per e-mail address tried.
    LOGIN_LIMIT_PER_ADDRESS = os.environ.get("LOGIN_LIMIT_PER_ADDRESS",
                                             "10 per minute;100 per hour")
    LOGIN_LIMIT_PER_ACCOUNT = "10 per 15 minutes"
    REGISTER_LIMIT_PER_ADDRESS = "10 per hour"

    # "eventlet" in production; "gevent" is the drop-in alternative; "threading" in tests.
    SOCKETIO_ASYNC_MODE = os.environ.get("SOCKETIO_ASYNC_MODE", "eventlet")
    SOCKETIO_MESSAGE_QUEUE = os.environ.get("SOCKETIO_MESSAGE_QUEUE") or None
    SOCKETIO_CORS_ALLOWED_ORIGINS = _origins_from_env()

    PAGE_SIZE = 30

    # "whoosh" (an index directory, one host) or "postgres" (full-text search in the database,
    # for several hosts). The index is derived data: `flask search reindex` rebuilds it.
    SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
    SEARCH_INDEX_PATH = os.environ.get("SEARCH_INDEX_PATH") or str(instance_path() / "search")
    # When a request's changes are indexed, once it has committed: "background" (the process's
    # indexing thread, woken by the request), "inline" (before the response is sent), or "off"
    # (only `flask search catch-up`). The thread also checks the outbox every SEARCH_INDEX_POLL
    # seconds, for changes made by other processes.
    SEARCH_INDEXING = os.environ.get("SEARCH_INDEXING", "background")
    SEARCH_INDEX_POLL = float(os.environ.get("SEARCH_INDEX_POLL", "5"))
    # Seconds the thread waits once woken, so that the changes of that moment share one round.
    SEARCH_INDEX_GATHER = float(os.environ.get("SEARCH_INDEX_GATHER", "0.2"))
    # Seconds one search may spend collecting results before answering with what it has.
    SEARCH_TIME_LIMIT = float(os.environ.get("SEARCH_TIME_LIMIT", "2"))


class DevelopmentConfig(Config):
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False

    @staticmethod
    def load_secret_key() -> str:
        """A stable key for development, generated once into the instance folder."""
        path = instance_path() / "secret_key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32))
            path.chmod(0o600)
        return path.read_text().strip()


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing-only-secret-key"  # noqa: S105
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False
    SOCKETIO_ASYNC_MODE = "threading"
    SOCKETIO_MESSAGE_QUEUE = None
    RATELIMIT_STORAGE_URI = "memory://"
    # A test finds what a request changed as soon as the response is back.
    SEARCH_INDEXING = "inline"


class ProductionConfig(Config):
    pass


CONFIGS: dict[str, type[Config]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def config_from_env() -> type[Config]:
    name = os.environ.get("FIELDWISE_ENV", "production")
    try:
        return CONFIGS[name]
    except KeyError:
        raise RuntimeError(
            f"FIELDWISE_ENV={name!r} is not one of {', '.join(CONFIGS)}."
        ) from None
