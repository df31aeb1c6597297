"""Asking a question: the form, the rules for title, body and tags, synonyms, revision 1."""

import pytest

from app.qa.models import PostRevision, Question
from tests.conftest import fetch, row_count, send

GOOD = {
    "title": "How do I answer 'we already use Brightline'?",
    "body": "Third call with a regional bank. The CFO said they already pay for Brightline.",
    "tags": "brightline-crm objections",
}


def test_ask_posts_the_question_and_shows_it(app, client, make_user, login, vocab, qa):
    login(make_user(name="Sofia Marquez"))
    response = send(client, "/questions/ask", GOOD)
    assert response.status_code == 302
    assert response.location.startswith("/questions/")
    page = client.get(response.location).get_data(as_text=True)
    assert "How do I answer &#39;we already use Brightline&#39;?" in page
    assert "Third call with a regional bank." in page
    assert 'title="What brightline-crm means here."' in page  # the tag's guiding context
    question = fetch(app, Question, title=GOOD["title"])
    assert qa.tag_ids(question.id) == [
        vocab["brightline-crm"], vocab["objection-handling"]]  # synonym stored as its tag
    assert row_count(app, PostRevision) == 1


def test_the_ask_form_links_the_vocabulary_and_proposals(client, make_user, login, vocab):
    login(make_user())
    page = client.get("/questions/ask").get_data(as_text=True)
    assert 'href="/tags"' in page and 'href="/tags/propose"' in page
    assert "data-tag-input" in page


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": ""}, "Write a title"),
        ({"title": "   "}, "Write a title"),
        ({"title": "Pricing?"}, "at least 15 characters"),
        ({"title": "x" * 151}, "at most 150 characters"),
        ({"body": ""}, "The question is empty."),
        ({"body": " \n\t  \n"}, "The question is empty."),
        ({"body": "Too short"}, "at least 20 characters"),
        ({"body": "x" * 30_001}, "at most 30,000 characters"),
        ({"tags": ""}, "Add at least one tag"),
        ({"tags": "pricing no-such-tag"}, "Not in the tag vocabulary: “no-such-tag”"),
        ({"tags": "pricing discovery negotiation signal-coach signal-forecast brightline-crm"},
         "at most 5 tags"),
        ({"tags": "x" * 500}, "Not in the tag vocabulary"),
    ],
)
def test_bad_questions_are_refused_and_change_nothing(app, client, make_user, login, vocab,
                                                      change, message):
    login(make_user())
    response = send(client, "/questions/ask", {**GOOD, **change})
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert row_count(app, Question) == 0
    assert row_count(app, PostRevision) == 0


def test_every_mistake_is_shown_at_once(client, make_user, login, vocab):
    login(make_user())
    page = send(client, "/questions/ask", {"title": "", "body": "", "tags": "nope"})
    text = page.get_data(as_text=True)
    assert page.status_code == 422
    assert "Write a title" in text and "The question is empty." in text and "nope" in text


def test_synonyms_and_repeats_collapse_into_one_tag(app, make_user, qa, vocab):
    asker = make_user()
    question_id = qa.ask(asker, tags="pulse forecast signal-forecast, Pulse #pricing")
    assert qa.tag_ids(question_id) == [vocab["signal-forecast"], vocab["pricing"]]


def test_script_in_the_body_is_shown_as_text(app, client, make_user, login, vocab):
    login(make_user())
    send(client, "/questions/ask", {**GOOD, "body": "Look: <script>alert(1)</script> "
                                    "[x](javascript:alert(1)) <b onclick=alert(1)>b</b>"})
    question = fetch(app, Question, title=GOOD["title"])
    assert "<script" not in question.body_html and "onclick" not in question.body_html.split(
        "&lt;")[0]
    assert 'href="javascript' not in question.body_html
    assert "<script>alert(1)</script>" in question.body  # the source is kept as written
