"""How `python wsgi.py` serves: the options of the async server Flask-SocketIO starts."""

from __future__ import annotations

import socket


def server_options(async_mode: str) -> dict:
    """Keyword arguments for `socketio.run` in this async mode.

    Eventlet's server writes a response's headers and its body in two sends when the body is
    larger than its write buffer (8 KB). With Nagle's algorithm on, the body then waits for the
    client's delayed acknowledgement of the headers: 40 ms on Linux, 200 ms on Windows, added
    to every page over 8 KB on a kept connection. Its connections are opened with TCP_NODELAY.
    """
    if async_mode != "eventlet":
        return {}
    import eventlet.wsgi

    class NoDelay(eventlet.wsgi.HttpProtocol):
        def setup(self):
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().setup()

    return {"protocol": NoDelay}
