"""The real server (eventlet, as `make run` serves it) with a real Socket.IO client."""

import time

import pytest
import socketio
from flask_socketio import SocketIO

from tests.live_server import start_live_server


@pytest.fixture(scope="module")
def server(live_workdir):
    live = start_live_server(live_workdir("live"))
    yield live
    live.stop()


def connect(server, transports, session=None, origin=None, **handlers):
    """A python-socketio client, sending the browser's cookie and Origin on either transport."""
    origin = origin or server.url
    client = socketio.Client(reconnection=False, websocket_extra_options={"origin": origin})
    for event, handler in handlers.items():
        client.on(event, handler)
    headers = {"Origin": origin} if transports == ["polling"] else {}
    if session is not None:
        headers["Cookie"] = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    client.connect(server.url, headers=headers, transports=transports, wait_timeout=5)
    return client


def test_pages_render_with_the_demo_logins(server):
    session = server.login()
    for path in ("/", "/people/", "/tags", "/auth/account"):
        response = session.get(server.url + path, timeout=10)
        assert response.status_code == 200, path
    assert "Maya Patel" in session.get(server.url + "/people/", timeout=10).text
    ready = session.get(server.url + "/readyz", timeout=10).json()
    assert ready["checks"]["database"]["backend"] == "sqlite"
    assert ready["checks"]["database"]["status"] in ("ok", "degraded")  # degraded: slow


TRANSPORTS = pytest.mark.parametrize(
    "transports", [["polling"], ["websocket"]], ids=["polling", "websocket"]
)


@TRANSPORTS
def test_logged_in_socket_connects_from_our_own_origin(server, transports):
    client = connect(server, transports, server.login())
    assert client.connected
    client.disconnect()


@TRANSPORTS
def test_anonymous_socket_is_refused(server, transports):
    with pytest.raises(socketio.exceptions.ConnectionError):
        connect(server, transports)


@TRANSPORTS
def test_cross_site_origin_is_refused(server, transports):
    with pytest.raises(socketio.exceptions.ConnectionError):
        connect(server, transports, server.login(), origin="https://evil.example")


def test_message_queue_carries_emits_from_another_process(live_workdir, redis_url):
    queue = redis_url
    live = start_live_server(live_workdir("live-queue"), SOCKETIO_MESSAGE_QUEUE=queue)
    try:
        session = live.login()
        ready = session.get(f"{live.url}/readyz", timeout=10).json()
        assert ready["checks"]["message_queue"]["kind"] == "redis"
        assert ready["checks"]["message_queue"]["status"] in ("ok", "degraded")  # degraded: slow
        page = session.get(live.url + "/", timeout=10).text
        user_id = page.split('data-user="', 1)[1].split('"', 1)[0]

        received = []
        client = connect(live, ["websocket"], session, hello=received.append)
        # Another process (a worker, a CLI command) emits through Redis only.
        SocketIO(message_queue=queue, async_mode="threading").emit(
            "hello", {"n": 1}, to=f"user:{user_id}"
        )
        deadline = time.monotonic() + 10
        while not received and time.monotonic() < deadline:
            time.sleep(0.05)
        client.disconnect()
        assert received == [{"n": 1}]
    finally:
        live.stop()
