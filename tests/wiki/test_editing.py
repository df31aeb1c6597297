"""Editing: every save a revision, history and diffs, reverts, and edit conflicts that never
overwrite and lose nothing."""

from __future__ import annotations

import threading

import pytest

from app.errors import Conflict
from app.extensions import db
from app.wiki import services
from app.wiki.models import WikiPage, WikiRevision
from tests.conftest import fetch, row_count, send

ORIGINAL = "Line one about discovery.\nLine two about pricing.\nLine three about legal."


def _edit(client, slug, body, base, tags="", summary=""):
    return send(client, f"/wiki/{slug}/edit",
                {"body": body, "tags": tags, "summary": summary, "base_revision": base})


def test_every_save_makes_a_revision_with_author_time_and_summary(client, make_user, login,
                                                                   wiki, app):
    author, editor = make_user("Ana Author"), make_user("Eli Editor")
    page = wiki.create(author, "Discovery call guide", body=ORIGINAL)
    login(editor)
    response = _edit(client, "discovery-call-guide", ORIGINAL.replace("pricing", "discounts"), 1,
                     summary="Discounts, not pricing")
    assert response.status_code == 302
    current = wiki.page(page)
    assert current.revision == 2 and "discounts" in current.body
    assert current.updated_by_id == editor.id
    latest = fetch(app, WikiRevision, page_id=page, number=2)
    assert (latest.author_id, latest.summary) == (editor.id, "Discounts, not pricing")
    history = client.get("/wiki/discovery-call-guide/history").get_data(as_text=True)
    assert "Discounts, not pricing" in history and "First version" in history
    assert "Eli Editor" in history and "Ana Author" in history
    diff = client.get("/wiki/discovery-call-guide/diff?old=1&new=2").get_data(as_text=True)
    assert "<del>pricing</del>" in diff and "<ins>discounts</ins>" in diff


def test_an_edit_that_changes_nothing_is_refused(client, make_user, login, wiki, app):
    rep = make_user()
    wiki.create(rep, "Discovery call guide", body=ORIGINAL)
    login(rep)
    response = _edit(client, "discovery-call-guide", ORIGINAL, 1)
    assert response.status_code == 422 and "Nothing changed" in response.get_data(as_text=True)
    assert row_count(app, WikiRevision) == 1


def test_a_stale_save_never_overwrites_and_shows_both_versions(client, make_user, login, wiki,
                                                               app):
    first, second = make_user("First Writer"), make_user("Second Writer")
    page = wiki.create(first, "Discovery call guide", body=ORIGINAL)
    # Second opens the editor at revision 1; meanwhile First saves revision 2.
    wiki.edit(first, page, ORIGINAL.replace("Line one", "Line ONE"), base=1)
    login(second)
    mine = ORIGINAL.replace("Line three about legal.", "Line three about procurement.")
    response = _edit(client, "discovery-call-guide", mine, 1)
    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "Nothing was overwritten" in html and "First Writer" in html
    assert "<del>ONE</del>" in html or "<del>Line ONE" in html  # their change, shown
    assert "<ins>procurement</ins>" in html  # mine, shown
    assert "Line three about procurement." in html  # my text is still in the form
    assert 'name="base_revision" type="hidden" value="2"' in html  # saving again is a choice
    assert wiki.page(page).body == ORIGINAL.replace("Line one", "Line ONE")
    assert row_count(app, WikiRevision) == 2
    # Deciding to save after seeing both: a new revision on top of theirs, theirs in history.
    merged = mine.replace("Line one", "Line ONE")
    assert _edit(client, "discovery-call-guide", merged, 2).status_code == 302
    assert wiki.page(page).body == merged and wiki.page(page).revision == 3


