"""Typos corrected from the index's own vocabulary: real words that everyone's documents hold
(never a stem, never a word seen only in a private channel), by edit distance, then by how many
documents hold them.

A word is unknown when neither it nor its stem is in the vocabulary ("objections" is known
through "objection"). An unknown word is corrected to the nearest known word within
Damerau-Levenshtein distance 1 (words of up to five letters) or 2 (longer ones), the more
widespread first (RapidFuzz computes the distances). The vocabulary comes from the backend
(`SearchBackend.vocabulary`) and is kept for VOCABULARY_TTL seconds, or until this process
writes to the index; in a server it is read again off the request path (`vocabulary`).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

from flask import current_app
from rapidfuzz import distance, process
from whoosh.lang.porter import stem

from app.extensions import db, socketio

VOCABULARY_TTL = 300.0  # seconds: other hosts' writes reach this host's vocabulary by then
MIN_LENGTH = 4  # shorter words are left as typed: too many real words lie near them
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_KEY = "search_vocabulary"
_guard = threading.Lock()


@dataclass
class Vocabulary:
    counts: dict[str, int]  # word: documents that hold it
    stems: frozenset[str]
    by_length: dict[int, list[str]]

    @classmethod
    def of(cls, counts: dict[str, int]) -> Vocabulary:
        by_length: dict[int, list[str]] = {}
        for word in sorted(counts, key=lambda w: (-counts[w], w)):
            by_length.setdefault(len(word), []).append(word)
        return cls(counts, frozenset(stem(w) for w in counts), by_length)

    def knows(self, word: str) -> bool:
        word = word.lower()
        return word in self.counts or stem(word) in self.stems

    def nearest(self, word: str) -> str | None:
        """The known word nearest to `word` (an unknown one), or None."""
        word = word.lower()
        most = 1 if len(word) <= 5 else 2
        choices = [w for n in range(len(word) - most, len(word) + most + 1)
                   for w in self.by_length.get(n, ())]
        found = process.extract(word, choices, scorer=distance.DamerauLevenshtein.distance,
                                score_cutoff=most, limit=None)
        if not found:
            return None
        best = min(found, key=lambda f: (f[1], -self.counts[f[0]], f[0]))
        return best[0]


@dataclass
class _Kept:
    """A process's vocabulary, when it was read, and whether a read is under way."""

    vocabulary: Vocabulary | None = None
    read_at: float = -VOCABULARY_TTL
    stale: bool = False
    reading: bool = False
    started_at: float = -VOCABULARY_TTL


EMPTY = Vocabulary.of({})


def vocabulary(backend) -> Vocabulary:
    """This app's vocabulary, read from its backend at most every VOCABULARY_TTL seconds, and
    again after this process wrote to the index.

    With SEARCH_VOCABULARY_REFRESH = "background" (a server) no request waits for the read:
    it runs in a task of its own, at most once every VOCABULARY_TTL seconds, and requests go
    on meanwhile with the vocabulary read before (none until the first read, which `warm`
    starts with the server). Reading it takes PostgreSQL 80 s at 1,100,000 documents. With
    "inline" (tests), the read is done in the request, so that a search right after a write
    knows its words."""
    app = current_app._get_current_object()
    now = time.monotonic()
    with _guard:
        kept = app.extensions.setdefault(_KEY, _Kept())
        if kept.vocabulary is not None and not kept.stale and now - kept.read_at < VOCABULARY_TTL:
            return kept.vocabulary
        if app.config["SEARCH_VOCABULARY_REFRESH"] != "inline":
            if not kept.reading and now - kept.started_at >= VOCABULARY_TTL:
                kept.reading, kept.started_at = True, now
                socketio.start_background_task(_read, app, backend, kept)
            return kept.vocabulary or EMPTY
    found = Vocabulary.of(backend.vocabulary())
    with _guard:
        kept.vocabulary, kept.read_at, kept.stale = found, time.monotonic(), False
    return found


def _read(app, backend, kept: _Kept) -> None:
    with app.app_context():
        try:
            found = Vocabulary.of(backend.vocabulary())
            with _guard:
                kept.vocabulary, kept.read_at, kept.stale = found, time.monotonic(), False
        except Exception:
            app.logger.exception("Could not read the search vocabulary; spelling waits")
        finally:
            kept.reading = False
            db.session.remove()


def warm(app) -> None:
    """Start reading the vocabulary now (a server's start), not at the first search."""
    from app.search import indexer

    with app.app_context():
        vocabulary(indexer.backend())


def forget() -> None:
    """This process wrote to the index: its words may be corrected to once it is read again
    (in the next search, or, in a server, within VOCABULARY_TTL seconds)."""
    with _guard:
        kept = current_app.extensions.get(_KEY)
        if kept is not None:
            kept.stale = True


def corrections(text: str, known: Vocabulary) -> dict[str, str]:
    """{word as typed: its correction} for the unknown words of `text` that have one."""
    found: dict[str, str] = {}
    for word in dict.fromkeys(_WORD.findall(text)):
        if len(word) < MIN_LENGTH or known.knows(word):
            continue
        nearest = known.nearest(word)
        if nearest is not None:
            found[word] = _like(word, nearest)
    return found


def _like(typed: str, word: str) -> str:
    """`word` written as `typed` was: upper case, capitalised or lower case."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[0].isupper():
        return word.capitalize()
    return word


def corrected(text: str, found: dict[str, str]) -> str:
    """`text` with each corrected word replaced (words inside "phrases" and after - too)."""
    return _WORD.sub(lambda m: found.get(m.group(), m.group()), text)
