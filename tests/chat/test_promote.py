"""Promoting a chat conversation into Q&A: the question is who asked in chat's words, credited to
them, the chosen reply an answer in its author's words, credited to them (who earns the
promotion award when it is accepted, once); the title, tags and context are the promoter's
edit, under their name; both posts say where they came from and who promoted them, and the
chat shows the link. Refusals change nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.audit.models import AuditEvent
from app.auth.models import User
from app.chat import services
from app.chat.models import Message
from app.errors import Conflict, Forbidden, NotFound, ServiceError
from app.extensions import db
from app.points.models import PointsEntry
from app.qa import services as qa
from app.qa.models import BODY_MAX, Answer, Post, Question
from app.search import indexer
from tests.chat.conftest import received
from tests.conftest import csrf_token, fetch

QUESTION = ("Acme wants **net 60** on a 3-year deal. Do I need an approval for that or is it "
            "within my authority?")
REPLY = "Net 60 is fine up to $250k ACV without approval; above that it goes to the RVP."


@pytest.fixture
def talk(app, make_user, chat, vocab):
    """#deal-desk with Sofia's question, Marcus's reply in its thread and a later message."""
    sofia = make_user(name="Sofia")
    marcus = make_user(name="Marcus")
    boss = make_user(name="Dana")
    channel = chat.channel(sofia, "deal-desk")
    chat.join(marcus, channel)
    chat.join(boss, channel)
    asked = chat.post(sofia, channel, QUESTION)
    reply = chat.post(marcus, channel, REPLY, parent_id=asked)
    later = chat.post(boss, channel, "Also check the payment-terms page on the wiki.")
    return {"sofia": sofia, "marcus": marcus, "boss": boss, "channel": channel,
            "asked": asked, "reply": reply, "later": later}


def _promote(app, promoter: User, message_id: int, answer_id: int | None = None,
             title: str = "Do I need approval for net 60 on a 3-year deal?",
             tags: str = "pricing", context: object = "") -> int:
    with app.app_context():
        question = services.promote(db.session.get(User, promoter.id),
                                    db.session.get(Message, message_id), title, tags,
                                    answer_id, context)
        db.session.commit()
        return question.id


def _posts(app) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Post))


def _promotions(app) -> int:
    """The promotions in the audit log (log-ins are audited too)."""
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.kind == "promotion"))


def test_the_question_and_answer_are_credited_to_who_said_them(app, talk, socket_for):
    watcher = socket_for(talk["boss"])
    question_id = _promote(app, talk["boss"], talk["asked"], talk["reply"])
    with app.app_context():
        question = db.session.get(Question, question_id)
        [answer] = db.session.scalars(select(Answer).where(Answer.question_id == question_id))
        assert question.author_id == talk["sofia"].id and answer.author_id == talk["marcus"].id
        assert question.title == "Do I need approval for net 60 on a 3-year deal?"
        assert (question.body, answer.body) == (QUESTION, REPLY)  # their words, nothing added
        assert question.origin_url == f"/chat/{talk['channel']}#message-{talk['asked']}"
        assert answer.origin_url == \
            f"/chat/{talk['channel']}?thread={talk['asked']}#message-{talk['reply']}"
        assert question.origin_channel == answer.origin_channel == "deal-desk"
        # Written when they were said in chat.
        assert question.created_at == db.session.get(Message, talk["asked"]).created_at
        assert [db.session.get(Message, i).promoted_post_id
                for i in (talk["asked"], talk["reply"], talk["later"])] == [
            question_id, answer.id, None]
    changed = {m["id"]: m["promoted_url"] for _, m in received(watcher, "chat_message_changed")}
    assert changed == {talk["asked"]: f"/posts/{question_id}",
                       talk["reply"]: f"/posts/{answer.id}"}


