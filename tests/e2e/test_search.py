"""A rep types a field question and finds the accepted answer, the wiki page and the expert on
one results page; while asking, similar answered questions appear as the title is typed."""

import pytest
from playwright.sync_api import expect

from app.demo import data
from tests.e2e.test_qa import NO_SIDEWAYS_SCROLL, log_in

pytestmark = pytest.mark.e2e


def test_one_search_finds_answer_page_and_expert(phone, live_server):
    log_in(phone, live_server.url, data.PEOPLE[3])
    phone.goto(f"{live_server.url}/search?q=discount+approval")
    results = phone.locator(".search-hit")
    expect(results.first).to_be_visible()
    kinds = {badge.inner_text() for badge in phone.locator(".search-hit h2 .badge").all()}
    assert {"question", "wiki"} <= kinds
    assert phone.locator(".search-hit .badge-verified").count() >= 1  # an accepted answer
    expect(phone.locator(".snippet mark").first).to_be_visible()
    phone.get_by_role("link", name="Wiki pages").click()  # the type facet
    expect(phone.locator(".search-hit .badge-question")).to_have_count(0)
    phone.goto(f"{live_server.url}/search?q=pricing&type=person")
    expect(phone.locator(".search-hit .badge-person").first).to_be_visible()
    phone.goto(f"{live_server.url}/search?q=discont+aproval")
    expect(phone.locator("[data-corrected]")).to_contain_text(
        "Showing results for discount approval; search instead for discont aproval")
    expect(results.first).to_be_visible()
    phone.get_by_role("link", name="discont aproval").click()  # the words as typed
    expect(phone.locator("[data-corrected]")).to_have_count(0)
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
    assert phone.errors == []


def test_the_ask_form_shows_similar_answered_questions_as_the_title_is_typed(phone, live_server):
    log_in(phone, live_server.url, data.PEOPLE[3])
    phone.goto(f"{live_server.url}/questions/ask")
    phone.get_by_label("Title").press_sequentially("Who approves a big discount on a deal?",
                                                   delay=20)
    similar = phone.locator("[data-similar-list]")
    expect(similar).to_be_visible()
    expect(similar.locator("li").first).to_be_visible()
    assert phone.errors == []
