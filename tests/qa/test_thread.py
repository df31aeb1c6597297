"""The thread: answers, comments, votes, accepting, view counts, and the page's query count."""

import pytest
import sqlalchemy as sa

from app.auth.models import Role
from app.extensions import db
from app.qa.models import Answer, Comment, Question, QuestionView, Vote
from tests.conftest import count_queries, fetch, log_in, row_count, send


@pytest.fixture
def people(make_user):
    return {
        "asker": make_user(name="Asker Person"),
        "expert": make_user(name="Expert Person"),
        "other": make_user(name="Other Person"),
        "manager": make_user(name="Manager Person", role=Role.MANAGER),
    }


def test_answer_is_posted_counted_and_shown(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    login(people["expert"])
    response = send(client, f"/questions/{question_id}/answers",
                    {"body": "Ask what the **status quo** costs them per quarter."})
    assert response.status_code == 302 and "#post-" in response.location
    page = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert "<strong>status quo</strong>" in page and "1 Answer" in page
    assert fetch(app, Question, id=question_id).answer_count == 1


@pytest.mark.parametrize(("body", "message"), [
    ("", "The answer is empty."), ("   \n ", "The answer is empty."),
    ("Short.", "at least 20 characters"), ("y" * 30_001, "at most 30,000"),
])
def test_bad_answers_are_refused(app, client, login, people, qa, body, message):
    question_id = qa.ask(people["asker"])
    login(people["expert"])
    response = send(client, f"/questions/{question_id}/answers", {"body": body})
    assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert row_count(app, Answer) == 0
    assert fetch(app, Question, id=question_id).answer_count == 0


def test_answering_a_missing_or_deleted_question_is_404(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    qa.delete(people["asker"], question_id)
    login(people["expert"])
    assert send(client, f"/questions/{question_id}/answers",
                {"body": "Anchor on value before price."}).status_code == 404
    assert send(client, "/questions/99999/answers",
                {"body": "Anchor on value before price."}).status_code == 404
    assert row_count(app, Answer) == 0


def test_votes_up_change_and_remove(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    login(people["expert"])
    assert send(client, f"/posts/{question_id}/vote", {"value": "up"}).status_code == 302
    assert fetch(app, Question, id=question_id).score == 1
    response = send(client, f"/posts/{question_id}/vote", {"value": "down"},
                    headers={"Accept": "application/json"})
    assert response.json == {"post": question_id, "score": -1, "my_vote": -1}
    assert row_count(app, Vote) == 1  # changed, not added
    send(client, f"/posts/{question_id}/vote", {"value": "clear"})
    assert fetch(app, Question, id=question_id).score == 0
    assert row_count(app, Vote) == 0


@pytest.mark.parametrize(("setup", "value", "status", "message"), [
    ("own", "up", 403, "cannot vote on your own post"),
    ("twice", "up", 409, "already voted this up"),
    ("none", "clear", 409, "have not voted"),
    ("none", "sideways", 422, "up"),
    ("none", "", 422, "up"),
    ("deleted", "up", 404, "deleted"),
])
def test_bad_votes_are_refused_and_change_nothing(app, client, login, people, qa,
                                                  setup, value, status, message):
    question_id = qa.ask(people["asker"])
    voter = people["asker"] if setup == "own" else people["expert"]
    if setup == "twice":
        qa.vote(voter, question_id, 1)
    if setup == "deleted":
        qa.delete(people["asker"], question_id)
    before = (fetch(app, Question, id=question_id).score, row_count(app, Vote))
    login(voter)
    response = send(client, f"/posts/{question_id}/vote", {"value": value},
                    headers={"Accept": "application/json"})
    assert response.status_code == status
    assert message in response.json["error"]["message"]
    assert (fetch(app, Question, id=question_id).score, row_count(app, Vote)) == before


def test_own_posts_show_no_vote_buttons(client, login, people, qa):
    question_id = qa.ask(people["asker"])
    login(people["asker"])
    assert "data-vote-form" not in client.get(f"/questions/{question_id}").get_data(as_text=True)


def test_asker_accepts_changes_and_undoes(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    first = qa.answer(people["expert"], question_id)
    second = qa.answer(people["other"], question_id, body="Bring the deal desk in early on.")
    qa.vote(people["manager"], first, 1)
    login(people["asker"])
    assert send(client, f"/answers/{second}/accept").status_code == 302
    assert fetch(app, Question, id=question_id).accepted_answer_id == second
    page = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert page.index(f'id="post-{second}"') < page.index(f'id="post-{first}"')  # accepted first
    send(client, f"/answers/{first}/accept")
    assert fetch(app, Question, id=question_id).accepted_answer_id == first
    send(client, f"/questions/{question_id}/unaccept")
    assert fetch(app, Question, id=question_id).accepted_answer_id is None


def test_answers_sort_by_score_after_the_accepted_one(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    low = qa.answer(people["expert"], question_id, body="First answer, voted down later.")
    high = qa.answer(people["other"], question_id, body="Second answer, voted up later.")
    qa.vote(people["manager"], low, -1)
    qa.vote(people["manager"], high, 1)
    login(people["asker"])
    page = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert page.index(f'id="post-{high}"') < page.index(f'id="post-{low}"')


@pytest.mark.parametrize(("who", "status", "message"), [
    ("other", 403, "Only the person who asked"),
    ("manager", 403, "Only the person who asked"),
])
def test_only_the_asker_accepts(app, client, login, people, qa, who, status, message):
    question_id = qa.ask(people["asker"])
    answer_id = qa.answer(people["expert"], question_id)
    login(people[who])
    response = send(client, f"/answers/{answer_id}/accept")
    assert response.status_code == status and message in response.get_data(as_text=True)
    assert fetch(app, Question, id=question_id).accepted_answer_id is None


def test_accepting_twice_or_undoing_nothing_is_a_conflict(client, login, people, qa):
    question_id = qa.ask(people["asker"])
    answer_id = qa.answer(people["expert"], question_id)
    login(people["asker"])
    assert send(client, f"/questions/{question_id}/unaccept").status_code == 409
    send(client, f"/answers/{answer_id}/accept")
    assert send(client, f"/answers/{answer_id}/accept").status_code == 409
    assert send(client, "/answers/99999/accept").status_code == 404
    assert send(client, f"/answers/{question_id}/accept").status_code == 404  # not an answer


def test_comments_on_questions_and_answers(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    answer_id = qa.answer(people["expert"], question_id)
    login(people["other"])
    assert send(client, f"/posts/{question_id}/comments",
                {"body": "Which region is this?"}).status_code == 302
    assert send(client, f"/posts/{answer_id}/comments",
                {"body": "Worked for me at a hospital network."}).status_code == 302
    page = client.get(f"/questions/{question_id}").get_data(as_text=True)
    assert "Which region is this?" in page and "Worked for me at a hospital network." in page
    for body, message in (("", "empty"), ("   ", "empty"), ("ok", "at least 5"),
                          ("z" * 601, "at most 600")):
        response = send(client, f"/posts/{question_id}/comments", {"body": body})
        assert response.status_code == 422 and message in response.get_data(as_text=True)
    assert row_count(app, Comment) == 2


def test_comment_delete_is_for_author_and_managers(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    comment_id = qa.comment(people["expert"], question_id)
    login(people["other"])
    assert send(client, f"/comments/{comment_id}/delete").status_code == 403
    assert fetch(app, Comment, id=comment_id).deleted_at is None
    manager = app.test_client()
    log_in(manager, people["manager"].email)
    assert send(manager, f"/comments/{comment_id}/delete").status_code == 302
    assert fetch(app, Comment, id=comment_id).deleted_at is not None
    assert "Could you share the deck?" not in manager.get(
        f"/questions/{question_id}").get_data(as_text=True)


def test_views_count_once_per_person_per_day(app, client, login, people, qa):
    question_id = qa.ask(people["asker"])
    login(people["expert"])
    for _ in range(3):
        client.get(f"/questions/{question_id}")
    assert fetch(app, Question, id=question_id).view_count == 1
    with app.app_context():
        view = db.session.scalar(sa.select(QuestionView))
        view.day = view.day.replace(year=view.day.year - 1)  # as if it was another day
        db.session.commit()
    client.get(f"/questions/{question_id}")
    assert fetch(app, Question, id=question_id).view_count == 2
    own = app.test_client()
    log_in(own, people["asker"].email)
    own.get(f"/questions/{question_id}")
    assert fetch(app, Question, id=question_id).view_count == 2  # the asker's own views


def test_thread_page_query_count_does_not_grow(app, client, login, people, qa, make_user):
    question_id = qa.ask(people["asker"])
    voters = [make_user() for _ in range(3)]

    def add_answers(how_many):
        for n in range(how_many):
            author = make_user()
            answer_id = qa.answer(author, question_id, body=f"Answer number {n} with detail.")
            qa.comment(people["other"], answer_id, body=f"Comment on answer {n}.")
            qa.comment(people["asker"], answer_id, body=f"Thanks for answer {n}.")
            for voter in voters:
                qa.vote(voter, answer_id, 1)

    def first_and_second_view():
        reader = app.test_client()
        log_in(reader, make_user().email)
        with count_queries(app) as first:
            page = reader.get(f"/questions/{question_id}").get_data(as_text=True)
        with count_queries(app) as second:
            reader.get(f"/questions/{question_id}")
        return page, len(first), len(second)

    first_and_second_view()  # the related questions read the tag names once, kept a minute
    add_answers(2)
    _, first_few, second_few = first_and_second_view()
    add_answers(28)
    page, first_many, second_many = first_and_second_view()
    assert "Answer number 27 with detail." in page and "Thanks for answer 27." in page
    assert (first_many, second_many) == (first_few, second_few)
