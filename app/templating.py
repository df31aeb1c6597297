"""Template filters shared by every feature's pages."""

from __future__ import annotations

from datetime import datetime

from flask import Flask

from app.auth.models import utcnow
from app.numbers import unread_label

_UNITS = (("year", 365 * 86400), ("month", 30 * 86400), ("day", 86400), ("hour", 3600),
          ("minute", 60))


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """“3 days ago”, or “in 2 months” for a moment to come: in the largest whole unit."""
    if moment is None:
        return ""
    seconds = int(((now or utcnow()) - moment).total_seconds())
    future, seconds = seconds < 0, abs(seconds)
    for unit, size in _UNITS:
        if seconds >= size:
            count = seconds // size
            amount = f"{count} {unit}{'' if count == 1 else 's'}"
            return f"in {amount}" if future else f"{amount} ago"
    return "just now"


def full_date(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y, %H:%M UTC") if moment else ""


def register_filters(app: Flask) -> None:
    app.jinja_env.filters["ago"] = ago
    app.jinja_env.filters["full_date"] = full_date
    app.jinja_env.filters["unread"] = unread_label
    from app.points.services import shown_total

    app.jinja_env.filters["points"] = shown_total  # a total as shown: never below the lowest
