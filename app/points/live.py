"""Points and badges arrive live: what a transaction earned is sent, once it has committed, to
the earners' open pages (through app.realtime), which update the total and show a toast."""

from __future__ import annotations

from app.points.rules import LOWEST_TOTAL
from app.realtime import send_after_commit

EVENT = "points"  # the Socket.IO event: {"points", "total", "reasons", "badges"}


def _news(user_id: int) -> dict:
    return send_after_commit(user_id, EVENT,
                             {"points": 0, "total": None, "reasons": [], "badges": []})


def points_changed(user_id: int, points: int, total: int, reason: str) -> None:
    news = _news(user_id)
    news["points"] += points
    news["total"] = max(total, LOWEST_TOTAL)
    news["reasons"].append(f"{points:+d} {reason}")


def badge_earned(user_id: int, name: str, tier: str) -> None:
    _news(user_id)["badges"].append({"name": name, "tier": tier})
