"""Browser tests: Playwright driving the system Chromium (/usr/bin/chromium, no download)."""

import os
from pathlib import Path

import pytest

from tests.conftest import service_missing
from tests.live_server import start_live_server

CHROMIUM = Path(os.environ.get("FIELDWISE_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        service_missing(f"no Chromium at {CHROMIUM}: browser tests not run")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def live_server(live_workdir):
    # Every browser test logs in from 127.0.0.1: more than the 10 logins a minute one address
    # is allowed in production.
    server = start_live_server(live_workdir("e2e"),
                               LOGIN_LIMIT_PER_ADDRESS="1000 per minute")
    yield server
    server.stop()


@pytest.fixture
def phone(browser):
    """A phone-sized page that records every console error and page error (CSP included)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()
