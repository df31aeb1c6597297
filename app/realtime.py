"""The Socket.IO connection (only logged-in people connect, and each joins its own room), and the
one way to send a person something live: after the transaction that caused it has committed."""

from __future__ import annotations

import logging
from collections.abc import Callable

from flask import current_app
from flask_login import current_user
from flask_socketio import join_room
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.auth.models import User
from app.extensions import db, socketio

_PENDING = "fieldwise_realtime_pending"
_ACTIONS = "fieldwise_realtime_actions"  # room changes and disconnections, after the emits


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


_ON_CONNECT: list[Callable[[User], None]] = []
_ON_DISCONNECT: list[Callable[[], None]] = []


def on_connect(hook: Callable[[User], None]) -> Callable[[User], None]:
    """Run `hook(person)` when a logged-in person's page connects, after it joined its own
    room (chat joins the rooms of the person's channels)."""
    _ON_CONNECT.append(hook)
    return hook


def on_disconnect(hook: Callable[[], None]) -> Callable[[], None]:
    """Run `hook()` when a connection closes (the session may be gone by then: `request.sid`
    says which connection)."""
    _ON_DISCONNECT.append(hook)
    return hook


_ON_RECONCILE: list[Callable[[dict[str, int]], None]] = []


def on_reconcile(hook: Callable[[dict[str, int]], None]) -> Callable[[dict[str, int]], None]:
    """Run `hook({sid: person's id})` over this process's connections when it may have missed
    what the message queue carried (room changes, disconnections): the hook brings them in
    line with the database (chat: rooms and ended login sessions)."""
    _ON_RECONCILE.append(hook)
    return hook


def local_connections() -> dict[str, int]:
    """{sid: person's id} of the connections this process holds (each is in its person's
    room)."""
    found: dict[str, int] = {}
    for room, members in list(socketio.server.manager.rooms.get("/", {}).items()):
        if isinstance(room, str) and room.startswith("user:"):
            found.update(dict.fromkeys(list(members), int(room.removeprefix("user:"))))
    return found


def reconcile(app) -> None:
    """After this process's listener lost the message queue and subscribed again (called by
    app.message_queue before it delivers anything more): what it missed meanwhile is read from
    the database instead, by every on_reconcile hook."""
    with app.app_context():
        try:
            connections = local_connections()
            if connections:
                for hook in _ON_RECONCILE:
                    hook(connections)
        except Exception:  # the pages still resync; rooms are corrected on their next visit
            logging.getLogger(__name__).exception("Could not reconcile the connections")
        finally:
            db.session.remove()


@socketio.on("connect")
def connect(auth=None):
    # current_user is loaded from the login session the cookies name: ended, it is nobody.
    if not current_user.is_authenticated or current_user.login_session is None:
        raise ConnectionRefusedError("Log in first.")
    join_room(user_room(current_user.id))
    for hook in _ON_CONNECT:
        hook(current_user)


@socketio.on("disconnect")
def disconnect(reason=None):
    for hook in _ON_DISCONNECT:
        hook()


def send_after_commit(user_id: int, name: str, payload: dict) -> dict:
    """Send `name` with `payload` to the person's open pages once the current transaction
    commits, never if it rolls back. One payload per person and event name: a later call in
    the same transaction returns the payload already queued, for the caller to add to."""
    pending = db.session.info.setdefault(_PENDING, {})
    return pending.setdefault((user_room(user_id), name), payload)


def emit_after_commit(room: str, name: str, payload: dict) -> None:
    """Send `name` with `payload` to a room once the current transaction commits, never if it
    rolls back; every call is sent, in the order made (a channel's messages)."""
    pending = db.session.info.setdefault(_PENDING, {})
    pending[(room, name, len(pending))] = payload


def leave_room_after_commit(sids: list[str], room: str) -> None:
    """Take these connections out of a room once the transaction commits, on whichever server
    process holds each (the message queue carries it): a person who left or was removed
    receives nothing more from it."""
    for sid in sids:
        _after_commit(lambda sid=sid: socketio.server.leave_room(sid, room))


def enter_room_after_commit(sids: list[str], room: str) -> None:
    """Put these connections in a room once the transaction commits, on whichever server
    process holds each: a person added to a channel hears its next message, even one sent
    before their page has asked to join."""
    for sid in sids:
        _after_commit(lambda sid=sid: socketio.server.enter_room(sid, room))


def close_room_after_commit(room: str, keep: list[str]) -> None:
    """Empty a room once the transaction commits, then let `keep` back in: what it carries is
    no longer for everyone who was in it (a channel made private keeps its members)."""
    _after_commit(lambda: socketio.server.close_room(room))
    for sid in keep:
        _after_commit(lambda sid=sid: socketio.server.enter_room(sid, room))


def disconnect_after_commit(sids: list[str]) -> None:
    """Close these connections once the transaction commits (their login session ended),
    wherever they are served; the page's reconnection is refused. In a task of its own: a
    connection closed here runs its disconnect handler at once, which needs the database."""
    if not sids:
        return
    app = current_app._get_current_object()
    _after_commit(lambda: socketio.start_background_task(_disconnect, app, list(sids)))


def disconnect_here(sids: list[str]) -> None:
    """Close these connections of this process, in a task of their own (see above)."""
    if sids:
        socketio.start_background_task(_disconnect, current_app._get_current_object(), sids)


def _disconnect(app, sids: list[str]) -> None:
    with app.app_context():
        try:
            for sid in sids:
                socketio.server.disconnect(sid)
        except Exception:
            logging.getLogger(__name__).exception("Could not close %s", sids)
        finally:
            db.session.remove()


def _after_commit(action: Callable[[], None]) -> None:
    db.session.info.setdefault(_ACTIONS, []).append(action)


# SQLAlchemy sends after_commit and after_rollback for savepoints too: only the outermost
# transaction's end decides whether what was queued is sent or forgotten.
@event.listens_for(Session, "after_commit")
def _send(session: Session) -> None:
    if session.in_nested_transaction():
        return
    for (room, name, *_), payload in session.info.pop(_PENDING, {}).items():
        try:
            socketio.emit(name, payload, to=room)
        except Exception:  # what was sent about is saved; only the live update is lost
            logging.getLogger(__name__).exception("Could not send %s to %s", name, room)
    for action in session.info.pop(_ACTIONS, []):
        try:
            action()
        except Exception:
            logging.getLogger(__name__).exception("Could not change a connection's rooms")


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.info.pop(_PENDING, None)
    session.info.pop(_ACTIONS, None)
