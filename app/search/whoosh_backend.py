"""The Whoosh backend: an index directory under instance/, the embedded default.

Whoosh allows one writer per index at a time. Inside a process a lock serialises our writers;
across processes sharing the directory, Whoosh's own lock file is waited for (`timeout`) rather
than failing with LockError. Each write commits a segment of its own without merging; segments
of a similar size are merged ten at a time (`_to_merge`) by `merge()`, which holds the lock only
to swap the merged segment in, so that indexing goes on while a merge is written.

Searches never take the lock. They use searchers kept between searches (`_Searchers`), brought
up to the latest commit before each search, and one pass over the matches collects the best
hits and counts the facets from per-segment sets (`_OnePass`, `_SegmentValues`). A search is
bounded: the query text arrives cleaned (no wildcards, at most a few phrases), and collection
stops after a time limit, returning what was found so far.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from whoosh import collectors, highlight, index, qparser, query, reading, searching, writing
from whoosh.analysis import LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.collectors import TimeLimit
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError
from whoosh.util.filelock import try_for

from app.search import whoosh_merge
from app.search.backend import (
    SNIPPET_CHARS,
    TEXT_FIELDS,
    Document,
    Hit,
    Results,
    SearchQuery,
    static_boost,
)

FACET_SIZE = 30
# How much a document gains for matching more of the query's terms (Whoosh's coordination
# bonus, between 0 and 1): a rep's question matches no document word for word.
COVERAGE = 0.9
MERGE_FACTOR = 10  # segments of one size tier that are merged into one
_SCRATCH = ".merge-"  # a merge's own directory inside the index's: .merge-<pid>-<random>
_MERGE_SCRIPT = Path(whoosh_merge.__file__)
_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _schema() -> Schema:
    text = StemmingAnalyzer()
    return Schema(
        key=ID(stored=True, unique=True),
        kind=ID(stored=True),
        title=TEXT(analyzer=text, stored=True, field_boost=3.0, spelling=True),
        keywords=TEXT(analyzer=text, field_boost=2.0),
        body=TEXT(analyzer=text, stored=True, spelling=True),
        tags=KEYWORD(stored=True, scorable=False),
        categories=KEYWORD(stored=True),
        url=STORED,
        subtitle=STORED,
        score=NUMERIC(stored=True, signed=True),
        answered=BOOLEAN(stored=True),
        accepted=BOOLEAN(stored=True),
        stale=BOOLEAN(stored=True),
        updated=STORED,
        audience=ID(stored=True),
        # The words as written, of the documents everyone may find: the spelling vocabulary.
        words=TEXT(analyzer=RegexTokenizer(r"[^\W\d_]+") | LowercaseFilter(), phrase=False),
    )


class _MarkFormatter(highlight.Formatter):
    """Matched words in <mark>, everything else HTML-escaped."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<mark>{html.escape(highlight.get_text(text, token, replace))}</mark>"

    def _text(self, text):
        return html.escape(text)


def _tier(segment) -> int:
    """A segment's size tier by its live documents: 1-9 is 1, 10-99 is 2, and so on. A segment
    whose documents were mostly deleted (updated since) drops to a lower tier and is merged
    away with the small ones."""
    return len(str(max(segment.doc_count(), 1)))


def _to_merge(segments, factor: int) -> list:
    """The segments of the smallest size tier that has `factor` of them, or none: like Lucene's
    log merge policy, a segment is merged only with others of a similar size, so a big merge
    is rare (ten segments of 10,000 documents once in about 100,000 changes)."""
    tiers: dict[int, list] = defaultdict(list)
    for segment in segments:
        tiers[_tier(segment)].append(segment)
    full = [tiers[tier] for tier in sorted(tiers) if len(tiers[tier]) >= factor]
    return full[0] if full else []


def _read_toc(ix):
    """The index's latest table of contents. A commit in another thread or process deletes
    the one before it: read while the commit lands, it may be gone; read the next."""
    for attempt in range(20):
        try:
            return ix._read_toc()
        except FileNotFoundError:
            if attempt == 19:
                raise
            time.sleep(0.01)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# The facets, with the field each one counts.
