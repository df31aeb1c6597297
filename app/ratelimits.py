"""Rate limits on what people do, not on HTTP requests (Flask-Limiter's job): a chat message
counts once whichever way it comes in, socket event or API, with the `limits` library on the
storage Flask-Limiter uses (memory, or Redis shared by every process)."""

from __future__ import annotations

import math
import time

from flask import current_app
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from app.errors import RateLimited


def _limiter() -> MovingWindowRateLimiter:
    """One limiter per app, made on first use."""
    limiter = current_app.extensions.get("fieldwise_limiter")
    if limiter is None:
        limiter = MovingWindowRateLimiter(
            storage_from_string(current_app.config["RATELIMIT_STORAGE_URI"]))
        current_app.extensions["fieldwise_limiter"] = limiter
    return limiter


def hit(setting: str, *keys: object) -> None:
    """Count one against the limit the setting names (“20 per 10 seconds”), for these keys
    (a person, a channel); RateLimited, saying when to try again, once it is spent."""
    limit = parse(current_app.config[setting])
    limiter = _limiter()
    identifiers = [setting, *(str(key) for key in keys)]
    if not limiter.hit(limit, *identifiers):
        reset_at, _ = limiter.get_window_stats(limit, *identifiers)
        raise RateLimited(f"Slow down: at most {limit} here. Wait a moment and try again.",
                          retry_after=max(1, math.ceil(reset_at - time.time())))
