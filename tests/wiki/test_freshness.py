"""Owners, review intervals, verification and stale content; feedback; view counts; and the
wiki's signals."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app import signals
from app.auth.models import Role, utcnow
from app.extensions import db
from app.wiki import services
from app.wiki.models import WikiFeedback, WikiPage, WikiRevision
from tests.conftest import fetch, log_in, row_count, send


@pytest.fixture
def received():
    """The wiki signals sent during the test: [(signal name, sender id, keyword arguments)],
    objects among the arguments given by their id (they are read after their session ends)."""
    events = []
    wiki_signals = [signals.page_created, signals.page_edited, signals.page_verified,
                    signals.page_stale, signals.page_deleted, signals.page_restored,
                    signals.page_feedback]
    handlers = []
    for signal in wiki_signals:
        def handler(sender, _name=signal.name, **kwargs):
            events.append((_name, sender.id,
                           {k: getattr(v, "id", v) for k, v in kwargs.items()}))
        signal.connect(handler, weak=False)
        handlers.append((signal, handler))
    yield events
    for signal, handler in handlers:
        signal.disconnect(handler)


def test_a_page_past_its_review_date_is_stale_listed_and_reverified_in_one_click(
        client, make_user, login, wiki, app, received):
    owner = make_user("Olivia Owner")
    long_ago = utcnow() - timedelta(days=120)
    stale = wiki.create(owner, "Pricing rules", at=long_ago)  # due after 90 days
    fresh = wiki.create(owner, "Discovery call guide")
    login(owner)
    page = client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert "Past its review date" in page and "Re-verify now" in page
    listed = client.get("/wiki/stale").get_data(as_text=True)
    assert "Pricing rules" in listed and "Discovery call guide" not in listed
    assert "Pricing rules" in client.get("/wiki/stale?owner=me").get_data(as_text=True)
    response = send(client, "/wiki/pricing-rules/verify")
    assert response.status_code == 302
    verified = wiki.page(stale)
    assert verified.verified_by_id == owner.id and not verified.is_stale()
    assert verified.review_due_at - verified.verified_at == timedelta(days=90)
    assert "Nothing is stale" in client.get("/wiki/stale").get_data(as_text=True)
    name, sender, details = received[-1]
    assert (name, sender, details["by"], details["was_stale"]) == (
        "page-verified", stale, owner.id, True)
    assert fresh


def test_only_the_owner_or_a_manager_verifies(client, make_user, wiki, app):
    owner, other, manager = make_user(), make_user(), make_user(role=Role.MANAGER)
    page = wiki.create(owner, "Pricing rules", at=utcnow() - timedelta(days=100))
    log_in(client, other.email)
    response = send(client, "/wiki/pricing-rules/verify")
    assert response.status_code == 403
    assert wiki.page(page).is_stale()
    manager_client = app.test_client()
    log_in(manager_client, manager.email)
    assert send(manager_client, "/wiki/pricing-rules/verify").status_code == 302
    assert wiki.page(page).verified_by_id == manager.id


def test_page_stale_is_announced_once_per_time_a_page_goes_stale(make_user, wiki, app, received):
    owner = make_user()
    page = wiki.create(owner, "Pricing rules", at=utcnow() - timedelta(days=100))
    wiki.create(owner, "Fresh page")
    with app.app_context():
        assert services.announce_stale() == 1
        assert services.announce_stale() == 0  # a second run (cron) announces nothing twice
        db.session.commit()
    assert [e[:2] for e in received if e[0] == "page-stale"] == [("page-stale", page)]
    wiki.verify(owner, page)
    with app.app_context():
        later = utcnow() + timedelta(days=91)
        assert services.announce_stale(later) == 2  # this one again, and the fresh one now
        db.session.commit()


def test_the_cron_command_announces_stale_pages(make_user, wiki, app):
    owner = make_user()
    wiki.create(owner, "Pricing rules", at=utcnow() - timedelta(days=100))
    runner = app.test_cli_runner()
    result = runner.invoke(args=["wiki", "announce-stale"])
    assert result.exit_code == 0 and "1 page is past its review date: announced" in result.output
    result = runner.invoke(args=["wiki", "announce-stale"])
    assert "No page newly past its review date" in result.output


def test_manager_sets_owner_and_review_interval(client, make_user, wiki, app):
    author, manager, new_owner = make_user(), make_user(role=Role.MANAGER), make_user("New Owner")
    page = wiki.create(author, "Pricing rules", at=utcnow() - timedelta(days=40))
    log_in(client, manager.email)
    response = send(client, "/wiki/pricing-rules/settings",
                    {"owner": new_owner.id, "review_interval": "30"})
    assert response.status_code == 302
    saved = wiki.page(page)
    assert saved.owner_id == new_owner.id and saved.review_interval_days == 30
    assert saved.is_stale()  # verified 40 days ago, reviewed every 30
    for data, message in [({"owner": new_owner.id, "review_interval": "7"}, "Not a valid"),
                          ({"owner": 999_999, "review_interval": "30"}, "Not a valid"),
                          ({"owner": "x", "review_interval": "30"}, "Invalid Choice")]:
        refused = send(client, "/wiki/pricing-rules/settings", data)
        assert refused.status_code == 422 and message in refused.get_data(as_text=True), data
    assert wiki.page(page).owner_id == new_owner.id


def test_feedback_once_per_person_changeable_and_seen_by_owner_and_managers(
        client, make_user, wiki, app, received):
    owner, reader, other = make_user("Olivia Owner"), make_user("Rita Reader"), make_user()
    page = wiki.create(owner, "Pricing rules")
    log_in(client, reader.email)
    assert send(client, "/wiki/pricing-rules/feedback",
                {"helpful": "no", "comment": "The bands changed in Q3."}).status_code == 302
    again = send(client, "/wiki/pricing-rules/feedback",
                 {"helpful": "no", "comment": "The bands changed in Q3."})
    assert again.status_code == 409 and "You already said" in again.get_data(as_text=True)
    assert send(client, "/wiki/pricing-rules/feedback",
                {"helpful": "yes", "comment": ""}).status_code == 302  # changed
    assert row_count(app, WikiFeedback) == 1
    assert fetch(app, WikiFeedback, page_id=page).helpful is True
    assert [e[2]["previous"] for e in received if e[0] == "page-feedback"] == [None, False]
    # A reader sees their own answer, not the counts; the feedback page is refused.
    page_html = client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert "Update my feedback" in page_html and "found it helpful" not in page_html
    assert client.get("/wiki/pricing-rules/feedback").status_code == 403
    for bad in [{"helpful": "maybe"}, {"helpful": ""}, {"helpful": "yes", "comment": "x" * 1001}]:
        assert send(client, "/wiki/pricing-rules/feedback", bad).status_code == 422, bad
    other_client = app.test_client()
    log_in(other_client, other.email)
    send(other_client, "/wiki/pricing-rules/feedback", {"helpful": "no", "comment": "Outdated."})
    owner_client = app.test_client()
    log_in(owner_client, owner.email)
    summary = owner_client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert "<strong>1</strong> found it helpful, <strong>1</strong> did not" in summary
    listed = owner_client.get("/wiki/pricing-rules/feedback").get_data(as_text=True)
    assert "Outdated." in listed and "Rita Reader" in listed
    own = send(owner_client, "/wiki/pricing-rules/feedback", {"helpful": "yes"})
    assert own.status_code == 403  # nobody rates their own page


def test_views_count_once_per_person_per_day(client, make_user, wiki, app):
    owner, reader = make_user(), make_user()
    page = wiki.create(owner, "Pricing rules")
    log_in(client, reader.email)
    for _ in range(3):
        client.get("/wiki/pricing-rules")
    assert wiki.page(page).view_count == 1
    with app.app_context():
        found, person = db.session.get(WikiPage, page), db.session.get(type(reader), reader.id)
        assert services.record_view(person, found, at=utcnow() + timedelta(days=1))
        db.session.commit()
    assert wiki.page(page).view_count == 2


def test_creating_editing_and_deleting_send_their_signals(make_user, wiki, app, received):
    manager = make_user(role=Role.MANAGER)
    page = wiki.create(manager, "Pricing rules")
    wiki.edit(manager, page, "New text.")
    wiki.delete(manager, page)
    assert [name for name, *_ in received] == ["page-created", "page-edited", "page-deleted"]
    assert received[1][2] == {"editor": manager.id,
                              "revision": fetch(app, WikiRevision, page_id=page, number=2).id}
