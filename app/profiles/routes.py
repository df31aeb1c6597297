"""The people directory and profile pages."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from app.extensions import db
from app.profiles import services
from app.profiles.forms import DirectoryFilterForm

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
    return render_template("profiles/profile.html", person=person)
