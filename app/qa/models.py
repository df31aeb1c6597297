"""Questions, answers, comments, votes, revisions, and the tag vocabulary that gives them context.

Questions and answers are one table, `posts` (single-table inheritance, as Stack Overflow keeps
them), so that votes, comments and revisions refer to either with one foreign key.
"""

from __future__ import annotations

import enum
import re
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
    false,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.auth.models import utcnow
from app.extensions import db

if TYPE_CHECKING:
    from app.auth.models import User

TAG_NAME_MAX = 40
TAG_DESCRIPTION_MAX = 500
TITLE_MIN, TITLE_MAX = 15, 150
BODY_MIN, BODY_MAX = 20, 30_000
COMMENT_MIN, COMMENT_MAX = 5, 600
TAGS_MIN, TAGS_MAX = 1, 5
SUMMARY_MAX = 200
ORIGIN_URL_MAX = 200
ORIGIN_CHANNEL_MAX = 40  # a chat channel's name (app.chat.models.NAME_MAX)
ORIGINAL_AUTHOR_MAX = 200  # a name, or an address, as an imported file gives it


def ordered_tag_links(current: list, tags: list[Tag], link_type) -> list:
    """The link rows (PostTag, WikiPageTag...) for `tags` in their order: a tag already linked
    keeps its row, a new one gets a new row of `link_type`."""
    kept = {link.tag_id: link for link in current}
    links = []
    for position, tag in enumerate(tags):
        link = kept.get(tag.id) or link_type(tag_id=tag.id)
        link.position = position
        links.append(link)
    return links


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
    # Live questions with this tag, kept with every tagging, deletion and restore (as Stack
    # Overflow keeps its tags' counts): the tag page's total, and how a filter reads the tag.
    question_count: Mapped[int] = mapped_column(default=0, server_default="0")

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


class TagRequest(db.Model):
    """A tag a member asked for: it enters the vocabulary only when a manager approves it."""

    __tablename__ = "tag_requests"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(TAG_NAME_MAX))
    category_id: Mapped[int] = mapped_column(ForeignKey("tag_categories.id"))
    description: Mapped[str] = mapped_column(String(TAG_DESCRIPTION_MAX))
    reason: Mapped[str] = mapped_column(String(TAG_DESCRIPTION_MAX), default="", server_default="")
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    status: Mapped[str] = mapped_column(
        String(16), default="pending", server_default="pending", index=True
    )
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(
        String(TAG_DESCRIPTION_MAX), default="", server_default=""
    )
    tag_id: Mapped[int | None] = mapped_column(ForeignKey("tags.id", ondelete="SET NULL"))

    category: Mapped[TagCategory] = relationship()
    requested_by: Mapped[User] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])


# A partial index's condition: live posts (the lists' queries say it in these very words, as
# SQLite needs to use such an index).
_LIVE = "deleted_at IS NULL"
LIVE = {"sqlite_where": text(_LIVE), "postgresql_where": text(_LIVE)}


class PostKind(enum.StrEnum):
    QUESTION = "question"
    ANSWER = "answer"


class Origin(enum.StrEnum):
    """Where a post came from when it was not written here."""

    CHAT = "chat"  # a chat message, promoted by someone (maybe not its author)
    IMPORT = "import"  # an entry of an imported FAQ file


