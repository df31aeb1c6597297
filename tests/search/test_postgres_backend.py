"""The PostgreSQL full-text backend, against a real PostgreSQL (skipped on SQLite)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
import sqlalchemy as sa

import app.search.models  # noqa: F401  (search_documents in the metadata conftest creates)
from app.extensions import db
from app.search import postgres
from app.search.backend import Document, SearchQuery
from app.search.postgres import FACET_SIZE, MATCHES_READ, PostgresBackend
from tests.conftest import log_in

NOW = datetime.now(UTC)


@pytest.fixture
def pg_app(database_url, make_app):
    if database_url.startswith("sqlite"):
        pytest.skip("the PostgreSQL search backend needs PostgreSQL")
    return make_app()


@pytest.fixture
def search(pg_app):
    """A backend in an app context: `index(...)` adds and commits as the indexer would, `find`
    queries."""
    backend = PostgresBackend()

    def index(*documents):
        backend.add(documents)
        db.session.commit()

    def find(text, **filters):
        return backend.query(SearchQuery(text=text, **filters))

    with pg_app.app_context():
        yield SimpleNamespace(backend=backend, index=index, find=find)
        db.session.rollback()


def doc(key, title, body="", tags=(), categories=(), **extra) -> Document:
    return Document(key=key, kind=key.split(":")[0], title=title, body=body,
                    url=f"/{key.replace(':', '/')}", tags=list(tags),
                    categories=list(categories), created_at=NOW - timedelta(days=30),
                    updated_at=extra.pop("updated_at", NOW - timedelta(days=1)), **extra)


def keys(results) -> list[str]:
    return [hit.key for hit in results.hits]


# ------------------------------------------------------------------------ writing


def test_add_replaces_by_key_and_remove_and_clear_empty_it(search):
    search.index(doc("question:1", "Objection handling for pricing"),
                 doc("page:1", "Discovery call checklist"))
    assert search.backend.count() == 2

    search.index(doc("question:1", "Renewal negotiation playbook"))
    assert search.backend.count() == 2
    assert keys(search.find("renewal")) == ["question:1"]
    assert search.find("objection").total == 0

    search.backend.remove(["question:1", "question:404"])
    db.session.commit()
    assert search.backend.count() == 1
    assert search.find("renewal").total == 0

    search.backend.clear()
    db.session.commit()
    assert search.backend.count() == 0


def test_the_backend_leaves_committing_to_the_caller(search):
    search.backend.add([doc("question:1", "Objection handling")])
    assert search.backend.count() == 1
    db.session.rollback()
    assert search.backend.count() == 0


def test_many_documents_go_in_batches_and_the_last_version_of_a_key_wins(search):
    documents = [doc(f"question:{n}", f"Question number {n} about forecasting")
                 for n in range(1, 1201)]
    documents.append(doc("question:7", "Seventh question, rewritten about churn"))
    search.index(*documents)
    assert search.backend.count() == 1200
    assert keys(search.find("churn")) == ["question:7"]
    found = search.find("forecasting", per_page=5)
    assert found.total == MATCHES_READ and found.total_capped  # "1,000+"


def test_a_common_word_ranks_its_matches_of_highest_boost_and_counts_up_to_a_bound(
        search, monkeypatch):
    """Issue 20: only the MATCHES_READ matches of highest static boost are ranked and counted
    (a common word matched 170,000 documents); a document matching every concept of the query
    is among the candidates however low its boost."""
    monkeypatch.setattr(postgres, "MATCHES_READ", 4)
    search.index(*[doc(f"question:{n}", f"Forecast review number {n}", score=n * 10,
                       tags=["forecasting" if n % 2 else "pipeline"]) for n in range(1, 9)])
    search.index(doc("question:99", "Forecast churn risk", score=-5))  # the lowest boost
    found = search.find("forecast", per_page=4)
    assert set(keys(found)) == {"question:5", "question:6", "question:7", "question:8"}
    assert found.total == 4 and found.total_capped and found.facets_capped
    assert found.facets["tag"] == {"forecasting": 2, "pipeline": 2}  # of those four
    assert keys(search.find("forecast churn", per_page=4))[0] == "question:99"
    few = search.find("churn")
    assert keys(few) == ["question:99"] and (few.total_capped, few.facets_capped) == (
        False, False)
    filtered = search.find("forecast", tags=["pipeline"], per_page=4)  # the best with the tag
    assert set(keys(filtered)) == {"question:2", "question:4", "question:6", "question:8"}
    # All four with the tag are counted; the facets (before the filter) are the best four's.
    assert (filtered.total, filtered.total_capped, filtered.facets_capped) == (4, False, True)


def test_naive_datetimes_are_refused(search):
    naive = doc("question:1", "Pricing", updated_at=datetime(2024, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        search.backend.add([naive])


# ------------------------------------------------------------------------ matching


def test_found_and_not_found_with_the_hits_fields(search):
    search.index(doc("question:1", "How do we price the enterprise tier?",
                     "Start from the value, never from the discount.",
                     tags=["pricing"], categories=["topic"], subtitle="Asked in Deal Desk",
                     score=7, answered=True, accepted=True))
    found = search.find("enterprise pricing")
    assert found.total == 1
    hit = found.hits[0]
    assert (hit.key, hit.kind, hit.title, hit.url, hit.subtitle) == (
        "question:1", "question", "How do we price the enterprise tier?", "/question/1",
        "Asked in Deal Desk")
    assert (hit.tags, hit.score, hit.answered, hit.accepted, hit.stale) == (
        ["pricing"], 7, True, True, False)
    assert hit.updated_at == NOW - timedelta(days=1)
    assert hit.updated_at.tzinfo is not None

    missing = search.find("kubernetes")
    assert (missing.hits, missing.total) == ([], 0)


def test_words_are_stemmed(search):
    search.index(doc("page:1", "Objection handling", "What to say when they push back."))
    assert keys(search.find("objections")) == ["page:1"]
    assert keys(search.find("handled")) == ["page:1"]


def test_a_quoted_phrase_needs_its_words_in_order(search):
    search.index(doc("page:1", "Qualifying", "Find the compelling event before the demo."),
                 doc("page:2", "Timing", "Which event made this deal compelling?"))
    assert keys(search.find('"compelling event"')) == ["page:1"]
    assert sorted(keys(search.find("compelling event"))) == ["page:1", "page:2"]


def test_a_minus_word_excludes(search):
    search.index(doc("page:1", "Discovery for ardent champions"),
                 doc("page:2", "Discovery for sceptical buyers"))
    assert keys(search.find("discovery -ardent")) == ["page:2"]


def test_tag_names_are_searchable_words(search):
    search.index(doc("question:1", "What do I say?", tags=["objection-handling"]))
    assert keys(search.find("objection handling")) == ["question:1"]
    assert keys(search.find("objection-handling")) == ["question:1"]


def test_a_document_without_the_word_is_not_found(search):
    search.index(doc("question:1", "Forecast roll-up cadence", tags=["signal-forecast"]),
                 doc("page:1", "Pulse survey results"),
                 doc("page:2", "Unrelated onboarding"))
    assert search.find("pulse").total == 1


def test_the_filters_apply_together(search):
    search.index(
        doc("question:1", "Pricing discounts", tags=["pricing", "brightline-crm"],
            categories=["topic", "competitor"]),
        doc("question:2", "Pricing approvals", tags=["pricing"], categories=["topic"]),
        doc("page:1", "Pricing guide", tags=["pricing", "brightline-crm"],
            categories=["topic", "competitor"]),
        doc("person:1", "Pat Pricing-Expert", tags=["pricing"], categories=["topic"]),
    )
    assert search.find("pricing").total == 4
    assert sorted(keys(search.find("pricing", kinds=["question", "page"]))) == [
        "page:1", "question:1", "question:2"]
    assert sorted(keys(search.find("pricing", tags=["pricing", "brightline-crm"]))) == [
        "page:1", "question:1"]
    assert sorted(keys(search.find("pricing", categories=["competitor"]))) == [
        "page:1", "question:1"]
    combined = search.find("pricing", kinds=["question"], tags=["brightline-crm"],
                           categories=["topic", "competitor"])
    assert keys(combined) == ["question:1"]
    assert combined.total == 1
    assert search.find("pricing", kinds=["person"], tags=["brightline-crm"]).total == 0


def test_facets_count_every_match_before_the_filters(search):
    search.index(
        doc("question:1", "Pricing discounts", tags=["pricing", "brightline-crm"],
            categories=["topic", "competitor"]),
        doc("question:2", "Pricing approvals", tags=["pricing", "negotiation"],
            categories=["topic", "topic"]),
        doc("page:1", "Pricing guide", tags=["pricing"], categories=["topic"]),
        doc("page:2", "Onboarding guide", tags=["discovery"], categories=["topic"]),
    )
    found = search.find("pricing", kinds=["page"], tags=["pricing"])
    assert keys(found) == ["page:1"]
    assert found.facets == {
        "kind": {"question": 2, "page": 1},
        "tag": {"pricing": 3, "brightline-crm": 1, "negotiation": 1},
        "category": {"topic": 3, "competitor": 1},
    }
    assert list(found.facets["kind"]) == ["question", "page"]  # the most frequent first


def test_each_facet_keeps_its_most_frequent_values(search):
    many = [f"tag-{n:02d}" for n in range(40)]
    search.index(doc("question:1", "Forecast accuracy", tags=many),
                 doc("question:2", "Forecast cadence", tags=["tag-39", "tag-38"]))
    tags = search.find("forecast").facets["tag"]
    assert len(tags) == FACET_SIZE
    assert list(tags)[:2] == ["tag-38", "tag-39"]
    assert tags["tag-38"] == 2


# ------------------------------------------------------------------------ ordering


def test_a_title_match_ranks_above_a_body_match(search):
    search.index(doc("page:1", "Onboarding", "Mention the renewal date early."),
                 doc("page:2", "Renewal checklist", "Steps before the date."))
    assert keys(search.find("renewal")) == ["page:2", "page:1"]


def test_with_equal_relevance_the_boost_decides(search):
    same = "Handling the budget objection", "When they say there is no budget."
    search.index(doc("question:1", *same),
                 doc("question:2", *same, answered=True, accepted=True, score=3))
    assert keys(search.find("budget objection")) == ["question:2", "question:1"]

    search.backend.clear()
    search.index(doc("page:1", *same, stale=True), doc("page:2", *same))
    assert keys(search.find("budget objection")) == ["page:2", "page:1"]


def test_with_equal_rank_the_newer_comes_first(search):
    # The same text, the same age: equal ranks, the key decides; a moment older comes after.
    same = "Territory planning", "How territories are cut."
    search.index(doc("page:1", *same), doc("page:2", *same))
    assert keys(search.find("territory")) == ["page:1", "page:2"]  # then by key
    search.backend.clear()
    older = NOW - timedelta(days=1, seconds=1)
    search.index(doc("page:1", *same, updated_at=older), doc("page:2", *same))
    assert keys(search.find("territory")) == ["page:2", "page:1"]


def test_pagination_and_total(search):
    search.index(*[doc(f"question:{n}", f"Forecast question {n}",
                       updated_at=NOW - timedelta(days=n)) for n in range(1, 8)])
    first = search.find("forecast", per_page=3)
    second = search.find("forecast", per_page=3, page=2)
    last = search.find("forecast", per_page=3, page=3)
    beyond = search.find("forecast", per_page=3, page=9)
    assert [r.total for r in (first, second, last, beyond)] == [7, 7, 7, 7]
    assert [len(r.hits) for r in (first, second, last, beyond)] == [3, 3, 1, 0]
    everything = keys(first) + keys(second) + keys(last)
    assert everything == [f"question:{n}" for n in range(1, 8)]  # the most recent first


# ------------------------------------------------------------------------ snippets


def test_snippets_escape_the_body_and_mark_the_matched_words(search):
    body = ('Never paste <script>alert("x")</script> & <b>bold</b> claims into an '
            "objection reply; handle the objection calmly.")
    search.index(doc("question:1", "Replies", body))
    snippet = search.find("objections").hits[0].snippet
    assert "&lt;script&gt;" in snippet
    assert "<script" not in snippet and "<b>" not in snippet
    assert "&amp;" in snippet
    assert snippet.count("<mark>objection</mark>") == 2
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_a_body_cannot_forge_the_highlight_markers(search):
    search.index(doc("question:1", "Markers",
                     "[[hl:x]] <mark>fake</mark> [[/hl:x]] and the real objection"))
    snippet = search.find("objection").hits[0].snippet
    assert "&gt;fake&lt;/mark&gt;" in snippet
    assert "[[/hl:x]]" in snippet
    assert snippet.count("<mark>") == 1
    assert snippet.count("</mark>") == 1


def test_snippets_are_bounded_to_fragments(search):
    filler = "alpha beta gamma delta. " * 60
    search.index(doc("page:1", "Long page", f"{filler} objection here {filler} objection end"))
    snippet = search.find("objection").hits[0].snippet
    assert snippet.count("<mark>") == 2
    assert " … " in snippet
    assert len(snippet.split()) < 90


# ------------------------------------------------------------------------ hostile input


HOSTILE = [
    "title:*", "OR OR", "\\'", "&|!", "(((", '"unbalanced quote', 'pricing "', "'",
    "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./" * 7, "-", "--pricing", "pricing & | !objection",
    "<->", "pricing <-> objection", "a:* & b:*", "'; DROP TABLE search_documents; --",
    "\x00pricing", "\ud800pricing", ":text", "%(text)s", "$1", "pricing" * 30,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(search, text):
    search.index(doc("question:1", "Pricing objection", "A body.", tags=["pricing"]))
    results = search.find(text, kinds=["question"], tags=["pricing"])
    assert results.total == len(results.hits)
    assert search.backend.count() == 1


@pytest.mark.parametrize("text", ["the and of", "", "   ", "!!!", '"the"', "-the"])
def test_only_stop_words_or_punctuation_find_nothing(search, text):
    search.index(doc("question:1", "The art of the deal", "And of the rest."))
    results = search.find(text)
    assert (results.hits, results.total, results.facets, results.suggestion) == (
        [], 0, {}, None)


# ------------------------------------------------------------------------ spelling


def test_the_vocabulary_holds_the_public_words_as_written(search):
    search.index(doc("page:1", "Objection handling", "What to say when they push back.",
                     tags=["pricing"]),
                 doc("message:1", "#leadership", "The zeppelin budget was cut.",
                     audience="channel:7"))
    words = search.backend.vocabulary()
    assert {"objection", "handling", "push", "pricing"} <= set(words)
    assert "object" not in words and "zeppelin" not in words  # no stems, nothing private


def test_the_vocabulary_follows_writes(search):
    assert "objection" not in search.backend.vocabulary()
    search.index(doc("page:1", "Objection handling"))
    assert search.backend.vocabulary()["objection"] == 1
    search.backend.remove(["page:1"])
    db.session.commit()
    assert "objection" not in search.backend.vocabulary()


def test_the_table_survives_everything(search):
    search.index(doc("question:1", "Pricing"))
    search.find("'; DROP TABLE search_documents; --")
    assert db.session.scalar(sa.text("SELECT count(*) FROM search_documents")) == 1


def test_the_search_page_says_more_matched_than_it_counted(database_url, make_app, make_user,
                                                           monkeypatch):
    """Past the bound, the page shows "N+ results" and the facets without counts (they are
    the best matches' only). The bound is at least the page's last hit (20 on page 1)."""
    if database_url.startswith("sqlite"):
        pytest.skip("the PostgreSQL search backend needs PostgreSQL")
    monkeypatch.setattr(postgres, "MATCHES_READ", 3)
    application = make_app(SEARCH_BACKEND="postgres")
    person = make_user()
    with application.app_context():
        PostgresBackend().add([doc(f"question:{n}", f"Forecast review {n}", tags=["pipeline"])
                               for n in range(1, 26)]
                              + [doc("question:99", "Churn playbook", tags=["pipeline"])])
        db.session.commit()
    client = application.test_client()
    assert log_in(client, person.email).status_code == 302
    page = client.get("/search?q=forecast").get_data(as_text=True)
    assert "20+ results for" in page
    assert re.search(r">pipeline</a>\s*</li>", page)  # no count after the value
    few = client.get("/search?q=churn").get_data(as_text=True)
    assert re.search(r"\b1 result for", few) and re.search(r">pipeline</a> <small>1</small>", few)
    api = client.get("/api/v1/search?q=forecast").get_json()
    assert (api["total"], api["total_capped"]) == (20, True)
