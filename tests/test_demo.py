"""`flask demo load`: a believable organisation, loaded once however often it runs.

The tests of loading itself load for real. The tests of what was loaded read a copy of the
session's one real load (`demo_app`), and check what that load printed
(`demo_templates.get().output`)."""

import re

import sqlalchemy as sa

from app.auth.models import Altitude, Department, Role, User
from app.demo import data, qa_data, wiki_data
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa import services as qa
from app.qa.models import (
    Answer,
    Comment,
    Post,
    PostTag,
    Question,
    Tag,
    TagCategory,
    TagSynonym,
    Vote,
)
from app.search import documents, indexer
from app.search.backend import SearchQuery
from app.wiki import services as wiki
from app.wiki.models import LearningPath, WikiFeedback, WikiLink, WikiPage
from tests.conftest import log_in

MODELS = (User, Team, Region, Tag, TagCategory, TagSynonym)
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def counts(app):
    with app.app_context():
        return {m.__name__: db.session.scalar(sa.select(sa.func.count()).select_from(m))
                for m in MODELS}


def test_load_twice_creates_everything_once(app):
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "40 people" in first.output
    after_first = counts(app)
    assert after_first == {"User": 40, "Team": len(data.TEAMS), "Region": len(data.REGIONS),
                           "Tag": len(data.TAGS), "TagCategory": 9,
                           "TagSynonym": sum(len(t["synonyms"]) for t in data.TAGS)}
    second = runner.invoke(args=["demo", "load"])
    assert second.exit_code == 0, second.output
    assert "nothing to add" in second.output
    assert counts(app) == after_first


def test_load_fills_in_what_is_missing_and_keeps_edits(demo_app):
    app = demo_app  # loaded already: the load under test is the one below
    runner = app.test_cli_runner()
    with app.app_context():
        maya = db.session.scalar(sa.select(User).where(User.email == data.PEOPLE[0]["email"]))
        maya.title = "Head of Enablement"
        db.session.delete(db.session.scalar(sa.select(TagSynonym).limit(1)))
        db.session.commit()
    result = runner.invoke(args=["demo", "load"])
    assert "Demo organisation loaded: 1 tag synonyms." in result.output
    with app.app_context():
        maya = db.session.scalar(sa.select(User).where(User.email == data.PEOPLE[0]["email"]))
        assert maya.title == "Head of Enablement"
    assert counts(app)["User"] == 40


def test_demo_qa_looks_like_a_living_team(demo_app, demo_templates):
    app = demo_app
    assert f"{len(qa_data.QUESTIONS)} questions" in demo_templates.get().output
    with app.app_context():
        questions = db.session.scalars(sa.select(Question)).all()
        assert len(questions) >= 60
        assert sum(q.accepted_answer_id is not None for q in questions) >= 30
        assert sum(q.is_closed for q in questions) == 3
        unanswered = db.session.scalar(sa.select(sa.func.count()).select_from(Question)
                                       .where(qa.is_unanswered()))
        assert 5 <= unanswered <= 20
        categories = db.session.scalar(
            sa.select(sa.func.count(sa.distinct(Tag.category_id)))
            .join(PostTag, PostTag.tag_id == Tag.id))
        assert categories == 9
        contributors = set(db.session.scalars(sa.select(Post.author_id))) | set(
            db.session.scalars(sa.select(Vote.voter_id))) | set(
            db.session.scalars(sa.select(Comment.author_id)))
        assert len(contributors) >= 30
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) >= 100
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Vote)) >= 200
        # The counts kept on questions agree with the rows they count.
        for question in questions:
            live = db.session.scalar(sa.select(sa.func.count()).select_from(Answer).where(
                Answer.question_id == question.id, Answer.deleted_at.is_(None)))
            votes = db.session.scalar(sa.select(sa.func.coalesce(sa.func.sum(Vote.value), 0))
                                      .where(Vote.post_id == question.id))
            assert (question.answer_count, question.score) == (live, votes), question.title
    second = app.test_cli_runner().invoke(args=["demo", "load"])
    assert "nothing to add" in second.output


