"""`flask import qa FILE.json` and POST /api/v1/import/qa: an existing FAQ loads through the Q&A
services (tags, dates, accepted answers); its authors are names as text, shown as the file gives
them and marked imported, never a person here, and an import pays nobody; exact duplicates are
skipped; a malformed file is refused with every wrong place named, and loads nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.audit.models import AuditEvent
from app.auth import services as accounts
from app.auth.models import PLACEHOLDER_EMAIL, Role, User
from app.extensions import db
from app.notifications.models import Notification
from app.points import ledger, rules
from app.points.models import PointsEntry
from app.profiles.models import QuestionRouting
from app.qa import services as qa
from app.qa.models import Answer, Question, Tag
from app.search import indexer
from app.search import services as search
from app.search.models import SearchOutbox
from tests.conftest import PASSWORD, bearer, fetch, log_in, row_count

FAQ = {"questions": [
    {"title": "Can we offer net 60 payment terms to enterprise buyers?",
     "body": "Finance asked what the policy is for payment terms above net 30.",
     "tags": ["pricing"], "author": "asker@example.com", "asked_at": "2025-03-01T09:00:00Z",
     "answers": [
         {"body": "Yes, with deal desk approval and a signed two-year term.",
          "author": "expert@example.com", "accepted": True},
         {"body": "We did net 45 for Globex last quarter without any trouble.",
          "author": "asker@example.com"}]},
    {"title": "Which discovery questions uncover budget early on?",
     "body": "Looking for the questions that surface budget in the first call.",
     "tags": ["discovery"]},
]}


@pytest.fixture
def people(make_user):
    return {"importer": make_user(name="Manager Person", email="manager@example.com",
                                  role=Role.MANAGER),
            "asker": make_user(name="Asker Person", email="asker@example.com"),
            "expert": make_user(name="Expert Person", email="expert@example.com")}


def _run(app, tmp_path, data, as_email="manager@example.com"):
    path = tmp_path / "faq.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data))
    return app.test_cli_runner().invoke(args=["import", "qa", str(path), "--as", as_email])


def test_an_faq_loads_once_with_tags_dates_and_accepted_answers(app, vocab, people, tmp_path):
    result = _run(app, tmp_path, FAQ)
    assert result.exit_code == 0, result.output
    assert "Created 2 questions, 2 answers (1 accepted); skipped 0" in result.output
    first = fetch(app, Question, title=FAQ["questions"][0]["title"])
    assert first.created_at.year == 2025 and first.origin == "import"
    assert (first.origin_by_id, first.original_author) == (people["importer"].id,
                                                           "asker@example.com")
    accepted = fetch(app, Answer, id=first.accepted_answer_id)
    assert accepted.original_author == "expert@example.com" and accepted.origin == "import"
    second = fetch(app, Question, title=FAQ["questions"][1]["title"])
    assert second.original_author == ""  # the file names nobody: "Unknown author"
    event = fetch(app, AuditEvent, kind="import")
    assert (event.actor_id, event.detail) == (people["importer"].id, "2 questions, 2 answers")
    again = _run(app, tmp_path, FAQ)
    assert again.exit_code == 0 and "Created 0 questions" in again.output
    assert "skipped 2 exact duplicates" in again.output
    assert row_count(app, Question) == 2 and row_count(app, Answer) == 2


def _placeholder(app) -> User:
    return fetch(app, User, email=PLACEHOLDER_EMAIL)


def test_an_import_naming_real_people_credits_and_pays_nobody(app, vocab, people, tmp_path,
                                                              client, make_user):
    """Issue 28: an FAQ import let a manager set any author, date and acceptance, and the
    points followed. Now a name in the file (an address of a real person here too) is only
    text: every post is the imported content account's, which is nobody (it cannot log in,
    earns nothing, is listed nowhere), and the acceptance in the file pays nobody."""
    assert _run(app, tmp_path, FAQ).exit_code == 0
    question = fetch(app, Question, title=FAQ["questions"][0]["title"])
    with app.app_context():
        answers = {a.original_author: a for a in db.session.scalars(
            select(Answer).where(Answer.question_id == question.id))}
        db.session.expunge_all()
    assert question.author_id != people["asker"].id
    assert row_count(app, PointsEntry) == 0  # nobody paid for the acceptance, or anything
    assert fetch(app, User, id=people["expert"].id).points == 0
    assert fetch(app, User, id=people["asker"].id).points == 0
    placeholder = _placeholder(app)
    assert question.author_id == placeholder.id
    assert {a.author_id for a in answers.values()} == {placeholder.id}
    assert answers["expert@example.com"].id == question.accepted_answer_id
    # Nobody: never logs in, with any password, and nobody can register its address.
    assert (placeholder.active, placeholder.name) == (False, "Imported content")
    with app.app_context():
        for password in ("!", "", PASSWORD):
            with pytest.raises(accounts.InvalidCredentials):
                accounts.authenticate(PLACEHOLDER_EMAIL, password)
        with pytest.raises(accounts.AccountError):
            accounts.create_account("Me", PLACEHOLDER_EMAIL, PASSWORD)
    assert log_in(client, PLACEHOLDER_EMAIL, "!").status_code != 302
    # The page shows the names the file gave, as text marked imported, and who imported it.
    log_in(client, make_user(name="Reader").email)
    page = client.get(f"/questions/{question.id}").get_data(as_text=True)
    assert page.count("imported</small>") == 3  # the question and its two answers
    assert "asker@example.com" in page and "expert@example.com" in page
    assert f'href="/people/{people["asker"].id}"' not in page
    assert f'href="/people/{placeholder.id}"' not in page and "Imported content" not in page
    assert "Imported by" in page and "Manager Person</a>" in page
    listed = client.get("/questions").get_data(as_text=True)
    assert "asker@example.com" in listed and "Unknown author" in listed
    assert f'href="/people/{placeholder.id}"' not in listed
    history = client.get(f"/posts/{question.id}/revisions").get_data(as_text=True)
    assert "asker@example.com" in history and "Imported content" not in history
    assert client.get(f"/people/{placeholder.id}").status_code == 404


def test_names_are_text_and_an_address_is_only_a_name(app, vocab, people, tmp_path):
    faq = {"questions": [{**FAQ["questions"][1], "author": "  Jane   Doe (old wiki) ",
                          "answers": [{"body": "Ask what happens if they do nothing.",
                                       "author": "nobody@example.com"}]}]}
    assert _run(app, tmp_path, faq).exit_code == 0
    question = fetch(app, Question, title=faq["questions"][0]["title"])
    assert question.original_author == "Jane Doe (old wiki)"
    assert fetch(app, Answer, question_id=question.id).original_author == "nobody@example.com"


def test_imported_questions_are_not_put_to_experts(app, vocab, people, tmp_path):
    """One large import would have told the top experts of each question's tags about every
    one of them."""
    with app.app_context():
        for n in range(3):
            ledger.award(rules.ANSWER_ACCEPTED, people["expert"].id, ("post", 90_000 + n), None,
                         [db.session.scalar(select(Tag.id).where(Tag.name == "pricing"))],
                         f"test:expert:{n}")
        db.session.commit()
    assert _run(app, tmp_path, FAQ).exit_code == 0
    assert row_count(app, QuestionRouting) == 0 and row_count(app, Notification) == 0
    with app.app_context():  # whereas a question asked here is put to her
        qa.ask_question(db.session.get(User, people["asker"].id),
                        "What payment terms can a 2-year deal have?",
                        "The buyer wants to know before they sign.", "pricing")
        db.session.commit()
    assert fetch(app, QuestionRouting, user_id=people["expert"].id)


def test_votes_on_imported_posts_pay_nobody_and_search_finds_them(app, vocab, people,
                                                                  tmp_path):
    assert _run(app, tmp_path, FAQ).exit_code == 0
    question = fetch(app, Question, title=FAQ["questions"][0]["title"])
    with app.app_context():
        assert db.session.scalar(select(SearchOutbox.id).where(
            SearchOutbox.key == f"question:{question.id}")) is not None
        voter = db.session.get(User, people["asker"].id)
        qa.cast_vote(voter, db.session.get(Question, question.id), 1)
        qa.cast_vote(voter, db.session.get(Answer, question.accepted_answer_id), 1)
        db.session.commit()
        indexer.catch_up()
        [hit] = search.search(voter, "net 60 payment terms", search.clean_filters(
            ["question"], [], [])).results.hits
    assert hit.subtitle.startswith("Asked by asker@example.com (imported) · 2 answers")
    assert row_count(app, PointsEntry) == 0
    assert _placeholder(app).points == 0


@pytest.mark.parametrize("data, place", [
    ("{not json", "not JSON"),
    ({"questions": []}, "questions"),
    ({"questions": [{**FAQ["questions"][1], "tags": []}]}, "questions.0.tags"),
    ({"questions": [{**FAQ["questions"][1], "colour": "red"}]}, "questions.0.colour"),
    ({"questions": [FAQ["questions"][1], {**FAQ["questions"][1], "title": "x" * 200}]},
     "questions.1.title"),
    ({"questions": [{**FAQ["questions"][0], "answers": [
        {"body": "One answer body here.", "accepted": True},
        {"body": "Another answer body.", "accepted": True}]}]}, "questions.0.answers"),
    ({"questions": [{**FAQ["questions"][0], "author": "x" * 201}]}, "questions.0.author"),
    ({"questions": [{**FAQ["questions"][0], "answers": [{"body": "An answer long enough.",
                                                         "author": 5}]}]},
     "questions.0.answers.0.author"),
    ({"questions": [FAQ["questions"][1], {**FAQ["questions"][0], "tags": ["no-such-tag"]}]},
     "questions.1.tags"),
    ({"questions": [FAQ["questions"][1], {**FAQ["questions"][0], "title": "Too short"}]},
     "questions.1.title"),
    ({"questions": [{**FAQ["questions"][0], "answers": [{"body": "short"}]}]},
     "questions.0.answers.0.body"),
])
def test_a_malformed_file_loads_nothing_and_says_where(app, vocab, people, tmp_path, data,
                                                       place):
    result = _run(app, tmp_path, data)
    assert result.exit_code != 0 and place in result.output, result.output
    assert row_count(app, Question) == 0 and row_count(app, Answer) == 0
    assert row_count(app, PointsEntry) == 0


def test_the_importer_must_exist(app, vocab, people, tmp_path):
    result = _run(app, tmp_path, FAQ, as_email="ghost@example.com")
    assert result.exit_code != 0 and "Nobody active" in result.output


def test_the_api_imports_for_managers_only_with_the_same_rules(app, vocab, people, token_for):
    api = app.test_client()
    member = api.post("/api/v1/import/qa", json=FAQ, headers=bearer(token_for(people["asker"])))
    assert member.status_code == 403
    manager = bearer(token_for(people["importer"]))
    bad = api.post("/api/v1/import/qa", headers=manager, json={"questions": [
        FAQ["questions"][1], {**FAQ["questions"][0], "tags": ["no-such-tag"]}]})
    assert bad.status_code == 422 and "questions.1.tags" in bad.json["error"]["fields"]
    malformed = api.post("/api/v1/import/qa", headers=manager,
                         json={"questions": [{"title": 5}]})
    assert malformed.status_code == 422
    assert {"questions.0.title", "questions.0.body"} <= set(malformed.json["error"]["fields"])
    too_big = api.post("/api/v1/import/qa", headers={**manager, "Content-Type":
                                                     "application/json"},
                       data=b" " * (17 * 1024 * 1024))
    assert too_big.status_code == 413
    assert row_count(app, Question) == 0
    done = api.post("/api/v1/import/qa", json=FAQ, headers=manager)
    assert done.status_code == 201 and len(done.json["questions"]) == 2
    assert done.json["accepted"] == 1 and done.json["skipped"] == []
    again = api.post("/api/v1/import/qa", json=FAQ, headers=manager).json
    assert again["questions"] == [] and len(again["skipped"]) == 2
    thread = api.get(f"/api/v1/questions/{done.json['questions'][0]}", headers=manager).json
    assert (thread["author_name"], thread["origin"], thread["origin_by"]["id"]) == (
        "asker@example.com", "import", people["importer"].id)
    assert [a["author_name"] for a in thread["answers"]] == [
        "expert@example.com", "asker@example.com"]
    assert thread["author"]["id"] != people["asker"].id
