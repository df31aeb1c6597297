"""Notifications: stored per person, collapsed per subject while unread, filtered by each
person's choice of kinds, and sent live to every open tab once the transaction commits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ScalarSelect, Select, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app.auth.models import User, utcnow
from app.errors import NotFound, ServiceError
from app.extensions import db
from app.notifications.models import TEXT_MAX, Kind, Notification, NotificationSetting
from app.numbers import UNREAD_COUNTED
from app.realtime import send_after_commit

EVENT = "notifications"  # the Socket.IO event: {"unread": n, "items": [{"text", "url"}]}


@dataclass(frozen=True)
class Event:
    """Something that happened, to tell people about. `subject_type` and `subject_id` name
    what it collapses on (a question's thread, a page, a board)."""

    kind: Kind
    subject_type: str
    subject_id: int
    text: str
    url: str
    actor_id: int | None = None


def _wanting(user_ids: set[int], kind: Kind) -> set[int]:
    """The active people among `user_ids` who have not turned `kind` off."""
    if not user_ids:
        return set()
    return set(db.session.scalars(
        select(User.id).where(User.id.in_(user_ids), User.active.is_(True))
        .where(~select(NotificationSetting.user_id).where(
            NotificationSetting.user_id == User.id, NotificationSetting.kind == kind.value,
            NotificationSetting.enabled.is_(False)).exists())))


def _unread_slot(event: Event):
    return (Notification.subject_type == event.subject_type,
            Notification.subject_id == event.subject_id, Notification.read_at.is_(None))


def _collapse(user_ids: set[int], event: Event, at: datetime) -> set[int]:
    """Fold the event into each person's unread item on its subject; the ids that had none."""
    values = {"kind": event.kind.value, "text": event.text[:TEXT_MAX], "url": event.url,
              "actor_id": event.actor_id, "updated_at": at, "count": Notification.count + 1}
    folded = set(db.session.scalars(
        update(Notification)
        .where(Notification.user_id.in_(user_ids), *_unread_slot(event))
        .values(**values).returning(Notification.user_id)))
    return user_ids - folded


def notify(user_ids: Iterable[int], event: Event, at: datetime | None = None) -> set[int]:
    """Tell these people of `event`, except its actor (nobody is told of their own actions) and
    those who turned its kind off. Returns who was told."""
    at = at or utcnow()
    told = _wanting({i for i in user_ids if i != event.actor_id}, event.kind)
    if not told:
        return told
    for user_id in sorted(_collapse(told, event, at)):
        item = Notification(user_id=user_id, kind=event.kind.value,
                            subject_type=event.subject_type, subject_id=event.subject_id,
                            actor_id=event.actor_id, text=event.text[:TEXT_MAX], url=event.url,
                            created_at=at, updated_at=at)
        try:
            with db.session.begin_nested():
                db.session.add(item)
        except IntegrityError:  # a concurrent event on the subject made the unread item first
            _collapse({user_id}, event, at)
    _send_counts(told, {"text": event.text[:TEXT_MAX], "url": event.url})
    return told


def _unread(user_id) -> ScalarSelect:
    """The unread notifications of `user_id` (a value or an outer query's column), counted up
    to UNREAD_COUNTED."""
    unread = (select(literal(1))
              .where(Notification.user_id == user_id, Notification.read_at.is_(None))
              .correlate_except(Notification).limit(UNREAD_COUNTED).subquery())
    return select(func.count()).select_from(unread).scalar_subquery()


def _send_counts(user_ids: set[int], item: dict | None = None) -> None:
    counts = dict(db.session.execute(
        select(User.id, _unread(User.id)).where(User.id.in_(user_ids))).all())
    for user_id in user_ids:
        news = send_after_commit(user_id, EVENT, {"unread": 0, "items": []})
        news["unread"] = counts.get(user_id, 0)
        if item is not None:
            news["items"].append(item)


def unread_count(user_id: int) -> int:
    """A person's unread notifications, counted up to UNREAD_COUNTED."""
    return db.session.scalar(select(_unread(user_id)))


def inbox_query(user_id: int) -> Select:
    """A person's notifications, the latest activity first."""
    return (select(Notification).options(joinedload(Notification.actor))
            .where(Notification.user_id == user_id)
            .order_by(Notification.updated_at.desc(), Notification.id.desc()))


def get_own(user: User, notification_id: int) -> Notification:
    item = db.session.get(Notification, notification_id)
    if item is None or item.user_id != user.id:  # someone else's is as good as missing
        raise NotFound("There is no such notification.")
    return item


def mark_read(user: User, notification_id: int, at: datetime | None = None) -> Notification:
    item = get_own(user, notification_id)
    if item.read_at is None:
        item.read_at = at or utcnow()
        db.session.flush()
        _send_counts({user.id})
    return item


def mark_all_read(user: User, at: datetime | None = None) -> int:
    marked = db.session.execute(
        update(Notification)
        .where(Notification.user_id == user.id, Notification.read_at.is_(None))
        .values(read_at=at or utcnow())).rowcount
    _send_counts({user.id})
    return marked


def settings_of(user_id: int) -> dict[Kind, bool]:
    """Every kind, and whether this person is told of it (every kind is on by default)."""
    chosen = dict(db.session.execute(
        select(NotificationSetting.kind, NotificationSetting.enabled)
        .where(NotificationSetting.user_id == user_id)).all())
    return {kind: chosen.get(kind.value, True) for kind in Kind}


def save_settings(user: User, enabled: Iterable[str]) -> None:
    """Turn on exactly the kinds in `enabled`, and the others off."""
    enabled = set(enabled)
    unknown = enabled - {kind.value for kind in Kind}
    if unknown:
        raise ServiceError(f"There is no kind of notification called “{sorted(unknown)[0]}”.",
                           "kinds")
    rows = {row.kind: row for row in db.session.scalars(
        select(NotificationSetting).where(NotificationSetting.user_id == user.id))}
    for kind in Kind:
        on = kind.value in enabled
        if kind.value in rows:
            rows[kind.value].enabled = on
        elif not on:
            db.session.add(NotificationSetting(user_id=user.id, kind=kind.value, enabled=False))
