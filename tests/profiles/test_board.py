"""The note board on a profile: colleagues post short plain-text notes, newest first and
paginated; the board's owner and a note's author may delete it, nobody else; a bad note is
refused with a clear message and nothing is stored; posting sends note_posted."""

from __future__ import annotations

import pytest

from app import signals
from app.auth.models import Role, User
from app.errors import Forbidden, ServiceError
from app.extensions import db
from app.profiles import services
from app.profiles.models import NOTE_MAX, ProfileNote
from tests.conftest import fetch, log_in, row_count, send


def post(app, author: User, owner: User, body: str) -> int:
    with app.app_context():
        note = services.post_note(db.session.get(User, author.id),
                                  db.session.get(User, owner.id), body)
        db.session.commit()
        return note.id


def delete(app, actor: User, note_id: int) -> None:
    with app.app_context():
        services.delete_note(db.session.get(User, actor.id), services.get_note(note_id))
        db.session.commit()


def test_a_note_is_stored_stripped_and_announced(app, make_user):
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    heard = []

    def listener(note, **_):
        heard.append((note.board_user_id, note.author_id, note.body, note.id is not None))

    with signals.note_posted.connected_to(listener):
        note_id = post(app, marcus, priya, "  Thanks for the pricing help!\r\nSee you Monday.  ")
    note = fetch(app, ProfileNote, id=note_id)
    assert note.body == "Thanks for the pricing help!\nSee you Monday."
    assert (note.board_user_id, note.author_id) == (priya.id, marcus.id)
    assert heard == [(priya.id, marcus.id, note.body, True)]


@pytest.mark.parametrize(("body", "message"), [
    ("", "the note is empty"),
    (" \n\t ", "the note is empty"),
    ("x" * (NOTE_MAX + 1), f"at most {NOTE_MAX} characters"),
])
def test_a_bad_note_is_refused_and_nothing_is_stored(app, make_user, body, message):
    priya, marcus = make_user(), make_user()
    heard = []
    with signals.note_posted.connected_to(lambda note, **_: heard.append(note)), \
            pytest.raises(ServiceError, match=message) as refused:
        post(app, marcus, priya, body)
    assert refused.value.field == "body"
    assert row_count(app, ProfileNote) == 0 and heard == []


def test_a_note_of_exactly_the_maximum_is_kept(app, make_user):
    priya, marcus = make_user(), make_user()
    note_id = post(app, marcus, priya, "x" * NOTE_MAX)
    assert len(fetch(app, ProfileNote, id=note_id).body) == NOTE_MAX


def test_the_owner_and_the_author_delete_nobody_else(app, make_user):
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    outsider, admin = make_user(), make_user(role=Role.ADMIN)
    first, second = post(app, marcus, priya, "First."), post(app, marcus, priya, "Second.")
    for stranger in (outsider, admin):
        with pytest.raises(Forbidden):
            delete(app, stranger, first)
    assert row_count(app, ProfileNote) == 2
    delete(app, priya, first)  # the board's owner
    delete(app, marcus, second)  # the note's author
    assert row_count(app, ProfileNote) == 0
    with pytest.raises(ServiceError, match="no such note"):
        delete(app, marcus, second)


# ---------------------------------------------------------------- the pages


def test_posting_on_a_board_from_the_profile(client, make_user, login):
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    login(marcus)
    response = send(client, f"/people/{priya.id}/board",
                    {"body": "<script>alert('hi')</script> Great call today."})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/people/{priya.id}#board"
    page = client.get(f"/people/{priya.id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; Great call today." in page
    assert "<script>alert" not in page
    assert "Note board <small>(1)</small>" in page


@pytest.mark.parametrize(("body", "message"), [
    ("   ", "Write something first: the note is empty."),
    ("x" * (NOTE_MAX + 1), f"A note can have at most {NOTE_MAX} characters; this one has 501."),
])
def test_a_bad_note_shows_the_board_with_a_422(client, make_user, login, body, message):
    priya = make_user()
    login(make_user())
    response = send(client, f"/people/{priya.id}/board", {"body": body})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert row_count(client.application, ProfileNote) == 0


def test_a_note_without_the_csrf_token_is_refused(client, make_user, login):
    priya = make_user()
    login(make_user())
    response = client.post(f"/people/{priya.id}/board", data={"body": "Hello"})
    assert response.status_code == 400
    assert row_count(client.application, ProfileNote) == 0


def test_the_board_is_newest_first_and_paginated(make_app, make_user):
    app = make_app(PAGE_SIZE=3)
    client = app.test_client()
    priya, marcus = make_user("Priya Raman"), make_user("Marcus Lee")
    for n in range(7):
        post(app, marcus, priya, f"Note number {n}.")
    log_in(client, marcus.email)
    profile = client.get(f"/people/{priya.id}").get_data(as_text=True)
    assert "Note number 6." in profile and "Note number 2." in profile
    assert "Note number 1." not in profile and f'href="/people/{priya.id}/board">All 7' in profile
    first = client.get(f"/people/{priya.id}/board").get_data(as_text=True)
    assert first.index("Note number 6.") < first.index("Note number 4.")
    assert "Note number 3." not in first and "Page 1 of 3" in first
    assert "Note number 0." in client.get(f"/people/{priya.id}/board?page=3").get_data(
        as_text=True)


def client_of(app, user: User):
    """A browser of its own, logged in as `user`."""
    browser = app.test_client()
    log_in(browser, user.email)
    return browser


def test_delete_buttons_and_who_may_use_them(app, make_user):
    priya, marcus, outsider = make_user("Priya Raman"), make_user("Marcus Lee"), make_user()
    note_id = post(app, marcus, priya, "Thanks!")
    browser = client_of(app, outsider)
    assert f"/people/notes/{note_id}/delete" not in browser.get(
        f"/people/{priya.id}").get_data(as_text=True)
    assert send(browser, f"/people/notes/{note_id}/delete").status_code == 403
    assert row_count(app, ProfileNote) == 1
    assert send(browser, "/people/notes/9999/delete").status_code == 404

    browser = client_of(app, marcus)
    assert f"/people/notes/{note_id}/delete" in browser.get(
        f"/people/{priya.id}").get_data(as_text=True)
    assert browser.post(f"/people/notes/{note_id}/delete").status_code == 400  # no CSRF token
    assert row_count(app, ProfileNote) == 1
    response = send(browser, f"/people/notes/{note_id}/delete",
                    {"next": f"/people/{priya.id}/board"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/people/{priya.id}/board"
    assert row_count(app, ProfileNote) == 0

    other_id = post(app, marcus, priya, "Another one.")
    response = send(client_of(app, priya), f"/people/notes/{other_id}/delete",
                    {"next": "https://evil.example"})
    assert response.headers["Location"] == f"/people/{priya.id}#board"
    assert row_count(app, ProfileNote) == 0


def test_no_board_for_nobody(client, make_user, login):
    login(make_user())
    assert client.get("/people/9999/board").status_code == 404
    assert send(client, "/people/9999/board", {"body": "Hello"}).status_code == 404
    assert row_count(client.application, ProfileNote) == 0
