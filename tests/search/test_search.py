"""Search end to end: the outbox written with the change, the index caught up after commit and
after a crash, the results page with facets and filters, similar questions, knowledge gaps, and
every kind of bad query."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from app.auth.models import Role
from app.extensions import db
from app.search import indexer, services
from app.search.backend import SearchQuery
from app.search.models import SearchMiss, SearchOutbox
from tests.conftest import log_in, row_count, send

ASKED = "How do I answer the Brightline analytics objection from a CFO?"


def search_page(client, **args):
    return client.get("/search", query_string=args)


def test_a_question_is_searchable_once_asked_and_its_outbox_row_is_gone(client, make_user,
                                                                         login, vocab, app):
    rep = make_user("Rita Rep")
    login(rep)
    response = send(client, "/questions/ask", {
        "title": ASKED, "body": "She says they already pay for Brightline. What works?",
        "tags": "brightline-crm objections"})
    assert response.status_code == 302
    assert row_count(app, SearchOutbox) == 0  # applied after the commit
    page = search_page(client, q="brightline objection").get_data(as_text=True)
    assert ASKED.replace("'", "&#39;") in page
    assert "badge-question" in page
    # A synonym typed ("objections" is one of objection-handling) and stemming both find it.
    assert ASKED in search_page(client, q="objection handling").get_data(as_text=True)


def _found_soon(client, query: str, text: str, seconds: float = 15.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if text in search_page(client, q=query).get_data(as_text=True):
            return True
        time.sleep(0.05)
    return False


def test_the_indexing_thread_applies_a_request_s_changes_after_the_response(make_app, make_user,
                                                                           vocab):
    """What production does (SEARCH_INDEXING "background"): the request only wakes the
    process's indexing thread, which applies the outbox; a change committed without a request
    (another process, a script) is applied by the thread's next look at the outbox."""
    app = make_app(SEARCH_INDEXING="background", SEARCH_INDEX_POLL=0.2)
    client = app.test_client()
    rep = make_user("Rita Rep")
    assert log_in(client, rep.email).status_code == 302
    response = send(client, "/questions/ask", {
        "title": ASKED, "body": "She says they already pay for Brightline. What works?",
        "tags": "brightline-crm objections"})
    assert response.status_code == 302
    assert _found_soon(client, "brightline objection", ASKED.replace("'", "&#39;"))

    from app.qa import services as qa

    with app.app_context():  # as another process would: commit, wake nobody
        qa.ask_question(db.session.get(type(rep), rep.id), "Who signs off a multi-year discount?",
                        "Asked without a request, found all the same.", "pricing")
        db.session.commit()
    assert _found_soon(client, "multi-year discount", "Who signs off a multi-year discount?")
    assert row_count(app, SearchOutbox) == 0
    assert app.extensions["search_worker"].rounds >= 2


def test_the_indexing_thread_s_merges_leave_few_segments_and_lose_nothing(make_app, make_user,
                                                                          vocab):
    """Every round commits a segment of its own; the merges the worker starts after its rounds
    merge them (a tier of ten at a time) while later rounds go on, and every question is still
    found once."""
    app = make_app(SEARCH_INDEXING="background", SEARCH_INDEX_POLL=0.05, SEARCH_INDEX_GATHER=0)
    rep = make_user("Rita Rep")
    from app.qa import services as qa

    worker = indexer.worker(app)
    for n in range(25):  # a round each: the worker applies the outbox before the next one
        with app.app_context():
            qa.ask_question(db.session.get(type(rep), rep.id), f"Renewal playbook step {n}?",
                            "A question asked between two rounds.", "pricing")
            db.session.commit()
        worker.wake()
        deadline = time.monotonic() + 10
        while row_count(app, SearchOutbox) and time.monotonic() < deadline:
            time.sleep(0.01)
    deadline = time.monotonic() + 20
    index = indexer.backend(app)
    while (index.merged < 2 or len(index.segments()) >= 10) \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    assert index.merged >= 2 and len(index.segments()) < 10
    found = index.query(SearchQuery(text="renewal playbook", per_page=50))
    assert sorted(hit.title for hit in found.hits) == sorted(
        f"Renewal playbook step {n}?" for n in range(25))


def test_the_outbox_row_is_part_of_the_change_s_transaction(make_user, vocab, app):
    rep = make_user()  # registering wrote one row (the new person), not yet applied: no request
    from app.qa import services as qa

    assert row_count(app, SearchOutbox) == 1
    with app.app_context():
        qa.ask_question(db.session.get(type(rep), rep.id), ASKED, "A body long enough to post.",
                        "pricing")
        db.session.flush()
        assert db.session.scalar(db.select(db.func.count()).select_from(SearchOutbox)) == 2
        db.session.rollback()  # the question is not saved: neither is its outbox row
    assert row_count(app, SearchOutbox) == 1


