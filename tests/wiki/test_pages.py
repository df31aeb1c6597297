"""Writing and reading pages: titles and slugs, tags, the hierarchy, [[links]] with pages not
written yet, backlinks, renames that keep links working, and what bad input gets."""

from __future__ import annotations

from app.auth.models import Role
from app.wiki.models import WikiLink, WikiPage, WikiRevision
from tests.conftest import log_in, row_count, send


def _new(client, **data):
    form = {"title": "", "parent": "", "body": "", "tags": "", "summary": "", **data}
    return send(client, "/wiki/new", form)


def test_member_writes_a_page_with_tags_and_reads_it(client, make_user, login, vocab, app):
    rep = make_user("Ana Rep")
    login(rep)
    response = _new(client, title="Discovery call guide", tags="discovery pulse",
                    body="## Before the call\n\nRead the account. See [[Compelling events]].")
    assert response.status_code == 302
    assert response.headers["Location"] == "/wiki/discovery-call-guide"
    page = client.get("/wiki/discovery-call-guide").get_data(as_text=True)
    assert "<h2>Before the call</h2>" in page
    assert 'rel="tag">discovery</a>' in page and 'rel="tag">signal-forecast</a>' in page  # synonym
    assert "Verified by" in page and "Ana Rep" in page  # the author owns and verified it
    assert row_count(app, WikiRevision) == 1


def test_links_to_pages_not_written_yet_offer_to_write_them(client, make_user, login, wiki):
    rep = make_user()
    wiki.create(rep, "Pricing rules", body="Discounts: see [[Discount bands|the bands]].")
    login(rep)
    page = client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert ('<a href="/wiki/go?to=Discount%20bands" class="wikilink wikilink-missing"' in page)
    assert ">the bands</a>" in page
    followed = client.get("/wiki/go?to=Discount%20bands")
    assert followed.headers["Location"] == "/wiki/new?title=Discount+bands"
    form = client.get(followed.headers["Location"]).get_data(as_text=True)
    assert 'value="Discount bands"' in form
    # Once it is written, the same link leads to it and is no longer marked.
    wiki.create(rep, "Discount bands")
    page = client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert 'class="wikilink wikilink-missing"' not in page
    assert client.get("/wiki/go?to=discount_BANDS").headers["Location"] == "/wiki/discount-bands"


def test_backlinks_and_the_hierarchy(client, make_user, login, wiki):
    rep = make_user()
    section = wiki.create(rep, "Competitive briefs")
    brief = wiki.create(rep, "Brightline brief", parent=section,
                        body="Where they win. Back to [[Competitive briefs]].")
    playbook = wiki.create(rep, "Displacement playbook", parent=brief,
                           body="Read the [[Brightline brief]] first.")
    login(rep)
    page = client.get("/wiki/displacement-playbook").get_data(as_text=True)
    crumbs = page[page.index('aria-label="Breadcrumb"'):page.index("</nav>", page.index(
        'aria-label="Breadcrumb"'))]
    assert crumbs.index("Wiki") < crumbs.index("Competitive briefs") < crumbs.index(
        "Brightline brief") < crumbs.index("Displacement playbook")
    brief_page = client.get("/wiki/brightline-brief").get_data(as_text=True)
    children = brief_page[brief_page.index("In this section"):]
    assert "Displacement playbook" in children[:children.index("</section>")]
    backlinks = brief_page[brief_page.index("Pages that link here"):]
    assert "Displacement playbook" in backlinks[:backlinks.index("</section>")]
    assert playbook and "Brightline brief" in client.get(
        "/wiki/competitive-briefs/backlinks").get_data(as_text=True)


