"""Every feature's models, imported in one place so the metadata is complete (Alembic, tests)."""

from app.auth.models import User
from app.points.models import PointsEntry, PointsEntryTag
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
from app.search.models import SearchDocument, SearchMiss, SearchOutbox
from app.wiki.models import (
    LearningPath,
    PathEnrollment,
    PathItem,
    PathProgress,
    WikiFeedback,
    WikiLink,
    WikiPage,
    WikiPageTag,
    WikiPageView,
    WikiRedirect,
    WikiRevision,
)

__all__ = [
    "Answer",
    "Comment",
    "LearningPath",
    "PathEnrollment",
    "PathItem",
    "PathProgress",
    "PointsEntry",
    "PointsEntryTag",
    "Post",
    "PostRevision",
    "PostTag",
    "Question",
    "QuestionView",
    "Region",
    "SearchDocument",
    "SearchMiss",
    "SearchOutbox",
    "Tag",
    "TagCategory",
    "TagRequest",
    "TagSynonym",
    "Team",
    "User",
    "Vote",
    "WikiFeedback",
    "WikiLink",
    "WikiPage",
    "WikiPageTag",
    "WikiPageView",
    "WikiRedirect",
    "WikiRevision",
]