def test_edits_deletes_and_answers_reach_the_index(client, make_user, login, vocab, app):
    rep, manager = make_user(), make_user("Maya Manager", role=Role.MANAGER)
    login(rep)
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    with app.app_context():
        question_id = db.session.scalar(db.text("SELECT id FROM posts"))
    manager_client = app.test_client()
    log_in(manager_client, manager.email)
    send(manager_client, f"/questions/{question_id}/answers",
         {"body": "Show the kilimanjaro dashboard: it answers the CFO in one slide."})
    assert "Brightline" in search_page(client, q="kilimanjaro").get_data(as_text=True)
    # The answerer is now found as someone who answers pricing questions.
    people = search_page(client, q="pricing", type="person").get_data(as_text=True)
    assert "Maya Manager" in people
    send(manager_client, f"/posts/{question_id}/delete")
    assert "Nothing found" in search_page(client, q="kilimanjaro").get_data(as_text=True)


def test_a_crash_between_commit_and_indexing_loses_nothing(make_app, make_user, vocab,
                                                            database_url, tmp_path):
    """A process commits a question and dies before indexing it (killed: no after-request, no
    clean-up). The next process to start finds the outbox row and indexes the question."""
    index = tmp_path / "index"
    script = textwrap.dedent(f"""
        import os
        from app import create_app
        from app.config import TestingConfig
        from app.extensions import db
        from app.auth.models import User
        from app.qa import services as qa
        app = create_app(TestingConfig, {{"SQLALCHEMY_DATABASE_URI": {database_url!r},
                                         "SEARCH_INDEX_PATH": {str(index)!r}}})
        with app.app_context():
            author = db.session.scalar(db.select(User))
            qa.ask_question(author, {ASKED!r}, "Committed, then the process is killed.",
                            "pricing")
            db.session.commit()
            os.kill(os.getpid(), 9)
    """)
    make_user()
    before = make_app(SEARCH_INDEX_PATH=str(index))
    with before.app_context():
        indexer.catch_up(before)  # the index is in use: the new person is in it
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert crashed.returncode == -9, crashed.stderr.decode()
    app = make_app(SEARCH_INDEX_PATH=str(index))
    with app.app_context():
        assert indexer.lag() == 1  # the question, waiting
        assert indexer.start(app) == "Search index up to date (1 waiting change applied)."
        assert indexer.lag() == 0
        hits = indexer.backend().query(services.SearchQuery(text="killed")).hits
        assert [hit.title for hit in hits] == [ASKED]


def test_reindex_and_status_commands(make_user, vocab, app, client, login):
    rep = make_user()
    login(rep)
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    runner = app.test_cli_runner()
    status = runner.invoke(args=["search", "status"])
    assert "Documents indexed:  2" in status.output and "Outbox lag:         0" in status.output
    rebuilt = runner.invoke(args=["search", "reindex"])
    assert rebuilt.exit_code == 0 and "Indexed 2 documents." in rebuilt.output
    assert "Brightline" in search_page(client, q="brightline").get_data(as_text=True)


def test_results_page_has_types_facets_filters_and_snippets(client, make_user, login, vocab,
                                                            app):
    rep = make_user("Rita Rep", title="Account Executive", bio="I know pricing inside out.")
    login(rep)
    send(client, "/questions/ask", {"title": ASKED, "body": "Our pricing page is unclear.",
                                    "tags": "pricing brightline-crm"})
    with app.app_context():
        indexer.enqueue([f"person:{rep.id}"])
        db.session.commit()
        indexer.catch_up()
    page = search_page(client, q="pricing").get_data(as_text=True)
    assert "badge-question" in page and "badge-person" in page
    assert "<mark>pricing</mark>" in page
    assert 'href="/search?q=pricing&amp;type=question"' in page  # a facet link
    only_people = search_page(client, q="pricing", type="person").get_data(as_text=True)
    assert "Rita Rep" in only_people and "badge-question" not in only_people
    combined = search_page(client, q="pricing", type="question", tag="brightline-crm")
    assert ASKED.split("'")[0][:20] in combined.get_data(as_text=True)
    none = search_page(client, q="pricing", type="question", tag="discovery")
    assert "with these filters" in none.get_data(as_text=True)


