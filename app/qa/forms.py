"""Q&A forms. They carry the CSRF token and the fields; the rules live in the services, whose
errors are shown on the field they name (`show_error`)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from app.qa.models import (
    BODY_MAX,
    COMMENT_MAX,
    SUMMARY_MAX,
    TAG_DESCRIPTION_MAX,
    TAG_NAME_MAX,
    TAGS_MAX,
    TITLE_MAX,
)
from app.qa.services import Sort

_TAGS_HINT = (
    f"1 to {TAGS_MAX} tags from the vocabulary, separated by spaces: product, competitor, "
    "buyer role, topic… An old product name or abbreviation is turned into its tag."
)


class QuestionForm(FlaskForm):
    title = StringField(
        "Title",
        description="The question in one sentence, as you would ask a colleague.",
        render_kw={"maxlength": TITLE_MAX, "autocomplete": "off", "data-similar": ""},
    )
    body = TextAreaField(
        "Details",
        description="The situation, what you tried, what the buyer said. Markdown works; "
        "@name mentions a colleague.",
        render_kw={"rows": 10, "maxlength": BODY_MAX},
    )
    tags = StringField(
        "Tags",
        description=_TAGS_HINT,
        render_kw={"autocomplete": "off", "data-tag-input": "", "spellcheck": "false"},
    )


class EditQuestionForm(QuestionForm):
    summary = StringField(
        "Edit summary",
        description="What you changed and why (optional).",
        render_kw={"maxlength": SUMMARY_MAX},
    )
    base_revision = HiddenField()


class AnswerForm(FlaskForm):
    body = TextAreaField(
        "Your answer",
        description="Concrete steps, a talk track, who to involve. Markdown works.",
        render_kw={"rows": 8, "maxlength": BODY_MAX},
    )


class EditAnswerForm(AnswerForm):
    summary = EditQuestionForm.summary
    base_revision = HiddenField()


class CommentForm(FlaskForm):
    body = TextAreaField(
        "Comment",
        description="Ask for a detail or add a short note.",
        render_kw={"rows": 2, "maxlength": COMMENT_MAX},
    )


class CloseForm(FlaskForm):
    original = StringField(
        "Original question",
        description="The address or the number of the question this one duplicates.",
        render_kw={"autocomplete": "off"},
    )


class QuestionFilterForm(FlaskForm):
    """The lists' sort and filters (a GET form: nothing changes, no CSRF token)."""

    class Meta:
        csrf = False

    sort = SelectField(
        "Sort",
        choices=[SelectChoice(s.value, s.label) for s in Sort],
        default=Sort.NEWEST.value,
        validators=[Optional()],
    )
    tag = SelectMultipleField("Tags", validators=[Optional()], validate_choice=False)
    category = SelectField("Category", validators=[Optional()], validate_choice=True)

    def set_categories(self, categories) -> None:
        self.category.choices = [SelectChoice("", "Any category")] + [
            SelectChoice(c.slug, c.name) for c in categories
        ]


class TagForm(FlaskForm):
    name = StringField(
        "Name",
        description="Lower case, hyphens between words: “compelling-event”.",
        render_kw={"maxlength": TAG_NAME_MAX, "autocomplete": "off"},
    )
    category = SelectField("Category", validate_choice=True)
    description = TextAreaField(
        "What it means here",
        description="Shown wherever the tag is picked or hovered.",
        render_kw={"rows": 3, "maxlength": TAG_DESCRIPTION_MAX},
    )

    def set_categories(self, categories) -> None:
        self.category.choices = [SelectChoice(c.slug, c.name) for c in categories]


class ProposeTagForm(TagForm):
    reason = TextAreaField(
        "Why it is needed (optional)",
        render_kw={"rows": 2, "maxlength": TAG_DESCRIPTION_MAX},
    )


class SynonymForm(FlaskForm):
    name = StringField(
        "Synonym",
        description="An old product name, an abbreviation or a common misspelling.",
        render_kw={"maxlength": TAG_NAME_MAX, "autocomplete": "off"},
    )


class CategoryForm(FlaskForm):
    name = StringField("Name", render_kw={"maxlength": 80})
    description = TextAreaField("What belongs here", render_kw={"rows": 3, "maxlength": 1000})


class DecisionForm(FlaskForm):
    note = TextAreaField(
        "Note to the proposer",
        description="Needed when you reject: say which existing tag to use instead.",
        render_kw={"rows": 2, "maxlength": TAG_DESCRIPTION_MAX},
    )


class ImportedAuthorForm(FlaskForm):
    """Who wrote the imported posts that go under a name (one form on each row of the page)."""

    name = HiddenField()
    person = StringField("Person", description="Their @handle.",
                         render_kw={"autocomplete": "off", "spellcheck": "false"})
