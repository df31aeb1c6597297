"""The issue's "done when", as an integration would do it: a script with tokens, against the
real server (`python wsgi.py` over the demo organisation), imports an FAQ, asks, answers,
accepts, searches and finds the answer, and reads the points earned; every bad request gets a
clear 4xx in the one error shape."""

from __future__ import annotations

import re
import time

import pytest
import requests

from app.demo import data
from tests.live_server import start_live_server

DANIEL, SOFIA, JONAH = data.PEOPLE[1], data.PEOPLE[2], data.PEOPLE[3]  # a manager, two reps


@pytest.fixture(scope="module")
def server(live_workdir):
    live = start_live_server(live_workdir("api-script"),
                             LOGIN_LIMIT_PER_ADDRESS="1000 per minute")
    yield live
    live.stop()


def _token(server, person) -> dict:
    """A token made the way a person makes one: on their tokens page."""
    browser = server.login(person["email"])
    page = browser.get(f"{server.url}/people/me/tokens/", timeout=10).text
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    made = browser.post(f"{server.url}/people/me/tokens/", timeout=10,
                        data={"csrf_token": csrf, "name": "script", "expires": "30",
                              "password": data.DEMO_PASSWORD})
    secret = re.search(r"<code data-token-secret>(fw_[^<]+)</code>", made.text).group(1)
    return {"Authorization": f"Bearer {secret}"}


def test_a_script_imports_asks_answers_accepts_finds_and_reads_points(server):
    api = f"{server.url}/api/v1"
    manager, asker, expert = _token(server, DANIEL), _token(server, SOFIA), _token(server, JONAH)
    faq = {"questions": [{
        "title": "What is the approval path for a multi-year ramp deal?",
        "body": "Imported from last year's FAQ: how ramped multi-year deals get approved.",
        "tags": ["pricing-guide"],
        "answers": [{"body": "Deal desk first, then finance for anything over 20% ramp.",
                     "author": JONAH["email"], "accepted": True}]}]}
    imported = requests.post(f"{api}/import/qa", json=faq, headers=manager, timeout=30)
    assert imported.status_code == 201, imported.text
    assert len(imported.json()["questions"]) == 1 and imported.json()["accepted"] == 1
    again = requests.post(f"{api}/import/qa", json=faq, headers=manager, timeout=30).json()
    assert again["questions"] == [] and len(again["skipped"]) == 1

    asked = requests.post(f"{api}/questions", headers=asker, timeout=10, json={
        "title": "Can a zebra-striped pilot convert into an annual contract?",
        "body": "A prospect wants a zebra-striped pilot that converts automatically.",
        "tags": ["pricing-guide"]})
    assert asked.status_code == 201, asked.text
    qid = asked.json()["id"]
    answered = requests.post(f"{api}/questions/{qid}/answers", headers=expert, timeout=10,
                             json={"body": "Yes: write the conversion date and price into "
                                           "the pilot order form."})
    assert answered.status_code == 201
    aid = answered.json()["id"]
    accepted = requests.post(f"{api}/answers/{aid}/accept", headers=asker, timeout=10)
    assert accepted.status_code == 200 and accepted.json()["accepted"] is True

    # The indexing thread indexes after the commit: the search finds it within seconds, and
    # first, although other questions are about pilots too.
    found = []
    for _ in range(50):
        found = requests.get(f"{api}/search", params={"q": "zebra-striped pilot"},
                             headers=expert, timeout=10).json()["hits"]
        if any(hit["url"].startswith(f"/questions/{qid}/") for hit in found):
            break
        time.sleep(0.2)
    assert found and found[0]["url"].startswith(f"/questions/{qid}/")

    me = requests.get(f"{api}/me", headers=expert, timeout=10).json()
    history = requests.get(f"{api}/people/{me['id']}/points", headers=expert, timeout=10).json()
    earned = [e for e in history["items"] if e["subject_id"] == aid]
    assert [e["rule"] for e in earned] == ["answer-accepted"] and earned[0]["points"] > 0

    # And every bad request is a clear 4xx in the one shape.
    bad = [
        ("get", f"{api}/me", None, {}, 401),
        ("get", f"{api}/me", None, {"Authorization": "Bearer fw_revoked-or-made-up"}, 401),
        ("post", f"{api}/answers/{aid}/accept", None, expert, 403),
        ("post", f"{api}/import/qa", faq, asker, 403),
        ("get", f"{api}/questions/999999", None, asker, 404),
        ("post", f"{api}/questions", {"title": 5}, asker, 422),
        ("post", f"{api}/questions", {"title": "x" * 5000, "body": "b", "tags": []}, asker, 422),
        ("post", f"{api}/questions/{qid}/answers", {"body": "Fine", "extra": 1}, expert, 422),
        ("get", f"{api}/questions?limit=1000000", None, asker, 422),
        ("post", f"{api}/import/qa", {"questions": [{"title": "Only a title here"}]}, manager,
         422),
        ("post", f"{api}/answers/{aid}/accept", None, asker, 409),  # accepted already
    ]
    for method, url, body, headers, status in bad:
        response = getattr(requests, method)(url, json=body, headers=headers, timeout=10)
        assert response.status_code == status, (method, url, response.text)
        assert set(response.json()["error"]) == {"code", "message", "fields"}