FACETS = {"kind": "kind", "tag": "tags", "category": "categories"}


def _filters(search: SearchQuery) -> list[tuple[str, tuple[str, ...]]]:
    """What a hit must have, as (facet, values) pairs that all apply; any one of the values
    of a pair will do: one of the kinds, every tag, a tag in each category."""
    wanted = [("kind", tuple(search.kinds))] if search.kinds else []
    wanted += [("tag", (tag,)) for tag in search.tags]
    wanted += [("category", (category,)) for category in search.categories]
    return wanted


class _SegmentValues:
    """Which documents of a segment have each kind, tag and category: built once per segment
    from the fields' postings and kept while the segment lives. A segment's documents never
    change (a deletion hides a document from matching, which is all the counts look at).

    Kept in NumPy arrays (4 bytes a document and value), not sets of Python ints (about 50):
    at 1,000,000 documents the sets held 130 MB in every process."""

    def __init__(self, reader):
        self.size = reader.doc_count_all()
        # {facet: {value: its documents, ascending}}, to filter; and per facet each
        # document's values (`values[facet]`, the value names; `indptr[facet][d]` to
        # `indptr[facet][d + 1]` index `indices[facet]`), to count the matches' facets.
        self.docs: dict[str, dict[str, np.ndarray]] = {}
        self.values: dict[str, list[str]] = {}
        self.indptr: dict[str, np.ndarray] = {}
        self.indices: dict[str, np.ndarray] = {}
        for facet, field in FACETS.items():
            docs = {value.decode(): np.fromiter(reader.postings(field, value).all_ids(),
                                                dtype=np.int64)
                    for value in reader.lexicon(field)
                    } if field in reader.indexed_field_names() else {}
            self.docs[facet] = docs
            self.values[facet] = list(docs)
            owners = np.concatenate([*docs.values(), np.empty(0, np.int64)])
            kinds = np.concatenate([np.full(len(d), n, np.int32)
                                    for n, d in enumerate(docs.values())] or
                                   [np.empty(0, np.int32)])
            order = np.argsort(owners, kind="stable")
            self.indices[facet] = kinds[order]
            self.indptr[facet] = np.concatenate(
                [[0], np.cumsum(np.bincount(owners, minlength=self.size))]).astype(np.int64)
        # Each document's group (0: everyone's; n: the n-th group of `groups`), so that a
        # search looks its documents' groups up instead of gathering, for every search, the
        # documents of every group the searcher is not in (every private channel's messages).
        self.groups: dict[str, int] = {}
        self.group_of = array("I", bytes(4 * self.size))
        if "audience" in reader.indexed_field_names():
            for n, value in enumerate(reader.lexicon("audience"), start=1):
                self.groups[value.decode()] = n
                for docnum in reader.postings("audience", value).all_ids():
                    self.group_of[docnum] = n

    def visible_groups(self, audiences: frozenset[str]) -> frozenset[int]:
        """The groups whose documents the searcher may find: everyone's, and their own."""
        return frozenset({0, *(self.groups[a] for a in audiences if a in self.groups)})

    def allowed(self, wanted: list[tuple[str, tuple[str, ...]]]) -> bytearray | None:
        """Which documents pass every filter (None: no filter), a byte per document."""
        allowed = None
        for facet, values in wanted:
            passes = np.zeros(self.size, np.bool_)
            for value in values:
                if value in self.docs[facet]:
                    passes[self.docs[facet][value]] = True
            allowed = passes if allowed is None else allowed & passes
        return None if allowed is None else bytearray(allowed.tobytes())

    def count(self, facet: str, seen: np.ndarray) -> dict[str, int]:
        """How many of the documents `seen` have each value of the facet."""
        indptr = self.indptr[facet]
        starts, lengths = indptr[seen], indptr[seen + 1] - indptr[seen]
        if not lengths.sum():
            return {}
        # The positions in `indices` of every value of every seen document, in one array.
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
        counts = np.bincount(self.indices[facet][offsets + np.arange(lengths.sum())],
                             minlength=len(self.values[facet]))
        return {self.values[facet][n]: int(c) for n, c in enumerate(counts) if c}