def test_accepting_the_promoted_answer_pays_its_author_the_promotion_award_once(app, talk):
    question_id = _promote(app, talk["boss"], talk["asked"], talk["reply"])

    def promotion_points() -> list[int]:
        with app.app_context():
            return list(db.session.scalars(select(PointsEntry.points).where(
                PointsEntry.user_id == talk["marcus"].id,
                PointsEntry.rule == "chat-answer-promoted")))

    assert promotion_points() == []
    with app.app_context():
        sofia = db.session.get(User, talk["sofia"].id)
        answer = db.session.scalar(select(Answer).where(Answer.question_id == question_id))
        qa.accept_answer(sofia, answer)
        db.session.commit()
        assert promotion_points() == [5]
        qa.unaccept_answer(sofia, db.session.get(Question, question_id))
        db.session.commit()
        qa.accept_answer(sofia, db.session.get(Answer, answer.id))
        db.session.commit()
    assert promotion_points() == [5]


def test_a_later_message_can_be_the_answer_and_no_answer_is_fine(app, talk):
    question_id = _promote(app, talk["marcus"], talk["asked"], talk["later"])
    with app.app_context():
        answer = db.session.scalar(select(Answer).where(Answer.question_id == question_id))
        assert answer.author_id == talk["boss"].id


def test_refusals_change_nothing(app, make_user, chat, talk):
    before = _posts(app)
    outsider = make_user()
    private = chat.channel(talk["sofia"], "leadership", "private")
    secret = chat.post(talk["sofia"], private, "Should we discount Acme further?")
    dm = chat.direct(talk["sofia"], talk["marcus"])
    whisper = chat.post(talk["sofia"], dm, "Is Acme on the new price book, do you know?")
    other = chat.channel(talk["marcus"], "other")
    elsewhere = chat.post(talk["marcus"], other, "Unrelated answer over here.")
    cases = [
        (talk["sofia"], secret, None, {}, Forbidden),  # private channel
        (talk["sofia"], whisper, None, {}, Forbidden),  # a DM
        (outsider, talk["asked"], None, {}, Forbidden),  # not a member
        (talk["boss"], talk["reply"], None, {}, ServiceError),  # a reply in a thread
        (talk["boss"], talk["asked"], elsewhere, {}, ServiceError),  # another channel's
        (talk["boss"], talk["asked"], None, {"title": "Net 60?"}, ServiceError),  # too short
        (talk["boss"], talk["asked"], None, {"tags": ""}, ServiceError),  # no tag
        (talk["boss"], talk["asked"], None, {"tags": "no-such-tag"}, ServiceError),
        (talk["boss"], talk["asked"], None, {"context": ["x"]}, ServiceError),  # wrong type
        (talk["boss"], talk["asked"], None, {"title": ["x"]}, ServiceError),
        (talk["boss"], talk["asked"], None, {"context": "x" * BODY_MAX}, ServiceError),
    ]
    for promoter, message, answer, fields, error in cases:
        with pytest.raises(error):
            _promote(app, promoter, message, answer, **fields)
        with app.app_context():
            db.session.rollback()
    assert _posts(app) == before and _promotions(app) == 0
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Message).where(
            Message.promoted_post_id.is_not(None))) == 0
    _promote(app, talk["boss"], talk["asked"])
    with pytest.raises(Conflict):
        _promote(app, talk["boss"], talk["asked"])


def test_the_proposed_title_is_the_messages_question(app, talk):
    with app.app_context():
        title = services.proposed_title(db.session.get(Message, talk["asked"]))
    assert title == "Do I need an approval for that or is it within my authority?"


def test_the_promote_page_offers_similar_questions_and_creates_the_thread(
        app, client, login, talk, qa_thread):
    qa_thread(talk["boss"], "Do we allow net 60 payment terms on multi-year deals?")
    login(talk["boss"])
    path = f"/chat/messages/{talk['asked']}/promote"
    page = client.get(path).get_data(as_text=True)
    assert 'value="Do I need an approval for that or is it within my authority?"' in page
    assert "Do we allow net 60 payment terms" in page  # similar, answered already
    assert "Marcus: Net 60 is fine" in page  # the reply, offered as the answer
    assert 'name="body"' not in page  # the message is not the promoter's to rewrite
    response = client.post(path, data={
        "csrf_token": csrf_token(client, path), "title": "Do I need approval for net 60 terms?",
        "tags": "pricing", "answer": str(talk["reply"])})
    assert response.status_code == 302
    thread = client.get(response.headers["Location"], follow_redirects=True)
    html = thread.get_data(as_text=True)
    assert "Do I need approval for net 60 terms?" in html and "RVP" in html
    assert f'href="/chat/{talk["channel"]}#message-{talk["asked"]}"' in html
    assert "promoted by" in html
    # The chat shows the link.
    history = client.get(f"/chat/{talk['channel']}/messages").get_json()
    promoted = {m["id"]: m["promoted_url"] for m in history["messages"]}
    assert promoted[talk["asked"]].startswith("/posts/")
    assert client.get(path).status_code == 409  # a question already


