"""The Q&A endpoints: a script with a token asks, answers, votes, accepts, searches and reads
the points earned; every bad request gets a clear 4xx in the one error shape and changes
nothing."""

from __future__ import annotations

import pytest

from app.qa.models import Answer, Question
from app.search import indexer
from tests.conftest import bearer, count_queries, row_count

QUESTION = {"title": "How do I price a three-year renewal for Acme?",
            "body": "The customer wants a multi-year discount on the renewal.", "tags": ["pricing"]}
ANSWER = {"body": "Anchor on value first, then trade term length for a price hold."}


@pytest.fixture
def people(make_user, token_for):
    asker, expert = make_user(name="Asker Rep"), make_user(name="Expert Rep",
                                                           email="expert@example.com")
    return {"asker": bearer(token_for(asker)), "expert": bearer(token_for(expert)),
            "expert_id": expert.id}


def test_a_script_asks_answers_accepts_finds_it_and_reads_the_points(app, vocab, people):
    api = app.test_client()
    question = api.post("/api/v1/questions", json=QUESTION, headers=people["asker"])
    assert question.status_code == 201 and question.json["tags"] == ["pricing"]
    qid = question.json["id"]
    answer = api.post(f"/api/v1/questions/{qid}/answers", json=ANSWER, headers=people["expert"])
    assert answer.status_code == 201
    aid = answer.json["id"]
    assert api.put(f"/api/v1/posts/{aid}/vote", json={"value": 1},
                   headers=people["asker"]).json == {"post_id": aid, "score": 1, "my_vote": 1}
    accepted = api.post(f"/api/v1/answers/{aid}/accept", headers=people["asker"])
    assert accepted.status_code == 200 and accepted.json["accepted"] is True
    again = api.post(f"/api/v1/answers/{aid}/accept", headers=people["asker"])
    assert again.status_code == 409 and again.json["error"]["code"] == 409
    undone = api.delete(f"/api/v1/answers/{aid}/accept", headers=people["asker"])
    assert undone.status_code == 200 and undone.json["accepted_answer_id"] is None
    assert api.delete(f"/api/v1/answers/{aid}/accept", headers=people["asker"]).status_code \
        == 404
    assert api.post(f"/api/v1/answers/{aid}/accept", headers=people["asker"]).status_code == 200
    comment = api.post(f"/api/v1/posts/{aid}/comments", json={"body": "Worked on Acme, thanks!"},
                       headers=people["asker"])
    assert comment.status_code == 201

    thread = api.get(f"/api/v1/questions/{qid}", headers=people["expert"]).json
    assert thread["accepted_answer_id"] == aid
    assert thread["answers"][0]["comments"][0]["body"] == "Worked on Acme, thanks!"
    with app.app_context():
        indexer.catch_up()
    found = api.get("/api/v1/search", query_string={"q": "three-year renewal"},
                    headers=people["expert"]).json
    assert found["total"] >= 1 and found["hits"][0]["url"].startswith(f"/questions/{qid}")
    points = api.get(f"/api/v1/people/{people['expert_id']}/points",
                     headers=people["expert"]).json
    assert {e["rule"] for e in points["items"]} == {"answer-upvoted", "answer-accepted"}
    assert points["total"] == sum(e["points"] for e in points["items"]) > 0


@pytest.mark.parametrize("body, field", [
    ({}, "title"),
    ({**QUESTION, "title": 5}, "title"),
    ({**QUESTION, "tags": "pricing"}, "tags"),
    ({**QUESTION, "tags": ["pricing"] * 21}, "tags"),
    ({**QUESTION, "body": "x" * 70_000}, "body"),
    ({**QUESTION, "title": "Short?"}, "title"),
    ({**QUESTION, "tags": ["no-such-tag"]}, "tags"),
    ({**QUESTION, "colour": "red"}, "colour"),
    ([QUESTION], "request"),
])
def test_a_bad_question_is_refused_field_by_field(app, vocab, people, body, field):
    response = app.test_client().post("/api/v1/questions", json=body, headers=people["asker"])
    assert response.status_code == 422, response.json
    assert field in response.json["error"]["fields"], response.json
    assert row_count(app, Question) == 0


