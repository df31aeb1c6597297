"""Wiki pages: the index and lists, reading a page, writing and editing (with conflicts shown,
never overwritten), history, diffs and reverts, moving, owners and verification, feedback, and
learning paths.

Routes stay thin, as in Q&A: read the form, call one service, commit, redirect; a ServiceError
becomes an error page (or the form again, with the error on its field) after a rollback.
"""

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

from app.auth.access import me
from app.auth.models import User, utcnow
from app.diff import diff_lines, has_changes
from app.errors import Conflict, Forbidden, NotFound, ServiceError
from app.extensions import db
from app.forms import FORM_ERROR, ActionForm, based_on, form_failed, number_arg, whole_number
from app.pagination import paginate
from app.wiki import paths, services
from app.wiki.forms import (
    EditPageForm,
    FeedbackForm,
    MoveForm,
    NewPageForm,
    PathForm,
    PathItemForm,
    RevertForm,
    SettingsForm,
)
from app.wiki.models import WikiPage

bp = Blueprint("wiki", __name__, url_prefix="/wiki", template_folder="templates")


def _page_url(page: WikiPage, **kwargs) -> str:
    return url_for("wiki.page", slug=page.slug, **kwargs)


def _load(slug: str) -> WikiPage:
    """The page at `slug`; a former slug redirects GET requests to the current address."""
    page, moved = services.page_at(slug, me())
    if moved and request.method == "GET":
        args = {**request.view_args, "slug": page.slug, **request.args.to_dict()}
        abort(redirect(url_for(request.endpoint, **args), 301))
    return page


# ---------------------------------------------------------------- index and lists


@bp.get("")
def index():
    return render_template(
        "wiki/index.html",
        sections=services.top_level_pages(),
        recent=services.recently_changed(),
        stale=services.stale_count(),
        learning_paths=paths.path_list(me()),
    )


@bp.get("/all")
def all_pages():
    return render_template("wiki/all.html", page=paginate(services.all_pages()),
                           now=utcnow())


@bp.get("/stale")
def stale():
    viewer = me()
    mine = request.args.get("owner") == "me"
    return render_template(
        "wiki/stale.html",
        page=paginate(services.stale_pages(viewer if mine else None)),
        mine=mine,
        action_form=ActionForm(formdata=None),
        can_verify=services.can_verify,
    )


@bp.get("/deleted")
def deleted():
    services.require_manager(me(), "see deleted pages")
    return render_template("wiki/deleted.html", page=paginate(services.deleted_pages()),
                           action_form=ActionForm(formdata=None))


@bp.get("/go")
def go():
    """Follow a [[link]]: to the page (or the page it was renamed to), or to the form that
    writes it when it does not exist yet."""
    target = " ".join(request.args.get("to", "").split())
    problem = services.title_problem(target)
    if problem:
        raise ServiceError(f"“{target[:80]}” cannot be a page title. {problem}")
    page = services.find_page(target)
    if page is not None and services.can_see(me(), page):
        return redirect(_page_url(page))
    if page is not None:
        raise NotFound(f"The page “{page.title}” was deleted; a manager can restore it.")
    flash(f"“{target}” is not written yet. Write it now, or go back.", "info")
    return redirect(url_for("wiki.new", title=target))


# ---------------------------------------------------------------- writing


@bp.route("/new", methods=["GET", "POST"])
def new():
    viewer = me()
    if request.method == "GET":
        title = " ".join(request.args.get("title", "").split())
        existing = services.find_page(title) if title else None
        if existing is not None and services.can_see(viewer, existing):
            return redirect(_page_url(existing))
        form = NewPageForm(formdata=None, data={"title": title,
                                                "parent": request.args.get("parent", "")})
        return render_template("wiki/page_form.html", form=form, page=None)
    form = NewPageForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        parent = services.parent_from(form.parent.data, viewer)
        created = services.create_page(viewer, form.title.data, form.body.data, form.tags.data,
                                       parent, form.summary.data)
        db.session.commit()
    except ServiceError as error:
        status = form_failed(form, error)
        return render_template("wiki/page_form.html", form=form, page=None), status
    flash("Your page is published. You own it: you will be asked to review it from time to time.")
    return redirect(_page_url(created))


