"""Every Q&A write sends its domain signal, and @mentions reach the people mentioned."""

from contextlib import contextmanager

import pytest

from app import signals
from app.auth.models import Role
from tests.conftest import send

EVENTS = ("question_asked", "answer_posted", "vote_cast", "vote_removed", "answer_accepted",
          "answer_unaccepted", "comment_posted", "post_edited", "post_deleted", "post_restored",
          "question_closed", "question_reopened", "user_mentioned")


def _snapshot(value):
    """Objects by id (they are gone with their session once the request ends)."""
    if isinstance(value, list):
        return [_snapshot(v) for v in value]
    return getattr(value, "id", value)


@contextmanager
def recorded():
    """Every Q&A signal sent inside the block: (event, sender id, keyword arguments by id)."""
    sent = []
    receivers = []
    for name in EVENTS:
        def receiver(sender, _name=name, **kwargs):
            sent.append((_name, _snapshot(sender),
                         {key: _snapshot(value) for key, value in kwargs.items()}))
        getattr(signals, name).connect(receiver, weak=False)
        receivers.append((name, receiver))
    try:
        yield sent
    finally:
        for name, receiver in receivers:
            getattr(signals, name).disconnect(receiver)


@pytest.fixture
def people(make_user):
    return {
        "asker": make_user(name="Sofia Marquez", email="sofia.marquez@northwind.example"),
        "expert": make_user(name="Priya Raman", email="priya.raman@northwind.example"),
        "manager": make_user(name="Daniel Okafor", email="daniel.okafor@northwind.example",
                             role=Role.MANAGER),
    }


def names(sent):
    return [event for event, _, _ in sent]


def test_each_write_sends_its_signal(app, people, qa):
    with recorded() as sent:
        question_id = qa.ask(people["asker"])
        answer_id = qa.answer(people["expert"], question_id)
        qa.vote(people["manager"], answer_id, 1)
        qa.vote(people["manager"], answer_id, -1)
        qa.accept(people["asker"], answer_id)
        qa.comment(people["manager"], answer_id)
        qa.delete(people["expert"], answer_id)
    assert names(sent) == ["question_asked", "answer_posted", "vote_cast", "vote_cast",
                           "answer_accepted", "comment_posted", "answer_unaccepted",
                           "post_deleted"]
    assert sent[3][2] == {"previous": 1}  # the vote changed from up to down
    assert sent[4][2]["by"] == people["asker"].id
    assert sent[4][1] == answer_id


def test_routes_send_vote_removed_edit_restore_close_reopen(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    original_id = qa.ask(people["expert"])
    qa.vote(people["manager"], question_id, 1)
    login(people["manager"])
    with recorded() as sent:
        send(client, f"/posts/{question_id}/vote", {"value": "clear"})
        send(client, f"/posts/{question_id}/edit", {
            "base_revision": "1", "title": "How do I handle an edited situation?",
            "body": "The buyer pushed back hard on the call today. What works?",
            "tags": "pricing"})
        send(client, f"/posts/{question_id}/delete")
        send(client, f"/posts/{question_id}/restore")
        send(client, f"/questions/{question_id}/close", {"original": str(original_id)})
        send(client, f"/questions/{question_id}/reopen")
    assert names(sent) == ["vote_removed", "post_edited", "post_deleted", "post_restored",
                           "question_closed", "question_reopened"]
    assert sent[0][2] == {"value": 1, "voter": people["manager"].id}
    assert sent[1][1] == question_id and sent[1][2]["editor"] == people["manager"].id
    assert sent[4][2] == {"by": people["manager"].id, "canonical": original_id}


def test_refused_actions_send_nothing(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    login(people["asker"])
    with recorded() as sent:
        send(client, f"/posts/{question_id}/vote", {"value": "up"})  # own post
        send(client, "/questions/ask", {"title": "", "body": "", "tags": ""})
    assert sent == []


def test_mentions_are_linked_and_signalled_once(app, people, qa):
    with recorded() as sent:
        question_id = qa.ask(people["asker"], body="Has @priya.raman seen this? And @nobody.here"
                             " or @sofia.marquez (myself) — `@daniel.okafor` is code.")
    mentions = [kwargs for event, _, kwargs in sent if event == "user_mentioned"]
    assert mentions == [{"users": [people["expert"].id], "by": people["asker"].id}]
    html = qa.post(question_id).body_html
    assert f'href="/people/{people["expert"].id}" class="mention"' in html
    assert "@nobody.here" in html and "/people/None" not in html


def test_an_edit_signals_only_new_mentions(app, client, login, people, qa):
    question_id = qa.ask(people["asker"], body="Looping in @priya.raman for the pricing part.")
    login(people["asker"])
    with recorded() as sent:
        send(client, f"/posts/{question_id}/edit", {
            "base_revision": "1", "title": "How do I handle situation number one?",
            "body": "Looping in @priya.raman and @daniel.okafor for the pricing part.",
            "tags": "pricing"})
    mentions = [kwargs for event, _, kwargs in sent if event == "user_mentioned"]
    assert [m["users"] for m in mentions] == [[people["manager"].id]]


def test_comment_mentions_are_signalled(app, people, qa):
    question_id = qa.ask(people["asker"])
    with recorded() as sent:
        qa.comment(people["manager"], question_id, body="@sofia.marquez which region?")
    assert [(e, k["users"]) for e, _, k in sent if e == "user_mentioned"] == [
        ("user_mentioned", [people["asker"].id])]
