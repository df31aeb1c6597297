"""Learning paths: a manager builds one from pages and questions; a person starts it and ticks
items off; managers see everyone's progress."""

from __future__ import annotations

from app.auth.models import Role
from app.qa import services as qa_services
from app.wiki.models import LearningPath, PathItem, PathProgress
from tests.conftest import fetch, log_in, row_count, send


def _question(app, author) -> int:
    from app.extensions import db

    with app.app_context():
        question = qa_services.ask_question(
            db.session.get(type(author), author.id),
            "How do I run a first discovery call with a CRO?",
            "What do the best reps ask in the first ten minutes of the call?", "discovery")
        db.session.commit()
        return question.id


def test_manager_builds_a_path_and_a_new_hire_follows_it(client, make_user, wiki, app):
    manager = make_user("Maya Manager", role=Role.MANAGER)
    hire = make_user("Nia Newhire")
    wiki.create(manager, "Discovery call guide")
    wiki.create(manager, "Pricing rules")
    question = _question(app, manager)
    log_in(client, manager.email)
    created = send(client, "/wiki/paths/new", {
        "title": "New hire: first 30 days", "audience": "Account executives in month one",
        "description": "Read these in order."})
    assert created.status_code == 302
    path_id = fetch(app, LearningPath, title="New hire: first 30 days").id
    for reference, note in [("Discovery call guide", "Before your first call."),
                            (f"http://localhost/questions/{question}/how-do-i", ""),
                            ("pricing RULES", "What you may give on your own.")]:
        response = send(client, f"/wiki/paths/{path_id}/items", {"item": reference, "note": note})
        assert response.status_code == 302, reference
    # Reorder: pricing up one place.
    pricing = fetch(app, PathItem, path_id=path_id, position=2)
    send(client, f"/wiki/paths/{path_id}/items/{pricing.id}/up")
    hire_client = app.test_client()
    log_in(hire_client, hire.email)
    page = hire_client.get(f"/wiki/paths/{path_id}").get_data(as_text=True)
    assert (page.index("Discovery call guide") < page.index("Pricing rules")
            < page.index("How do I run a first discovery call"))
    assert "Start this path" in page
    items = sorted(_items(app, path_id), key=lambda i: i.position)
    for item in items[:2]:
        assert send(hire_client, f"/wiki/paths/{path_id}/items/{item.id}/done",
                    {"done": "yes"}).status_code == 302
    page = hire_client.get(f"/wiki/paths/{path_id}").get_data(as_text=True)
    assert "Your progress: 2 of 3 done (67%)" in page
    # Unticking works, and ticking twice counts once.
    send(hire_client, f"/wiki/paths/{path_id}/items/{items[1].id}/done", {"done": "no"})
    send(hire_client, f"/wiki/paths/{path_id}/items/{items[0].id}/done", {"done": "yes"})
    assert row_count(app, PathProgress) == 1
    listed = hire_client.get("/wiki/paths").get_data(as_text=True)
    assert "Your progress: 1 of 3" in listed
    # The manager sees who is where; the new hire may not.
    progress = client.get(f"/wiki/paths/{path_id}/progress").get_data(as_text=True)
    assert "Nia Newhire" in progress and "1 of 3" in progress
    assert hire_client.get(f"/wiki/paths/{path_id}/progress").status_code == 403


def _items(app, path_id):
    from app.extensions import db

    with app.app_context():
        items = list(db.session.scalars(db.select(PathItem).where(PathItem.path_id == path_id)))
        for item in items:
            db.session.expunge(item)
        return items


def test_members_cannot_build_or_change_paths(client, make_user, wiki, app):
    manager, rep = make_user(role=Role.MANAGER), make_user()
    wiki.create(manager, "Discovery call guide")
    path_id = wiki.path(manager)
    item_id = wiki.add_item(manager, path_id, "Discovery call guide")
    log_in(client, rep.email)
    for path, data in [
        ("/wiki/paths/new", {"title": "Rep path", "audience": "Everyone"}),
        (f"/wiki/paths/{path_id}/edit", {"title": "Renamed", "audience": "Everyone"}),
        (f"/wiki/paths/{path_id}/items", {"item": "Discovery call guide"}),
        (f"/wiki/paths/{path_id}/items/{item_id}/remove", {}),
        (f"/wiki/paths/{path_id}/archive", {}),
    ]:
        assert send(client, path, data).status_code == 403, path
    assert row_count(app, LearningPath) == 1 and row_count(app, PathItem) == 1


