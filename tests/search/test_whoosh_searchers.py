"""The Whoosh backend keeps its searchers (and their per-segment caches) between searches and
brings them up to date before each one: every search sees exactly the index as it is now,
after additions, updates, deletions, merges and writes by another backend on the directory."""

from __future__ import annotations

from datetime import UTC, datetime

from whoosh import index, writing
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from app.search.backend import Document, SearchQuery
from app.search.whoosh_backend import WhooshBackend

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

    for n in range(10, 40):  # one segment each: a commit merges a tier of 20 (merge_tiers)
        backend.add([_doc(n)])
    assert 10 <= len(backend._index._segments()) < 20
    backend.merge()  # what the indexer does at a quiet moment: tiers of 10 are merged
    assert len(backend._index._segments()) < 10
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
