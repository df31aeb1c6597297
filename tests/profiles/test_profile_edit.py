"""Editing a profile: the service checks every field and saves all or nothing; the page lets a
person (or an admin) edit, shows each mistake on the form with a 422 and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.auth.models import BIO_MAX, Role, User
from app.errors import Forbidden, ServiceError
from app.extensions import db
from app.profiles import services
from app.profiles.models import (
    DECLARED_TAGS_MAX,
    LINK_LABEL_MAX,
    LINK_URL_MAX,
    LINKS_MAX,
    DeclaredExpertise,
    ProfileLink,
)
from app.qa.models import Tag, TagCategory
from tests.conftest import fetch, row_count, send


def edit(app, actor: User, person: User, **changes) -> None:
    with app.app_context():
        editor, edited = db.session.get(User, actor.id), db.session.get(User, person.id)
        services.edit_profile(editor, edited, services.ProfileEdit(
            **{"name": edited.name, **changes}))
        db.session.commit()


def saved(app, person: User) -> dict:
    """What the database holds of `person`'s profile."""
    with app.app_context():
        user = db.session.get(User, person.id)
        return {
            "name": user.name, "title": user.title, "department": user.department,
            "altitude": user.altitude, "bio": user.bio, "region_id": user.region_id,
            "team_id": user.team_id,
            "tags": [t.name for t in services.declared_tags(user)],
            "links": [(link.label, link.url) for link in services.links_of(user)],
        }


def test_a_person_edits_every_field_of_their_profile(app, make_user, org, vocab):
    priya = make_user("Priya Raman")
    edit(app, priya, priya, name="  Priya   Raman-Iyer ", title="Deal Desk Lead",
         department="operations", altitude="manager", region="east", team="deal-desk",
         bio="  Pricing and approvals.\r\nAsk me about discounts.  ",
         expertise="pricing pulse, negotiation",
         links=(("CRM profile", "https://crm.example.com/u/42"), ("", ""),
                ("Calendar", "http://cal.example.com/priya")))
    assert saved(app, priya) == {
        "name": "Priya Raman-Iyer", "title": "Deal Desk Lead", "department": "operations",
        "altitude": "manager", "bio": "Pricing and approvals.\nAsk me about discounts.",
        "region_id": org["east"], "team_id": org["deal-desk"],
        # "pulse" is a synonym: it becomes its tag.
        "tags": ["pricing", "signal-forecast", "negotiation"],
        "links": [("CRM profile", "https://crm.example.com/u/42"),
                  ("Calendar", "http://cal.example.com/priya")],
    }

    edit(app, priya, priya, expertise="negotiation discovery",
         links=(("Calendar", "https://cal.example.com/priya"),))
    after = saved(app, priya)
    assert after["tags"] == ["negotiation", "discovery"]
    assert after["links"] == [("Calendar", "https://cal.example.com/priya")]
    assert after["region_id"] is None and after["title"] == ""
    assert row_count(app, DeclaredExpertise) == 2 and row_count(app, ProfileLink) == 1


@pytest.fixture
def many_tags(app, vocab):
    with app.app_context():
        category = db.session.scalar(select(TagCategory).where(TagCategory.slug == "topic"))
        db.session.add_all(Tag(name=f"extra-{n}", category=category, description="More.")
                           for n in range(DECLARED_TAGS_MAX))
        db.session.commit()
    return [f"extra-{n}" for n in range(DECLARED_TAGS_MAX)]


def test_up_to_the_declared_maximum_of_tags(app, make_user, many_tags):
    person = make_user()
    edit(app, person, person, expertise=" ".join(many_tags))
    assert saved(app, person)["tags"] == many_tags
    with pytest.raises(ServiceError, match=f"at most {DECLARED_TAGS_MAX} tags") as refused:
        edit(app, person, person, expertise=" ".join([*many_tags, "pricing"]))
    assert refused.value.field == "expertise"
    assert saved(app, person)["tags"] == many_tags