def test_demo_question_pages_render(demo_app):
    client = demo_app.test_client()
    log_in(client, data.PEOPLE[2]["email"], data.DEMO_PASSWORD)
    listing = client.get("/questions?sort=active").get_data(as_text=True)
    first = re.search(r'href="(/questions/\d+/[^"]+)"', listing).group(1)
    assert client.get(first).status_code == 200
    for path in ("/questions?sort=unanswered", "/questions?sort=top", "/tags"):
        assert client.get(path).status_code == 200, path


def test_if_empty_leaves_a_used_database_alone(app, make_user):
    make_user()
    result = app.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
    assert result.exit_code == 0
    assert "was not loaded" in result.output
    assert counts(app)["User"] == 1


def test_demo_logins_are_printed_and_work(demo_app, demo_templates):
    # The session's load is `make run`'s: --if-empty, into an empty database. Run again, it
    # loads nothing, and prints the logins all the same.
    loaded = demo_templates.get().output
    assert "Demo organisation loaded" in loaded
    again = demo_app.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
    assert again.exit_code == 0, again.output
    assert "was not loaded" in again.output
    for output in (loaded, again.output):
        assert data.DEMO_PASSWORD in output
        for person in data.PEOPLE[:4]:
            assert person["email"] in output
    for person in data.PEOPLE[:4]:
        client = demo_app.test_client()
        assert log_in(client, person["email"], data.DEMO_PASSWORD).status_code == 302


def test_demo_data_is_consistent():
    assert len(data.PEOPLE) == 40
    assert [p["role"] for p in data.PEOPLE[:4]] == ["admin", "manager", "member", "member"]
    regions = {r["name"] for r in data.REGIONS}
    teams = {t["name"]: t["region"] for t in data.TEAMS}
    assert set(teams.values()) <= regions
    emails = [p["email"] for p in data.PEOPLE]
    assert len(set(emails)) == len(emails)
    for person in data.PEOPLE:
        assert person["role"] in {r.value for r in Role}
        assert person["department"] in {d.value for d in Department}
        assert person["altitude"] in {a.value for a in Altitude}
        assert teams[person["team"]] == person["region"]
        assert person["bio"] and person["title"]
    categories = [c["slug"] for c in data.TAG_CATEGORIES]
    assert categories == ["product", "competitor", "industry", "region", "journey-phase",
                          "buying-job", "buyer-role", "content-type", "topic"]
    names = [t["name"] for t in data.TAGS]
    synonyms = [s for t in data.TAGS for s in t["synonyms"]]
    assert len(set(names)) == len(names)
    assert len(set(synonyms)) == len(synonyms) and not set(synonyms) & set(names)
    for word in names + synonyms:
        assert SLUG.match(word) and len(word) <= 40, word
    assert {t["category"] for t in data.TAGS} == set(categories)
    for tag in data.TAGS:
        assert 0 < len(tag["description"]) <= 500


def test_demo_wiki_is_linked_partly_stale_and_has_an_onboarding_path(demo_app, demo_templates):
    app = demo_app
    assert f"{len(wiki_data.PAGES)} wiki pages" in demo_templates.get().output
    with app.app_context():
        pages = db.session.scalars(sa.select(WikiPage)).all()
        assert len(pages) >= 25
        assert sum(p.parent_id is not None for p in pages) >= 15
        stale = wiki.stale_count()
        assert 3 <= stale < len(pages)
        assert sum(p.revision > 1 for p in pages) >= 10
        links = db.session.scalars(sa.select(WikiLink.target_key)).all()
        keys = {p.title_key for p in pages}
        assert len(links) >= 2 * len(pages)
        assert 1 <= sum(key not in keys for key in links) <= 10  # a few not written yet
        assert db.session.scalar(sa.select(sa.func.count()).select_from(WikiFeedback)) >= 20
        onboarding = db.session.scalar(
            sa.select(LearningPath).where(LearningPath.title.like("New hire%")))
        assert len(onboarding.items) >= 8
        assert any(item.question_id for item in onboarding.items)
    manager = app.test_client()
    log_in(manager, data.PEOPLE[0]["email"], data.DEMO_PASSWORD)
    progress = manager.get(f"/wiki/paths/{onboarding.id}/progress").get_data(as_text=True)
    assert progress.count("<progress") >= 3
    for page in pages[:8]:
        assert manager.get(f"/wiki/{page.slug}").status_code == 200, page.slug


