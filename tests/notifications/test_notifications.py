"""Notifications: who is told of what, collapsing, preferences, the pages, and live delivery."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.auth.models import Role, User, utcnow
from app.extensions import db, socketio
from app.notifications import services
from app.notifications.models import Kind, Notification, NotificationSetting
from app.points import certifications
from app.qa import services as qa_services
from app.qa.models import Post
from app.wiki import services as wiki_services
from tests.conftest import count_queries, csrf_token, log_in, row_count


def test_an_answer_tells_the_asker_but_nobody_of_their_own_answer(make_user, qa, inbox):
    asker, expert = make_user(name="Ana Asker"), make_user(name="Eli Expert")
    question = qa.ask(asker, title="How do we answer a procurement questionnaire?")
    qa.answer(asker, question)  # her own answer: she is not told of it (only of her badge)
    assert [i[0] for i in inbox(asker)] == ["badge"]
    qa.answer(expert, question)
    assert inbox(asker)[:1] == [("answer", "question",
                             "Eli Expert answered your question “How do we answer a "
                             "procurement questionnaire?”", 1, False)]
    assert inbox(expert)[0][0] == "badge"  # First Answer; nothing else for him


def test_events_on_one_thread_collapse_into_one_unread_item(app, make_user, qa, inbox):
    asker, one, two = make_user(), make_user(name="One"), make_user(name="Two")
    question = qa.ask(asker)
    qa.answer(one, question)
    answer = qa.answer(two, question)
    qa.comment(one, question)
    items = inbox(asker)
    assert len(items) == 1
    kind, _, text, count, read = items[0]
    assert (kind, count, read) == ("comment", 3, False) and text.startswith("One commented")
    with app.app_context():
        services.mark_all_read(db.session.get(User, asker.id))
        db.session.commit()
    qa.comment(two, question)  # read items stay as they are; a new one starts
    assert [(i[0], i[3], i[4]) for i in inbox(asker)] == [("comment", 1, False),
                                                          ("comment", 3, True)]
    qa.accept(asker, answer)
    assert [i[0] for i in inbox(two)] == ["accepted", "badge"]


def test_comment_mention_badge_certification_review_due(app, make_user, qa, wiki, inbox):
    author, commenter = make_user(name="Author"), make_user(name="Carla", email="carla@example.com")
    manager = make_user(name="Mona Manager", role=Role.MANAGER)
    question = qa.ask(author)
    answer = qa.answer(commenter, question)
    qa.comment(author, answer, body="Thanks, could you share the deck?")
    assert inbox(commenter)[0][:2] == ("comment", "question")
    assert "Author commented on your answer on" in inbox(commenter)[0][2]

    mentioned = make_user(name="Mia", email="mia@example.com")
    qa.comment(author, question, body="@mia have you seen this one before?")
    assert inbox(mentioned) == [("mention", "question",
                                 f"Author mentioned you in “{_title(app, question)}”", 1, False)]
    assert [i[0] for i in inbox(commenter)].count("badge") == 1  # First Answer

    with app.app_context():
        program = certifications.create(db.session.get(User, manager.id), "MEDDICC certified")
        certifications.award(db.session.get(User, manager.id),
                             db.session.get(User, author.id), program.id)
        db.session.commit()
    assert inbox(author)[0] == ("certification", "certification",
                                "Mona Manager certified you: MEDDICC certified", 1, False)

    page = wiki.create(author, title="Pricing guardrails", at=utcnow() - timedelta(days=400))
    with app.app_context():
        wiki_services.announce_stale()
        db.session.commit()
    assert inbox(author)[0] == ("review-due", "page",
                                "Your page “Pricing guardrails” is due for review", 1, False)
    assert page


def _title(app, question_id):
    with app.app_context():
        return db.session.get(Post, question_id).title


def test_each_person_chooses_the_kinds_they_are_told_of(app, make_user, qa, inbox, client, login):
    asker, expert = make_user(), make_user()
    login(asker)
    page = client.get("/notifications/settings").get_data(as_text=True)
    assert page.count("<input checked") == len(Kind)  # every kind is on until turned off
    token = csrf_token(client, "/notifications/settings")
    kept = [k.value for k in Kind if k is not Kind.ANSWER]
    response = client.post("/notifications/settings", data={"csrf_token": token, "kinds": kept})
    assert response.status_code == 302
    qa.answer(expert, qa.ask(asker))
    assert inbox(asker) == []
    with app.app_context():
        assert services.settings_of(asker.id)[Kind.ANSWER] is False
        assert services.settings_of(asker.id)[Kind.COMMENT] is True
    page = client.get("/notifications/settings").get_data(as_text=True)
    assert page.count("<input checked") == len(Kind) - 1 and 'value="answer">' in page

    # an unknown kind: refused, and the settings stay as they were
    bad = client.post("/notifications/settings",
                      data={"csrf_token": token, "kinds": ["answer", "gossip"]})
    assert bad.status_code == 422
    with app.app_context():
        assert services.settings_of(asker.id)[Kind.ANSWER] is False
    # without the CSRF token: refused
    assert client.post("/notifications/settings", data={"kinds": kept}).status_code in (400, 422)
    assert row_count(app, NotificationSetting) == 1


def test_the_notifications_page_opens_and_marks_read(app, make_user, qa, client, login, inbox):
    asker, expert = make_user(), make_user(name="Eli")
    question = qa.ask(asker)
    qa.answer(expert, question)
    login(asker)
    page = client.get("/").get_data(as_text=True)
    assert '<span data-unread-count>1</span>' in page
    page = client.get("/notifications/").get_data(as_text=True)
    assert "Eli answered your question" in page and "is-unread" in page
    with app.app_context():
        item = db.session.scalar(select(Notification).where(Notification.user_id == asker.id))
    opened = client.get(f"/notifications/{item.id}")
    assert opened.status_code == 302
    assert opened.headers["Location"].startswith(f"/questions/{question}/")
    assert inbox(asker)[0][4] is True
    assert '<span data-unread-count>0</span>' in client.get("/").get_data(as_text=True)


def test_someone_else_s_notification_is_not_found_and_stays_unread(app, make_user, qa, client,
                                                                   login, inbox):
    asker, expert, nosy = make_user(), make_user(), make_user()
    qa.answer(expert, qa.ask(asker))
    with app.app_context():
        item_id = db.session.scalar(select(Notification.id).where(
            Notification.user_id == asker.id))
    login(nosy)
    assert client.get(f"/notifications/{item_id}").status_code == 404
    token = csrf_token(client, "/notifications/settings")
    assert client.post(f"/notifications/{item_id}/read",
                       data={"csrf_token": token}).status_code == 404
    assert client.post("/notifications/read", data={"csrf_token": token}).status_code == 302
    assert inbox(asker)[0][4] is False
    assert client.post(f"/notifications/{item_id}/read").status_code in (400, 422)  # no token


def test_mark_one_and_all_read(app, make_user, qa, client, login, inbox):
    asker, expert = make_user(), make_user()
    for _ in range(3):
        qa.answer(expert, qa.ask(asker))
    login(asker)
    token = csrf_token(client, "/notifications/settings")
    with app.app_context():
        first = db.session.scalar(select(Notification.id).where(
            Notification.user_id == asker.id).order_by(Notification.id))
    marked = client.post(f"/notifications/{first}/read", data={"csrf_token": token})
    assert marked.status_code == 302
    assert sorted(i[4] for i in inbox(asker)) == [False, False, True]
    response = client.post("/notifications/read", data={"csrf_token": token},
                           follow_redirects=True)
    assert "Marked 2 notifications read." in response.get_data(as_text=True)
    assert all(i[4] for i in inbox(asker))


def test_the_page_costs_the_same_queries_for_3_or_30_notifications(app, make_user, qa, client,
                                                                   login):
    asker = make_user()
    experts = [make_user() for _ in range(30)]
    questions = [qa.ask(asker) for _ in range(30)]
    login(asker)

    def cost():
        with count_queries(app) as statements:
            assert client.get("/notifications/").status_code == 200
        return len(statements)

    for expert, question in zip(experts[:3], questions[:3], strict=True):
        qa.answer(expert, question)
    few = cost()
    for expert, question in zip(experts[3:], questions[3:], strict=True):
        qa.answer(expert, question)
    assert cost() == few


def _events(socket):
    return [m["args"][0] for m in socket.get_received() if m["name"] == "notifications"]


def test_the_unread_count_reaches_every_open_tab_after_commit(app, make_user, qa):
    asker, expert, other = make_user(), make_user(name="Eli"), make_user()
    question = qa.ask(asker)
    tabs = []
    for person in (asker, asker, other):
        browser = app.test_client()
        assert log_in(browser, person.email).status_code == 302
        tabs.append(socketio.test_client(app, flask_test_client=browser))
    qa.answer(expert, question)
    for tab in tabs[:2]:
        events = _events(tab)
        assert len(events) == 1 and events[0]["unread"] == 1
        assert events[0]["items"][0]["text"].startswith("Eli answered your question")
        assert events[0]["items"][0]["url"].startswith(f"/questions/{question}/")
    assert _events(tabs[2]) == []  # someone else's count is not sent to him

    with app.app_context():  # rolled back: nothing stored, nothing sent
        qa_services.post_answer(db.session.get(User, expert.id),
                                db.session.get(Post, question),
                                "Another answer that will never be saved at all.")
        db.session.rollback()
    assert _events(tabs[0]) == []

    with app.app_context():  # read in one tab: the others' counts go to 0
        services.mark_all_read(db.session.get(User, asker.id))
        db.session.commit()
    assert _events(tabs[1]) == [{"unread": 0, "items": []}]
    for tab in tabs:
        tab.disconnect()


def test_a_socket_cannot_listen_to_someone_else_s_room(app, make_user, qa):
    """The user room is joined on connect, by its owner only; no event joins another room."""
    asker, expert, nosy = make_user(), make_user(), make_user()
    question = qa.ask(asker)
    browser = app.test_client()
    log_in(browser, nosy.email)
    socket = socketio.test_client(app, flask_test_client=browser)
    socket.emit("join", {"room": f"user:{asker.id}"})
    qa.answer(expert, question)
    assert _events(socket) == []
    socket.disconnect()
    anonymous = socketio.test_client(app, flask_test_client=app.test_client())
    assert not anonymous.is_connected()


def test_a_person_who_never_reads_sees_99_plus(app, make_user, client, login):
    """The header's count is read on every page: it stops at 100 (shown "99+") instead of
    counting every unread item of someone who never opens the inbox, live updates alike."""
    reader = make_user()
    with app.app_context():
        db.session.add_all(Notification(user_id=reader.id, kind=Kind.ANSWER.value,
                                        subject_type="question", subject_id=n,
                                        text=f"Answer {n}", url="/questions")
                           for n in range(1, 131))
        db.session.commit()
        assert services.unread_count(reader.id) == 100
    login(reader)
    assert "<span data-unread-count>99+</span>" in client.get("/").get_data(as_text=True)
