"""Closing a question as a duplicate of a canonical one, and reopening it."""

import pytest

from app.auth.models import Role
from app.qa.models import Question
from tests.conftest import fetch, log_in, send


@pytest.fixture
def people(make_user):
    return {"asker": make_user(), "other": make_user(),
            "manager": make_user(role=Role.MANAGER)}


def test_asker_closes_as_duplicate_both_pages_link(app, client, login, people, qa):
    original = qa.ask(people["other"], title="How do we beat Brightline on price?")
    copy = qa.ask(people["asker"], title="Brightline is cheaper, what do I say?")
    login(people["asker"])
    response = send(client, f"/questions/{copy}/close",
                    {"original": f"http://localhost/questions/{original}/how-do-we-beat"})
    assert response.status_code == 302
    assert fetch(app, Question, id=copy).duplicate_of_id == original
    page = client.get(f"/questions/{copy}").get_data(as_text=True)
    assert "already has an answer here" in page and "How do we beat Brightline on price?" in page
    assert f'action="/questions/{copy}/answers"' not in page  # no answering a closed question
    assert send(client, f"/questions/{copy}/answers",
                {"body": "An answer that belongs on the original."}).status_code == 409
    canonical = client.get(f"/questions/{original}").get_data(as_text=True)
    assert "Asked before in other words" in canonical and "Brightline is cheaper" in canonical
    assert send(client, f"/questions/{copy}/reopen").status_code == 302
    assert fetch(app, Question, id=copy).duplicate_of_id is None


def test_closing_points_at_the_canonical_question_not_a_chain(app, people, qa):
    first = qa.ask(people["other"])
    second = qa.ask(people["other"])
    third = qa.ask(people["asker"])
    qa.close(people["other"], second, first)
    qa.close(people["asker"], third, second)
    assert fetch(app, Question, id=third).duplicate_of_id == first


@pytest.mark.parametrize(("who", "original", "status", "message"), [
    ("other", "own", 403, "Only the asker or a manager"),
    ("asker", "self", 422, "duplicate of itself"),
    ("asker", "99999", 422, "no question with that number"),
    ("asker", "not a link", 422, "address or the number"),
    ("asker", "", 422, "address or the number"),
    ("asker", "deleted", 422, "no question with that number"),  # deleted: not visible
])
def test_bad_closes_change_nothing(app, client, people, qa, who, original, status, message):
    question_id = qa.ask(people["asker"])
    target = {"own": str(qa.ask(people["other"])), "self": str(question_id)}.get(original,
                                                                                 original)
    if original == "deleted":
        target = str(qa.ask(people["other"]))
        qa.delete(people["other"], int(target))
    log_in(client, people[who].email)
    response = send(client, f"/questions/{question_id}/close", {"original": target})
    assert response.status_code == status and message in response.get_data(as_text=True)
    assert fetch(app, Question, id=question_id).duplicate_of_id is None


def test_managers_close_and_reopen_any_question(app, client, people, qa):
    original = qa.ask(people["other"])
    copy = qa.ask(people["asker"])
    log_in(client, people["manager"].email)
    send(client, f"/questions/{copy}/close", {"original": str(original)})
    assert send(client, f"/questions/{copy}/close", {"original": str(original)}).status_code == 409
    assert send(client, f"/questions/{copy}/reopen").status_code == 302
    assert send(client, f"/questions/{copy}/reopen").status_code == 409
