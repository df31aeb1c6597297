"""Every feature's models, imported in one place so the metadata is complete (Alembic, tests)."""

from app.auth.models import User
from app.profiles.models import Region, Team
from app.qa.models import Tag, TagCategory, TagSynonym

__all__ = ["Region", "Tag", "TagCategory", "TagSynonym", "Team", "User"]
