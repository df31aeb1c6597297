"""The expert finder: ranking by recent points and accepted answers in the matching tags,
declared expertise below earned, synonyms and phrases, hidden gems, why each person is listed,
bad input, a constant number of queries; top_for_tags for expert routing; the directory's tag
filter."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

import pytest

from app.auth.models import User, utcnow
from app.extensions import db
from app.points import ledger, rules
from app.profiles import experts
from app.profiles.models import DeclaredExpertise, Follow
from app.qa import services as qa
from tests.conftest import count_queries, log_in

_keys = count(1)


def earn(app, person, tag_ids, points_rows: int, at, rule=rules.ANSWER_ACCEPTED):
    """`points_rows` ledger rows of `rule` for the person in the tags, at `at`."""
    with app.app_context():
        for _ in range(points_rows):
            n = next(_keys)
            ledger.award(rule, person.id, ("post", 100_000 + n), None, tag_ids, f"t:{n}", at)
        db.session.commit()


def solve(app, asker, answerer, tags: str, at):
    """The answerer's answer to the asker's question in `tags`, accepted; returns the answer id."""
    with app.app_context():
        asking, answering = db.session.get(User, asker.id), db.session.get(User, answerer.id)
        n = next(_keys)
        question = qa.ask_question(asking, f"How do we handle case number {n}?",
                                   "The customer pushes back hard on this, what works?", tags,
                                   at=at)
        answer = qa.post_answer(answering, question, "Here is what worked for us last quarter.",
                                at=at)
        qa.accept_answer(asking, answer, at=at)
        db.session.commit()
        return answer.id


def declare(app, person, tag_id):
    with app.app_context():
        db.session.add(DeclaredExpertise(user_id=person.id, tag_id=tag_id))
        db.session.commit()


def ranked(app, words: str, now=None, page=1, per_page=30):
    with app.app_context(), app.test_request_context():
        found = experts.find(words, now or utcnow(), page, per_page)
        return found, [(e.person.name, e.why(now or utcnow()), e.hidden_gem, e.earned)
                       for e in found.experts]


def names(rows) -> list[str]:
    return [row[0] for row in rows]


def test_recent_points_outrank_older_ones_and_accepted_answers_weigh_extra(app, make_user,
                                                                         vocab):
    now = utcnow()
    veteran, newcomer, voted, solver = (make_user(n) for n in ("Vera Veteran", "Nina New",
                                                               "Victor Votes", "Sam Solver"))
    pricing = vocab["pricing"]
    # 150 points two years ago decay to about 0.6; 45 points this week stay about 45.
    earn(app, veteran, [pricing], 10, now - timedelta(days=730))
    earn(app, newcomer, [pricing], 3, now - timedelta(days=3))
    # 30 points from votes lose to one accepted answer (15 points + the accepted weight).
    earn(app, voted, [pricing], 3, now - timedelta(days=3), rules.ANSWER_UPVOTED)
    solve(app, make_user("Asker"), solver, "pricing", now - timedelta(days=3))
    _, rows = ranked(app, "pricing", now)
    # The asker earned 2 points for accepting.
    assert names(rows) == ["Nina New", "Sam Solver", "Victor Votes", "Asker", "Vera Veteran"]


def test_reasons_say_why_each_person_is_listed(app, make_user, vocab):
    now = utcnow()
    asker, expert = make_user("Asker"), make_user("Priya Raman")
    solve(app, asker, expert, "pricing", now - timedelta(days=10))
    solve(app, asker, expert, "pricing discovery", now - timedelta(days=3))
    _, rows = ranked(app, "pricing discovery", now)
    assert rows[0][1] == ("2 accepted answers on pricing, last one 3 days ago · 30 points in "
                          "pricing · 1 accepted answer on discovery, last one 3 days ago · "
                          "15 points in discovery")


def test_declared_expertise_ranks_below_every_earned_expert(app, make_user, vocab):
    now = utcnow()
    talker, doer = make_user("Ann Declares"), make_user("Zed Earned")
    declare(app, talker, vocab["negotiation"])
    declare(app, doer, vocab["negotiation"])
    # One point's worth a year ago is still earned expertise.
    earn(app, doer, [vocab["negotiation"]], 1, now - timedelta(days=365),
         rules.ACCEPTED_AN_ANSWER)
    _, rows = ranked(app, "negotiation", now)
    assert names(rows) == ["Zed Earned", "Ann Declares"]
    assert rows[1][1] == "says they know negotiation" and rows[1][3] is False
    assert rows[0][1] == "2 points in negotiation"


def test_words_match_tags_through_synonyms_case_and_phrases(app, make_user, vocab):
    now = utcnow()
    forecaster, handler = make_user("Fay Forecast"), make_user("Hal Handler")
    earn(app, forecaster, [vocab["signal-forecast"]], 1, now)
    earn(app, handler, [vocab["objection-handling"]], 1, now)
    for words in ("PULSE", "who knows signal forecast", "Signal-Forecast"):
        found, rows = ranked(app, words, now)
        assert [t.name for t in found.tags] == ["signal-forecast"], words
        assert names(rows) == ["Fay Forecast"], words
    found, rows = ranked(app, "Objections and pulse", now)
    assert [t.name for t in found.tags] == ["objection-handling", "signal-forecast"]
    assert found.unmatched == []  # "and" is filler, like "who knows about"
    found, _ = ranked(app, "Who knows about pulse? And haggling?", now)
    assert [t.name for t in found.tags] == ["signal-forecast"]
    assert found.unmatched == ["haggling"]
    assert sorted(names(rows)) == ["Fay Forecast", "Hal Handler"]
    found, _ = ranked(app, "objection handling", now)
    assert [t.name for t in found.tags] == ["objection-handling"] and found.unmatched == []


def test_a_hidden_gem_is_not_buried_under_a_higher_title_with_more_followers(app, make_user,
                                                                          vocab):
    now = utcnow()
    gem = make_user("Ivy Contributor", title="Account Executive",
                    altitude="individual-contributor")
    boss = make_user("Vic President", title="VP Sales", altitude="vp")
    asker = make_user("Asker")
    for _ in range(3):
        solve(app, asker, gem, "pricing", now - timedelta(days=5))
    solve(app, asker, boss, "pricing", now - timedelta(days=1))
    with app.app_context():
        fans = [User(email=f"fan{n}@example.com", name=f"Fan {n}", handle=f"fan{n}",
                     password_hash="x") for n in range(8)]
        db.session.add_all(fans)
        db.session.flush()
        db.session.add_all(Follow(follower_id=fan.id, followed_id=boss.id) for fan in fans)
        db.session.commit()
    _, rows = ranked(app, "pricing", now)
    assert names(rows)[:2] == ["Ivy Contributor", "Vic President"]
    assert rows[0][2] is True and rows[1][2] is False  # the marker: only the gem


def test_inactive_people_are_left_out(app, make_user, vocab):
    now = utcnow()
    gone, here = make_user("Gone Person"), make_user("Here Person")
    earn(app, gone, [vocab["pricing"]], 5, now)
    earn(app, here, [vocab["pricing"]], 1, now)
    declare(app, make_user("Gone Declarer", active=False), vocab["pricing"])
    with app.app_context():
        db.session.get(User, gone.id).active = False
        db.session.commit()
    _, rows = ranked(app, "pricing", now)
    assert names(rows) == ["Here Person"]


def test_top_for_tags_ranks_earned_experts_with_exclusions_and_recent_activity(app, make_user,
                                                                               vocab):
    now = utcnow()
    pricing, discovery = vocab["pricing"], vocab["discovery"]
    best, second, dormant, asker, declarer = (
        make_user(n) for n in ("Best", "Second", "Dormant", "Asker", "Declarer"))
    earn(app, best, [pricing], 4, now - timedelta(days=2))
    earn(app, second, [discovery], 2, now - timedelta(days=2))
    earn(app, dormant, [pricing], 20, now - timedelta(days=200))  # most points, none lately
    earn(app, asker, [pricing], 1, now - timedelta(days=1))
    declare(app, declarer, pricing)
    since = now - timedelta(days=90)
    with app.app_context():
        def top(exclude=(), limit=5, active_since=since):
            return [u.name for u in experts.top_for_tags([pricing, discovery], now, limit,
                                                         exclude, active_since)]

        assert top() == ["Best", "Second", "Asker"]
        assert top(exclude={asker.id, best.id}) == ["Second"]
        assert top(limit=1) == ["Best"]
        assert top(active_since=now - timedelta(days=365)) == ["Dormant", "Best", "Second",
                                                               "Asker"]
        # A post written lately makes the dormant expert active again.
        qa.ask_question(db.session.get(User, dormant.id), "Anyone seen this pricing move?",
                        "A competitor dropped list price by half this week.", "pricing", at=now)
        db.session.commit()
        assert top()[0] == "Dormant"
        assert experts.top_for_tags([], now, 5, (), since) == []


def test_the_page_explains_an_empty_query_and_shows_top_tags(client, make_user, login, vocab):
    me = make_user()
    solve(client.application, me, make_user(), "discovery", utcnow())
    login(me)
    page = client.get("/people/experts").get_data(as_text=True)
    assert "Type a topic" in page and "Popular tags" in page and ">discovery</a>" in page


def test_words_that_match_no_tag_are_named_with_close_tags_to_try(client, make_user, login,
                                                                  vocab):
    login(make_user())
    response = client.get("/people/experts?q=pricng")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "No tag matches “pricng”" in page and "?q=pricing" in page


def test_an_over_long_query_gets_a_clear_422(client, make_user, login, vocab):
    login(make_user())
    response = client.get("/people/experts?q=" + "pricing " * 30)
    assert response.status_code == 422
    assert "at most 200 characters" in response.get_data(as_text=True)


def test_the_page_lists_experts_with_reasons_and_markers(client, make_user, login, vocab, org):
    now = utcnow()
    expert = make_user("Ivy Contributor", team_id=org["deal-desk"])
    asker = make_user("Asker")
    for _ in range(3):
        solve(client.application, asker, expert, "pricing", now - timedelta(days=3))
    declare(client.application, make_user("Dee Clares"), vocab["pricing"])
    login(asker)
    page = client.get("/people/experts?q=Pricing").get_data(as_text=True)
    assert page.index("Ivy Contributor") < page.index("Dee Clares")
    assert "3 accepted answers on pricing, last one 3 days ago · 45 points in pricing" in page
    assert "says they know pricing" in page and "hidden gem" in page
    assert "/people/teams/deal-desk" in page
    assert 'href="/people/experts"' in client.get("/people/").get_data(as_text=True)


def test_the_page_takes_the_same_queries_for_2_or_30_experts(make_app, make_user, vocab):
    app = make_app(PAGE_SIZE=50)
    client = app.test_client()
    viewer, asker = make_user("Viewer"), make_user("Asker")
    log_in(client, viewer.email)
    people = [make_user(f"Expert {n:02d}") for n in range(30)]

    def counted() -> int:
        client.get("/people/experts?q=pricing discovery")  # warm
        with count_queries(app) as statements:
            page = client.get("/people/experts?q=pricing discovery").get_data(as_text=True)
        return len(statements), page

    for person in people[:2]:
        solve(app, asker, person, "pricing discovery", utcnow())
    declare(app, people[0], vocab["pricing"])
    few, page = counted()
    assert "Expert 01" in page
    for person in people[2:]:
        solve(app, asker, person, "pricing", utcnow())
        earn(app, person, [vocab["discovery"]], 2, utcnow() - timedelta(days=40))
        declare(app, person, vocab["discovery"])
    many, page = counted()
    assert "Expert 29" in page
    assert few == many


def test_the_page_paginates(make_app, make_user, vocab):
    app = make_app(PAGE_SIZE=5)
    client = app.test_client()
    viewer = make_user("Viewer")
    log_in(client, viewer.email)
    now = utcnow()
    for n in range(12):
        earn(app, make_user(f"Rep {n:02d}"), [vocab["pricing"]], 12 - n, now)
    first = client.get("/people/experts?q=pricing").get_data(as_text=True)
    assert "Page 1 of 3" in first and "Rep 04" in first and "Rep 05" not in first
    assert "Rep 11" in client.get("/people/experts?q=pricing&page=3").get_data(as_text=True)
    assert client.get("/people/experts?q=pricing&page=4").status_code == 404


def directory(client, query: str) -> str:
    page = client.get(f"/people/{query}").get_data(as_text=True)
    start = page.find('<ul class="people-list">')
    return page[start:page.find("</ul>", start)] if start >= 0 else ""


def test_the_directory_filters_by_tag_through_points_or_declarations(client, make_user, login,
                                                                     vocab):
    now = utcnow()
    earner, declarer, lost, other = (make_user(n) for n in ("Earner Person", "Declarer Person",
                                                          "Lost Points", "Other Person"))
    earn(app=client.application, person=earner, tag_ids=[vocab["objection-handling"]],
         points_rows=1, at=now)
    declare(client.application, declarer, vocab["objection-handling"])
    earn(client.application, lost, [vocab["objection-handling"]], 1, now, rules.POST_DOWNVOTED)
    earn(client.application, other, [vocab["pricing"]], 1, now)
    login(other)
    for tag in ("objection-handling", "Objections"):
        listed = directory(client, f"?tag={tag}")
        assert "Earner Person" in listed and "Declarer Person" in listed, tag
        assert "Lost Points" not in listed and "Other Person" not in listed, tag


@pytest.mark.parametrize("tag", ["no-such-tag", "pricing discovery", "x" * 41])
def test_the_directory_refuses_a_tag_not_in_the_vocabulary(client, make_user, login, vocab, tag):
    login(make_user())
    response = client.get("/people/", query_string={"tag": tag})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "filters are not valid" in page and 'id="tag-error"' in page
