"""Every rule of the table, each cap and each reversal, acted out through the Q&A and wiki
services; the cached totals are checked against the ledger at every step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.auth.models import Role
from app.extensions import db
from app.points import rules
from app.qa import services as qa_services
from app.qa.models import Post


@pytest.fixture
def people(make_user):
    return {name: make_user(name.title()) for name in ("asker", "expert", "voter", "other")}


def test_an_upvoted_answer_earns_its_author_ten_and_undoing_takes_them_back(people, qa,
                                                                             points):
    question = qa.ask(people["asker"])
    answer = qa.answer(people["expert"], question)
    assert points.total(people["expert"]) == 0  # answering alone earns nothing
    qa.vote(people["voter"], answer, 1)
    assert points.total(people["expert"]) == 10
    assert points.total(people["voter"]) == 0
    qa.vote(people["voter"], answer, -1)  # changed to a downvote
    assert points.total(people["expert"]) == -2
    assert points.total(people["voter"]) == -1  # downvoting an answer costs the voter 1
    assert points.rows(people["expert"]) == [
        ("answer-upvoted", 10, ""), ("answer-upvoted", -10, "undone"),
        ("post-downvoted", -2, "")]


def test_a_removed_vote_is_reversed(app, people, qa, points):
    question = qa.ask(people["asker"])
    qa.vote(people["voter"], question, 1)
    assert points.total(people["asker"]) == 5  # a question voted up: +5
    with app.app_context():
        qa_services.remove_vote(db.session.get(type(people["voter"]), people["voter"].id),
                                db.session.get(Post, question))
        db.session.commit()
    assert points.total(people["asker"]) == 0
    qa.vote(people["voter"], question, -1)  # a downvoted question costs its author 2
    assert points.total(people["asker"]) == -2 and points.total(people["voter"]) == 0


def test_accepting_pays_the_answerer_fifteen_and_the_asker_two(app, people, qa, points):
    question = qa.ask(people["asker"])
    first, second = qa.answer(people["expert"], question), qa.answer(people["other"], question)
    qa.accept(people["asker"], first)
    assert points.total(people["expert"]) == 15 and points.total(people["asker"]) == 2
    qa.accept(people["asker"], second)  # accepting another takes the first one's back
    assert points.total(people["expert"]) == 0
    assert points.total(people["other"]) == 15 and points.total(people["asker"]) == 2
    with app.app_context():
        qa_services.unaccept_answer(db.session.get(type(people["asker"]), people["asker"].id),
                                    db.session.get(Post, question))
        db.session.commit()
    assert points.total(people["other"]) == 0 and points.total(people["asker"]) == 0


def test_accepting_ones_own_answer_earns_nothing(people, qa, points):
    question = qa.ask(people["asker"])
    own = qa.answer(people["asker"], question)
    qa.accept(people["asker"], own)
    assert points.total(people["asker"]) == 0 and points.count() == 0


def test_deleting_a_post_takes_its_points_back_and_restoring_gives_them_again(
        app, people, qa, points, make_user):
    manager = make_user("Maya Manager", role=Role.MANAGER)
    question = qa.ask(people["asker"])
    answer = qa.answer(people["expert"], question)
    qa.vote(people["voter"], answer, 1)
    qa.vote(people["other"], question, 1)
    qa.accept(people["asker"], answer)
    assert points.total(people["expert"]) == 25 and points.total(people["asker"]) == 7
    qa.delete(manager, question)  # the question and everything on its answers
    assert points.total(people["expert"]) == 0 and points.total(people["asker"]) == 0
    assert {reason for _, _, reason in points.rows() if reason} == {"deleted"}
    with app.app_context():
        qa_services.restore_post(db.session.get(type(manager), manager.id),
                                 db.session.get(Post, question))
        db.session.commit()
    assert points.total(people["expert"]) == 25 and points.total(people["asker"]) == 7


def test_vote_points_are_capped_at_200_a_day_but_accepted_answers_are_not(
        people, qa, points, make_user):
    expert = people["expert"]
    voters = [make_user(f"Voter {n}") for n in range(3)]
    question = qa.ask(people["asker"])
    answers = [qa.answer(expert, question) for _ in range(8)]
    for voter in voters:  # 24 upvotes: 240 points' worth
        for answer in answers:
            qa.vote(voter, answer, 1)
    assert points.total(expert) == 200
    assert ("answer-upvoted", 0, "") in points.rows(expert)  # recorded, at 0: the cap
    qa.accept(people["asker"], answers[0])
    assert points.total(expert) == 215


def test_wiki_helpful_marks_edits_and_reverification(people, wiki, points, make_user):
    owner, reader = people["expert"], people["voter"]
    page = wiki.create(owner, tags="pricing")
    assert points.total(owner) == 0  # writing a page alone earns nothing
    wiki.feedback(reader, page, True)
    assert points.total(owner) == 5
    wiki.feedback(reader, page, False, "Out of date")  # changed their mind
    assert points.total(owner) == 0
    for n in range(12):  # +2 an edit, at most 10 edits' worth (20 points) a day
        wiki.edit(people["other"], page, f"Edited text number {n} of the playbook page.")
    assert points.total(people["other"]) == 20
    manager = make_user("Maya Manager", role=Role.MANAGER)
    now = datetime.now(UTC)
    wiki.verify(owner, page, at=now)  # not stale: nothing
    assert points.total(owner) == 0
    wiki.verify(owner, page, at=now + timedelta(days=400))  # past its review date: +3
    assert points.total(owner) == 3
    wiki.delete(manager, page)
    assert points.total(owner) == 3  # re-verifying is not reversible


def test_deleting_a_page_takes_its_helpful_points_back(people, wiki, points, make_user):
    page = wiki.create(people["expert"])
    wiki.feedback(people["voter"], page, True)
    assert points.total(people["expert"]) == 5
    wiki.delete(make_user("Maya Manager", role=Role.MANAGER), page)
    assert points.total(people["expert"]) == 0


def test_replaying_every_signal_awards_nothing_new(app, people, qa, wiki, points):
    from app import signals
    from app.points import handlers
    from app.qa.models import Answer, Vote
    from app.wiki.models import WikiFeedback

    question = qa.ask(people["asker"])
    answer = qa.answer(people["expert"], question)
    qa.vote(people["voter"], answer, 1)
    qa.vote(people["other"], answer, -1)
    qa.accept(people["asker"], answer)
    page = wiki.create(people["expert"])
    wiki.feedback(people["voter"], page, True)
    before = points.rows()
    with app.app_context():
        for vote in db.session.scalars(db.select(Vote)):
            signals.vote_cast.send(vote, previous=None)
        accepted = db.session.get(Answer, answer)
        signals.answer_accepted.send(accepted, by=accepted.question.author)
        for feedback in db.session.scalars(db.select(WikiFeedback)):
            signals.page_feedback.send(feedback, previous=None)
        handlers.settle_post(db.session.get(Post, question), "deleted")
        db.session.commit()
    assert points.rows() == before


def test_a_total_shows_at_least_one(people, qa, points, client, login):
    question = qa.ask(people["asker"])
    qa.vote(people["voter"], question, -1)
    assert points.total(people["asker"]) == -2
    login(people["other"])
    page = client.get(f"/people/{people['asker'].id}").get_data(as_text=True)
    assert f'data-points-user="{people["asker"].id}">{rules.LOWEST_TOTAL}<' in page
