"""Two people in two browsers chat live: a channel (typing, messages both ways, an edit, making a
message and its answer a question, who is online, an @mention highlighted for the one mentioned,
the header's unread count on another page) and a direct message opened from a profile, where
the other person is seen going away."""

import re

import pytest
from playwright.sync_api import expect

from app.demo import data
from tests.e2e.test_qa import log_in

pytestmark = pytest.mark.e2e


def _page(browser, live_server, person):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("response", lambda r: page.errors.append(f"{r.status} {r.url}")
            if r.status >= 400 else None)
    log_in(page, live_server.url, person)
    expect(page.locator("body")).to_have_attribute("data-live", "connected")
    return page


def _send(page, text: str, box: str = "#chat-body") -> None:
    page.locator(box).fill(text)
    page.locator(box).press("Enter")


def test_two_people_chat_live_in_a_channel_and_a_dm(browser, live_server):
    sofia, jonah = data.PEOPLE[2], data.PEOPLE[3]
    url = live_server.url
    mine = _page(browser, live_server, sofia)
    mine.goto(f"{url}/chat/new")
    mine.get_by_label("Name").fill("e2e-pricing")
    mine.get_by_label("Topic").fill("Live test")
    mine.get_by_role("button", name="Create the channel").click()
    expect(mine.locator("h1")).to_contain_text("#e2e-pricing")

    theirs = _page(browser, live_server, jonah)
    theirs.goto(f"{url}/chat/browse")
    item = theirs.locator(".chat-directory li", has_text="#e2e-pricing")
    item.get_by_role("button", name="Join").click()
    expect(theirs.locator("h1")).to_contain_text("#e2e-pricing")
    expect(theirs.locator("[data-chat-composer] textarea")).to_be_visible()
    expect(theirs.locator("body")).to_have_attribute("data-live", "connected")

    # Typing, then the message, arrive on the other page without a reload.
    mine.locator("#chat-body").press_sequentially("Can we")
    expect(theirs.locator("[data-chat-typing]")).to_have_text("Sofia Marquez is typing…")
    _send(mine, "Can we offer **net 60** to Acme?")
    message = theirs.locator(".chat-message", has_text="net 60")
    expect(message.locator(".chat-body strong")).to_have_text("net 60")
    expect(theirs.locator("[data-chat-typing]")).to_have_text("")
    _send(theirs, "Yes, with a 2-year term.")
    expect(mine.locator(".chat-message", has_text="2-year term")).to_be_visible()

    # An edit shows everywhere.
    own = mine.locator(".chat-message", has_text="net 60")
    own.get_by_role("button", name="Edit").click()
    own.get_by_label("Edit the message").fill("Can we offer **net 45** to Acme?")
    own.get_by_role("button", name="Save").click()
    expect(theirs.locator(".chat-message", has_text="net 45")).to_contain_text("(edited)")
    channel_url = mine.url

    # Sofia makes her message a question, with Jonah's reply as its answer; his chat shows it.
    edited = mine.locator(".chat-message", has_text="net 45")
    edited.get_by_role("link", name="Make this a question").click()
    expect(mine.locator("[data-similar-list]")).to_be_visible()  # asked before, in the demo
    mine.get_by_label("Title").fill("Can we offer net 45 payment terms to Acme on 3 years?")
    tags = mine.get_by_label("Tags")
    tags.click()
    tags.press_sequentially("pricing-guide")
    expect(mine.get_by_role("option").first).to_contain_text("pricing-guide")
    tags.press("ArrowDown")
    tags.press("Enter")
    mine.get_by_label(re.compile("2-year term")).check()
    mine.get_by_role("button", name="Create the question").click()
    mine.wait_for_selector("h1:has-text('Can we offer net 45 payment terms')")
    expect(mine.locator(".post-body", has_text="2-year term")).to_be_visible()
    promoted = theirs.locator(".chat-message", has_text="net 45")
    expect(promoted.get_by_role("link", name="In Q&A →")).to_be_visible()
    mine.goto(channel_url)

    # Jonah is online on her page; her @mention of him stands out on his page, not on hers.
    members = mine.locator(".chat-people")
    members.locator("summary").click()
    expect(members.locator("li", has_text=jonah["name"]).locator(".presence")).to_have_text(
        "online")
    expect(members.locator("li", has_text=jonah["name"]).locator(".presence")).to_have_class(
        re.compile("is-online"))
    _send(mine, "@jonah.whitfield can you confirm the term with legal?")
    mention = theirs.locator(".chat-message", has_text="confirm the term")
    expect(mention).to_have_class(re.compile("mentions-me"))
    expect(mention.locator(".chat-mentions-me")).to_have_text(" · mentions you")
    expect(mention.locator("a.mention.is-me")).to_have_text("@jonah.whitfield")
    own_mention = mine.locator(".chat-message", has_text="confirm the term")
    expect(own_mention.locator("a.mention")).to_be_visible()
    expect(own_mention).not_to_have_class(re.compile("mentions-me"))
    expect(theirs.locator(".chat-message.mentions-me")).to_have_count(1)

    # On another page, the header counts what arrives (the demo left some unread already).
    theirs.goto(f"{url}/questions")
    total = theirs.locator("[data-chat-unread-total]")
    before = int(total.text_content())
    _send(mine, "Thanks, drafting the quote now.")
    expect(total).to_have_text(str(before + 1))

    # A DM opened from the profile: counted, then read when opened.
    mine.goto(f"{url}/people/")
    mine.get_by_role("link", name=jonah["name"]).first.click()
    mine.get_by_role("button", name="Message").click()
    expect(mine.locator("h1")).to_contain_text(jonah["name"])
    _send(mine, "Quick one: is Acme on the new price book?")
    expect(total).to_have_text(str(before + 2))
    # The channel directory has the sidebar and opens no channel: the header's Chat link opens
    # the latest one, which marks it read meanwhile and would move the count under the test.
    theirs.goto(f"{url}/chat/browse")
    dm = theirs.locator("[data-chat-sidebar]").get_by_role("link", name=re.compile(sofia["name"]))
    waiting = int(dm.locator("[data-chat-unread]").text_content())
    assert waiting >= 1
    shown = int(total.text_content())
    dm.click()
    expect(theirs.locator(".chat-message", has_text="new price book")).to_be_visible()
    expect(theirs.locator("[data-chat-unread-total]")).to_have_text(str(shown - waiting))

    # She sees him online in the DM, then away once his last page is closed (after the grace
    # period that covers moving from one page to the next).
    status = mine.locator("[data-chat-topic] [data-presence]")
    expect(status).to_have_text("online")
    assert mine.errors == [] and theirs.errors == []
    theirs.context.close()
    expect(status).to_have_text("away", timeout=20_000)
    expect(status).not_to_have_class(re.compile("is-online"))
    assert mine.errors == []
    mine.context.close()
