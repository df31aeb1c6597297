"""A rep asks on a phone with the tag picker; a manager answers and votes; the rep accepts."""

import pytest
from playwright.sync_api import expect

from app.demo import data

pytestmark = pytest.mark.e2e

NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"
PULSE_TAG = next(t for t in data.TAGS if "pulse" in t["synonyms"])


def log_in(page, url, person):
    page.goto(f"{url}/auth/login")
    page.get_by_label("E-mail").fill(person["email"])
    page.get_by_label("Password").fill(data.DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{url}/")


def test_ask_answer_vote_and_accept(browser, phone, live_server):
    rep, manager = data.PEOPLE[3], data.PEOPLE[1]
    log_in(phone, live_server.url, rep)
    phone.goto(f"{live_server.url}/questions/ask")
    phone.get_by_label("Title").fill("Pulse renewal: the buyer wants last year's price again?")
    phone.get_by_label("Details").fill("Renewal in 30 days, the CFO says **no uplift**. "
                                       "What has worked for you?")
    tags = phone.get_by_label("Tags")
    tags.click()
    tags.press_sequentially("puls")
    # The list follows the typing ("pu" shows other tags first): wait until it answers "puls".
    # The old name leads to the new tag, with its context.
    expect(phone.get_by_role("option").first).to_contain_text("pulse")
    tags.press("ArrowDown")
    tags.press("Enter")
    assert tags.input_value().strip() == PULSE_TAG["name"]
    assert PULSE_TAG["description"][:40] in phone.locator("[data-tag-context]").inner_text()
    phone.get_by_role("button", name="Post your question").click()
    phone.wait_for_selector("h1:has-text('Pulse renewal')")
    question_url = phone.url
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)

    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk_errors = []
    desk.on("console", lambda m: desk_errors.append(m.text) if m.type == "error" else None)
    log_in(desk, live_server.url, manager)
    desk.goto(question_url)
    desk.get_by_label("Your answer").fill("Trade the uplift for a two-year term and a case "
                                          "study; never discount without getting something.")
    desk.get_by_role("button", name="Post your answer").click()
    desk.wait_for_selector(".answer")
    # The vote buttons vote in place once app.js has run (DOMContentLoaded): a click before
    # that submits the form and reloads the page, as on a slow phone.
    desk.wait_for_load_state("load")
    score = desk.locator(".post .score").first
    desk.evaluate("window.stillTheSamePage = true")
    desk.get_by_role("button", name="Vote up").first.click()
    expect(score).to_have_text("1")
    expect(desk.get_by_role("button", name="Vote up").first).to_have_attribute(
        "aria-pressed", "true")
    assert desk.evaluate("window.stillTheSamePage === true")  # voted in place, no reload
    assert desk_errors == []

    phone.reload()
    phone.get_by_role("button", name="Accept").click()
    phone.wait_for_selector(".accepted-label")
    assert "Accepted answer" in phone.locator(".answer.is-accepted").inner_text()
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
    assert phone.errors == []


def test_the_chosen_tag_stays_chosen_when_the_list_refreshes(browser, live_server):
    """An answer for a later keystroke refreshes the list after the rep moved to an option:
    the option stays chosen, so Enter picks it instead of posting the question untagged."""
    rep = data.PEOPLE[3]
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(page, live_server.url, rep)
    page.goto(f"{live_server.url}/questions/ask")
    page.get_by_label("Title").fill("Procurement wants a questionnaire: who has one?")
    page.get_by_label("Details").fill("A 200-line sheet from the buyer's procurement team.")
    tags = page.get_by_label("Tags")
    tags.click()
    tags.press_sequentially("procure")
    expect(page.get_by_role("option").first).to_contain_text("procurement")
    tags.press("ArrowDown")
    expect(page.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    page.evaluate("document.querySelector('[role=option]').dataset.before = 'yes'")
    tags.press("m")  # its answer replaces the list's options
    expect(page.locator("[role=option][data-before]")).to_have_count(0)
    expect(page.get_by_role("option").first).to_have_attribute("aria-selected", "true")
    tags.press("Enter")
    assert tags.input_value() == "procurement "
    assert page.url.endswith("/questions/ask")  # nothing was posted
    page.context.close()
