"""The Socket.IO connection: only logged-in people connect, and each joins its own room."""

from __future__ import annotations

from flask_login import current_user
from flask_socketio import join_room

from app.extensions import socketio


def user_room(user_id: int) -> str:
    return f"user:{user_id}"


@socketio.on("connect")
def connect(auth=None):
    if not current_user.is_authenticated:
        raise ConnectionRefusedError("Log in first.")
    join_room(user_room(current_user.id))
