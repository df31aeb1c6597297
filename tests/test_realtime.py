"""Socket.IO: anonymous connections are refused; a logged-in person joins their own room."""

from app.extensions import socketio
from app.realtime import user_room


def test_anonymous_socket_is_refused(app):
    client = socketio.test_client(app, flask_test_client=app.test_client())
    assert not client.is_connected()


def test_logged_in_socket_joins_its_user_room(app, client, make_user, login):
    me, other = make_user(), make_user()
    login(me)
    socket = socketio.test_client(app, flask_test_client=client)
    assert socket.is_connected()
    with app.app_context():
        socketio.emit("hello", {"for": "me"}, to=user_room(me.id))
        socketio.emit("hello", {"for": "other"}, to=user_room(other.id))
    received = socket.get_received()
    assert [m["args"][0] for m in received if m["name"] == "hello"] == [{"for": "me"}]
    socket.disconnect()


def test_revoked_session_cannot_connect(app, client, make_user, login):
    from tests.conftest import csrf_token

    me = make_user()
    login(me)
    client.post("/auth/logout-everywhere", data={"csrf_token": csrf_token(client, "/")})
    socket = socketio.test_client(app, flask_test_client=client)
    assert not socket.is_connected()
