"""Presence: a person is online while any of their tabs is connected (the rows live in the
database, which every server process shares); coming and going is announced live, once per
person, not once per tab; a connection nobody has heard of for a while stops counting."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import update

from app.auth.models import User, utcnow
from app.chat import services
from app.chat.models import Presence
from app.extensions import db
from tests.chat.conftest import received


def _online(app, *people: User) -> set[int]:
    with app.app_context():
        return services.online_ids([p.id for p in people])


def test_online_across_tabs_and_offline_when_the_last_one_closes(app, make_user, socket_for):
    maya, sam = make_user(), make_user()
    watcher = socket_for(maya)
    assert _online(app, maya, sam) == {maya.id}
    received(watcher)  # its own arrival
    first = socket_for(sam)
    second = socket_for(sam)
    assert _online(app, sam) == {sam.id}
    # Announced once, when the first tab came.
    assert received(watcher, "presence") == [("presence", {"user_id": sam.id, "online": True})]
    first.disconnect()
    assert _online(app, sam) == {sam.id}
    assert received(watcher, "presence") == []
    second.disconnect()
    assert _online(app, sam) == set()
    for _ in range(50):  # announced from a background task once the grace period is over
        news = received(watcher, "presence")
        if news:
            break
        time.sleep(0.05)
    assert news == [("presence", {"user_id": sam.id, "online": False})]


def test_a_connection_not_heard_of_stops_counting_and_here_keeps_it(app, make_user,
                                                                    socket_for):
    sam = make_user()
    socket = socket_for(sam)
    with app.app_context():
        db.session.execute(update(Presence).values(
            seen_at=utcnow() - services.PRESENCE_TIMEOUT - timedelta(seconds=1)))
        db.session.commit()
    assert _online(app, sam) == set()  # its process stopped, as far as anyone can tell
    assert socket.emit("chat_here", {}, callback=True) == {"ok": True}
    assert _online(app, sam) == {sam.id}
    assert "error" in socket.emit("chat_here", {"extra": 1}, callback=True)


def test_the_channel_page_shows_who_is_online(app, client, make_user, login, chat, socket_for):
    maya = make_user(name="Maya")
    sam = make_user(name="Sam")
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    socket_for(sam)
    login(maya)
    page = client.get(f"/chat/{channel}").get_data(as_text=True)
    assert f'<small class="presence is-online" data-presence="{sam.id}">online</small>' in page
    assert f'<small class="presence" data-presence="{maya.id}">away</small>' in page
