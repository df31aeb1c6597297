"""A new question reaches the right experts live: the top expert in its tag, with Fieldwise open
in another browser, sees the unread count go up and a toast, without a reload."""

import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from app import create_app
from app.auth.models import User, utcnow
from app.config import TestingConfig
from app.demo import data
from app.extensions import db
from app.profiles import experts, routing
from app.qa.models import Tag
from tests.e2e.test_qa import log_in

pytestmark = pytest.mark.e2e


def _top_expert(live_server, tag_name: str, asker_email: str) -> dict:
    """Who routing will ask first, read from the server's own database."""
    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": live_server.database_url,
                                     "SEARCH_INDEXING": "off"})
    with app.app_context():
        tag = db.session.scalar(select(Tag).where(Tag.name == tag_name))
        asker = db.session.scalar(select(User).where(User.email == asker_email))
        now = utcnow()
        best = experts.top_for_tags([tag.id], now, 1, {asker.id}, now - routing.ACTIVE_WITHIN)
        email = best[0].email
        db.session.remove()
        db.engine.dispose()
    return next(person for person in data.PEOPLE if person["email"] == email)


def test_a_new_question_notifies_the_top_expert_live(browser, live_server):
    rep = data.PEOPLE[7]
    expert = _top_expert(live_server, "procurement", rep["email"])
    theirs = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors = []
    theirs.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(theirs, live_server.url, expert)
    expect(theirs.locator("body")).to_have_attribute("data-live", "connected")
    count = theirs.locator(".my-notifications [data-unread-count]")
    before = int(count.inner_text())
    theirs.evaluate("window.stillTheSamePage = true")

    mine = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(mine, live_server.url, rep)
    mine.goto(f"{live_server.url}/questions/ask")
    title = "Procurement wants a security questionnaire before the pilot: who has one?"
    mine.get_by_label("Title").fill(title)
    expect(mine.locator("[data-similar-list]")).to_be_visible()
    mine.get_by_label("Details").fill("The buyer's procurement team sent a 200-line sheet today.")
    tags = mine.get_by_label("Tags")
    tags.click()
    tags.press_sequentially("procurement")
    expect(mine.get_by_role("option").first).to_contain_text("procurement")
    tags.press("ArrowDown")
    tags.press("Enter")
    mine.get_by_role("button", name="Post your question").click()
    mine.wait_for_selector(f"h1:has-text('{title[:40]}')")

    expect(theirs.locator(".toast").first).to_have_text(
        re.compile(r"A question you can answer: “Procurement wants a security questionnaire"))
    expect(count).to_have_text(str(before + 1))
    assert theirs.evaluate("window.stillTheSamePage === true")  # no reload

    theirs.locator(".my-notifications").click()
    theirs.get_by_role("link", name=re.compile("A question you can answer")).first.click()
    theirs.wait_for_selector(f"h1:has-text('{title[:40]}')")
    expect(count).to_have_text(str(before))
    assert errors == []
    mine.context.close()
    theirs.context.close()
