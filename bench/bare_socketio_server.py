"""The chat bench's baseline: a bare python-socketio server on eventlet, sharing rooms through
Redis like Fieldwise's processes do, with no database, no login and no checks. A client joins
the one room; each `chat_send` is relayed to the room as `chat_message`.

    python bench/bare_socketio_server.py PORT REDIS_URL
"""

import sys

import eventlet

eventlet.monkey_patch()

import socketio  # noqa: E402  (after monkey-patching)

port, queue = int(sys.argv[1]), sys.argv[2]
server = socketio.Server(async_mode="eventlet", client_manager=socketio.RedisManager(queue),
                         cors_allowed_origins="*")
ROOM = "bench"


@server.on("connect")
def connect(sid, environ, auth=None):
    server.enter_room(sid, ROOM)


@server.on("chat_send")
def send(sid, payload):
    server.emit("chat_message", {"channel_id": payload["channel_id"], "body": payload["body"]},
                to=ROOM)
    return {"ok": True}


def healthz(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


app = socketio.WSGIApp(server, healthz)
eventlet.wsgi.server(eventlet.listen(("127.0.0.1", port)), app, log_output=False)
