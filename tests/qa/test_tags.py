"""The tag vocabulary page: categories, guiding descriptions and synonyms."""

from app.extensions import db
from app.qa.models import Tag, TagCategory, TagSynonym
from tests.conftest import count_queries


def add_tags(app, how_many: int, start: int = 0):
    with app.app_context():
        category = db.session.query(TagCategory).filter_by(slug="product").one_or_none()
        if category is None:
            category = TagCategory(slug="product", name="Product",
                                   description="What we sell.", position=0)
        for n in range(start, start + how_many):
            tag = Tag(name=f"signal-{n}", description=f"Product line {n}.", category=category)
            tag.synonyms = [TagSynonym(name=f"old-name-{n}")]
            db.session.add(tag)
        db.session.commit()


def test_tags_page_shows_guiding_context(app, client, make_user, login):
    add_tags(app, 1)
    login(make_user())
    page = client.get("/tags").get_data(as_text=True)
    for text in ("Product", "What we sell.", "signal-0", "Product line 0.", "old-name-0"):
        assert text in page


def test_tags_page_query_count_does_not_grow(app, client, make_user, login):
    login(make_user())
    add_tags(app, 2)
    with count_queries(app) as few:
        client.get("/tags")
    add_tags(app, 40, start=2)
    with count_queries(app) as many:
        assert "signal-41" in client.get("/tags").get_data(as_text=True)
    assert len(many) == len(few)
