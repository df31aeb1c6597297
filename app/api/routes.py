"""The /api/v1 endpoints. Each reads and writes through the same services, with the same
permission checks, as the pages: this module only parses, calls and shapes."""

from __future__ import annotations

import marshmallow as ma
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from app.api.core import (
    PageArgs,
    base_revision_field,
    blueprint,
    committed,
    cursor_page,
    page_schema,
)
from app.auth.access import me
from app.auth.models import User
from app.errors import Forbidden, NotFound
from app.extensions import db
from app.points import rules as point_rules
from app.points.models import PointsEntry
from app.qa import services as qa
from app.qa.importer import FaqIn, load_faq
from app.qa.models import BODY_MAX, TITLE_MAX, Question, Tag
from app.search import services as search

people_bp = blueprint("api_people", "Who you are, and people's points.")
qa_bp = blueprint("api_questions", "Questions, answers, comments, votes and accepting.")
tags_bp = blueprint("api_tags", "The tag vocabulary.")
search_bp = blueprint("api_search", "Full-text search over what the caller may see.")
import_bp = blueprint("api_import", "Loading an existing FAQ (managers and admins).")
BLUEPRINTS = [people_bp, qa_bp, tags_bp, search_bp, import_bp]


class Strict(ma.Schema):
    """Unknown fields are an error, not silently dropped."""

    class Meta:
        unknown = ma.RAISE


# ---------------------------------------------------------------- schemas

class PersonSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    handle = ma.fields.String(required=True)
    title = ma.fields.String(allow_none=True)
    points = ma.fields.Integer(required=True)


class TagSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    name = ma.fields.String(required=True)
    description = ma.fields.String(required=True)
    category = ma.fields.Function(lambda tag: tag.category.slug, required=True)


class CommentSchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    post_id = ma.fields.Integer(required=True)
    author = ma.fields.Nested(PersonSchema, required=True)
    body = ma.fields.String(required=True)
    created_at = ma.fields.DateTime(required=True)


_AUTHOR = ("The account the post is credited to. For an imported post whose author nobody "
           "has named yet, the imported content account: not a person (author_name is the name "
           "the imported file gave).")


class AuthorshipSchema(ma.Schema):
    """Who wrote a post as shown, and where it came from when it was not written here."""

    author_name = ma.fields.String(required=True, metadata={"description": (
        "The author's name as shown: the person's, or for an imported post nobody has been "
        "named for, the name the file gave (\"Unknown author\" when it gave none).")})
    origin = ma.fields.String(allow_none=True, required=True, metadata={"description": (
        "null: written here; \"chat\": a chat message promoted (the text is its author's "
        "words; the promoter's changes are their edit, in the revisions); \"import\": an entry "
        "of an imported FAQ.")})
    origin_by = ma.fields.Nested(PersonSchema, allow_none=True, required=True, metadata={
        "description": "Who promoted the chat message, or imported the file."})
    origin_at = ma.fields.DateTime(allow_none=True, required=True, metadata={
        "description": "When it was promoted or imported."})
    origin_url = ma.fields.String(required=True, metadata={
        "description": "The chat message's address, for a promoted post; \"\" otherwise."})


class AnswerSchema(AuthorshipSchema):
    id = ma.fields.Integer(required=True)
    question_id = ma.fields.Integer(required=True)
    author = ma.fields.Nested(PersonSchema, required=True, metadata={"description": _AUTHOR})
    body = ma.fields.String(required=True, metadata={"description": "Markdown."})
    body_html = ma.fields.String(required=True, metadata={"description": "Sanitised HTML."})
    score = ma.fields.Integer(required=True)
    accepted = ma.fields.Function(
        lambda answer: answer.question.accepted_answer_id == answer.id, required=True)
    deleted = ma.fields.Function(lambda post: post.deleted_at is not None, required=True)
    created_at = ma.fields.DateTime(required=True)


class ThreadAnswerSchema(AnswerSchema):
    comments = ma.fields.List(ma.fields.Nested(CommentSchema), required=True)


