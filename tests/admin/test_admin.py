"""The administrators' pages (issue 28): people's roles and deactivation, invitations by mail,
and the audit log with its CSV export: admins only."""

import csv
import io
import re

import pytest
from sqlalchemy import select

from app.audit.models import AppendOnly, AuditEvent, Kind
from app.audit.services import record
from app.auth.models import Invitation, LoginSession, Role, User
from app.extensions import db
from tests.auth.conftest import submit
from tests.conftest import PASSWORD, count_queries, csrf_token, fetch, log_in, row_count

PAGES = ("/admin/users", "/admin/invitations", "/admin/audit", "/admin/audit.csv")


@pytest.fixture
def admin(make_user):
    return make_user(name="Ada Admin", email="ada@example.com", role=Role.ADMIN)


def browser_of(app, person):
    client = app.test_client()
    assert log_in(client, person.email).status_code == 302
    return client


@pytest.mark.parametrize("role", [Role.MEMBER, Role.MANAGER])
def test_only_admins_see_the_administration(app, make_user, role):
    client = browser_of(app, make_user(role=role))
    for page in PAGES:
        assert client.get(page).status_code == 403
    assert client.post("/admin/invitations", data={
        "email": "x@example.com", "csrf_token": csrf_token(client, "/")}).status_code == 403
    assert "Administration" not in client.get("/").text
    anonymous = app.test_client()
    for page in PAGES:
        assert anonymous.get(page).status_code == 302


def test_an_admin_changes_a_role_and_the_persons_sessions_end(app, admin, make_user):
    sam = make_user(name="Sam Okafor")
    sams = browser_of(app, sam)
    client = browser_of(app, admin)
    assert "Sam Okafor" in client.get("/admin/users?q=okafor").text
    assert "Sam Okafor" in client.get("/admin/users?q=OKAFOR").text
    for pattern in ("%", "_", "\\"):  # LIKE's own characters match only themselves
        assert "Nobody matches" in client.get("/admin/users", query_string={"q": pattern}).text
    response = client.post(f"/admin/users/{sam.id}/role", data={
        "role": "manager", "csrf_token": csrf_token(client, "/admin/users")})
    assert response.status_code == 302
    assert fetch(app, User, id=sam.id).role == "manager"
    assert sams.get("/").status_code == 302
    with app.app_context():
        event = db.session.scalar(select(AuditEvent).where(AuditEvent.kind == "role-changed"))
        assert (event.actor_id, event.subject_id, event.detail) == (admin.id, sam.id,
                                                                   "member → manager")


def test_an_admin_deactivates_and_reactivates(app, admin, make_user, token_for):
    sam = make_user()
    sams = browser_of(app, sam)
    token_for(sam)
    client = browser_of(app, admin)
    token = csrf_token(client, "/admin/users")
    assert client.post(f"/admin/users/{sam.id}/active",
                       data={"active": "0", "csrf_token": token}).status_code == 302
    assert sams.get("/").status_code == 302
    assert log_in(app.test_client(), sam.email).status_code == 422
    assert client.post(f"/admin/users/{sam.id}/active",
                       data={"active": "1", "csrf_token": token}).status_code == 302
    assert log_in(app.test_client(), sam.email).status_code == 302
    with app.app_context():
        kinds = list(db.session.scalars(select(AuditEvent.kind).where(
            AuditEvent.subject_id == sam.id, AuditEvent.actor_id == admin.id)))
    assert kinds == ["deactivated", "reactivated"]


