"""The Whoosh backend keeps its searchers (and their per-segment caches) between searches and
brings them up to date before each one: every search sees exactly the index as it is now,
after additions, updates, deletions, merges and writes by another backend on the directory."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

from whoosh import index, writing
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from app.search.backend import Document, SearchQuery
from app.search.whoosh_backend import MERGE_FACTOR, WhooshBackend, _to_merge

NOW = datetime.now(UTC)


def _doc(n: int, title: str = "Pricing question", tags=("pricing",)) -> Document:
    return Document(f"question:{n}", "question", f"{title} {n}", "About the discount.",
                    f"/questions/{n}", tags=list(tags), categories=["topic"], created_at=NOW)


def _found(backend: WhooshBackend, text: str, **filters) -> list[str]:
    results = backend.query(SearchQuery(text=text, per_page=50, **filters))
    return sorted(hit.key for hit in results.hits)


def test_a_kept_searcher_sees_updates_deletions_and_merges(tmp_path):
    backend = WhooshBackend(tmp_path / "index")
    backend.add([_doc(n) for n in range(5)])
    assert _found(backend, "pricing") == [f"question:{n}" for n in range(5)]

    backend.add([_doc(1, "Renewal question", tags=("renewal",))])  # an update
    backend.remove(["question:3"])
    assert _found(backend, "pricing") == ["question:0", "question:2", "question:4"]
    assert _found(backend, "renewal") == ["question:1"]
    results = backend.query(SearchQuery(text="question"))
    assert results.total == 4
    assert results.facets["tag"] == {"pricing": 3, "renewal": 1}

    for n in range(10, 40):  # one segment each: a commit never merges
        backend.add([_doc(n)])
    assert len(backend.segments()) > 30
    assert backend.merge() >= 1  # what the indexing thread does after a round
    assert len(backend.segments()) < 10
    backend.remove(["question:0"])
    assert _found(backend, "pricing") == sorted(
        ["question:2", "question:4", *(f"question:{n}" for n in range(10, 40))])
    assert backend.query(SearchQuery(text="question")).facets["tag"] == {
        "pricing": 32, "renewal": 1}

    backend.clear()
    assert _found(backend, "pricing") == []
    assert backend.count() == 0


def test_a_write_through_another_backend_on_the_directory_is_seen(tmp_path):
    """As when another process writes: this process's searchers notice the new generation."""
    reading, writing_ = WhooshBackend(tmp_path / "index"), WhooshBackend(tmp_path / "index")
    assert _found(reading, "pricing") == []
    writing_.add([_doc(1), _doc(2)])
    assert _found(reading, "pricing") == ["question:1", "question:2"]
    writing_.remove(["question:1"])
    assert _found(reading, "pricing", tags=["pricing"]) == ["question:2"]


def test_whoosh_own_refresh_brings_back_deleted_documents(tmp_path):
    """Why the backend does not use `Searcher.refresh()`: in whoosh-reloaded it keeps the old
    segments' readers, so an updated document is found twice. If this starts failing, Whoosh
    has fixed it, and `_Searchers` could use `refresh()` again."""
    schema = Schema(key=ID(stored=True, unique=True), body=TEXT)
    ix = index.create_in(tmp_path, schema)
    with ix.writer() as writer:
        writer.add_document(key="1", body="hello")
    searcher = ix.searcher()
    writer = ix.writer()
    writer.update_document(key="1", body="hello again")
    writer.commit(mergetype=writing.NO_MERGE)
    hello = QueryParser("body", schema).parse("hello")
    assert len(ix.searcher().search(hello)) == 1
    assert len(searcher.refresh().search(hello)) == 2


def test_a_merge_is_written_without_the_lock_and_keeps_what_was_deleted_meanwhile(tmp_path):
    """A merge holds the writer's lock only to swap its segment in: writes go on while it is
    written, and what they delete from the merged segments stays deleted."""
    backend = WhooshBackend(tmp_path / "index")
    for n in range(MERGE_FACTOR):
        backend.add([_doc(n)])
    chosen = _to_merge(backend.segments(), MERGE_FACTOR)
    assert len(chosen) == MERGE_FACTOR
    scratch = tmp_path / "index" / ".merge-test"
    scratch.mkdir()

    written = []
    with backend._lock:  # a writer holds the lock the whole time the merge is written
        thread = threading.Thread(target=lambda: written.append(backend._merged(chosen, scratch)))
        thread.start()
        thread.join(30)
    merged, numbers = written[0]
    assert merged.doc_count_all() == MERGE_FACTOR

    backend.remove(["question:3"])  # meanwhile: a deletion and an update in merged segments
    backend.add([_doc(4, "Renewal question", tags=("renewal",)), _doc(99)])
    assert backend._swap_in(chosen, merged, numbers, scratch)

    assert len(backend.segments()) == 2  # the merged one and the update's
    assert _found(backend, "pricing") == sorted(
        f"question:{n}" for n in (0, 1, 2, 5, 6, 7, 8, 9, 99))
    assert _found(backend, "renewal") == ["question:4"]
    assert backend.query(SearchQuery(text="question")).total == 10
    assert not list(scratch.glob(f"{merged.segment_id()}*"))  # moved into the index


