"""Whoosh allows one writer at a time: concurrent writers in one process and in two processes
sharing one index directory wait for each other (no LockError, nothing lost), and a search that
would take long answers within its time limit with what it found so far."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime

from app.search.backend import Document, SearchQuery
from app.search.whoosh_backend import WhooshBackend

NOW = datetime.now(UTC)


def _documents(prefix: str, count: int) -> list[Document]:
    return [Document(f"question:{prefix}{n}", "question", f"Question {prefix} {n} about pricing",
                     "The buyer asked about the discount again.", f"/questions/{n}",
                     created_at=NOW) for n in range(count)]


WRITER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime
    from app.search.backend import Document
    from app.search.whoosh_backend import WhooshBackend
    directory, prefix = sys.argv[1], sys.argv[2]
    backend = WhooshBackend(directory)
    for batch in range(20):
        backend.add([Document(f"question:{prefix}{batch}{n}", "question", "Pricing question",
                              "About the discount.", "/q", created_at=datetime.now(UTC))
                     for n in range(10)])
    print("done")
""")


def test_two_processes_share_one_index_without_lock_errors(tmp_path):
    directory = tmp_path / "index"
    WhooshBackend(directory)  # create it
    processes = [subprocess.Popen([sys.executable, "-c", WRITER, str(directory), prefix],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for prefix in ("1", "2")]
    outputs = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err.decode()
        assert out.decode().strip() == "done"
    assert WhooshBackend(directory).count() == 400  # 2 processes, 20 batches of 10 each


def test_threads_of_one_process_write_and_search_at_once(tmp_path):
    backend = WhooshBackend(tmp_path / "index")
    errors: list[BaseException] = []

    def write(prefix):
        try:
            for batch in range(10):
                backend.add(_documents(f"{prefix}-{batch}-", 5))
        except BaseException as error:  # collected and asserted below
            errors.append(error)

    def search():
        try:
            for _ in range(30):
                backend.query(SearchQuery(text="pricing"))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(p,)) for p in "abcd"]
    threads += [threading.Thread(target=search) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert backend.count() == 4 * 10 * 5


def test_a_search_stops_collecting_at_its_time_limit(tmp_path):
    """With a time limit too short to collect 6,000 matches, the search still answers, with the
    part it collected; with a normal limit it finds them all."""
    directory = tmp_path / "index"
    WhooshBackend(directory).add(_documents("x", 6_000))
    everything = WhooshBackend(directory).query(SearchQuery(text="pricing discount"))
    assert everything.total == 6_000
    bounded = WhooshBackend(directory, time_limit=0.000_001).query(
        SearchQuery(text="pricing discount"))
    assert bounded.total < 6_000