@pytest.mark.parametrize(("path", "data", "status"), [
    ("/admin/users/{sam}/role", {"role": "overlord"}, 422),
    ("/admin/users/{sam}/role", {"role": ""}, 422),
    ("/admin/users/{sam}/active", {"active": "maybe"}, 422),
    ("/admin/users/{sam}/active", {}, 422),
    ("/admin/users/999999/role", {"role": "manager"}, 404),
    ("/admin/users/{ada}/role", {"role": "member"}, 422),  # one's own role
    ("/admin/users/{ada}/active", {"active": "0"}, 422),  # oneself
])
def test_bad_changes_are_refused_and_change_nothing(app, admin, make_user, path, data,
                                                     status):
    sam = make_user()
    client = browser_of(app, admin)
    url = path.format(sam=sam.id, ada=admin.id)
    response = client.post(url, data={**data, "csrf_token": csrf_token(client, "/admin/users")})
    assert response.status_code == status
    assert client.post(url, data=data).status_code == 400  # no CSRF token
    for person, role in ((sam, "member"), (admin, "admin")):
        stored = fetch(app, User, id=person.id)
        assert (stored.role, stored.active) == (role, True)
    with app.app_context():
        assert db.session.scalar(select(LoginSession.ended_at).where(
            LoginSession.user_id == admin.id)) is None


def test_the_people_list_pages_with_a_constant_number_of_queries(app, admin, make_user):
    client = browser_of(app, admin)
    counts = []
    for more in (3, 40):
        while row_count(app, User) < more:
            make_user()
        with count_queries(app) as statements:
            assert client.get("/admin/users").status_code == 200
        counts.append(len(statements))
    assert counts[0] == counts[1]
    assert "Page 1 of 2" in client.get("/admin/users").text


def test_an_invitation_goes_by_mail_and_works_once(make_app, outbox, make_user):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))  # registration closed: invitations only
    admin = make_user(name="Ada Admin", role=Role.ADMIN)
    client = browser_of(app, admin)
    response = submit(client, "/admin/invitations",
                      {"email": "New.Hire@Example.com", "role": "manager"})
    assert response.status_code == 302
    assert "new.hire@example.com" in client.get("/admin/invitations").text
    [mail] = outbox.to("new.hire@example.com")
    assert mail["Subject"] == "Ada Admin invites you to Fieldwise"
    link = outbox.link(mail)
    invited = app.test_client()
    page = invited.get(link)
    assert page.status_code == 200 and "new.hire@example.com" in page.text
    response = submit(invited, link, {"name": "Nia Hire", "password": PASSWORD,
                                      "confirm": PASSWORD})
    assert response.status_code == 302
    user = fetch(app, User, email="new.hire@example.com")
    assert (user.name, user.role) == ("Nia Hire", "manager")
    assert fetch(app, Invitation, email=user.email).used_by_id == user.id
    assert app.test_client().get(link).status_code == 400
    assert "No invitation is open." in client.get("/admin/invitations").text


def test_a_revoked_or_replaced_invitation_stops_working(make_app, outbox, make_user):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    client = browser_of(app, make_user(role=Role.ADMIN))
    submit(client, "/admin/invitations", {"email": "nia@example.com", "role": "member"})
    submit(client, "/admin/invitations", {"email": "nia@example.com", "role": "member"})
    first, second = (outbox.link(m) for m in outbox.to("nia@example.com"))
    assert app.test_client().get(first).status_code == 400  # replaced by the newer one
    assert app.test_client().get(second).status_code == 200
    invitation_id = fetch(app, Invitation, revoked_at=None).id
    assert client.post(f"/admin/invitations/{invitation_id}/revoke", data={
        "csrf_token": csrf_token(client, "/admin/invitations")}).status_code == 302
    assert app.test_client().get(second).status_code == 400


def test_an_invitation_expires(make_app, outbox, make_user):
    from datetime import timedelta

    app = make_app(MAIL_FILE_PATH=str(outbox.path), INVITATION_LIFETIME=timedelta(0))
    client = browser_of(app, make_user(role=Role.ADMIN))
    submit(client, "/admin/invitations", {"email": "nia@example.com", "role": "member"})
    response = app.test_client().get(outbox.link(outbox.to("nia@example.com")[0]))
    assert response.status_code == 400 and "expired" in response.text


