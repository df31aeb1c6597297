"""The Whoosh backend: an index directory under instance/, the embedded default.

Whoosh allows one writer per index at a time. Inside a process a lock serialises our writers;
across processes sharing the directory, Whoosh's own lock file is waited for (`timeout`) rather
than failing with LockError. Searches open a fresh searcher and never take the lock. A search is
bounded: the query text arrives cleaned (no wildcards, at most a few phrases), and collection
stops after a time limit, returning what was found so far.
"""

from __future__ import annotations

import contextlib
import html
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from whoosh import highlight, index, qparser, query, sorting, writing
from whoosh.analysis import StemmingAnalyzer
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from app.search.backend import Document, Hit, Results, SearchQuery, static_boost

FACET_SIZE = 30
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
        now = datetime.now(UTC)
        with self._lock:
            writer = self._writer()
            try:
                for document in documents:
                    writer.update_document(**self._fields(document, now))
            except BaseException:
                writer.cancel()
                raise
            writer.commit()

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
            for key in keys:
                writer.delete_by_term("key", key)
            writer.commit()

    def clear(self) -> None:
        with self._lock:
            writer = self._writer()
            writer.commit(mergetype=writing.CLEAR)

    def count(self) -> int:
        with self._index.searcher() as searcher:
            return searcher.doc_count()

    # ------------------------------------------------------------ searching

    def _matcher(self, search: SearchQuery):
        return self._parser.parse(search.text) if search.text.strip() else query.NullQuery

    @staticmethod
    def _filter(search: SearchQuery):
        parts = []
        if search.kinds:
            parts.append(query.Or([query.Term("kind", k) for k in search.kinds]))
        parts.extend(query.Term("tags", t) for t in search.tags)
        parts.extend(query.Term("categories", c) for c in search.categories)
        return query.And(parts) if parts else None

    def query(self, search: SearchQuery) -> Results:
        matcher = self._matcher(search)
        if matcher is query.NullQuery:
            return Results([], 0, {})
        with self._index.searcher() as searcher:
            facets = self._facets(searcher, matcher)
            # Best first: the score already carries each document's boost (indexed with it).
            # Counting while collecting (no block-skipping) keeps the total within the time
            # limit too: otherwise Whoosh counts by matching everything again, unbounded.
            collector = searcher.collector(limit=search.page * search.per_page, optimize=False)
            # Filters as a required part of the query (scored by the text alone): a filtering
            # collector would not see the documents the time-limited one collects.
            filtering = self._filter(search)
            filtered = query.Require(matcher, filtering) if filtering is not None else matcher
            bounded = TimeLimitCollector(collector, timelimit=self.time_limit, use_alarm=False)
            with contextlib.suppress(TimeLimit):  # what was collected in time is the answer
                searcher.search_with_collector(filtered, bounded)
            results = collector.results()
            results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
            results.formatter = _MarkFormatter()
            start = (search.page - 1) * search.per_page
            hits = [self._hit(hit) for hit in results[start:start + search.per_page]]
            total = len(results)
            suggestion = self._suggest(searcher, search, len(results))
        return Results(hits, total, facets, suggestion)

    def _facets(self, searcher, matcher) -> dict[str, dict[str, int]]:
        facets = {"kind": sorting.FieldFacet("kind"),
                  "tag": sorting.FieldFacet("tags", allow_overlap=True),
                  "category": sorting.FieldFacet("categories", allow_overlap=True)}
        collector = searcher.collector(limit=1, groupedby=facets)
        bounded = TimeLimitCollector(collector, timelimit=self.time_limit, use_alarm=False)
        with contextlib.suppress(TimeLimit):
            searcher.search_with_collector(matcher, bounded)
        results = collector.results()
        counted = {}
        for name in facets:
            groups = [(value, len(docs)) for value, docs in results.groups(name).items() if value]
            top = sorted(groups, key=lambda item: (-item[1], item[0]))
            counted[name] = dict(top[:FACET_SIZE])
        return counted

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

    def _suggest(self, searcher, search: SearchQuery, found: int) -> str | None:
        """The query with misspelled words corrected, when it found little and the corrected
        one would find something."""
        if found >= 3 or not search.text.strip():
            return None
        parsed = self._parser.parse(search.text)
        corrected = searcher.correct_query(parsed, search.text, prefix=1, maxdist=2)
        if corrected.string == search.text:
            return None
        # Corrections are whole words: parse them again to search the stemmed fields.
        if not searcher.search(self._parser.parse(corrected.string), limit=1):
            return None
        return corrected.string