def test_the_promote_page_is_refused_for_private_messages(app, client, login, chat, talk):
    private = chat.channel(talk["sofia"], "leadership", "private")
    secret = chat.post(talk["sofia"], private, "Should we discount Acme further?")
    login(talk["boss"])
    assert client.get(f"/chat/messages/{secret}/promote").status_code == 404  # not a member
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    login(talk["sofia"])
    assert client.get(f"/chat/messages/{secret}/promote").status_code == 403
    assert client.get("/chat/messages/999999/promote").status_code == 404


def test_a_post_has_a_permanent_address(app, client, login, talk):
    question_id = _promote(app, talk["boss"], talk["asked"], talk["reply"])
    login(talk["sofia"])
    with app.app_context():
        answer_id = db.session.scalar(select(Answer.id).where(Answer.question_id == question_id))
    response = client.get(f"/posts/{answer_id}")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"#post-{answer_id}")
    assert client.get("/posts/999999").status_code == 404


@pytest.fixture
def qa_thread(app):
    """A question with an accepted answer (search offers answered ones as similar)."""
    def make(author: User, title: str) -> int:
        with app.app_context():
            person = db.session.get(User, author.id)
            question = qa.ask_question(person, title, "We keep getting asked this by buyers.",
                                       "pricing")
            answer = qa.post_answer(person, question,
                                    "Yes, with deal-desk approval above $250k.")
            qa.accept_answer(person, answer)
            db.session.commit()
            indexer.catch_up()  # as the request that asked would have, after its commit
            return question.id
    return make


def test_not_found_for_someone_elses_dm_message(app, client, login, make_user, chat, talk):
    dm = chat.direct(talk["sofia"], talk["marcus"])
    whisper = chat.post(talk["sofia"], dm, "Is Acme on the new price book, do you know?")
    login(talk["boss"])
    with app.app_context(), pytest.raises(NotFound):
        services.get_message(db.session.get(User, talk["boss"].id), whisper)
    assert client.get(f"/chat/messages/{whisper}/promote").status_code == 404


def test_the_promoters_words_are_never_shown_as_the_authors(app, client, login, talk):
    """Issue 28: promoting let any member write a title and a body that were shown as the
    message author's post. Revision 1 is now exactly what Sofia wrote, credited to her; the
    title, tags and context the promoter chose are revision 2, credited to them; the page says
    where it came from and who promoted it."""
    login(talk["boss"])
    path = f"/chat/messages/{talk['asked']}/promote"
    forged = "I already promised Acme net 90 and a 40% discount."
    response = client.post(path, data={
        "csrf_token": csrf_token(client, path),
        "title": "Can I offer Acme net 90 on a 3-year deal?",
        "body": forged,  # the field the promote form used to have: nobody's words now
        "context": "Asked during the Acme renewal.", "tags": "pricing",
        "answer": str(talk["reply"])})
    assert response.status_code == 302
    with app.app_context():
        question = db.session.scalar(select(Question))
        message = db.session.get(Message, talk["asked"])
        history = sorted(qa.revisions(question), key=lambda r: r.number)
        first = history[0]
        assert (first.author_id, first.body, first.tags) == (talk["sofia"].id, QUESTION, "")
        assert first.title == services.proposed_title(message)
        [second] = history[1:]
        assert (second.author_id, second.title, second.tags, second.body) == (
            talk["boss"].id, "Can I offer Acme net 90 on a 3-year deal?", "pricing",
            f"{QUESTION}\n\nAsked during the Acme renewal.")
        assert second.summary == "Promoted from #deal-desk: title, tags and context"
        assert question.body == second.body and forged not in question.body_html
        assert (question.origin, question.origin_by_id, question.origin_url) == (
            "chat", talk["boss"].id, f"/chat/{talk['channel']}#message-{talk['asked']}")
        [answer] = db.session.scalars(select(Answer).where(Answer.question_id == question.id))
        [only] = qa.revisions(answer)
        assert (answer.body, only.body, only.author_id) == (REPLY, REPLY, talk["marcus"].id)
        assert (answer.origin, answer.origin_by_id) == ("chat", talk["boss"].id)
        question_id = question.id
    page = client.get(f"/questions/{question_id}", follow_redirects=True).get_data(as_text=True)
    assert page.count("promoted by") == 2  # the question and the answer
    assert "From <a" in page and "#deal-desk</a> in chat" in page
    assert f'href="/chat/{talk["channel"]}#message-{talk["asked"]}"' in page
    assert f'href="/chat/{talk["channel"]}?thread={talk["asked"]}#message-{talk["reply"]}"' \
        in page
    history = client.get(f"/posts/{question_id}/revisions").get_data(as_text=True)
    assert "Asked in #deal-desk" in history and "Promoted from #deal-desk" in history


