"""Rooms follow membership (issue 28): a person who leaves a channel, is removed from it, or
is no longer allowed to read it (the channel made private), and a person whose login session
ends, receives nothing more from it on any socket already open. Flask-SocketIO's test client,
in one process; tests/chat/test_two_processes.py does the same across two real servers."""

from __future__ import annotations

import time

from app.auth.models import User
from app.chat import services
from app.chat.models import Channel
from app.extensions import db, socketio
from tests.chat.conftest import received
from tests.conftest import csrf_token, log_in


def closed(socket, within: float = 5) -> None:
    """Wait for the server to close `socket` (it does so in a task of its own)."""
    deadline = time.monotonic() + within
    while socket.is_connected():
        assert time.monotonic() < deadline, "the socket is still open"
        time.sleep(0.02)


def _messages(socket) -> list[str]:
    return [m["body"] for _, m in received(socket, "chat_message")]


def test_a_member_who_leaves_a_private_channel_hears_nothing_more(app, make_user, chat,
                                                                    socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    chat.invite(maya, channel, sam)
    sams_phone, sams_laptop = socket_for(sam), socket_for(sam)
    chat.post(maya, channel, "Quarter looks soft")
    assert _messages(sams_phone) == _messages(sams_laptop) == ["Quarter looks soft"]
    with app.app_context():
        services.leave(db.session.get(User, sam.id), db.session.get(Channel, channel))
        db.session.commit()
    chat.post(maya, channel, "Cutting two heads in EMEA")
    assert _messages(sams_phone) == _messages(sams_laptop) == []
    assert sams_phone.is_connected()


def test_a_member_removed_hears_nothing_more(app, make_user, chat, socket_for, login):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    chat.invite(maya, channel, sam)
    sams = socket_for(sam)
    browser = login(maya)
    response = browser.post(f"/chat/{channel}/members/{sam.id}/remove",
                            data={"csrf_token": csrf_token(browser, f"/chat/{channel}")})
    assert response.status_code == 302
    assert ("chat_left", {"channel_id": channel}) in received(sams, "chat_left")
    chat.post(maya, channel, "Now that Sam is gone")
    assert _messages(sams) == []
    assert browser.get(f"/chat/{channel}").status_code == 200
    sams_browser = app.test_client()
    log_in(sams_browser, sam.email)
    assert sams_browser.get(f"/chat/{channel}").status_code == 404


def test_only_the_creator_and_managers_remove_people(app, make_user, chat, login):
    maya, sam, ola = make_user(), make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    chat.join(ola, channel)
    browser = login(sam)
    response = browser.post(f"/chat/{channel}/members/{ola.id}/remove",
                            data={"csrf_token": csrf_token(browser, f"/chat/{channel}")})
    assert response.status_code == 403
    with app.app_context():
        assert services.members(db.session.get(Channel, channel)).total == 3


def test_a_channel_made_private_stops_reaching_those_not_in_it(app, make_user, chat,
                                                                socket_for, login):
    from app.auth.models import Role

    daniel = make_user(role=Role.MANAGER)
    maya, watcher = make_user(), make_user()
    channel = chat.channel(maya, "pricing-desk")
    chat.join(daniel, channel)
    member, outsider = socket_for(maya), socket_for(watcher)
    assert outsider.emit("chat_subscribe", {"channel_id": channel}, callback=True) == {"ok": True}
    chat.post(daniel, channel, "Public so far")
    assert _messages(outsider) == ["Public so far"] == _messages(member)
    browser = login(daniel)
    response = browser.post(f"/chat/{channel}/privacy", data={
        "private": "1", "csrf_token": csrf_token(browser, f"/chat/{channel}")})
    assert response.status_code == 302
    chat.post(daniel, channel, "Members only from here")
    assert _messages(outsider) == []
    assert _messages(member) == ["Members only from here"]
    ack = outsider.emit("chat_subscribe", {"channel_id": channel}, callback=True)
    assert ack["error"]["message"].startswith("There is no such channel")


def test_making_a_channel_private_is_for_managers(app, make_user, chat, login):
    maya = make_user()
    channel = chat.channel(maya, "pricing-desk")
    browser = login(maya)
    for private, status in (("1", 403), ("yes", 422)):
        response = browser.post(f"/chat/{channel}/privacy", data={
            "private": private, "csrf_token": csrf_token(browser, f"/chat/{channel}")})
        assert response.status_code == status
    with app.app_context():
        assert db.session.get(Channel, channel).kind == "public"


def test_logging_out_closes_that_browsers_sockets_only(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    chat.invite(maya, channel, sam)
    phone, laptop = socket_for(sam), socket_for(sam)
    phone.browser.post("/auth/logout", data={"csrf_token": csrf_token(phone.browser, "/")})
    closed(phone)
    assert laptop.is_connected()
    chat.post(maya, channel, "Still for the laptop")
    assert _messages(laptop) == ["Still for the laptop"]
    # The page's reconnection, with the cookies the phone still has, is refused.
    again = socketio.test_client(app, flask_test_client=phone.browser)
    assert not again.is_connected()


def test_every_way_an_account_loses_its_sessions_closes_its_sockets(app, make_user, chat,
                                                                     socket_for):
    from app.auth import services as accounts
    from app.auth.models import Role

    admin = make_user(role=Role.ADMIN)
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    chat.invite(maya, channel, sam)
    for change in (lambda a, s: accounts.log_out_everywhere(s),
                   lambda a, s: accounts.set_role(a, s, Role.MANAGER),
                   lambda a, s: accounts.set_active(a, s, False)):
        sockets = [socket_for(sam), socket_for(sam)]
        with app.app_context():
            change(db.session.get(User, admin.id), db.session.get(User, sam.id))
            db.session.commit()
        for socket in sockets:
            closed(socket)
