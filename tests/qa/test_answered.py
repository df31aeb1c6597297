"""`Question.answered`, which the unanswered list reads through an index, always says what the
answers themselves say (an accepted answer, or a live answer with a positive score), whatever
changed them."""

import sqlalchemy as sa

from app.extensions import db
from app.qa import services
from app.qa.models import Answer, Question


def _kept_and_actual(app, question_id: int) -> tuple[bool, bool]:
    with app.app_context():
        kept = db.session.scalar(sa.select(Question.answered).where(Question.id == question_id))
        actual = db.session.scalar(sa.select(services.answered_now())
                                   .where(Question.id == question_id))
        return bool(kept), bool(actual)


def test_every_change_to_the_answers_keeps_it(app, make_user, qa):
    asker, expert, other, voter = make_user(), make_user(), make_user(), make_user()
    manager = make_user(role="manager")
    question = qa.ask(asker)
    steps = []

    def step(name, action, answered):
        action()
        kept, actual = _kept_and_actual(app, question)
        steps.append((name, kept, actual, answered))

    step("asked", lambda: None, False)
    answer = qa.answer(expert, question)
    step("answered, score 0", lambda: None, False)
    step("voted up", lambda: qa.vote(voter, answer, 1), True)
    step("vote turned down", lambda: qa.vote(voter, answer, -1), False)

    def remove():
        with app.app_context():
            services.remove_vote(db.session.get(type(voter), voter.id),
                                 db.session.get(Answer, answer))
            db.session.commit()

    step("vote removed", remove, False)
    step("accepted", lambda: qa.accept(asker, answer), True)

    def unaccept():
        with app.app_context():
            services.unaccept_answer(db.session.get(type(asker), asker.id),
                                     db.session.get(Question, question))
            db.session.commit()

    step("acceptance taken back", unaccept, False)
    second = qa.answer(other, question)
    step("another answer voted up", lambda: qa.vote(voter, second, 1), True)
    step("that answer deleted", lambda: qa.delete(other, second), False)

    def restore():
        with app.app_context():
            services.restore_post(db.session.get(type(manager), manager.id),
                                  db.session.get(Answer, second))
            db.session.commit()

    step("that answer restored", restore, True)
    step("the answer voted on a question too", lambda: qa.vote(voter, question, 1), True)

    def imported():
        with app.app_context():
            services.accept_as_imported(db.session.get(Answer, answer))
            db.session.commit()

    step("accepted by an imported file", imported, True)
    wrong = [(name, kept, actual, want) for name, kept, actual, want in steps
             if not kept == actual == want]
    assert wrong == [], wrong


def test_the_unanswered_list_reads_the_kept_flag(app, client, login, make_user, qa):
    asker, expert, voter = make_user(), make_user(), make_user()
    waiting = qa.ask(asker, title="A question nobody has answered well yet")
    solved = qa.ask(asker, title="A question with an answer voted up")
    qa.vote(voter, qa.answer(expert, solved), 1)
    qa.answer(expert, waiting)
    login(make_user())
    page = client.get("/questions?sort=unanswered").get_data(as_text=True)
    assert "nobody has answered well yet" in page and "with an answer voted up" not in page
    with app.app_context():
        db.session.execute(sa.update(Question).where(Question.id == waiting)
                           .values(answered=True))
        db.session.commit()
    page = client.get("/questions?sort=unanswered").get_data(as_text=True)
    assert "nobody has answered well yet" not in page


def test_the_first_answer_by_someone_else_is_kept_through_every_change(app, make_user, qa):
    """`Question.first_answer_at` (the dashboard's time to a first answer) is the earliest live
    answer by someone other than the asker, whatever was posted, deleted or restored."""
    from datetime import timedelta

    from app.auth.models import utcnow

    asker, expert, other = make_user(), make_user(), make_user()
    manager = make_user(role="manager")
    t = utcnow() - timedelta(days=3)
    question = qa.ask(asker, at=t)

    def kept_and_actual():
        with app.app_context():
            kept, actual = db.session.execute(
                sa.select(Question.first_answer_at, services.first_answer_now())
                .where(Question.id == question)).one()
            return kept, actual

    assert kept_and_actual() == (None, None)
    qa.answer(asker, question, at=t + timedelta(hours=1))  # the asker's own: not an answer
    assert kept_and_actual() == (None, None)
    late = qa.answer(other, question, at=t + timedelta(hours=5))
    kept, actual = kept_and_actual()
    assert kept == actual and kept is not None
    early = qa.answer(expert, question, at=t + timedelta(hours=2))
    kept, actual = kept_and_actual()
    assert kept == actual and (actual - t.replace(tzinfo=actual.tzinfo)) == timedelta(hours=2)
    qa.delete(expert, early)
    kept, actual = kept_and_actual()
    assert kept == actual and (actual - t.replace(tzinfo=actual.tzinfo)) == timedelta(hours=5)

    with app.app_context():
        services.restore_post(db.session.get(type(manager), manager.id),
                              db.session.get(Answer, early))
        db.session.commit()
    kept, actual = kept_and_actual()
    assert kept == actual and (actual - t.replace(tzinfo=actual.tzinfo)) == timedelta(hours=2)
    qa.delete(expert, early)
    qa.delete(other, late)
    assert kept_and_actual() == (None, None)
