"""Learning paths (playbooks): a manager lines up wiki pages and questions for an audience; a
person starts the path and ticks items off; managers see everyone's progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload, selectinload

from app.auth.models import User, utcnow
from app.errors import Conflict, NotFound, ServiceError, checked
from app.extensions import db, insert_if_new
from app.numbers import whole_number
from app.qa.models import Question
from app.qa.services import question_id_from
from app.wiki.models import (
    PATH_AUDIENCE_MAX,
    PATH_DESCRIPTION_MAX,
    PATH_ITEMS_MAX,
    PATH_NOTE_MAX,
    PATH_TITLE_MAX,
    LearningPath,
    PathEnrollment,
    PathItem,
    PathProgress,
    WikiPage,
)
from app.wiki.services import find_page, require_manager


def _text(value: str | None, name: str, field: str, maximum: int, required: bool) -> str:
    value = " ".join((value or "").split())
    if required and len(value) < 3:
        raise ServiceError(f"Give the path {name} (at least 3 characters).", field)
    if len(value) > maximum:
        raise ServiceError(f"The {name} can have at most {maximum} characters.", field)
    return value


def _clean_path(title, audience, description) -> dict:
    return checked(
        title=lambda: _text(title, "a title", "title", PATH_TITLE_MAX, True),
        audience=lambda: _text(audience, "an audience", "audience", PATH_AUDIENCE_MAX, True),
        description=lambda: _text(description, "description", "description",
                                  PATH_DESCRIPTION_MAX, False),
    )


def _require_title_free(title: str, path: LearningPath | None = None) -> None:
    holder = db.session.scalar(
        select(LearningPath).where(func.lower(LearningPath.title) == title.lower())
    )
    if holder is not None and holder is not path:
        raise ServiceError(f"A path called “{holder.title}” already exists.", "title")


def get_path(path_id: int) -> LearningPath:
    path = db.session.get(LearningPath, path_id)
    if path is None or path.archived_at is not None:
        raise NotFound("There is no such learning path, or it has been archived.")
    return path


def create_path(actor: User, title: str, audience: str, description: str = "",
                at: datetime | None = None) -> LearningPath:
    require_manager(actor, "build learning paths")
    clean = _clean_path(title, audience, description)
    _require_title_free(clean["title"])
    path = LearningPath(**clean, created_by_id=actor.id, created_at=at or utcnow())
    try:
        with db.session.begin_nested():
            db.session.add(path)
    except IntegrityError:
        raise Conflict("A path with this title was just created.", "title") from None
    return path


def update_path(actor: User, path: LearningPath, title: str, audience: str,
                description: str = "") -> None:
    require_manager(actor, "build learning paths")
    clean = _clean_path(title, audience, description)
    _require_title_free(clean["title"], path)
    path.title, path.audience, path.description = (
        clean["title"], clean["audience"], clean["description"]
    )
    db.session.flush()


def archive_path(actor: User, path: LearningPath, at: datetime | None = None) -> None:
    """Take a path off the list; its items and everyone's progress are kept."""
    require_manager(actor, "archive learning paths")
    path.archived_at = at or utcnow()
    db.session.flush()


def _item_target(reference: str | None) -> tuple[WikiPage | None, Question | None]:
    reference = " ".join((reference or "").split())
    if not reference:
        raise ServiceError("Name a wiki page (its title) or a question (its address or number).",
                           "item")
    if "/questions/" in reference or whole_number(reference) is not None:
        question = db.session.get(Question, question_id_from(reference))
        if question is None or question.is_deleted:
            raise ServiceError("There is no question with that number.", "item")
        return None, question
    page = find_page(reference) if len(reference) <= 200 else None
    if page is None or page.is_deleted:
        raise ServiceError(
            f"No wiki page is called “{reference[:80]}”. Give a page's title, or a question's "
            "address.",
            "item",
        )
    return page, None


def add_item(actor: User, path: LearningPath, reference: str, note: str = "") -> PathItem:
    """Add a page (by title) or a question (by address or number) at the end of the path."""
    require_manager(actor, "build learning paths")
    note = " ".join((note or "").split())
    if len(note) > PATH_NOTE_MAX:
        raise ServiceError(f"A note can have at most {PATH_NOTE_MAX} characters.", "note")
    page, question = _item_target(reference)
    items = path.items
    if len(items) >= PATH_ITEMS_MAX:
        raise ServiceError(f"A path has at most {PATH_ITEMS_MAX} items: split it in two.", "item")
    for item in items:
        if (page and item.page_id == page.id) or (question and item.question_id == question.id):
            raise ServiceError("That is already on this path.", "item")
    item = PathItem(
        path=path,
        position=max((i.position for i in items), default=-1) + 1,
        page_id=page.id if page else None,
        question_id=question.id if question else None,
        note=note,
    )
    db.session.add(item)
    db.session.flush()
    return item


def _item_of(path: LearningPath, item_id: int) -> PathItem:
    item = next((i for i in path.items if i.id == item_id), None)
    if item is None:
        raise NotFound("That item is not on this path.")
    return item


def remove_item(actor: User, path: LearningPath, item_id: int) -> None:
    require_manager(actor, "build learning paths")
    item = _item_of(path, item_id)
    db.session.execute(delete(PathProgress).where(PathProgress.item_id == item.id))
    path.items.remove(item)
    db.session.flush()


