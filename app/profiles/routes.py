"""The people directory and profile pages: editing a profile, a person's activity lists, the
note board, following people, and flagging recognised experts."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for

from app.auth.access import me, safe_next_path
from app.auth.models import User, utcnow
from app.errors import NotFound, ServiceError
from app.extensions import db
from app.forms import ActionForm, form_failed
from app.pagination import page_number, paginate, paginate_rows
from app.points import badges, certifications
from app.points import services as points
from app.points.forms import AwardCertificationForm
from app.profiles import experts, groups, services
from app.profiles.forms import DirectoryFilterForm, ExpertSearchForm, NoteForm, ProfileForm

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
        tag=form.found_tag,
    )
    people = paginate(services.directory_query(criteria))
    return render_template("profiles/directory.html", form=form, people=people,
                           recognised=services.recognised_among([p.id for p in people.items]))


def _person(user_id: int) -> User:
    person = services.get_person(user_id)
    if person is None:
        raise NotFound("There is no such person.")
    return person



@bp.get("/<int:user_id>")
def profile(user_id: int):
    person = _person(user_id)
    viewer = me()
    recent = points.history_rows(db.session.scalars(
        points.history_query(person.id).limit(RECENT_POINTS)))
    award_form = programs = None
    if me().is_manager:
        programs = certifications.all_programs()
        award_form = AwardCertificationForm()
        award_form.set_programs(programs)
    return render_template("profiles/profile.html", person=person,
                           tag_points=points.tag_points(person.id), rows=recent,
                           points_chart=points.weekly_chart(person.id, utcnow()),
                           certifications=certifications.of_person(person.id),
                           badges=badges.of_person(person.id),
                           award_form=award_form,
                           view=services.load_profile(person, viewer),
                           can_edit=services.can_edit_profile(viewer, person),
                           note_form=NoteForm(formdata=None), action_form=ActionForm(formdata=None),
                           can_delete_note=services.can_delete_note)


@bp.route("/<int:user_id>/edit", methods=["GET", "POST"])
def edit(user_id: int):
    person = _person(user_id)
    viewer = me()
    services.require_profile_editor(viewer, person)
    form = ProfileForm(data=ProfileForm.data_of(person, services.declared_tags(person),
                                                services.links_of(person)))
    form.set_groups(services.all_teams(), services.all_regions())
    status = 200
    if form.validate_on_submit():
        try:
            services.edit_profile(viewer, person, services.ProfileEdit(
                name=form.name.data, title=form.title.data, department=form.department.data,
                altitude=form.altitude.data, region=form.region.data, team=form.team.data,
                bio=form.bio.data, expertise=form.expertise.data or "",
                links=form.link_pairs()))
            db.session.commit()
            flash("The profile is saved.")
            return redirect(url_for("profiles.profile", user_id=person.id))
        except ServiceError as error:
            status = form_failed(form, error)
    return render_template("profiles/edit.html", form=form, person=person), status


@bp.get("/<int:user_id>/<any(questions, answers, edits, pages):kind>")
def activity(user_id: int, kind: str):
    person = _person(user_id)
    rows = paginate_rows(services.activity_query(services.Activity(kind), person, me()))
    return render_template("profiles/activity.html", person=person,
                           kind=services.Activity(kind), rows=rows)


@bp.get("/<int:user_id>/<any(following, followers):which>")
def follows(user_id: int, which: str):
    person = _person(user_id)
    query = (services.following_people_query(person) if which == "following"
             else services.followers_query(person))
    people = paginate(query)
    tags = services.tags_followed(person) if which == "following" else []
    return render_template("profiles/follows.html", person=person, which=which, people=people,
                           tags=tags)


@bp.get("/<int:user_id>/board")
def board(user_id: int):
    return _render_board(_person(user_id), NoteForm(formdata=None))


@bp.post("/<int:user_id>/board")
def post_note(user_id: int):
    person = _person(user_id)
    form = NoteForm()
    try:
        services.post_note(me(), person, form.body.data)
        db.session.commit()
    except ServiceError as error:
        return _render_board(person, form, form_failed(form, error))
    flash(f"Your note is on {person.name}'s board.")
    return redirect(url_for("profiles.profile", user_id=person.id, _anchor="board"))


def _render_board(person: User, form: NoteForm, status: int = 200):
    notes = paginate(services.board_query(person))
    return render_template("profiles/board.html", person=person, notes=notes, note_form=form,
                           action_form=ActionForm(formdata=None),
                           can_delete_note=services.can_delete_note), status


@bp.post("/notes/<int:note_id>/delete")
def delete_note(note_id: int):
    note = services.get_note(note_id)
    board_user_id = note.board_user_id
    services.delete_note(me(), note)
    db.session.commit()
    flash("The note is deleted.")
    return redirect(safe_next_path(request.form.get("next"))
                    or url_for("profiles.profile", user_id=board_user_id, _anchor="board"))


@bp.post("/<int:user_id>/follow")
def follow(user_id: int):
    person = _person(user_id)
    new = services.follow_person(me(), person)
    db.session.commit()
    flash(f"You follow {person.name}: their new questions and answers reach your home page."
          if new else f"You already follow {person.name}.")
    return redirect(url_for("profiles.profile", user_id=person.id))


@bp.post("/<int:user_id>/unfollow")
def unfollow(user_id: int):
    person = _person(user_id)
    services.unfollow_person(me(), person)
    db.session.commit()
    flash(f"You no longer follow {person.name}.")
    return redirect(url_for("profiles.profile", user_id=person.id))


@bp.post("/<int:user_id>/recognition")
def recognise(user_id: int):
    person = _person(user_id)
    new = services.flag_expert(me(), person)
    db.session.commit()
    flash(f"{person.name} is now a recognised expert." if new
          else f"{person.name} is already a recognised expert.")
    return redirect(url_for("profiles.profile", user_id=person.id))


@bp.post("/<int:user_id>/recognition/remove")
def unrecognise(user_id: int):
    person = _person(user_id)
    services.unflag_expert(me(), person)
    db.session.commit()
    flash(f"{person.name} is no longer flagged as a recognised expert.")
    return redirect(url_for("profiles.profile", user_id=person.id))


@bp.get("/experts")
def expert_finder():
    form = ExpertSearchForm(request.args)
    if not form.validate():
        return render_template("profiles/experts.html", form=form, found=None), 422
    now = utcnow()
    found = experts.find(form.q.data or "", now, page=page_number(),
                         per_page=current_app.config["PAGE_SIZE"])
    return render_template("profiles/experts.html", form=form, found=found, now=now)


@bp.get("/teams")
def groups_index():
    teams, regions = groups.all_groups()
    return render_template("profiles/groups.html", teams=teams, regions=regions)


@bp.get("/teams/<slug>")
def team(slug: str):
    return _group_page(groups.team(slug), "team")


@bp.get("/regions/<slug>")
def region(slug: str):
    return _group_page(groups.region(slug), "region")


def _group_page(group, kind: str):
    if group is None:
        abort(404)
    return render_template("profiles/group.html", group=group, kind=kind,
                           members=groups.members(group),
                           contributions=groups.recent_contributions(group),
                           standing=groups.standing(group, utcnow()))