class _ValueCache:
    """_SegmentValues by segment id, shared by every search of the process."""

    def __init__(self):
        self._by_segment: dict[str, _SegmentValues] = {}
        self._guard = threading.Lock()

    def of(self, reader) -> _SegmentValues:
        if reader.segment() is None:  # an empty index
            return _SegmentValues(reader)
        segment = reader.segment().segment_id()
        found = self._by_segment.get(segment)
        if found is None:
            found = _SegmentValues(reader)
            with self._guard:
                self._by_segment[segment] = found
        return found

    def keep_only(self, segments: set[str]) -> None:
        with self._guard:
            for gone in self._by_segment.keys() - segments:
                del self._by_segment[gone]


class _OnePass(collectors.WrappingCollector):
    """Wraps the best-first collector for a single pass over the text's matches: remembers every
    match for the facets (which count before the filters, so that each shows what choosing it
    would give), unless `counting` is off, hands the matches the filters allow to the child,
    and stops at the deadline."""

    def __init__(self, child, values: _ValueCache, wanted, audiences: frozenset[str],
                 deadline: float, counting: bool = True):
        super().__init__(child)
        self._values = values
        self._wanted = wanted
        self._audiences = audiences
        self._deadline = deadline
        self._counting = counting
        self._matched: list[tuple[_SegmentValues, list[int]]] = []

    def set_subsearcher(self, subsearcher, offset):
        super().set_subsearcher(subsearcher, offset)
        self._segment = self._values.of(subsearcher.reader())
        self._allowed = self._segment.allowed(self._wanted)
        self._visible = self._segment.visible_groups(self._audiences)
        self._seen: list[int] = []
        if self._counting:
            self._matched.append((self._segment, self._seen))

    def collect_matches(self):
        child, seen, allowed, deadline = self.child, self._seen, self._allowed, self._deadline
        group_of, visible, counting = self._segment.group_of, self._visible, self._counting
        clock = time.monotonic
        for docnum in child.matches():
            if group_of[docnum] not in visible:  # it does not exist for this searcher
                continue
            if counting:
                seen.append(docnum)
            if allowed is None or allowed[docnum]:
                child.collect(docnum)
            if clock() > deadline:
                raise TimeLimit

    def facets(self) -> dict[str, dict[str, int]]:
        counts: dict[str, Counter] = {facet: Counter() for facet in FACETS}
        for segment, seen in self._matched:
            if not seen:
                continue
            matched = np.fromiter(seen, dtype=np.int64, count=len(seen))
            for facet in FACETS:
                counts[facet].update(segment.count(facet, matched))
        return {facet: dict(sorted(counted.items(), key=lambda item: (-item[1], item[0]))
                            [:FACET_SIZE])
                for facet, counted in counts.items()}


class _Searchers:
    """Searchers kept between searches, each used by one search at a time. Before each use the
    searcher is brought up to the index's latest generation: the readers of segments that did
    not change are kept (with their caches), the rest are opened again.

    Whoosh's own `Searcher.refresh()` cannot be used: in whoosh-reloaded 2.7.5 it adds the old
    reader's segments to the new ones, so documents deleted, updated or merged since come back
    (tests/search/test_backends.py shows it), and it reuses a segment's reader after new
    deletions in that segment."""

    IDLE = 4  # searchers kept for reuse

    def __init__(self, ix, values: _ValueCache):
        self._index = ix
        self._values = values
        self._idle: list[tuple[int, searching.Searcher]] = []  # (index generation, searcher)
        self._guard = threading.Lock()

    @contextlib.contextmanager
    def searcher(self):
        with self._guard:
            old = self._idle.pop() if self._idle else None
        generation, current = self._latest(old)
        try:
            yield current
        finally:
            with self._guard:
                if len(self._idle) < self.IDLE:
                    self._idle.append((generation, current))
                    current = None
            if current is not None:
                current.close()

    def _latest(self, old: tuple[int, searching.Searcher] | None):
        if old is not None and old[0] == self._index.latest_generation():
            return old
        toc = _read_toc(self._index)
        reusable = {}
        if old is not None:
            reusable = {(r.segment().segment_id(), r.segment().deleted_count()): r
                        for r, _ in old[1].reader().leaf_readers() if r.segment() is not None}
        readers = []
        for segment in toc.segments:
            reader = reusable.pop((segment.segment_id(), segment.deleted_count()), None)
            readers.append(reader or reading.SegmentReader(
                self._index.storage, toc.schema, segment, generation=toc.generation))
        for unused in reusable.values():
            unused.close()
        if not readers:
            reader = reading.EmptyReader(toc.schema)
        elif len(readers) == 1:
            reader = readers[0]
        else:
            reader = reading.MultiReader(readers, generation=toc.generation)
        self._values.keep_only({segment.segment_id() for segment in toc.segments})
        searcher = searching.Searcher(reader, fromindex=self._index)
        searcher.fieldwise_generation = toc.generation  # the commit it shows
        return toc.generation, searcher


