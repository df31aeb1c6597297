"""The meaning side of search: every question (with its answers) and wiki page has sentence
embeddings of its passages (its title with a few paragraphs each: the model reads 256 tokens,
most documents are longer), stored in the database (`search_vectors`) and kept by each process
in a matrix for an exact nearest-neighbour scan; a document is as near as its nearest passage.

The vectors are fed from their own outbox (`search_vector_outbox`, written with the text
index's rows): the vector indexer reads a batch, builds the documents from the database as the
text indexer does, has the texts that changed encoded (app.search.encoder: a child process, so
the server's threads never compute), stores the vectors and deletes the rows it applied, all in
one commit. A crash leaves the rows for the next round; a post never waits for any of it.

Each process's matrix is brought up to date from `changed_at` (with an overlap, since commits
land out of order): a document's changed rows replace all of its passages, a row without a
vector (a document gone) removes them; those rows are swept after a day. A scan is one matrix
product: stored in half precision (768 bytes a passage), held in single precision (1,536 bytes),
as NumPy multiplies half-precision matrices without BLAS, 20 times slower (docs/benchmarks.md).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from flask import Flask, current_app
from sqlalchemy import delete, func, select

from app.auth.models import utcnow
from app.extensions import db
from app.search import documents, encoder, rounds
from app.search.backend import Document
from app.search.models import SearchVector, VectorOutbox

KINDS = ("question", "page")  # what has a meaning to search (people and chat are found by words)
BATCH = 32  # documents encoded at once: a few seconds of the encoding process
# A passage: the title and paragraphs up to about this many characters (some 150 tokens), at
# most PASSAGES of them a document. Chosen on the relevance benchmark (docs/benchmarks.md).
PASSAGE_CHARS = 600
PASSAGES = 3
OVERLAP = timedelta(seconds=60)  # stamps read again at each look: commits land out of order
REFRESH_EVERY = 2.0  # seconds between two looks at changed rows, per process
SWEEP_AFTER = timedelta(days=1)  # a gone document's empty row is kept this long
_log = logging.getLogger(__name__)


def wanted(app: Flask | None = None) -> bool:
    """Whether this app ranks by meaning (SEARCH_RANKER "semantic" or "hybrid") and can: the
    model loads (if it cannot, one warning is logged and search is lexical)."""
    app = app or current_app
    return app.config["SEARCH_RANKER"] != "lexical" and encoder.available()


def has_meaning(key: str) -> bool:
    """Whether the document of this key is of a kind searched by its meaning."""
    return key.split(":", 1)[0] in KINDS


def passages(document: Document) -> list[str]:
    """What is embedded: the title with paragraphs of the text (a question's answers follow
    it, the accepted one first), up to PASSAGE_CHARS each, the first PASSAGES of them."""
    found, current = [], document.title
    for paragraph in (p.strip() for p in document.body.split("\n")):
        if not paragraph:
            continue
        if current != document.title and len(current) + len(paragraph) > PASSAGE_CHARS:
            found.append(current)
            if len(found) == PASSAGES:
                return found
            current = document.title
        current = f"{current}\n{paragraph}"
    found.append(current)
    return found[:PASSAGES]


def _digest(texts: list[str]) -> str:
    return hashlib.sha256("\n\x1e".join([encoder.MODEL, *texts]).encode()).hexdigest()


def enqueue(keys: Iterable[str]) -> None:
    """The vector rows for these documents (those of the kinds that have a meaning), in the
    current transaction; app.search.indexer.enqueue calls it with the text index's."""
    rows = [VectorOutbox(key=k) for k in dict.fromkeys(keys) if has_meaning(k)]
    if rows:
        db.session.add_all(rows)


# ---------------------------------------------------------------- the vector indexer


def catch_up(progress: Callable[[int], None] | None = None, limit: int | None = None) -> int:
    """Apply the vector outbox, oldest first, BATCH documents at a time (at most `limit` rows);
    return how many rows were applied. EncoderError (the rows stay) when encoding fails."""
    applied = 0
    while limit is None or applied < limit:
        query = select(VectorOutbox.id, VectorOutbox.key).order_by(VectorOutbox.id).limit(BATCH)
        if db.session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)  # another process takes the next
        rows = db.session.execute(query).all()
        if not rows:
            break
        store(list(dict.fromkeys(row.key for row in rows)))
        db.session.execute(delete(VectorOutbox).where(VectorOutbox.id.in_([r.id for r in rows]))
                           .execution_options(synchronize_session=False))
        db.session.commit()
        applied += len(rows)
        if progress:
            progress(len(rows))
    if applied:
        index().refresh(force=True)
    return applied