class QuestionSchema(AuthorshipSchema):
    id = ma.fields.Integer(required=True)
    title = ma.fields.String(required=True)
    author = ma.fields.Nested(PersonSchema, required=True, metadata={"description": _AUTHOR})
    body = ma.fields.String(required=True, metadata={"description": "Markdown."})
    body_html = ma.fields.String(required=True, metadata={"description": "Sanitised HTML."})
    tags = ma.fields.Function(lambda q: [t.name for t in q.tags], required=True)
    score = ma.fields.Integer(required=True)
    answer_count = ma.fields.Integer(required=True)
    accepted_answer_id = ma.fields.Integer(allow_none=True, required=True)
    created_at = ma.fields.DateTime(required=True)
    url = ma.fields.Function(lambda q: f"/questions/{q.id}", required=True)


class ThreadSchema(QuestionSchema):
    answers = ma.fields.List(ma.fields.Nested(ThreadAnswerSchema), required=True)
    comments = ma.fields.List(ma.fields.Nested(CommentSchema), required=True)


class AskArgs(Strict):
    title = ma.fields.String(required=True, validate=ma.validate.Length(max=TITLE_MAX * 2))
    body = ma.fields.String(required=True, validate=ma.validate.Length(max=BODY_MAX * 2))
    tags = ma.fields.List(ma.fields.String(validate=ma.validate.Length(max=100)),
                          required=True, validate=ma.validate.Length(max=20))


class BodyArgs(Strict):
    body = ma.fields.String(required=True, validate=ma.validate.Length(max=BODY_MAX * 2))


class QuestionEditArgs(AskArgs):
    summary = ma.fields.String(load_default="", validate=ma.validate.Length(max=400))
    base_revision = base_revision_field("post")


class AnswerEditArgs(BodyArgs):
    summary = ma.fields.String(load_default="", validate=ma.validate.Length(max=400))
    base_revision = base_revision_field("post")


class VoteArgs(Strict):
    value = ma.fields.Integer(required=True, strict=True, validate=ma.validate.OneOf([1, -1, 0]),
                              metadata={"description": "1 up, -1 down, 0 to take a vote back."})


class QuestionListArgs(PageArgs):
    tag = ma.fields.String(load_default=None, validate=ma.validate.Length(max=100))


class SearchArgs(Strict):
    q = ma.fields.String(required=True, validate=ma.validate.Length(max=1000))
    type = ma.fields.List(ma.fields.String(validate=ma.validate.Length(max=40)),
                          load_default=list, validate=ma.validate.Length(max=5))
    tag = ma.fields.List(ma.fields.String(validate=ma.validate.Length(max=100)),
                         load_default=list, validate=ma.validate.Length(max=5))
    page = ma.fields.Integer(load_default=1, validate=ma.validate.Range(1, search.MAX_PAGE))
    exact = ma.fields.Boolean(load_default=False, metadata={
        "description": "Search the words as typed: no correction of typos."})


class HitSchema(ma.Schema):
    kind = ma.fields.String(required=True)
    title = ma.fields.String(required=True)
    url = ma.fields.String(required=True)
    snippet = ma.fields.String(required=True, metadata={"description": "Safe HTML."})
    tags = ma.fields.List(ma.fields.String(), required=True)
    accepted = ma.fields.Boolean(required=True)


class SearchResultSchema(ma.Schema):
    query = ma.fields.String(required=True)
    total = ma.fields.Integer(required=True)
    total_capped = ma.fields.Boolean(required=True, metadata={
        "description": "True when more than `total` matched: the search counts up to a bound "
                       "(1,000 on PostgreSQL), and shows no more than that anyway."})
    page = ma.fields.Integer(required=True)
    pages = ma.fields.Integer(required=True)
    hits = ma.fields.List(ma.fields.Nested(HitSchema), required=True)
    suggestion = ma.fields.String(allow_none=True, required=True)
    typed = ma.fields.String(allow_none=True, required=True, metadata={
        "description": "What was typed, when the hits are for its correction (`query`); "
                       "null when they are for what was typed. Send `exact=true` to search "
                       "the words as typed."})


class PointsEntrySchema(ma.Schema):
    id = ma.fields.Integer(required=True)
    rule = ma.fields.String(required=True)
    why = ma.fields.Function(lambda e: point_rules.BY_NAME[e.rule].when, required=True)
    points = ma.fields.Integer(required=True)
    subject_type = ma.fields.String(required=True)
    subject_id = ma.fields.Integer(required=True)
    created_at = ma.fields.DateTime(required=True)


