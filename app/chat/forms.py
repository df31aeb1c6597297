"""Chat's forms: a new channel, its topic, inviting people, and starting a direct message.
Lengths and shapes are the services' to check (one rule, one place); the forms carry the CSRF
token and the fields."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice


class ChannelForm(FlaskForm):
    name = StringField("Name", description="Lower-case letters, digits and hyphens, such as "
                       "deal-desk.")
    kind = RadioField("Who can see it", default="public", validate_choice=False, choices=[
        SelectChoice("public", "Public: anyone can read and join"),
        SelectChoice("private", "Private: members only, invited by members"),
    ])
    topic = StringField("Topic", description="One line, shown under the name.")
    description = TextAreaField("Description")


class TopicForm(FlaskForm):
    topic = StringField("Topic")
    description = TextAreaField("Description")


class PeopleForm(FlaskForm):
    people = StringField("People", description="Their @handles, separated by spaces or commas.")


class PromoteForm(FlaskForm):
    """A chat message made a question; the choices of `answer` are the message's candidates.
    The message itself is not a field: the question holds its words as they were written."""

    title = StringField("Title", description="The question in one sentence; edit it to read "
                        "well on its own.",
                        render_kw={"autocomplete": "off", "data-similar": ""})
    context = TextAreaField("Add context", description="Optional: what a reader outside the "
                            "conversation needs. It follows the message, as your edit.",
                            render_kw={"rows": 3})
    tags = StringField("Tags", description="One to five tags, separated by spaces.",
                       render_kw={"autocomplete": "off", "data-tag-input": "",
                                  "spellcheck": "false"})
    answer = RadioField("The answer", default="", validate_choice=False)
