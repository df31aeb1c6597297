"""Chat's Socket.IO events, on the one namespace (`connect`, in app.realtime, refuses anyone not
logged in). Each event checks its payload's shape, the person's right and their rate, calls one
service and commits; what the commit changed reaches the channel's room from there. A refused
event changes nothing and answers with a `chat_error` event (and the same error as the
acknowledgement, for a client that asked for one): `{"event", "message", "field"}`.

Events a page sends:
    chat_subscribe   {channel_id}                    receive a readable channel's live events
    chat_unsubscribe {channel_id}
    chat_send        {channel_id, body, parent_id?}  ack: {"message": {...}}
    chat_edit        {message_id, body}
    chat_delete      {message_id}
    chat_typing      {channel_id, parent_id?}        others in the room get chat_typing
    chat_read        {channel_id, message_id}        the person's other pages get chat_read
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from flask import current_app, request
from flask_login import current_user
from flask_socketio import emit, join_room, leave_room

from app import ratelimits, realtime
from app.auth import sessions
from app.auth.models import User
from app.chat import services
from app.errors import ServiceError
from app.extensions import db, socketio
from app.security import check_text

log = logging.getLogger(__name__)
PAYLOAD_KEYS_MAX = 8


def _event(name: str, fields: dict[str, type | tuple[type, ...]],
           optional: tuple[str, ...] = ()) -> Callable:
    """Register a chat event whose payload is a dict of exactly `fields` (those in `optional`
    may be missing or null), each of its type; refusals answer with chat_error."""

    def register(handler: Callable) -> Callable:
        @functools.wraps(handler)
        def run(payload=None, *extra):
            try:
                if not current_user.is_authenticated:  # the session ended since connecting
                    raise ServiceError("Log in again.")
                checked = _payload(payload, extra, fields, optional)
                result = handler(current_user._get_current_object(), **checked)
                db.session.commit()
                return result if result is not None else {"ok": True}
            except ServiceError as error:
                db.session.rollback()
                return _refuse(name, str(error), error.field)
            except Exception:
                db.session.rollback()
                log.exception("chat event %s failed", name)
                return _refuse(name, "Something went wrong on our side; it has been logged.")

        socketio.on_event(name, run)
        return handler

    return register


def _payload(payload: object, extra: tuple, fields: dict, optional: tuple[str, ...]) -> dict:
    check_text(payload)  # first: the stand-in for a payload too deep to decode is no object
    if extra or not isinstance(payload, dict) or len(payload) > PAYLOAD_KEYS_MAX:
        raise ServiceError("Send one object with the event's fields.")
    unknown = sorted(set(payload) - set(fields))
    if unknown:
        raise ServiceError(f"Unknown field “{str(unknown[0])[:40]}”.", str(unknown[0])[:40])
    checked = {}
    for field, kind in fields.items():
        value = payload.get(field)
        if value is None and field in optional:
            checked[field] = None
            continue
        if field not in payload:
            raise ServiceError(f"“{field}” is missing.", field)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise ServiceError(f"“{field}” has the wrong type.", field)
        checked[field] = value
    return checked


def _refuse(event: str, message: str, field: str | None = None) -> dict:
    error = {"event": event, "message": message, "field": field}
    emit("chat_error", error)
    return {"error": error}


# ---------------------------------------------------------------- rooms


@realtime.on_connect
def _subscribe_to_own_channels(person: User) -> None:
    """A page receives every channel the person is in (for its unread counts)."""
    for channel_id in services.readable_channel_ids(person):
        join_room(services.channel_room(channel_id))


@realtime.on_reconcile
def _reconcile(connections: dict[str, int]) -> None:
    """This process may have missed room changes and disconnections (the message queue was
    down): close the connections whose login session ended, take each other one out of the
    rooms of channels its person may no longer read, and into those of the channels they are
    in now. Three queries, whatever the number of connections."""
    server = socketio.server
    live = services.live_connections(connections)
    realtime.disconnect_here([sid for sid in connections if sid not in live])
    user_ids = {connections[sid] for sid in live}
    member_of = services.memberships_of(user_ids)
    rooms_of = {sid: [room for room in server.manager.get_rooms(sid, "/")
                      if room.startswith("channel:")] for sid in live}
    public = services.public_channel_ids(
        {int(room.removeprefix("channel:")) for rooms in rooms_of.values() for room in rooms})
    for sid, rooms in rooms_of.items():
        mine = member_of.get(connections[sid], set())
        for room in rooms:
            channel_id = int(room.removeprefix("channel:"))
            if channel_id not in mine and channel_id not in public:
                server.leave_room(sid, room)
        for channel_id in mine:
            server.enter_room(sid, services.channel_room(channel_id))


# ---------------------------------------------------------------- presence

@realtime.on_connect
def _arrived(person: User) -> None:
    login = person.login_session
    first = services.arrived(person, request.sid, login.id)
    db.session.commit()
    # Ended while this connection was being recorded? Then closing it was asked before it
    # could be found: refuse it now.
    if not sessions.is_live(login.id):
        raise ConnectionRefusedError("Log in again.")
    if first:
        socketio.emit("presence", {"user_id": person.id, "online": True})


@realtime.on_disconnect
def _departed() -> None:
    user_id, elsewhere = services.departed(request.sid)
    db.session.commit()
    if user_id is not None and not elsewhere:
        app = current_app._get_current_object()
        socketio.start_background_task(_announce_offline, app, user_id)


def _announce_offline(app, user_id: int) -> None:
    socketio.sleep(app.config["CHAT_OFFLINE_GRACE_SECONDS"])
    try:
        with app.app_context():
            if not services.is_online(user_id):
                socketio.emit("presence", {"user_id": user_id, "online": False})
            db.session.remove()
    except Exception:  # only the presence news is lost; the next connection corrects it
        log.exception("could not announce that user %s went offline", user_id)


@_event("chat_subscribe", {"channel_id": int})
def subscribe(person: User, channel_id: int):
    channel = services.get_channel(person, channel_id)  # public, or one they are in
    join_room(services.channel_room(channel.id))


@_event("chat_unsubscribe", {"channel_id": int})
def unsubscribe(person: User, channel_id: int):
    leave_room(services.channel_room(channel_id))


# ---------------------------------------------------------------- messages


@_event("chat_send", {"channel_id": int, "body": str, "parent_id": int}, optional=("parent_id",))
def send(person: User, channel_id: int, body: str, parent_id: int | None):
    channel = services.get_channel(person, channel_id)
    services.count_message(person, channel.id)
    message = services.post(person, channel, body, parent_id)
    return {"message": services.payload(message, person)}


@_event("chat_edit", {"message_id": int, "body": str})
def edit(person: User, message_id: int, body: str):
    message = services.get_message(person, message_id)
    services.count_message(person, message.channel_id)
    services.edit(person, message, body)


@_event("chat_delete", {"message_id": int})
def delete(person: User, message_id: int):
    services.delete(person, services.get_message(person, message_id))


@_event("chat_typing", {"channel_id": int, "parent_id": int}, optional=("parent_id",))
def typing(person: User, channel_id: int, parent_id: int | None):
    channel = services.get_channel(person, channel_id)
    if services.membership(person, channel) is None:
        raise ServiceError("Join the channel to write in it.")
    ratelimits.hit("CHAT_TYPING_RATE_LIMIT", person.id, channel.id)
    emit("chat_typing", {"channel_id": channel.id, "parent_id": parent_id,
                         "user": {"id": person.id, "name": person.name}},
         to=services.channel_room(channel.id), include_self=False)


@_event("chat_here", {})
def here(person: User):
    """The page is still open (sent every PRESENCE_REFRESH): the person stays online."""
    services.still_here(person, request.sid, person.login_session.id)


@_event("chat_read", {"channel_id": int, "message_id": int})
def read(person: User, channel_id: int, message_id: int):
    services.mark_read(person, services.get_channel(person, channel_id), message_id)