GOOD = {"name": "Priya Raman", "title": "Analyst", "bio": "Deals.", "expertise": "pricing",
        "links": (("CRM", "https://crm.example.com/p"),)}
BAD_LINK = "Link 1: the address must be a web address"
BAD = [
    ({"name": "   "}, "name", "Enter your name"),
    ({"name": "x" * 81}, "name", "at most 80"),
    ({"title": "x" * 121}, "title", "at most 120"),
    ({"department": "legal"}, "department", "Pick a department"),
    ({"altitude": "emperor"}, "altitude", "Pick a level"),
    ({"region": "mars"}, "region", "no such region"),
    ({"team": "nope"}, "team", "no such team"),
    ({"bio": "x" * (BIO_MAX + 1)}, "bio", "at most 2,000"),
    ({"expertise": "pricing unheard-of"}, "expertise", "Not in the tag vocabulary"),
    ({"links": (("Hack", "javascript:alert(1)"),)}, "links", BAD_LINK),
    ({"links": (("Hack", "  JavaScript:alert(1)"),)}, "links", BAD_LINK),
    ({"links": (("Hack", "java\tscript:alert(1)"),)}, "links", "cannot contain spaces"),
    ({"links": (("Hack", "data:text/html,<script>alert(1)</script>"),)}, "links", BAD_LINK),
    ({"links": (("Files", "ftp://files.example.com"),)}, "links", BAD_LINK),
    ({"links": (("Relative", "//evil.example.com"),)}, "links", BAD_LINK),
    ({"links": (("Empty host", "https://"),)}, "links", BAD_LINK),
    ({"links": (("Spaces", "https://exa mple.com"),)}, "links", "cannot contain spaces"),
    ({"links": (("", "https://crm.example.com"),)}, "links", "give it a label"),
    ({"links": (("CRM", ""),)}, "links", "give its address"),
    ({"links": (("x" * (LINK_LABEL_MAX + 1), "https://a.example.com"),)}, "links",
     f"at most {LINK_LABEL_MAX}"),
    ({"links": (("Long", "https://a.example.com/" + "x" * LINK_URL_MAX),)}, "links",
     f"at most {LINK_URL_MAX}"),
    ({"links": tuple((f"L{n}", f"https://{n}.example.com") for n in range(LINKS_MAX + 1))},
     "links", f"at most {LINKS_MAX} links"),
]


@pytest.mark.parametrize(("changes", "field", "message"), BAD)
def test_each_bad_field_is_refused_and_nothing_changes(app, make_user, org, vocab, changes,
                                                       field, message):
    person = make_user("Priya Raman")
    edit(app, person, person, **GOOD)
    before = saved(app, person)
    with pytest.raises(ServiceError, match=message) as refused:
        edit(app, person, person, **{**GOOD, "title": "Changed", **changes})
    assert refused.value.field == field
    assert saved(app, person) == before


def test_every_wrong_field_is_named_at_once(app, make_user, vocab):
    person = make_user()
    with pytest.raises(ServiceError) as refused:
        edit(app, person, person, name="", department="legal", expertise="nope")
    assert set(refused.value.errors) == {"name", "department", "expertise"}


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MANAGER])
def test_only_an_admin_edits_someone_else(app, make_user, role):
    person, other = make_user("Priya Raman"), make_user(role=role)
    with pytest.raises(Forbidden):
        edit(app, other, person, name="Hacked")
    assert saved(app, person)["name"] == "Priya Raman"
    edit(app, make_user(role=Role.ADMIN), person, name="Priya R.")
    assert saved(app, person)["name"] == "Priya R."


# ---------------------------------------------------------------- the page


def form_data(**changes) -> dict:
    data = {"name": "Priya Raman", "title": "Deal Desk Lead", "department": "operations",
            "altitude": "manager", "region": "east", "team": "deal-desk",
            "bio": "Ask me <b>anything</b>.", "expertise": "pricing objections",
            "links-0-label": "CRM profile", "links-0-url": "https://crm.example.com/u/1",
            "links-1-label": "", "links-1-url": ""}
    return {**data, **changes}


