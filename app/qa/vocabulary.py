"""The tag vocabulary's rules: reading it, managers curating tags, categories and synonyms, and
members proposing a tag, which enters the vocabulary only when a manager approves it.

Like every service module, nothing here commits.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from app import signals
from app.auth.models import User, utcnow
from app.errors import Conflict, Forbidden, NotFound, ServiceError
from app.extensions import db, escape_like
from app.qa.models import (
    TAG_DESCRIPTION_MAX,
    TAG_NAME_MAX,
    Tag,
    TagCategory,
    TagRequest,
    TagSynonym,
)

# Lower-case letters, digits and + # . - (like Stack Overflow's), from a letter or digit.
TAG_NAME = re.compile(r"^[a-z0-9][a-z0-9+#.-]*$")
# Words the tag pages' own addresses use (/tags/new, /tags/propose...).
RESERVED_NAMES = {"new", "propose", "requests", "categories", "suggest"}
CATEGORY_NAME_MAX = 80
CATEGORY_DESCRIPTION_MAX = 1000


def vocabulary() -> list[TagCategory]:
    """Every tag category in order, with its tags and their synonyms loaded."""
    return list(
        db.session.scalars(
            select(TagCategory)
            .options(selectinload(TagCategory.tags).selectinload(Tag.synonyms))
            .order_by(TagCategory.position, TagCategory.name)
        )
    )


def categories() -> list[TagCategory]:
    return list(
        db.session.scalars(select(TagCategory).order_by(TagCategory.position, TagCategory.name))
    )


def get_tag(name: str) -> Tag:
    """The tag called `name`, or the tag `name` is a synonym of."""
    name = (name or "").strip().lower()
    tag = db.session.scalar(
        select(Tag).where(Tag.name == name).options(joinedload(Tag.category))
    ) or db.session.scalar(
        select(Tag).join(TagSynonym).where(TagSynonym.name == name)
        .options(joinedload(Tag.category))
    )
    if tag is None:
        raise NotFound(f"There is no tag “{name[:TAG_NAME_MAX]}” in the vocabulary.")
    return tag


def get_category(slug: str) -> TagCategory:
    category = db.session.scalar(select(TagCategory).where(TagCategory.slug == slug))
    if category is None:
        raise NotFound("There is no such tag category.")
    return category


def suggest(text: str, limit: int = 8) -> list[tuple[Tag, str | None]]:
    """Tags whose name or a synonym starts with (then contains) `text`: (tag, synonym matched)."""
    text = (text or "").strip().lower()[:TAG_NAME_MAX]
    if not text:
        return []
    escaped = escape_like(text)
    pattern = f"%{escaped}%"
    tags = list(
        db.session.scalars(
            select(Tag)
            .options(joinedload(Tag.category))
            .where(Tag.name.like(pattern, escape="\\"))
            .order_by(Tag.name.like(f"{escaped}%", escape="\\").desc(), Tag.name)
            .limit(limit)
        )
    )
    results: list[tuple[Tag, str | None]] = [(tag, None) for tag in tags]
    if len(results) < limit:
        for synonym, tag in db.session.execute(
            select(TagSynonym.name, Tag)
            .join(Tag)
            .options(joinedload(Tag.category))
            .where(TagSynonym.name.like(pattern, escape="\\"))
            .order_by(TagSynonym.name)
            .limit(limit)
        ):
            if tag not in tags and len(results) < limit:
                tags.append(tag)
                results.append((tag, synonym))
    return results


def _require_manager(actor: User) -> None:
    if not actor.is_manager:
        raise Forbidden("Only managers and administrators curate the tag vocabulary.")


def _clean_tag_name(name: str | None) -> str:
    name = (name or "").strip().lower()
    if not name:
        raise ServiceError("Give the tag a name.", "name")
    if len(name) > TAG_NAME_MAX:
        raise ServiceError(f"A tag name has at most {TAG_NAME_MAX} characters.", "name")
    if not TAG_NAME.match(name):
        raise ServiceError(
            "A tag name uses lower-case letters, digits and + # . - only, without spaces "
            "(use a hyphen: “compelling-event”).",
            "name",
        )
    if name in RESERVED_NAMES:
        raise ServiceError(f"“{name}” is a reserved word; choose a more specific name.", "name")
    return name


def _clean_description(description: str | None, field: str = "description",
                       maximum: int = TAG_DESCRIPTION_MAX, required: bool = True) -> str:
    description = " ".join((description or "").split())
    if required and not description:
        raise ServiceError(
            "Say what the tag means here: that guiding context is what makes tags useful.", field
        )
    if len(description) > maximum:
        raise ServiceError(f"At most {maximum} characters.", field)
    return description


def _name_is_free(name: str, except_tag: Tag | None = None) -> None:
    tag = db.session.scalar(select(Tag).where(Tag.name == name))
    if tag is not None and tag is not except_tag:
        raise Conflict(f"“{name}” is already a tag.", "name")
    synonym = db.session.scalar(select(TagSynonym).where(TagSynonym.name == name))
    if synonym is not None and synonym.tag is not except_tag:
        raise Conflict(f"“{name}” is already a synonym of “{synonym.tag.name}”.", "name")


def create_tag(actor: User, name: str, category: TagCategory, description: str) -> Tag:
    _require_manager(actor)
    name = _clean_tag_name(name)
    description = _clean_description(description)
    _name_is_free(name)
    tag = Tag(name=name, category=category, description=description)
    db.session.add(tag)
    db.session.flush()
    return tag


def update_tag(actor: User, tag: Tag, name: str, category: TagCategory, description: str) -> None:
    """Change a tag. A renamed tag keeps its old name as a synonym, so old links and habits work."""
    _require_manager(actor)
    name = _clean_tag_name(name)
    description = _clean_description(description)
    if name != tag.name:
        _name_is_free(name, except_tag=tag)
        old = tag.name
        for synonym in list(tag.synonyms):
            if synonym.name == name:
                tag.synonyms.remove(synonym)
        db.session.flush()
        tag.name = name
        tag.synonyms.append(TagSynonym(name=old))
    tag.category = category
    tag.description = description
    db.session.flush()
    signals.tag_changed.send(tag)


def add_synonym(actor: User, tag: Tag, name: str) -> TagSynonym:
    _require_manager(actor)
    name = _clean_tag_name(name)
    _name_is_free(name)
    synonym = TagSynonym(name=name, tag=tag)
    db.session.add(synonym)
    db.session.flush()
    signals.tag_changed.send(tag)
    return synonym


def remove_synonym(actor: User, tag: Tag, synonym_id: int) -> None:
    _require_manager(actor)
    synonym = db.session.get(TagSynonym, synonym_id)
    if synonym is None or synonym.tag_id != tag.id:
        raise NotFound("That synonym does not belong to this tag.")
    db.session.delete(synonym)
    db.session.flush()
    signals.tag_changed.send(tag)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]


def save_category(
    actor: User, name: str, description: str, category: TagCategory | None = None
) -> TagCategory:
    """Create a category (category=None) or rename/redescribe one."""
    _require_manager(actor)
    name = " ".join((name or "").split())
    if not name or not _slug(name):
        raise ServiceError("Give the category a name.", "name")
    if len(name) > CATEGORY_NAME_MAX:
        raise ServiceError(f"A category name has at most {CATEGORY_NAME_MAX} characters.", "name")
    description = _clean_description(description, maximum=CATEGORY_DESCRIPTION_MAX)
    clash = db.session.scalar(
        select(TagCategory).where(
            (func.lower(TagCategory.name) == name.lower()) | (TagCategory.slug == _slug(name))
        )
    )
    if clash is not None and clash is not category:
        raise Conflict(f"There is already a category “{clash.name}”.", "name")
    if category is None:
        position = db.session.scalar(select(func.coalesce(func.max(TagCategory.position), -1)))
        category = TagCategory(slug=_slug(name), position=position + 1)
        db.session.add(category)
    category.name, category.description = name, description
    db.session.flush()
    return category


def propose_tag(
    member: User, name: str, category: TagCategory, description: str, reason: str = ""
) -> TagRequest:
    """Ask for a new tag. It waits for a manager; it is not usable until approved."""
    name = _clean_tag_name(name)
    description = _clean_description(description)
    reason = _clean_description(reason, "reason", required=False)
    _name_is_free(name)
    pending = db.session.scalar(
        select(TagRequest).where(TagRequest.name == name, TagRequest.status == "pending")
    )
    if pending is not None:
        raise Conflict(f"“{name}” has already been proposed and is waiting for a manager.", "name")
    request = TagRequest(
        name=name,
        category=category,
        description=description,
        reason=reason,
        requested_by_id=member.id,
    )
    db.session.add(request)
    db.session.flush()
    return request


def pending_requests() -> list[TagRequest]:
    return list(
        db.session.scalars(
            select(TagRequest)
            .where(TagRequest.status == "pending")
            .options(joinedload(TagRequest.category), joinedload(TagRequest.requested_by))
            .order_by(TagRequest.created_at)
        )
    )


def pending_request_count() -> int:
    return db.session.scalar(
        select(func.count()).select_from(TagRequest).where(TagRequest.status == "pending")
    )


def get_request(request_id: int) -> TagRequest:
    request = db.session.get(TagRequest, request_id)
    if request is None:
        raise NotFound("There is no such tag proposal.")
    return request


def _decide(actor: User, request: TagRequest, status: str, note: str) -> None:
    _require_manager(actor)
    if request.status != "pending":
        raise Conflict(f"This proposal has already been {request.status}.")
    request.status = status
    request.decided_by_id, request.decided_at = actor.id, utcnow()
    request.decision_note = _clean_description(note, "note", required=False)


def approve_request(actor: User, request: TagRequest, note: str = "") -> Tag:
    _decide(actor, request, "approved", note)
    tag = create_tag(actor, request.name, request.category, request.description)
    request.tag_id = tag.id
    return tag


def reject_request(actor: User, request: TagRequest, note: str) -> None:
    if not (note or "").strip():
        raise ServiceError("Say why, so the person who proposed it learns the vocabulary.", "note")
    _decide(actor, request, "rejected", note)

