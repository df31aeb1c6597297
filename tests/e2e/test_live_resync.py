"""A chat page open on one server process, its channel written to on another while their shared
Redis is down (issue 29): the page shows that live updates paused, and once Redis is back it
shows the messages it missed, each once and in order, with the header's unread count right,
without a reload."""

import pytest
from playwright.sync_api import expect

from app.demo import data
from tests.chat.test_two_processes import Inbox, _channel, _client, _form
from tests.e2e.test_qa import log_in
from tests.live_server import start_server_pair

pytestmark = pytest.mark.e2e
SOFIA, JONAH = data.PEOPLE[2], data.PEOPLE[3]


@pytest.fixture
def servers(live_workdir, redis_process):
    env = {"SOCKETIO_MESSAGE_QUEUE": redis_process.url, "RATELIMIT_STORAGE_URI": redis_process.url,
           "LOGIN_LIMIT_PER_ADDRESS": "1000 per minute", "MESSAGE_QUEUE_RETRY": "0.2"}
    first, second = start_server_pair(live_workdir("e2e-resync"), **env)
    yield first, second
    first.stop()
    second.stop()


def test_a_chat_page_shows_what_was_said_while_redis_was_down(browser, servers, redis_process):
    first, second = servers
    sofia = first.login(SOFIA["email"])
    channel = _channel(sofia, first, "e2e-resync", "public")
    other = _channel(sofia, first, "e2e-resync-other", "public")
    jonah = second.login(JONAH["email"])
    for joined in (channel, other):
        _form(jonah, second.url, "/chat/browse", f"/chat/{joined}/join", {})

    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    log_in(page, second.url, JONAH)
    page.goto(f"{second.url}/chat/{channel}")
    body = page.locator("body")
    expect(body).to_have_attribute("data-live", "connected")
    page.evaluate("window.notReloaded = true")
    total = page.locator("[data-chat-unread-total]")
    unread = int(total.text_content())  # his other channels' (the demo's)
    writer = _client(first, sofia, Inbox())
    try:
        writer.call("chat_send", {"channel_id": channel, "body": "Before the outage"},
                    timeout=10)
        expect(page.locator(".chat-message", has_text="Before the outage")).to_be_visible()

        redis_process.kill()
        expect(body).to_have_attribute("data-live", "paused")  # its process lost the queue
        for text in ("During one", "During two"):
            writer.call("chat_send", {"channel_id": channel, "body": text}, timeout=10)
        writer.call("chat_send", {"channel_id": other, "body": "Elsewhere"}, timeout=10)
        redis_process.start()

        expect(body).to_have_attribute("data-live", "connected", timeout=15_000)
        messages = page.locator(".chat-message .chat-body")
        expect(messages).to_have_text(["Before the outage", "During one", "During two"],
                                      timeout=10_000)
        # The other channel's message counts in the header, from /live.
        expect(total).to_have_text(str(unread + 1))
        assert page.evaluate("window.notReloaded") is True
        assert errors == []
    finally:
        writer.disconnect()
        page.context.close()
