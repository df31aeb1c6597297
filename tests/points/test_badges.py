"""Badges, acted out through the Q&A and wiki services: each is awarded once, at the action that
meets its criterion, with the post or page that earned it, and never taken back; the profile and
the How points work page show them; the points and badges a commit earned reach the earner's open
pages over Socket.IO, and nothing is sent for a transaction rolled back."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.extensions import db, socketio
from app.points import badges, ledger, rules
from app.points.models import BadgeAward
from app.qa import services as qa_services
from app.qa.models import Post, Tag
from tests.conftest import log_in


@pytest.fixture
def held(app):
    """(badge, subject type, subject id, tag id) of each badge a person holds."""
    def read(user):
        with app.app_context():
            return sorted(
                (a.badge, a.subject_type, a.subject_id, a.tag_id) for a in db.session.scalars(
                    select(BadgeAward).where(BadgeAward.user_id == user.id)))
    return read


@pytest.fixture
def crowd(make_user):
    """Ten colleagues, to vote."""
    return [make_user(f"Voter {n}") for n in range(10)]


def test_first_answer_is_awarded_once_with_the_answer(make_user, qa, held):
    asker, expert = make_user("Asker"), make_user("Expert")
    question = qa.ask(asker)
    first = qa.answer(expert, question)
    qa.answer(expert, qa.ask(asker))
    assert held(expert) == [("first-answer", "post", first, None)]
    assert held(asker) == []


def test_teacher_comes_with_the_first_upvote_and_stays_after_the_unvote(app, make_user, qa,
                                                                         held):
    asker, expert, voter = make_user(), make_user(), make_user()
    answer = qa.answer(expert, qa.ask(asker))
    qa.vote(voter, answer, -1)  # a downvote earns nothing
    assert [b for b in held(expert) if b[0] == "teacher"] == []
    qa.vote(voter, answer, 1)
    with app.app_context():
        qa_services.remove_vote(db.session.get(type(voter), voter.id),
                                db.session.get(Post, answer))
        db.session.commit()
    qa.vote(voter, answer, 1)  # again: still one badge
    assert [b for b in held(expert) if b[0] == "teacher"] == [("teacher", "post", answer, None)]


def test_guru_needs_an_accepted_answer_scored_ten(make_user, qa, held, crowd):
    asker, expert = make_user(), make_user()
    answer = qa.answer(expert, qa.ask(asker))
    for voter in crowd:
        qa.vote(voter, answer, 1)
    assert "guru" not in {b[0] for b in held(expert)}  # scored 10, not accepted yet
    qa.accept(asker, answer)
    assert ("guru", "post", answer, None) in held(expert)


def test_mentor_is_the_tenth_accepted_answer(make_user, qa, held):
    asker, expert = make_user(), make_user()
    answers = []
    for _ in range(10):
        answers.append(qa.answer(expert, qa.ask(asker)))
        qa.accept(asker, answers[-1])
        if len(answers) == 9:
            assert "mentor" not in {b[0] for b in held(expert)}
    assert ("mentor", "post", answers[-1], None) in held(expert)


def test_curator_and_wiki_gardener_count_re_verifications_and_edits(make_user, wiki, held):
    owner, gardener = make_user("Owner"), make_user("Gardener")
    pages = [wiki.create(owner, f"Playbook {n}") for n in range(10)]
    later = datetime.now(UTC) + timedelta(days=400)  # past every page's review date
    for n, page in enumerate(pages):
        wiki.verify(owner, page, at=later)
        wiki.edit(gardener, page, f"Edited once more: step {n}.\n\nThe rest stays.")
        if n == 8:
            assert held(owner) == [] and held(gardener) == []
    assert held(owner) == [("curator", "page", pages[-1], None)]
    assert held(gardener) == [("wiki-gardener", "page", pages[-1], None)]


def test_helpful_is_fifty_helpful_marks_on_your_pages(make_user, wiki, held):
    owner = make_user("Owner")
    page = wiki.create(owner, "Discovery call guide")
    readers = [make_user() for _ in range(50)]
    for n, reader in enumerate(readers):
        wiki.feedback(reader, page, helpful=n != 0)  # one says not helpful
    assert "helpful" not in {b[0] for b in held(owner)}
    wiki.feedback(readers[0], page, helpful=True)  # changes their mind: the fiftieth
    assert ("helpful", "page", page, None) in held(owner)


def test_a_tag_badge_comes_at_a_hundred_points_in_the_tag(make_user, qa, held, crowd, app):
    asker, expert = make_user(), make_user()
    answer = qa.answer(expert, qa.ask(asker, tags="pricing objections"))
    for voter in crowd[:9]:
        qa.vote(voter, answer, 1)
    assert [b for b in held(expert) if b[3] is not None] == []  # 90 points
    qa.vote(crowd[9], answer, 1)
    tags = qa.tag_ids(qa.ask(asker, tags="pricing objections"))
    assert sorted(b for b in held(expert) if b[3] is not None) == sorted(
        ("tag-bronze", "post", answer, tag_id) for tag_id in tags)


def test_checking_again_awards_nothing_new(app, make_user, qa, held):
    asker, expert = make_user(), make_user()
    answer = qa.answer(expert, qa.ask(asker))
    before = held(expert)
    with app.app_context():
        badges.check(expert.id, badges.BADGES, ("post", answer))
        db.session.commit()
    assert held(expert) == before == [("first-answer", "post", answer, None)]


def test_the_profile_shows_badges_with_what_earned_them(app, make_user, qa, client, login):
    asker, expert = make_user(), make_user("Erin Expert")
    question = qa.ask(asker, title="How do I answer the budget freeze objection?")
    answer = qa.answer(expert, question)
    login(asker)
    page = client.get(f"/people/{expert.id}").get_data(as_text=True)
    assert 'data-badge="first-answer"' in page and "First Answer" in page
    assert f"#post-{answer}" in page
    assert html.escape("Answer to: How do I answer the budget freeze objection?") in page
    qa.delete(expert, answer)  # a deleted post keeps its badge, without the link
    page = client.get(f"/people/{expert.id}").get_data(as_text=True)
    assert 'data-badge="first-answer"' in page and f"#post-{answer}" not in page


def test_the_how_page_lists_every_badge_from_the_table(client, make_user, login):
    login(make_user())
    page = client.get("/points/how").get_data(as_text=True)
    for badge in badges.BADGES:
        assert f'data-badge="{badge.slug}"' in page and html.escape(badge.what) in page
    for tier, threshold in badges.TAG_BADGES:
        assert f'data-badge="tag-{tier}"' in page and f"{threshold} points earned" in page


def _points_events(socket):
    return [m["args"][0] for m in socket.get_received() if m["name"] == "points"]


def test_points_and_badges_reach_the_earner_s_open_pages_after_commit(app, make_user, qa):
    asker, expert, voter = make_user(), make_user(), make_user()
    answer = qa.answer(expert, qa.ask(asker))
    sockets = {}
    for person in (expert, voter):
        browser = app.test_client()
        assert log_in(browser, person.email).status_code == 302
        sockets[person.id] = socketio.test_client(app, flask_test_client=browser)
        assert sockets[person.id].is_connected()
    qa.vote(voter, answer, 1)
    assert _points_events(sockets[expert.id]) == [{
        "points": 10, "total": 10, "reasons": ["+10 Your answer is voted up"],
        "badges": [{"name": "Teacher", "tier": "bronze"}]}]
    assert _points_events(sockets[voter.id]) == []  # an upvote costs and earns the voter nothing
    qa.vote(voter, answer, -1)
    assert _points_events(sockets[expert.id]) == [{
        "points": -12, "total": 1,  # -2 in the ledger, shown as at least 1
        "reasons": ["-10 Taken back: your answer is voted up",
                    "-2 Your question or answer is voted down"], "badges": []}]
    assert _points_events(sockets[voter.id])[0]["points"] == -1

    with app.app_context():  # a vote rolled back: nothing was saved, nothing is sent
        qa_services.remove_vote(db.session.get(type(voter), voter.id),
                                db.session.get(Post, answer))
        db.session.rollback()
    assert _points_events(sockets[expert.id]) == []
    for socket in sockets.values():
        socket.disconnect()


def test_tag_badges_go_bronze_silver_gold_each_once(app, make_user, held, vocab):
    """Accepted answers (outside the daily cap) in one tag: 15 points each. The badge of each
    tier comes with the award that crossed its threshold: the 7th (105), the 27th (405) and the
    67th (1005)."""
    expert, asker = make_user(), make_user()
    with app.app_context():
        tag = db.session.scalar(select(Tag).where(Tag.name == "pricing"))
        for n in range(1, 70):
            ledger.award(rules.ANSWER_ACCEPTED, expert.id, ("post", 9000 + n), asker.id,
                         [tag.id], f"test:tiers:{n}")
        db.session.commit()
        tag_id = tag.id
    assert [b for b in held(expert) if b[3] is not None] == [
        ("tag-bronze", "post", 9007, tag_id), ("tag-gold", "post", 9067, tag_id),
        ("tag-silver", "post", 9027, tag_id)]
