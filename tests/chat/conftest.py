"""Chat fixtures: channels made through the services, and a logged-in Socket.IO client for
each person."""

from __future__ import annotations

import pytest

from app.auth.models import User
from app.chat import services
from app.chat.models import Channel, Message
from app.extensions import db, socketio
from tests.conftest import log_in


@pytest.fixture
def chat(app):
    """Chat actions as committed service calls, each in its own app context; ids come back."""

    class Chat:
        def _run(self, action):
            with app.app_context():
                result = action()
                db.session.commit()
                return result

        def channel(self, creator: User, name: str, kind: str = "public", **fields) -> int:
            return self._run(lambda: services.create_channel(
                db.session.get(User, creator.id), name, kind, **fields).id)

        def join(self, person: User, channel_id: int) -> None:
            self._run(lambda: services.join(db.session.get(User, person.id),
                                            db.session.get(Channel, channel_id)))

        def invite(self, inviter: User, channel_id: int, *people: User) -> None:
            self._run(lambda: services.invite(
                db.session.get(User, inviter.id), db.session.get(Channel, channel_id),
                [db.session.get(User, p.id) for p in people]))

        def direct(self, person: User, *others: User) -> int:
            return self._run(lambda: services.open_direct(
                db.session.get(User, person.id),
                [db.session.get(User, p.id) for p in others]).id)

        def post(self, author: User, channel_id: int, body: str,
                 parent_id: int | None = None) -> int:
            return self._run(lambda: services.post(
                db.session.get(User, author.id), db.session.get(Channel, channel_id), body,
                parent_id).id)

        def message(self, message_id: int) -> dict:
            with app.app_context():
                message = db.session.get(Message, message_id)
                return {"body": message.body, "html": message.body_html,
                        "edited": message.edited_at is not None, "deleted": message.deleted,
                        "reply_count": message.reply_count}

    return Chat()


@pytest.fixture
def socket_for(app):
    """A Socket.IO test client connected with `person`'s login cookie (a browser of their own)."""
    sockets = []

    def connect(person: User):
        browser = app.test_client()
        response = log_in(browser, person.email)
        assert response.status_code == 302
        socket = socketio.test_client(app, flask_test_client=browser)
        assert socket.is_connected()
        socket.browser = browser  # the browser it shares the login with (to log out, say)
        sockets.append(socket)
        return socket

    yield connect
    for socket in sockets:
        if socket.is_connected():
            socket.disconnect()


def received(socket, *names: str) -> list[tuple[str, object]]:
    """(name, first argument) of each event the socket got since last asked, of `names` only
    if given (the others are dropped)."""
    return [(m["name"], m["args"][0] if m["args"] else None) for m in socket.get_received()
            if not names or m["name"] in names]