def test_each_demo_copy_is_its_own_with_the_search_index_of_its_data(make_demo_app):
    changed, fresh = make_demo_app(), make_demo_app()
    maya = data.PEOPLE[0]
    with changed.app_context():
        asker = db.session.scalar(sa.select(User).where(User.email == maya["email"]))
        asker.title = "Head of Enablement"
        qa.ask_question(asker, "Which zeppelin carriers take our freight contracts?",
                        "Asking for a prospect who ships by airship: which carriers do we "
                        "support, and is there a discount for them?", ["pricing"])
        db.session.commit()
        indexer.catch_up()
        assert len(indexer.backend().query(SearchQuery("zeppelin")).hits) == 1
    with fresh.app_context():
        assert db.session.scalar(
            sa.select(User.title).where(User.email == maya["email"])) == maya["title"]
        # The load applied its outbox: the copied index holds exactly the copied documents.
        assert indexer.lag() == 0
        assert indexer.backend().count() == len(list(documents.every_key()))
        assert indexer.backend().query(SearchQuery("zeppelin")).hits == []
        title = qa_data.QUESTIONS[0]["title"]
        assert "Brightline" in title
        found = indexer.backend().query(SearchQuery("Brightline", per_page=500)).hits
        assert title in [hit.title for hit in found]


def test_in_the_demo_who_knows_procurement_finds_who_answered_procurement(demo_app):
    """The issue's own example: the people who answered procurement questions come first,
    those who only say they know it after them."""
    client = demo_app.test_client()
    log_in(client, data.PEOPLE[7]["email"], data.DEMO_PASSWORD)
    page = client.get("/people/experts?q=who+knows+procurement").get_data(as_text=True)
    with demo_app.app_context():
        answered = set(db.session.scalars(
            sa.select(User.name).join(Answer, Answer.author_id == User.id)
            .join(PostTag, PostTag.post_id == Answer.question_id)
            .join(Tag, Tag.id == PostTag.tag_id).where(Tag.name == "procurement")))
    results = page.split("Matching tags", 1)[1]
    listed = re.findall(r'<a href="/people/\d+"[^>]*>([^<]+)</a>', results)
    assert len(answered) >= 4
    assert set(listed[:4]) <= answered, listed
    assert "accepted answer on procurement" in page
    assert "says they know procurement" in page  # Nikhil Rao declared it, never answered it
    assert listed.index("Nikhil Rao") > max(listed.index(name) for name in answered
                                           if name in listed)


def test_the_demo_has_a_social_layer_and_notifications(demo_app):
    client = demo_app.test_client()
    log_in(client, "tyler.jackson@northwind.example", data.DEMO_PASSWORD)
    home = client.get("/").get_data(as_text=True)
    assert home.count("data-feed-post=") >= 10 and "from someone you follow" in home
    inbox = client.get("/notifications/").get_data(as_text=True)
    assert "Recognised expert" in inbox
    profile = client.get("/people/?name=Kevin").get_data(as_text=True)
    assert "Recognised expert" in profile


def test_the_demo_has_chat_channels_with_history_threads_and_dms(demo_app):
    from app.chat.models import Channel, Message

    with demo_app.app_context():
        every = db.session.scalars(sa.select(Channel)).all()
        channels = {c.name: c for c in every if not c.is_direct}
        assert {"deal-desk", "competitive", "new-hires", "na-east", "emea", "apac",
                "sales-leadership"} <= set(channels)
        assert sum(c.is_direct for c in every) == len(data.DIRECT_MESSAGES)
        threads = db.session.scalars(sa.select(Message).where(Message.reply_count > 0)).all()
        assert len(threads) >= 3
        leadership = channels["sales-leadership"].id
    client = demo_app.test_client()
    log_in(client, "jonah.whitfield@northwind.example", data.DEMO_PASSWORD)
    assert client.get(f"/chat/{leadership}").status_code == 404  # private, not his
    page = client.get("/chat/", follow_redirects=True).get_data(as_text=True)
    assert "#deal-desk" in page and "Sofia Marquez" in page  # his channels and his DM
    history = client.get(f"/chat/{channels['deal-desk'].id}/messages").get_json()
    assert any("net 60" in m["body"] for m in history["messages"])
    assert "data-chat-unread-total" in page and 'data-chat-counts="{}"' not in page
