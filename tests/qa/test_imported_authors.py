"""Naming the people behind imported posts (/questions/imported-authors, admins only): a name
from a file becomes a real person's posts, for the future only (nothing is paid for them, and
the file's accepted answers stay unpaid); the search documents follow; bad input changes
nothing. And the imported content account is nobody: listed, mentioned or messaged nowhere."""

from __future__ import annotations

from html import unescape

import pytest
from sqlalchemy import func, select

from app.audit.models import AuditEvent
from app.auth.models import PLACEHOLDER_EMAIL, Role, User
from app.chat import services as chat
from app.errors import ServiceError
from app.extensions import db
from app.mentions import render
from app.points.models import PointsEntry
from app.qa import importer
from app.qa import services as qa
from app.qa.models import Answer, Post, PostRevision, Question
from app.search import indexer
from app.search import services as search
from tests.conftest import count_queries, csrf_token, fetch, log_in, row_count

FAQ = {"questions": [
    {"title": "Can we offer net 60 payment terms to enterprise buyers?",
     "body": "Finance asked what the policy is for payment terms above net 30.",
     "tags": ["pricing"], "author": "Asker Person", "asked_at": "2025-03-01T09:00:00Z",
     "answers": [
         {"body": "Yes, with deal desk approval and a signed two-year term.",
          "author": "expert@example.com", "accepted": True},
         {"body": "We did net 45 for Globex last quarter without any trouble.",
          "author": "Asker Person"}]},
]}
PAGE = "/questions/imported-authors"


@pytest.fixture
def people(make_user):
    return {"admin": make_user(name="Admin Person", role=Role.ADMIN),
            "manager": make_user(name="Manager Person", role=Role.MANAGER),
            "member": make_user(name="Member Person"),
            "asker": make_user(name="Asker Person", email="asker@example.com"),
            "expert": make_user(name="Expert Person", email="expert@example.com")}


def _import(app, people, faq=FAQ) -> int:
    with app.app_context():
        report = importer.import_faq(db.session.get(User, people["manager"].id), faq)
        db.session.commit()
        return report.questions[0]


def _as(app, person):
    """A browser of the person's own, logged in."""
    browser = app.test_client()
    assert log_in(browser, person.email).status_code == 302
    return browser


def _name(client, name: str, person: str, **extra):
    return client.post(PAGE, data={"csrf_token": csrf_token(client, PAGE), "name": name,
                                   "person": person, **extra})


def _state(app) -> tuple:
    """Who every post and revision is credited to, under which name; and the namings in the
    audit log (log-ins are audited too)."""
    with app.app_context():
        return (sorted(db.session.execute(select(Post.id, Post.author_id,
                                                 Post.original_author)).all()),
                sorted(db.session.execute(select(PostRevision.id,
                                                 PostRevision.author_id)).all()),
                db.session.scalar(select(func.count()).select_from(AuditEvent)
                                  .where(AuditEvent.kind == "author-mapped")))


def _answer_by(app, question_id: int, body_start: str) -> Answer:
    with app.app_context():
        found = db.session.scalar(select(Answer).where(Answer.question_id == question_id,
                                                       Answer.body.startswith(body_start)))
        db.session.expunge(found)
        return found


def test_an_admin_names_who_wrote_imported_posts_and_nothing_is_paid(app, vocab, people):
    question_id = _import(app, people)
    expert_answer = _answer_by(app, question_id, "Yes, with deal desk")
    with app.app_context():  # a vote while the answer is nobody's pays nobody, then or later
        qa.cast_vote(db.session.get(User, people["member"].id),
                     db.session.get(Answer, expert_answer.id), 1)
        db.session.commit()
    client = _as(app, people["admin"])
    page = client.get(PAGE).get_data(as_text=True)
    assert page.index("Asker Person") < page.index("expert@example.com")  # 2 posts, then 1
    assert 'value="@expert"' in page and 'value="@asker"' in page  # suggested, not applied
    thread = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert "say who this is" in thread

    done = _name(client, "expert@example.com", "@Expert")
    assert done.status_code == 302
    assert "now credited to Expert Person" in client.get(PAGE).get_data(as_text=True)
    answer = fetch(app, Answer, id=expert_answer.id)
    assert (answer.author_id, answer.original_author, answer.origin) == (
        people["expert"].id, "", "import")
    assert fetch(app, PostRevision, post_id=answer.id).author_id == people["expert"].id
    with app.app_context():  # the answer is now someone else's than the question's: a first
        kept, actual = db.session.execute(  # answer (the dashboard's time to a first answer)
            select(Question.first_answer_at, qa.first_answer_now())
            .where(Question.id == question_id)).one()
    assert kept == actual and kept is not None
    event = fetch(app, AuditEvent, kind="author-mapped")
    assert (event.actor_id, event.subject_id) == (people["admin"].id, people["expert"].id)
    assert row_count(app, PointsEntry) == 0  # nothing paid for the past vote or acceptance
    assert fetch(app, User, id=people["expert"].id).points == 0

    # From now on the person's posts pay as anyone's do.
    with app.app_context():
        qa.cast_vote(db.session.get(User, people["asker"].id),
                     db.session.get(Answer, answer.id), 1)
        db.session.commit()
    assert fetch(app, PointsEntry, user_id=people["expert"].id).rule == "answer-upvoted"

    # The page, the profile and search show the person now, still marked imported.
    assert _name(client, "Asker Person", "asker").status_code == 302
    assert "No imported post waits" in client.get(PAGE).get_data(as_text=True)
    thread = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert f'href="/people/{people["expert"].id}"' in thread
    assert thread.count("imported</small>") == 3 and "say who this is" not in thread
    profile = client.get(f"/people/{people['expert'].id}").get_data(as_text=True)
    assert FAQ["questions"][0]["title"] in profile and "imported</small>" in profile
    with app.app_context():
        indexer.catch_up()
        [hit] = search.search(db.session.get(User, people["member"].id), "net 60 payment",
                              search.clean_filters(["question"], [], [])).results.hits
    assert hit.subtitle.startswith("Asked by Asker Person (imported)")


