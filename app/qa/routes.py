"""Q&A pages: the question lists, asking, the thread (answers, comments, votes, accepting),
editing with revisions and diffs, closing as a duplicate, and the tag vocabulary's pages (where
a tag is followed, through the profiles' services).

Routes stay thin: read the form, call one service, commit, redirect. A service's ServiceError
becomes an error page (or JSON) with its status through the application's error handler, after a
rollback, so a refused request changes nothing.
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

from app.auth.access import me
from app.diff import diff_lines, has_changes
from app.errors import Conflict, Forbidden, NotFound, ServiceError, wants_json
from app.extensions import db
from app.forms import FORM_ERROR, ActionForm, based_on, form_failed, number_arg
from app.pagination import paginate, paginate_rows
from app.profiles import services as people
from app.qa import importer, services, vocabulary
from app.qa.forms import (
    AnswerForm,
    CategoryForm,
    CloseForm,
    CommentForm,
    DecisionForm,
    EditAnswerForm,
    EditQuestionForm,
    ImportedAuthorForm,
    ProposeTagForm,
    QuestionFilterForm,
    QuestionForm,
    SynonymForm,
    TagForm,
)
from app.qa.models import TITLE_MAX, Question
from app.qa.services import Sort
from app.search import services as search

bp = Blueprint("qa", __name__, template_folder="templates")

def _thread_url(question: Question, anchor: str | None = None) -> str:
    return url_for("qa.question", question_id=question.id, slug=question.slug, _anchor=anchor)


def _post_url(post) -> str:
    question = post if isinstance(post, Question) else post.question
    return _thread_url(question, f"post-{post.id}")


# ---------------------------------------------------------------- lists and asking


@bp.get("/questions")
def questions():
    categories = vocabulary.categories()
    form = QuestionFilterForm(request.args)
    form.set_categories(categories)
    if not form.validate():
        abort(400)
    sort = Sort(form.sort.data or Sort.NEWEST)
    tags, unknown_tags = services.find_tags(form.tag.data or [])
    category = next((c for c in categories if c.slug == form.category.data), None)
    # The list's total: counted (up to a bound) when nothing filters it, the tag's own count
    # for one tag; a mix of filters is not counted, as counting it would read every question.
    one_tag = len(tags) == 1 and category is None and sort is not Sort.UNANSWERED
    page = paginate(services.question_list(sort, tags, category),
                    counted=not (tags or category), total=tags[0].question_count if one_tag
                    else None)
    return render_template(
        "qa/questions.html", page=page, form=form, sort=sort, tags=tags, category=category,
        sorts=list(Sort), unknown_tags=unknown_tags,
    )


@bp.route("/questions/ask", methods=["GET", "POST"])
def ask():
    # A draft in the address (the dashboard's "ask the experts" of a search that found
    # nothing): the title and tags prefilled, for the asker to finish.
    draft = {"title": " ".join(request.args.get("title", "").split())[:TITLE_MAX],
             "tags": " ".join(request.args.get("tags", "").split())}
    form = QuestionForm(data=draft if request.method == "GET" else None)
    status = 200
    if form.validate_on_submit():
        try:
            question = services.ask_question(
                me(), form.title.data, form.body.data, form.tags.data
            )
            db.session.commit()
            flash("Your question is posted. Colleagues who know the topic will see it.")
            return redirect(_thread_url(question))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = 400
    return render_template("qa/ask.html", form=form), status


# ---------------------------------------------------------------- the thread


@bp.get("/questions/<int:question_id>")
@bp.get("/questions/<int:question_id>/<slug>")
def question(question_id: int, slug: str | None = None):
    viewer = me()
    # Count the view first: committing expires what is loaded, and the thread loads after.
    if services.record_view(viewer, services.get_question(question_id, viewer)):
        db.session.commit()
    return _render_thread(services.load_thread(question_id, viewer))


def _render_thread(thread, answer_form=None, status: int = 200):
    return render_template(
        "qa/question.html",
        thread=thread,
        q=thread.question,
        answer_form=answer_form or AnswerForm(formdata=None),
        comment_form=CommentForm(formdata=None),
        action_form=ActionForm(formdata=None),
        qa=services,
        related=search.similar_questions(thread.question.title, exclude=thread.question.id),
    ), status


@bp.get("/posts/<int:post_id>")
def post(post_id: int):
    """A post's permanent address (a question or an answer, wherever it is linked from, such
    as chat): its place in its thread."""
    return redirect(_post_url(services.get_post(post_id, me())))


@bp.post("/questions/<int:question_id>/answers")
def answer(question_id: int):
    viewer = me()
    form = AnswerForm()
    if not form.validate_on_submit():
        abort(400)
    question = services.get_question(question_id, viewer)
    try:
        posted = services.post_answer(viewer, question, form.body.data)
        db.session.commit()
    except ServiceError as error:
        status = form_failed(form, error)
        return _render_thread(services.load_thread(question_id, viewer), form, status)
    flash("Your answer is posted.")
    return redirect(_post_url(posted))


@bp.post("/posts/<int:post_id>/comments")
def comment(post_id: int):
    viewer = me()
    form = CommentForm()
    if not form.validate_on_submit():
        abort(400)
    post = services.get_post(post_id, viewer)
    posted = services.post_comment(viewer, post, form.body.data)
    db.session.commit()
    return redirect(_thread_url(post if isinstance(post, Question) else post.question,
                                f"comment-{posted.id}"))


@bp.post("/comments/<int:comment_id>/delete")
def delete_comment(comment_id: int):
    viewer = me()
    comment = services.get_comment(comment_id)
    post = services.get_post(comment.post_id, viewer)
    services.delete_comment(viewer, comment)
    db.session.commit()
    flash("Comment deleted.")
    return redirect(_post_url(post))


@bp.post("/posts/<int:post_id>/vote")
def vote(post_id: int):
    viewer = me()
    post = services.get_post(post_id, viewer)
    choice = request.form.get("value", "")
    if choice == "clear":
        services.remove_vote(viewer, post)
        my_vote = 0
    elif choice in ("up", "down"):
        my_vote = 1 if choice == "up" else -1
        services.cast_vote(viewer, post, my_vote)
    else:
        raise ServiceError("A vote is “up”, “down” or “clear”.", "value")
    db.session.commit()
    if wants_json():
        return {"post": post.id, "score": post.score, "my_vote": my_vote}
    return redirect(_post_url(post))


@bp.post("/answers/<int:answer_id>/accept")
def accept(answer_id: int):
    viewer = me()
    answer = services.get_answer(answer_id, viewer)
    services.accept_answer(viewer, answer)
    db.session.commit()
    flash("Answer accepted: the next rep with this question will find it first.")
    return redirect(_post_url(answer))


@bp.post("/questions/<int:question_id>/unaccept")
def unaccept(question_id: int):
    viewer = me()
    question = services.get_question(question_id, viewer)
    services.unaccept_answer(viewer, question)
    db.session.commit()
    flash("The answer is no longer marked as accepted.")
    return redirect(_thread_url(question))


# ---------------------------------------------------------------- editing, revisions, deleting


@bp.route("/posts/<int:post_id>/edit", methods=["GET", "POST"])
def edit(post_id: int):
    viewer = me()
    post = services.get_post(post_id, viewer)
    if not services.can_edit(viewer, post):
        raise Forbidden("Only the author or a manager can edit this post.")
    is_question = isinstance(post, Question)
    form_class = EditQuestionForm if is_question else EditAnswerForm
    if request.method == "GET":
        data = {"body": post.body, "base_revision": post.revision}
        if is_question:
            data.update(title=post.title, tags=" ".join(t.name for t in post.tags))
        form = form_class(formdata=None, data=data)
        return render_template("qa/edit.html", form=form, post=post)
    form = form_class()
    if not form.validate_on_submit():
        abort(400)
    try:
        base = based_on(form)
        if is_question:
            services.edit_question(viewer, post, form.title.data, form.body.data,
                                   form.tags.data, form.summary.data, base)
        else:
            services.edit_answer(viewer, post, form.body.data, form.summary.data, base)
        db.session.commit()
    except ServiceError as error:
        status = form_failed(form, error)
        conflict = None
        if isinstance(error, Conflict):
            post = services.get_post(post_id, viewer)
            conflict = diff_lines(post.body, (form.body.data or "").replace("\r\n", "\n"))
            form.base_revision.data = post.revision
        return render_template("qa/edit.html", form=form, post=post, conflict=conflict), status
    flash("Your edit is saved; the previous version stays in the history.")
    return redirect(_post_url(post))


@bp.get("/posts/<int:post_id>/revisions")
def revisions(post_id: int):
    post = services.get_post(post_id, me())
    return render_template("qa/revisions.html", post=post, revisions=services.revisions(post))


@bp.get("/posts/<int:post_id>/diff")
def diff(post_id: int):
    post = services.get_post(post_id, me())
    new = number_arg("new", post.revision, minimum=0)
    old = number_arg("old", max(new - 1, 1), minimum=0)
    before, after = services.revision_pair(post, old, new)
    changes = {
        "title": diff_lines(before.title or "", after.title or ""),
        "tags": diff_lines(before.tags, after.tags),
        "body": diff_lines(before.body, after.body),
    }
    return render_template(
        "qa/diff.html", post=post, before=before, after=after, changes=changes,
        has_changes=has_changes,
    )


@bp.post("/posts/<int:post_id>/delete")
def delete(post_id: int):
    viewer = me()
    post = services.get_post(post_id, viewer)
    services.delete_post(viewer, post)
    db.session.commit()
    flash("Deleted. It is hidden from lists and search, and kept; it can be restored.")
    if isinstance(post, Question) and not services.can_see(viewer, post):
        return redirect(url_for("qa.questions"))
    return redirect(_post_url(post))


@bp.post("/posts/<int:post_id>/restore")
def restore(post_id: int):
    viewer = me()
    post = services.get_post(post_id, viewer)
    services.restore_post(viewer, post)
    db.session.commit()
    flash("Restored.")
    return redirect(_post_url(post))


# ---------------------------------------------------------------- duplicates


@bp.route("/questions/<int:question_id>/close", methods=["GET", "POST"])
def close(question_id: int):
    viewer = me()
    question = services.get_question(question_id, viewer)
    if not services.can_close(viewer, question):
        raise Forbidden("Only the asker or a manager can close this question.")
    form = CloseForm()
    status = 200
    if form.validate_on_submit():
        try:
            original_id = services.question_id_from(form.original.data)
            try:
                original = services.get_question(original_id, viewer)
            except NotFound:
                raise ServiceError("There is no question with that number.", "original") from None
            services.close_as_duplicate(viewer, question, original)
            db.session.commit()
            flash("Closed as a duplicate: readers are sent to the original.")
            return redirect(_thread_url(question))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = 400
    return render_template("qa/close.html", form=form, question=question), status


@bp.post("/questions/<int:question_id>/reopen")
def reopen(question_id: int):
    viewer = me()
    question = services.get_question(question_id, viewer)
    services.reopen_question(viewer, question)
    db.session.commit()
    flash("Reopened.")
    return redirect(_thread_url(question))


# ---------------------------------------------------------------- imported authors


def _require_admin() -> None:
    if not me().is_admin:
        raise Forbidden("Only admins say who wrote imported posts.")


@bp.get("/questions/imported-authors")
def imported_authors():
    """The names imported posts go under, for an admin to say which person each one is."""
    _require_admin()
    return _render_imported_authors(ImportedAuthorForm(formdata=None))


@bp.post("/questions/imported-authors")
def name_imported_author():
    _require_admin()
    form = ImportedAuthorForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        person, count = importer.name_author(me(), form.name.data, form.person.data)
        db.session.commit()
    except ServiceError as error:
        return _render_imported_authors(form, form_failed(form, error))
    flash(f"{count} imported {'post is' if count == 1 else 'posts are'} now credited to "
          f"{person.name}; nothing was paid for them.")
    return redirect(url_for("qa.imported_authors"))


def _render_imported_authors(form: ImportedAuthorForm, status: int = 200):
    rows = paginate_rows(importer.imported_authors())
    return render_template("qa/imported_authors.html", rows=rows, form=form,
                           likely=importer.likely_people([r.name for r in rows.items])), status


# ---------------------------------------------------------------- the tag vocabulary


@bp.get("/tags")
def tags():
    viewer = me()
    return render_template(
        "qa/tags.html",
        categories=vocabulary.vocabulary(),
        pending=vocabulary.pending_request_count() if viewer.is_manager else 0,
    )


@bp.get("/tags/suggest")
def suggest_tags():
    """Tags for the tag picker, with the guiding context to show while picking."""
    return {
        "tags": [
            {
                "name": tag.name,
                "category": tag.category.name,
                "description": tag.description,
                "synonym": synonym,
            }
            for tag, synonym in vocabulary.suggest(request.args.get("q", ""))
        ]
    }


@bp.get("/tags/<name>")
def tag(name: str):
    found = vocabulary.get_tag(name)
    if found.name != name:  # a synonym's address leads to its tag
        return redirect(url_for("qa.tag", name=found.name))
    sort = request.args.get("sort", Sort.NEWEST.value)
    if sort not in {s.value for s in Sort}:
        abort(400)
    page = paginate(services.question_list(Sort(sort), [found]), counted=False,
                    total=found.question_count if sort != Sort.UNANSWERED else None)
    following, followers = people.tag_following(me(), found)
    return render_template("qa/tag.html", tag=found, page=page, sort=Sort(sort), sorts=list(Sort),
                           following=following, followers=followers,
                           action_form=ActionForm(formdata=None))


@bp.post("/tags/<name>/follow")
def follow_tag(name: str):
    found = vocabulary.get_tag(name)
    new = people.follow_tag(me(), found)
    db.session.commit()
    flash(f"You follow {found.name}: its new questions reach your home page." if new
          else f"You already follow {found.name}.")
    return redirect(url_for("qa.tag", name=found.name))


@bp.post("/tags/<name>/unfollow")
def unfollow_tag(name: str):
    found = vocabulary.get_tag(name)
    people.unfollow_tag(me(), found)
    db.session.commit()
    flash(f"You no longer follow {found.name}.")
    return redirect(url_for("qa.tag", name=found.name))


@bp.route("/tags/new", methods=["GET", "POST"])
def new_tag():
    viewer = me()
    if not viewer.is_manager:
        return redirect(url_for("qa.propose_tag"))
    categories = vocabulary.categories()
    form = TagForm()
    form.set_categories(categories)
    status = 200
    if form.validate_on_submit():
        category = vocabulary.get_category(form.category.data)
        try:
            created = vocabulary.create_tag(viewer, form.name.data, category, form.description.data)
            db.session.commit()
            flash(f"Tag “{created.name}” added to the vocabulary.")
            return redirect(url_for("qa.tag", name=created.name))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("qa/tag_form.html", form=form, tag=None), status


@bp.route("/tags/<name>/edit", methods=["GET", "POST"])
def edit_tag(name: str):
    viewer = me()
    found = vocabulary.get_tag(name)
    if not viewer.is_manager:
        raise Forbidden("Only managers and administrators curate the tag vocabulary.")
    categories = vocabulary.categories()
    form = TagForm(data={"name": found.name, "category": found.category.slug,
                         "description": found.description})
    form.set_categories(categories)
    status = 200
    if form.validate_on_submit():
        category = vocabulary.get_category(form.category.data)
        try:
            vocabulary.update_tag(viewer, found, form.name.data, category, form.description.data)
            db.session.commit()
            flash("Tag saved.")
            return redirect(url_for("qa.tag", name=found.name))
        except ServiceError as error:
            status = form_failed(form, error)
            found = vocabulary.get_tag(name)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template(
        "qa/tag_form.html", form=form, tag=found, synonym_form=SynonymForm(formdata=None),
        action_form=ActionForm(formdata=None),
    ), status


@bp.post("/tags/<name>/synonyms")
def add_synonym(name: str):
    viewer = me()
    found = vocabulary.get_tag(name)
    form = SynonymForm()
    if not form.validate_on_submit():
        abort(400)
    vocabulary.add_synonym(viewer, found, form.name.data)
    db.session.commit()
    flash("Synonym added: typing it now picks this tag.")
    return redirect(url_for("qa.edit_tag", name=found.name))


@bp.post("/tags/<name>/synonyms/<int:synonym_id>/delete")
def remove_synonym(name: str, synonym_id: int):
    viewer = me()
    found = vocabulary.get_tag(name)
    vocabulary.remove_synonym(viewer, found, synonym_id)
    db.session.commit()
    flash("Synonym removed.")
    return redirect(url_for("qa.edit_tag", name=found.name))


@bp.route("/tags/categories/new", methods=["GET", "POST"])
@bp.route("/tags/categories/<slug>/edit", methods=["GET", "POST"])
def category_form(slug: str | None = None):
    viewer = me()
    if not viewer.is_manager:
        raise Forbidden("Only managers and administrators curate the tag vocabulary.")
    category = vocabulary.get_category(slug) if slug else None
    form = CategoryForm(obj=category)
    status = 200
    if form.validate_on_submit():
        try:
            saved = vocabulary.save_category(viewer, form.name.data, form.description.data,
                                             category)
            db.session.commit()
            flash("Category saved.")
            return redirect(url_for("qa.tags", _anchor=f"category-{saved.slug}"))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("qa/category_form.html", form=form, category=category), status


@bp.route("/tags/propose", methods=["GET", "POST"])
def propose_tag():
    viewer = me()
    form = ProposeTagForm()
    form.set_categories(vocabulary.categories())
    status = 200
    if form.validate_on_submit():
        category = vocabulary.get_category(form.category.data)
        try:
            vocabulary.propose_tag(viewer, form.name.data, category, form.description.data,
                                   form.reason.data)
            db.session.commit()
            flash("Thanks: a manager will review the tag. Meanwhile, use the closest existing one.")
            return redirect(url_for("qa.tags"))
        except ServiceError as error:
            status = form_failed(form, error)
    elif form.is_submitted():
        status = FORM_ERROR
    return render_template("qa/propose_tag.html", form=form), status


@bp.get("/tags/requests")
def tag_requests():
    if not me().is_manager:
        raise Forbidden("Only managers and administrators review tag proposals.")
    return render_template(
        "qa/tag_requests.html", requests=vocabulary.pending_requests(),
        form=DecisionForm(formdata=None),
    )


@bp.post("/tags/requests/<int:request_id>/<any(approve, reject):decision>")
def decide_tag_request(request_id: int, decision: str):
    viewer = me()
    form = DecisionForm()
    if not form.validate_on_submit():
        abort(400)
    proposal = vocabulary.get_request(request_id)
    if decision == "approve":
        created = vocabulary.approve_request(viewer, proposal, form.note.data)
        flash(f"“{created.name}” is now in the vocabulary.")
    else:
        vocabulary.reject_request(viewer, proposal, form.note.data)
        flash(f"“{proposal.name}” was rejected.")
    db.session.commit()
    return redirect(url_for("qa.tag_requests"))
