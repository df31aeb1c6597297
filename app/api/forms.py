"""The form that makes a personal access token (the rules live in app.api.tokens)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.fields.choices import SelectChoice

from app.api.models import NAME_MAX


class TokenForm(FlaskForm):
    name = StringField("Name", description=f"What will use it, up to {NAME_MAX} characters "
                                           "(“CRM sync”, “FAQ import”).")
    expires = SelectField("Expires", default="90", validate_choice=False, choices=[
        SelectChoice("30", "In 30 days"), SelectChoice("90", "In 90 days"),
        SelectChoice("365", "In a year"), SelectChoice("never", "Never")])
