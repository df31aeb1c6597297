"""The dashboard's filters: a GET form (nothing changes, no CSRF token)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from sqlalchemy import select
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
        """The teams, regions and categories there are: three small reads."""
        teams = db.session.execute(select(Team.slug, Team.name).order_by(Team.name)).all()
        self.team.choices = [SelectChoice(EVERYONE, "Everyone")] + [
            SelectChoice(slug, name + (" (mine)" if slug == own_team else ""))
            for slug, name in teams]
        self.region.choices = [SelectChoice("", "Any region")] + [
            SelectChoice(slug, name) for slug, name in
            db.session.execute(select(Region.slug, Region.name).order_by(Region.name))]
        self.category.choices = [SelectChoice("", "Any category")] + [
            SelectChoice(slug, name) for slug, name in db.session.execute(
                select(TagCategory.slug, TagCategory.name).order_by(TagCategory.position,
                                                                    TagCategory.name))]
