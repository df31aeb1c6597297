"""Loading an existing FAQ: questions with their answers, tags and accepted answers, from JSON.

    {"questions": [{"title": "...", "body": "...", "tags": ["pricing"],
                    "author": "Dana Whitfield",             (optional: who wrote it, as text)
                    "asked_at": "2025-03-01T09:00:00Z",     (optional: now)
                    "answers": [{"body": "...", "author": "expert@example.com",
                                 "accepted": true}]}]}

The whole file is checked before anything is written, and written in one transaction through
the Q&A services (the same rules and search indexing as asking by hand): a malformed file
loads nothing. A question whose title and body are already those of a live question (or of one
earlier in the file) is skipped as an exact duplicate.

A file says who wrote what, but anyone can write a file: its `author` is a name as text (an
address too), never a lookup that credits a person here. Every imported post is the imported
content account's (app.auth.services.imported_content_account), shown under the name the file
gave and marked imported, until an admin says which person that name is (name_author). An
import earns nobody anything: the account earns no points, the file's accepted answer is
marked accepted without anyone being paid, and imported questions are not put to experts."""

from __future__ import annotations

from dataclasses import dataclass, field

import marshmallow as ma
from sqlalchemy import Select, func, or_, select, update

from app import signals
from app.audit.models import Kind as AuditKind
from app.audit.services import record
from app.auth.models import HANDLE_MAX, PLACEHOLDER_EMAIL, User, utcnow
from app.auth.services import imported_content_account
from app.errors import Forbidden, ServiceError, checked, field_messages
from app.extensions import db
from app.profiles.services import people_by_handle
from app.qa import services as qa
from app.qa.models import (
    BODY_MAX,
    ORIGINAL_AUTHOR_MAX,
    TITLE_MAX,
    Origin,
    Post,
    PostRevision,
    Question,
)

QUESTIONS_MAX = 5_000
ANSWERS_MAX = 50


class _Strict(ma.Schema):
    class Meta:
        unknown = ma.RAISE


def _author_field() -> ma.fields.String:
    return ma.fields.String(
        load_default=None, validate=ma.validate.Length(max=ORIGINAL_AUTHOR_MAX),
        metadata={"description": "Who wrote it, as the FAQ names them (a name, or an address): "
                                 "shown as written and marked imported; never credits anyone "
                                 "here by itself (an admin maps the name to a person)."})


class AnswerIn(_Strict):
    body = ma.fields.String(required=True, validate=ma.validate.Length(1, BODY_MAX))
    author = _author_field()
    accepted = ma.fields.Boolean(load_default=False, truthy={True}, falsy={False})


class QuestionIn(_Strict):
    title = ma.fields.String(required=True, validate=ma.validate.Length(1, TITLE_MAX))
    body = ma.fields.String(required=True, validate=ma.validate.Length(1, BODY_MAX))
    tags = ma.fields.List(ma.fields.String(validate=ma.validate.Length(1, 100)), required=True,
                          validate=ma.validate.Length(1, 5))
    author = _author_field()
    asked_at = ma.fields.AwareDateTime(load_default=None)
    answers = ma.fields.List(ma.fields.Nested(AnswerIn), load_default=list,
                             validate=ma.validate.Length(max=ANSWERS_MAX))

    @ma.validates_schema
    def one_accepted(self, data, **kwargs):
        if sum(1 for a in data.get("answers", []) if a["accepted"]) > 1:
            raise ma.ValidationError("At most one answer is accepted.", "answers")


class FaqIn(_Strict):
    questions = ma.fields.List(ma.fields.Nested(QuestionIn), required=True,
                               validate=ma.validate.Length(1, QUESTIONS_MAX))


@dataclass
class Report:
    questions: list[int] = field(default_factory=list)  # ids of the questions made
    answers: int = 0
    accepted: int = 0
    skipped: list[str] = field(default_factory=list)  # titles of exact duplicates


def _problem(errors: dict[str, str]) -> ServiceError:
    first = next(iter(errors))
    return ServiceError(f"The file is not loaded: {first}: {errors[first]}"
                        + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""),
                        first, errors)


def import_faq(importer: User, data: object) -> Report:
    """Load the FAQ in `data` (parsed JSON) as `importer`, all or nothing; the caller commits.
    Raises ServiceError naming every wrong place (`questions.3.answers.0.body`) otherwise."""
    try:
        faq = FaqIn().load(data if isinstance(data, dict) else {"questions": data})
    except ma.ValidationError as error:
        raise _problem(field_messages(error.normalized_messages())) from None
    return load_faq(importer, faq)


def _name(text: str | None) -> str:
    return " ".join((text or "").split())


