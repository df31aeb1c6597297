"""Chat over Socket.IO (Flask-SocketIO's test client, one per person): live messages, edits,
typing and read markers reach the right people only; every bad event is refused with a
chat_error event, changes nothing, and the connection keeps serving."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.chat.models import Message
from app.extensions import db, socketio
from app.security import NOT_UNICODE
from tests.chat.conftest import received
from tests.conftest import bearer


def _nested(depth: int) -> list:
    value: list = []
    for _ in range(depth - 1):
        value = [value]
    return value


def _messages(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Message))


def test_anonymous_sockets_are_refused(app):
    assert not socketio.test_client(app, flask_test_client=app.test_client()).is_connected()


def test_a_message_reaches_every_member_after_it_is_saved(app, make_user, chat, socket_for):
    maya, sam, ola = make_user(), make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    mine, theirs, outsider = socket_for(maya), socket_for(sam), socket_for(ola)
    ack = mine.emit("chat_send", {"channel_id": channel, "body": "**Net 60** approved"},
                    callback=True)
    assert ack["message"]["html"] == "<p><strong>Net 60</strong> approved</p>\n"
    with app.app_context():
        saved = db.session.get(Message, ack["message"]["id"])
        assert saved.body == "**Net 60** approved"
    [(_, message)] = received(theirs, "chat_message")
    assert message["id"] == ack["message"]["id"] and message["author"]["id"] == maya.id
    assert received(outsider, "chat_message") == []  # not a member, not watching


def test_a_public_channel_can_be_watched_before_joining(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "competitive")
    watcher = socket_for(sam)
    assert watcher.emit("chat_subscribe", {"channel_id": channel}, callback=True) == {"ok": True}
    chat.post(maya, channel, "Acme cut prices again")
    assert [m["html"] for _, m in received(watcher, "chat_message")] == [
        "<p>Acme cut prices again</p>\n"]
    # ...but writing needs joining.
    ack = watcher.emit("chat_send", {"channel_id": channel, "body": "Noted"}, callback=True)
    assert "Join #competitive" in ack["error"]["message"]


def test_a_private_channel_cannot_be_watched_by_outsiders(app, make_user, chat, socket_for):
    maya, ola = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    outsider = socket_for(ola)
    ack = outsider.emit("chat_subscribe", {"channel_id": channel}, callback=True)
    assert ack["error"]["message"].startswith("There is no such channel")
    assert received(outsider, "chat_error")[0][1]["event"] == "chat_subscribe"
    chat.post(maya, channel, "Quarter looks soft")
    assert received(outsider, "chat_message") == []


def test_a_new_member_is_told_to_subscribe(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "leadership", "private")
    theirs = socket_for(sam)
    chat.invite(maya, channel, sam)
    assert received(theirs, "chat_joined") == [("chat_joined", {"channel_id": channel})]
    theirs.emit("chat_subscribe", {"channel_id": channel})
    chat.post(maya, channel, "Welcome")
    assert len(received(theirs, "chat_message")) == 1


def test_edits_and_deletes_are_shown_live(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    mine, theirs = socket_for(maya), socket_for(sam)
    message = chat.post(maya, channel, "Quote expires Friday")
    received(theirs)
    assert mine.emit("chat_edit", {"message_id": message, "body": "Quote expires Monday"},
                     callback=True) == {"ok": True}
    assert mine.emit("chat_delete", {"message_id": message}, callback=True) == {"ok": True}
    changes = [m for _, m in received(theirs, "chat_message_changed")]
    assert [(c["html"], c["edited"], c["deleted"]) for c in changes] == [
        ("<p>Quote expires Monday</p>\n", True, False), ("", True, True)]


def test_typing_reaches_the_others_in_the_channel_not_oneself(app, make_user, chat,
                                                              socket_for):
    maya, sam, ola = make_user(name="Maya"), make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    mine, theirs, outsider = socket_for(maya), socket_for(sam), socket_for(ola)
    mine.emit("chat_typing", {"channel_id": channel})
    assert received(theirs, "chat_typing") == [("chat_typing", {
        "channel_id": channel, "parent_id": None, "user": {"id": maya.id, "name": "Maya"}})]
    assert received(mine, "chat_typing") == [] and received(outsider, "chat_typing") == []


def test_reading_moves_the_marker_and_tells_ones_other_tabs(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    message = chat.post(maya, channel, "Read me")
    tab, other_tab = socket_for(sam), socket_for(sam)
    tab.emit("chat_read", {"channel_id": channel, "message_id": message})
    assert received(other_tab, "chat_read") == [
        ("chat_read", {"channel_id": channel, "last_read_id": message, "unread": 0})]


@pytest.mark.parametrize("event, payload, field", [
    ("chat_send", None, None),
    ("chat_send", "hello", None),
    ("chat_send", [1, 2, 3], None),
    ("chat_send", {"channel_id": "1", "body": "Hi"}, "channel_id"),
    ("chat_send", {"channel_id": True, "body": "Hi"}, "channel_id"),
    ("chat_send", {"body": "Hi"}, "channel_id"),
    ("chat_send", {"channel_id": 1}, "body"),
    ("chat_send", {"channel_id": 1, "body": ["Hi"] * 10_000}, "body"),
    ("chat_send", {"channel_id": 1, "body": ""}, "body"),
    ("chat_send", {"channel_id": 1, "body": "x" * 10_241}, "body"),
    ("chat_send", {"channel_id": 1, "body": "Hi", "admin": True}, "admin"),
    ("chat_send", {"channel_id": 1, "body": "Hi\x00there"}, None),  # no column keeps a NUL
    ("chat_send", {"channel_id": 1, "body": _nested(60)}, None),  # lists 60 deep
    ("chat_send", {"channel_id": 1, "body": "Hi", "parent_id": 999}, None),
    ("chat_send", {"channel_id": 999, "body": "Hi"}, None),
    ("chat_edit", {"message_id": 1, "body": 5}, "body"),
    ("chat_delete", {"message_id": {"$gt": 0}}, "message_id"),
    ("chat_typing", {"channel_id": None}, "channel_id"),
    ("chat_read", {"channel_id": 1, "message_id": -1}, "message_id"),
    ("chat_read", {"channel_id": 1, "message_id": 10**30}, "message_id"),
    ("chat_send", {"channel_id": 2**63, "body": "Hi"}, None),
    ("chat_subscribe", {f"k{n}": n for n in range(50)}, None),
])
def test_a_malformed_event_is_refused_and_changes_nothing(app, make_user, chat, socket_for,
                                                          event, payload, field):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    assert channel == 1
    socket = socket_for(maya)
    before = _messages(app)
    ack = socket.emit(event, payload, callback=True)
    assert ack["error"]["event"] == event and ack["error"]["message"]
    assert ack["error"]["field"] == field
    assert received(socket, "chat_error") == [("chat_error", ack["error"])]
    assert _messages(app) == before
    # The connection keeps serving.
    assert "message" in socket.emit("chat_send", {"channel_id": channel, "body": "Still here"},
                                    callback=True)


@pytest.mark.parametrize("event, payload", [
    ("chat_send", lambda channel, _: {"channel_id": channel, "body": "Numbers by \ud800 Friday"}),
    ("chat_send", lambda channel, _: {"channel_id": channel, "body": "Hi", "\udfff": "x"}),
    ("chat_edit", lambda _, message: {"message_id": message, "body": "Numbers by Monday \udc00"}),
])
def test_text_that_is_not_unicode_is_refused_and_changes_nothing(app, make_user, chat,
                                                                 socket_for, caplog, event,
                                                                 payload):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    message = chat.post(maya, channel, "Numbers by Friday")
    socket = socket_for(maya)
    ack = socket.emit(event, payload(channel, message), callback=True)
    assert ack["error"]["message"] == NOT_UNICODE  # a refusal, not "something went wrong"
    assert received(socket, "chat_error") == [("chat_error", ack["error"])]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert _messages(app) == 1 and chat.message(message)["body"] == "Numbers by Friday"


def _emit_raw(socket, packet: str):
    """Send a Socket.IO packet as a client's bytes would be, and return the acknowledgement:
    what the test client's emit does, for payloads its own encoder cannot write (json.dumps
    gives up at the depth Python's parser does)."""
    socket.socketio.server._handle_eio_message(socket.eio_sid, packet)
    ack, socket.acks = socket.acks, None
    return ack["args"][0]