def test_the_edit_page_saves_and_the_profile_shows_it(client, make_user, login, org, vocab):
    priya = make_user("Priya Raman", title="Analyst")
    login(priya)
    page = client.get(f"/people/{priya.id}/edit").get_data(as_text=True)
    assert 'value="Analyst"' in page and "data-tag-input" in page and "links-4-url" in page
    assert f'href="/people/{priya.id}/edit"' in client.get(f"/people/{priya.id}").get_data(
        as_text=True)

    response = send(client, f"/people/{priya.id}/edit", form_data())
    assert response.status_code == 302
    assert response.headers["Location"] == f"/people/{priya.id}"
    profile = client.get(f"/people/{priya.id}").get_data(as_text=True)
    assert "Deal Desk Lead" in profile and "Ask me &lt;b&gt;anything&lt;/b&gt;." in profile
    assert ('<a href="https://crm.example.com/u/1" rel="nofollow noopener noreferrer" '
            'target="_blank">CRM profile</a>') in profile
    assert 'href="/tags/objection-handling"' in profile and 'href="/tags/pricing"' in profile
    edit_page = client.get(f"/people/{priya.id}/edit").get_data(as_text=True)
    assert 'value="pricing objection-handling"' in edit_page
    assert 'value="https://crm.example.com/u/1"' in edit_page


@pytest.mark.parametrize(("changes", "message"), [
    ({"name": ""}, "Enter your name."),
    ({"links-1-label": "x", "links-1-url": "javascript:alert(1)"},
     "Link 2: the address must be a web address"),
    ({"expertise": "pricing nonsense-tag"}, "Not in the tag vocabulary"),
    ({"department": "legal"}, "Pick a department from the list."),
    ({"bio": "x" * (BIO_MAX + 1)}, "The bio can have at most 2,000 characters"),
])
def test_a_bad_edit_shows_the_form_again_with_a_422(client, make_user, login, org, vocab,
                                                    changes, message):
    priya = make_user("Priya Raman")
    login(priya)
    assert send(client, f"/people/{priya.id}/edit", form_data()).status_code == 302
    before = saved(client.application, priya)
    response = send(client, f"/people/{priya.id}/edit",
                    form_data(title="Something else", **changes))
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page and 'class="field-error"' in page
    assert 'value="Something else"' in page  # what was typed is kept
    assert saved(client.application, priya) == before


def test_someone_elses_profile_is_403_and_unchanged(client, make_user, login, org, vocab):
    priya = make_user("Priya Raman")
    login(make_user(role=Role.MANAGER))
    assert client.get(f"/people/{priya.id}/edit").status_code == 403
    assert f'href="/people/{priya.id}/edit"' not in client.get(
        f"/people/{priya.id}").get_data(as_text=True)
    response = send(client, f"/people/{priya.id}/edit", form_data(name="Hacked"))
    assert response.status_code == 403
    assert fetch(client.application, User, id=priya.id).name == "Priya Raman"
    assert row_count(client.application, ProfileLink) == 0


def test_an_admin_edits_anyones_profile(client, make_user, login, org, vocab):
    priya = make_user("Priya Raman")
    login(make_user(role=Role.ADMIN))
    assert f'href="/people/{priya.id}/edit"' in client.get(
        f"/people/{priya.id}").get_data(as_text=True)
    response = send(client, f"/people/{priya.id}/edit", form_data(title="Pricing Lead"))
    assert response.status_code == 302
    assert fetch(client.application, User, id=priya.id).title == "Pricing Lead"


def test_an_edit_without_the_csrf_token_is_refused(client, make_user, login, org, vocab):
    priya = make_user("Priya Raman")
    login(priya)
    response = client.post(f"/people/{priya.id}/edit", data=form_data(title="No token"))
    assert response.status_code == 400
    assert fetch(client.application, User, id=priya.id).title == ""


def test_no_such_person(client, make_user, login):
    login(make_user())
    assert client.get("/people/9999/edit").status_code == 404
    assert send(client, "/people/9999/edit", form_data()).status_code == 404
