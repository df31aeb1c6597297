"""Ids and whole numbers from what a person or a client sent, checked before they reach a query:
one way for every route, form, socket event and API field."""

from __future__ import annotations

# The largest id a column holds (PostgreSQL's integer): any larger number names nothing, and
# SQLite cannot even bind one past 2**63.
ID_MAX = 2**31 - 1


def is_id(value: object) -> bool:
    """Whether `value` can be a row id (an int, not a bool, from 1 to ID_MAX): what a socket
    event or a JSON body sends is checked before it reaches a query."""
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= ID_MAX


def whole_number(text: str | None, minimum: int = 0) -> int | None:
    """The number `text` writes in ASCII digits, from `minimum` to ID_MAX, or None: "²" is a
    digit to str.isdigit but not to int(), and " 5", "-3" or "1_000" are not numbers a person
    types into an address."""
    text = text or ""
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(ID_MAX)):
        return None
    value = int(text)
    return value if minimum <= value <= ID_MAX else None


# Unread counts (chat, notifications) are counted up to here, and shown as "99+" from here on:
# counting every unread item would cost, on every page, as much as the items of someone who
# never reads them.
UNREAD_COUNTED = 100


def unread_label(count: int) -> str:
    """An unread count as its badge shows it: "7", "99+"."""
    return f"{UNREAD_COUNTED - 1}+" if count >= UNREAD_COUNTED else str(count)
