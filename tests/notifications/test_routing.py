"""Expert routing, expert alerts and the activity feed."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.auth.models import User, utcnow
from app.extensions import db
from app.points import ledger, rules
from app.profiles import routing
from app.profiles.models import Follow, QuestionRouting, RecognisedExpert, TagFollow
from app.qa.models import Tag
from tests.conftest import count_queries

POLICY = routing.Policy(per_round=3, rounds=3, after=timedelta(hours=24))


def _earn(app, person, tag_name, points_rows, at=None):
    """Give `person` accepted-answer awards (15 points each) in a tag, dated `at`."""
    with app.app_context():
        tag = db.session.scalar(select(Tag).where(Tag.name == tag_name))
        for n in range(points_rows):
            ledger.award(rules.ANSWER_ACCEPTED, person.id, ("post", 50_000 + person.id * 100 + n),
                         None, [tag.id], f"test:earn:{person.id}:{tag_name}:{n}", at=at)
        db.session.commit()


def _routed(app, question_id):
    with app.app_context():
        return {(r.user_id, r.round) for r in db.session.scalars(
            select(QuestionRouting).where(QuestionRouting.question_id == question_id))}


def test_a_new_question_goes_to_the_top_three_active_experts_in_its_tags(app, make_user, qa,
                                                                         inbox):
    asker = make_user(name="Asker")
    experts = [make_user(name=f"Expert {n}") for n in range(5)]
    for rows, expert in zip((9, 7, 5, 3, 1), experts, strict=True):
        _earn(app, expert, "pricing", rows)
    _earn(app, asker, "pricing", 20)  # the best expert, but she asks: not asked herself
    idle = make_user(name="Idle")
    _earn(app, idle, "pricing", 30, at=utcnow() - timedelta(days=200))
    other_tag = make_user(name="Discovery person")
    _earn(app, other_tag, "discovery", 30)

    question = qa.ask(asker, tags="pricing")
    assert _routed(app, question) == {(experts[0].id, 1), (experts[1].id, 1), (experts[2].id, 1)}
    assert inbox(experts[0])[:1] == [("routed", "question",
                                  "A question you can answer: “How do I handle situation "
                                  "number 1?”", 1, False)]
    for nobody in (asker, idle, other_tag, experts[3]):
        assert [i for i in inbox(nobody) if i[0] == "routed"] == []


def test_escalation_asks_the_next_experts_once_and_is_idempotent(app, make_user, qa, inbox):
    asker = make_user()
    experts = [make_user(name=f"Expert {n}") for n in range(7)]
    for rows, expert in zip(range(14, 0, -2), experts, strict=True):
        _earn(app, expert, "pricing", rows)
    asked_at = utcnow() - timedelta(hours=30)
    question = qa.ask(asker, tags="pricing", at=asked_at)
    answered = qa.ask(asker, tags="pricing", at=asked_at)
    accepted = qa.answer(experts[0], answered)
    qa.accept(asker, accepted)
    fresh = qa.ask(asker, tags="pricing")  # asked just now: not due
    assert len(_routed(app, question)) == 3

    with app.app_context():
        assert routing.escalate(POLICY) == (1, 3)
        db.session.commit()
        assert routing.escalate(POLICY) == (0, 0)  # at once again: nothing more
        db.session.commit()
    assert {user for user, round_ in _routed(app, question) if round_ == 2} == {
        e.id for e in experts[3:6]}
    assert len(_routed(app, answered)) == 3 and len(_routed(app, fresh)) == 3
    assert [i[3] for i in inbox(experts[4]) if i[0] == "routed"] == [1]

    with app.app_context():  # a day later: the third and last round, then no more
        later = utcnow() + timedelta(hours=25)
        assert routing.escalate(POLICY, later) == (2, 4)  # question: 1 left; fresh: 3
        db.session.commit()
        # fresh's third round: one expert is left who was not asked (the asker never is)
        assert routing.escalate(POLICY, later + timedelta(days=3)) == (1, 1)
        db.session.commit()
        assert routing.escalate(POLICY, later + timedelta(days=9)) == (0, 0)


def test_the_escalate_command(app, make_user, qa):
    asker, expert = make_user(), make_user()
    qa.ask(asker, tags="pricing", at=utcnow() - timedelta(days=2))  # nobody to ask yet
    _earn(app, expert, "pricing", 3)
    result = app.test_cli_runner().invoke(args=["experts", "escalate"])
    assert result.exit_code == 0, result.output
    assert "Routed 1 question to 1 more expert." in result.output
    again = app.test_cli_runner().invoke(args=["experts", "escalate"])
    assert "Routed 0 questions to 0 more experts." in again.output
    bad = app.test_cli_runner().invoke(args=["experts", "escalate", "--after", "soon"])
    assert bad.exit_code == 2


def test_a_recognised_expert_s_posts_alert_their_followers_and_the_tag_s(app, make_user, qa,
                                                                         vocab, inbox):
    expert, manager = make_user(name="Rex"), make_user()
    fan, tag_fan, both, stranger = make_user(), make_user(), make_user(), make_user()
    with app.app_context():
        db.session.add_all([Follow(follower_id=fan.id, followed_id=expert.id),
                            Follow(follower_id=both.id, followed_id=expert.id),
                            TagFollow(user_id=tag_fan.id, tag_id=vocab["pricing"]),
                            TagFollow(user_id=both.id, tag_id=vocab["pricing"]),
                            TagFollow(user_id=expert.id, tag_id=vocab["pricing"])])
        db.session.commit()
    qa.ask(expert, tags="pricing")  # not recognised yet: no alert
    assert inbox(fan) == []
    with app.app_context():
        db.session.add(RecognisedExpert(user_id=expert.id, flagged_by_id=manager.id))
        db.session.commit()
    question = qa.ask(expert, tags="pricing")
    for person in (fan, tag_fan, both):
        assert [i[:2] for i in inbox(person)] == [("followed", "question")]
        assert inbox(person)[0][2].startswith("Recognised expert Rex asked")
    assert inbox(stranger) == [] and [i for i in inbox(expert) if i[0] == "followed"] == []
    asker = make_user()
    other = qa.ask(asker, tags="discovery")
    qa.answer(expert, other)
    assert [i[2].split(" “")[0] for i in inbox(fan)] == ["Recognised expert Rex answered",
                                                       "Recognised expert Rex asked"]
    assert len(inbox(tag_fan)) == 1  # not his tag
    assert question


def test_the_feed_shows_followed_people_tags_and_the_team(app, make_user, qa, vocab, org,
                                                          client, login):
    me = make_user(name="Me", team_id=org["deal-desk"])
    mate = make_user(name="Team Mate", team_id=org["deal-desk"])
    followed, stranger = make_user(name="Followed Person"), make_user(name="Stranger")
    with app.app_context():
        db.session.add_all([Follow(follower_id=me.id, followed_id=followed.id),
                            TagFollow(user_id=me.id, tag_id=vocab["discovery"])])
        db.session.commit()
    by_mate = qa.ask(mate, title="Team question about the pricing calculator", tags="pricing")
    by_followed = qa.answer(followed, qa.ask(stranger, title="A stranger asks about renewals",
                                             tags="negotiation"))
    in_tag = qa.ask(stranger, title="Discovery question in a followed tag", tags="discovery")
    qa.ask(stranger, title="A question nobody here follows at all", tags="negotiation")
    mine = qa.ask(me, title="My own question about discovery calls", tags="discovery")
    deleted = qa.ask(mate, title="A team question that gets deleted", tags="pricing")
    qa.delete(mate, deleted)
    login(me)
    page = client.get("/").get_data(as_text=True)
    feed = page.split('<ul class="feed" data-feed>')[1].split("</ul>")[0]
    assert f'data-feed-post="{in_tag}"' in feed and "from a tag you follow" in feed
    assert f'data-feed-post="{by_followed}"' in feed and "from someone you follow" in feed
    assert f'data-feed-post="{by_mate}"' in feed and "from your team" in feed
    assert f'data-feed-post="{mine}"' not in feed and f'data-feed-post="{deleted}"' not in feed
    assert "nobody here follows" not in feed and "A stranger asks about renewals" in feed
    assert feed.index(f'"{in_tag}"') < feed.index(f'"{by_followed}"') < feed.index(f'"{by_mate}"')


def test_the_feed_paginates_in_constant_queries(app, make_user, qa, vocab, client, login):
    me, followed = make_user(), make_user()
    with app.app_context():
        db.session.add(Follow(follower_id=me.id, followed_id=followed.id))
        db.session.commit()
    login(me)

    def cost(path="/"):
        with count_queries(app) as statements:
            assert client.get(path).status_code == 200
        return len(statements)

    qa.ask(followed, tags="pricing")
    few = cost()
    for _ in range(app.config["PAGE_SIZE"] + 5):
        qa.ask(followed, tags="pricing, discovery")
    assert cost() == few
    second = client.get("/?page=2").get_data(as_text=True)
    assert second.count("data-feed-post=") == 6 and "← Newer" in second
    assert "Older →" in client.get("/").get_data(as_text=True)
    with app.app_context():
        assert db.session.get(User, me.id) is not None


def test_the_feed_covers_its_window_of_days(app, make_user, qa, vocab, client, login):
    """Read newest first and stopped at its window, the feed costs the same for someone who
    follows little however many years of posts there are; the page says how far it goes."""
    me, followed = make_user(), make_user()
    with app.app_context():
        db.session.add(Follow(follower_id=me.id, followed_id=followed.id))
        db.session.commit()
    days = app.config["FEED_DAYS"]
    recent = qa.ask(followed, title="A question asked last week about pricing",
                    at=utcnow() - timedelta(days=7))
    old = qa.ask(followed, title="A question asked long before the window",
                 at=utcnow() - timedelta(days=days + 1))
    login(me)
    page = client.get("/").get_data(as_text=True)
    assert f'data-feed-post="{recent}"' in page and f'data-feed-post="{old}"' not in page
    assert f"That is everything from the last {days} days." in page