class PointsSchema(ma.Schema):
    person = ma.fields.Nested(PersonSchema, required=True)
    total = ma.fields.Integer(required=True)
    items = ma.fields.List(ma.fields.Nested(PointsEntrySchema), required=True)
    next = ma.fields.String(allow_none=True, required=True)


QuestionPage = page_schema(QuestionSchema, "QuestionPage")
TagPage = page_schema(TagSchema, "TagPage")


# ---------------------------------------------------------------- people and points

@people_bp.get("/me")
@people_bp.response(200, PersonSchema)
def who_am_i():
    """The person the token (or session) belongs to."""
    return me()


@people_bp.get("/people/<int:user_id>/points")
@people_bp.arguments(PageArgs, location="query")
@people_bp.response(200, PointsSchema)
def points_history(args, user_id: int):
    """A person's points: the total and the ledger's entries, newest first."""
    person = db.session.get(User, user_id)
    if person is None or not person.active:
        raise NotFound("There is no such person.")
    return {"person": person, "total": person.points, **cursor_page(
        select(PointsEntry).where(PointsEntry.user_id == user_id), PointsEntry.id, args,
        "api_people.points_history", user_id=user_id)}


# ---------------------------------------------------------------- questions

class _With:
    """An object with a few more attributes, for a schema to dump."""

    def __init__(self, thing, **extra):
        self._thing = thing
        self.__dict__.update(extra)

    def __getattr__(self, name):
        return getattr(self._thing, name)


@qa_bp.get("/questions")
@qa_bp.arguments(QuestionListArgs, location="query")
@qa_bp.response(200, QuestionPage)
def list_questions(args):
    """Live questions, newest first; `tag` keeps those with that tag (or its synonym)."""
    tags, unknown = qa.find_tags(args["tag"]) if args["tag"] else ([], [])
    if unknown:
        raise NotFound(f"There is no tag “{unknown[0]}”.")
    query = select(Question).where(Question.deleted_at.is_(None)).options(
        joinedload(Question.author), selectinload(Question.tags))
    if tags:
        query = qa.question_list(qa.Sort.NEWEST, tags).order_by(None)
    query = query.options(joinedload(Question.origin_by))
    extra = {"tag": args["tag"]} if args["tag"] else {}
    return cursor_page(query, Question.id, args, "api_questions.list_questions", **extra)


@qa_bp.post("/questions")
@qa_bp.arguments(AskArgs)
@qa_bp.response(201, QuestionSchema)
def ask(args):
    """Ask a question (tags from the vocabulary, 1 to 5)."""
    return committed(qa.ask_question(me(), args["title"], args["body"], args["tags"]))


@qa_bp.get("/questions/<int:question_id>")
@qa_bp.response(200, ThreadSchema)
def thread(question_id: int):
    """A question with its answers (accepted first, then by score) and every comment."""
    found = qa.load_thread(question_id, me())
    return _With(found.question, comments=found.comments.get(found.question.id, []), answers=[
        _With(a, comments=found.comments.get(a.id, [])) for a in found.answers])


@qa_bp.put("/questions/<int:question_id>")
@qa_bp.arguments(QuestionEditArgs)
@qa_bp.response(200, QuestionSchema)
def edit_question(args, question_id: int):
    """Edit a question (its author, or a manager), from `base_revision`."""
    question = qa.get_question(question_id, me())
    qa.edit_question(me(), question, args["title"], args["body"], args["tags"],
                     args["summary"], args["base_revision"])
    return committed(question)


@qa_bp.put("/answers/<int:answer_id>")
@qa_bp.arguments(AnswerEditArgs)
@qa_bp.response(200, AnswerSchema)
def edit_answer(args, answer_id: int):
    """Edit an answer (its author, or a manager), from `base_revision`."""
    found = qa.get_answer(answer_id, me())
    qa.edit_answer(me(), found, args["body"], args["summary"], args["base_revision"])
    return committed(found)


