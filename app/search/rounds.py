"""A process's background thread that works in rounds: the text indexer and the vector indexer
(app.search.indexer.Worker, app.search.vectors.VectorWorker) are two of them."""

from __future__ import annotations

import os
import threading
import time

from flask import Flask

from app.extensions import db


class Rounds:
    """A thread of this process (a green thread under eventlet or gevent) that does a round of
    work (`round`) in an app context when woken, and every `poll` seconds for work left by
    other processes or by a failed round: a round that fails is rolled back and logged, and
    what it did not do stays for the next. When woken it waits `gather` seconds first, so that
    the changes of the next moments join the round."""

    name = "rounds"
    failure = "A background round failed; will retry"

    def __init__(self, app: Flask, poll: float, gather: float = 0.0):
        self.app = app
        self.poll = poll
        self.gather = gather
        self.pid = os.getpid()
        self._wanted = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
        self._thread.start()

    def round(self) -> None:
        raise NotImplementedError

    def wake(self) -> None:
        self._wanted.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping = True
        self._wanted.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping:
            if self._wanted.wait(self.poll) and not self._stopping:
                time.sleep(self.gather)
            self._wanted.clear()
            if self._stopping:
                break
            with self.app.app_context():
                try:
                    self.round()
                except Exception:  # what the round did not do stays for the next one
                    db.session.rollback()
                    self.app.logger.exception(self.failure)


def started(app: Flask, name: str, make) -> Rounds:
    """The app's thread `name` in this process, made by `make()` on first use (and again after
    a fork: the parent's thread does not run in the child)."""
    with _GUARD:
        found = app.extensions.get(name)
        if found is None or found.pid != os.getpid():
            found = app.extensions[name] = make()
        return found


_GUARD = threading.Lock()