@bp.get("/<slug>")
def page(slug: str):
    viewer = me()
    found = _load(slug)
    # Count the view first: committing expires what is loaded, and the page loads after.
    if services.record_view(viewer, found):
        db.session.commit()
    return render_template(
        "wiki/page.html",
        view=services.load_page(found, viewer),
        feedback_form=FeedbackForm(formdata=None),
        action_form=ActionForm(formdata=None),
        wiki=services,
        now=utcnow(),
    )


@bp.route("/<slug>/edit", methods=["GET", "POST"])
def edit(slug: str):
    viewer = me()
    found = _load(slug)
    if not services.can_edit(viewer, found):
        raise NotFound("This page has been deleted.")
    if request.method == "GET":
        form = EditPageForm(formdata=None, data={
            "body": found.body, "base_revision": found.revision,
            "tags": " ".join(t.name for t in found.tags),
        })
        return render_template("wiki/page_form.html", form=form, page=found)
    form = EditPageForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        services.edit_page(viewer, found, form.body.data, form.tags.data, form.summary.data,
                           based_on(form))
        db.session.commit()
    except ServiceError as error:
        status = form_failed(form, error)
        found = services.get_page(found.id, viewer)
        conflict = None
        if isinstance(error, Conflict):
            mine = (form.body.data or "").replace("\r\n", "\n").strip()
            conflict = {
                "body": diff_lines(found.body, mine),
                "tags": diff_lines(" ".join(t.name for t in found.tags), form.tags.data or ""),
                "theirs": services.revision(found, found.revision),
            }
            # Saving again now is a decision taken with both versions in view.
            form.base_revision.data = found.revision
        return render_template("wiki/page_form.html", form=form, page=found, conflict=conflict,
                               has_changes=has_changes), status
    flash("Saved. The previous version stays in the history.")
    return redirect(_page_url(found))


# ---------------------------------------------------------------- history


@bp.get("/<slug>/history")
def history(slug: str):
    found = _load(slug)
    return render_template("wiki/history.html", page=found,
                           revisions=paginate(services.history(found)))


@bp.get("/<slug>/diff")
def diff(slug: str):
    found = _load(slug)
    new_number = number_arg("new", found.revision, minimum=0)
    old_number = number_arg("old", max(new_number - 1, 1), minimum=0)
    before, after = services.revision_pair(found, old_number, new_number)
    changes = {
        "title": diff_lines(before.title, after.title),
        "tags": diff_lines(before.tags, after.tags),
        "body": diff_lines(before.body, after.body),
    }
    return render_template("wiki/diff.html", page=found, before=before, after=after,
                           changes=changes, has_changes=has_changes)


@bp.get("/<slug>/revisions/<int:number>")
def revision(slug: str, number: int):
    found = _load(slug)
    old = services.revision(found, number)
    return render_template(
        "wiki/revision.html", page=found, revision=old,
        html=services.render_revision(old),
        form=RevertForm(formdata=None, data={"revision": old.id,
                                             "base_revision": found.revision}),
    )


@bp.post("/<slug>/revert")
def revert(slug: str):
    viewer = me()
    found = _load(slug)
    form = RevertForm()
    if not form.validate_on_submit():
        abort(400)
    revision_id = whole_number(form.revision.data, minimum=1)
    if revision_id is None:
        raise ServiceError("Say which revision to bring back.", "revision")
    saved = services.revert_page(viewer, found, revision_id, based_on(form))
    db.session.commit()
    flash(f"Reverted: revision {saved.number} brings back the earlier text.")
    return redirect(_page_url(found))


@bp.get("/<slug>/backlinks")
def backlinks(slug: str):
    found = _load(slug)
    return render_template("wiki/backlinks.html", page=found,
                           linking=paginate(services.backlinks(found)))


# ---------------------------------------------------------------- owners, review, settings


