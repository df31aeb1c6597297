"""Which kinds of notification a person wants: one checkbox per kind."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import CheckboxInput, ListWidget

from app.notifications.models import Kind


class SettingsForm(FlaskForm):
    kinds = SelectMultipleField(
        "Tell me when",
        choices=[SelectChoice(kind.value, kind.label) for kind in Kind],
        widget=ListWidget(prefix_label=False),
        option_widget=CheckboxInput(),
        validate_choice=True,
    )