class WhooshBackend:
    def __init__(self, directory: Path | str, time_limit: float = 2.0,
                 lock_timeout: float = 30.0):
        self.directory = Path(directory)
        self.time_limit = time_limit
        self.lock_timeout = lock_timeout
        self.directory.mkdir(parents=True, exist_ok=True)
        with _LOCKS_GUARD:
            self._lock = _LOCKS.setdefault(str(self.directory.resolve()), threading.Lock())
            if index.exists_in(self.directory):
                self._index = index.open_dir(self.directory)
                if set(self._index.schema.names()) != set(_schema().names()):
                    # An index of an older release: start afresh (it is derived data), and the
                    # starting process rebuilds it (app.search.indexer.start).
                    logging.getLogger(__name__).warning(
                        "The search index at %s was made by another release: it is rebuilt.",
                        self.directory)
                    self._index = index.create_in(self.directory, _schema())
            else:
                self._index = index.create_in(self.directory, _schema())
        self._schema = self._index.schema  # read once: reading it again races commits
        self._merging_guard = threading.Lock()
        self._in_merge: set[str] = set()  # segments that a merge of this process has chosen
        self.merged = 0  # merges swapped in by this backend
        self._clear_scratch()
        self._values = _ValueCache()
        self._searchers = _Searchers(self._index, self._values)
        self._parsers: dict[tuple[str, ...], qparser.QueryParser] = {}

    def _parser(self, fields: tuple[str, ...]) -> qparser.QueryParser:
        """Reads one term of a query (a word or a "phrase"; the understanding made the rest of
        the syntax) into the fields it is looked for in, and nothing else."""
        parser = self._parsers.get(fields)
        if parser is None:
            parser = qparser.MultifieldParser(list(fields), self._schema, group=qparser.OrGroup)
            for plugin in (qparser.FieldsPlugin, qparser.WildcardPlugin, qparser.RangePlugin,
                           qparser.BoostPlugin, qparser.GroupPlugin, qparser.OperatorsPlugin):
                parser.remove_plugin_class(plugin)
            self._parsers[fields] = parser
        return parser

    def _clear_scratch(self) -> None:
        """Remove what merges of processes that died left behind."""
        for scratch in self.directory.glob(f"{_SCRATCH}*"):
            pid = scratch.name.removeprefix(_SCRATCH).split("-")[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                shutil.rmtree(scratch, ignore_errors=True)

    # ------------------------------------------------------------ writing

    def _writer(self):
        # Waits for another process's writer instead of raising LockError. Its segment's
        # files stay apart (not compound): Whoosh copies a compound file's postings into
        # memory whole when it opens one, 800 MB in every process at 1,000,000 documents.
        return self._index.writer(timeout=self.lock_timeout, delay=0.05, compound=False)

    def add(self, documents: Iterable[Document]) -> None:
        self._write(documents, replace=False)

    def replace(self, documents: Iterable[Document]) -> None:
        """Index these documents instead of everything indexed now, with one writer. Searches
        see the old index until the new one is complete: the commit swaps them."""
        self._write(documents, replace=True)

    def _write(self, documents: Iterable[Document], replace: bool) -> None:
        now = datetime.now(UTC)
        with self._lock:
            writer = self._writer()
            try:
                if replace:
                    for document in documents:
                        writer.add_document(**self._fields(document, now))
                else:
                    latest = {document.key: document for document in documents}
                    with self._deleting(writer) as searcher:
                        for key in latest:
                            writer.delete_by_term("key", key, searcher=searcher)
                    for document in latest.values():
                        writer.add_document(**self._fields(document, now))
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=writing.CLEAR if replace else writing.NO_MERGE)

    @contextlib.contextmanager
    def _deleting(self, writer):
        """A searcher to find the documents a writer deletes: a kept one, when it shows the
        index the writer started from (it does: the writer holds the lock), rather than the
        writer's own, which would open every segment again (144 ms at 100k documents)."""
        with self._searchers.searcher() as searcher:
            yield searcher if searcher.fieldwise_generation == writer.generation - 1 else None

    @staticmethod
    def _fields(document: Document, now: datetime) -> dict:
        moment = document.updated_at or document.created_at
        return {
            "key": document.key,
            "kind": document.kind,
            "title": document.title,
            "keywords": document.keywords,
            "body": document.body,
            "tags": " ".join(document.tags),
            "categories": " ".join(document.categories),
            "url": document.url,
            "subtitle": document.subtitle,
            "score": document.score,
            "answered": document.answered,
            "accepted": document.accepted,
            "stale": document.stale,
            "updated": moment.isoformat() if moment else None,
            **({"audience": document.audience} if document.audience else
               {"words": " ".join((document.title, document.keywords, document.body))}),
            "_boost": static_boost(document, now),
        }

    def remove(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if not keys:
            return
        with self._lock:
            writer = self._writer()
            try:
                with self._deleting(writer) as searcher:
                    for key in keys:
                        writer.delete_by_term("key", key, searcher=searcher)
            except BaseException:
                writer.cancel()  # releases the lock
                raise
            writer.commit(mergetype=writing.NO_MERGE)

    def merge(self, wait: bool = True) -> int:
        """Merge segments, a size tier at a time, until no tier has MERGE_FACTOR of them;
        return how many merges this call made. Writers are not held up, as in Lucene's
        concurrent merges: a merge reads the chosen segments (whose files never change) and
        writes the merged one without the lock, in a process of its own, then takes the lock
        only to swap it in, carrying over the deletions made meanwhile. Merges of different
        segments run side by side, so that small ones go on while a big one is written; when
        another process swapped in a merge of the same segments first, this one gives its
        result up. With `wait` false, the merges run in threads of their own (each starting
        the merges its result makes due) and this returns at once."""
        if not wait:
            self._start_merges()
            return 0
        merges = 0
        while chosen := self._choose():
            try:
                if not self._merge_once(chosen):
                    break
                merges += 1
            finally:
                self._chosen_done(chosen)
        return merges

    def segments(self) -> list:
        """The index's segments now."""
        return _read_toc(self._index).segments

    def _choose(self) -> list:
        """Segments to merge that no merge of this process has chosen yet (marked as chosen)."""
        with self._merging_guard:
            free = [segment for segment in self.segments()
                    if segment.segment_id() not in self._in_merge]
            chosen = _to_merge(free, MERGE_FACTOR)
            self._in_merge |= {segment.segment_id() for segment in chosen}
            return chosen

    def _chosen_done(self, chosen) -> None:
        with self._merging_guard:
            self._in_merge -= {segment.segment_id() for segment in chosen}

    def _start_merges(self) -> None:
        while chosen := self._choose():
            threading.Thread(target=self._merge_in_background, args=(chosen,),
                             name="search-merge", daemon=True).start()

    def _merge_in_background(self, chosen) -> None:
        try:
            merged = self._merge_once(chosen)
        except Exception:  # unmerged segments are only slower to search: the next call retries
            logging.getLogger(__name__).exception("Search index merge failed")
            merged = False
        finally:
            self._chosen_done(chosen)
        if merged:
            self._start_merges()  # its segment may fill the next tier

    def _merge_once(self, chosen) -> bool:
        scratch = Path(tempfile.mkdtemp(prefix=f"{_SCRATCH}{os.getpid()}-", dir=self.directory))
        try:
            merged, numbers = self._merged(chosen, scratch)
            return merged is not None and self._swap_in(chosen, merged, numbers, scratch)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def _merged(self, chosen, scratch: Path):
        """The merged segment, written into `scratch` by whoosh_merge.py in a process of its
        own (off this process's interpreter lock), and the new number of each (segment id,
        document number): the chosen segments' live documents, in order."""
        numbers: dict[tuple[str, int], int] = {}
        for segment in chosen:
            for docnum in range(segment.doc_count_all()):
                if not segment.is_deleted(docnum):
                    numbers[segment.segment_id(), docnum] = len(numbers)
        done = subprocess.run(  # noqa: S603 (our script) -- green under eventlet or gevent
            [sys.executable, "-I", str(_MERGE_SCRIPT)], capture_output=True, check=False,
            input=pickle.dumps((str(self.directory), self._schema, str(scratch), chosen)))
        if done.returncode == whoosh_merge.GONE:
            return None, numbers  # merged by another process first
        if done.returncode:
            raise RuntimeError("Search index merge failed: "
                               + done.stderr.decode(errors="replace")[-2000:])
        merged = pickle.loads(done.stdout)  # noqa: S301 (our own child's answer)
        if merged.doc_count_all() != len(numbers):
            raise RuntimeError(f"merged {merged.doc_count_all()} documents of {len(numbers)}")
        return merged, numbers

    def _swap_in(self, chosen, merged, numbers, scratch: Path) -> bool:
        """Under the lock: replace the chosen segments by the merged one in a new generation,
        deleting in it what was deleted from them since they were chosen."""
        name, storage = self._index.indexname, self._index.storage
        with self._lock:
            lock = self._index.lock("WRITELOCK")
            if not try_for(lock.acquire, timeout=self.lock_timeout, delay=0.05):
                raise LockError("Search index: another process holds the writer")
            try:
                toc = self._index._read_toc()
                now = {segment.segment_id(): segment for segment in toc.segments}
                if any(segment.segment_id() not in now for segment in chosen):
                    return False  # merged by another process, or the index was replaced
                for segment in chosen:
                    since = (set(now[segment.segment_id()].deleted_docs())
                             - set(segment.deleted_docs()))
                    for docnum in since:
                        merged.delete_document(numbers[segment.segment_id(), docnum])
                for file in merged.list_files(FileStorage(str(scratch))):
                    os.replace(scratch / file, self.directory / file)
                gone = {segment.segment_id() for segment in chosen}
                segments = [segment for segment in toc.segments if segment.segment_id() not in gone]
                if merged.doc_count():
                    segments.append(merged)
                index.TOC(toc.schema, segments, toc.generation + 1).write(storage, name)
                index.clean_files(storage, name, toc.generation + 1, segments)
                self.merged += 1
                return True
            finally:
                lock.release()

    def clear(self) -> None:
        with self._lock:
            writer = self._writer()
            writer.commit(mergetype=writing.CLEAR)

    def count(self) -> int:
        with self._searchers.searcher() as searcher:
            return searcher.doc_count()

    # ------------------------------------------------------------ searching

    def vocabulary(self) -> dict[str, int]:
        with self._searchers.searcher() as searcher:
            reader = searcher.reader()
            if "words" not in reader.indexed_field_names():
                return {}
            return {term.decode() if isinstance(term, bytes) else term: info.doc_frequency()
                    for term, info in reader.iter_field("words")}

    def _matcher(self, search: SearchQuery):
        """Any of the query's concepts (the more the better: the coordination bonus), none of
        its excluded words."""
        understood = search.concepts()
        concepts = []
        for concept in understood.concepts:
            terms = [self._parser(search.fields).parse(term) for term in concept.terms]
            terms = [t for t in terms if t is not query.NullQuery]  # stop words
            if terms:
                concepts.append(terms[0] if len(terms) == 1 else query.Or(terms))
        if not concepts:
            return query.NullQuery
        if len(concepts) == 1:
            matcher = concepts[0]
        elif search.every_concept:
            matcher = query.And(concepts)
        else:
            matcher = query.Or(concepts, scale=COVERAGE)
        excluded = [self._parser(TEXT_FIELDS).parse(word) for word in understood.excluded]
        excluded = [e for e in excluded if e is not query.NullQuery]
        return query.AndNot(matcher, query.Or(excluded)) if excluded else matcher

    def query(self, search: SearchQuery) -> Results:
        matcher = self._matcher(search)
        if matcher is query.NullQuery:  # nothing to look for: empty, or only stop words
            return Results([], 0, {})
        with self._searchers.searcher() as searcher:
            # One pass over the text's matches: every match counts toward the facets (unless
            # the search is not counted), the ones the filters allow go to the best-first
            # collector. Counting while collecting (no block-skipping) keeps the total within
            # the time limit too; skipping blocks measured slower in any case.
            top = searcher.collector(limit=search.page * search.per_page, optimize=False)
            collector = _OnePass(top, self._values, _filters(search),
                                 frozenset(search.audiences),
                                 deadline=time.monotonic() + self.time_limit,
                                 counting=search.counted)
            with contextlib.suppress(TimeLimit):  # what was collected in time is the answer
                searcher.search_with_collector(matcher, collector)
            results = top.results()
            _highlighting(results)
            start = (search.page - 1) * search.per_page
            page = results[start:start + search.per_page]
            make = self._hit if search.snippets else (lambda hit: _stored_hit(hit, ""))
            hits = [make(hit) for hit in page]
            if not search.counted:
                return Results(hits, len(hits), {})
            return Results(hits, top.count(), collector.facets())

    @staticmethod
    def _hit(hit) -> Hit:
        return _stored_hit(hit, hit.highlights("body", top=2))

    def hits(self, keys: Iterable[str], audiences: list[str],
             search: SearchQuery | None = None) -> dict[str, Hit]:
        allowed = {"", *audiences}
        found = {}
        with self._searchers.searcher() as searcher:
            # The words a search for `search` would highlight in the text (its query's terms,
            # analysed as the text is), without running the search.
            matcher = self._matcher(search) if search is not None else query.NullQuery
            field = searcher.schema["body"]
            words = frozenset() if matcher is query.NullQuery else frozenset(
                text for name, text in matcher.iter_all_terms(phrases=True) if name == "body")
            for key in dict.fromkeys(keys):
                fields = searcher.document(key=key)
                if fields is None or fields.get("audience", "") not in allowed:
                    continue
                snippet = highlight.highlight(
                    fields["body"], words, field.analyzer, _fragmenter(), _MarkFormatter(),
                    top=2) if words else ""
                found[key] = _stored_hit(fields, snippet)
        return found


def _fragmenter() -> highlight.ContextFragmenter:
    """Snippets come from the first 5,000 characters (the question and the first answers): a
    long thread costs no more to show than a short one."""
    return highlight.ContextFragmenter(maxchars=220, surround=60, charlimit=5_000)


def _highlighting(results) -> None:
    results.fragmenter = _fragmenter()
    results.formatter = _MarkFormatter()


def _stored_hit(fields, snippet: str) -> Hit:
    """A hit from a document's stored fields (a Whoosh hit, or the fields themselves), with
    the text's start as its snippet when none is given."""
    updated = fields.get("updated")
    return Hit(
        key=fields["key"],
        kind=fields["kind"],
        title=fields["title"],
        url=fields["url"],
        subtitle=fields.get("subtitle", ""),
        snippet=snippet or html.escape(fields["body"][:SNIPPET_CHARS]),
        tags=fields.get("tags", "").split(),
        score=fields.get("score", 0),
        answered=fields.get("answered", False),
        accepted=fields.get("accepted", False),
        stale=fields.get("stale", False),
        updated_at=datetime.fromisoformat(updated) if updated else None,
    )