def test_renaming_keeps_old_links_and_addresses_working(client, make_user, login, wiki, app):
    manager = make_user(role=Role.MANAGER)
    target = wiki.create(manager, "Pricing rules")
    linking = wiki.create(manager, "Negotiation", body="Know the [[pricing rules]] by heart.")
    login(manager)
    response = send(client, "/wiki/pricing-rules/move",
                    {"title": "Pricing and discounting rules", "parent": ""})
    assert response.status_code == 302
    assert response.headers["Location"] == "/wiki/pricing-and-discounting-rules"
    # The old address and the old link both lead to the renamed page...
    assert client.get("/wiki/pricing-rules").headers["Location"].endswith(
        "/wiki/pricing-and-discounting-rules")
    assert client.get("/wiki/go?to=pricing%20rules").headers["Location"] == (
        "/wiki/pricing-and-discounting-rules")
    # ...the linking page still shows the link as written, not as missing...
    page = client.get("/wiki/negotiation").get_data(as_text=True)
    assert 'class="wikilink wikilink-missing"' not in page
    # ...and it is still a backlink of the renamed page.
    renamed = client.get("/wiki/pricing-and-discounting-rules").get_data(as_text=True)
    assert "Negotiation" in renamed[renamed.index("Pages that link here"):]
    assert "Renamed from “Pricing rules”" in client.get(
        "/wiki/pricing-and-discounting-rules/history").get_data(as_text=True)
    # The former title is taken: a new page cannot be called that.
    again = _new(client, title="Pricing Rules", body="Another page.")
    assert again.status_code == 422
    assert "former title of “Pricing and discounting rules”" in again.get_data(as_text=True)
    assert target and linking


def test_only_managers_move_delete_and_set_owners(client, make_user, login, wiki, app):
    rep = make_user()
    page = wiki.create(rep, "Pricing rules")
    login(rep)
    for path, data in [
        ("/wiki/pricing-rules/move", {"title": "Renamed by a rep", "parent": ""}),
        ("/wiki/pricing-rules/settings", {"owner": rep.id, "review_interval": "30"}),
        ("/wiki/pricing-rules/delete", {}),
    ]:
        assert send(client, path, data).status_code == 403, path
    assert wiki.page(page).title == "Pricing rules" and wiki.page(page).deleted_at is None


def test_manager_deletes_and_restores_a_page(client, make_user, login, wiki):
    manager, rep = make_user(role=Role.MANAGER), make_user()
    parent = wiki.create(rep, "Objection handling")
    child = wiki.create(rep, "Objection: too expensive", parent=parent)
    login(manager)
    refused = send(client, "/wiki/objection-handling/delete")
    assert refused.status_code == 409 and "child pages" in refused.get_data(as_text=True)
    assert send(client, "/wiki/objection-too-expensive/delete").status_code == 302
    assert wiki.page(child).deleted_at is not None
    assert "Objection: too expensive" in client.get("/wiki/deleted").get_data(as_text=True)
    rep_client = client.application.test_client()  # the member, in another browser
    log_in(rep_client, rep.email)
    assert rep_client.get("/wiki/objection-too-expensive").status_code == 404
    link_page = rep_client.get("/wiki/go?to=Objection:%20too%20expensive")
    assert link_page.status_code == 404
    assert send(client, "/wiki/objection-too-expensive/restore").status_code == 302
    assert wiki.page(child).deleted_at is None
    assert rep_client.get("/wiki/objection-too-expensive").status_code == 200


def test_bad_input_gets_a_clear_message_and_changes_nothing(client, make_user, login, wiki, app):
    rep = make_user()
    wiki.create(rep, "Pricing rules")
    login(rep)
    before = row_count(app, WikiPage), row_count(app, WikiRevision), row_count(app, WikiLink)
    cases = [
        ({"title": "", "body": "Text."}, "Give the page a title."),
        ({"title": "  ", "body": "Text."}, "Give the page a title."),
        ({"title": "PRICING  rules", "body": "Text."}, "A page called “Pricing rules” already"),
        ({"title": "x" * 121, "body": "Text."}, "at most 120 characters"),
        ({"title": "Deals <b>", "body": "Text."}, "cannot contain &lt; &gt;"),
        ({"title": "A [[link]] title", "body": "Text."}, "cannot contain [ ]"),
        ({"title": "A fine title", "body": ""}, "The page is empty"),
        ({"title": "A fine title", "body": "x" * 100_001}, "at most 100,000 characters"),
        ({"title": "A fine title", "body": "See [[Deals|with|pipes]] and [[a<b]]."},
         "These links do not name a possible page: [[a&lt;b]]"),
        ({"title": "A fine title", "body": "Text.", "tags": "no-such-tag"},
         "Not in the tag vocabulary"),
        ({"title": "A fine title", "body": "Text.", "parent": "Nowhere"},
         "There is no page called “Nowhere”"),
        ({"title": "A fine title", "body": "Text.", "summary": "s" * 201},
         "at most 200 characters"),
    ]
    for data, message in cases:
        response = _new(client, **data)
        assert response.status_code == 422, data
        assert message in response.get_data(as_text=True), (data, message)
    assert (row_count(app, WikiPage), row_count(app, WikiRevision),
            row_count(app, WikiLink)) == before
    assert client.get("/wiki/go?to=a%3Cb").status_code == 422
    assert "cannot be a page title" in client.get("/wiki/go?to=a%3Cb").get_data(as_text=True)


