"""The tag vocabulary: categories, tags with guiding descriptions, and their synonyms."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db

TAG_NAME_MAX = 40
TAG_DESCRIPTION_MAX = 500


class TagCategory(db.Model):
    __tablename__ = "tag_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(default=0, server_default="0")

    tags: Mapped[list[Tag]] = relationship(back_populates="category", order_by="Tag.name")


class Tag(db.Model):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TAG_NAME_MAX), unique=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("tag_categories.id"), index=True)
    description: Mapped[str] = mapped_column(String(TAG_DESCRIPTION_MAX), default="")

    category: Mapped[TagCategory] = relationship(back_populates="tags")
    synonyms: Mapped[list[TagSynonym]] = relationship(
        back_populates="tag", order_by="TagSynonym.name", cascade="all, delete-orphan"
    )


class TagSynonym(db.Model):
    """Another word for a tag (an old product name, an abbreviation): stored as its tag."""

    __tablename__ = "tag_synonyms"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TAG_NAME_MAX), unique=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)

    tag: Mapped[Tag] = relationship(back_populates="synonyms")