def store(keys: list[str], now: datetime | None = None) -> None:
    """Bring these documents' vectors up to date from the database, in the current
    transaction: the documents whose passages changed are encoded again, the documents gone
    lose their vectors."""
    now = now or utcnow()
    found, gone = documents.build(keys)
    found = [d for d in found if d.kind in KINDS]
    gone = [k for k in gone if has_meaning(k)]
    rows: dict[str, list[SearchVector]] = {}
    for row in db.session.scalars(select(SearchVector).where(
            SearchVector.key.in_([d.key for d in found] + gone))
            .order_by(SearchVector.key, SearchVector.passage)):
        rows.setdefault(row.key, []).append(row)
    texts = {d.key: passages(d) for d in found}
    changed = [d for d in found if not rows.get(d.key) or rows[d.key][0].vector is None
               or rows[d.key][0].digest != _digest(texts[d.key])]
    changed_keys = {d.key for d in changed}
    flat = [text for d in changed for text in texts[d.key]]
    encoded = iter(encoder.encode(flat, "document") if flat else [])
    for document in found:
        kept = rows.get(document.key, [])
        filters = (document.kind, document.audience, document.tags, document.categories)
        if document.key not in changed_keys:
            if all((r.kind, r.audience, r.tags, r.categories) == filters for r in kept):
                continue  # nothing a search reads changed
            for row in kept:
                row.kind, row.audience = document.kind, document.audience
                row.tags, row.categories = list(document.tags), list(document.categories)
                row.changed_at = now
            continue
        for row in kept:
            db.session.delete(row)
        db.session.flush()
        for number, _text in enumerate(texts[document.key]):
            db.session.add(SearchVector(
                key=document.key, passage=number, kind=document.kind,
                audience=document.audience, tags=list(document.tags),
                categories=list(document.categories), digest=_digest(texts[document.key]),
                vector=next(encoded).astype(np.float16).tobytes(), changed_at=now))
    for key in gone:
        kept = rows.get(key, [])
        if kept and kept[0].vector is not None:
            for row in kept[1:]:
                db.session.delete(row)
            kept[0].vector, kept[0].digest, kept[0].changed_at = None, "", now
    db.session.execute(delete(SearchVector).where(SearchVector.vector.is_(None),
                                                  SearchVector.changed_at < now - SWEEP_AFTER))
    db.session.flush()


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Queue every document with a meaning, then apply the queue (what `flask search reindex`
    does after the text index); how many documents were queued."""
    keys = [k for k in documents.every_key() if has_meaning(k)]
    enqueue(keys)
    db.session.commit()
    catch_up(progress)
    return len(keys)


def lag() -> int:
    return db.session.scalar(select(func.count()).select_from(VectorOutbox))


def count() -> int:
    """Documents with their meaning's vectors."""
    return db.session.scalar(select(func.count(func.distinct(SearchVector.key)))
                             .where(SearchVector.vector.is_not(None)))


class VectorWorker(rounds.Rounds):
    """The process's vector indexing thread (a green thread under eventlet or gevent): woken
    when a request wrote vector rows, and every `poll` seconds for other processes' rows. It
    waits on the encoding process's pipe, which lets every other request of the process run."""

    name = "search-vectors"
    failure = "Search vectors failed; will retry"

    def round(self) -> None:
        catch_up()


# ---------------------------------------------------------------- the matrix


@dataclass
class Match:
    key: str
    score: float  # the cosine of the query's and the document's nearest passage's meaning
    kind: str
    tags: list[str]
    categories: list[str]


