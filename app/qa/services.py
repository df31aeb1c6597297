"""Q&A rules. So far: reading the tag vocabulary."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.qa.models import Tag, TagCategory


def vocabulary() -> list[TagCategory]:
    """Every tag category in order, with its tags and their synonyms loaded."""
    return list(
        db.session.scalars(
            select(TagCategory)
            .options(selectinload(TagCategory.tags).selectinload(Tag.synonyms))
            .order_by(TagCategory.position, TagCategory.name)
        )
    )