@bp.post("/<slug>/verify")
def verify(slug: str):
    found = _load(slug)
    if not ActionForm().validate_on_submit():
        abort(400)
    services.verify_page(me(), found)
    db.session.commit()
    flash(f"Verified: “{found.title}” is next due for review in "
          f"{found.review_interval_days} days.")
    if request.form.get("next") == "stale":
        return redirect(url_for("wiki.stale"))
    return redirect(_page_url(found))


@bp.route("/<slug>/move", methods=["GET", "POST"])
def move(slug: str):
    viewer = me()
    found = _load(slug)
    services.require_manager(viewer, "move and rename pages")
    parent = db.session.get(WikiPage, found.parent_id) if found.parent_id else None
    form = MoveForm(data={"title": found.title, "parent": parent.title if parent else ""})
    status = 200
    if form.validate_on_submit():
        try:
            new_parent = services.parent_from(form.parent.data, viewer)
            services.move_page(viewer, found, form.title.data, new_parent)
            db.session.commit()
            flash("Moved. Links to the former title and address still lead here.")
            return redirect(_page_url(found))
        except ServiceError as error:
            status = form_failed(form, error)
            found = services.get_page(found.id, viewer)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("wiki/move.html", form=form, page=found), status


def _active_people() -> list[User]:
    return list(db.session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.name)
    ))


@bp.route("/<slug>/settings", methods=["GET", "POST"])
def settings(slug: str):
    viewer = me()
    found = _load(slug)
    services.require_manager(viewer, "set page owners and review intervals")
    form = SettingsForm(data={"owner": found.owner_id,
                              "review_interval": str(found.review_interval_days)})
    form.set_people(_active_people())
    status = 200
    if form.validate_on_submit():
        try:
            owner = db.session.get(User, form.owner.data)
            services.update_settings(viewer, found, owner, form.review_interval.data)
            db.session.commit()
            flash("Owner and review interval saved.")
            return redirect(_page_url(found))
        except ServiceError as error:
            status = form_failed(form, error)
            found = services.get_page(found.id, viewer)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("wiki/settings.html", form=form, page=found), status


@bp.post("/<slug>/delete")
def delete(slug: str):
    viewer = me()
    found = _load(slug)
    if not ActionForm().validate_on_submit():
        abort(400)
    services.delete_page(viewer, found)
    db.session.commit()
    flash(f"“{found.title}” is deleted: hidden from everyone but managers, and restorable.")
    return redirect(url_for("wiki.index"))


@bp.post("/<slug>/restore")
def restore(slug: str):
    viewer = me()
    found = _load(slug)
    if not ActionForm().validate_on_submit():
        abort(400)
    services.restore_page(viewer, found)
    db.session.commit()
    flash("Restored.")
    return redirect(_page_url(found))


# ---------------------------------------------------------------- feedback


@bp.post("/<slug>/feedback")
def give_feedback(slug: str):
    viewer = me()
    found = _load(slug)
    form = FeedbackForm()
    if not form.validate_on_submit():
        abort(400)
    services.give_feedback(viewer, found, form.helpful.data, form.comment.data)
    db.session.commit()
    flash("Thanks: the page's owner sees your feedback.")
    return redirect(_page_url(found, _anchor="feedback"))


@bp.get("/<slug>/feedback")
def feedback(slug: str):
    viewer = me()
    found = _load(slug)
    if not services.can_see_feedback(viewer, found):
        raise Forbidden("Only the page's owner and managers see its feedback.")
    return render_template("wiki/feedback.html", page=found,
                           entries=paginate(services.feedback_list(found)))


# ---------------------------------------------------------------- learning paths


@bp.get("/paths")
def path_list():
    return render_template("wiki/paths.html", summaries=paths.path_list(me()))


@bp.route("/paths/new", methods=["GET", "POST"])
def new_path():
    viewer = me()
    services.require_manager(viewer, "build learning paths")
    form = PathForm()
    status = 200
    if form.validate_on_submit():
        try:
            created = paths.create_path(viewer, form.title.data, form.audience.data,
                                        form.description.data)
            db.session.commit()
            flash("Path created: now add its pages and questions, in order.")
            return redirect(url_for("wiki.edit_path", path_id=created.id))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("wiki/path_form.html", form=form, path=None), status


