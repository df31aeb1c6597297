"""Wiki pages with their revisions, links, redirects, feedback and views, and the learning paths
(playbooks) built from pages and questions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import utcnow
from app.extensions import db
from app.qa.models import ordered_tag_links

if TYPE_CHECKING:
    from app.auth.models import User
    from app.qa.models import Question, Tag

PAGE_TITLE_MIN, PAGE_TITLE_MAX = 3, 120
PAGE_BODY_MAX = 100_000
SLUG_MAX = 140
FEEDBACK_COMMENT_MAX = 1_000
PATH_TITLE_MAX = 120
PATH_AUDIENCE_MAX = 120
PATH_DESCRIPTION_MAX = 500
PATH_NOTE_MAX = 300
PATH_ITEMS_MAX = 50
# How often an owner is asked to re-verify a page (days), the default first.
REVIEW_INTERVALS = (90, 30, 60, 180, 365)


class WikiPage(db.Model):
    """A best-practice page. `title_key` is the title as links match it (case and spacing
    folded); the rendered body is kept with the revision it belongs to."""

    __tablename__ = "wiki_pages"
    __table_args__ = (
        CheckConstraint("review_interval_days > 0", name="review_interval_positive"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX))
    title_key: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX), unique=True)
    slug: Mapped[str] = mapped_column(String(SLUG_MAX), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("wiki_pages.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    # The number of the current revision: a save based on an older one is a conflict.
    revision: Mapped[int] = mapped_column(default=1, server_default="1")
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    review_interval_days: Mapped[int] = mapped_column(default=90, server_default="90")
    verified_at: Mapped[datetime]
    verified_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # verified_at + the interval: past it the page is stale (kept as a column to list by it).
    review_due_at: Mapped[datetime] = mapped_column(index=True)
    # When page_stale was last sent for this page (once per time it goes stale).
    stale_announced_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.now(), index=True
    )
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    view_count: Mapped[int] = mapped_column(default=0, server_default="0")
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    parent: Mapped[WikiPage | None] = relationship(remote_side="WikiPage.id")
    owner: Mapped[User] = relationship(foreign_keys=[owner_id])
    verified_by: Mapped[User] = relationship(foreign_keys=[verified_by_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])
    tags: Mapped[list[Tag]] = relationship(
        secondary="wiki_page_tags", order_by="WikiPageTag.position", viewonly=True
    )
    tag_links: Mapped[list[WikiPageTag]] = relationship(
        order_by="WikiPageTag.position", cascade="all, delete-orphan"
    )

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    def is_stale(self, now: datetime | None = None) -> bool:
        return self.review_due_at <= (now or utcnow())

    def set_tags(self, tags: list[Tag]) -> None:
        self.tag_links = ordered_tag_links(self.tag_links, tags, WikiPageTag)


class WikiPageTag(db.Model):
    __tablename__ = "wiki_page_tags"
    __table_args__ = (Index("ix_wiki_page_tags_tag_id_page_id", "tag_id", "page_id"),)

    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class WikiRevision(db.Model):
    """A page as it was after one save: revision 1 is the first version."""

    __tablename__ = "wiki_revisions"
    __table_args__ = (
        UniqueConstraint("page_id", "number"),
        # Who wrote in a period (the analytics dashboard's contributors).
        Index("ix_wiki_revisions_time_author", "created_at", "author_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"))
    number: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    title: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX))
    body: Mapped[str] = mapped_column(Text)
    # The tag names, space-separated, as they were at this revision.
    tags: Mapped[str] = mapped_column(String(300), default="", server_default="")
    summary: Mapped[str] = mapped_column(String(200), default="", server_default="")

    author: Mapped[User] = relationship()


class WikiLink(db.Model):
    """A `[[link]]` in a page's current text, by the title key it names (the page may not exist
    yet): what a page links to, and, read the other way, its backlinks."""

    __tablename__ = "wiki_links"

    source_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"), primary_key=True)
    target_key: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX), primary_key=True, index=True)
    # The target as first written, to offer as the title of a page not written yet.
    target_title: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX))


class WikiRedirect(db.Model):
    """A former title and address of a page: links and bookmarks to it keep working."""

    __tablename__ = "wiki_redirects"

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"), index=True)
    title: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX))
    title_key: Mapped[str] = mapped_column(String(PAGE_TITLE_MAX), unique=True)
    # None when the page's address did not change with this title (or another redirect has it).
    slug: Mapped[str | None] = mapped_column(String(SLUG_MAX), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class WikiFeedback(db.Model):
    """One person's "was this helpful?" answer on a page, with an optional comment."""

    __tablename__ = "wiki_feedback"
    __table_args__ = (
        UniqueConstraint("page_id", "user_id"),
        # A period's most and least helpful pages (the analytics dashboard).
        Index("ix_wiki_feedback_time_page", "updated_at", "page_id", "helpful"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    helpful: Mapped[bool]
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    user: Mapped[User] = relationship()


class WikiPageView(db.Model):
    """Who viewed a page on which day: the view count counts these, not page loads."""

    __tablename__ = "wiki_page_views"
    # A period's most viewed pages (the analytics dashboard).
    __table_args__ = (Index("ix_wiki_page_views_day_page", "day", "page_id"),)

    page_id: Mapped[int] = mapped_column(ForeignKey("wiki_pages.id"), primary_key=True)
    viewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class LearningPath(db.Model):
    """A playbook: an ordered list of wiki pages and questions for an audience."""

    __tablename__ = "learning_paths"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(PATH_TITLE_MAX), unique=True)
    audience: Mapped[str] = mapped_column(String(PATH_AUDIENCE_MAX))
    description: Mapped[str] = mapped_column(
        String(PATH_DESCRIPTION_MAX), default="", server_default=""
    )
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    archived_at: Mapped[datetime | None]

    created_by: Mapped[User] = relationship()
    items: Mapped[list[PathItem]] = relationship(
        back_populates="path", order_by="PathItem.position", cascade="all, delete-orphan"
    )


class PathItem(db.Model):
    """One step of a path: a wiki page or a question, with a note on why it matters."""

    __tablename__ = "path_items"
    __table_args__ = (
        CheckConstraint(
            "(page_id IS NULL) <> (question_id IS NULL)", name="page_or_question"
        ),
        Index("ix_path_items_path_id_position", "path_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    path_id: Mapped[int] = mapped_column(ForeignKey("learning_paths.id"))
    position: Mapped[int]
    page_id: Mapped[int | None] = mapped_column(ForeignKey("wiki_pages.id"), index=True)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id"), index=True)
    note: Mapped[str] = mapped_column(String(PATH_NOTE_MAX), default="", server_default="")

    path: Mapped[LearningPath] = relationship(back_populates="items")
    page: Mapped[WikiPage | None] = relationship()
    question: Mapped[Question | None] = relationship()


class PathEnrollment(db.Model):
    """Someone who started a path."""

    __tablename__ = "path_enrollments"

    path_id: Mapped[int] = mapped_column(ForeignKey("learning_paths.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    user: Mapped[User] = relationship()


class PathProgress(db.Model):
    """An item someone ticked off."""

    __tablename__ = "path_progress"
    # A person's latest step (who is stuck: the analytics dashboard).
    __table_args__ = (Index("ix_path_progress_user_done", "user_id", "done_at"),)

    item_id: Mapped[int] = mapped_column(
        ForeignKey("path_items.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    done_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
