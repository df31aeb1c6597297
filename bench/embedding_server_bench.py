"""Request latency of a real eventlet server (`python wsgi.py`'s app and server) while the same
process encodes documents without pause, as a reindex feeding the embeddings will.

    cd /work/wt-embed && PYTHONPATH=. .venv/bin/python bench/embedding_server_bench.py \\
        [--requests 200] [--modes idle,encoder,in-thread]

For each mode a fresh server is started over a migrated scratch SQLite database, and a thread
of it (a green thread, as the indexing thread is under eventlet) does:

    idle        nothing: the baseline
    encoder     app.search.encoder.encode() of 32 documents of 200 words, again and again: the
                encoding runs in the embedding process and the thread waits on its pipe
    in-thread   the same with the NumPy model called in the thread itself: what
                app.search.encoder exists to avoid

Between two batches the thread yields (as the indexer does when it reads the database), so
that in-thread the server answers at all.

Meanwhile this process times `--requests` GETs of /readyz (a database round trip) and of the
login page (a rendered template), one after another with 20 ms between, and prints p50 / p95 /
max for each mode, the documents encoded per second meanwhile, and how long the embedding
process outlived the server once it was killed.
"""

from __future__ import annotations

# Only the standard library here: the server process monkey-patches (importing wsgi) before
# it imports anything else, and this process imports requests and the app's modules later.
import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading  # patched in place by eventlet: a Thread made later is green
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 32


def serve(mode: str, document_threads: int | None) -> None:
    """The server process: wsgi.py's app (monkey-patched first), a busy thread, the server."""
    import wsgi  # monkey-patches eventlet first, as `make run` does; then builds the app
    from app.extensions import socketio
    from app.search import encoder
    from bench.embedding_workload import documents

    if document_threads:
        encoder.THREADS["document"] = document_threads

    corpus = documents(BATCH * 4)

    def busy():
        if mode == "encoder":
            encode = encoder.encode
        else:
            from app.search.minilm import MiniLM

            encode = MiniLM().encode
        encode(corpus[:1])
        print(f"encoder pid {encoder.process_ids()['document']}", flush=True)
        while True:
            for start in range(0, len(corpus), BATCH):
                encode(corpus[start:start + BATCH])
                print(f"encoded {BATCH} at {time.time():.3f}", flush=True)
                time.sleep(0)  # between batches the indexer reads the database: others run

    if mode != "idle":
        threading.Thread(target=busy, daemon=True).start()
    socketio.run(wsgi.app, host="127.0.0.1", port=int(os.environ["PORT"]), log_output=False)


def measure(mode: str, workdir: Path, count: int, document_threads: int | None) -> dict:
    import requests

    from tests.live_server import free_port

    port = free_port()
    env = {**os.environ, "FIELDWISE_ENV": "development", "FIELDWISE_INSTANCE_PATH": str(workdir),
           "DATABASE_URL": f"sqlite:///{workdir}/bench.db", "SOCKETIO_ASYNC_MODE": "eventlet",
           "SEARCH_INDEXING": "off", "PORT": str(port), "PYTHONPATH": str(ROOT)}
    log = workdir / f"{mode}.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603 (this script)
            [sys.executable, __file__, "--serve", mode,
             *(["--document-threads", str(document_threads)] if document_threads else [])],
            env=env, cwd=ROOT,
            stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{url}/readyz", timeout=30)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(log.read_text()) from None
                time.sleep(0.2)
        while mode != "idle" and "encoded" not in log.read_text():
            time.sleep(0.2)  # the model loaded and the first batch done: the load is on
        session = requests.Session()
        times: dict[str, list[float]] = {"/readyz": [], "/auth/login": []}
        began = time.time()
        # Stalled, each request waits for a batch: fewer of them tell as much.
        for n in range(max(20, count // 10) if mode == "in-thread" else count):
            path = "/readyz" if n % 2 == 0 else "/auth/login"
            start = time.perf_counter()
            response = session.get(url + path, timeout=60)
            times[path].append(time.perf_counter() - start)
            assert response.status_code == 200, (path, response.status_code)
            time.sleep(0.02)
        ended = time.time()
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = log.read_text()
    batches = [float(at) for at in re.findall(r"encoded \d+ at ([\d.]+)", text)]
    # The batches done while the requests were timed (all of them, when that was too short).
    during = [at for at in batches if began <= at <= ended]
    during = during if len(during) > 2 else batches
    rate = BATCH * (len(during) - 1) / (during[-1] - during[0]) if len(during) > 1 else 0.0
    pid = re.search(r"encoder pid (\d+)", text)
    gone_after = None
    if pid:
        # The server was killed (SIGTERM: no atexit): its embedding process finds its pipe
        # closed once it has answered the batch at hand, and exits.
        stopped = time.monotonic()
        while Path(f"/proc/{pid.group(1)}").exists() and time.monotonic() - stopped < 30:
            time.sleep(0.05)
        gone_after = time.monotonic() - stopped
    return {"times": times, "docs_per_s": rate, "gone_after": gone_after}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--modes", default="idle,encoder,in-thread")
    parser.add_argument("--document-threads", type=int, default=None,
                        help="BLAS threads of the embedding process (default: the encoder's)")
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.document_threads)
        return
    from bench.embedding_workload import percentile

    with tempfile.TemporaryDirectory(prefix="fieldwise-embedding-bench-") as scratch:
        workdir = Path(scratch)
        env = {**os.environ, "FIELDWISE_ENV": "development",
               "FIELDWISE_INSTANCE_PATH": str(workdir),
               "DATABASE_URL": f"sqlite:///{workdir}/bench.db"}
        subprocess.run([sys.executable, "-m", "flask", "--app", "app", "db", "upgrade"],
                       env=env, cwd=ROOT, check=True, capture_output=True)
        rows = {}
        for mode in args.modes.split(","):
            rows[mode] = found = measure(mode, workdir, args.requests, args.document_threads)
            print(mode, {path: f"{percentile(t, 50) * 1000:.1f} / {percentile(t, 95) * 1000:.1f}"
                         f" / {max(t) * 1000:.0f} ms" for path, t in found["times"].items()},
                  f"{found['docs_per_s']:.1f} documents/s", flush=True)
    print("\n| the server's busy thread | /readyz p50 / p95 / max (ms) | login page p50 / p95 / "
          "max (ms) | documents/s meanwhile | embedding process gone, after the server (s) |")
    print("|---|---:|---:|---:|---|")
    for mode, found in rows.items():
        cells = [f"{percentile(t, 50) * 1000:.1f} / {percentile(t, 95) * 1000:.1f} / "
                 f"{max(t) * 1000:.0f}" for t in found["times"].values()]
        gone = "(none)" if found["gone_after"] is None else f"{found['gone_after']:.1f}"
        print(f"| {mode} | {cells[0]} | {cells[1]} | {found['docs_per_s']:.1f} | {gone} |")


if __name__ == "__main__":
    main()
