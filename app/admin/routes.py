"""Administrators' pages: everyone's account (role, deactivation), invitations, the audit log
with its CSV export. Admins only: anyone else is refused with 403 before a view runs."""

from __future__ import annotations

from flask import (
    Blueprint,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import or_, select

from app.admin.forms import InviteForm, RoleForm
from app.audit import services as audit
from app.audit.models import AuditEvent, Kind
from app.auth import mail, services
from app.auth.access import me
from app.auth.models import Role, User
from app.errors import Forbidden, NotFound, ServiceError
from app.extensions import db, escape_like
from app.forms import ActionForm, form_failed, number_arg, require_valid
from app.mail import send_after_response
from app.pagination import paginate
from app.spreadsheet import csv_response

bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates")
AUDIT_PAGE = 50
SEARCH_MAX = 100


@bp.before_request
def admins_only():
    if not me().is_admin:
        raise Forbidden("Only administrators see this page.")


def _person(user_id: int) -> User:
    person = db.session.get(User, user_id)
    if person is None:
        raise NotFound("There is no such person.")
    return person


# ---------------------------------------------------------------- people


@bp.get("/users")
def users():
    """Everyone, active or not, by name; `q` finds a name or an address."""
    q = (request.args.get("q") or "").strip()[:SEARCH_MAX]
    query = select(User).order_by(User.name, User.id)
    if q:
        escaped = escape_like(q)
        query = query.where(or_(User.name.ilike(f"%{escaped}%", escape="\\"),
                                User.email.ilike(f"%{escaped}%", escape="\\")))
    return render_template("admin/users.html", page=paginate(query), q=q,
                           role_form=RoleForm(formdata=None), form=ActionForm(formdata=None))


@bp.post("/users/<int:user_id>/role")
def role(user_id: int):
    form = require_valid(RoleForm())
    if form.role.data not in [r.value for r in Role]:
        raise ServiceError("Choose member, manager or admin.", "role")
    person = _person(user_id)
    services.set_role(me(), person, Role(form.role.data))
    db.session.commit()
    flash(f"{person.name} is now {person.role}; their sessions ended, so they log in again.",
          "success")
    return redirect(request.referrer if _same_page() else url_for("admin.users"))


@bp.post("/users/<int:user_id>/active")
def active(user_id: int):
    require_valid()
    if request.form.get("active") not in ("0", "1"):
        raise ServiceError("Say whether the account is active (1) or not (0).", "active")
    person = _person(user_id)
    services.set_active(me(), person, request.form["active"] == "1")
    db.session.commit()
    flash(f"{person.name} is active again." if person.active else
          f"{person.name} is deactivated: every session ended, every API token is revoked.",
          "success")
    return redirect(request.referrer if _same_page() else url_for("admin.users"))


def _same_page() -> bool:
    """Whether the form came from the admin's list of people (back to the same page of it)."""
    return (request.referrer or "").split("?", 1)[0].endswith(url_for("admin.users"))


# ---------------------------------------------------------------- invitations


def _invitations_page(form: InviteForm, status: int = 200):
    return render_template("admin/invitations.html", form=form,
                           invitations=services.invitations(),
                           action_form=ActionForm(formdata=None),
                           registration_open=services.registration_open()), status


@bp.get("/invitations")
def invitations():
    return _invitations_page(InviteForm(formdata=None))


@bp.post("/invitations")
def invite():
    form = InviteForm()
    try:
        require_valid(form)
        invitation, secret = services.invite(me(), form.email.data, form.role.data)
        db.session.commit()
    except ServiceError as error:
        return _invitations_page(form, form_failed(form, error))
    send_after_response(lambda: mail.invitation(invitation.id, secret))
    flash(f"The invitation is on its way to {invitation.email}.", "success")
    return redirect(url_for("admin.invitations"))


@bp.post("/invitations/<int:invitation_id>/revoke")
def revoke_invitation(invitation_id: int):
    require_valid()
    invitation = services.revoke_invitation(me(), invitation_id)
    db.session.commit()
    flash(f"The invitation to {invitation.email} no longer works.")
    return redirect(url_for("admin.invitations"))


# ---------------------------------------------------------------- the audit log


def _audit_query():
    """The events the request's filters ask for: `kind`, and `person` (an address or @handle)."""
    kind = request.args.get("kind") or None
    if kind is not None and kind not in [k.value for k in Kind]:
        raise ServiceError("Choose a kind of event from the list.", "kind")
    person_text = (request.args.get("person") or "").strip().lstrip("@").lower()[:SEARCH_MAX]
    person = None
    if person_text:
        person = db.session.scalar(select(User).where(
            or_(User.email == person_text, User.handle == person_text)))
        if person is None:
            raise ServiceError(f"Nobody has the address or handle “{person_text}”.", "person")
    return audit.events(kind, person.id if person else None), kind, person_text


@bp.get("/audit")
def audit_log():
    """Newest first, AUDIT_PAGE at a time, paged by id (`before`): as fast on the millionth
    event as on the first."""
    query, kind, person = _audit_query()
    before = number_arg("before")
    if before is not None:
        query = query.where(AuditEvent.id < before)
    rows = list(db.session.scalars(query.limit(AUDIT_PAGE + 1)))
    older = rows[AUDIT_PAGE - 1].id if len(rows) > AUDIT_PAGE else None
    return render_template("admin/audit.html", events=rows[:AUDIT_PAGE], older=older,
                           kinds=list(Kind), kind=kind, person=person)


@bp.get("/audit.csv")
def audit_csv():
    query, _, _ = _audit_query()

    return csv_response("fieldwise-audit.csv", audit.csv_rows(query))