def test_bad_requests_get_the_right_status_and_change_nothing(app, vocab, people, token_for,
                                                              make_user):
    api = app.test_client()
    qid = api.post("/api/v1/questions", json=QUESTION, headers=people["asker"]).json["id"]
    aid = api.post(f"/api/v1/questions/{qid}/answers", json=ANSWER,
                   headers=people["expert"]).json["id"]
    cases = [
        ("post", f"/api/v1/questions/{qid}/answers", ANSWER, {}, 401),  # no token
        ("post", f"/api/v1/answers/{aid}/accept", None, people["expert"], 403),  # not the asker
        ("put", f"/api/v1/posts/{aid}/vote", {"value": 1}, people["expert"], 403),  # own post
        ("put", f"/api/v1/posts/{aid}/vote", {"value": 2}, people["asker"], 422),
        ("put", f"/api/v1/posts/{aid}/vote", {"value": "1"}, people["asker"], 422),
        ("put", f"/api/v1/posts/{aid}/vote", {"value": True}, people["asker"], 422),
        ("post", f"/api/v1/questions/{qid}/answers", {"body": ""}, people["expert"], 422),
        ("post", f"/api/v1/questions/{qid}/answers", {"body": ["x"]}, people["expert"], 422),
        ("post", "/api/v1/questions/999999/answers", ANSWER, people["expert"], 404),
        ("post", f"/api/v1/questions/{10**20}/answers", ANSWER, people["expert"], 404),
        ("post", f"/api/v1/answers/{qid}/accept", None, people["asker"], 404),  # a question
        ("get", "/api/v1/questions?limit=100000", None, people["asker"], 422),
        ("get", "/api/v1/questions?limit=x", None, people["asker"], 422),
        ("get", "/api/v1/questions?colour=red", None, people["asker"], 422),  # unknown
        ("get", "/api/v1/questions?cursor=bm90LWEtY3Vyc29y", None, people["asker"], 422),
        ("get", "/api/v1/questions?tag=no-such-tag", None, people["asker"], 404),
        ("get", "/api/v1/search?q=", None, people["asker"], 400),
        ("get", "/api/v1/search", None, people["asker"], 422),
        ("get", "/api/v1/search?q=pricing&page=51", None, people["asker"], 422),
        ("get", "/api/v1/search?q=pricing&type=spaceship", None, people["asker"], 422),
        ("delete", "/api/v1/questions", None, people["asker"], 405),
    ]
    for method, path, body, headers, status in cases:
        response = getattr(api, method)(path, json=body, headers=headers)
        assert response.status_code == status, (method, path, body, response.json)
        assert set(response.json["error"]) == {"code", "message", "fields"}
        assert response.json["error"]["code"] == status
    assert row_count(app, Answer) == 1
    with app.app_context():
        from app.extensions import db
        assert db.session.get(Question, qid).accepted_answer_id is None


def test_an_edit_needs_its_base_revision_and_a_stale_one_never_overwrites(app, vocab, people):
    api = app.test_client()
    qid = api.post("/api/v1/questions", json=QUESTION, headers=people["asker"]).json["id"]
    aid = api.post(f"/api/v1/questions/{qid}/answers", json=ANSWER,
                   headers=people["expert"]).json["id"]
    changed = {**QUESTION, "body": "The customer wants a five-year discount on the renewal."}
    done = api.put(f"/api/v1/questions/{qid}", headers=people["asker"],
                   json={**changed, "base_revision": 1, "summary": "Five years"})
    assert done.status_code == 200 and "five-year" in done.json["body"]
    stale = api.put(f"/api/v1/questions/{qid}", headers=people["asker"],
                    json={**QUESTION, "body": "An edit made from the first version.",
                          "base_revision": 1})
    assert stale.status_code == 409
    assert api.put(f"/api/v1/questions/{qid}", headers=people["asker"],
                   json=changed).status_code == 422  # no base revision
    assert api.put(f"/api/v1/questions/{qid}", headers=people["expert"],
                   json={**changed, "base_revision": 2}).status_code == 403  # not theirs
    answer = api.put(f"/api/v1/answers/{aid}", headers=people["expert"], json={
        "body": "Anchor on value, then trade a longer term for a price hold.",
        "base_revision": 1})
    assert answer.status_code == 200 and "longer term" in answer.json["body"]
    thread = api.get(f"/api/v1/questions/{qid}", headers=people["asker"]).json
    assert "five-year" in thread["body"] and "longer term" in thread["answers"][0]["body"]


def test_a_deleted_question_is_not_found_through_the_api(app, vocab, people, make_user):
    api = app.test_client()
    qid = api.post("/api/v1/questions", json=QUESTION, headers=people["asker"]).json["id"]
    with app.app_context():
        from app.extensions import db
        from app.qa import services as qa
        question = db.session.get(Question, qid)
        qa.delete_post(question.author, question)
        db.session.commit()
    assert api.get(f"/api/v1/questions/{qid}", headers=people["expert"]).status_code == 404
    assert api.post(f"/api/v1/questions/{qid}/answers", json=ANSWER,
                    headers=people["expert"]).status_code in (404, 409)
    listed = api.get("/api/v1/questions", headers=people["expert"]).json
    assert listed["items"] == []


def test_lists_page_by_cursor_in_a_constant_number_of_queries(app, vocab, people):
    api = app.test_client()
    for n in range(5):
        api.post("/api/v1/questions", headers=people["asker"],
                 json={**QUESTION, "title": f"{QUESTION['title']} Take {n}"})
    api.get("/api/v1/me", headers=people["expert"])  # the token's last use, written once
    seen, address = [], "/api/v1/questions?limit=2"
    counts = []
    while address:
        with count_queries(app) as statements:
            page = api.get(address, headers=people["expert"]).json
        counts.append(len(statements))
        seen += [q["id"] for q in page["items"]]
        address = page["next"]
    assert seen == sorted(seen, reverse=True) and len(seen) == len(set(seen)) == 5
    assert len(set(counts)) == 1, counts  # the same for every page
