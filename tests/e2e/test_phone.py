"""A rep on a phone: logs in from the keyboard, gets a live connection, finds people."""

import re

from app.demo import data

pytestmark = __import__("pytest").mark.e2e

NO_SIDEWAYS_SCROLL = "document.documentElement.scrollWidth <= window.innerWidth"


def tab_to(page, element_id: str, limit: int = 20) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
    raise AssertionError(f"#{element_id} cannot be reached with Tab")


def test_log_in_with_the_keyboard_on_a_phone(phone, live_server):
    person = data.PEOPLE[2]
    phone.goto(f"{live_server.url}/people/")
    assert phone.url.startswith(f"{live_server.url}/auth/login?next=")
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)

    tab_to(phone, "email")
    phone.keyboard.type(person["email"])
    tab_to(phone, "password")
    phone.keyboard.type(data.DEMO_PASSWORD)
    phone.keyboard.press("Enter")
    phone.wait_for_url(f"{live_server.url}/people/")
    assert phone.locator("h1").inner_text() == "People"
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)

    # the Socket.IO connection comes up through the CSP and the Origin check
    phone.wait_for_selector("body[data-live=connected]", timeout=10_000)

    # on a phone the sections live in the account menu, which opens from the keyboard
    assert not phone.locator(".sections").is_visible()
    phone.locator(".user-menu summary").focus()
    phone.keyboard.press("Enter")
    tags_link = phone.locator(".menu-sections a", has_text="Tags")
    assert tags_link.is_visible()
    tags_link.click()
    phone.wait_for_url(f"{live_server.url}/tags")
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
    assert phone.locator(".tag-card").count() == len(data.TAGS)
    assert phone.errors == []


def test_a_wrong_password_shows_a_clear_message(phone, live_server):
    phone.goto(f"{live_server.url}/auth/login")
    phone.get_by_label("E-mail").fill(data.PEOPLE[0]["email"])
    phone.get_by_label("Password").fill("not the password")
    phone.get_by_role("button", name="Log in").click()
    assert phone.get_by_role("alert").inner_text() == "Invalid e-mail address or password."
    assert re.search(r"/auth/login$", phone.url)
    assert phone.errors == ["Failed to load resource: the server responded with a status of 422 "
                            "(UNPROCESSABLE ENTITY)"]
