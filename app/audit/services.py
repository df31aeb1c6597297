"""Recording audit events, and reading them back for the admins' page and its CSV export.

`record` adds the event to the current transaction, so that it commits (or rolls back) with
what it records; the caller commits, as for every service."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from flask import has_request_context, request
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from app.audit.models import ADDRESS_MAX, DETAIL_MAX, AuditEvent, Kind
from app.extensions import db

if TYPE_CHECKING:
    from app.auth.models import User


def record(kind: Kind, actor: User | None = None, subject: User | None = None,
           detail: str = "") -> AuditEvent:
    """Add an event to the current transaction; the client's address comes from the request
    when there is one ("" for a command line)."""
    address = (request.remote_addr or "") if has_request_context() else ""
    event = AuditEvent(kind=str(kind), actor_id=actor.id if actor else None,
                       subject_id=subject.id if subject else None,
                       address=address[:ADDRESS_MAX], detail=detail[:DETAIL_MAX])
    db.session.add(event)
    return event


def events(kind: str | None = None, person_id: int | None = None):
    """The events, newest first, of one kind and/or about one person (as actor or subject)."""
    query = select(AuditEvent).options(joinedload(AuditEvent.actor),
                                       joinedload(AuditEvent.subject))
    if kind:
        query = query.where(AuditEvent.kind == kind)
    if person_id:
        query = query.where(or_(AuditEvent.actor_id == person_id,
                                AuditEvent.subject_id == person_id))
    return query.order_by(AuditEvent.id.desc())


def csv_rows(query, batch: int = 1000) -> Iterator[list]:
    """The CSV export's rows (a header first), read in batches by id, however many there are
    (app.spreadsheet makes each cell safe)."""
    yield ["id", "at", "kind", "actor", "subject", "address", "detail"]
    last = None
    while True:
        page = query if last is None else query.where(AuditEvent.id < last)
        rows = list(db.session.scalars(page.limit(batch)))
        if not rows:
            return
        for row in rows:
            yield [row.id, row.at.isoformat(), row.kind, row.actor.email if row.actor else "",
                   row.subject.email if row.subject else "", row.address, row.detail]
        last = rows[-1].id
