"""The form that makes a personal access token (the rules live in app.auth.tokens)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice

from app.auth.models import TOKEN_NAME_MAX


class TokenForm(FlaskForm):
    name = StringField("Name", description=f"What will use it, up to {TOKEN_NAME_MAX} characters "
                                           "(“CRM sync”, “FAQ import”).")
    expires = SelectField("Expires", default="90", validate_choice=False, choices=[
        SelectChoice("30", "In 30 days"), SelectChoice("90", "In 90 days"),
        SelectChoice("365", "In a year"), SelectChoice("never", "Never")])
    # A token acts as its person: whoever makes one proves they are that person again, as
    # GitHub's "sudo mode" does (a session left open on a shared computer is not enough).
    password = PasswordField("Your password", description="To make sure it is you.",
                             render_kw={"autocomplete": "current-password"})
