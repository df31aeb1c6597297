"""Every feature's models, imported in one place so the metadata is complete (Alembic, tests)."""

from app.auth.models import User
from app.profiles.models import Region, Team
from app.qa.models import (
    Answer,
    Comment,
    Post,
    PostRevision,
    PostTag,
    Question,
    QuestionView,
    Tag,
    TagCategory,
    TagRequest,
    TagSynonym,
    Vote,
)

__all__ = [
    "Answer",
    "Comment",
    "Post",
    "PostRevision",
    "PostTag",
    "Question",
    "QuestionView",
    "Region",
    "Tag",
    "TagCategory",
    "TagRequest",
    "TagSynonym",
    "Team",
    "User",
    "Vote",
]
