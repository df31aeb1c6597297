"""Two real eventlet servers sharing a Redis of the test's own (the Socket.IO message queue and
the rate limits), which the test kills or freezes (issue 29): requests answer at once, nothing is
stored twice, every page hears that live updates paused and resumed, and what was said meanwhile
is there for it to fetch; a member removed meanwhile hears nothing more once Redis is back."""

from __future__ import annotations

import re
import sqlite3
import time

import pytest
import sqlalchemy as sa

from app.demo import data
from tests.chat.test_two_processes import (
    Inbox,
    _channel,
    _client,
    _form,
    _jonah_in_two_channels,
)
from tests.live_server import start_server_pair

SOFIA, JONAH = data.PEOPLE[2]["email"], data.PEOPLE[3]["email"]


@pytest.fixture
def servers(live_workdir, redis_process):
    env = {"SOCKETIO_MESSAGE_QUEUE": redis_process.url,
           "RATELIMIT_STORAGE_URI": redis_process.url,
           "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute", "MESSAGE_QUEUE_RETRY": "0.2"}
    first, second = start_server_pair(live_workdir("queue-outage"), **env)
    yield first, second
    first.stop()
    second.stop()


def _within_a_second(call):
    began = time.monotonic()
    result = call()
    took = time.monotonic() - began
    assert took < 1.0, f"took {took:.2f} s"
    return result


def _sql(server, statement: str, *parameters):
    """One value read from the servers' database (SQLite)."""
    connection = sqlite3.connect(sa.make_url(server.database_url).database)
    try:
        return connection.execute(statement, parameters).fetchone()[0]
    finally:
        connection.close()


def _someone_elses_question(server, email: str) -> int:
    return _sql(server, "SELECT id FROM posts WHERE kind = 'question' AND deleted_at IS NULL "
                "AND author_id <> (SELECT id FROM users WHERE email = ?) ORDER BY id LIMIT 1",
                email)


def _bodies(session, server, channel_id: int, after: int) -> list[str]:
    """What the chat page fetches when it resyncs (chat.js)."""
    page = session.get(f"{server.url}/chat/{channel_id}/messages",
                       params={"after": after}, timeout=10).json()
    return [message["body"] for message in page["messages"]]


@pytest.mark.parametrize("how", ["killed", "frozen"])
def test_requests_answer_and_pages_resync_while_redis_is_down(servers, redis_process, how):
    first, second = servers
    sofia, jonah = first.login(SOFIA), second.login(JONAH)
    public = _channel(sofia, first, f"queue-{how}", "public")
    _form(jonah, second.url, "/chat/browse", f"/chat/{public}/join", {})
    on_first, on_second = Inbox(), Inbox()
    writer = _client(first, sofia, on_first, "chat_message", "live")
    reader = _client(second, jonah, on_second, "chat_message", "live")
    question = _someone_elses_question(first, SOFIA)
    try:
        before = writer.call("chat_send", {"channel_id": public, "body": "Before"},
                             timeout=10)["message"]["id"]
        on_second.wait_for("chat_message", lambda m: m["id"] == before)

        redis_process.kill() if how == "killed" else redis_process.freeze()
        for n in (1, 2):
            ack = _within_a_second(lambda n=n: writer.call(
                "chat_send", {"channel_id": public, "body": f"During {n}"}, timeout=10))
            assert "message" in ack, ack
        token = re.search(r'name="csrf_token" value="([^"]+)"|name="csrf_token" type="hidden" '
                          r'value="([^"]+)"', sofia.get(f"{first.url}/questions/{question}",
                                                        timeout=10).text)
        vote = _within_a_second(lambda: sofia.post(
            f"{first.url}/posts/{question}/vote", timeout=10,
            data={"value": "up", "csrf_token": token.group(1) or token.group(2)},
            headers={"Accept": "application/json"}))
        assert vote.status_code == 200, vote.text
        assert _sql(first, "SELECT count(*) FROM votes WHERE post_id = ? AND voter_id = "
                    "(SELECT id FROM users WHERE email = ?)", question, SOFIA) == 1
        _within_a_second(lambda: first.login(JONAH))
        # A page opening meanwhile connects (its connection announces presence) at once.
        _within_a_second(lambda: _client(first, first.login(JONAH), Inbox())).disconnect()
        assert _within_a_second(lambda: jonah.get(second.url + "/api/v1/questions",
                                                  timeout=10)).status_code == 200
        # The writer's process could not publish: its pages hear that live updates paused.
        assert on_first.wait_for("live", lambda p: p["state"] == "paused", timeout=5)

        redis_process.start() if how == "killed" else redis_process.thaw()
        # Every open page, on either process, hears that live updates resumed ...
        on_second.wait_for("live", lambda p: p["state"] == "resumed", timeout=10)
        on_first.wait_for("live", lambda p: p["state"] == "resumed", timeout=10)
        # ... and fetches what it missed: each message once, in order.
        assert _bodies(jonah, second, public, before) == ["During 1", "During 2"]
        after = writer.call("chat_send", {"channel_id": public, "body": "After"}, timeout=10)
        on_second.wait_for("chat_message", lambda m: m["id"] == after["message"]["id"])
    finally:
        writer.disconnect()
        reader.disconnect()


def test_a_member_removed_while_redis_is_down_hears_nothing_once_it_is_back(servers,
                                                                           redis_process):
    first, second = servers
    sofia, jonah, jonah_id, private, marker = _jonah_in_two_channels(servers, "queue")
    inbox = Inbox()
    reader = _client(second, jonah, inbox, "chat_message")
    writer = _client(first, sofia, Inbox())
    try:
        writer.call("chat_send", {"channel_id": private, "body": "Before"}, timeout=10)
        inbox.wait_for("chat_message", lambda m: m["body"] == "Before")

        redis_process.kill()
        # Removed on the first process: taking his connection on the second out of the room
        # must wait for Redis, not be dropped.
        _within_a_second(lambda: _form(sofia, first.url, f"/chat/{private}",
                                       f"/chat/{private}/members/{jonah_id}/remove", {}))
        redis_process.start()
        # Once a message crosses again, the queue carries between the processes ...
        deadline = time.monotonic() + 30
        while not [p for name, p in inbox.events if name == "chat_message"
                   and p["body"].startswith("Probe")]:
            assert time.monotonic() < deadline, "nothing crossed after Redis came back"
            writer.call("chat_send", {"channel_id": marker, "body": "Probe"}, timeout=10)
            time.sleep(0.5)
        # ... and what the private channel says next is not for him.
        writer.call("chat_send", {"channel_id": private, "body": "Secret"}, timeout=10)
        writer.call("chat_send", {"channel_id": marker, "body": "Marker"}, timeout=10)
        inbox.wait_for("chat_message", lambda m: m["body"] == "Marker", timeout=10)
        heard = [p["body"] for name, p in inbox.events if name == "chat_message"]
        assert "Secret" not in heard, heard
    finally:
        writer.disconnect()
        reader.disconnect()
