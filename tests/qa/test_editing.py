"""Editing with revisions and diffs; conflicts never overwrite; soft delete and restore."""

import pytest

from app.auth.models import Role
from app.qa.models import Answer, PostRevision, Question
from tests.conftest import csrf_token, fetch, log_in, row_count, send


@pytest.fixture
def people(make_user):
    return {
        "author": make_user(name="Author Person"),
        "other": make_user(name="Other Person"),
        "manager": make_user(name="Manager Person", role=Role.MANAGER),
    }


def edit(client, post_id, **fields):
    page = client.get(f"/posts/{post_id}/edit").get_data(as_text=True)
    base = page.split('name="base_revision" type="hidden" value="')[1].split('"')[0]
    data = {"base_revision": base, **fields}
    return send(client, f"/posts/{post_id}/edit", data)


def test_author_edits_a_question_and_history_shows_the_diff(app, client, login, people, qa):
    question_id = qa.ask(people["author"], title="How do I price a three-year deal?",
                         body="Line one stays.\nLine two changes.", tags="pricing")
    login(people["author"])
    response = edit(client, question_id, title="How do I price a multi-year deal?",
                    body="Line one stays.\nLine two is better now.", tags="pricing negotiation",
                    summary="Clearer title")
    assert response.status_code == 302
    question = fetch(app, Question, id=question_id)
    assert (question.title, question.revision) == ("How do I price a multi-year deal?", 2)
    history = client.get(f"/posts/{question_id}/revisions").get_data(as_text=True)
    assert "Clearer title" in history and "Asked" in history
    diff = client.get(f"/posts/{question_id}/diff?old=1&new=2").get_data(as_text=True)
    assert "<del>three</del>" in diff and "<ins>multi</ins>" in diff
    assert "<del>changes</del>" in diff and "<ins>is better now</ins>" in diff
    assert "Line one stays." in diff
    assert "negotiation</ins>" in diff


def test_manager_edits_anyones_answer_member_cannot(app, client, login, people, qa):
    question_id = qa.ask(people["author"])
    answer_id = qa.answer(people["author"], question_id, body="My own first answer text.")
    login(people["other"])
    assert client.get(f"/posts/{answer_id}/edit").status_code == 403
    assert send(client, f"/posts/{answer_id}/edit",
                {"body": "Vandalised answer text here.", "base_revision": "1"}).status_code == 403
    assert fetch(app, Answer, id=answer_id).body == "My own first answer text."
    manager = app.test_client()
    log_in(manager, people["manager"].email)
    assert edit(manager, answer_id, body="My own first answer text, with a fix.").status_code == 302
    assert fetch(app, Answer, id=answer_id).body == "My own first answer text, with a fix."
    assert row_count(app, PostRevision) == 3  # question 1, answer 1 and 2


def test_an_edit_based_on_an_old_revision_never_overwrites(app, client, login, people, qa):
    question_id = qa.ask(people["author"], body="The original text of the question.")
    answer_id = qa.answer(people["other"], question_id, body="The original text of the answer.")
    login(people["author"])
    stale = client.get(f"/posts/{answer_id}/edit")  # author opens... (manager edits meanwhile)
    assert stale.status_code == 403  # the asker is not the answer's author
    manager = app.test_client()
    log_in(manager, people["manager"].email)
    page_then = manager.get(f"/posts/{question_id}/edit")
    assert page_then.status_code == 200
    assert edit(client, question_id, title="How do I handle situation number one?",
                body="The author's newer text of the question.", tags="pricing").status_code == 302
    token = csrf_token(manager, "/questions/ask")
    response = manager.post(f"/posts/{question_id}/edit", data={
        "csrf_token": token, "base_revision": "1", "title": "A manager's title for this one",
        "body": "The manager's text, based on the first revision.", "tags": "pricing"})
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "edited by someone else" in page and "The manager&#39;s text" in page  # kept in form
    assert 'value="2"' in page  # the form now builds on the current revision
    question = fetch(app, Question, id=question_id)
    assert question.body == "The author's newer text of the question." and question.revision == 2


