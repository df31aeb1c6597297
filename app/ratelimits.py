"""Rate limits on what people do, not on HTTP requests (Flask-Limiter's job): a chat message
counts once whichever way it comes in, socket event or API, with the `limits` library on the
storage Flask-Limiter uses (memory, or Redis shared by every process).

A store that fails (Redis down, or hung) never turns an action into an error: as Flask-Limiter
does with RATELIMIT_IN_MEMORY_FALLBACK_ENABLED, the count goes on in this process's memory,
and the store is tried again RATELIMIT_RETRY_SECONDS later; the failure is logged once each
time it starts, the recovery once."""

from __future__ import annotations

import logging
import math
import time

from flask import current_app
from limits import parse
from limits.errors import StorageError
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from app.errors import RateLimited

log = logging.getLogger(__name__)


def storage_options(uri: str, timeout: float) -> dict:
    """How long a rate-limit store may take to connect and to answer (Redis): a fraction of a
    second, then the request goes on with the in-memory count."""
    if uri.startswith(("redis://", "rediss://", "redis+unix://")):
        return {"socket_timeout": timeout, "socket_connect_timeout": timeout}
    return {}


class _Limiters:
    """The shared store's limiter, and this process's own for while the store fails."""

    def __init__(self, uri: str, options: dict, retry_seconds: float):
        self.store = MovingWindowRateLimiter(
            storage_from_string(uri, wrap_exceptions=True, **options))
        self.memory = MovingWindowRateLimiter(MemoryStorage())
        self.retry_seconds = retry_seconds
        self.failed_at: float | None = None

    def hit(self, limit, identifiers: list[str]) -> float | None:
        """None if one more is allowed, else the time its window resets."""
        if self.failed_at is None or time.monotonic() - self.failed_at >= self.retry_seconds:
            try:
                refused = self._refused(self.store, limit, identifiers)
            except StorageError as exc:
                if self.failed_at is None:
                    log.warning("The rate-limit store does not answer (%s): counting in this "
                                "process's memory, trying it again every %s s",
                                exc.storage_error, self.retry_seconds)
                self.failed_at = time.monotonic()
            else:
                if self.failed_at is not None:
                    log.info("The rate-limit store answers again")
                    self.failed_at = None
                return refused
        return self._refused(self.memory, limit, identifiers)

    @staticmethod
    def _refused(limiter, limit, identifiers: list[str]) -> float | None:
        if limiter.hit(limit, *identifiers):
            return None
        return limiter.get_window_stats(limit, *identifiers)[0]


def _limiters() -> _Limiters:
    """One pair per app, made on first use."""
    limiters = current_app.extensions.get("fieldwise_limiters")
    if limiters is None:
        config = current_app.config
        limiters = _Limiters(config["RATELIMIT_STORAGE_URI"],
                             config["RATELIMIT_STORAGE_OPTIONS"],
                             config["RATELIMIT_RETRY_SECONDS"])
        current_app.extensions["fieldwise_limiters"] = limiters
    return limiters


def hit(setting: str, *keys: object) -> None:
    """Count one against the limit the setting names (“20 per 10 seconds”), for these keys
    (a person, a channel); RateLimited, saying when to try again, once it is spent."""
    limit = parse(current_app.config[setting])
    reset_at = _limiters().hit(limit, [setting, *(str(key) for key in keys)])
    if reset_at is not None:
        raise RateLimited(f"Slow down: at most {limit} here. Wait a moment and try again.",
                          retry_after=max(1, math.ceil(reset_at - time.time())))
