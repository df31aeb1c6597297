"""The people directory's filter form (a GET form: no CSRF token, nothing changes)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SearchField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from app.auth.models import NAME_MAX, Altitude, Department


class DirectoryFilterForm(FlaskForm):
    class Meta:
        csrf = False

    name = SearchField("Name", validators=[Optional(), Length(max=NAME_MAX)])
    team = SelectField("Team", validators=[Optional()], validate_choice=True)
    region = SelectField("Region", validators=[Optional()], validate_choice=True)
    department = SelectField(
        "Department",
        choices=[SelectChoice("", "Any department")]
        + [SelectChoice(d.value, d.value.title()) for d in Department],
        validators=[Optional()],
    )
    altitude = SelectField(
        "Level",
        choices=[SelectChoice("", "Any level")]
        + [SelectChoice(a.value, a.label) for a in Altitude],
        validators=[Optional()],
    )

    def set_groups(self, teams, regions) -> None:
        self.team.choices = [SelectChoice("", "Any team")] + [
            SelectChoice(t.slug, t.name) for t in teams
        ]
        self.region.choices = [SelectChoice("", "Any region")] + [
            SelectChoice(r.slug, r.name) for r in regions
        ]
