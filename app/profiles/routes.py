"""The people directory and profile pages."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from app.auth.access import me
from app.auth.models import utcnow
from app.extensions import db
from app.points import badges, certifications
from app.points import services as points
from app.points.forms import AwardCertificationForm
from app.profiles import services
from app.profiles.forms import DirectoryFilterForm

RECENT_POINTS = 5  # history rows on the profile; the rest on the points history page

bp = Blueprint("profiles", __name__, url_prefix="/people", template_folder="templates")


@bp.get("/")
def directory():
    teams, regions = services.all_teams(), services.all_regions()
    form = DirectoryFilterForm(request.args)
    form.set_groups(teams, regions)
    if not form.validate():
        return render_template("profiles/directory.html", form=form, people=None), 400
    criteria = services.DirectoryFilter(
        name=(form.name.data or "").strip(),
        team=next((t for t in teams if t.slug == form.team.data), None),
        region=next((r for r in regions if r.slug == form.region.data), None),
        department=form.department.data or None,
        altitude=form.altitude.data or None,
    )
    people = db.paginate(
        services.directory_query(criteria),
        per_page=current_app.config["PAGE_SIZE"],
        max_per_page=current_app.config["PAGE_SIZE"],
    )
    return render_template("profiles/directory.html", form=form, people=people)


@bp.get("/<int:user_id>")
def profile(user_id: int):
    person = services.get_person(user_id)
    if person is None:
        abort(404)
    recent = points.history_rows(db.session.scalars(
        points.history_query(person.id).limit(RECENT_POINTS)))
    award_form = programs = None
    if me().is_manager:
        programs = certifications.all_programs()
        award_form = AwardCertificationForm()
        award_form.set_programs(programs)
    return render_template("profiles/profile.html", person=person,
                           tag_points=points.tag_points(person.id), rows=recent,
                           weeks=points.weekly_points(person.id, utcnow()),
                           certifications=certifications.of_person(person.id),
                           badges=badges.of_person(person.id),
                           award_form=award_form)
