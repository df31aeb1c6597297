"""Sessions you can trust, in a real Chromium against the real server (issue 28): log in with
"Keep me signed in", log out, and a browser reopened with the same cookie jar is signed out;
a cookie jar copied before the log-out is refused after it. And an invitation, from the admin's
page to the invited person's first page, through the mail in the server's outbox."""

from __future__ import annotations

import email
import email.policy
import re
import time

from playwright.sync_api import expect

from app.demo import data

MAYA, SOFIA = data.PEOPLE[0], data.PEOPLE[2]  # an admin, a member


def _log_in(page, url: str, person: dict, keep: bool = False) -> None:
    page.goto(f"{url}/auth/login")
    page.get_by_label("E-mail").fill(person["email"])
    page.get_by_label("Password").fill(data.DEMO_PASSWORD)
    if keep:
        page.get_by_label("Keep me signed in on this device").check()
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{url}/")


def _reopened(browser, state: dict, url: str):
    """A browser started again on this cookie jar: the cookies that last only while it is
    open (the session cookie) are gone, the lasting ones (the remember cookie) are not."""
    lasting = {**state, "cookies": [c for c in state["cookies"] if c["expires"] != -1]}
    context = browser.new_context(storage_state=lasting)
    return context, context.new_page()


def _signed_in(page, url: str) -> bool:
    page.goto(f"{url}/")
    return "/auth/login" not in page.url


def test_log_out_means_logged_out_even_with_keep_me_signed_in(browser, live_server):
    url = live_server.url
    context = browser.new_context()
    page = context.new_page()
    _log_in(page, url, SOFIA, keep=True)
    before = context.storage_state()
    assert {c["name"] for c in before["cookies"]} >= {"fieldwise_session", "fieldwise_remember"}
    reopened, again = _reopened(browser, before, url)
    assert _signed_in(again, url)  # "Keep me signed in" does keep one signed in...
    reopened.close()

    page.locator(".site-header summary").last.click()  # the user menu
    page.get_by_role("button", name="Log out").click()
    expect(page.locator("[data-done]")).to_have_text("You are logged out.")
    after = context.storage_state()
    assert "fieldwise_remember" not in {c["name"] for c in after["cookies"]}
    reopened, again = _reopened(browser, after, url)
    assert not _signed_in(again, url)  # ...until one logs out
    reopened.close()

    # A thief's copy of the cookie jar, taken before the log-out, is worth nothing after it:
    # neither the session cookie nor the remember cookie.
    for kept in (None, "fieldwise_session", "fieldwise_remember"):
        jar = {**before, "cookies": [c for c in before["cookies"]
                                     if kept is None or c["name"] == kept]}
        thief = browser.new_context(storage_state=jar)
        assert not _signed_in(thief.new_page(), url)
        thief.close()
    context.close()


def test_ending_a_session_from_the_account_page_signs_that_browser_out(browser, live_server):
    url = live_server.url
    laptop_context, phone_context = browser.new_context(), browser.new_context()
    laptop, phone = laptop_context.new_page(), phone_context.new_page()
    _log_in(phone, url, SOFIA)
    _log_in(laptop, url, SOFIA, keep=True)
    laptop.goto(f"{url}/auth/account")
    rows = laptop.locator("[data-session]")
    other = rows.filter(has_not=laptop.locator("[data-this-session]")).first
    laptop.once("dialog", lambda dialog: dialog.accept())
    other.get_by_role("button", name="End this one").click()
    laptop.wait_for_url(f"{url}/auth/account")
    assert not _signed_in(phone, url)
    assert _signed_in(laptop, url)
    laptop_context.close()
    phone_context.close()


def _mail_to(outbox, address: str, timeout: float = 10) -> email.message.EmailMessage:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in sorted(outbox.glob("*.eml")):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if address in str(message["To"]):
                return message
        time.sleep(0.1)
    raise AssertionError(f"no mail to {address} in {outbox}")


def test_an_invited_colleague_joins_from_the_mail(browser, live_server):
    url, address = live_server.url, "nia.new@northwind.example"
    admin_context = browser.new_context()
    admin = admin_context.new_page()
    _log_in(admin, url, MAYA)
    admin.locator(".site-header summary").last.click()
    admin.get_by_role("link", name="Administration").click()
    admin.get_by_role("link", name="Invitations").click()
    admin.get_by_label("E-mail address").fill(address)
    admin.get_by_label("Role").select_option("member")
    admin.get_by_role("button", name="Send the invitation").click()
    expect(admin.locator(".flash")).to_contain_text(f"on its way to {address}")

    mail = _mail_to(live_server.log.parent / "outbox", address)
    link = re.search(r"http://\S+/auth/invitations/\S+", mail.get_content()).group(0)
    invited_context = browser.new_context()
    invited = invited_context.new_page()
    invited.goto(link.replace("http://127.0.0.1:5000", url))
    expect(invited.locator("hgroup p")).to_have_text(address)
    invited.get_by_label("Full name").fill("Nia New")
    invited.get_by_label("Password", exact=True).fill("lantern orchard breeze")
    invited.get_by_label("Repeat the password").fill("lantern orchard breeze")
    invited.get_by_role("button", name="Create my account").click()
    invited.wait_for_url(f"{url}/")
    expect(invited.locator(".flash")).to_contain_text("Welcome to Fieldwise, Nia New.")

    admin.goto(f"{url}/admin/audit?kind=registered")
    expect(admin.locator("[data-audit-event]").first).to_contain_text(address)
    admin_context.close()
    invited_context.close()
