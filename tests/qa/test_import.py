"""`flask import qa FILE.json` and POST /api/v1/import/qa: an existing FAQ loads through the Q&A
services (authors, tags, accepted answers and their points); exact duplicates are skipped; a
malformed file is refused with every wrong place named, and loads nothing."""

from __future__ import annotations

import json

import pytest

from app.auth.models import Role
from app.points.models import PointsEntry
from app.qa.models import Answer, Question
from tests.conftest import bearer, fetch, row_count

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


def test_an_faq_loads_once_with_authors_tags_and_accepted_answers(app, vocab, people,
                                                                  tmp_path):
    result = _run(app, tmp_path, FAQ)
    assert result.exit_code == 0, result.output
    assert "Created 2 questions, 2 answers (1 accepted); skipped 0" in result.output
    first = fetch(app, Question, title=FAQ["questions"][0]["title"])
    assert first.author_id == people["asker"].id and first.created_at.year == 2025
    accepted = fetch(app, Answer, id=first.accepted_answer_id)
    assert accepted.author_id == people["expert"].id
    second = fetch(app, Question, title=FAQ["questions"][1]["title"])
    assert second.author_id == people["importer"].id  # the file names nobody
    assert fetch(app, PointsEntry, rule="answer-accepted").user_id == people["expert"].id
    again = _run(app, tmp_path, FAQ)
    assert again.exit_code == 0 and "Created 0 questions" in again.output
    assert "skipped 2 exact duplicates" in again.output
    assert row_count(app, Question) == 2 and row_count(app, Answer) == 2


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
    ({"questions": [{**FAQ["questions"][0], "author": "nobody@example.com"}]},
     "questions.0.author"),
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