@pytest.mark.parametrize("arguments", [
    '{"channel_id":1,"body":' + "[" * 5000 + "]" * 5000 + "}",
    '{"channel_id":1,"body":"Hi","parent_id":' + '{"a":' * 5000 + "1" + "}" * 5000 + "}",
], ids=["5000 lists deep", "5000 objects deep"])
def test_a_payload_too_deep_to_decode_is_refused_and_changes_nothing(app, make_user, chat,
                                                                    socket_for, arguments):
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    socket = socket_for(maya)
    ack = _emit_raw(socket, '21["chat_send",' + arguments + "]")
    assert ack["error"] == {"event": "chat_send", "field": None,
                            "message": "Lists and objects may be nested at most 50 levels deep."}
    assert received(socket, "chat_error") == [("chat_error", ack["error"])]
    assert _messages(app) == 0
    assert "message" in socket.emit("chat_send", {"channel_id": channel, "body": "Still here"},
                                    callback=True)


def test_someone_elses_message_cannot_be_edited_or_deleted(app, make_user, chat, socket_for):
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    message = chat.post(maya, channel, "Mine")
    theirs = socket_for(sam)
    for event, payload in (("chat_edit", {"message_id": message, "body": "Ours"}),
                           ("chat_delete", {"message_id": message})):
        ack = theirs.emit(event, payload, callback=True)
        assert ack["error"]["message"].startswith("You can")
    assert chat.message(message)["body"] == "Mine"


