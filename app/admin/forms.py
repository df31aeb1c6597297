"""The administrators' forms (the rules live in app.auth.services)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, SelectField
from wtforms.fields.choices import SelectChoice

from app.auth.models import EMAIL_MAX, Role

ROLE_CHOICES = [SelectChoice(r.value, r.value.capitalize()) for r in Role]


class InviteForm(FlaskForm):
    email = EmailField("E-mail address", render_kw={"maxlength": EMAIL_MAX,
                                                    "autocomplete": "off"})
    role = SelectField("Role", default=Role.MEMBER.value, choices=ROLE_CHOICES,
                       validate_choice=False)


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES, validate_choice=False)
