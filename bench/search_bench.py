"""Search performance against the targets of the search issue, in one run:

    cd /work/main && PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/search_bench.py \\
        [--questions 100000] [--pages 5000] [--queries 200]

a. Reindex throughput: WhooshBackend.replace() (what indexer.rebuild does) against one raw
   Whoosh writer (same schema, add_document for each, one commit) on the same documents.
b. Query latency over the fixed queries of bench/search_corpus.py: our path (clean_query and
   WhooshBackend.query: facets, highlights; spelling is the search service's now, measured
   by bench/hybrid_bench.py through the whole path) against a plain Whoosh search (the same
   parsed text and filters, limit=20, nothing else) on a searcher kept open and on a searcher
   opened per search, and against SQLite FTS5 (bm25, LIMIT 20).
c. Commit to searchable: a real app on a scratch SQLite file and index folder, seeded with
   questions, then questions asked through the Q&A service at a steady rate by one thread, each
   commit followed by waking the app's indexing thread (what the request's after_request does),
   while another thread searches the app's index for each new question's unique title word
   until found. The seed is indexed in batches of 500 and left unmerged, so that the first
   round sets off a merge of the whole seed (what a big merge costs, during the writes); the
   merges made during the writes are timed too.

Everything is written under a scratch folder, removed at the end (--keep leaves it). The figures
are printed as they come, then once more as a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import queue
import re
import shutil
import sqlite3
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from whoosh import index, qparser
from whoosh import query as wquery

from app.search import services, whoosh_backend
from app.search.backend import Document, SearchQuery
from app.search.indexer import BATCH
from app.search.whoosh_backend import WhooshBackend, _schema
from bench import search_corpus as corpus

PER_PAGE = 20
POLL_INTERVAL = 0.005  # seconds between two rounds of the searching thread in (c)
GIVE_UP = 30.0  # seconds after the last write: a question still not found is counted as missing
TARGET_OVERHEAD = 0.20
TARGET_FTS5_RATIO = 10.0
TARGET_SEARCHABLE_P95 = 1.0

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_TOKEN = re.compile(r'"[^"]*"|\S+')


def say(*parts) -> None:
    print(*parts, flush=True)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100), interpolated between the closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * p / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def spread(seconds: list[float], short: bool = False) -> str:
    """p50, p95 and max of durations in seconds, as milliseconds."""
    if not seconds:
        return "none"
    p50, p95, top = (percentile(seconds, 50) * 1000, percentile(seconds, 95) * 1000,
                     max(seconds) * 1000)
    if short:
        return f"{p50:.0f} / {p95:.0f} / {top:.0f}"
    return f"p50 {p50:.0f} ms, p95 {p95:.0f} ms, max {top:.0f} ms"


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# ---------------------------------------------------------------- a. reindex throughput


def reindex_ours(documents: list[Document], directory: Path) -> float:
    """Seconds for WhooshBackend.replace() of an index that already holds a few documents."""
    backend = WhooshBackend(directory)
    backend.add(documents[:10])  # replace() swaps out what was indexed before
    start = time.perf_counter()
    backend.replace(documents)
    return time.perf_counter() - start


def reindex_raw(documents: list[Document], directory: Path) -> float:
    """One plain writer on the same schema, fed the same field values as ours (the backend's
    own Document-to-fields mapping: a dict per document, about 10 microseconds)."""
    directory.mkdir(parents=True)
    start = time.perf_counter()
    ix = index.create_in(directory, _schema())
    writer = ix.writer()
    now = datetime.now(UTC)
    for document in documents:
        writer.add_document(**WhooshBackend._fields(document, now))
    writer.commit()
    return time.perf_counter() - start


def corpus_documents(questions: int, pages: int) -> list[Document]:
    return [*corpus.questions(questions), *corpus.pages(pages)]


def searcher_open_ms(ix: index.Index, times: int = 10) -> float:
    """Opening and closing a searcher, as raw Whoosh's `with ix.searcher()` does for each
    search: the median, in milliseconds."""
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        ix.searcher().close()
        spent.append((time.perf_counter() - start) * 1000)
    return statistics.median(spent)


def build_fts5(documents: list[Document], path: Path) -> tuple[sqlite3.Connection, float]:
    connection = sqlite3.connect(path, check_same_thread=False)
    start = time.perf_counter()
    connection.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(title, body, tags, key UNINDEXED, url UNINDEXED, "
        "kind UNINDEXED, tagset UNINDEXED, catset UNINDEXED, tokenize='porter unicode61')")
    with connection:
        connection.executemany(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((d.title, d.body, d.keywords, d.key, d.url, d.kind, f" {' '.join(d.tags)} ",
              f" {' '.join(d.categories)} ") for d in documents))
        connection.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    return connection, time.perf_counter() - start


# ---------------------------------------------------------------- b. query latency


def fts5_expression(cleaned: str) -> str:
    """The cleaned query (words, "phrases", OR, -word) in FTS5 syntax. Every word and phrase is
    a double-quoted string, so nothing typed can be read as an operator, a column or a prefix."""
    groups: list[list[str]] = []  # AND of ORs
    negatives: list[str] = []
    join_next = False
    for token in _TOKEN.findall(cleaned):
        if token == "OR":
            join_next = bool(groups)
            continue
        words = _WORD.findall(token)
        if not words:
            continue
        if token.startswith("-"):
            negatives.append(f'"{words[0]}"')
            join_next = False
            continue
        item = '"' + " ".join(words) + '"'
        if join_next:
            groups[-1].append(item)
        else:
            groups.append([item])
        join_next = False
    expression = " AND ".join(g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")"
                              for g in groups)
    for negative in negatives:
        expression = f"({expression}) NOT {negative}"
    return expression


def fts5_search(connection: sqlite3.Connection, cleaned: str, filters: dict) -> list[tuple]:
    where, parameters = ["docs MATCH ?"], [fts5_expression(cleaned)]
    kinds = filters.get("kinds", [])
    if kinds:
        where.append(f"kind IN ({', '.join('?' for _ in kinds)})")
        parameters.extend(kinds)
    for tag in filters.get("tags", []):
        where.append("instr(tagset, ?) > 0")
        parameters.append(f" {tag} ")
    for category in filters.get("categories", []):
        where.append("instr(catset, ?) > 0")
        parameters.append(f" {category} ")
    sql = (f"SELECT key, title, url FROM docs WHERE {' AND '.join(where)} "
           f"ORDER BY bm25(docs, 3.0, 1.0, 2.0) LIMIT {PER_PAGE}")
    return connection.execute(sql, parameters).fetchall()


class RawWhoosh:
    """A plain Whoosh search: the same fields, AND of the words, the same filters, the top 20
    hits' key, title and url; no sorting by rank, facets, highlights or suggestions. `kept`:
    one searcher for every search (the index does not change during (b)); otherwise a searcher
    opened for each search, Whoosh's documented `with ix.searcher() as searcher`."""

    def __init__(self, ix: index.Index, kept: bool):
        self.ix = ix
        self.kept = ix.searcher() if kept else None
        self.parser = qparser.MultifieldParser(["title", "keywords", "body"], ix.schema,
                                               group=qparser.AndGroup)
        self.parser.add_plugin(qparser.PlusMinusPlugin())  # -word, as the cleaned text has it

    def search(self, cleaned: str, filters: dict) -> list[tuple]:
        parts = []
        if filters.get("kinds"):
            parts.append(wquery.Or([wquery.Term("kind", k) for k in filters["kinds"]]))
        parts.extend(wquery.Term("tags", t) for t in filters.get("tags", []))
        parts.extend(wquery.Term("categories", c) for c in filters.get("categories", []))
        searcher = self.kept or self.ix.searcher()
        try:
            results = searcher.search(self.parser.parse(cleaned), limit=PER_PAGE,
                                      filter=wquery.And(parts) if parts else None)
            return [(hit["key"], hit["title"], hit["url"]) for hit in results]
        finally:
            if searcher is not self.kept:
                searcher.close()


