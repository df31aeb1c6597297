"""Notifications (stored, live over Socket.IO, per-kind preferences), the activity feed and the
e-mail digest."""
