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


def test_a_live_update_is_sent_when_the_outermost_transaction_commits(app, client, make_user,
                                                                     login):
    """SQLAlchemy reports savepoints' ends as commits and rollbacks too: neither sends nor
    forgets what the transaction queued; its own commit sends it, its rollback forgets it."""
    from app.extensions import db
    from app.realtime import send_after_commit

    me = make_user()
    login(me)
    socket = socketio.test_client(app, flask_test_client=client)

    def hellos():
        return [m["args"][0] for m in socket.get_received() if m["name"] == "hello"]

    with app.app_context():
        db.session.execute(db.select(1))
        send_after_commit(me.id, "hello", {"n": 1})
        with db.session.begin_nested():
            pass
        try:
            with db.session.begin_nested():
                raise ValueError("a savepoint rolled back")
        except ValueError:
            pass
        assert hellos() == []
        db.session.commit()
        assert hellos() == [{"n": 1}]
        db.session.execute(db.select(1))  # a transaction under way, as in a service
        send_after_commit(me.id, "hello", {"n": 2})
        db.session.rollback()
        db.session.commit()
    assert hellos() == []
    socket.disconnect()
