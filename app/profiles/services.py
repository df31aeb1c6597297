"""Finding people: the directory's filters and a person's profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.extensions import db
from app.profiles.models import Region, Team


@dataclass(frozen=True)
class DirectoryFilter:
    name: str = ""
    team: Team | None = None
    region: Region | None = None
    department: str | None = None
    altitude: str | None = None


def directory_query(criteria: DirectoryFilter) -> Select:
    """Active people matching every given criterion, by name, with team and region loaded."""
    query = (
        select(User)
        .options(joinedload(User.team), joinedload(User.region))
        .where(User.active.is_(True))
        .order_by(User.name, User.id)
    )
    if criteria.name:
        escaped = criteria.name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(User.name.ilike(f"%{escaped}%", escape="\\"))
    if criteria.team is not None:
        query = query.where(User.team_id == criteria.team.id)
    if criteria.region is not None:
        query = query.where(User.region_id == criteria.region.id)
    if criteria.department:
        query = query.where(User.department == criteria.department)
    if criteria.altitude:
        query = query.where(User.altitude == criteria.altitude)
    return query


def all_teams() -> list[Team]:
    return list(db.session.scalars(select(Team).order_by(Team.name)))


def all_regions() -> list[Region]:
    return list(db.session.scalars(select(Region).order_by(Region.name)))


def get_person(user_id: int) -> User | None:
    return db.session.scalar(
        select(User)
        .options(joinedload(User.team), joinedload(User.region))
        .where(User.id == user_id, User.active.is_(True))
    )


def profile_path(user_id: int) -> str:
    """The address of a person's profile (the `profiles.profile` route), for links stored in
    rendered Markdown, which is written outside any request."""
    return f"/people/{user_id}"


def people_by_handle(handles: list[str]) -> list[User]:
    """The active people with these @handles."""
    if not handles:
        return []
    return list(db.session.scalars(select(User).where(User.handle.in_(handles), User.active)))