class VectorIndex:
    """This process's copy of the vectors: a matrix with one row per passage, grown by a
    quarter when full, the rows of documents gone or changed reused."""

    def __init__(self):
        self._guard = threading.Lock()
        self._matrix = np.zeros((0, encoder.DIMENSIONS), dtype=np.float32)
        self._owner: list[str | None] = []  # the document of each row
        self._meta: dict[str, tuple[str, str, list[str], list[str]]] = {}
        self._rows: dict[str, list[int]] = {}  # each document's rows
        self._free: list[int] = []
        self._stamps: dict[str, datetime] = {}  # each document's newest changed_at applied
        self._since: datetime | None = None  # when the last look began
        self._checked = 0.0

    def refresh(self, force: bool = False) -> None:
        """Bring the matrix up to date: every vector the first time, then the documents whose
        rows changed since the last look (less OVERLAP), at most every REFRESH_EVERY seconds
        unless forced (this process just wrote some). A row's `changed_at` is stamped before
        its transaction commits, so a look also reads the last OVERLAP's stamps again, and
        reads in full only the documents whose newest stamp is not the one it holds."""
        if not force and time.monotonic() - self._checked < REFRESH_EVERY:
            return
        self._checked = time.monotonic()
        began = utcnow()
        if self._since is None:
            self._load(began)
            return
        stamps = dict(db.session.execute(
            select(SearchVector.key, func.max(SearchVector.changed_at))
            .where(SearchVector.changed_at >= self._since - OVERLAP)
            .group_by(SearchVector.key)).all())
        changed = [key for key, stamp in stamps.items() if self._stamps.get(key) != stamp]
        for at in range(0, len(changed), 500):
            keys = changed[at:at + 500]
            rows = db.session.execute(
                select(SearchVector.key, SearchVector.kind, SearchVector.audience,
                       SearchVector.tags, SearchVector.categories, SearchVector.vector)
                .where(SearchVector.key.in_(keys))
                .order_by(SearchVector.key, SearchVector.passage)).all()
            by_key: dict[str, list] = {key: [] for key in keys}
            for row in rows:
                by_key[row.key].append(row)
            with self._guard:
                for key, passages_of in by_key.items():
                    self._replace(key, passages_of)
                    self._stamps[key] = stamps[key]
        self._since = began

    def _load(self, began: datetime) -> None:
        """Every vector at once: the matrix in one piece, the filters read from each
        document's first passage (every passage holds the same)."""
        meta = {row.key: (row.kind, row.audience, list(row.tags or []),
                          list(row.categories or []))
                for row in db.session.execute(
                    select(SearchVector.key, SearchVector.kind, SearchVector.audience,
                           SearchVector.tags, SearchVector.categories)
                    .where(SearchVector.passage == 0, SearchVector.vector.is_not(None)))}
        rows = db.session.execute(
            select(SearchVector.key, SearchVector.vector, SearchVector.changed_at)
            .where(SearchVector.vector.is_not(None))
            .order_by(SearchVector.key, SearchVector.passage)).all()
        rows = [row for row in rows if row.key in meta]
        matrix = np.frombuffer(b"".join(row.vector for row in rows), dtype=np.float16)
        by_key: dict[str, list[int]] = {}
        stamps: dict[str, datetime] = {}
        for at, row in enumerate(rows):
            by_key.setdefault(row.key, []).append(at)
            if row.key not in stamps or row.changed_at > stamps[row.key]:
                stamps[row.key] = row.changed_at
        with self._guard:
            size = max(64, len(rows) + len(rows) // 4)  # room to grow
            self._matrix = np.zeros((size, encoder.DIMENSIONS), dtype=np.float32)
            self._matrix[:len(rows)] = matrix.reshape(len(rows), encoder.DIMENSIONS)
            self._owner = [row.key for row in rows]
            self._rows = by_key
            self._meta = {key: meta[key] for key in by_key}
            self._free = []
            self._stamps = stamps
            self._since = began

    def _replace(self, key: str, rows: list) -> None:
        """The document's passages as the database has them now (none: it is gone)."""
        for at in self._rows.pop(key, []):
            self._owner[at] = None
            self._matrix[at] = 0.0
            self._free.append(at)
        self._meta.pop(key, None)
        rows = [row for row in rows if row.vector is not None]
        if not rows:
            return
        self._meta[key] = (rows[0].kind, rows[0].audience, list(rows[0].tags or []),
                           list(rows[0].categories or []))
        taken = []
        for row in rows:
            at = self._free.pop() if self._free else self._grow()
            self._owner[at] = key
            self._matrix[at] = np.frombuffer(row.vector, dtype=np.float16)  # as float32
            taken.append(at)
        self._rows[key] = taken

    def _grow(self) -> int:
        at = len(self._owner)
        self._owner.append(None)
        if at >= len(self._matrix):
            size = len(self._matrix)  # a quarter more: amortised, and little unused
            grown = np.zeros((max(64, size + size // 4), encoder.DIMENSIONS),
                             dtype=np.float32)
            grown[:len(self._matrix)] = self._matrix
            self._matrix = grown
        return at

    def __len__(self) -> int:
        return len(self._rows)

    def matches(self, vector: np.ndarray, audiences: Iterable[str], floor: float,
                limit: int) -> list[Match]:
        """The documents nearest in meaning to `vector` that the searcher may see (their
        audience is everyone's or one of `audiences`), at least `floor` alike, best first, at
        most `limit`: before any filter, so that the facets can count them."""
        with self._guard:
            used = len(self._owner)
            if not used:
                return []
            scores = self._matrix[:used] @ vector.astype(np.float32)
            candidates = np.flatnonzero(scores >= floor)
            wanted = limit * (PASSAGES + 1)  # passages, of which `limit` documents at least
            if len(candidates) > wanted:
                candidates = candidates[np.argpartition(-scores[candidates], wanted)[:wanted]]
            allowed = {"", *audiences}
            found: dict[str, Match] = {}
            for at in candidates[np.argsort(-scores[candidates], kind="stable")]:
                key = self._owner[at]
                if key is None or key in found:
                    continue  # a row reused, or the document's nearer passage already taken
                kind, audience, tags, categories = self._meta[key]
                if audience not in allowed:
                    continue
                found[key] = Match(key, float(scores[at]), kind, tags, categories)
                if len(found) == limit:
                    break
            return list(found.values())


_INDEXES_GUARD = threading.Lock()


def index(app: Flask | None = None) -> VectorIndex:
    """This app's vector matrix in this process, loaded on first use and kept up to date."""
    app = app or current_app
    with _INDEXES_GUARD:
        found = app.extensions.get("search_vectors")
        if found is None:
            found = app.extensions["search_vectors"] = VectorIndex()
    found.refresh()
    return found
