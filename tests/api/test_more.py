"""Wiki, people, chat, notifications and the leaderboard through the API: what the caller may
see and nothing more (another person's DM, a private channel, a deleted page, someone else's
notification are "not found"), through the same services as the pages."""

from __future__ import annotations

import pytest

from app.auth.models import Role, User
from app.chat import services as chat
from app.chat.models import Message
from app.extensions import db
from app.wiki import services as wiki
from tests.conftest import bearer, row_count

QUESTION = {"title": "How do I price a three-year renewal for Acme?",
            "body": "The customer wants a multi-year discount on the renewal.", "tags": ["pricing"]}


@pytest.fixture
def world(app, make_user, vocab, token_for):
    """Sam and Val; a public channel, Val's private one, Val's DM with Max; a live page and a
    deleted one."""
    sam, val = make_user(name="Sam Rep"), make_user(name="Val Rep", email="val@example.com")
    maxi = make_user(name="Max Rep", email="max@example.com")
    boss = make_user(name="Boss Rep", email="boss@example.com", role=Role.MANAGER)
    with app.app_context():
        people = {u.id: db.session.get(User, u.id) for u in (sam, val, maxi, boss)}
        public = chat.create_channel(people[val.id], "deal-desk", "public")
        chat.post(people[val.id], public, "Anyone priced a three-year renewal?")
        private = chat.create_channel(people[val.id], "leadership", "private")
        chat.post(people[val.id], private, "Quota talk, members only.")
        direct = chat.open_direct(people[val.id], [people[maxi.id]])
        chat.post(people[val.id], direct, "Just between us two.")
        live = wiki.create_page(people[val.id], "Renewal pricing guide",
                                "Start from the current price and the term.", "")
        gone = wiki.create_page(people[val.id], "Old discount rules",
                                "These rules are out of date now.", "")
        wiki.delete_page(people[boss.id], gone)
        db.session.commit()
        ids = {"public": public.id, "private": private.id, "direct": direct.id,
               "live": live.id, "gone": gone.id}
    return {"sam": bearer(token_for(sam)), "val": bearer(token_for(val)), "sam_id": sam.id,
            **ids}


def test_chat_shows_public_and_own_channels_only(app, world):
    api = app.test_client()
    seen = {c["id"] for c in api.get("/api/v1/channels", headers=world["sam"]).json}
    assert seen == {world["public"]}
    assert {c["id"] for c in api.get("/api/v1/channels", headers=world["val"]).json} == {
        world["public"], world["private"], world["direct"]}
    history = api.get(f"/api/v1/channels/{world['public']}/messages", headers=world["sam"])
    assert history.json["items"][0]["body"] == "Anyone priced a three-year renewal?"
    for channel in ("private", "direct"):
        for method, body in (("get", None), ("post", {"body": "Let me in"})):
            response = getattr(api, method)(f"/api/v1/channels/{world[channel]}/messages",
                                            json=body, headers=world["sam"])
            assert response.status_code == 404, (channel, method)
            assert "not a member" in response.json["error"]["message"]
    # A public channel is readable, but you write only once you have joined it.
    refused = api.post(f"/api/v1/channels/{world['public']}/messages",
                       json={"body": "Hello"}, headers=world["sam"])
    assert refused.status_code == 403
    for bad in ({"body": ""}, {"body": "x" * 20_001}, {"body": 5}, {"text": "hi"},
                {"body": "hi", "parent_id": "1"}, {"body": "hi", "parent_id": 10**12}):
        response = api.post(f"/api/v1/channels/{world['public']}/messages", json=bad,
                            headers=world["val"])
        assert response.status_code == 422, bad
    sent = api.post(f"/api/v1/channels/{world['public']}/messages", headers=world["val"],
                    json={"body": "Yes: **net 45** and a price hold."})
    assert sent.status_code == 201 and "<strong>net 45</strong>" in sent.json["html"]
    assert row_count(app, Message) == 4
    assert api.get(f"/api/v1/channels/{world['public']}/messages?limit=1000",
                   headers=world["val"]).status_code == 422


