"""Curating the tag vocabulary: managers edit tags, categories and synonyms; members propose."""

import pytest
import sqlalchemy as sa

from app.auth.models import Role
from app.extensions import db
from app.qa.models import Question, Tag, TagCategory, TagRequest, TagSynonym
from tests.conftest import fetch, log_in, row_count, send


@pytest.fixture
def manager(app, make_user):
    return make_user(role=Role.MANAGER)


@pytest.fixture
def member(app, make_user):
    return make_user()


def synonyms_of(app, name):
    with app.app_context():
        tag = db.session.scalar(sa.select(Tag).where(Tag.name == name))
        return sorted(s.name for s in tag.synonyms)


def test_manager_creates_a_tag_members_can_use_it(app, client, manager, member, vocab, qa):
    log_in(client, manager.email)
    response = send(client, "/tags/new", {"name": "compelling-event", "category": "topic",
                                          "description": "A dated reason the buyer must act."})
    assert response.status_code == 302 and response.location == "/tags/compelling-event"
    qa.ask(member, tags="compelling-event")
    assert "A dated reason the buyer must act." in client.get("/tags").get_data(as_text=True)


@pytest.mark.parametrize(("fields", "message"), [
    ({"name": ""}, "Give the tag a name"),
    ({"name": "Has Spaces"}, "without spaces"),
    ({"name": "x" * 41}, "at most 40"),
    ({"name": "<script>"}, "lower-case letters"),
    ({"name": "pricing"}, "already a tag"),
    ({"name": "pulse"}, "already a synonym of “signal-forecast”"),
    ({"name": "new"}, "reserved"),
    ({"description": "  "}, "Say what the tag means"),
    ({"description": "d" * 501}, "At most 500"),
])
def test_bad_tags_are_refused(app, client, manager, vocab, fields, message):
    log_in(client, manager.email)
    before = row_count(app, Tag)
    data = {"name": "compelling-event", "category": "topic", "description": "Meaning.", **fields}
    response = send(client, "/tags/new", data)
    assert response.status_code in (409, 422) and message in response.get_data(as_text=True)
    assert row_count(app, Tag) == before


def test_unknown_category_is_refused(app, client, manager, vocab):
    log_in(client, manager.email)
    response = send(client, "/tags/new", {"name": "x-y", "category": "nope",
                                          "description": "Meaning."})
    assert response.status_code == 422 and row_count(app, Tag) == len(vocab)


def test_members_cannot_curate(app, client, member, vocab):
    log_in(client, member.email)
    assert client.get("/tags/new").location == "/tags/propose"
    assert send(client, "/tags/new", {"name": "x-y", "category": "topic",
                                      "description": "Meaning."}).status_code == 302
    assert client.get("/tags/pricing/edit").status_code == 403
    assert send(client, "/tags/pricing/edit", {"name": "price", "category": "topic",
                                               "description": "Changed."}).status_code == 403
    assert send(client, "/tags/pricing/synonyms", {"name": "cost"}).status_code == 403
    assert client.get("/tags/categories/new").status_code == 403
    assert client.get("/tags/requests").status_code == 403
    assert row_count(app, Tag) == len(vocab) and synonyms_of(app, "pricing") == []


def test_renaming_keeps_the_old_name_as_a_synonym(app, client, manager, member, vocab, qa):
    log_in(client, manager.email)
    response = send(client, "/tags/signal-forecast/edit", {
        "name": "signal-forecasting", "category": "product", "description": "Renamed."})
    assert response.status_code == 302
    assert synonyms_of(app, "signal-forecasting") == ["forecast", "pulse", "signal-forecast"]
    question_id = qa.ask(member, tags="signal-forecast")
    assert qa.tag_ids(question_id) == [vocab["signal-forecast"]]


