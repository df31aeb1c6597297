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
    # A login session (app/auth/sessions.py) lasts REMEMBER_COOKIE_DURATION with "Keep me
    # signed in", else PERMANENT_SESSION_LIFETIME at most and ends after SESSION_IDLE_TIMEOUT
    # without a request (the browser forgets its cookie when it closes; a copy would not).
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    SESSION_IDLE_TIMEOUT = timedelta(hours=int(os.environ.get("SESSION_IDLE_HOURS", "12")))
    # Redirect plain HTTP to HTTPS (behind a TLS-terminating proxy, also set PROXY_FIX_X_FOR).
    FORCE_HTTPS = os.environ.get("FORCE_HTTPS", "0") == "1"
    # Number of proxies in front of the app whose X-Forwarded-* headers are trusted.
    PROXY_FIX_X_FOR = int(os.environ.get("PROXY_FIX_X_FOR", "0"))

    # A CSRF token lives as long as the session it is bound to: a rep may leave a form open
    # between two calls for longer than Flask-WTF's default hour.
    WTF_CSRF_TIME_LIMIT = None

    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    # A rate-limit store that fails (Redis down or hung) never makes a request fail or wait:
    # it is given this many seconds to connect or answer (RATELIMIT_STORAGE_OPTIONS, made from
    # it when the app starts), then the limits count in the process's memory (Flask-Limiter's
    # fallback, and app/ratelimits.py's) until the store answers again.
    RATELIMIT_STORAGE_TIMEOUT = float(os.environ.get("RATELIMIT_STORAGE_TIMEOUT", "0.25"))
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    # Requests that were already waiting on the store when another one switched the limits to
    # memory fail after the switch: Flask-Limiter would re-raise their error (a 500); it logs
    # it and lets that one request through instead.
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_RETRY_SECONDS = 5.0  # app/ratelimits.py's wait before it tries the store again
    # /readyz calls a dependency that takes longer than this to answer degraded (app/health.py).
    READYZ_SLOW_MS = 500
    # Login throttling (app/auth/throttle.py), as OWASP recommends: every attempt counts per
    # client address (raise it when a whole office logs in from one NAT address); failures
    # count per account and client (the address, or the device a past login proved), with
    # growing waits; and failures from anywhere count per account, except on a proven device,
    # so that a stranger's guesses never lock the account's owner out.
    LOGIN_LIMIT_PER_ADDRESS = os.environ.get("LOGIN_LIMIT_PER_ADDRESS",
                                             "10 per minute;100 per hour")
    LOGIN_LIMIT_PER_ACCOUNT_AND_CLIENT = "5 per minute;10 per 15 minutes;20 per 4 hours"
    LOGIN_LIMIT_PER_ACCOUNT = "50 per hour"
    DEVICE_COOKIE_NAME = "fieldwise_device"
    DEVICE_COOKIE_DURATION = timedelta(days=365)
    # Asking for a registration link or a password reset, per client address.
    ACCOUNT_MAIL_LIMIT_PER_ADDRESS = "10 per hour"

    # Who may join: anyone at these company domains (comma-separated, "northwind.example"),
    # after verifying the address; with none, only people an admin invites.
    ALLOWED_EMAIL_DOMAINS = [d.strip().lower().lstrip("@") for d in
                             os.environ.get("ALLOWED_EMAIL_DOMAINS", "").split(",") if d.strip()]
    REGISTRATION_LINK_HOURS = 24
    PASSWORD_RESET_LINK_MINUTES = 60
    INVITATION_LIFETIME = timedelta(days=7)

    # "eventlet" in production; "gevent" is the drop-in alternative; "threading" in tests.
    # The JSON API (app/api/): flask-smorest generates /api/v1/openapi.json and its docs page,
    # which uses the vendored Swagger UI (app/static/vendor/swagger-ui/).
    API_TITLE = "Fieldwise API"
    API_VERSION = "v1"
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    OPENAPI_SWAGGER_UI_PATH = "docs"
    OPENAPI_SWAGGER_UI_URL = "/static/vendor/swagger-ui/"
    API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "300 per minute")  # per person, whole API
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024  # a larger request body is refused with 413
    SOCKETIO_ASYNC_MODE = os.environ.get("SOCKETIO_ASYNC_MODE", "eventlet")
    SOCKETIO_MESSAGE_QUEUE = os.environ.get("SOCKETIO_MESSAGE_QUEUE") or None
    # On Redis (app/message_queue.py): the longest a publish or a connection may wait, the
    # seconds between two tries while it does not answer, the most messages waiting to go.
    MESSAGE_QUEUE_TIMEOUT = float(os.environ.get("MESSAGE_QUEUE_TIMEOUT", "0.25"))
    MESSAGE_QUEUE_RETRY = float(os.environ.get("MESSAGE_QUEUE_RETRY", "1.0"))
    MESSAGE_QUEUE_OUTBOX = 10_000
    SOCKETIO_CORS_ALLOWED_ORIGINS = _origins_from_env()
    # The largest Socket.IO packet accepted: a chat message of 4,000 characters fits many times.
    SOCKETIO_MAX_PACKET_BYTES = 64 * 1024

    # Chat, per person and channel, socket and API together (app/ratelimits.py, on
    # RATELIMIT_STORAGE_URI).
    CHAT_MESSAGE_RATE_LIMIT = os.environ.get("CHAT_MESSAGE_RATE_LIMIT", "20 per 10 seconds")
    CHAT_TYPING_RATE_LIMIT = "30 per minute"
    # Someone who closes their last tab is shown offline only if they have not come back within
    # this many seconds: going from page to page closes one connection and opens another.
    CHAT_OFFLINE_GRACE_SECONDS = 3

    PAGE_SIZE = 30
    # Lists count their rows up to here (or the page asked for); a longer one says "1,000+"
    # (app/pagination.py).
    LIST_COUNT_LIMIT = 1_000
    # The home page's activity feed covers this many days (app/notifications/feed.py).
    FEED_DAYS = 90
    # The framework's floor for bench/page_bench.py: /_floor renders the base layout around
    # filler of a given size with no database (app/floor.py). Off unless asked for.
    FLOOR_ROUTE = os.environ.get("FIELDWISE_FLOOR_ROUTE") == "1"

    # Password hashing: Argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile); a
    # login with a hash of other parameters re-hashes it with these.
    ARGON2_PARAMETERS: dict = {}

    # Expert routing: a new question goes to this many experts in its tags; while it stays
    # unanswered, `flask experts escalate` (cron) asks the next ones after this many hours,
    # for this many rounds in all.
    ROUTING_EXPERTS_PER_ROUND = int(os.environ.get("ROUTING_EXPERTS_PER_ROUND", "3"))
    ROUTING_ESCALATE_AFTER_HOURS = float(os.environ.get("ROUTING_ESCALATE_AFTER_HOURS", "24"))
    ROUTING_ROUNDS = int(os.environ.get("ROUTING_ROUNDS", "3"))

    # "whoosh" (an index directory, one host) or "postgres" (full-text search in the database,
    # for several hosts). The index is derived data: `flask search reindex` rebuilds it.
    SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "whoosh")
    SEARCH_INDEX_PATH = os.environ.get("SEARCH_INDEX_PATH") or str(instance_path() / "search")
    # When a request's changes are indexed, once it has committed: "background" (the process's
    # indexing thread, woken by the request), "inline" (before the response is sent), or "off"
    # (only `flask search catch-up`). The thread also checks the outbox every SEARCH_INDEX_POLL
    # seconds, for changes made by other processes.
    SEARCH_INDEXING = os.environ.get("SEARCH_INDEXING", "background")
    # The spelling vocabulary is read again in a background task (app/search/spelling.py):
    # "inline" reads it in the request that finds it out of date (the tests).
    SEARCH_VOCABULARY_REFRESH = os.environ.get("SEARCH_VOCABULARY_REFRESH", "background")
    SEARCH_INDEX_POLL = float(os.environ.get("SEARCH_INDEX_POLL", "5"))
    # Seconds the thread waits once woken, so that the changes of that moment share one round.
    SEARCH_INDEX_GATHER = float(os.environ.get("SEARCH_INDEX_GATHER", "0.2"))
    # Seconds one search may spend collecting results before answering with what it has.
    SEARCH_TIME_LIMIT = float(os.environ.get("SEARCH_TIME_LIMIT", "2"))
    # How results are ranked: "hybrid" (the words and the meaning, fused), "lexical" (the words
    # only) or "semantic" (the meaning only, for the relevance benchmark). Meaning needs the
    # model (app/search/encoder.py); without it, search is lexical, with one warning.
    SEARCH_RANKER = os.environ.get("SEARCH_RANKER", "hybrid")
    # The least cosine at which a document counts as found by its meaning alone.
    SEARCH_SEMANTIC_FLOOR = float(os.environ.get("SEARCH_SEMANTIC_FLOOR", "0.25"))
    # Seconds between the vector indexer's looks at its outbox when nothing woke it.
    SEARCH_VECTOR_POLL = float(os.environ.get("SEARCH_VECTOR_POLL", "5"))

    # Links in e-mails are absolute (no request to take the host from): the address people use.
    PUBLIC_URL = os.environ.get("PUBLIC_URL", "http://127.0.0.1:5000").rstrip("/")

    # E-mail (Flask-Mailman). With MAIL_SERVER set, mail goes out over SMTP; without it, each
    # message is written as an .eml file to MAIL_FILE_PATH, so nothing is sent by accident.
    # MAIL_BACKEND forces a backend ("smtp", "console", "locmem" or a module path).
    MAIL_BACKEND = os.environ.get("MAIL_BACKEND") or None
    MAIL_SERVER = os.environ.get("MAIL_SERVER") or None
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "25"))
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "0") == "1"  # STARTTLS, usually port 587
    MAIL_USE_SSL = os.environ.get("MAIL_USE_SSL", "0") == "1"  # TLS from the start, port 465
    MAIL_TIMEOUT = float(os.environ.get("MAIL_TIMEOUT", "30"))
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "Fieldwise <fieldwise@localhost>")
    MAIL_FILE_PATH = os.environ.get("MAIL_FILE_PATH") or str(instance_path() / "outbox")
    # `flask digest`: a tag is one of a person's expert tags once they earned this many points
    # in it (or declared it); a first accepted answer alone (15) is not yet expertise.
    DIGEST_EXPERT_POINTS = int(os.environ.get("DIGEST_EXPERT_POINTS", "20"))
    # The enablement dashboard: an accepted answer not rewritten for this many days is due for
    # a review.
    ANALYTICS_ANSWER_REVIEW_DAYS = int(os.environ.get("ANALYTICS_ANSWER_REVIEW_DAYS", "180"))
    # Its sections are computed and rendered once per scope in each period of this many seconds
    # (0: on every view), each process keeping them in memory; the page says so.
    ANALYTICS_CACHE_SECONDS = int(os.environ.get("ANALYTICS_CACHE_SECONDS", "300"))
    CACHE_TYPE = "SimpleCache"


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
    # The production profile takes 0.6 s a hash on a CI machine, and tests create and log in
    # hundreds of people; tests/auth/test_login.py checks the production profile itself.
    ARGON2_PARAMETERS = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    SECRET_KEY = "testing-only-secret-key"  # noqa: S105
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_SECURE = False
    SOCKETIO_ASYNC_MODE = "threading"
    SOCKETIO_MESSAGE_QUEUE = None
    RATELIMIT_STORAGE_URI = "memory://"
    CHAT_OFFLINE_GRACE_SECONDS = 0  # a test's disconnect is not a page change
    # A test finds what a request changed as soon as the response is back.
    SEARCH_INDEXING = "inline"
    SEARCH_VOCABULARY_REFRESH = "inline"
    # Words only, unless a test asks for the meaning too (it starts the model's process).
    SEARCH_RANKER = "lexical"
    # Never the developer's SMTP server: a test that sends for real sets MAIL_SERVER itself.
    MAIL_BACKEND = None
    MAIL_SERVER = None
    # A test sees what it just changed (tests/analytics/test_routes.py turns the cache on).
    ANALYTICS_CACHE_SECONDS = 0


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
