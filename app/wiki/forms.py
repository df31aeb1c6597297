"""Wiki forms: fields and the CSRF token; the rules live in the services."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice

from app.qa.models import SUMMARY_MAX
from app.wiki.models import (
    FEEDBACK_COMMENT_MAX,
    PAGE_BODY_MAX,
    PAGE_TITLE_MAX,
    PATH_AUDIENCE_MAX,
    PATH_DESCRIPTION_MAX,
    PATH_NOTE_MAX,
    PATH_TITLE_MAX,
    REVIEW_INTERVALS,
)

_BODY_HINT = (
    "Markdown. Link another page with [[Page title]] or [[Page title|the words to show]]; a link "
    "to a page not written yet invites someone to write it. @name mentions a colleague."
)
_TAGS_HINT = (
    "Up to 5 tags from the vocabulary, separated by spaces (optional): they decide who finds "
    "the page."
)


class EditPageForm(FlaskForm):
    body = TextAreaField("Text", description=_BODY_HINT,
                         render_kw={"rows": 18, "maxlength": PAGE_BODY_MAX})
    tags = StringField(
        "Tags",
        description=_TAGS_HINT,
        render_kw={"autocomplete": "off", "data-tag-input": "", "spellcheck": "false"},
    )
    summary = StringField(
        "Edit summary",
        description="What you changed and why (optional; shown in the history).",
        render_kw={"maxlength": SUMMARY_MAX},
    )
    base_revision = HiddenField()


class NewPageForm(EditPageForm):
    title = StringField(
        "Title",
        description="How colleagues will name and link it: “Discovery call guide”.",
        render_kw={"maxlength": PAGE_TITLE_MAX, "autocomplete": "off"},
    )
    parent = StringField(
        "Part of (optional)",
        description="The title of the page this one belongs under, for the breadcrumbs.",
        render_kw={"maxlength": PAGE_TITLE_MAX, "autocomplete": "off"},
    )


class MoveForm(FlaskForm):
    title = NewPageForm.title
    parent = NewPageForm.parent


class SettingsForm(FlaskForm):
    owner = SelectField("Owner", description="Keeps the page current and verifies it.",
                        coerce=int, validate_choice=True)
    review_interval = SelectField(
        "Review every",
        choices=[SelectChoice(str(d), f"{d} days") for d in sorted(REVIEW_INTERVALS)],
        description="After this long without verification the page is marked stale.",
    )

    def set_people(self, people) -> None:
        self.owner.choices = [SelectChoice(p.id, f"{p.name} ({p.title or p.role})")
                              for p in people]


class RevertForm(FlaskForm):
    revision = HiddenField()
    base_revision = HiddenField()


class FeedbackForm(FlaskForm):
    helpful = RadioField(
        "Was this page helpful?",
        choices=[SelectChoice("yes", "Yes"), SelectChoice("no", "No")],
        validate_choice=False,
    )
    comment = TextAreaField(
        "What would make it better? (optional)",
        description="Only the page's owner and managers see it.",
        render_kw={"rows": 2, "maxlength": FEEDBACK_COMMENT_MAX},
    )


class PathForm(FlaskForm):
    title = StringField("Title", description="“New hire: first 30 days”, “Competing against X”.",
                        render_kw={"maxlength": PATH_TITLE_MAX, "autocomplete": "off"})
    audience = StringField("Who it is for", description="“Account executives in month one”.",
                           render_kw={"maxlength": PATH_AUDIENCE_MAX})
    description = TextAreaField("Description", description="What they will be able to do.",
                                render_kw={"rows": 3, "maxlength": PATH_DESCRIPTION_MAX})


class PathItemForm(FlaskForm):
    item = StringField(
        "Wiki page or question",
        description="A page's title, or a question's address or number.",
        render_kw={"autocomplete": "off", "maxlength": 300},
    )
    note = StringField("Note (optional)", description="Why it matters, what to look for.",
                       render_kw={"maxlength": PATH_NOTE_MAX})