def test_synonyms_are_added_and_removed(app, client, manager, vocab):
    log_in(client, manager.email)
    assert send(client, "/tags/pricing/synonyms", {"name": "price-list"}).status_code == 302
    assert send(client, "/tags/pricing/synonyms", {"name": "discovery"}).status_code == 409
    assert send(client, "/tags/pricing/synonyms", {"name": "Bad Name"}).status_code == 422
    assert synonyms_of(app, "pricing") == ["price-list"]
    synonym = fetch(app, TagSynonym, name="price-list")
    other = fetch(app, TagSynonym, name="pulse")
    assert send(client, f"/tags/pricing/synonyms/{other.id}/delete").status_code == 404
    assert send(client, f"/tags/pricing/synonyms/{synonym.id}/delete").status_code == 302
    assert synonyms_of(app, "pricing") == []


def test_categories_are_created_and_edited(app, client, manager, vocab):
    log_in(client, manager.email)
    response = send(client, "/tags/categories/new", {"name": "Buyer role",
                                                     "description": "Who in the account."})
    assert response.status_code == 302
    assert fetch(app, TagCategory, slug="buyer-role").position == 3
    assert send(client, "/tags/categories/new", {"name": "buyer role",
                                                 "description": "Again."}).status_code == 409
    assert send(client, "/tags/categories/new", {"name": "",
                                                 "description": "x"}).status_code == 422
    assert send(client, "/tags/categories/buyer-role/edit", {
        "name": "Buyer role", "description": "Who in the account, by function."}
    ).status_code == 302
    assert fetch(app, TagCategory, slug="buyer-role").description.endswith("by function.")


def test_a_members_tag_waits_for_a_manager(app, client, member, manager, vocab, qa):
    log_in(client, member.email)
    response = send(client, "/tags/propose", {
        "name": "mutual-action-plan", "category": "topic",
        "description": "The dated plan agreed with the buyer.", "reason": "Used in every deal."})
    assert response.status_code == 302
    assert row_count(app, Tag) == len(vocab)  # not in the vocabulary yet
    asked = send(client, "/questions/ask", {"title": "How do I build a mutual action plan?",
                                            "body": "First time running one with a bank.",
                                            "tags": "mutual-action-plan"})
    assert asked.status_code == 422 and row_count(app, Question) == 0
    again = send(client, "/tags/propose", {"name": "mutual-action-plan", "category": "topic",
                                           "description": "Same."})
    assert again.status_code == 409
    boss = app.test_client()
    log_in(boss, manager.email)
    assert "1 proposed tag waits" in boss.get("/tags").get_data(as_text=True)
    queue = boss.get("/tags/requests").get_data(as_text=True)
    assert "mutual-action-plan" in queue and "Used in every deal." in queue
    proposal = fetch(app, TagRequest, name="mutual-action-plan")
    assert send(boss, f"/tags/requests/{proposal.id}/approve", {"note": ""}).status_code == 302
    assert send(boss, f"/tags/requests/{proposal.id}/approve", {"note": ""}).status_code == 409
    qa.ask(member, tags="mutual-action-plan")
    assert fetch(app, TagRequest, id=proposal.id).status == "approved"


def test_rejecting_needs_a_note(app, client, member, manager, vocab):
    log_in(client, member.email)
    send(client, "/tags/propose", {"name": "cheap", "category": "topic",
                                   "description": "When they say it is too expensive."})
    proposal = fetch(app, TagRequest, name="cheap")
    boss = app.test_client()
    log_in(boss, manager.email)
    assert send(boss, f"/tags/requests/{proposal.id}/reject", {"note": ""}).status_code == 422
    assert send(boss, f"/tags/requests/{proposal.id}/reject",
                {"note": "Use objection-handling with pricing."}).status_code == 302
    assert fetch(app, TagRequest, id=proposal.id).status == "rejected"
    assert row_count(app, Tag) == len(vocab)


def test_suggestions_carry_the_guiding_context(client, member, vocab):
    log_in(client, member.email)
    found = client.get("/tags/suggest?q=puls").json["tags"]
    assert found == [{"name": "signal-forecast", "category": "Product", "synonym": "pulse",
                      "description": "What signal-forecast means here."}]
    assert [t["name"] for t in client.get("/tags/suggest?q=pri").json["tags"]] == ["pricing"]
    assert client.get("/tags/suggest?q=").json == {"tags": []}
    assert client.get("/tags/suggest?q=%25").json == {"tags": []}  # LIKE wildcards are text