@pytest.mark.parametrize(("fields", "status", "message"), [
    ({}, 422, "Nothing changed"),
    ({"title": ""}, 422, "Write a title"),
    ({"tags": "a b c d e f"}, 422, "Not in the tag vocabulary"),
    ({"summary": "s" * 201}, 422, "at most 200"),
])
def test_bad_edits_change_nothing(app, client, login, people, qa, fields, status, message):
    question_id = qa.ask(people["author"], title="How do I price a three-year deal?",
                         body="Body of the question as asked.", tags="pricing")
    login(people["author"])
    data = {"title": "How do I price a three-year deal?", "body": "Body of the question as asked.",
            "tags": "pricing", **fields}
    response = edit(client, question_id, **data)
    assert response.status_code == status and message in response.get_data(as_text=True)
    assert fetch(app, Question, id=question_id).revision == 1
    assert row_count(app, PostRevision) == 1


@pytest.mark.parametrize("base", [None, "", "abc", "²", "0", str(10**20)])
def test_an_edit_that_does_not_say_which_revision_it_edits_changes_nothing(
        app, client, login, people, qa, base):
    # Without its base revision an edit could overwrite a change its author never saw.
    question_id = qa.ask(people["author"], title="How do I price a three-year deal?")
    login(people["author"])
    data = {"title": "How do I price a five-year deal?", "body": "A new body for the question.",
            "tags": "pricing", "summary": ""}
    if base is not None:
        data["base_revision"] = base
    response = send(client, f"/posts/{question_id}/edit", data)
    assert response.status_code == 422
    assert "which revision it edits" in response.get_data(as_text=True)
    assert fetch(app, Question, id=question_id).revision == 1
    assert row_count(app, PostRevision) == 1


def test_delete_is_soft_and_restorable(app, client, login, people, qa):
    question_id = qa.ask(people["author"], title="A question that will be deleted soon")
    answer_id = qa.answer(people["other"], question_id)
    login(people["other"])
    assert send(client, f"/posts/{question_id}/delete").status_code == 403
    assert send(client, f"/posts/{answer_id}/delete").status_code == 302
    assert fetch(app, Question, id=question_id).answer_count == 0
    assert row_count(app, Answer) == 1  # kept
    author = app.test_client()
    log_in(author, people["author"].email)
    assert "The original" not in author.get(f"/questions/{question_id}").get_data(as_text=True)
    assert send(author, f"/posts/{question_id}/delete").status_code == 302
    assert "A question that will be deleted soon" not in author.get("/questions").get_data(
        as_text=True)
    assert client.get(f"/questions/{question_id}").status_code == 404  # others: gone
    assert "was deleted" in author.get(f"/questions/{question_id}").get_data(as_text=True)
    assert send(author, f"/posts/{question_id}/delete").status_code == 404  # already deleted
    assert send(client, f"/posts/{question_id}/restore").status_code == 404
    manager = app.test_client()
    log_in(manager, people["manager"].email)
    assert send(manager, f"/posts/{answer_id}/restore").status_code == 409  # question first
    assert send(manager, f"/posts/{question_id}/restore").status_code == 302
    assert send(manager, f"/posts/{answer_id}/restore").status_code == 302
    assert fetch(app, Question, id=question_id).answer_count == 1
    assert "A question that will be deleted soon" in client.get("/questions").get_data(
        as_text=True)


def test_deleting_the_accepted_answer_unaccepts_it(app, people, qa):
    question_id = qa.ask(people["author"])
    answer_id = qa.answer(people["other"], question_id)
    qa.accept(people["author"], answer_id)
    qa.delete(people["other"], answer_id)
    assert fetch(app, Question, id=question_id).accepted_answer_id is None


def test_editing_or_commenting_a_deleted_post_is_refused(app, client, login, people, qa):
    question_id = qa.ask(people["author"])
    qa.delete(people["author"], question_id)
    login(people["author"])
    assert client.get(f"/posts/{question_id}/edit").status_code == 403
    assert send(client, f"/posts/{question_id}/comments",
                {"body": "A comment on a deleted post"}).status_code == 404