def test_a_merge_gives_up_when_its_segments_are_gone(tmp_path):
    """Another process merged them first, or a rebuild replaced the index: the result is
    dropped and nothing is lost."""
    backend = WhooshBackend(tmp_path / "index")
    for n in range(MERGE_FACTOR):
        backend.add([_doc(n)])
    chosen = _to_merge(backend.segments(), MERGE_FACTOR)
    scratch = tmp_path / "index" / ".merge-test"
    scratch.mkdir()
    merged, numbers = backend._merged(chosen, scratch)
    backend.replace([_doc(50)])
    assert not backend._swap_in(chosen, merged, numbers, scratch)
    assert _found(backend, "pricing") == ["question:50"]


def test_merges_of_two_backends_on_one_directory_leave_every_document_once(tmp_path):
    """As two processes sharing an index directory: both merge, one gives up, nothing is lost
    or doubled."""
    one, two = WhooshBackend(tmp_path / "index"), WhooshBackend(tmp_path / "index")
    for n in range(3 * MERGE_FACTOR):
        (one if n % 2 else two).add([_doc(n)])
    threads = [threading.Thread(target=backend.merge) for backend in (one, two)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(one.segments()) < MERGE_FACTOR
    assert _found(one, "pricing") == sorted(f"question:{n}" for n in range(3 * MERGE_FACTOR))
    assert one.count() == 3 * MERGE_FACTOR
    assert not list((tmp_path / "index").glob(".merge-*"))


def test_a_merge_left_behind_by_a_dead_process_is_removed(tmp_path):
    (tmp_path / "index" / ".merge-999999999-abc").mkdir(parents=True)
    WhooshBackend(tmp_path / "index")
    assert not (tmp_path / "index" / ".merge-999999999-abc").exists()


def test_merges_started_in_the_background_leave_few_segments(tmp_path):
    """What the indexing thread does after each round: merge(wait=False) returns at once, the
    merges run in threads of their own, and one merge's result can set off the next tier's."""
    backend = WhooshBackend(tmp_path / "index")
    for n in range(MERGE_FACTOR * MERGE_FACTOR):
        backend.add([_doc(n)])
        if n % MERGE_FACTOR == MERGE_FACTOR - 1:
            assert backend.merge(wait=False) == 0
    # The last merge counts itself just after its segment is swapped in: wait for both.
    deadline = time.monotonic() + 60
    while (len(backend.segments()) > 1 or backend.merged < MERGE_FACTOR + 1) \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(backend.segments()) == 1  # ten of ten, then the ten merged ones
    assert backend.merged == MERGE_FACTOR + 1
    assert backend.count() == MERGE_FACTOR * MERGE_FACTOR


def test_an_index_of_another_release_is_started_afresh(tmp_path, caplog):
    """The index is derived data: one made with another schema is replaced by an empty one,
    which the starting process rebuilds (app.search.indexer.start)."""
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema

    from app.search.whoosh_backend import WhooshBackend

    old = index.create_in(tmp_path, Schema(key=ID(stored=True, unique=True), title=TEXT))
    with old.writer() as writer:
        writer.add_document(key="question:1", title="Net 60 on a renewal")
    backend = WhooshBackend(tmp_path)
    assert backend.count() == 0
    assert "words" in backend._schema.names()
    assert "made by another release" in caplog.text


def test_segments_keep_their_files_apart(tmp_path):
    """Whoosh copies a compound segment's postings into memory whole when it opens one (800 MB
    in every process at 1,000,000 documents): every segment written, by a commit, a rebuild
    or a merge, keeps its files apart, and a searcher reads them from the files."""
    backend = WhooshBackend(tmp_path / "index")
    backend.replace([_doc(n) for n in range(MERGE_FACTOR)])
    for n in range(100, 100 + MERGE_FACTOR):
        backend.add([_doc(n)])
    assert backend.merge() >= 1
    segments = backend._index._read_toc().segments
    assert segments and not any(segment.is_compound() for segment in segments)
    assert not list((tmp_path / "index").glob("*.seg"))
    assert len(_found(backend, "pricing")) == 2 * MERGE_FACTOR
