"""The dashboard's filters: a GET form (nothing changes, no CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from sqlalchemy import literal, select, text, union_all
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from app.analytics.services import EVERYONE, PERIODS
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa.models import TagCategory


class FilterForm(FlaskForm):
    class Meta:
        csrf = False

    period = SelectField("Period", choices=[SelectChoice(str(d), label)
                                            for d, label in PERIODS.items()],
                         validators=[Optional()])
    team = SelectField("Team", validators=[Optional()])
    region = SelectField("Region", validators=[Optional()])
    category = SelectField("Tag category", validators=[Optional()])

    def load_choices(self, own_team: str | None) -> None:
        """The teams, regions and categories there are: one read of the three small tables."""
        rows = db.session.execute(union_all(
            select(literal("team").label("kind"), Team.slug, Team.name,
                   literal(0).label("position")),
            select(literal("region"), Region.slug, Region.name, literal(0)),
            select(literal("category"), TagCategory.slug, TagCategory.name,
                   TagCategory.position),
        ).order_by(text("kind"), text("position"), text("name"))).all()
        found = {"team": [], "region": [], "category": []}
        for kind, slug, name, _ in rows:
            found[kind].append(SelectChoice(slug, name + (" (mine)" if kind == "team"
                                                          and slug == own_team else "")))
        self.team.choices = [SelectChoice(EVERYONE, "Everyone"), *found["team"]]
        self.region.choices = [SelectChoice("", "Any region"), *found["region"]]
        self.category.choices = [SelectChoice("", "Any category"), *found["category"]]
