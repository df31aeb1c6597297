"""Certifications: managers create programs and certify people, who show them on their profile
with the date and the manager; members cannot; bad input gets a clear error and changes
nothing."""

from __future__ import annotations

import pytest

from app.auth.models import Role
from app.points.models import Certification, PersonCertification
from tests.conftest import fetch, log_in, row_count, send


@pytest.fixture
def manager(make_user):
    return make_user("Maya Manager", role=Role.MANAGER)


def _create(client, name, description=""):
    return send(client, "/points/certifications", {"name": name, "description": description})


def test_a_manager_certifies_a_person_who_shows_it(app, client, login, make_user, manager):
    rep = make_user("Rita Rep")
    login(manager)
    response = _create(client, "Value Selling Certified", "Passed the value selling course.")
    assert response.status_code == 302
    program_id = fetch(app, Certification, name="Value Selling Certified").id
    profile = client.get(f"/people/{rep.id}").get_data(as_text=True)
    assert "Value Selling Certified" in profile  # offered in the award form
    response = send(client, f"/points/people/{rep.id}/certifications",
                    {"certification": str(program_id)})
    assert response.status_code == 302
    profile = client.get(f"/people/{rep.id}").get_data(as_text=True)
    assert "<strong>Value Selling Certified</strong>" in profile and "by Maya Manager" in profile
    again = send(client, f"/points/people/{rep.id}/certifications",
                 {"certification": str(program_id)})
    assert again.status_code == 409 and row_count(app, PersonCertification) == 1
    listing = client.get("/points/certifications").get_data(as_text=True)
    assert "Passed the value selling course." in listing
    send(client, f"/points/people/{rep.id}/certifications/{program_id}/revoke", {})
    assert row_count(app, PersonCertification) == 0


@pytest.mark.parametrize("name,description,expected", [
    ("", "", "3 to 80 characters"),
    ("ab", "", "3 to 80 characters"),
    ("x" * 81, "", "3 to 80 characters"),
    ("Fine name", "d" * 501, "at most 500 characters"),
])
def test_bad_certifications_are_refused(app, client, login, manager, name, description,
                                        expected):
    login(manager)
    response = _create(client, name, description)
    assert response.status_code == 422
    assert expected in response.get_data(as_text=True)
    assert row_count(app, Certification) == 0


def test_duplicates_members_and_bad_awards_are_refused(app, client, login, make_user, manager):
    rep = make_user("Rita Rep")
    login(manager)
    _create(client, "MEDDICC Certified")
    assert _create(client, "meddicc   certified").status_code == 409
    for bad in ("", "999999", "not-a-number"):
        response = send(client, f"/points/people/{rep.id}/certifications",
                        {"certification": bad})
        assert response.status_code == 422, bad
    assert row_count(app, PersonCertification) == 0
    assert client.post(f"/points/people/{rep.id}/certifications",
                       data={"certification": "1"}).status_code in (400, 422)  # no CSRF token
    member = app.test_client()
    assert log_in(member, rep.email).status_code == 302
    assert _create(member, "Self Certified").status_code == 403
    assert send(member, f"/points/people/{rep.id}/certifications",
                {"certification": "1"}).status_code == 403
    assert row_count(app, Certification) == 1 and row_count(app, PersonCertification) == 0
