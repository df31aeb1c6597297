"""The question lists: newest, active, unanswered, top; tag and category filters; pages."""

from datetime import timedelta

import pytest

from app.auth.models import User, utcnow
from tests.conftest import count_queries, fetch


@pytest.fixture
def board(make_user, qa):
    """Four questions with different ages, scores and answers."""
    asker, expert, voter = make_user(), make_user(), make_user()
    now = utcnow()
    ids = {
        "old-accepted": qa.ask(asker, title="Oldest question, it has an accepted answer",
                               tags="pricing negotiation", at=now - timedelta(days=30)),
        "good-answer": qa.ask(asker, title="Question whose answer was voted up",
                              tags="pricing", at=now - timedelta(days=20)),
        "weak-answer": qa.ask(asker, title="Question whose only answer scores zero",
                              tags="discovery", at=now - timedelta(days=10)),
        "new-top": qa.ask(asker, title="Newest question, and the most voted",
                          tags="signal-forecast", at=now - timedelta(days=1)),
    }
    accepted = qa.answer(expert, ids["old-accepted"], at=now - timedelta(hours=1))
    qa.accept(asker, accepted)
    qa.vote(voter, qa.answer(expert, ids["good-answer"], at=now - timedelta(days=19)), 1)
    qa.answer(expert, ids["weak-answer"], at=now - timedelta(days=9))
    qa.vote(voter, ids["new-top"], 1)
    qa.vote(expert, ids["new-top"], 1)
    return ids


TITLES = {
    "old-accepted": "Oldest question, it has an accepted answer",
    "good-answer": "Question whose answer was voted up",
    "weak-answer": "Question whose only answer scores zero",
    "new-top": "Newest question, and the most voted",
}


def order(page: str, keys=TITLES) -> list[str]:
    found = [(page.find(TITLES[k]), k) for k in keys if TITLES[k] in page]
    return [k for _, k in sorted(found)]


@pytest.mark.parametrize(("query", "expected"), [
    ("", ["new-top", "weak-answer", "good-answer", "old-accepted"]),
    ("?sort=newest", ["new-top", "weak-answer", "good-answer", "old-accepted"]),
    ("?sort=active", ["old-accepted", "new-top", "weak-answer", "good-answer"]),
    ("?sort=unanswered", ["new-top", "weak-answer"]),
    ("?sort=top", ["new-top", "weak-answer", "good-answer", "old-accepted"]),
    ("?tag=pricing", ["good-answer", "old-accepted"]),
    ("?tag=pricing&tag=negotiation", ["old-accepted"]),
    ("?tag=pricing+negotiation", ["old-accepted"]),
    ("?tag=pulse", ["new-top"]),  # a synonym filters by its tag
    ("?category=product", ["new-top"]),
    ("?category=topic&sort=unanswered", ["weak-answer"]),
])
def test_sorts_and_filters(client, login, make_user, board, query, expected):
    login(make_user())
    response = client.get(f"/questions{query}")
    assert response.status_code == 200
    assert order(response.get_data(as_text=True)) == expected


def test_unknown_filters_are_explained_or_refused(client, login, make_user, board):
    login(make_user())
    page = client.get("/questions?tag=no-such-tag").get_data(as_text=True)
    assert "Not in the tag vocabulary, so not used as a filter: no-such-tag" in page
    assert client.get("/questions?sort=random").status_code == 400
    assert client.get("/questions?category=nope").status_code == 400
    assert client.get("/questions?page=0").status_code == 422
    assert client.get("/questions?page=abc").status_code == 422


def test_deleted_questions_leave_the_lists(client, login, make_user, board, qa):
    login(make_user())
    asker = fetch(client.application, User, id=qa.post(board["new-top"]).author_id)
    qa.delete(asker, board["new-top"])
    for query in ("", "?sort=top", "?sort=unanswered", "?tag=signal-forecast"):
        assert TITLES["new-top"] not in client.get(f"/questions{query}").get_data(as_text=True)
    assert TITLES["new-top"] not in client.get("/tags/signal-forecast").get_data(as_text=True)


def test_tag_page_shows_context_synonyms_and_questions(client, login, make_user, board):
    login(make_user())
    page = client.get("/tags/signal-forecast").get_data(as_text=True)
    assert "What signal-forecast means here." in page and "pulse" in page
    assert TITLES["new-top"] in page and TITLES["good-answer"] not in page
    assert client.get("/tags/pulse").location == "/tags/signal-forecast"
    assert client.get("/tags/nothing-like-this").status_code == 404


def test_lists_paginate(app, client, login, make_user, qa):
    app.config["PAGE_SIZE"] = 5
    asker = make_user()
    for _ in range(12):
        qa.ask(asker)
    login(make_user())
    first = client.get("/questions").get_data(as_text=True)
    assert "Page 1 of 3" in first and first.count('class="question-summary') == 5
    last = client.get("/questions?page=3").get_data(as_text=True)
    assert last.count('class="question-summary') == 2


def test_a_long_list_is_counted_only_as_far_as_it_is_shown(app, client, login, make_user, qa):
    """Past LIST_COUNT_LIMIT a list says "10+" and "Page 1", not an exact total: counting every
    question on every view would cost more than the page. Near its end it is exact again."""
    app.config.update(PAGE_SIZE=5, LIST_COUNT_LIMIT=10)
    asker = make_user()
    for _ in range(23):
        qa.ask(asker)
    login(make_user())
    pages, statements = {}, {}
    for number in (1, 3, 5):
        with count_queries(app) as ran:
            pages[number] = client.get(f"/questions?page={number}").get_data(as_text=True)
        statements[number] = len(ran)
    assert "10+ questions" in pages[1] and '"page">Page 1</span>' in pages[1]
    assert 'rel="next"' in pages[1] and pages[1].count('class="question-summary') == 5
    assert "15+ questions" in pages[3] and 'rel="next"' in pages[3]  # counted to its own end
    assert "23 questions" in pages[5] and "Page 5 of 5" in pages[5]
    assert 'rel="next"' not in pages[5] and pages[5].count('class="question-summary') == 3
    assert len(set(statements.values())) == 1, statements  # a deep page costs what the first does
    assert client.get("/questions?page=6").status_code == 404


@pytest.mark.parametrize("path", ["/questions", "/questions?sort=unanswered",
                                  "/questions?sort=top&tag=pricing", "/questions?category=topic",
                                  "/questions?sort=active", "/tags/pricing"])
def test_list_query_count_does_not_grow(app, client, login, make_user, qa, path):
    askers = [make_user() for _ in range(4)]

    def add(how_many):
        for n in range(how_many):
            question_id = qa.ask(askers[n % 4], tags="pricing discovery negotiation")
            qa.answer(askers[(n + 1) % 4], question_id)
            qa.vote(askers[(n + 2) % 4], question_id, 1)

    add(2)
    login(make_user())
    with count_queries(app) as few:
        assert client.get(path).status_code == 200
    add(25)
    with count_queries(app) as many:
        assert client.get(path).status_code == 200
    assert len(many) == len(few), many


def test_filtering_by_more_tags_costs_no_more_queries(app, client, login, make_user, board):
    login(make_user())
    with count_queries(app) as one:
        client.get("/questions?tag=pricing")
    with count_queries(app) as five:
        page = client.get("/questions?tag=pricing&tag=negotiation&tag=pricing&tag=x-y&tag=z-z")
    assert TITLES["old-accepted"] in page.get_data(as_text=True)
    assert len(five) == len(one)
