"""Each tag's count of live questions (`Tag.question_count`), which the tag page shows and the
question lists read to choose how to filter, always says what the questions say."""

import pytest
import sqlalchemy as sa

from app.extensions import db
from app.qa import services
from app.qa.models import Post, PostTag, Question, Tag


def _counts(app) -> tuple[dict[str, int], dict[str, int]]:
    """(kept, actual) per tag name."""
    with app.app_context():
        kept = dict(db.session.execute(sa.select(Tag.name, Tag.question_count)).all())
        actual = dict(db.session.execute(
            sa.select(Tag.name, sa.func.count(Question.id))
            .outerjoin(PostTag, PostTag.tag_id == Tag.id)
            .outerjoin(Question, sa.and_(Question.id == PostTag.post_id,
                                         Question.deleted_at.is_(None)))
            .group_by(Tag.name)).all())
        return kept, actual


def test_tagging_retagging_deleting_and_restoring_keep_the_counts(app, make_user, qa):
    asker, manager = make_user(), make_user(role="manager")
    first = qa.ask(asker, tags="pricing negotiation")
    qa.ask(asker, tags="pricing")
    steps = [("asked", *_counts(app))]

    def edit(tags):
        with app.app_context():
            question = db.session.get(Question, first)
            services.edit_question(db.session.get(type(asker), asker.id), question,
                                   question.title, question.body + " More.", tags)
            db.session.commit()

    edit("pricing discovery")
    steps.append(("retagged", *_counts(app)))
    qa.delete(asker, first)
    steps.append(("deleted", *_counts(app)))
    with app.app_context():
        services.restore_post(db.session.get(type(manager), manager.id),
                              db.session.get(Post, first))
        db.session.commit()
    steps.append(("restored", *_counts(app)))
    wrong = [(name, kept, actual) for name, kept, actual in steps if kept != actual]
    assert wrong == []
    assert steps[0][1]["pricing"] == 2 and steps[0][1]["negotiation"] == 1
    assert steps[1][1]["negotiation"] == 0 and steps[1][1]["discovery"] == 1
    assert steps[2][1]["pricing"] == 1 and steps[2][1]["discovery"] == 0
    assert steps[3][1] == steps[1][1]


@pytest.mark.parametrize("read_from_links", [0, 10_000])
def test_a_filter_finds_the_same_questions_read_either_way(app, client, login, make_user, qa,
                                                           monkeypatch, read_from_links):
    """A rare tag's questions are read from its links, a common tag's by walking the list:
    both find the same questions in the same order."""
    monkeypatch.setattr(services, "FILTER_READ_FROM_LINKS", read_from_links)
    asker = make_user()
    both = qa.ask(asker, title="Pricing and negotiation, in one question",
                  tags="pricing negotiation")
    qa.ask(asker, title="Only about pricing, nothing else here", tags="pricing")
    qa.ask(asker, title="Only about negotiating the deal here", tags="negotiation")
    login(make_user())
    page = client.get("/questions?tag=pricing&tag=negotiation").get_data(as_text=True)
    assert "Pricing and negotiation" in page and "Only about" not in page
    page = client.get("/questions?tag=pricing").get_data(as_text=True)
    assert page.index("Only about pricing") < page.index("Pricing and negotiation")
    assert "2 questions" in page and "Only about negotiating" not in page
    assert f'href="/questions/{both}/' in client.get("/tags/negotiation").get_data(as_text=True)