def test_wiki_pages_and_revisions_without_deleted_ones(app, world):
    api = app.test_client()
    listed = api.get("/api/v1/wiki/pages", headers=world["sam"]).json["items"]
    assert [p["id"] for p in listed] == [world["live"]]
    page = api.get(f"/api/v1/wiki/pages/{world['live']}", headers=world["sam"]).json
    assert page["title"] == "Renewal pricing guide" and page["url"].startswith("/wiki/")
    revisions = api.get(f"/api/v1/wiki/pages/{world['live']}/revisions",
                        headers=world["sam"]).json["items"]
    assert [r["number"] for r in revisions] == [1]
    assert api.get(f"/api/v1/wiki/pages/{world['gone']}", headers=world["sam"]).status_code \
        == 404


def test_wiki_pages_are_written_and_an_edit_conflict_never_overwrites(app, world):
    api = app.test_client()
    made = api.post("/api/v1/wiki/pages", headers=world["sam"], json={
        "title": "Multi-year ramp deals", "body": "How ramped deals get approved.",
        "tags": ["pricing"]})
    assert made.status_code == 201 and made.json["revision"] == 1
    page = made.json["id"]
    first = api.put(f"/api/v1/wiki/pages/{page}", headers=world["sam"], json={
        "body": "Deal desk first, then finance.", "base_revision": 1, "summary": "Steps"})
    assert first.status_code == 200 and first.json["revision"] == 2
    stale = api.put(f"/api/v1/wiki/pages/{page}", headers=world["val"], json={
        "body": "Finance first.", "base_revision": 1})
    assert stale.status_code == 409 and stale.json["error"]["code"] == 409
    for bad in ({"body": "No base revision."}, {"body": "x", "base_revision": "2"},
                {"body": "Fine.", "base_revision": 2, "owner": 1}):
        assert api.put(f"/api/v1/wiki/pages/{page}", headers=world["val"],
                       json=bad).status_code == 422, bad
    assert api.put(f"/api/v1/wiki/pages/{world['gone']}", headers=world["sam"], json={
        "body": "Bring it back.", "base_revision": 1}).status_code == 404
    current = api.get(f"/api/v1/wiki/pages/{page}", headers=world["val"]).json
    assert current["body"] == "Deal desk first, then finance." and current["revision"] == 2
    duplicate = api.post("/api/v1/wiki/pages", headers=world["val"], json={
        "title": "Multi-year ramp deals", "body": "Another page of that title."})
    assert duplicate.status_code in (409, 422)


def test_notifications_are_the_caller_s_own(app, world):
    api = app.test_client()
    # Val answering Sam's question tells Sam.
    qid = api.post("/api/v1/questions", json=QUESTION, headers=world["sam"]).json["id"]
    api.post(f"/api/v1/questions/{qid}/answers", headers=world["val"],
             json={"body": "Anchor on value first, then trade term for a price hold."})
    mine = api.get("/api/v1/notifications", headers=world["sam"]).json["items"]
    assert [n["kind"] for n in mine] == ["answer"] and mine[0]["read"] is False
    assert "answer" not in {n["kind"] for n in api.get(
        "/api/v1/notifications", headers=world["val"]).json["items"]}
    theirs = api.post(f"/api/v1/notifications/{mine[0]['id']}/read", headers=world["val"])
    assert theirs.status_code == 404
    done = api.post(f"/api/v1/notifications/{mine[0]['id']}/read", headers=world["sam"])
    assert done.status_code == 200 and done.json["read"] is True


def test_people_and_the_leaderboard(app, world):
    api = app.test_client()
    person = api.get(f"/api/v1/people/{world['sam_id']}", headers=world["val"]).json
    assert person["name"] == "Sam Rep" and person["url"] == f"/people/{world['sam_id']}"
    assert api.get("/api/v1/people/999999", headers=world["val"]).status_code == 404
    board = api.get("/api/v1/leaderboard?period=all&limit=2", headers=world["val"])
    assert board.status_code == 200 and len(board.json) <= 2
    for bad in ("period=decade", "limit=0", "limit=1000", "colour=red"):
        assert api.get(f"/api/v1/leaderboard?{bad}", headers=world["val"]).status_code == 422