def test_a_channel_one_left_or_that_is_archived_takes_no_messages(app, make_user, chat,
                                                                 socket_for):
    from app.auth.models import Role, User
    from app.chat import services
    from app.chat.models import Channel

    maya, boss = make_user(), make_user(role=Role.MANAGER)
    left = chat.channel(maya, "left")
    archived = chat.channel(maya, "archived")
    with app.app_context():
        services.leave(db.session.get(User, maya.id), db.session.get(Channel, left))
        services.archive(db.session.get(User, boss.id), db.session.get(Channel, archived))
        db.session.commit()
    socket = socket_for(maya)
    for channel, message in ((left, "Join #left"), (archived, "archived")):
        ack = socket.emit("chat_send", {"channel_id": channel, "body": "Hello"}, callback=True)
        assert message in ack["error"]["message"]
    assert _messages(app) == 0


def test_flooding_a_channel_is_refused_per_person(app, make_user, chat, socket_for):
    app.config["CHAT_MESSAGE_RATE_LIMIT"] = "3 per minute"
    maya, sam = make_user(), make_user()
    channel = chat.channel(maya, "deal-desk")
    other = chat.channel(maya, "other")
    chat.join(sam, channel)
    mine, theirs = socket_for(maya), socket_for(sam)
    acks = [mine.emit("chat_send", {"channel_id": channel, "body": f"Spam {n}"}, callback=True)
            for n in range(5)]
    assert ["message" in a for a in acks] == [True, True, True, False, False]
    assert acks[-1]["error"]["message"].startswith("Slow down")
    assert _messages(app) == 3
    # Another person, or another channel, is not held back.
    assert "message" in theirs.emit("chat_send", {"channel_id": channel, "body": "Hi"},
                                    callback=True)
    assert "message" in mine.emit("chat_send", {"channel_id": other, "body": "Hi"},
                                  callback=True)


@pytest.mark.parametrize("first", ["socket", "api"])
def test_the_socket_and_the_api_spend_one_budget_per_person_and_channel(
        app, make_user, chat, socket_for, token_for, first):
    app.config["CHAT_MESSAGE_RATE_LIMIT"] = "3 per minute"
    maya = make_user()
    channel = chat.channel(maya, "deal-desk")
    socket, api, token = socket_for(maya), app.test_client(), bearer(token_for(maya))
    path = f"/api/v1/channels/{channel}/messages"

    def by_socket(n):
        ack = socket.emit("chat_send", {"channel_id": channel, "body": f"Socket {n}"},
                          callback=True)
        return "message" in ack, ack

    def by_api(n):
        response = api.post(path, json={"body": f"API {n}"}, headers=token)
        return response.status_code == 201, response

    spend, then = (by_socket, by_api) if first == "socket" else (by_api, by_socket)
    assert [spend(n)[0] for n in range(3)] == [True, True, True]
    sent, refusal = then(3)
    assert not sent
    if then is by_api:
        assert refusal.status_code == 429
        assert int(refusal.headers["Retry-After"]) > 0
        assert refusal.json == {"error": {"code": 429, "fields": {},
                                          "message": refusal.json["error"]["message"]}}
        assert refusal.json["error"]["message"].startswith("Slow down")
    else:
        assert refusal["error"]["message"].startswith("Slow down")
        assert received(socket, "chat_error")[-1] == ("chat_error", refusal["error"])
    assert _messages(app) == 3


def test_a_mention_in_chat_reaches_the_header_count_live(app, make_user, chat, socket_for):
    maya = make_user(name="Maya")
    sam = make_user(name="Sam", email="sam@example.com")
    channel = chat.channel(maya, "deal-desk")
    chat.join(sam, channel)
    theirs = socket_for(sam)
    socket_for(maya).emit("chat_send", {"channel_id": channel, "body": "@sam can you look?"})
    [(_, update)] = received(theirs, "notifications")
    assert update["unread"] == 1
