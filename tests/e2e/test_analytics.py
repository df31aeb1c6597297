"""A manager of the demo answers the dashboard's five questions on a laptop and on a phone:
where knowledge is missing, how fast the network answers, who carries the team, which content
is stale or unhelpful, and whether the new hires are onboarding."""

import csv
import io

import pytest
from playwright.sync_api import expect

from app.demo import data
from tests.e2e.test_phone import NO_SIDEWAYS_SCROLL
from tests.e2e.test_qa import log_in

pytestmark = pytest.mark.e2e

MANAGER = data.PEOPLE[1]  # Daniel Okafor, manager of Enterprise East


def watched(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def test_a_manager_reads_the_dashboard_on_a_laptop(browser, live_server):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, accept_downloads=True)
    page = context.new_page()
    errors = watched(page)
    log_in(page, live_server.url, MANAGER)
    page.locator(".user-menu summary").click()
    page.get_by_role("link", name="Enablement dashboard").click()
    page.wait_for_url(f"{live_server.url}/analytics")
    assert page.locator("h1").inner_text() == "Enablement dashboard"
    # their own team by default
    expect(page.get_by_label("Team", exact=True)).to_have_value("enterprise-east")
    for title in ("Knowledge gaps", "Responsiveness", "Contribution", "Content health",
                  "Onboarding"):
        expect(page.locator("section.analytics-section h2", has_text=title)).to_be_visible()

    # Where are we missing knowledge? The team's most repeated search that found nothing,
    # with who searched and what to do about it.
    gaps = page.locator("#gaps [data-table=failed-searches]")
    first = gaps.locator("tbody tr").first
    expect(first).to_contain_text("ASC 606 revenue recognition")
    expect(first).to_contain_text("Sofia Marquez")
    expect(page.locator("#gaps svg")).to_be_visible()
    # The new hire of the team who stopped two steps in
    onboarding = page.locator("#onboarding")
    expect(onboarding.locator("tbody tr", has_text="Andre Thompson")).to_contain_text("stuck")

    # Every table's CSV opens in a spreadsheet: a header, then the rows the page shows.
    with page.expect_download() as download:
        gaps.get_by_role("link", name="CSV").click()
    with open(download.value.path(), encoding="utf-8") as downloaded:
        rows = list(csv.reader(io.StringIO(downloaded.read())))
    assert rows[0][:3] == ["Searched for", "Searches", "Found nothing"]
    assert any(row[0].lower().startswith("asc 606 revenue recognition") for row in rows[1:])

    # Widen to everyone: the stale pages and the unhappy comments of the whole company.
    page.get_by_label("Team", exact=True).select_option("all")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**/analytics?*team=all*")
    page.locator("#content h2 a").click()
    page.wait_for_url("**/analytics/content?*")
    unhelpful = page.locator("[data-table=least-helpful] tbody tr")
    expect(unhelpful.first).to_be_visible()
    stale = page.locator("[data-table=stale-pages] tbody tr").first
    owner = stale.locator("td").nth(1).inner_text()
    stale.get_by_role("button", name="Remind the owner").click()
    expect(page.locator(".flash")).to_contain_text(f"{owner} is reminded to review")

    # Responsiveness: the figures and the chart for a chosen period
    page.goto(f"{live_server.url}/analytics/responsiveness?team=all&period=365")
    expect(page.locator(".analytics-figures")).to_contain_text("Median time to a first answer")
    expect(page.locator("[data-table=by-tag] tbody tr").first).to_be_visible()
    assert errors == []
    context.close()


def test_a_manager_reads_the_dashboard_on_a_phone(phone, live_server):
    log_in(phone, live_server.url, MANAGER)
    for path in ("/analytics?team=all", "/analytics/gaps?team=all",
                 "/analytics/onboarding?team=all"):
        phone.goto(live_server.url + path)
        expect(phone.locator(".analytics-figures").first).to_be_visible()
        expect(phone.locator("figure.chart svg").first).to_be_visible()
        assert phone.evaluate(NO_SIDEWAYS_SCROLL), path
        # Every chart fits the screen, drawn at its own size or shrunk a little, never to a
        # thumbnail: its 11-pixel labels stay readable.
        for natural, shown in phone.evaluate(
                "[...document.querySelectorAll('figure.chart svg')].map(svg => "
                "[Number(svg.getAttribute('width')), svg.getBoundingClientRect().width])"):
            assert shown <= 390 and shown >= min(natural, 300), (path, natural, shown)
    assert phone.errors == []


def test_a_member_is_refused(phone, live_server):
    log_in(phone, live_server.url, data.PEOPLE[2])
    response = phone.goto(f"{live_server.url}/analytics")
    assert response.status == 403
