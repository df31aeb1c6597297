"""`python wsgi.py` serves with eventlet: its connections are opened without Nagle's algorithm,
or every page over eventlet's 16 KB write buffer (headers and body sent apart) waits for the
client's delayed acknowledgement, 40 ms on Linux, on a kept connection (issue 20's page
benchmark found every such page 40 ms slower than the framework's floor)."""

import socket

import eventlet.wsgi

from app.serving import server_options


def test_eventlet_connections_are_opened_with_tcp_nodelay():
    seen = []

    class Probe(server_options("eventlet")["protocol"]):
        def handle(self):  # what a request would find its connection set to
            seen.append(self.request.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    with socket.create_server(("127.0.0.1", 0)) as listener:
        client = socket.create_connection(listener.getsockname())
        connection, address = listener.accept()
        with client, connection:
            assert connection.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
            server = eventlet.wsgi.Server(listener, listener.getsockname(), lambda *a: [])
            Probe([address, connection, eventlet.wsgi.STATE_IDLE], server)
    assert seen and seen[0] != 0


def test_other_servers_keep_their_own_options():
    assert server_options("gevent") == {} and server_options("threading") == {}
