"""SQLite connections that wait for a busy database without holding up the process (issue 29).

The sqlite3 module waits for another connection's lock in SQLite's busy handler, which sleeps in
C: under eventlet or gevent that sleep holds every green thread of the process, a static file
included, for as long as the lock lasts (up to the 5-second timeout) — and the lock's holder, a
green thread of the same process, cannot finish meanwhile. These connections are opened with no
busy timeout; a statement or commit that finds the database busy is tried again after a sleep
that is cooperative once the standard library is monkey-patched, for up to PATIENCE seconds, as
the busy handler would have. create_app uses them for SQLite when the server is asynchronous.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

PATIENCE = 5.0  # seconds, as sqlite3's default timeout
_FIRST_WAIT, _LONGEST_WAIT = 0.001, 0.05
T = TypeVar("T")


def _busy(error: sqlite3.OperationalError) -> bool:
    message = str(error)
    return message.startswith("database is locked") or message.startswith(
        "database table is locked")


def _patiently(call: Callable[[], T]) -> T:
    """`call()`, again after a (green) sleep while the database is busy, up to PATIENCE."""
    deadline = time.monotonic() + PATIENCE
    wait = _FIRST_WAIT
    while True:
        try:
            return call()
        except sqlite3.OperationalError as error:
            if not _busy(error) or time.monotonic() + wait > deadline:
                raise
        time.sleep(wait)
        wait = min(wait * 2, _LONGEST_WAIT)


class GreenCursor(sqlite3.Cursor):
    def execute(self, *args):
        return _patiently(lambda: super(GreenCursor, self).execute(*args))

    def executemany(self, *args):
        return _patiently(lambda: super(GreenCursor, self).executemany(*args))

    def executescript(self, *args):
        return _patiently(lambda: super(GreenCursor, self).executescript(*args))


class GreenConnection(sqlite3.Connection):
    """Pass as sqlite3.connect(..., factory=GreenConnection, timeout=0)."""

    def cursor(self, factory=GreenCursor):
        return super().cursor(factory)

    # The C shortcuts would make a plain cursor.
    def execute(self, *args):
        return self.cursor().execute(*args)

    def executemany(self, *args):
        return self.cursor().executemany(*args)

    def commit(self):
        return _patiently(super().commit)


def engine_options(async_mode: str, options: dict) -> dict:
    """SQLAlchemy's engine options for SQLite under this async mode: the green connections
    under eventlet and gevent, the options unchanged otherwise (threads may block in C)."""
    if async_mode not in ("eventlet", "gevent"):
        return options
    connect_args = {**options.get("connect_args", {}), "factory": GreenConnection, "timeout": 0}
    return {**options, "connect_args": connect_args}
