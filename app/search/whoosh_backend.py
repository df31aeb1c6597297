"""The Whoosh backend: an index directory under instance/, the embedded default.

Whoosh allows one writer per index at a time. Inside a process a lock serialises our writers;
across processes sharing the directory, Whoosh's own lock file is waited for (`timeout`) rather
than failing with LockError. Each write commits a segment of its own without merging, then
segments of a similar size are merged ten at a time (`merge_tiers`).

Searches never take the lock. They use searchers kept between searches (`_Searchers`), brought
up to the latest commit before each search, and one pass over the matches collects the best
hits and counts the facets from per-segment sets (`_OnePass`, `_SegmentValues`). A search is
bounded: the query text arrives cleaned (no wildcards, at most a few phrases), and collection
stops after a time limit, returning what was found so far.
"""

from __future__ import annotations

import contextlib
import functools
import html
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from whoosh import collectors, highlight, index, qparser, query, reading, searching, writing
from whoosh.analysis import StemmingAnalyzer
from whoosh.collectors import TimeLimit
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from app.search.backend import Document, Hit, Results, SearchQuery, static_boost

FACET_SIZE = 30
MERGE_FACTOR = 10  # segments of one size tier that are merged into one
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
    )


class _MarkFormatter(highlight.Formatter):
    """Matched words in <mark>, everything else HTML-escaped."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<mark>{html.escape(highlight.get_text(text, token, replace))}</mark>"

    def _text(self, text):
        return html.escape(text)


def _tiers_to_merge(segments, factor: int) -> list[list]:
    tiers: dict[int, list] = defaultdict(list)
    for segment in segments:
        tiers[len(str(max(segment.doc_count_all(), 1)))].append(segment)
    return [group for group in tiers.values() if len(group) >= factor]


def merge_tiers(writer, segments, factor: int = 10):
    """Whoosh's merge policy for our commits: the segments of one size tier (1-9 documents,
    10-99, 100-999 and so on) are merged into one once there are `factor` of them, like
    Lucene's log merge policy. A commit writes its own small segment, and a merge (a commit of
    its own, after it) joins segments of similar size: a big one only with others as big,
    rarely. Whoosh's default policy, MERGE_SMALL, can merge the whole index into one in an
    ordinary commit (a 29 s stall seen in bench/search_bench.py). Segments that are mostly
    deleted documents join a merge."""
    merging = _tiers_to_merge(segments, factor)
    if not merging:
        return segments
    chosen = {segment.segment_id() for group in merging for segment in group}
    chosen |= {segment.segment_id() for segment in segments
               if segment.deleted_count() * 2 > segment.doc_count_all()}
    kept = []
    for segment in segments:
        if segment.segment_id() in chosen:
            reader = reading.SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        else:
            kept.append(segment)
    return kept


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
    change (a deletion hides a document from matching, which is all the counts look at)."""

    def __init__(self, reader):
        self.docs: dict[str, dict[str, frozenset[int]]] = {}
        for facet, field in FACETS.items():
            self.docs[facet] = {
                value.decode(): frozenset(reader.postings(field, value).all_ids())
                for value in reader.lexicon(field)
            } if field in reader.indexed_field_names() else {}

    def allowed(self, wanted: list[tuple[str, tuple[str, ...]]]) -> frozenset[int] | None:
        """The documents that pass every filter (None: no filter)."""
        allowed = None
        for facet, values in wanted:
            docs = frozenset().union(*(self.docs[facet].get(v, frozenset()) for v in values))
            allowed = docs if allowed is None else allowed & docs
        return allowed


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
    would give), hands the matches the filters allow to the child, and stops at the deadline."""

    def __init__(self, child, values: _ValueCache, wanted, deadline: float):
        super().__init__(child)
        self._values = values
        self._wanted = wanted
        self._deadline = deadline
        self._matched: list[tuple[_SegmentValues, list[int]]] = []

    def set_subsearcher(self, subsearcher, offset):
        super().set_subsearcher(subsearcher, offset)
        self._segment = self._values.of(subsearcher.reader())
        self._allowed = self._segment.allowed(self._wanted)
        self._seen: list[int] = []
        self._matched.append((self._segment, self._seen))

    def collect_matches(self):
        child, seen, allowed, deadline = self.child, self._seen, self._allowed, self._deadline
        clock = time.monotonic
        for docnum in child.matches():
            seen.append(docnum)
            if allowed is None or docnum in allowed:
                child.collect(docnum)
            if clock() > deadline:
                raise TimeLimit

    def facets(self) -> dict[str, dict[str, int]]:
        counts: dict[str, Counter] = {facet: Counter() for facet in FACETS}
        for segment, seen in self._matched:
            if not seen:
                continue
            matched = frozenset(seen)
            for facet, by_value in segment.docs.items():
                for value, docs in by_value.items():
                    found = len(docs & matched)
                    if found:
                        counts[facet][value] += found
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
        toc = self._index._read_toc()
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
            else:
                self._index = index.create_in(self.directory, _schema())
        self._values = _ValueCache()
        self._searchers = _Searchers(self._index, self._values)
        self._parser = qparser.MultifieldParser(
            ["title", "keywords", "body"], self._index.schema, group=qparser.AndGroup
        )
        for plugin in (qparser.FieldsPlugin, qparser.WildcardPlugin, qparser.RangePlugin,
                       qparser.BoostPlugin, qparser.GroupPlugin, qparser.OperatorsPlugin):
            self._parser.remove_plugin_class(plugin)
        self._parser.add_plugin(qparser.OperatorsPlugin(
            And=None, Not=None, AndNot=None, AndMaybe=None, Require=None))
        self._parser.add_plugin(qparser.PlusMinusPlugin())

    # ------------------------------------------------------------ writing

    def _writer(self):
        # Waits for another process's writer instead of raising LockError.
        return self._index.writer(timeout=self.lock_timeout, delay=0.05)

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
            self._merge(MERGE_FACTOR * 2)

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
            "_boost": static_boost(document, now),
        }

    def remove(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if not keys:
            return
        with self._lock:
            writer = self._writer()
            with self._deleting(writer) as searcher:
                for key in keys:
                    writer.delete_by_term("key", key, searcher=searcher)
            writer.commit(mergetype=writing.NO_MERGE)
            self._merge(MERGE_FACTOR * 2)

    def merge(self) -> None:
        """Merge the segments of every tier that has MERGE_FACTOR of them: what the indexer
        does at a quiet moment. A commit merges only tiers that reached twice as many, so that
        a burst of writes is not held up by merges."""
        with self._lock:
            self._merge(MERGE_FACTOR)

    def _merge(self, factor: int) -> None:
        """Merge segments, if a tier is full, in a commit of its own: what was just written is
        searchable already, not after the merge."""
        if _tiers_to_merge(self._index._segments(), factor):
            self._writer().commit(mergetype=functools.partial(merge_tiers, factor=factor))

    def clear(self) -> None:
        with self._lock:
            writer = self._writer()
            writer.commit(mergetype=writing.CLEAR)

    def count(self) -> int:
        with self._searchers.searcher() as searcher:
            return searcher.doc_count()

    # ------------------------------------------------------------ searching

    def query(self, search: SearchQuery) -> Results:
        matcher = self._parser.parse(search.text) if search.text.strip() else query.NullQuery
        if matcher is query.NullQuery:  # nothing to look for: empty, or only stop words
            return Results([], 0, {})
        with self._searchers.searcher() as searcher:
            # One pass over the text's matches: every match counts toward the facets, the ones
            # the filters allow go to the best-first collector. Counting while collecting (no
            # block-skipping) keeps the total within the time limit too.
            top = searcher.collector(limit=search.page * search.per_page, optimize=False)
            collector = _OnePass(top, self._values, _filters(search),
                                 deadline=time.monotonic() + self.time_limit)
            with contextlib.suppress(TimeLimit):  # what was collected in time is the answer
                searcher.search_with_collector(matcher, collector)
            results = top.results()
            # Snippets come from the first 5,000 characters (the question and the first answers):
            # a long thread costs no more to show than a short one.
            results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60,
                                                             charlimit=5_000)
            results.formatter = _MarkFormatter()
            start = (search.page - 1) * search.per_page
            hits = [self._hit(hit) for hit in results[start:start + search.per_page]]
            total = top.count()
            suggestion = self._suggest(searcher, search.text, matcher, total)
            return Results(hits, total, collector.facets(), suggestion)

    @staticmethod
    def _hit(hit) -> Hit:
        snippet = hit.highlights("body", top=2) or html.escape(hit["body"][:220])
        updated = hit.get("updated")
        return Hit(
            key=hit["key"],
            kind=hit["kind"],
            title=hit["title"],
            url=hit["url"],
            subtitle=hit.get("subtitle", ""),
            snippet=snippet,
            tags=hit.get("tags", "").split(),
            score=hit.get("score", 0),
            answered=hit.get("answered", False),
            accepted=hit.get("accepted", False),
            stale=hit.get("stale", False),
            updated_at=datetime.fromisoformat(updated) if updated else None,
        )

    def _suggest(self, searcher, text: str, parsed, found: int) -> str | None:
        """The query (`text`, as `parsed`) with misspelled words corrected, when it found little
        and the corrected one would find something."""
        if found >= 3:
            return None
        corrected = searcher.correct_query(parsed, text, prefix=1, maxdist=2)
        if corrected.string == text:
            return None
        # Corrections are whole words: parse them again to search the stemmed fields.
        if not searcher.search(self._parser.parse(corrected.string), limit=1):
            return None
        return corrected.string
