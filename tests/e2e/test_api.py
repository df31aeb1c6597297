"""A person makes an API token from their profile (the secret shown once), uses it from a
script, and reads the API's docs page, rendered by the vendored Swagger UI under the app's
Content-Security-Policy without a single console error."""

import re

import pytest
import requests
from playwright.sync_api import expect

from app.demo import data
from tests.e2e.test_qa import log_in

pytestmark = pytest.mark.e2e


def test_a_token_from_the_profile_works_and_the_docs_render(browser, live_server):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    person = data.PEOPLE[2]
    log_in(page, live_server.url, person)
    page.locator(".site-header summary").last.click()  # the user menu
    page.get_by_role("link", name="Your profile").click()
    expect(page.locator("h1")).to_contain_text(person["name"])
    page.get_by_role("button", name="API tokens").click()  # a link styled as one
    page.get_by_label("Name").fill("CRM sync")
    page.get_by_label("Your password").fill(data.DEMO_PASSWORD)
    page.get_by_role("button", name="Make the token").click()
    secret = page.locator("[data-token-secret]").text_content()
    assert re.fullmatch(r"fw_[\w-]{40,}", secret)

    me = requests.get(f"{live_server.url}/api/v1/me", timeout=10,
                      headers={"Authorization": f"Bearer {secret}"})
    assert me.status_code == 200 and me.json()["name"] == person["name"]
    page.goto(f"{live_server.url}/people/me/tokens/")  # not shown again; the use is
    expect(page.locator("[data-token-secret]")).to_have_count(0)
    expect(page.locator("tr", has_text="CRM sync")).to_contain_text("just now")

    page.get_by_role("link", name="Fieldwise API").click()
    expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
    expect(page.locator(".opblock-summary-path", has_text="/api/v1/questions").first) \
        .to_be_visible()
    assert errors == []
    page.context.close()
