"""A page with 500 revisions and 200 backlinks is read with as many queries as a page with one;
and the diff of two 50 KB revisions stays fast (no quadratic blow-up)."""

from __future__ import annotations

from datetime import timedelta

from app.auth.models import Role, User, utcnow
from app.extensions import db
from app.wiki.models import WikiFeedback, WikiLink, WikiPage, WikiRevision
from tests.conftest import count_queries, log_in

PAGES = ["/wiki/pricing-rules", "/wiki/pricing-rules/history", "/wiki/pricing-rules/backlinks",
         "/wiki/pricing-rules/diff", "/wiki/pricing-rules/feedback", "/wiki", "/wiki/all",
         "/wiki/stale"]


def _counts(client, app) -> dict[str, int]:
    counts = {}
    for path in PAGES:
        client.get(path)  # once first: a first view of the day is counted (one write)
        with count_queries(app) as statements:
            assert client.get(path).status_code == 200, path
        counts[path] = len(statements)
    return counts


def _grow(app, page_id: int, owner_id: int) -> None:
    """498 more revisions, 200 pages linking here (one of them by a former title), 60 children
    and 100 people's feedback, inserted directly: the pages read them, however they came."""
    now = utcnow()
    with app.app_context():
        page = db.session.get(WikiPage, page_id)
        db.session.add_all(
            WikiRevision(page_id=page_id, number=n, author_id=owner_id, title=page.title,
                         body=f"Version {n}.", summary=f"Edit {n}",
                         created_at=now - timedelta(minutes=600 - n))
            for n in range(3, 501)
        )
        page.revision = 500
        for n in range(260):
            other = WikiPage(
                title=f"Linking page {n}", title_key=f"linking page {n}", slug=f"linking-{n}",
                body="See [[Pricing rules]].", body_html="<p>See</p>", owner_id=owner_id,
                verified_at=now, verified_by_id=owner_id, review_due_at=now - timedelta(days=1),
                created_by_id=owner_id, updated_by_id=owner_id,
                parent_id=page_id if n >= 200 else None,
            )
            db.session.add(other)
            db.session.flush()
            if n < 200:
                db.session.add(WikiLink(source_id=other.id, target_key="pricing rules",
                                        target_title="Pricing rules"))
        for n in range(100):
            reader = User(name=f"Reader {n}", email=f"reader{n}@example.com",
                          handle=f"reader{n}", password_hash="x")
            db.session.add(reader)
            db.session.flush()
            db.session.add(WikiFeedback(page_id=page_id, user_id=reader.id, helpful=n % 3 > 0,
                                        comment=f"Comment {n}"))
        db.session.commit()


def test_page_history_and_backlinks_run_a_constant_number_of_queries(client, make_user, wiki,
                                                                      app):
    owner = make_user(role=Role.MANAGER)
    page = wiki.create(owner, "Pricing rules", body="Link to [[Discount bands]] and [[Legal]].")
    wiki.create(owner, "Discount bands", body="Back to [[Pricing rules]].")
    wiki.edit(owner, page, "Link to [[Discount bands]], [[Legal]] and [[Procurement]].")
    log_in(client, owner.email)
    small = _counts(client, app)
    _grow(app, page, owner.id)
    large = _counts(client, app)
    assert large == small, {p: (small[p], large[p]) for p in PAGES if small[p] != large[p]}
    shown = client.get("/wiki/pricing-rules").get_data(as_text=True)
    assert "All 201 pages that link here" in shown
    assert "Revision" in client.get("/wiki/pricing-rules/history?page=17").get_data(as_text=True)
    assert max(large.values()) <= 13, large


def test_the_home_lists_the_first_sections_and_counts_the_rest(app, client, login, make_user,
                                                               monkeypatch):
    """A wiki of thousands of sections lists the first A to Z (with their child pages) and
    links to the A-to-Z list for the rest, in the same statements as a small one."""
    from app.wiki import services

    monkeypatch.setattr(services, "SECTIONS_SHOWN", 3)
    owner = make_user()
    now = utcnow()
    with app.app_context():
        for n in range(5):
            db.session.add(WikiPage(
                title=f"Section {n}", title_key=f"section {n}", slug=f"section-{n}",
                body="A section.", body_html="<p>A section.</p>", owner_id=owner.id,
                verified_at=now, verified_by_id=owner.id, review_due_at=now + timedelta(days=90),
                created_by_id=owner.id, updated_by_id=owner.id))
        db.session.commit()
    login(owner)
    page = client.get("/wiki").get_data(as_text=True)
    sections = page.split('id="sections-heading"')[1].split('id="recent-heading"')[0]
    assert "Section 0" in sections and "Section 2" in sections and "Section 3" not in sections
    assert "2 more sections: see every page, A to Z" in sections