def test_bad_path_input_gets_a_clear_message_and_changes_nothing(client, make_user, wiki, app):
    manager = make_user(role=Role.MANAGER)
    wiki.create(manager, "Discovery call guide")
    path_id = wiki.path(manager)
    wiki.add_item(manager, path_id, "Discovery call guide")
    other_path = wiki.path(manager, title="Competing against Brightline")
    other_item = wiki.add_item(manager, other_path, "Discovery call guide")
    log_in(client, manager.email)
    for data, message in [
        ({"title": "", "audience": "Everyone"}, "Give the path a title"),
        ({"title": "New hire: FIRST 30 days", "audience": "Everyone"}, "already exists"),
        ({"title": "A path", "audience": ""}, "Give the path an audience"),
        ({"title": "A path", "audience": "x" * 121}, "at most 120 characters"),
    ]:
        response = send(client, "/wiki/paths/new", data)
        assert response.status_code == 422 and message in response.get_data(as_text=True), data
    for data, message in [
        ({"item": ""}, "Name a wiki page"),
        ({"item": "No such page"}, "No wiki page is called"),
        ({"item": "/questions/99999"}, "There is no question with that number"),
        ({"item": "Discovery call guide"}, "already on this path"),
        ({"item": "Discovery call guide", "note": "n" * 301}, "at most 300 characters"),
    ]:
        response = send(client, f"/wiki/paths/{path_id}/items", data)
        assert response.status_code == 422 and message in response.get_data(as_text=True), data
    # Another path's item, through this path's address, is not found.
    assert send(client, f"/wiki/paths/{path_id}/items/{other_item}/done",
                {"done": "yes"}).status_code == 404
    assert send(client, f"/wiki/paths/{path_id}/items/{other_item}/remove").status_code == 404
    assert send(client, f"/wiki/paths/{path_id}/items/{other_item}/done",
                {"done": "maybe"}).status_code == 422
    assert row_count(app, LearningPath) == 2 and row_count(app, PathItem) == 2
    assert row_count(app, PathProgress) == 0


def test_an_archived_path_leaves_the_list_and_keeps_progress(client, make_user, wiki, app):
    manager, hire = make_user(role=Role.MANAGER), make_user()
    wiki.create(manager, "Discovery call guide")
    path_id = wiki.path(manager)
    item_id = wiki.add_item(manager, path_id, "Discovery call guide")
    hire_client = app.test_client()
    log_in(hire_client, hire.email)
    send(hire_client, f"/wiki/paths/{path_id}/items/{item_id}/done", {"done": "yes"})
    log_in(client, manager.email)
    assert send(client, f"/wiki/paths/{path_id}/archive").status_code == 302
    listed = client.get("/wiki/paths").get_data(as_text=True)
    assert "is archived" in listed and f'href="/wiki/paths/{path_id}"' not in listed
    assert client.get(f"/wiki/paths/{path_id}").status_code == 404
    assert row_count(app, PathProgress) == 1


def test_manager_renames_a_path_and_removes_an_item(client, make_user, wiki, app):
    manager = make_user(role=Role.MANAGER)
    wiki.create(manager, "Discovery call guide")
    wiki.create(manager, "Pricing rules")
    path_id = wiki.path(manager)
    first = wiki.add_item(manager, path_id, "Discovery call guide")
    wiki.add_item(manager, path_id, "Pricing rules")
    log_in(client, manager.email)
    response = send(client, f"/wiki/paths/{path_id}/edit", {
        "title": "New hire: first month", "audience": "New AEs", "description": "In order."})
    assert response.status_code == 302
    assert fetch(app, LearningPath, id=path_id).title == "New hire: first month"
    assert send(client, f"/wiki/paths/{path_id}/items/{first}/remove").status_code == 302
    assert send(client, f"/wiki/paths/{path_id}/items/{first}/up").status_code == 404
    remaining = fetch(app, PathItem, path_id=path_id)
    top = send(client, f"/wiki/paths/{path_id}/items/{remaining.id}/up")
    assert top.status_code == 409 and "already at the top" in top.get_data(as_text=True)