@bp.get("/paths/<int:path_id>")
def path(path_id: int):
    return render_template("wiki/path.html", view=paths.load_path(path_id, me()),
                           action_form=ActionForm(formdata=None))


@bp.route("/paths/<int:path_id>/edit", methods=["GET", "POST"])
def edit_path(path_id: int):
    viewer = me()
    services.require_manager(viewer, "build learning paths")
    found = paths.get_path(path_id)
    form = PathForm(obj=found)
    status = 200
    if form.validate_on_submit():
        try:
            paths.update_path(viewer, found, form.title.data, form.audience.data,
                              form.description.data)
            db.session.commit()
            flash("Path saved.")
            return redirect(url_for("wiki.edit_path", path_id=found.id))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = FORM_ERROR
    return _path_editor(path_id, form, PathItemForm(formdata=None), status)


def _path_editor(path_id: int, form, item_form, status: int = 200):
    return render_template(
        "wiki/path_form.html", form=form, item_form=item_form,
        view=paths.load_path(path_id, me()), path=paths.get_path(path_id),
        action_form=ActionForm(formdata=None),
    ), status


@bp.post("/paths/<int:path_id>/items")
def add_path_item(path_id: int):
    viewer = me()
    found = paths.get_path(path_id)
    item_form = PathItemForm()
    if not item_form.validate_on_submit():
        abort(400)
    try:
        paths.add_item(viewer, found, item_form.item.data, item_form.note.data)
        db.session.commit()
    except ServiceError as error:
        status = form_failed(item_form, error)
        found = paths.get_path(path_id)
        return _path_editor(path_id, PathForm(formdata=None, obj=found), item_form, status)
    flash("Added to the path.")
    return redirect(url_for("wiki.edit_path", path_id=path_id, _anchor="items"))


@bp.post("/paths/<int:path_id>/items/<int:item_id>/<any(up, down, remove):action>")
def change_path_item(path_id: int, item_id: int, action: str):
    viewer = me()
    found = paths.get_path(path_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if action == "remove":
        paths.remove_item(viewer, found, item_id)
        flash("Removed from the path.")
    else:
        paths.move_item(viewer, found, item_id, action)
    db.session.commit()
    return redirect(url_for("wiki.edit_path", path_id=path_id, _anchor="items"))


@bp.post("/paths/<int:path_id>/archive")
def archive_path(path_id: int):
    viewer = me()
    found = paths.get_path(path_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    paths.archive_path(viewer, found)
    db.session.commit()
    flash(f"“{found.title}” is archived: off the list, with everyone's progress kept.")
    return redirect(url_for("wiki.path_list"))


@bp.post("/paths/<int:path_id>/start")
def start_path(path_id: int):
    found = paths.get_path(path_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    paths.start_path(me(), found)
    db.session.commit()
    flash("Path started: tick each item off as you finish it.")
    return redirect(url_for("wiki.path", path_id=path_id))


@bp.post("/paths/<int:path_id>/items/<int:item_id>/done")
def tick_path_item(path_id: int, item_id: int):
    found = paths.get_path(path_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    done = request.form.get("done")
    if done not in ("yes", "no"):
        raise ServiceError("Say whether the item is done: “yes” or “no”.", "done")
    paths.set_done(me(), found, item_id, done == "yes")
    db.session.commit()
    return redirect(url_for("wiki.path", path_id=path_id, _anchor=f"item-{item_id}"))


@bp.get("/paths/<int:path_id>/progress")
def path_progress(path_id: int):
    services.require_manager(me(), "see everyone's progress")
    found = paths.get_path(path_id)
    page = paginate(paths.enrollments(found))
    return render_template(
        "wiki/path_progress.html", path=found, page=page,
        learners=paths.learners(found, page.items),
        total=len(found.items),
    )