@pytest.mark.parametrize("args, status, message", [
    ({"q": "x" * 10_000}, 400, "at most 200 characters"),
    ({"q": "?!... ---"}, 400, "no words in it"),
    ({"q": "-pricing"}, 400, "not only what to leave out"),
    ({"q": "pricing", "page": "99"}, 422, "Pages go from 1 to 50"),
    ({"q": "pricing", "page": "abc"}, 422, "whole number"),
    ({"q": "pricing", "type": "spaceship"}, 422, "Unknown type"),
    ({"q": "pricing", "tag": "no-such-tag"}, 422, "There is no tag"),
    ({"q": "pricing", "category": "nope"}, 422, "There is no tag category"),
])
def test_bad_queries_get_a_clear_message(client, make_user, login, vocab, args, status, message):
    login(make_user())
    response = search_page(client, **args)
    assert response.status_code == status
    assert message in response.get_data(as_text=True)


@pytest.mark.parametrize("query", [
    "the and of", "title:*", "OR OR", "\\'", "&|!", '"unbalanced', "(((", "*", "price*~^2",
])
def test_odd_queries_give_results_or_nothing_never_an_error(client, make_user, login, vocab,
                                                            query, app):
    login(make_user())
    with app.app_context():
        before = indexer.backend().count()
    response = search_page(client, q=query)
    assert response.status_code in (200, 400), response.status_code
    with app.app_context():
        assert indexer.backend().count() == before  # the index is unchanged


def test_only_searches_that_find_nothing_are_recorded(client, make_user, login, vocab, app):
    rep = make_user()
    login(rep)
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    search_page(client, q="brightline")
    search_page(client, q="kilimanjaro pricing model")  # any word may match: found
    search_page(client, q="kilimanjaro   zanzibar")
    search_page(client, q="brightlnie")  # nothing as typed; its correction finds the question
    search_page(client, q="brightline", type="page")  # filtered to nothing: not a gap
    with app.app_context():
        misses = db.session.execute(db.select(SearchMiss.query, SearchMiss.user_id,
                                              SearchMiss.found_by)
                                    .order_by(SearchMiss.id)).all()
    assert [tuple(m) for m in misses] == [("kilimanjaro zanzibar", rep.id, ""),
                                          ("brightlnie", rep.id, "correction")]


def test_a_typo_is_corrected_and_the_words_as_typed_are_offered(client, make_user, login,
                                                                 vocab):
    login(make_user())
    assert "Showing results for" not in search_page(client, q="Brightlne").text  # nothing yet
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    # The vocabulary read by the first search follows what is indexed since.
    page = search_page(client, q="Brightlne objectoin").get_data(as_text=True)
    assert "Showing results for <em>Brightline objection</em>" in page
    assert "search instead for" in page and "exact=1" in page and ASKED in page
    exact = search_page(client, q="Brightlne objectoin", exact="1").get_data(as_text=True)
    assert "Showing results for" not in exact and "Nothing found" in exact
    api = client.get("/api/v1/search", query_string={"q": "Brightlne objectoin"}).get_json()
    assert (api["query"], api["typed"]) == ("Brightline objection", "Brightlne objectoin")
    assert api["hits"][0]["title"] == ASKED


def test_similar_questions_while_asking_and_on_the_question_page(client, make_user, login,
                                                                  vocab, app):
    rep, expert = make_user(), make_user()
    login(rep)
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    send(client, "/questions/ask", {"title": "Brightline analytics: what do CFOs really ask?",
                                    "body": "Collecting the CFO questions we hear.",
                                    "tags": "pricing"})
    with app.app_context():
        first, second = db.session.scalars(db.text("SELECT id FROM posts ORDER BY id")).all()
    expert_client = app.test_client()
    log_in(expert_client, expert.email)
    send(expert_client, f"/questions/{first}/answers",
         {"body": "Show what the analytics tab cannot: the forecast path, week by week."})
    answer_id = first + 2
    send(expert_client, f"/posts/{answer_id}/vote", {"value": "up"})  # own: refused, unanswered
    send(client, f"/answers/{answer_id}/accept")
    similar = client.get("/search/similar?title=Brightline+CFO+objection").get_json()
    assert [q["title"] for q in similar["questions"]] == [ASKED]  # answered ones only
    assert similar["questions"][0]["accepted"] is True
    assert client.get("/search/similar?title=").get_json() == {"questions": []}
    assert client.get("/search/similar?title=" + "x" * 5000).status_code == 200
    page = client.get(f"/questions/{second}").get_data(as_text=True)
    related = page[page.index("Related answered questions"):]
    assert "How do I answer the Brightline" in related


def test_the_header_search_box_leads_to_the_results(client, make_user, login):
    login(make_user())
    home = client.get("/").get_data(as_text=True)
    assert 'action="/search"' in home and 'name="q"' in home
    assert client.get("/search").status_code == 200