class Post(db.Model):
    """What questions and answers share: an author, a Markdown body, a score, revisions."""

    __tablename__ = "posts"
    __table_args__ = (
        CheckConstraint("kind IN ('question', 'answer')", name="kind_known"),
        CheckConstraint("kind <> 'question' OR title IS NOT NULL", name="question_has_title"),
        CheckConstraint("kind <> 'answer' OR question_id IS NOT NULL", name="answer_has_question"),
        CheckConstraint("origin IN ('chat', 'import')", name="origin_known"),
        # The question lists, one index per order, of live posts only (LIVE: PostgreSQL orders
        # by an index's later columns only past equalities, and "deleted_at IS NULL" is none),
        # so that a page and its count read the index alone however deep the page; the id
        # orders ties as the lists do (more indexes follow the subclasses).
        Index("ix_posts_newest", "kind", "created_at", "id", **LIVE),
        # Live posts by id: the API's keyset pages (newest first by id).
        Index("ix_posts_live_id", "kind", "id", **LIVE),
        # The home page's feed: every live post newest first, with what its filter reads.
        Index("ix_posts_feed", "created_at", "id", "author_id", "kind", **LIVE),
        # A person's questions or answers, newest first, and their counts, read from the index
        # alone (else SQLite reads the feed's index whole to count one person's answers).
        Index("ix_posts_author", "author_id", "kind", "created_at", "id", "deleted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    body: Mapped[str] = mapped_column(Text)
    # The body rendered and sanitised at save time (app.markdown), with @mentions linked.
    body_html: Mapped[str] = mapped_column(Text)
    score: Mapped[int] = mapped_column(default=0, server_default="0")
    # The number of the current revision: an edit based on an older one is a conflict.
    revision: Mapped[int] = mapped_column(default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Where it came from (None: written here), who brought it (promoted the chat message,
    # imported the file) and when: the page says so beside the author.
    origin: Mapped[str | None] = mapped_column(String(16))
    origin_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    origin_at: Mapped[datetime | None]
    # A promoted post's chat message: its address and its channel's name.
    origin_url: Mapped[str] = mapped_column(String(ORIGIN_URL_MAX), default="",
                                            server_default="")
    origin_channel: Mapped[str] = mapped_column(String(ORIGIN_CHANNEL_MAX), default="",
                                                server_default="")
    # Who wrote an imported post, as the file names them, while it is credited to the imported
    # content account; "" once an admin says which person it was (or when the file named
    # nobody). Text only: a name in a file never credits a real person by itself.
    original_author: Mapped[str] = mapped_column(String(ORIGINAL_AUTHOR_MAX), default="",
                                                 server_default="", index=True)

    author: Mapped[User] = relationship(foreign_keys=[author_id])
    origin_by: Mapped[User | None] = relationship(foreign_keys=[origin_by_id])
    comments: Mapped[list[Comment]] = relationship(
        back_populates="post",
        order_by="Comment.id",
        primaryjoin="and_(Comment.post_id == Post.id, Comment.deleted_at.is_(None))",
        viewonly=True,
    )

    __mapper_args__ = {"polymorphic_on": "kind"}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_imported(self) -> bool:
        return self.origin == Origin.IMPORT

    @property
    def credited_to_person(self) -> bool:
        """False for an imported post whose author nobody has named yet: it is the imported
        content account's, which is nobody (it is never shown or paid as a person)."""
        return not (self.is_imported and self.author.is_placeholder)

    @property
    def author_name(self) -> str:
        """The author's name as shown: for a post not credited to a person, the name its file
        gave, as text."""
        if self.credited_to_person:
            return self.author.name
        return self.original_author or "Unknown author"


class Question(Post):
    __mapper_args__ = {"polymorphic_identity": PostKind.QUESTION.value}

    title: Mapped[str] = mapped_column(String(TITLE_MAX), nullable=True)
    view_count: Mapped[int] = mapped_column(default=0, server_default="0", nullable=True)
    # Answers not deleted; kept with every answer posted, deleted or restored.
    answer_count: Mapped[int] = mapped_column(default=0, server_default="0", nullable=True)
    last_activity_at: Mapped[datetime] = mapped_column(nullable=True)
    # An accepted answer, or a live answer with a positive score (qa.services.answered_now):
    # kept with every vote, acceptance, deletion and restore, so that the unanswered list reads
    # an index instead of looking at every question's answers.
    answered: Mapped[bool] = mapped_column(default=False, server_default=false(), nullable=True)
    accepted_answer_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", name="fk_posts_accepted_answer_id_posts")
    )
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("posts.id", name="fk_posts_duplicate_of_id_posts")
    )
    # The first live answer by someone other than the asker (None while there is none): kept
    # with every answer posted, deleted or restored, so that the time to a first answer reads
    # the question alone (the enablement dashboard).
    first_answer_at: Mapped[datetime | None]
    # When the accepted answer was accepted (None when none is, or when it was accepted before
    # this was kept and earned no award to date it by): the time to an accepted answer.
    accepted_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The accepted answer was marked so by an imported file, not by the asker: it pays nobody
    # (the asker accepting an answer again pays as usual).
    accepted_by_import: Mapped[bool] = mapped_column(default=False, server_default=false(),
                                                     nullable=True)

    tags: Mapped[list[Tag]] = relationship(
        secondary="post_tags", order_by="PostTag.position", viewonly=True
    )
    tag_links: Mapped[list[PostTag]] = relationship(
        order_by="PostTag.position", cascade="all, delete-orphan"
    )
    duplicate_of: Mapped[Question | None] = relationship(
        foreign_keys=[duplicate_of_id], remote_side="Post.id"
    )
    closed_by: Mapped[User | None] = relationship(foreign_keys=[closed_by_id])

    @property
    def is_closed(self) -> bool:
        return self.duplicate_of_id is not None

    @property
    def slug(self) -> str:
        """The title as it appears in the question's address (readable, not needed to find it)."""
        return re.sub(r"[^a-z0-9]+", "-", (self.title or "").lower()).strip("-")[:80] or "question"

    def set_tags(self, tags: list[Tag]) -> None:
        """Replace the tags, keeping the order they were given in."""
        self.tag_links = ordered_tag_links(self.tag_links, tags, PostTag)


class Answer(Post):
    __mapper_args__ = {"polymorphic_identity": PostKind.ANSWER.value}

    question_id: Mapped[int] = mapped_column(
        ForeignKey("posts.id", name="fk_posts_question_id_posts"), nullable=True
    )

    question: Mapped[Question] = relationship(foreign_keys=[question_id], remote_side="Post.id")


# Indexes on the subclasses' columns: the active, top and unanswered lists (live posts, as
# above; the unanswered list's open questions), and a question's answers by score.
Index("ix_posts_active", Post.kind, Question.last_activity_at, Post.id, **LIVE)
Index("ix_posts_top", Post.kind, Post.score, Post.created_at, Post.id, **LIVE)
Index("ix_posts_unanswered", Post.kind, Question.answered, Post.created_at, Post.id,
      sqlite_where=text(f"{_LIVE} AND duplicate_of_id IS NULL"),
      postgresql_where=text(f"{_LIVE} AND duplicate_of_id IS NULL"))
Index("ix_posts_question_id_score", Answer.question_id, Post.score)
# Most questions are neither accepted nor duplicates: these hold only the ones that are, so that
# no planner takes "duplicate_of_id IS NULL" (every question) for a narrow condition.
for _column in (Question.accepted_answer_id, Question.duplicate_of_id):
    Index(f"ix_posts_{_column.key}", _column, sqlite_where=_column.is_not(None),
          postgresql_where=_column.is_not(None))


class PostTag(db.Model):
    """A question's tag, in the order the asker gave."""

    __tablename__ = "post_tags"
    __table_args__ = (Index("ix_post_tags_tag_id_post_id", "tag_id", "post_id"),)

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id"), primary_key=True)
    position: Mapped[int] = mapped_column(default=0, server_default="0")


class Comment(db.Model):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    deleted_at: Mapped[datetime | None]
    deleted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    post: Mapped[Post] = relationship(back_populates="comments")
    author: Mapped[User] = relationship(foreign_keys=[author_id])


class Vote(db.Model):
    """One person's up (+1) or down (-1) vote on a post; changing it updates this row."""

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("post_id", "voter_id"),
        CheckConstraint("value IN (-1, 1)", name="value_up_or_down"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    voter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    value: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())

    post: Mapped[Post] = relationship()
    voter: Mapped[User] = relationship()


class PostRevision(db.Model):
    """A post as it was after one save: revision 1 is the original."""

    __tablename__ = "post_revisions"
    __table_args__ = (UniqueConstraint("post_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"))
    number: Mapped[int]
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())
    title: Mapped[str | None] = mapped_column(String(TITLE_MAX))
    body: Mapped[str] = mapped_column(Text)
    # The tag names, space-separated, as they were at this revision (questions only).
    tags: Mapped[str] = mapped_column(String(TAGS_MAX * (TAG_NAME_MAX + 1)), default="")
    summary: Mapped[str] = mapped_column(String(SUMMARY_MAX), default="", server_default="")

    author: Mapped[User] = relationship()


class QuestionView(db.Model):
    """Who viewed a question on which day: a question's view count counts these, not page loads."""

    __tablename__ = "question_views"

    question_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), primary_key=True)
    viewer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