class Split:
    """Time spent inside some methods, per query (each wrapped on its owner, an instance or a
    class)."""

    def __init__(self, methods: list[tuple[object, str]]):
        self.spent: dict[str, float] = defaultdict(float)
        for owner, name in methods:
            setattr(owner, name, self._timed(name, getattr(owner, name)))

    def _timed(self, name: str, method: Callable) -> Callable:
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.spent[name] += time.perf_counter() - start
        return timed

    def take(self) -> dict[str, float]:
        spent, self.spent = dict(self.spent), defaultdict(float)
        return spent


def select_queries(n: int) -> list[tuple[str, str, dict]]:
    """The first n/4 queries of each group: (group, raw text, filters)."""
    each = max(1, n // len(corpus.GROUPS))
    return [(name, raw, filters) for name, group in corpus.GROUPS for raw, filters in group[:each]]


def measure_queries(ours: WhooshBackend, raw: RawWhoosh, raw_kept: RawWhoosh,
                    fts5: sqlite3.Connection,
                    ours_on_raw: WhooshBackend | None, chosen: list[tuple[str, str, dict]]) -> dict:
    cleaned = [services.clean_query(text) for _, text, _ in chosen]

    def run_ours(backend: WhooshBackend, text: str, filters: dict):
        search = SearchQuery(text=services.clean_query(text), kinds=filters.get("kinds", []),
                             tags=filters.get("tags", []),
                             categories=filters.get("categories", []), per_page=PER_PAGE)
        return backend.query(search)

    engines: dict[str, Callable[[int], object]] = {
        "ours": lambda i: run_ours(ours, chosen[i][1], chosen[i][2]),
        "raw": lambda i: raw.search(cleaned[i], chosen[i][2]),
        "raw_kept": lambda i: raw_kept.search(cleaned[i], chosen[i][2]),
        "fts5": lambda i: fts5_search(fts5, cleaned[i], chosen[i][2]),
        "ours_on_raw": lambda i: run_ours(ours_on_raw, chosen[i][1], chosen[i][2]),
    }
    if ours_on_raw is None:
        del engines["ours_on_raw"]
    # Warm-up on every 10th query: the first searcher, the parser, SQLite's statement cache.
    # The index files were just written, so the OS has them in memory already.
    for engine in engines.values():
        for i in range(0, len(chosen), 10):
            engine(i)
    split = Split([(whoosh_backend._OnePass, "facets"), (ours, "_hit")])
    times: dict[str, list[float]] = defaultdict(list)
    parts: list[dict[str, float]] = []
    totals: list[int] = []
    overlaps: list[float] = []
    for i in range(len(chosen)):  # interleaved, so that any noise falls on every engine alike
        answers = {}
        for name, engine in engines.items():
            start = time.perf_counter()
            answers[name] = engine(i)
            times[name].append((time.perf_counter() - start) * 1000)
            if name == "ours":
                parts.append(split.take())
        totals.append(answers["ours"].total)
        ours_keys = {hit.key for hit in answers["ours"].hits}
        raw_keys = {row[0] for row in answers["raw_kept"]}
        if ours_keys or raw_keys:
            overlaps.append(len(ours_keys & raw_keys) / len(ours_keys | raw_keys))
    return {"chosen": chosen, "times": times, "parts": parts, "totals": totals,
            "overlap": statistics.mean(overlaps) if overlaps else float("nan")}


# ---------------------------------------------------------------- c. commit to searchable


def unique_word(n: int) -> str:
    """A word no other document has, which stemming leaves alone: consonants, no s or y."""
    letters = "bcdfghjklmnpqrtvwxz"
    word = ""
    for _ in range(4):
        n, digit = divmod(n, len(letters))
        word += letters[digit]
    return "qz" + word


class LiveApp:
    """A real app on a scratch SQLite file and index folder, indexing in its background thread
    as in production, with a tag vocabulary, one author and `seed` questions asked through the
    Q&A service and indexed by indexer.catch_up(). The indexing thread's rounds are timed."""

    def __init__(self, workdir: Path, seed: int):
        os.environ.setdefault("FIELDWISE_INSTANCE_PATH", str(workdir / "instance"))
        import app.models  # noqa: F401  (every table, for create_all)
        from app import create_app
        from app.auth import services as auth_services
        from app.auth.models import User
        from app.config import TestingConfig
        from app.extensions import db
        from app.qa import services as qa
        from app.qa.models import Tag, TagCategory
        from app.search import indexer

        self.db, self.qa, self.indexer, self.user_model = db, qa, indexer, User
        self.index_path = workdir / "live-index"
        self.app = create_app(TestingConfig, {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{workdir / 'live.db'}",
            "SEARCH_INDEX_PATH": str(self.index_path),
            "SEARCH_INDEXING": "background",
        })
        self.rounds: list[float] = []
        self.merges: list[tuple[int, float]] = []  # (documents, seconds) of each merge done
        self.merging: list[int] = []  # documents of each merge started
        applying = indexer.catch_up

        def timed_catch_up(*args, **kwargs):  # what the indexing thread calls, each round
            begun = time.perf_counter()
            try:
                return applying(*args, **kwargs)
            finally:
                self.rounds.append(time.perf_counter() - begun)

        indexer.catch_up = timed_catch_up
        merging = WhooshBackend._merge_once

        def timed_merge(backend, chosen):  # one merge: written by a child process, swapped in
            begun = time.perf_counter()
            self.merging.append(sum(segment.doc_count() for segment in chosen))
            try:
                return merging(backend, chosen)
            finally:
                self.merges.append((sum(segment.doc_count() for segment in chosen),
                                    time.perf_counter() - begun))

        WhooshBackend._merge_once = timed_merge
        # Questions beyond the seed come from the same corpus, each with its own tags.
        self.source: Iterator[Document] = corpus.questions(10 ** 7)
        self.lock = threading.Lock()
        with self.app.app_context():
            db.create_all()
            for position, (slug, names) in enumerate(corpus.TAG_CATEGORIES.items()):
                category = TagCategory(slug=slug, name=slug.replace("-", " ").title(),
                                       position=position)
                db.session.add_all(Tag(name=name, category=category) for name in names)
            author = auth_services.create_account("Bench Author", "bench@example.com",
                                            "correct horse battery staple")
            db.session.commit()
            self.author_id = author.id
            for n in range(seed):
                document = next(self.source)
                qa.ask_question(author, document.title, document.body, document.tags,
                                at=document.created_at)
                if n % BATCH == BATCH - 1:
                    db.session.commit()
            db.session.commit()
            indexer.catch_up(merge=False)  # left for the indexing thread's first merge
            self.indexed = indexer.backend(self.app).count()

    def next_document(self) -> Document:
        with self.lock:
            return next(self.source)

    def post(self, title: str, document: Document) -> tuple[float, float]:
        """What a request that asks a question does: the service, the commit, then (its
        after_request) waking the indexing thread. Returns when it committed, and how long
        the request took."""
        db = self.db
        with self.app.app_context():
            begun = time.perf_counter()
            self.qa.ask_question(db.session.get(self.user_model, self.author_id), title,
                                 document.body, document.tags)
            db.session.commit()
            committed = time.perf_counter()
            self.indexer.worker(self.app).wake()
            return committed, time.perf_counter() - begun

    def close(self) -> None:
        self.indexer.worker(self.app).stop()
        with self.app.app_context():
            self.db.session.remove()
            self.db.engine.dispose()


def live_phase(live: LiveApp, rate: float, seconds: float, writers: int, first: int) -> dict:
    """Questions asked at `rate` per second for `seconds`, by `writers` threads (each request
    in its own thread, as the server runs them), while a probe thread searches the app's index
    for each new question's unique title word until it is found."""
    total = int(rate * seconds)
    written: queue.Queue = queue.Queue()
    done = threading.Event()
    posts: list[float] = []
    live.rounds.clear()
    live.merges.clear()
    live.merging.clear()
    latencies: list[float] = []
    errors: list[str] = []
    missing: list[str] = []
    start = time.perf_counter() + 0.2

    def write(lane: int) -> None:
        for n in range(lane, total, writers):
            delay = start + n / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            word = unique_word(first + n)
            document = live.next_document()
            try:
                committed, post = live.post(f"{document.title[:120]} {word}", document)
            except Exception as error:  # counted and reported
                errors.append(f"writer: {type(error).__name__}: {error}")
                continue
            written.put((word, committed))
            posts.append(post)

    def probe() -> None:
        """A plain search of the title field on the app's index folder, through the backend's
        kept searchers (brought up to date before each round, as for every search): a few
        milliseconds, so that measuring takes little of the writers' time."""
        backend = WhooshBackend(live.index_path)
        parser = qparser.QueryParser("title", backend._index.schema)
        waiting: dict[str, float] = {}
        deadline = None
        while True:
            while True:
                try:
                    word, committed = written.get_nowait()
                except queue.Empty:
                    break
                waiting[word] = committed
            if done.is_set() and written.empty():
                deadline = deadline or time.perf_counter() + GIVE_UP
                if not waiting or time.perf_counter() > deadline:
                    missing.extend(waiting)
                    return
            if waiting:
                try:
                    with backend._searchers.searcher() as searcher:
                        for word, committed in list(waiting.items()):
                            if searcher.search(parser.parse(word), limit=1):
                                latencies.append(time.perf_counter() - committed)
                                del waiting[word]
                except Exception as error:  # counted and reported
                    errors.append(f"probe: {type(error).__name__}: {error}")
            time.sleep(POLL_INTERVAL)

    lanes = [threading.Thread(target=write, args=(lane,)) for lane in range(writers)]
    prober = threading.Thread(target=probe)
    prober.start()
    for lane in lanes:
        lane.start()
    for lane in lanes:
        lane.join()
    achieved = len(posts) / (time.perf_counter() - start)
    done.set()
    prober.join()
    return {"latencies": latencies, "posts": posts, "rounds": list(live.rounds),
            "merges": list(live.merges), "merging": list(live.merging),
            "errors": errors,
            "missing": missing, "rate": achieved, "written": len(posts), "writers": writers}


# ---------------------------------------------------------------- the report


def verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=200, help="at most 200, a quarter of "
                        "them from each group")
    parser.add_argument("--live-seed", type=int, default=10_000,
                        help="questions in the app's index before (c) starts writing")
    parser.add_argument("--rate", type=float, default=20.0, help="posts per second in (c)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long (c) writes")
    parser.add_argument("--writers", type=lambda text: [int(n) for n in text.split(",")],
                        default=[1], help="threads writing in (c), one phase per number: "
                        "1 is one request at a time; 1,4 runs a second phase with 4")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="leave the scratch folder")
    parser.add_argument("--decompose", action="store_true",
                        help="also time our query code on the raw (single-segment) index")
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="fieldwise-search-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    say(f"Scratch folder: {workdir}; {os.cpu_count()} CPUs")
    try:
        total_documents = args.questions + args.pages
        say(f"a. Reindex throughput, {total_documents} documents (the corpus generated "
            "first, then each indexer timed on it, one after the other)")
        start = time.perf_counter()
        documents = corpus_documents(args.questions, args.pages)
        words = sum(len(d.body.split()) for d in documents)
        say(f"   corpus: {words / len(documents):.0f} words per body on average, "
            f"generated in {time.perf_counter() - start:.1f} s")
        ours_seconds = reindex_ours(documents, workdir / "ours")
        ours = WhooshBackend(workdir / "ours")
        say(f"   ours (WhooshBackend.replace): {ours_seconds:.1f} s, "
            f"{total_documents / ours_seconds:.0f} docs/s, "
            f"{len(ours._index._segments())} segments, "
            f"{directory_size(workdir / 'ours') / 1e6:.0f} MB")
        raw_seconds = reindex_raw(documents, workdir / "raw")
        raw_ix = index.open_dir(workdir / "raw")
        say(f"   raw Whoosh (one writer, one commit): {raw_seconds:.1f} s, "
            f"{total_documents / raw_seconds:.0f} docs/s, {len(raw_ix._segments())} segments, "
            f"{directory_size(workdir / 'raw') / 1e6:.0f} MB")
        overhead = ours_seconds / raw_seconds - 1
        say(f"   overhead of ours over raw: {overhead:+.0%} time")
        fts5, fts5_seconds = build_fts5(documents, workdir / "fts5.db")
        say(f"   SQLite FTS5 (for reference): {fts5_seconds:.1f} s, "
            f"{total_documents / fts5_seconds:.0f} docs/s")
        del documents
        say(f"   [{(time.perf_counter() - began) / 60:.1f} min]")

        chosen = select_queries(args.queries)
        say(f"b. Query latency over {len(chosen)} queries (a warm-up on every 10th, then all, "
            "timed, each engine in turn)")
        ours_on_raw = WhooshBackend(workdir / "raw") if args.decompose else None
        measured = measure_queries(ours, RawWhoosh(raw_ix, kept=False),
                                   RawWhoosh(raw_ix, kept=True), fts5, ours_on_raw, chosen)
        times = measured["times"]
        p = {name: (percentile(t, 50), percentile(t, 95)) for name, t in times.items()}
        for name, label in (("ours", "ours (clean_query + WhooshBackend.query)"),
                            ("raw_kept", "raw Whoosh, one searcher kept open"),
                            ("raw", "raw Whoosh, a searcher opened per search"),
                            ("fts5", "SQLite FTS5 (MATCH, bm25, LIMIT 20)"),
                            ("ours_on_raw", "ours on the raw 1-segment index")):
            if name not in p:
                continue
            say(f"   {label:<44} p50 {p[name][0]:8.1f} ms   p95 {p[name][1]:8.1f} ms   "
                f"max {max(times[name]):8.1f} ms")
        say(f"   top-20 agreement ours/raw (mean Jaccard of keys): {measured['overlap']:.2f}")
        by_group: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for i, (group, _, _) in enumerate(chosen):
            for name in times:
                by_group[group][name].append(times[name][i])
            by_group[group]["hits"].append(measured["totals"][i])
        say(f"   {'group':<16}{'hits p50':>10}{'ours p50':>10}{'ours p95':>10}{'kept p50':>10}"
            f"{'kept p95':>10}{'raw p50':>10}{'raw p95':>10}{'fts5 p50':>10}{'fts5 p95':>10}")
        for group, values in by_group.items():
            say(f"   {group:<16}{percentile(values['hits'], 50):>10.0f}"
                + "".join(f"{percentile(values[n], q):>10.1f}"
                          for n in ("ours", "raw_kept", "raw", "fts5") for q in (50, 95)))
        part_means = {name: statistics.mean(part.get(name, 0.0) for part in measured["parts"])
                      * 1000 for name in ("facets", "_hit")}
        ours_mean = statistics.mean(times["ours"])
        rest = ours_mean - sum(part_means.values())
        say(f"   where ours spends its mean {ours_mean:.1f} ms: facet counts "
            f"{part_means['facets']:.1f}, hits and highlights {part_means['_hit']:.1f}, "
            f"search and the rest {rest:.1f} "
            f"(raw Whoosh mean: kept searcher {statistics.mean(times['raw_kept']):.1f}, "
            f"searcher per search {statistics.mean(times['raw']):.1f})")
        say(f"   opening a searcher (what raw's `with ix.searcher()` does per search): "
            f"{searcher_open_ms(raw_ix):.1f} ms")
        slow = sum(t > ours.time_limit * 1000 for t in times["ours"])
        if slow:
            say(f"   {slow} queries took longer than the {ours.time_limit:.0f} s time limit")
        fts5.close()
        say(f"   [{(time.perf_counter() - began) / 60:.1f} min]")

        say(f"c. Commit to searchable: {args.rate:g} posts/s for {args.seconds:g} s")
        started = time.perf_counter()
        live = LiveApp(workdir / "live", args.live_seed)
        say(f"   seeded {args.live_seed} questions through ask_question + catch_up "
            f"({live.indexed} documents indexed) in {time.perf_counter() - started:.1f} s")
        phases, first = [], 0
        try:
            for writers in args.writers:
                phase = live_phase(live, args.rate, args.seconds, writers, first)
                first += int(args.rate * args.seconds)
                phases.append(phase)
                lat = phase["latencies"]
                say(f"   {writers} writing {'thread' if writers == 1 else 'threads'}: "
                    f"{phase['written']} written at {phase['rate']:.1f} posts/s, "
                    f"found {len(lat)}, missing {len(phase['missing'])}, "
                    f"errors {len(phase['errors'])}")
                if phase["errors"]:
                    say(f"     first error: {phase['errors'][0]}")
                say("     commit -> found: " + spread(lat))
                say(f"     the indexing thread's rounds ({len(phase['rounds'])}): "
                    + spread(phase["rounds"]))
                say("     the request (ask_question, commit, wake): " + spread(phase["posts"]))
                if phase["merging"]:
                    longest = max(phase["merges"], key=lambda merge: merge[1], default=(0, 0))
                    say(f"     merges started during the writes: {len(phase['merging'])}, the "
                        f"biggest of {max(phase['merging'])} documents; done: "
                        f"{len(phase['merges'])}, the longest {longest[0]} documents in "
                        f"{longest[1]:.1f} s")
        finally:
            live.close()
        say(f"   [{(time.perf_counter() - began) / 60:.1f} min]")

        kept50, kept95 = p["ours"][0] / p["raw_kept"][0], p["ours"][1] / p["raw_kept"][1]
        ratio50, ratio95 = p["ours"][0] / p["raw"][0], p["ours"][1] / p["raw"][1]
        fts_ratio = p["ours"][1] / p["fts5"][1]
        rows = [
            ("Reindex throughput (docs/s)",
             f"{total_documents / ours_seconds:.0f}",
             f"raw Whoosh {total_documents / raw_seconds:.0f} "
             f"(FTS5 {total_documents / fts5_seconds:.0f})",
             f"{overhead:+.0%} time", "< +20% over raw", verdict(overhead < TARGET_OVERHEAD)),
            ("Query latency p50 (ms)", f"{p['ours'][0]:.1f}",
             f"raw Whoosh, kept searcher {p['raw_kept'][0]:.1f}",
             f"{kept50:.2f}x", "< 1.20x raw", verdict(kept50 < 1 + TARGET_OVERHEAD)),
            ("Query latency p95 (ms)", f"{p['ours'][1]:.1f}",
             f"raw Whoosh, kept searcher {p['raw_kept'][1]:.1f}",
             f"{kept95:.2f}x", "< 1.20x raw", verdict(kept95 < 1 + TARGET_OVERHEAD)),
            ("Query latency p50 (ms)", f"{p['ours'][0]:.1f}",
             f"raw Whoosh, searcher per search {p['raw'][0]:.1f}",
             f"{ratio50:.2f}x", "< 1.20x raw", verdict(ratio50 < 1 + TARGET_OVERHEAD)),
            ("Query latency p95 (ms)", f"{p['ours'][1]:.1f}",
             f"raw Whoosh, searcher per search {p['raw'][1]:.1f}",
             f"{ratio95:.2f}x", "< 1.20x raw", verdict(ratio95 < 1 + TARGET_OVERHEAD)),
            ("Query latency p95 vs FTS5 (ms)", f"{p['ours'][1]:.1f}",
             f"FTS5 {p['fts5'][1]:.1f} (p50 {p['fts5'][0]:.1f})", f"{fts_ratio:.1f}x",
             "< 10x FTS5", verdict(fts_ratio < TARGET_FTS5_RATIO)),
        ]
        for phase in phases:
            lat = phase["latencies"]
            searchable95 = percentile(lat, 95) if lat and not phase["missing"] else float("inf")
            rows.append((
                f"Commit → searchable (ms), {phase['writers']} writing "
                f"{'thread' if phase['writers'] == 1 else 'threads'}, "
                f"{phase['rate']:.1f} posts/s achieved",
                spread(lat, short=True),
                f"indexing rounds p50 / p95 {percentile(phase['rounds'], 50) * 1000:.0f} / "
                f"{percentile(phase['rounds'], 95) * 1000:.0f}",
                f"{len(phase['missing'])} never found", "p95 < 1000 ms at 20 posts/s",
                verdict(searchable95 < TARGET_SEARCHABLE_P95
                        and phase["rate"] >= 0.95 * args.rate)))
        say()
        say(f"Search benchmark: {args.questions} questions + {args.pages} pages, "
            f"{len(chosen)} queries, {os.cpu_count()} CPUs, "
            f"{(time.perf_counter() - began) / 60:.1f} min")
        say()
        say("| Measure | Ours (p50 / p95 / max for latencies) | Reference | Ratio | Target | |")
        say("|---|---:|---:|---:|---|---|")
        for row in rows:
            say("| " + " | ".join(row) + " |")
        say()
        say("| Query group | hits p50 | ours p50 / p95 (ms) | raw Whoosh, kept searcher | "
            "raw Whoosh, searcher per search | FTS5 p50 / p95 |")
        say("|---|---:|---:|---:|---:|---:|")
        engines = ("ours", "raw_kept", "raw", "fts5")
        for group, values in by_group.items():
            say(f"| {group} | {percentile(values['hits'], 50):.0f} | "
                + " | ".join(f"{percentile(values[n], 50):.1f} / {percentile(values[n], 95):.1f}"
                             for n in engines) + " |")
        say(f"| all | {percentile(measured['totals'], 50):.0f} | "
            + " | ".join(f"{p[n][0]:.1f} / {p[n][1]:.1f}" for n in engines) + " |")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