def test_an_author_promoting_their_own_message_is_one_revision(app, talk):
    question_id = _promote(app, talk["sofia"], talk["asked"], context="For the Acme renewal.")
    with app.app_context():
        question = db.session.get(Question, question_id)
        [only] = qa.revisions(question)
        assert (only.author_id, only.number, only.tags, only.summary) == (
            talk["sofia"].id, 1, "pricing", "Promoted from #deal-desk")
        assert only.body == question.body == f"{QUESTION}\n\nFor the Acme renewal."
        assert (question.revision, question.edited_at, question.origin_by_id) == (
            1, None, talk["sofia"].id)


def test_a_promotion_is_recorded_in_the_audit_log(app, talk):
    question_id = _promote(app, talk["boss"], talk["asked"], talk["reply"])
    event = fetch(app, AuditEvent, kind="promotion")
    assert (event.actor_id, event.subject_id, event.detail) == (
        talk["boss"].id, talk["sofia"].id,
        f"chat message {talk['asked']} → question {question_id}")


def test_a_short_message_needs_context_and_a_short_reply_is_kept_as_said(
        app, client, login, chat, talk):
    """The message is never padded or rewritten: one too short to read as a question on its
    own needs the promoter's context (a clear error on that field, nothing made); a reply is
    quoted as it was said, however short."""
    short = chat.post(talk["sofia"], talk["channel"], "Net 60 ok on 3yr?")
    yes = chat.post(talk["marcus"], talk["channel"], "Yes, fine.", parent_id=short)
    login(talk["boss"])
    path = f"/chat/messages/{short}/promote"
    form = {"title": "Is net 60 fine on a 3-year deal?", "tags": "pricing",
            "answer": str(yes)}
    before = _posts(app)
    refused = client.post(path, data={"csrf_token": csrf_token(client, path), **form})
    assert refused.status_code == 422
    assert "add context" in refused.get_data(as_text=True)
    for bad, status in [({"context": "x" * BODY_MAX}, 422), ({"title": "Net 60?"}, 422),
                        ({"tags": "no-such-tag"}, 422), ({"answer": "nonsense"}, 422),
                        ({"answer": str(talk["later"] + 1000)}, 422)]:
        response = client.post(path, data={"csrf_token": csrf_token(client, path), **form,
                                           "context": "For the Acme renewal.", **bad})
        assert response.status_code == status, bad
    no_token = client.post(path, data={**form, "context": "For the Acme renewal."})
    assert no_token.status_code == 400
    assert _posts(app) == before and _promotions(app) == 0
    done = client.post(path, data={"csrf_token": csrf_token(client, path), **form,
                                   "context": "For the Acme renewal."})
    assert done.status_code == 302
    with app.app_context():
        question = db.session.scalar(select(Question))
        answer = db.session.scalar(select(Answer))
        assert question.body == "Net 60 ok on 3yr?\n\nFor the Acme renewal."
        assert [r.body for r in qa.revisions(question)][::-1] == [
            "Net 60 ok on 3yr?", question.body]
        assert answer.body == "Yes, fine."