def test_two_saves_at_the_same_moment_keep_one_and_refuse_the_other(make_user, wiki, app):
    """Both based on revision 1, both past the revision check: the unique (page, number) key
    lets one land and turns the other into a conflict, never into a lost edit."""
    rep = make_user()
    page = wiki.create(rep, "Discovery call guide", body=ORIGINAL)
    barrier = threading.Barrier(2, timeout=10)
    outcomes = []

    def save(text):
        with app.app_context():
            found = db.session.get(WikiPage, page)
            editor = db.session.get(type(rep), rep.id)
            found.body  # noqa: B018  (loaded before both proceed)
            barrier.wait()
            try:
                services.edit_page(editor, found, text, base_revision=1)
                db.session.commit()
                outcomes.append("saved")
            except Conflict:
                db.session.rollback()
                outcomes.append("conflict")
            except Exception as error:  # PostgreSQL may serialise the two differently
                db.session.rollback()
                outcomes.append(type(error).__name__)

    threads = [threading.Thread(target=save, args=(ORIGINAL + f"\nEdit {n}.",)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"], outcomes
    assert row_count(app, WikiRevision) == 2


@pytest.mark.parametrize("base", [None, "", "abc", "²", "0", str(10**20)])
def test_a_save_or_revert_that_does_not_say_which_revision_it_edits_changes_nothing(
        client, make_user, login, wiki, app, base):
    # Without its base revision a save could overwrite a change its author never saw.
    rep = make_user()
    page = wiki.create(rep, "Discovery call guide", body=ORIGINAL)
    login(rep)
    first = fetch(app, WikiRevision, page_id=page, number=1)
    for path, data in [("edit", {"body": "A new body.", "tags": "", "summary": ""}),
                       ("revert", {"revision": first.id})]:
        if base is not None:
            data["base_revision"] = base
        response = send(client, f"/wiki/discovery-call-guide/{path}", data)
        assert response.status_code == 422, path
        assert "which revision it edits" in response.get_data(as_text=True)
    assert wiki.page(page).revision == 1
    assert row_count(app, WikiRevision) == 1


def test_revert_brings_back_an_old_revision_as_a_new_one(client, make_user, login, wiki, app):
    rep = make_user()
    page = wiki.create(rep, "Discovery call guide", body=ORIGINAL, tags="discovery")
    wiki.edit(rep, page, "Vandalised.", tags="pricing")
    login(rep)
    first = fetch(app, WikiRevision, page_id=page, number=1)
    shown = client.get("/wiki/discovery-call-guide/revisions/1").get_data(as_text=True)
    assert "Revert to this revision" in shown and "Line two about pricing." in shown
    response = send(client, "/wiki/discovery-call-guide/revert",
                    {"revision": first.id, "base_revision": 2})
    assert response.status_code == 302
    current = wiki.page(page)
    assert (current.body, current.revision) == (ORIGINAL, 3)
    assert fetch(app, WikiRevision, page_id=page, number=3).summary == "Reverted to revision 1"
    assert "discovery" in client.get("/wiki/discovery-call-guide").get_data(as_text=True)
    assert row_count(app, WikiRevision) == 3  # nothing removed from the history


def test_reverting_to_another_page_s_revision_is_refused(client, make_user, login, wiki, app):
    rep = make_user()
    wiki.create(rep, "Discovery call guide", body=ORIGINAL)
    other = wiki.create(rep, "Legal steps", body="Something else entirely.")
    wiki.edit(rep, other, "Something else, edited.")
    login(rep)
    foreign = fetch(app, WikiRevision, page_id=other, number=1)
    for revision_id, status, message in [
        (foreign.id, 422, "is not one of this page"),
        (999_999, 422, "is not one of this page"),
        ("abc", 422, "Say which revision"),
    ]:
        response = send(client, "/wiki/discovery-call-guide/revert",
                        {"revision": revision_id, "base_revision": 1})
        assert response.status_code == status, revision_id
        assert message in response.get_data(as_text=True)
    current_rev = fetch(app, WikiRevision, page_id=other, number=1)
    same = send(client, "/wiki/legal-steps/revert", {"revision": current_rev.id,
                                                      "base_revision": 1})
    assert same.status_code == 409  # the page moved on since revision 1 was shown
    assert row_count(app, WikiRevision) == 3


@pytest.mark.parametrize("query", ["old=1&new=9", "new=5", "old=0&new=1"])
def test_a_diff_of_revisions_that_do_not_exist_is_not_found(client, make_user, login, wiki,
                                                            query):
    rep = make_user()
    wiki.create(rep, "Discovery call guide")
    login(rep)
    assert client.get(f"/wiki/discovery-call-guide/diff?{query}").status_code == 404
