"""Two real eventlet servers on two ports, sharing the database and Redis (SOCKETIO_MESSAGE_QUEUE),
and a python-socketio client on each: a message, a typing event, a read marker and a presence
change made on one server reach the client on the other."""

from __future__ import annotations

import re
import threading
import time

import pytest

from app.demo import data
from tests.live_server import start_server_pair
from tests.test_live_server import connect

SOFIA, JONAH, DANIEL = data.PEOPLE[2]["email"], data.PEOPLE[3]["email"], data.PEOPLE[1]["email"]


@pytest.fixture(scope="module")
def servers(live_workdir, redis_url):
    queue = redis_url
    workdir = live_workdir("two-servers")
    env = {"SOCKETIO_MESSAGE_QUEUE": queue, "RATELIMIT_STORAGE_URI": queue,
           "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute"}
    first, second = start_server_pair(workdir, **env)
    yield first, second
    first.stop()
    second.stop()


def _form(session, url: str, page: str, action: str, fields: dict) -> str:
    """Send a form as the browser would; where it redirects to."""
    html = session.get(url + page, timeout=10).text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    response = session.post(url + action, data={"csrf_token": token, **fields},
                            allow_redirects=False, timeout=10)
    assert response.status_code == 302, response.text
    return response.headers["Location"]


class Inbox:
    """What a client received, by event name, with a wait."""

    def __init__(self):
        self.events: list[tuple[str, dict]] = []
        self.arrived = threading.Condition()

    def handler(self, name: str):
        def record(payload):
            with self.arrived:
                self.events.append((name, payload))
                self.arrived.notify_all()
        return record

    def wait_for(self, name: str, match=lambda payload: True, timeout: float = 10) -> dict:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                for event, payload in self.events:
                    if event == name and match(payload):
                        return payload
                left = deadline - time.monotonic()
                assert left > 0, f"no {name} within {timeout} s; got {self.events}"
                self.arrived.wait(left)


def _client(server, session, inbox: Inbox, *names: str):
    return connect(server, ["websocket"], session,
                   **{name: inbox.handler(name) for name in names})


def test_a_message_typing_reading_and_presence_cross_between_processes(servers):
    first, second = servers
    sofia, jonah = first.login(SOFIA), second.login(JONAH)
    created = _form(sofia, first.url, "/chat/new", "/chat/new",
                    {"name": "two-servers", "kind": "public"})
    channel_id = int(created.rstrip("/").rsplit("/", 1)[1])
    _form(jonah, second.url, "/chat/browse", f"/chat/{channel_id}/join", {})

    on_first, on_second = Inbox(), Inbox()
    names = ("chat_message", "chat_typing", "chat_read", "presence", "chat_error")
    writer = _client(first, sofia, on_first, *names)
    reader = _client(second, jonah, on_second, *names)
    try:
        writer.emit("chat_typing", {"channel_id": channel_id})
        typing = on_second.wait_for("chat_typing")
        assert typing["user"]["name"] == data.PEOPLE[2]["name"]

        ack = writer.call("chat_send", {"channel_id": channel_id, "body": "Across **servers**"},
                          timeout=10)
        sent = ack["message"]
        got = on_second.wait_for("chat_message", lambda m: m["id"] == sent["id"])
        assert got["html"] == "<p>Across <strong>servers</strong></p>\n"

        # Jonah reads it in a tab served by the first server; his tab on the second hears it.
        other_tab = _client(first, jonah, Inbox())
        other_tab.emit("chat_read", {"channel_id": channel_id, "message_id": sent["id"]})
        read = on_second.wait_for("chat_read")
        assert read == {"channel_id": channel_id, "last_read_id": sent["id"], "unread": 0}
        other_tab.disconnect()

        # Daniel comes online on the first server and leaves: the second server's client sees
        # both (leaving after the grace period that covers page changes).
        daniel = first.login(DANIEL)
        page = daniel.get(first.url + "/", timeout=10).text
        daniel_id = int(page.split('data-user="', 1)[1].split('"', 1)[0])
        visitor = _client(first, daniel, Inbox())
        on_second.wait_for("presence", lambda p: p == {"user_id": daniel_id, "online": True})
        visitor.disconnect()
        on_second.wait_for("presence", lambda p: p == {"user_id": daniel_id, "online": False},
                           timeout=15)
        assert not [e for e in on_first.events + on_second.events if e[0] == "chat_error"]
    finally:
        writer.disconnect()
        reader.disconnect()


def _channel(session, server, name: str, kind: str) -> int:
    created = _form(session, server.url, "/chat/new", "/chat/new", {"name": name, "kind": kind})
    return int(created.rstrip("/").rsplit("/", 1)[1])


def _user_id(session, server) -> int:
    page = session.get(server.url + "/", timeout=10).text
    return int(page.split('data-user="', 1)[1].split('"', 1)[0])


def _jonah_in_two_channels(servers, prefix: str):
    """Sofia (logged in on the first server) makes a private channel and invites Jonah, and a
    public marker channel that Jonah (on the second) joins: (sofia, jonah, Jonah's id, the
    private channel's id, the marker's)."""
    first, second = servers
    sofia, jonah = first.login(SOFIA), second.login(JONAH)
    jonah_id = _user_id(jonah, second)
    private = _channel(sofia, first, f"{prefix}-private", "private")
    marker = _channel(sofia, first, f"{prefix}-marker", "public")
    _form(sofia, first.url, f"/chat/{private}", f"/chat/{private}/invite",
          {"people": "@" + JONAH.split("@")[0]})
    _form(jonah, second.url, "/chat/browse", f"/chat/{marker}/join", {})
    return sofia, jonah, jonah_id, private, marker


def test_a_member_removed_on_one_server_hears_nothing_more_on_the_other(servers):
    first, second = servers
    sofia, jonah, jonah_id, private, marker = _jonah_in_two_channels(servers, "two-servers")
    inbox = Inbox()
    reader = _client(second, jonah, inbox, "chat_message", "chat_left")
    writer = _client(first, sofia, Inbox())
    try:
        writer.call("chat_send", {"channel_id": private, "body": "Before"}, timeout=10)
        inbox.wait_for("chat_message", lambda m: m["body"] == "Before")

        _form(sofia, first.url, f"/chat/{private}",
              f"/chat/{private}/members/{jonah_id}/remove", {})
        inbox.wait_for("chat_left", lambda p: p == {"channel_id": private})
        writer.call("chat_send", {"channel_id": private, "body": "After"}, timeout=10)
        # The marker goes out after "After", through the same queue: once it has arrived,
        # "After" would have too.
        writer.call("chat_send", {"channel_id": marker, "body": "Marker"}, timeout=10)
        inbox.wait_for("chat_message", lambda m: m["body"] == "Marker")
        assert [p["body"] for name, p in inbox.events if name == "chat_message"] == [
            "Before", "Marker"]
    finally:
        writer.disconnect()
        reader.disconnect()


def test_logging_out_everywhere_on_one_server_closes_the_sockets_on_the_other(servers):
    first, second = servers
    on_first, on_second = first.login(JONAH), second.login(JONAH)
    closed = threading.Event()
    socket = connect(second, ["websocket"], on_second, disconnect=lambda *_: closed.set())
    try:
        assert socket.connected
        _form(on_first, first.url, "/auth/account", "/auth/logout-everywhere", {})
        assert closed.wait(10), "the socket on the other server is still open"
        assert on_second.get(second.url + "/", allow_redirects=False,
                             timeout=10).status_code == 302
    finally:
        if socket.connected:
            socket.disconnect()
