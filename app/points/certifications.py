"""Certifications: managers create company programs and certify people in them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from app import signals
from app.auth.models import User, utcnow
from app.errors import Conflict, Forbidden, NotFound, ServiceError
from app.extensions import db
from app.points.models import (
    CERTIFICATION_DESCRIPTION_MAX,
    CERTIFICATION_NAME_MAX,
    Certification,
    PersonCertification,
)

NAME_MIN = 3


def _require_manager(actor: User) -> None:
    if not actor.is_manager:
        raise Forbidden("Only managers award certifications.")


def create(actor: User, name: str, description: str = "") -> Certification:
    _require_manager(actor)
    name = " ".join((name or "").split())
    description = (description or "").strip()
    if not NAME_MIN <= len(name) <= CERTIFICATION_NAME_MAX:
        raise ServiceError(f"A certification's name has {NAME_MIN} to "
                           f"{CERTIFICATION_NAME_MAX} characters.", "name")
    if len(description) > CERTIFICATION_DESCRIPTION_MAX:
        raise ServiceError(f"A description has at most {CERTIFICATION_DESCRIPTION_MAX} "
                           "characters.", "description")
    if db.session.scalar(select(Certification.id).where(
            func.lower(Certification.name) == name.lower())):
        raise Conflict(f"There is already a certification called “{name}”.", "name")
    certification = Certification(name=name, description=description, created_by_id=actor.id)
    try:
        with db.session.begin_nested():
            db.session.add(certification)
    except IntegrityError:
        raise Conflict(f"There is already a certification called “{name}”.", "name") from None
    return certification


def award(actor: User, person: User, certification_id: int | str | None,
          at: datetime | None = None) -> PersonCertification:
    _require_manager(actor)
    try:
        certification = db.session.get(Certification, int(certification_id or 0))
    except (TypeError, ValueError):
        certification = None
    if certification is None:
        raise ServiceError("Choose one of the certifications.", "certification")
    given = PersonCertification(user_id=person.id, certification_id=certification.id,
                                awarded_by_id=actor.id, awarded_at=at or utcnow())
    try:
        with db.session.begin_nested():
            db.session.add(given)
    except IntegrityError:
        raise Conflict(f"{person.name} is already {certification.name}.",
                       "certification") from None
    signals.certification_awarded.send(given, by=actor)
    return given


def revoke(actor: User, person: User, certification_id: int) -> None:
    _require_manager(actor)
    given = db.session.scalar(select(PersonCertification).where(
        PersonCertification.user_id == person.id,
        PersonCertification.certification_id == certification_id))
    if given is None:
        raise NotFound("This person does not hold that certification.")
    db.session.delete(given)


def of_person(user_id: int) -> list[PersonCertification]:
    return list(db.session.scalars(
        select(PersonCertification)
        .where(PersonCertification.user_id == user_id)
        .options(joinedload(PersonCertification.certification),
                 joinedload(PersonCertification.awarded_by))
        .order_by(PersonCertification.awarded_at)))


def all_programs() -> list[tuple[Certification, int]]:
    """Every certification with how many people hold it, by name."""
    held = func.count(PersonCertification.id)
    return [(c, n) for c, n in db.session.execute(
        select(Certification, held)
        .outerjoin(PersonCertification, PersonCertification.certification_id == Certification.id)
        .group_by(Certification.id).order_by(Certification.name))]
