"""Search through the product's own path at scale: lexical against hybrid, on both backends.

    PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/hybrid_bench.py \\
        [--questions 100000] [--pages 5000] [--queries 200] \\
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

For each backend (Whoosh on a scratch SQLite file; with --postgres, the PostgreSQL backend in a
database of its own on that server, dropped at the end) the corpus of bench/search_corpus.py is
written into the text index (what `flask search reindex` does) and into `search_vectors`, one
row per passage as app.search.vectors.passages cuts it. Encoding 105,000 documents with the model
takes hours at the ~13 documents/s measured in docs/benchmarks.md, so the vectors are made: a few
hundred of the corpus's documents are encoded for real, and each document's passages are one of
those vectors with noise added (cosine about 0.8 to it), so that queries written as text find
many documents above the floor, as real ones do; the scan's cost does not depend on the values.

Then every query of bench/search_corpus.py runs through app.search.services.search (the path of
/search and /api/v1/search: cleaning, tag synonyms, spelling, the backend, the query's embedding
in the model's process, the matrix scan, the fusion, the hits of documents found by meaning
alone) with SEARCH_RANKER lexical and hybrid, interleaved, after a warm-up. Printed: p50, p95 and
the slowest per ranker; the query embedding alone; the matrix's load time and memory; this
process's and the model process's memory. Everything is removed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import sqlalchemy as sa

import app.models  # noqa: F401  (every table, for create_all)
from app import create_app
from app.auth import services as auth
from app.config import TestingConfig
from app.extensions import db
from app.search import encoder, indexer, services, vectors
from app.search.models import SearchVector
from bench import search_corpus as corpus
from bench.relevance.run import postgres_scratch

REAL = 256  # documents encoded for real, whose vectors the others borrow
NOISE = 0.75  # |noise| against a unit vector: cosine 1 / sqrt(1 + NOISE²), about 0.8
BATCH = 5_000


def say(*parts) -> None:
    print(*parts, flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def made_vectors(documents: list, rng: np.random.Generator) -> list[dict]:
    """The rows of `search_vectors` for these documents: real vectors for REAL of them, the
    others' passages near one of those."""
    step = max(1, len(documents) // REAL)
    sample = documents[::step][:REAL]
    start = time.perf_counter()
    real = encoder.encode([vectors.passages(d)[0] for d in sample], "document")
    say(f"  {len(sample)} documents encoded for real in {time.perf_counter() - start:.1f} s")
    now = datetime.now(UTC)
    rows = []
    for document in documents:
        texts = vectors.passages(document)
        near = real[int(hashlib.blake2b(document.key.encode(), digest_size=4).hexdigest(), 16)
                    % len(real)]
        noise = rng.standard_normal((len(texts), encoder.DIMENSIONS)).astype(np.float32)
        made = near + NOISE * noise / np.linalg.norm(noise, axis=1, keepdims=True)
        made /= np.linalg.norm(made, axis=1, keepdims=True)
        digest = hashlib.sha256(document.key.encode()).hexdigest()
        rows.extend({"key": document.key, "passage": n, "kind": document.kind,
                     "audience": document.audience, "tags": list(document.tags),
                     "categories": list(document.categories), "digest": digest,
                     "vector": made[n].astype(np.float16).tobytes(), "changed_at": now}
                    for n in range(len(texts)))
    return rows


class Parts:
    """Time spent in the parts of a search (the backend's query and hits, the query's
    embedding, the matrix scan), by wrapping those methods for the run."""

    def __init__(self, backend):
        self.spent: dict[str, float] = {}
        for owner, method, name in ((backend, "query", "words"), (backend, "hits", "hits"),
                                    (encoder, "encode", "embedding"),
                                    (vectors.VectorIndex, "matches", "scan")):
            setattr(owner, method, self._timed(getattr(owner, method), name))

    def _timed(self, method, name):
        def timed(*args, **kwargs):
            begin = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - begin
        return timed

    def take(self) -> dict[str, float]:
        spent, self.spent = self.spent, {}
        return spent


def bench_backend(name: str, database_url: str, workdir: Path, documents: list,
                  queries: list[tuple[str, dict]]) -> dict:
    settings = {"SQLALCHEMY_DATABASE_URI": database_url, "SEARCH_INDEX_PATH": str(workdir / "ix"),
                "SEARCH_BACKEND": name, "SEARCH_RANKER": "hybrid", "SEARCH_INDEXING": "off"}
    application = create_app(TestingConfig, settings)
    figures: dict = {}
    with application.app_context():
        db.create_all()
        viewer = auth.create_account("Bench Reader", "reader@example.com",
                                     "a long bench passphrase 2026")
        db.session.commit()
        start = time.perf_counter()
        indexer.backend().replace(documents)
        db.session.commit()
        figures["index_s"] = time.perf_counter() - start
        say(f"  text index: {len(documents):,} documents in {figures['index_s']:.0f} s")
        rows = made_vectors(documents, np.random.default_rng(20261204))
        for at in range(0, len(rows), BATCH):
            db.session.execute(sa.insert(SearchVector), rows[at:at + BATCH])
        db.session.commit()
        figures["passages"] = len(rows)
        start = time.perf_counter()
        matrix = vectors.index()  # the first use in a process reads every row
        figures["load_s"] = time.perf_counter() - start
        figures["matrix_mb"] = matrix._matrix[:len(matrix._owner)].nbytes / 2**20
        say(f"  vectors: {len(rows):,} passages of {len(matrix):,} documents, loaded in "
            f"{figures['load_s']:.1f} s, {figures['matrix_mb']:.0f} MB")
        viewer = db.session.merge(viewer)

        def run(ranker: str, raw: str, filters: dict) -> float:
            application.config["SEARCH_RANKER"] = ranker
            chosen = services.Filters(filters.get("kinds", []), filters.get("tags", []),
                                      filters.get("categories", []))
            begin = time.perf_counter()
            services.search(viewer, raw, chosen)
            spent = (time.perf_counter() - begin) * 1000
            db.session.rollback()  # the knowledge gaps it noted
            return spent

        for raw, filters in queries[::10]:  # warm-up: searchers, statements, the model
            for ranker in ("lexical", "hybrid"):
                run(ranker, raw, filters)
        times: dict[str, list[float]] = {"lexical": [], "hybrid": [], "embedding": []}
        parts = Parts(indexer.backend())
        split: dict[str, list[float]] = {}
        for raw, filters in queries:  # interleaved: noise falls on both alike
            for ranker in ("lexical", "hybrid"):
                parts.take()
                times[ranker].append(run(ranker, raw, filters))
                if ranker == "hybrid":
                    for part, spent in parts.take().items():
                        split.setdefault(part, []).append(spent * 1000)
            begin = time.perf_counter()
            encoder.encode([services.clean_query(raw)], "query")
            times["embedding"].append((time.perf_counter() - begin) * 1000)
        figures["times"] = times
        say("  where hybrid spends its mean " + f"{statistics.mean(times['hybrid']):.1f} ms: "
            + ", ".join(f"{part} {sum(values) / len(queries):.1f}"
                        for part, values in split.items()))
        figures["rss_mb"] = rss_mb()  # with the corpus and what writing the index left
        figures["model_rss_mb"] = rss_mb(encoder.process_ids()["query"])
        for what, spent in times.items():
            say(f"  {what}: p50 {statistics.median(spent):.1f} ms, p95 "
                f"{percentile(spent, 95):.1f} ms, slowest {max(spent):.1f} ms")
        say(f"  memory: this process (the corpus too) {figures['rss_mb']:.0f} MB, the query "
            "model's process "
            f"{figures['model_rss_mb']:.0f} MB")
        db.session.remove()
    with application.app_context():
        db.engine.dispose()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--pages", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--postgres", metavar="URL", help="also the PostgreSQL backend, in a "
                        "database made on this server and dropped at the end")
    arguments = parser.parse_args(argv)
    if not encoder.available():
        say("The sentence-embedding model is not installed: nothing to compare (see README).")
        return 1
    documents = [*corpus.questions(arguments.questions), *corpus.pages(arguments.pages)]
    step = max(1, len(corpus.QUERIES) // max(1, arguments.queries))  # every group alike
    queries = corpus.QUERIES[::step][:arguments.queries]
    say(f"{len(documents):,} documents, {len(queries)} queries")
    results = {}
    workdir = Path(tempfile.mkdtemp(prefix="fieldwise-hybrid-bench-"))
    # The app makes its instance folder for SQLite: the scratch one, unless it has one already.
    os.environ.setdefault("FIELDWISE_INSTANCE_PATH", str(workdir / "instance"))
    try:
        backends = [("whoosh", None)] + ([("postgres", arguments.postgres)]
                                         if arguments.postgres else [])
        for name, server in backends:
            say(f"{name}:")
            scratch = postgres_scratch(server) if server else nullcontext(
                f"sqlite:///{workdir / 'bench.db'}")
            with scratch as url:
                results[name] = bench_backend(name, url, workdir / name, documents, queries)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        encoder.stop()
    say("\n| backend | lexical p50 / p95 | hybrid p50 / p95 | query embedding p50 / p95 | "
        "passages | matrix | first load |")
    say("|---|---:|---:|---:|---:|---:|---:|")
    for name, f in results.items():
        t = f["times"]
        cells = [f"{statistics.median(t[k]):.0f} / {percentile(t[k], 95):.0f} ms"
                 for k in ("lexical", "hybrid", "embedding")]
        say(f"| {name} | {' | '.join(cells)} | {f['passages']:,} | {f['matrix_mb']:.0f} MB | "
            f"{f['load_s']:.1f} s |")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    say(f"\nPeak RSS of this process (corpus, index writes, matrix): {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
