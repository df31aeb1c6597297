"""Certification forms: fields and the CSRF token; the rules live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField

from app.points.models import CERTIFICATION_DESCRIPTION_MAX, CERTIFICATION_NAME_MAX


class CertificationForm(FlaskForm):
    name = StringField("Name", render_kw={"maxlength": CERTIFICATION_NAME_MAX,
                                          "placeholder": "Value Selling Certified"})
    description = TextAreaField("What it certifies", render_kw={
        "rows": 3, "maxlength": CERTIFICATION_DESCRIPTION_MAX})


class AwardCertificationForm(FlaskForm):
    # Any value reaches the service, which refuses what is not a certification.
    certification = SelectField("Certification", validate_choice=False)

    def set_programs(self, programs) -> None:
        self.certification.choices = [("", "Choose a certification")] + [
            (str(program.id), program.name) for program, _ in programs]