def load_faq(importer: User, faq: dict) -> Report:
    """Load an FAQ that FaqIn has already checked (the API's body): see import_faq."""
    account = imported_content_account()
    now = utcnow()

    def imported(author: str | None) -> qa.Provenance:
        return qa.Provenance(Origin.IMPORT, importer, now, original_author=_name(author))

    existing = set(db.session.execute(
        select(Question.title, Question.body).where(Question.deleted_at.is_(None))).all())
    report = Report()
    errors = {}
    with db.session.begin_nested():  # a rule broken half-way undoes the whole file
        for n, item in enumerate(faq["questions"]):
            if (item["title"], item["body"]) in existing:
                report.skipped.append(item["title"])
                continue
            existing.add((item["title"], item["body"]))
            try:
                question = qa.ask_question(account, item["title"], item["body"], item["tags"],
                                           at=item["asked_at"],
                                           provenance=imported(item["author"]))
                for m, entry in enumerate(item["answers"]):
                    try:
                        answer = qa.post_answer(account, question, entry["body"],
                                                at=item["asked_at"],
                                                provenance=imported(entry["author"]))
                        report.answers += 1
                        if entry["accepted"]:
                            qa.accept_as_imported(answer)
                            report.accepted += 1
                    except ServiceError as error:
                        errors.update({f"questions.{n}.answers.{m}.{k}": v for k, v in
                                       (error.errors or {"body": str(error)}).items()})
                report.questions.append(question.id)
            except ServiceError as error:
                errors.update({f"questions.{n}.{k}": v for k, v in
                               (error.errors or {"request": str(error)}).items()})
        if errors:
            raise _problem(errors)
    record(AuditKind.IMPORT, actor=importer,
           detail=f"{len(report.questions)} questions, {report.answers} answers")
    return report


# ---------------------------------------------------------------- naming imported authors


def _account_id():
    return select(User.id).where(User.email == PLACEHOLDER_EMAIL).scalar_subquery()


def _waiting():
    """Imported posts still on the imported content account, under a name from their file."""
    return (Post.origin == Origin.IMPORT, Post.author_id == _account_id(),
            Post.original_author != "")


def imported_authors() -> Select:
    """The names imported posts still go under, each with its number of posts, the most first:
    rows of (name, posts, total) for paginate_rows."""
    posts = func.count(Post.id)
    return (select(Post.original_author.label("name"), posts.label("posts"),
                   func.count().over().label("total"))
            .where(*_waiting()).group_by(Post.original_author)
            .order_by(posts.desc(), Post.original_author))


def likely_people(names: list[str]) -> dict[str, User]:
    """For each name that is an active person's address, or the name of exactly one active
    person, that person: a suggestion for the admin, never applied by itself. One query."""
    if not names:
        return {}
    found: dict[str, list[User]] = {}
    for person in db.session.scalars(select(User).where(
            User.active.is_(True), or_(User.email.in_([n.lower() for n in names]),
                                       User.name.in_(names)))):
        for name in names:
            if name.lower() == person.email or name == person.name:
                found.setdefault(name, []).append(person)
    return {name: people[0] for name, people in found.items() if len(people) == 1}


def _clean_original(name: object) -> str:
    name = _name(name if isinstance(name, str) else None)
    if not name:
        raise ServiceError("Choose the name that imported posts go under.", "name")
    if len(name) > ORIGINAL_AUTHOR_MAX:
        raise ServiceError(f"An imported author's name has at most {ORIGINAL_AUTHOR_MAX} "
                           "characters.", "name")
    return name


def _person(handle: object) -> User:
    handle = (handle if isinstance(handle, str) else "").strip().lstrip("@").lower()
    if not handle:
        raise ServiceError("Name the person by their @handle.", "person")
    if len(handle) > HANDLE_MAX:
        raise ServiceError(f"A handle has at most {HANDLE_MAX} characters.", "person")
    found = people_by_handle([handle])
    if not found:
        raise ServiceError(f"Nobody active has the handle @{handle}.", "person")
    return found[0]


def name_author(admin: User, name: object, handle: object) -> tuple[User, int]:
    """Say that the person with `handle` wrote the imported posts that go under `name`: they
    become theirs (their revisions too), their original name is cleared, the search documents
    are rebuilt. Nothing is paid for it: votes on them from now on earn their author points as
    usual, and the file's acceptances still pay nobody. Returns the person and how many posts."""
    if not admin.is_admin:
        raise Forbidden("Only admins say who wrote imported posts.")
    clean = checked(name=lambda: _clean_original(name), person=lambda: _person(handle))
    name, person = clean["name"], clean["person"]
    # One conditional UPDATE: two admins naming the same author at once credit it once.
    changed = db.session.execute(
        update(Post).where(*_waiting(), Post.original_author == name)
        .values(author_id=person.id, original_author="")
        .returning(Post.id, Post.__table__.c.question_id)).all()
    if not changed:
        raise ServiceError(f"No imported post goes under “{name[:80]}” (any more).", "name")
    post_ids = [post_id for post_id, _ in changed]
    question_ids = sorted({question_id or post_id for post_id, question_id in changed})
    # An answer by the asker is no "first answer": who asked and who answered just changed.
    qa.recount_first_answer(Question.id.in_(question_ids))
    db.session.execute(update(PostRevision).where(
        PostRevision.post_id.in_(post_ids), PostRevision.author_id == _account_id())
        .values(author_id=person.id).execution_options(synchronize_session=False))
    record(AuditKind.AUTHOR_MAPPED, actor=admin, subject=person,
           detail=f"“{name}” ({len(post_ids)} imported posts)")
    signals.imported_author_named.send(person, question_ids=question_ids)
    return person, len(post_ids)
