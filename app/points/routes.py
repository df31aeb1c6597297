"""The points pages: how points work (generated from the rules table), the leaderboards and a
person's points history."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.auth.access import me
from app.auth.models import User, utcnow
from app.errors import Forbidden, NotFound, ServiceError
from app.extensions import db
from app.forms import FORM_ERROR, form_failed, require_valid
from app.pagination import paginate, paginate_rows
from app.points import badges, rules, services
from app.points import certifications as certification_services
from app.points.forms import AwardCertificationForm, CertificationForm
from app.points.models import SerialVotingFlag
from app.qa.models import Tag

bp = Blueprint("points", __name__, url_prefix="/points", template_folder="templates")


@bp.get("/how")
def how():
    return render_template("points/how.html", rules=rules.RULES, caps=rules.CAPS,
                           earners=rules.EARNERS, lowest=rules.LOWEST_TOTAL,
                           serial=rules.SERIAL_VOTES_PER_DAY, badges=badges.BADGES,
                           tag_badges=badges.TAG_BADGES, holders=badges.holders(),
                           tag_badge_slug=badges.tag_badge_slug)


def _choice(name: str, allowed: dict[str, str], default: str) -> str:
    value = request.args.get(name, default)
    if value not in allowed:
        raise ServiceError(f"Choose one of: {', '.join(allowed)}.", name)
    return value


@bp.get("/")
def leaderboard():
    period = _choice("period", services.PERIODS, "week")
    group = _choice("by", services.GROUPS, "people")
    tag = None
    if request.args.get("tag"):
        tag = db.session.scalar(select(Tag).where(Tag.name == request.args["tag"]))
        if tag is None:
            raise ServiceError("There is no such tag.", "tag")
    now = utcnow()
    board = groups = None
    if group == "people":
        board = paginate_rows(services.people_board(period, tag, now))
    else:
        groups = services.group_board(group, period, tag, now)
    return render_template("points/leaderboard.html", board=board, groups=groups,
                           period=period, group=group, tag=tag, periods=services.PERIODS,
                           group_names=services.GROUPS)


@bp.get("/people/<int:user_id>")
def history(user_id: int):
    person = db.session.get(User, user_id)
    if person is None:
        abort(404)
    entries = paginate(services.history_query(user_id))
    return render_template("points/history.html", person=person, entries=entries,
                           rows=services.history_rows(entries.items),
                           points_chart=services.weekly_chart(user_id, utcnow()))


@bp.get("/flags")
def flags():
    """Serial voting found by the nightly check: for managers."""
    if not me().is_manager:
        raise Forbidden("Only managers see serial-voting flags.")
    found = paginate(
        select(SerialVotingFlag)
        .options(joinedload(SerialVotingFlag.voter), joinedload(SerialVotingFlag.target))
        .order_by(SerialVotingFlag.day.desc(), SerialVotingFlag.id.desc()))
    return render_template("points/flags.html", flags=found, limit=rules.SERIAL_VOTES_PER_DAY)


@bp.route("/certifications", methods=["GET", "POST"])
def certifications():
    form = CertificationForm()
    status = 200
    if form.is_submitted():
        if not form.validate():  # the CSRF token
            status = FORM_ERROR
        else:
            try:
                created = certification_services.create(me(), form.name.data,
                                                        form.description.data)
                db.session.commit()
                flash(f"“{created.name}” can now be awarded, from each person's profile.")
                return redirect(url_for("points.certifications"))
            except ServiceError as error:
                status = form_failed(form, error)
    return render_template("points/certifications.html", form=form,
                           programs=certification_services.all_programs()), status


def _person(user_id: int) -> User:
    person = db.session.get(User, user_id)
    if person is None:
        raise NotFound("There is no such person.")
    return person


@bp.post("/people/<int:user_id>/certifications")
def award_certification(user_id: int):
    person = _person(user_id)
    form = AwardCertificationForm()
    form.set_programs(certification_services.all_programs())
    require_valid(form)
    given = certification_services.award(me(), person, form.certification.data)
    db.session.commit()
    flash(f"{person.name} is now {given.certification.name}.")
    return redirect(url_for("profiles.profile", user_id=person.id))


@bp.post("/people/<int:user_id>/certifications/<int:certification_id>/revoke")
def revoke_certification(user_id: int, certification_id: int):
    person = _person(user_id)
    require_valid()
    certification_services.revoke(me(), person, certification_id)
    db.session.commit()
    flash(f"The certification was taken back from {person.name}.")
    return redirect(url_for("profiles.profile", user_id=person.id))
