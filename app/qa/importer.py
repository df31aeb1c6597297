"""Loading an existing FAQ: questions with their answers, tags and accepted answers, from JSON.

    {"questions": [{"title": "...", "body": "...", "tags": ["pricing"],
                    "author": "asker@example.com",          (optional: the importer)
                    "asked_at": "2025-03-01T09:00:00Z",     (optional: now)
                    "answers": [{"body": "...", "author": "expert@example.com",
                                 "accepted": true}]}]}

The whole file is checked before anything is written, and written in one transaction through
the Q&A services (the same rules, points and search indexing as asking by hand): a malformed
file loads nothing. A question whose title and body are already those of a live question (or
of one earlier in the file) is skipped as an exact duplicate."""

from __future__ import annotations

from dataclasses import dataclass, field

import marshmallow as ma
from sqlalchemy import select

from app.auth.models import User
from app.errors import ServiceError, field_messages
from app.extensions import db
from app.qa import services as qa
from app.qa.models import BODY_MAX, TITLE_MAX, Question

QUESTIONS_MAX = 5_000
ANSWERS_MAX = 50


class _Strict(ma.Schema):
    class Meta:
        unknown = ma.RAISE


class AnswerIn(_Strict):
    body = ma.fields.String(required=True, validate=ma.validate.Length(1, BODY_MAX))
    author = ma.fields.Email(load_default=None)
    accepted = ma.fields.Boolean(load_default=False, truthy={True}, falsy={False})


class QuestionIn(_Strict):
    title = ma.fields.String(required=True, validate=ma.validate.Length(1, TITLE_MAX))
    body = ma.fields.String(required=True, validate=ma.validate.Length(1, BODY_MAX))
    tags = ma.fields.List(ma.fields.String(validate=ma.validate.Length(1, 100)), required=True,
                          validate=ma.validate.Length(1, 5))
    author = ma.fields.Email(load_default=None)
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


def load_faq(importer: User, faq: dict) -> Report:
    """Load an FAQ that FaqIn has already checked (the API's body): see import_faq."""
    emails = {q["author"] for q in faq["questions"]} | {
        a["author"] for q in faq["questions"] for a in q["answers"]}
    emails.discard(None)
    people = {u.email: u for u in db.session.scalars(select(User).where(User.email.in_(emails)))}
    unknown = {}
    for n, item in enumerate(faq["questions"]):
        for where, email in [("author", item["author"]), *(
                (f"answers.{m}.author", a["author"]) for m, a in enumerate(item["answers"]))]:
            if email is not None and (email not in people or not people[email].active):
                unknown[f"questions.{n}.{where}"] = f"Nobody active here has the address {email}."
    if unknown:
        raise _problem(unknown)
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
                question = qa.ask_question(people.get(item["author"], importer), item["title"],
                                           item["body"], item["tags"], at=item["asked_at"])
                for m, entry in enumerate(item["answers"]):
                    try:
                        answer = qa.post_answer(people.get(entry["author"], importer), question,
                                                entry["body"], at=item["asked_at"])
                        report.answers += 1
                        if entry["accepted"]:
                            qa.accept_answer(question.author, answer, at=item["asked_at"])
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
    return report