def test_the_files_acceptance_stays_unpaid_until_the_asker_accepts_again(app, vocab, people):
    """Mapped, the question is Asker's and the answer Expert's: restoring the deleted
    question settles it again, and must still pay nobody for what the file accepted."""
    question_id = _import(app, people)
    client = _as(app, people["admin"])
    assert _name(client, "expert@example.com", "@expert").status_code == 302
    assert _name(client, "Asker Person", "@asker").status_code == 302
    with app.app_context():
        manager = db.session.get(User, people["manager"].id)
        qa.delete_post(manager, db.session.get(Question, question_id))
        db.session.commit()
        qa.restore_post(manager, db.session.get(Question, question_id))
        db.session.commit()
    assert row_count(app, PointsEntry) == 0
    with app.app_context():
        asker = db.session.get(User, people["asker"].id)
        question = db.session.get(Question, question_id)
        accepted = question.accepted_answer_id
        qa.unaccept_answer(asker, question)
        qa.accept_answer(asker, db.session.get(Answer, accepted))
        db.session.commit()
        paid = dict(db.session.execute(select(PointsEntry.rule, PointsEntry.user_id)).all())
    assert paid == {"answer-accepted": people["expert"].id,
                    "accepted-an-answer": people["asker"].id}


def test_only_admins_name_imported_authors(app, vocab, people):
    _import(app, people)
    before = _state(app)
    for who in ("manager", "member"):
        client = _as(app, people[who])
        assert client.get(PAGE).status_code == 403
        token = csrf_token(client, "/questions/ask")
        assert client.post(PAGE, data={"csrf_token": token, "name": "Asker Person",
                                       "person": "@asker"}).status_code == 403
        with app.app_context(), pytest.raises(ServiceError):
            importer.name_author(db.session.get(User, people[who].id), "Asker Person", "asker")
    assert _state(app) == before


@pytest.mark.parametrize("name, person, message", [
    ("Asker Person", "", "Name the person by their @handle."),
    ("Asker Person", "@", "Name the person by their @handle."),
    ("Asker Person", "@nobody", "Nobody active has the handle @nobody."),
    ("Asker Person", "@gone", "Nobody active has the handle @gone."),  # deactivated
    ("Asker Person", "@imported", "Nobody active has the handle @imported."),  # the account
    ("Asker Person", "@" + "x" * 41, "A handle has at most 40 characters."),
    ("", "@asker", "Choose the name that imported posts go under."),
    ("x" * 201, "@asker", "An imported author's name has at most 200 characters."),
    ("Nobody In Any File", "@asker", "No imported post goes under “Nobody In Any File”"),
    ("", "", "Choose the name"),
])
def test_bad_input_is_a_clear_error_and_changes_nothing(app, vocab, people, make_user,
                                                        name, person, message):
    _import(app, people)
    gone = make_user(name="Gone Person", email="gone@example.com")
    with app.app_context():
        db.session.get(User, gone.id).active = False
        db.session.commit()
    before = _state(app)
    client = _as(app, people["admin"])
    response = _name(client, name, person)
    assert response.status_code == 422
    assert message in unescape(response.get_data(as_text=True))
    assert _state(app) == before


def test_a_form_without_its_token_or_fields_changes_nothing(app, vocab, people):
    _import(app, people)
    before = _state(app)
    client = _as(app, people["admin"])
    assert client.post(PAGE, data={"name": "Asker Person", "person": "@asker"}).status_code \
        == 400
    assert client.post(PAGE, data={"csrf_token": csrf_token(client, PAGE)}).status_code == 422
    assert client.get(f"{PAGE}?page=x").status_code == 422
    assert _state(app) == before


def test_the_page_reads_in_a_constant_number_of_queries(app, vocab, people):
    def faq(names: int, start: int) -> dict:
        return {"questions": [
            {"title": f"Which payment terms suit enterprise buyer number {start + n}?",
             "body": "Finance asked what the policy is for payment terms above net 30.",
             "tags": ["pricing"], "author": f"Old Author {start + n}"} for n in range(names)]}

    _import(app, people, faq(3, 0))
    client = _as(app, people["admin"])

    def counted() -> int:
        client.get(PAGE)  # the session's first use of the page warms what it caches
        with count_queries(app) as statements:
            assert client.get(PAGE).status_code == 200
        return len(statements)

    few = counted()
    _import(app, people, faq(40, 100))
    assert counted() == few
    assert "Page 1 of 2" in client.get(PAGE).get_data(as_text=True)


def test_the_imported_content_account_is_nobody_anywhere(app, vocab, people):
    _import(app, people)
    account = fetch(app, User, email=PLACEHOLDER_EMAIL)
    client = _as(app, people["member"])
    for page in ("/people/", "/people/experts?q=pricing", "/points/"):
        response = client.get(page)
        assert response.status_code == 200 and "Imported content" not in response.get_data(
            as_text=True), page
    assert client.get(f"/people/{account.id}").status_code == 404
    with app.app_context():
        html, mentioned = render(f"Thanks @{account.handle}!")
        assert mentioned == [] and "/people/" not in html
        with pytest.raises(ServiceError):
            chat.open_direct(db.session.get(User, people["member"].id),
                             [db.session.get(User, account.id)])
