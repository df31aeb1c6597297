"""People forms: the directory's filter and the expert finder's question (GET forms: no CSRF
token, nothing changes), the profile editor and the note board (rules live in the services)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import (
    FieldList,
    Form,
    FormField,
    SearchField,
    SelectField,
    StringField,
    TextAreaField,
    URLField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional, ValidationError

from app.auth.models import BIO_MAX, NAME_MAX, TITLE_MAX, Altitude, Department
from app.profiles.experts import QUERY_MAX
from app.profiles.models import (
    DECLARED_TAGS_MAX,
    LINK_LABEL_MAX,
    LINK_URL_MAX,
    LINKS_MAX,
    NOTE_MAX,
)
from app.qa.models import TAG_NAME_MAX, Tag
from app.qa.services import find_tags


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
    tag = SearchField("Knows about", validators=[Optional(), Length(max=TAG_NAME_MAX)],
                      description="A tag: people with points or declared expertise in it.")
    found_tag: Tag | None = None

    def validate_tag(self, field) -> None:
        """The tag (or a synonym of it) must be in the vocabulary; found_tag holds it."""
        if field.data and field.data.strip():
            tags, unknown = find_tags(field.data.strip())
            if unknown or len(tags) != 1:
                raise ValidationError("Not a tag: pick one from the vocabulary.")
            self.found_tag = tags[0]

    def set_groups(self, teams, regions) -> None:
        self.team.choices = [SelectChoice("", "Any team")] + [
            SelectChoice(t.slug, t.name) for t in teams
        ]
        self.region.choices = [SelectChoice("", "Any region")] + [
            SelectChoice(r.slug, r.name) for r in regions
        ]


class ExpertSearchForm(FlaskForm):
    class Meta:
        csrf = False

    q = SearchField("Who knows about", validators=[Optional(), Length(
        max=QUERY_MAX, message=f"Ask about at most {QUERY_MAX} characters: a few words or tags.")],
        render_kw={"placeholder": "procurement, objection handling…"})


class LinkForm(Form):
    """One row of the profile's links (a plain Form: the profile form carries the CSRF token)."""

    label = StringField("Label", render_kw={"maxlength": LINK_LABEL_MAX,
                                            "placeholder": "CRM profile"})
    url = URLField("Address", render_kw={"maxlength": LINK_URL_MAX,
                                         "placeholder": "https://…"})


class ProfileForm(FlaskForm):
    name = StringField("Name", render_kw={"maxlength": NAME_MAX, "autocomplete": "name"})
    title = StringField("Job title", render_kw={"maxlength": TITLE_MAX},
                        description="As colleagues know it: “Solutions Engineer, EMEA”.")
    # Any value reaches the service, which refuses what is not in the list.
    department = SelectField("Department", validate_choice=False, choices=[
        SelectChoice(d.value, d.value.title()) for d in Department])
    altitude = SelectField("Level", validate_choice=False, choices=[
        SelectChoice(a.value, a.label) for a in Altitude])
    region = SelectField("Region", validate_choice=False)
    team = SelectField("Team", validate_choice=False)
    bio = TextAreaField("Bio", render_kw={"rows": 5, "maxlength": BIO_MAX},
                        description="Plain text: what you work on and what to ask you about.")
    expertise = StringField(
        "Declared expertise",
        description=f"Up to {DECLARED_TAGS_MAX} tags from the vocabulary you know well, "
        "separated by spaces. Points you earn in tags show on your profile as well.",
        render_kw={"autocomplete": "off", "data-tag-input": "", "spellcheck": "false"})
    links = FieldList(FormField(LinkForm), min_entries=LINKS_MAX)

    def set_groups(self, teams, regions) -> None:
        self.team.choices = [SelectChoice("", "No team")] + [
            SelectChoice(t.slug, t.name) for t in teams]
        self.region.choices = [SelectChoice("", "No region")] + [
            SelectChoice(r.slug, r.name) for r in regions]

    @staticmethod
    def data_of(person, tags, links) -> dict:
        """The form's values for a person as they are now."""
        return {
            "name": person.name, "title": person.title, "department": person.department,
            "altitude": person.altitude, "bio": person.bio,
            "region": person.region.slug if person.region else "",
            "team": person.team.slug if person.team else "",
            "expertise": " ".join(tag.name for tag in tags),
            "links": [{"label": link.label, "url": link.url} for link in links],
        }

    def link_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((entry.form.label.data, entry.form.url.data) for entry in self.links)


class NoteForm(FlaskForm):
    body = TextAreaField("Leave a note", render_kw={"rows": 2, "maxlength": NOTE_MAX},
                         description=f"Plain text, up to {NOTE_MAX} characters. Everyone who "
                         "visits this profile can read it.")