def test_an_old_product_name_finds_content_tagged_with_the_new_one(client, make_user, login,
                                                                    vocab, app):
    manager = make_user(role=Role.MANAGER)
    login(manager)
    send(client, "/questions/ask", {"title": "Which dashboards does the new release bring?",
                                    "body": "Customers keep asking what changed.",
                                    "tags": "signal-forecast"})
    assert "Which dashboards" in search_page(client, q="pulse").get_data(as_text=True)
    assert "Nothing found" in search_page(client, q="beacon").get_data(as_text=True)
    # A manager adds a synonym: what the tag marks is found by it from now on.
    send(client, "/tags/signal-forecast/synonyms", {"name": "beacon"})
    assert "Which dashboards" in search_page(client, q="beacon").get_data(as_text=True)


def test_the_results_page_runs_a_constant_number_of_queries(client, make_user, login, vocab,
                                                            app):
    from datetime import UTC, datetime

    from app.search.backend import Document
    from tests.conftest import count_queries

    login(make_user())

    def index(count):
        with app.app_context():
            indexer.backend().add(
                Document(f"question:{n}", "question", f"Pricing question {n}", "Discounts.",
                         f"/questions/{n}", tags=["pricing", "negotiation"],
                         categories=["topic"], created_at=datetime.now(UTC))
                for n in range(count))

    def queries() -> int:
        with count_queries(app) as statements:
            assert search_page(client, q="pricing", type="question").status_code == 200
        return len(statements)

    index(2)
    queries()  # the first search reads the tag vocabulary's names, kept for a minute
    few = queries()
    index(300)
    # The header's two unread counts, and the chat channels whose messages one may find.
    assert queries() == few <= 6


def test_snippets_of_markdown_posts_read_as_text(client, make_user, login, vocab):
    login(make_user())
    send(client, "/questions/ask", {
        "title": "Renewal uplift: what do I say first?",
        "body": "## Ask first\n\n**4.** Read [[Objection: price]] before the renewal call.",
        "tags": "pricing"})
    page = search_page(client, q="renewal call").get_data(as_text=True)
    snippet = page[page.index('class="snippet"'):].split("</p>", 1)[0]
    assert "renewal" in snippet.lower()
    for markup in ("**", "##", "[[", "]]"):
        assert markup not in snippet


def test_similar_questions_when_the_titles_rarest_words_are_in_no_title(client, make_user,
                                                                         login, vocab, app):
    """A customer's name or a number only other posts hold ("Acme", "45") must not hide the
    question that the rest of the title matches."""
    rep, expert = make_user(), make_user()
    login(rep)
    asked = "Do I need an approval to offer net 60 payment terms?"
    send(client, "/questions/ask", {"title": asked, "body": "Acme wants it on a 3-year deal.",
                                    "tags": "pricing"})
    send(client, "/questions/ask", {"title": "Acme asks for a reference call",
                                    "body": "Acme wants one before they sign.",
                                    "tags": "pricing"})
    with app.app_context():
        first = db.session.scalars(db.text("SELECT min(id) FROM posts")).one()
    expert_client = app.test_client()
    log_in(expert_client, expert.email)
    send(expert_client, f"/questions/{first}/answers",
         {"body": "Beyond net 45 the Deal Desk approves the payment terms."})
    send(client, f"/answers/{first + 2}/accept")  # answered: an accepted answer
    similar = client.get("/search/similar?title=Can+we+offer+net+45+to+Acme%3F").get_json()
    assert [q["title"] for q in similar["questions"]] == [asked]


def test_a_server_reads_the_vocabulary_off_the_request_path(make_app, make_user, vocab):
    """Reading the vocabulary takes PostgreSQL 80 s at 1,100,000 documents: in a server, no
    request waits for it. The first search goes on without corrections while a background
    task reads it; later ones use it; a write marks it out of date without a read in the
    request that follows."""
    from app.search import spelling

    app = make_app(SEARCH_VOCABULARY_REFRESH="background")
    client = app.test_client()
    log_in(client, make_user().email)
    send(client, "/questions/ask", {"title": ASKED, "body": "The body of the question here.",
                                    "tags": "pricing"})
    assert "Showing results for" not in search_page(client, q="Brightlne").text  # not read yet
    with app.app_context():
        kept = app.extensions[spelling._KEY]
        deadline = time.monotonic() + 30
        while kept.reading and time.monotonic() < deadline:  # the background task's read
            time.sleep(0.05)
        assert kept.vocabulary is not None and kept.vocabulary.knows("Brightline")
        started = kept.started_at
    assert "Showing results for" in search_page(client, q="Brightlne").text
    send(client, "/questions/ask", {"title": "Zephyrine renewal terms for a bank?",
                                    "body": "The body of the question here.", "tags": "pricing"})
    with app.app_context():
        assert kept.stale
        assert not spelling.vocabulary(indexer.backend()).knows("Zephyrine")  # the one it has
        assert kept.started_at == started  # and no new read before VOCABULARY_TTL