@qa_bp.post("/questions/<int:question_id>/answers")
@qa_bp.arguments(BodyArgs)
@qa_bp.response(201, AnswerSchema)
def answer(args, question_id: int):
    """Answer a question."""
    return committed(qa.post_answer(me(), qa.get_question(question_id, me()), args["body"]))


@qa_bp.post("/answers/<int:answer_id>/accept")
@qa_bp.response(200, AnswerSchema)
def accept(answer_id: int):
    """Accept an answer to your own question (accepting another replaces it)."""
    found = qa.get_answer(answer_id, me())
    qa.accept_answer(me(), found)
    return committed(found)


@qa_bp.delete("/answers/<int:answer_id>/accept")
@qa_bp.response(200, QuestionSchema)
def unaccept(answer_id: int):
    """Take the acceptance back."""
    found = qa.get_answer(answer_id, me())
    if found.question.accepted_answer_id != found.id:
        raise NotFound("This answer is not the accepted one.")
    qa.unaccept_answer(me(), found.question)
    return committed(found.question)


class VoteResultSchema(ma.Schema):
    post_id = ma.fields.Integer(required=True)
    score = ma.fields.Integer(required=True)
    my_vote = ma.fields.Integer(required=True)


@qa_bp.put("/posts/<int:post_id>/vote")
@qa_bp.arguments(VoteArgs)
@qa_bp.response(200, VoteResultSchema)
def vote(args, post_id: int):
    """Vote on a question or an answer: 1, -1, or 0 to take your vote back."""
    post = qa.get_post(post_id, me())
    if args["value"]:
        qa.cast_vote(me(), post, args["value"])
    else:
        qa.remove_vote(me(), post)
    db.session.commit()
    db.session.refresh(post)
    return {"post_id": post.id, "score": post.score, "my_vote": args["value"]}


@qa_bp.post("/posts/<int:post_id>/comments")
@qa_bp.arguments(BodyArgs)
@qa_bp.response(201, CommentSchema)
def comment(args, post_id: int):
    """Comment on a question or an answer."""
    return committed(qa.post_comment(me(), qa.get_post(post_id, me()), args["body"]))


# ---------------------------------------------------------------- tags and search

@tags_bp.get("/tags")
@tags_bp.arguments(PageArgs, location="query")
@tags_bp.response(200, TagPage)
def tags(args):
    """The tag vocabulary."""
    return cursor_page(select(Tag).options(joinedload(Tag.category)), Tag.id, args,
                       "api_tags.tags")


@search_bp.get("/search")
@search_bp.arguments(SearchArgs, location="query")
@search_bp.response(200, SearchResultSchema)
def find(args):
    """Search questions, wiki pages, people and chat the caller may read."""
    filters = search.clean_filters(args["type"], args["tag"], [])
    view = search.search(me(), args["q"], filters, args["page"], exact=args["exact"])
    db.session.commit()  # a search that found nothing is recorded
    return {"query": view.query, "total": view.results.total,
            "total_capped": view.results.total_capped, "page": view.page,
            "pages": view.pages, "hits": view.results.hits,
            "suggestion": view.results.suggestion, "typed": view.typed}



# ---------------------------------------------------------------- import

class ImportReportSchema(ma.Schema):
    questions = ma.fields.List(ma.fields.Integer(), required=True,
                               metadata={"description": "The ids of the questions made."})
    answers = ma.fields.Integer(required=True)
    accepted = ma.fields.Integer(required=True)
    skipped = ma.fields.List(ma.fields.String(), required=True,
                             metadata={"description": "Titles of exact duplicates."})


@import_bp.post("/import/qa")
@import_bp.arguments(FaqIn)
@import_bp.response(201, ImportReportSchema)
def import_qa(faq):
    """Load questions with answers, tags and accepted answers: all of the file or, when
    anything in it is wrong, none of it (every wrong place is named). Exact duplicates (same
    title and body as a live question) are skipped. An `author` is a name, as text: every
    imported post is credited to the imported content account, shows that name marked
    imported, and earns nobody points (the file's accepted answer pays nobody either) until an
    admin says which person the name is; imported questions are not put to experts."""
    if not me().is_manager:
        raise Forbidden("Only managers and admins import content.")
    return committed(load_faq(me(), faq))
