"""Bad chat events from a real python-socketio client against the real server (eventlet, as
`make run` serves it): each is refused with a chat_error event and changes nothing, an oversized
packet closes only its own connection, and the server keeps serving everyone else."""

from __future__ import annotations

import threading

import pytest
import socketio

from app.demo import data
from tests.live_server import start_live_server
from tests.test_live_server import connect

SOFIA, JONAH = data.PEOPLE[2]["email"], data.PEOPLE[3]["email"]


@pytest.fixture(scope="module")
def server(live_workdir):
    live = start_live_server(live_workdir("chat-live"),
                             CHAT_MESSAGE_RATE_LIMIT="5 per minute",
                             LOGIN_LIMIT_PER_ADDRESS="1000 per minute")
    yield live
    live.stop()


class Errors:
    def __init__(self):
        self.items: list[dict] = []
        self.arrived = threading.Event()

    def __call__(self, payload):
        self.items.append(payload)
        self.arrived.set()


def _channel(server, session, name: str, kind: str = "public") -> int:
    import re

    page = session.get(f"{server.url}/chat/new", timeout=10).text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = session.post(f"{server.url}/chat/new", allow_redirects=False, timeout=10,
                            data={"csrf_token": token, "name": name, "kind": kind})
    assert response.status_code == 302, response.text
    return int(response.headers["Location"].rstrip("/").rsplit("/", 1)[1])


def _history(server, session, channel_id: int) -> list[str]:
    response = session.get(f"{server.url}/chat/{channel_id}/messages", timeout=10)
    return [m["body"] for m in response.json()["messages"]]


def test_bad_events_are_refused_and_the_server_keeps_serving(server):
    sofia, jonah = server.login(SOFIA), server.login(JONAH)
    public = _channel(server, sofia, "real-client")
    private = _channel(server, sofia, "real-private", "private")
    errors = Errors()
    outsider = connect(server, ["websocket"], jonah, chat_error=errors)
    try:
        bad = [
            ("chat_send", {"channel_id": private, "body": "Let me in"}),  # not a member
            ("chat_subscribe", {"channel_id": private}),
            ("chat_send", {"channel_id": public, "body": "Not joined yet"}),
            ("chat_send", {"channel_id": public, "body": ""}),
            ("chat_send", {"channel_id": "1", "body": "Wrong type"}),
            ("chat_send", {"channel_id": public}),
            ("chat_send", {"channel_id": public, "body": ["x"] * 1000}),
            ("chat_send", "not an object"),
            ("chat_edit", {"message_id": 1, "body": "Someone else's"}),
        ]
        for event, payload in bad:
            ack = outsider.call(event, payload, timeout=10)
            assert "error" in ack, (event, payload)
        assert len(errors.items) == len(bad)
        assert outsider.connected
        assert _history(server, sofia, public) == []
    finally:
        outsider.disconnect()

    # A packet over the size limit closes that connection only.
    writer = connect(server, ["websocket"], sofia)
    flooder = connect(server, ["websocket"], sofia)
    try:
        with pytest.raises(socketio.exceptions.SocketIOError):
            flooder.call("chat_send", {"channel_id": public, "body": "x" * 200_000}, timeout=5)
        # The rate limit: 5 a minute per person and channel.
        acks = [writer.call("chat_send", {"channel_id": public, "body": f"Hello {n}"},
                            timeout=10) for n in range(7)]
        assert ["message" in ack for ack in acks] == [True] * 5 + [False] * 2
        assert acks[-1]["error"]["message"].startswith("Slow down")
        assert _history(server, sofia, public) == [f"Hello {n}" for n in range(5)]
    finally:
        writer.disconnect()
        if flooder.connected:
            flooder.disconnect()
