"""Points arrive live: a rep's open page updates their total and shows a toast, without a
reload, the moment a colleague in another browser votes their question up."""

import re

import pytest
from playwright.sync_api import expect

from app.demo import data
from tests.e2e.test_qa import log_in

pytestmark = pytest.mark.e2e


def test_a_vote_in_one_browser_updates_the_author_s_page_in_another(browser, live_server):
    rep, manager = data.PEOPLE[7], data.PEOPLE[6]
    mine = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors = []
    mine.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(mine, live_server.url, rep)
    mine.goto(f"{live_server.url}/questions/ask")
    mine.get_by_label("Title").fill("Signal Forecast: how do you show the ROI in the first call?")
    # Similar answered questions appear under the title (and move the form down): read them.
    expect(mine.locator("[data-similar-list]")).to_be_visible()
    mine.get_by_label("Details").fill("The VP wants numbers before the demo. What do you show?")
    tags = mine.get_by_label("Tags")
    tags.click()
    tags.press_sequentially(data.TAGS[1]["name"])
    expect(mine.get_by_role("option").first).to_contain_text(data.TAGS[1]["name"])
    tags.press("ArrowDown")
    tags.press("Enter")
    mine.get_by_role("button", name="Post your question").click()
    mine.wait_for_selector("h1:has-text('Signal Forecast: how do you show the ROI')")
    expect(mine.locator("body")).to_have_attribute("data-live", "connected")
    total = mine.locator(".my-points [data-points-total]")
    before = int(total.inner_text())
    mine.evaluate("window.stillTheSamePage = true")

    theirs = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(theirs, live_server.url, manager)
    theirs.goto(mine.url)
    theirs.get_by_role("button", name="Vote up").first.click()
    expect(theirs.locator(".post .score").first).to_have_text("1")

    toast = mine.locator(".toast").first
    expect(toast).to_have_text(re.compile(r"\+5 points: Your question is voted up"))
    expect(total).to_have_text(str(before + 5))
    assert mine.evaluate("window.stillTheSamePage === true")  # no reload
    assert errors == []
    theirs.context.close()
    mine.context.close()