@pytest.mark.parametrize(("data", "message"), [
    ({"email": "", "role": "member"}, "Enter your e-mail address."),
    ({"email": "not an address", "role": "member"}, "not a valid e-mail address"),
    ({"email": "ada@example.com", "role": "member"}, "has an account already"),
    ({"email": "nia@example.com", "role": "emperor"}, "Choose member, manager or admin."),
])
def test_bad_invitations_are_refused_and_send_nothing(make_app, outbox, make_user, data,
                                                      message):
    app = make_app(MAIL_FILE_PATH=str(outbox.path))
    client = browser_of(app, make_user(email="ada@example.com", role=Role.ADMIN))
    response = submit(client, "/admin/invitations", data)
    assert response.status_code == 422 and message in response.text
    assert row_count(app, Invitation) == 0 and outbox.messages() == []


def test_the_audit_log_lists_filters_and_exports(app, admin, make_user):
    sam = make_user(email="sam@example.com")
    log_in(app.test_client(), sam.email, "wrong password!")
    stranger = app.test_client()
    log_in(stranger, "=HYPERLINK(\"http://evil.example\")@x.example", "whatever")
    browser_of(app, sam)
    client = browser_of(app, admin)
    page = client.get("/admin/audit").text
    assert page.count("data-audit-event=") == 4  # 2 failed log-ins, sam's and this one
    failed = client.get("/admin/audit?kind=login-failed").text
    assert failed.count("data-audit-event=") == 2
    mine = client.get("/admin/audit?person=sam@example.com").text
    assert mine.count("data-audit-event=") == 2  # sam's failed login and login
    assert client.get("/admin/audit?kind=nonsense").status_code == 422
    assert client.get("/admin/audit?person=nobody@example.com").status_code == 422
    assert client.get("/admin/audit?before=abc").status_code == 422
    export = client.get("/admin/audit.csv?kind=login-failed")
    assert export.status_code == 200 and export.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(export.text)))
    assert rows[0] == ["id", "at", "kind", "actor", "subject", "address", "detail"]
    assert len(rows) == 3
    details = {row[6] for row in rows[1:]}
    assert "sam@example.com" in details
    assert "'=HYPERLINK(\"http://evil.example\")@x.example" in details  # never a formula


def test_a_password_typed_into_the_address_box_is_not_kept(app, admin):
    log_in(app.test_client(), "correct horse battery", "whatever")
    with app.app_context():
        details = list(db.session.scalars(select(AuditEvent.detail)))
    assert details == ["(not an e-mail address)"]


def test_the_audit_log_pages_by_id_with_constant_queries(app, admin):
    client = browser_of(app, admin)
    with app.app_context():
        for n in range(120):
            record(Kind.LOGIN_FAILED, detail=f"attempt {n}")
        db.session.commit()
    counts, seen, path = [], [], "/admin/audit"
    while path:
        with count_queries(app) as statements:
            page = client.get(path).text
        counts.append(len(statements))
        seen += [int(x) for x in re.findall(r'data-audit-event="(\d+)"', page)]
        found = re.search(r'href="(/admin/audit\?before=\d+)"', page)
        path = found.group(1).replace("&amp;", "&") if found else None
    assert len(seen) == len(set(seen)) == 120 + 1  # and the admin's own log-in
    assert seen == sorted(seen, reverse=True)
    assert len(set(counts)) == 1


def test_the_audit_log_is_append_only(app, admin):
    with app.app_context():
        record(Kind.LOGIN_FAILED, detail="someone")
        db.session.commit()
        event = db.session.scalar(select(AuditEvent))
        event.detail = "nothing happened"
        with pytest.raises(AppendOnly):
            db.session.flush()
        db.session.rollback()
        db.session.delete(db.session.scalar(select(AuditEvent)))
        with pytest.raises(AppendOnly):
            db.session.flush()