def test_script_in_markdown_is_shown_as_text(client, make_user, login, wiki):
    rep = make_user()
    wiki.create(rep, "Safe page", body=(
        '<script>alert(1)</script>\n\n[click](javascript:alert(1)) '
        '[[Safe page|<img src=x onerror=alert(1)>]]'))
    login(rep)
    page = client.get("/wiki/safe-page").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_anonymous_visitors_can_neither_read_nor_write(client, make_user, wiki, app):
    rep = make_user()
    wiki.create(rep, "Pricing rules")
    assert client.get("/wiki/pricing-rules").status_code == 302
    response = client.post("/wiki/new", data={"title": "Anonymous page", "body": "Text."})
    assert response.status_code in (302, 400)
    response = client.post("/wiki/pricing-rules/edit", data={"body": "Changed."})
    assert response.status_code in (302, 400)
    assert row_count(app, WikiPage) == 1 and row_count(app, WikiRevision) == 1


def test_slugs_stay_unique_and_avoid_the_wiki_s_own_addresses(make_user, wiki):
    rep = make_user()
    first = wiki.page(wiki.create(rep, "Pricing: rules"))
    second = wiki.page(wiki.create(rep, "Pricing rules!"))
    reserved = wiki.page(wiki.create(rep, "Stale"))
    assert (first.slug, second.slug, reserved.slug) == ("pricing-rules", "pricing-rules-2",
                                                        "stale-2")


def test_a_page_renamed_again_and_again_keeps_every_former_title(client, make_user, login,
                                                                 wiki):
    manager = make_user(role=Role.MANAGER)
    page = wiki.create(manager, "Pricing rules")
    for title in ["Pricing: rules", "Discount policy", "Pricing rules", "Discount policy"]:
        wiki.move(manager, page, title)
    login(manager)
    assert wiki.page(page).slug == "discount-policy"
    for old in ["pricing rules", "Pricing: rules", "DISCOUNT policy"]:
        followed = client.get(f"/wiki/go?to={old}")
        assert followed.headers["Location"] == "/wiki/discount-policy", old
    assert client.get("/wiki/pricing-rules").headers["Location"].endswith("/wiki/discount-policy")
    assert "Pricing rules" in client.get("/wiki/discount-policy/history").get_data(as_text=True)


def test_moving_a_page_under_itself_or_its_child_is_refused(client, make_user, login, wiki):
    manager = make_user(role=Role.MANAGER)
    section = wiki.create(manager, "Objection handling")
    child = wiki.create(manager, "Objection: too expensive", parent=section)
    login(manager)
    for parent in ["Objection handling", "Objection: too expensive"]:
        response = send(client, "/wiki/objection-handling/move",
                        {"title": "Objection handling", "parent": parent})
        assert response.status_code == 422, parent
        assert "cannot be filed under itself" in response.get_data(as_text=True)
    assert wiki.page(section).parent_id is None
    # Moving the child to the top level works, and changes no title.
    assert send(client, "/wiki/objection-too-expensive/move",
                {"title": "Objection: too expensive", "parent": ""}).status_code == 302
    assert wiki.page(child).parent_id is None
