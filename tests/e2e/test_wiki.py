"""A new hire follows the onboarding path on a phone and rates a page; a manager sees who is
where, re-verifies a stale page in one click, and meets an edit conflict that loses nothing."""

import re

import pytest
from playwright.sync_api import expect

from app.demo import data, wiki_data
from tests.e2e.test_qa import NO_SIDEWAYS_SCROLL, log_in

pytestmark = pytest.mark.e2e

ONBOARDING = next(p for p in wiki_data.PATHS if p["title"].startswith("New hire"))
NEW_HIRE = next(p for p in data.PEOPLE
                if p["email"].split("@")[0] not in ONBOARDING["progress"] and p["role"] == "member")
STEPS = len(ONBOARDING["items"])
STALE = next(p for p in wiki_data.PAGES if p["verified_days_ago"] > p["review_days"])


def test_new_hire_follows_the_onboarding_path(browser, phone, live_server):
    log_in(phone, live_server.url, NEW_HIRE)
    phone.goto(f"{live_server.url}/wiki")
    phone.get_by_role("link", name="Learning paths").click()
    phone.get_by_role("link", name=ONBOARDING["title"]).click()
    phone.get_by_role("button", name="Start this path").click()
    expect(phone.get_by_text(f"Your progress: 0 of {STEPS} done")).to_be_visible()
    for step in ONBOARDING["items"][:2]:
        name = step.get("page") or step["question"]
        phone.get_by_role("button", name=f"Mark as done: {name}", exact=True).click()
        expect(phone.get_by_role("button", name=f"Mark as not done: {name}")).to_be_visible()
    expect(phone.get_by_text(f"Your progress: 2 of {STEPS} done")).to_be_visible()
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
    # Read the first page of the path and say it helped.
    first_page = ONBOARDING["items"][0]["page"]
    phone.get_by_role("link", name=first_page, exact=True).first.click()
    expect(phone.get_by_role("heading", level=1)).to_have_text(first_page)
    phone.get_by_label("Yes").check()
    phone.get_by_label("What would make it better?").fill("Add who to ask about expenses.")
    phone.get_by_role("button", name="Send feedback").click()
    expect(phone.get_by_role("button", name="Update my feedback")).to_be_visible()
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
    assert phone.errors == []

    desk = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    log_in(desk, live_server.url, data.PEOPLE[0])  # the enablement director (admin)
    desk.goto(f"{live_server.url}/wiki/paths")
    desk.get_by_role("link", name=ONBOARDING["title"]).click()
    desk.get_by_role("button", name="Everyone's progress").click()
    row = desk.get_by_role("row").filter(has_text=NEW_HIRE["name"])
    expect(row).to_contain_text(f"2 of {STEPS}")
    desk.context.close()


def test_manager_reverifies_a_stale_page_and_meets_an_edit_conflict(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    desk = context.new_page()
    errors = []
    desk.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(desk, live_server.url, data.PEOPLE[0])
    desk.goto(f"{live_server.url}/wiki/stale")
    desk.get_by_role("link", name=STALE["title"]).click()
    expect(desk.get_by_text("Past its review date")).to_be_visible()
    desk.get_by_role("button", name="Re-verify now").click()
    expect(desk.get_by_text("Verified: ")).to_be_visible()
    expect(desk.locator(".freshness")).to_contain_text(re.compile(r"Verified by\s+\w*Maya Patel"))
    # Two tabs edit the same page: the later save is shown the conflict, and keeps its text.
    page_url = desk.url
    desk.get_by_role("button", name="Edit").click()
    other = context.new_page()
    other.goto(re.sub(r"$", "/edit", page_url))
    other.get_by_label("Text").fill(other.get_by_label("Text").input_value() + "\n\nFirst tab.")
    other.get_by_role("button", name="Save").click()
    expect(other.get_by_text("Saved.")).to_be_visible()
    mine = desk.get_by_label("Text").input_value() + "\n\nSecond tab."
    desk.get_by_label("Text").fill(mine)
    desk.get_by_role("button", name="Save").click()
    expect(desk.get_by_role("heading", name="Someone else changed this page")).to_be_visible()
    assert desk.get_by_label("Text").input_value() == mine
    expect(desk.locator(".diff-added").filter(has_text="Second tab.")).to_be_visible()
    expect(desk.locator(".diff-removed").filter(has_text="First tab.")).to_be_visible()
    desk.get_by_role("button", name="Save").click()  # decided: save on top of theirs
    expect(desk.get_by_text("Saved.")).to_be_visible()
    # The only console line is the browser noting the conflict's status (409), as it should.
    assert [e for e in errors if "409 (CONFLICT)" not in e] == []
    context.close()