def move_item(actor: User, path: LearningPath, item_id: int, direction: str) -> None:
    """Move an item one place up or down."""
    require_manager(actor, "build learning paths")
    if direction not in ("up", "down"):
        raise ServiceError("An item moves “up” or “down”.", "direction")
    items = list(path.items)
    item = _item_of(path, item_id)
    index = items.index(item)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(items):
        raise Conflict(f"That item is already at the {'top' if direction == 'up' else 'end'}.")
    items[index], items[other] = items[other], items[index]
    for position, each in enumerate(items):
        each.position = position
    db.session.flush()


def start_path(user: User, path: LearningPath, at: datetime | None = None) -> bool:
    """Start following a path; whether it was new."""
    return insert_if_new(PathEnrollment, path_id=path.id, user_id=user.id,
                         started_at=at or utcnow())


def set_done(user: User, path: LearningPath, item_id: int, done: bool,
             at: datetime | None = None) -> None:
    """Tick an item off (starting the path if needed), or untick it."""
    item = _item_of(path, item_id)
    at = at or utcnow()
    start_path(user, path, at)
    if done:
        insert_if_new(PathProgress, item_id=item.id, user_id=user.id, done_at=at)
    else:
        db.session.execute(
            delete(PathProgress).where(PathProgress.item_id == item.id,
                                       PathProgress.user_id == user.id)
        )


# ---------------------------------------------------------------- reading


@dataclass
class PathSummary:
    path: LearningPath
    items: int
    done: int  # by the viewer
    started: bool
    followers: int


def path_list(viewer: User) -> list[PathSummary]:
    """Every live path with its size, the viewer's progress and how many follow it."""
    items = (
        select(PathItem.path_id, func.count().label("n")).group_by(PathItem.path_id).subquery()
    )
    mine = (
        select(PathItem.path_id, func.count().label("n"))
        .join(PathProgress, PathProgress.item_id == PathItem.id)
        .where(PathProgress.user_id == viewer.id)
        .group_by(PathItem.path_id)
        .subquery()
    )
    followers = (
        select(PathEnrollment.path_id, func.count().label("n"))
        .group_by(PathEnrollment.path_id)
        .subquery()
    )
    started = select(PathEnrollment.path_id).where(PathEnrollment.user_id == viewer.id)
    rows = db.session.execute(
        select(LearningPath, items.c.n, mine.c.n, followers.c.n, LearningPath.id.in_(started))
        .outerjoin(items, items.c.path_id == LearningPath.id)
        .outerjoin(mine, mine.c.path_id == LearningPath.id)
        .outerjoin(followers, followers.c.path_id == LearningPath.id)
        .where(LearningPath.archived_at.is_(None))
        .order_by(LearningPath.title)
    ).all()
    return [
        PathSummary(path, n or 0, done or 0, bool(is_started), f or 0)
        for path, n, done, f, is_started in rows
    ]


@dataclass
class PathPage:
    path: LearningPath
    items: list[PathItem]
    done: dict[int, datetime]  # item id → when the viewer ticked it off
    started_at: datetime | None

    @property
    def progress(self) -> int:
        """Percent of the items done."""
        return round(100 * len(self.done) / len(self.items)) if self.items else 0


def load_path(path_id: int, viewer: User) -> PathPage:
    path = db.session.scalar(
        select(LearningPath)
        .where(LearningPath.id == path_id, LearningPath.archived_at.is_(None))
        .options(
            joinedload(LearningPath.created_by),
            selectinload(LearningPath.items).options(
                joinedload(PathItem.page), joinedload(PathItem.question)
            ),
        )
    )
    if path is None:
        raise NotFound("There is no such learning path, or it has been archived.")
    done = dict(
        db.session.execute(
            select(PathProgress.item_id, PathProgress.done_at)
            .join(PathItem, PathItem.id == PathProgress.item_id)
            .where(PathItem.path_id == path.id, PathProgress.user_id == viewer.id)
        ).all()
    )
    started = db.session.scalar(
        select(PathEnrollment.started_at).where(
            PathEnrollment.path_id == path.id, PathEnrollment.user_id == viewer.id
        )
    )
    return PathPage(path, list(path.items), done, started)


def enrollments(path: LearningPath) -> Select:
    """Who started the path, earliest first (to paginate)."""
    return (
        select(PathEnrollment)
        .where(PathEnrollment.path_id == path.id)
        .options(joinedload(PathEnrollment.user))
        .order_by(PathEnrollment.started_at, PathEnrollment.user_id)
    )


@dataclass
class Learner:
    user: User
    started_at: datetime
    done: int
    last_done_at: datetime | None


def learners(path: LearningPath, started: list[PathEnrollment]) -> list[Learner]:
    """Each of these followers with how many of the path's items they have done: one query."""
    counts = {
        user_id: (n, last)
        for user_id, n, last in db.session.execute(
            select(PathProgress.user_id, func.count(), func.max(PathProgress.done_at))
            .join(PathItem, PathItem.id == PathProgress.item_id)
            .where(PathItem.path_id == path.id,
                   PathProgress.user_id.in_([e.user_id for e in started]))
            .group_by(PathProgress.user_id)
        ).all()
    }
    return [Learner(e.user, e.started_at, *counts.get(e.user_id, (0, None))) for e in started]
