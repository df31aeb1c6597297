"""Knowledge gaps on hand-made data with known answers: the heat map of unanswered questions by
tag and week, the unanswered questions by tag and by category, the searches that found nothing
(grouped by their words, with who searched, what a search finds now, the nearest tags and what
to do), the overview's figures, scoping, limits, empty periods, and the statements each costs."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import url_for

from app.analytics import gaps
from app.analytics.gaps import (
    column_days,
    failed_searches,
    heat_map,
    nearest_tags,
    unanswered_by_category,
    unanswered_by_tag,
)
from app.auth.models import User, utcnow
from app.extensions import db
from app.qa import services as qa
from app.search import indexer
from app.search import services as search
from app.search.models import SearchMiss
from tests.analytics.world import NOW, START, World
from tests.conftest import count_queries

DAY = timedelta(days=1)


@pytest.fixture
def world(app, make_user, org, vocab) -> World:
    return World(app, make_user, org, vocab)


@pytest.fixture
def unanswered(world):
    """Questions of Ann's (Deal Desk, East) in the 30 days to NOW, eight still unanswered (one
    answered only with answers not voted up, one whose answer voted up was deleted):
        pricing      weeks 0, 1, 1, 4
        negotiation  weeks 1, 3
        discovery    weeks 0, 2, 2
    and six that are not counted: asked before the period or at its end, answered (accepted, or
    an answer voted up), deleted, closed as a duplicate."""
    ann, bob, cat = world.ann, world.bob, world.cat
    q = {
        "first": world.ask(ann, START, "pricing"),  # the period's first moment: week 0
        "two_tags": world.ask(ann, START + 8 * DAY, "pricing negotiation"),
        "last": world.ask(ann, START + 29 * DAY, "pricing"),
        "discovery": world.ask(ann, START + 15 * DAY, "discovery"),
        "discovery_2": world.ask(ann, START + 16 * DAY, "discovery"),
        "negotiation": world.ask(ann, START + 22 * DAY, "negotiation"),
        "weak_answer": world.ask(ann, START + 9 * DAY, "pricing"),
    }
    world.answer(bob, q["weak_answer"], START + 10 * DAY)  # not voted up: still unanswered
    downvoted = world.answer(bob, q["weak_answer"], START + 11 * DAY)
    world.vote(cat, downvoted, -1)

    world.ask(ann, START - timedelta(seconds=1), "pricing")  # before the period
    world.ask(ann, NOW, "pricing")  # the period's end is not in it
    accepted = world.ask(ann, START + 2 * DAY, "pricing")
    world.accept(ann, world.answer(bob, accepted, START + 2 * DAY), START + 3 * DAY)
    voted_up = world.ask(ann, START + 3 * DAY, "pricing")
    world.vote(cat, world.answer(bob, voted_up, START + 3 * DAY), 1)
    deleted = world.ask(ann, START + 4 * DAY, "pricing")
    world.delete(ann, deleted, START + 5 * DAY)
    duplicate = world.ask(ann, START + 5 * DAY, "pricing")
    world.close(ann, duplicate, q["first"])
    # Voted up, then deleted: unanswered again.
    reopened = world.ask(ann, START + 6 * DAY, "discovery")
    good = world.answer(bob, reopened, START + 6 * DAY)
    world.vote(cat, good, 1)
    world.delete(bob, good, START + 7 * DAY)
    q["reopened"] = reopened
    return q


# ---------------------------------------------------------------- the heat map


@pytest.mark.parametrize("days, width, columns", [
    (7, 7, 1), (30, 7, 5), (90, 7, 13), (365, 35, 11),
])
def test_the_heat_map_s_columns_are_weeks_or_as_many_weeks_as_keep_it_narrow(world, days, width,
                                                                            columns):
    with world.app.app_context():
        assert column_days(world.scope(days)) == width
    chart = world.build(heat_map, days=days)
    assert len(chart.columns) == columns
    assert chart.columns[0] == f"{NOW - timedelta(days=days):%d %b}"
    if columns > 1:
        assert chart.columns[1] == f"{NOW - timedelta(days=days - width):%d %b}"
    unit = "week" if width == 7 else f"{width // 7} weeks"
    assert chart.title == f"Unanswered questions by tag and {unit} asked"


def test_the_heat_map_counts_unanswered_questions_by_tag_and_week(world, unanswered):
    chart = world.build(heat_map)
    assert chart.kind == "heatmap"
    assert chart.columns == ["31 May", "07 Jun", "14 Jun", "21 Jun", "28 Jun"]
    # pricing 4; discovery 3 (one answer voted up, then deleted); negotiation 2.
    assert dict(zip(chart.rows, chart.cells, strict=True)) == {
        "pricing": [1, 2, 0, 0, 1],
        "discovery": [1, 0, 2, 0, 0],
        "negotiation": [0, 1, 0, 1, 0],
    }
    assert chart.rows == ["pricing", "discovery", "negotiation"]  # most first


def test_the_heat_map_shows_the_tags_with_most_unanswered_ties_by_name(world, unanswered,
                                                                      monkeypatch):
    world.ask(world.ann, START + 20 * DAY, "negotiation")  # negotiation 3, as discovery
    monkeypatch.setattr(gaps, "HEAT_TAGS", 2)
    chart = world.build(heat_map)
    assert chart.rows == ["pricing", "discovery"]
    assert chart.caption.startswith("The 2 tags")


def test_a_year_s_heat_map_has_five_week_columns(world):
    start = NOW - timedelta(days=365)
    world.ask(world.ann, start + 34 * DAY, "pricing")  # column 0
    world.ask(world.ann, start + 35 * DAY, "pricing")  # column 1
    world.ask(world.ann, start + 364 * DAY, "pricing")  # column 10, the last (15 days)
    chart = world.build(heat_map, days=365)
    assert chart.rows == ["pricing"]
    assert chart.cells == [[1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1]]


# ---------------------------------------------------------------- unanswered by tag and category


def test_unanswered_by_tag_counts_and_the_oldest(world, unanswered):
    table = world.build(unanswered_by_tag, 25)
    assert [(r["tag"], r["category"], r["questions"], r["oldest"]) for r in table.rows] == [
        ("pricing", "Topic", 4, START),
        ("discovery", "Topic", 3, START + 6 * DAY),
        ("negotiation", "Topic", 2, START + 8 * DAY),
    ]
    assert not table.more
    with world.app.test_request_context():
        assert table.rows[0]["tag_url"] == url_for("qa.questions", sort="unanswered",
                                                   tag="pricing")
    assert [c.key for c in table.columns] == ["tag", "category", "questions", "oldest"]


def test_unanswered_by_tag_is_cut_to_the_limit(world, unanswered):
    table = world.build(unanswered_by_tag, 2)
    assert [r["tag"] for r in table.rows] == ["pricing", "discovery"] and table.more
    table = world.build(unanswered_by_tag, 3)
    assert len(table.rows) == 3 and not table.more


@pytest.fixture
def two_teams(world):
    """Ann (Deal Desk, East) and Cat (Mid-Market, West) ask; Dan has no team."""
    world.ask(world.ann, START + DAY, "pricing brightline-crm")
    world.ask(world.ann, START + 2 * DAY, "signal-forecast signal-coach")
    world.ask(world.cat, START + 3 * DAY, "brightline-crm")
    world.ask(world.cat, START + 4 * DAY, "signal-forecast")
    world.ask(world.dan, START + 5 * DAY, "discovery")


def _by_tag(world, **scope):
    return {r["tag"]: r["questions"] for r in world.build(unanswered_by_tag, 25, **scope).rows}


def test_unanswered_by_tag_in_a_team_a_region_or_a_category(world, two_teams):
    assert _by_tag(world) == {"brightline-crm": 2, "signal-forecast": 2, "discovery": 1,
                              "pricing": 1, "signal-coach": 1}
    ann_s = {"brightline-crm": 1, "pricing": 1, "signal-coach": 1, "signal-forecast": 1}
    cat_s = {"brightline-crm": 1, "signal-forecast": 1}
    assert _by_tag(world, team="deal-desk") == ann_s
    assert _by_tag(world, team="mid-market") == cat_s
    assert _by_tag(world, region="east") == ann_s
    assert _by_tag(world, region="west") == cat_s
    # The questions with a tag of the category, under the category's own tags.
    assert _by_tag(world, category="product") == {"signal-forecast": 2, "signal-coach": 1}
    assert _by_tag(world, team="mid-market", category="competitor") == {"brightline-crm": 1}


def test_the_heat_map_in_a_team_or_a_category(world, two_teams):
    product = world.build(heat_map, category="product")
    assert dict(zip(product.rows, product.cells, strict=True)) == {
        "signal-forecast": [2, 0, 0, 0, 0], "signal-coach": [1, 0, 0, 0, 0]}
    mid_market = world.build(heat_map, team="mid-market")
    assert dict(zip(mid_market.rows, mid_market.cells, strict=True)) == {
        "brightline-crm": [1, 0, 0, 0, 0], "signal-forecast": [1, 0, 0, 0, 0]}


def test_unanswered_by_category_counts_a_question_once_in_each_of_its_categories(world,
                                                                               two_teams):
    table = world.build(unanswered_by_category, 25)
    # Ann's signal-forecast + signal-coach question counts once in Product.
    assert [(r["category"], r["questions"]) for r in table.rows] == [
        ("Competitor", 2), ("Product", 2), ("Topic", 2)]
    with world.app.test_request_context():
        assert table.rows[1]["category_url"] == url_for("qa.questions", sort="unanswered",
                                                        category="product")
    deal_desk = world.build(unanswered_by_category, 25, team="deal-desk")
    assert [(r["category"], r["questions"]) for r in deal_desk.rows] == [
        ("Competitor", 1), ("Product", 1), ("Topic", 1)]
    west = world.build(unanswered_by_category, 1, region="west")
    assert [(r["category"], r["questions"]) for r in west.rows] == [("Competitor", 1)]
    assert west.more


def test_unanswered_by_category_leaves_out_answered_deleted_and_duplicates(world, unanswered):
    table = world.build(unanswered_by_category, 25)
    assert [(r["category"], r["questions"]) for r in table.rows] == [("Topic", 8)]


# ---------------------------------------------------------------- searches that found nothing


@pytest.fixture
def searches(world):
    ann, bob, cat = world.ann, world.bob, world.cat
    # One gap in three spellings, by two people of Deal Desk.
    world.miss(ann, "Pricing for NHS?", START + DAY)
    world.miss(bob, "pricing  for nhs", START + 5 * DAY)
    world.miss(ann, "PRICING FOR NHS", START + 6 * DAY)
    # A gap that a later search (by someone of another team) found answers for.
    world.miss(bob, "pulse dashboard export", START + 2 * DAY)
    world.miss(cat, "Pulse dashboard export", START + 10 * DAY, found_by="words")
    world.miss(ann, "negotiaton tactics", START + 3 * DAY)
    world.miss(bob, "kilimanjaro zanzibar", START + 4 * DAY)
    # Found something in the period: not gaps of the period.
    world.miss(ann, "brightlne discount", START + 7 * DAY, found_by="correction")
    world.miss(ann, "signal forecast accuracy", START - 2 * DAY)  # a gap before the period
    world.miss(bob, "signal forecast accuracy", START + 8 * DAY, found_by="words")
    world.miss(ann, "renewal uplift", NOW)  # the end of the period is not in it
    world.miss(ann, "???", START + 9 * DAY)  # no words at all
    return world


def _gap_rows(table) -> dict[str, dict]:
    return {search.query_key(r["query"]): r for r in table.rows}


def test_failed_searches_are_grouped_by_their_words(searches):
    table = searches.build(failed_searches, 25)
    rows = _gap_rows(table)
    assert list(rows) == ["pricing for nhs", "pulse dashboard export", "kilimanjaro zanzibar",
                          "negotiaton tactics"]  # most nothing, then the latest first
    nhs = rows["pricing for nhs"]
    assert nhs["query"] in ("Pricing for NHS?", "pricing  for nhs", "PRICING FOR NHS")
    assert (nhs["searches"], nhs["nothing"], nhs["people"], nhs["last"], nhs["now"]) == \
        (3, 3, ["Ann Asker", "Bob Builder"], START + 6 * DAY, "still nothing")
    pulse = rows["pulse dashboard export"]
    assert (pulse["searches"], pulse["nothing"], pulse["people"], pulse["last"], pulse["now"]) \
        == (2, 1, ["Bob Builder", "Cat Closer"], START + 10 * DAY, "now finds answers")
    assert not table.more


def test_a_search_today_is_the_latest_search_of_the_words_by_anyone(searches):
    world = searches
    world.miss(world.dan, "Pricing for NHS", NOW + DAY, found_by="words")  # after the period
    world.miss(world.dan, "kilimanjaro zanzibar", START + 20 * DAY, found_by="correction")
    world.miss(world.dan, "kilimanjaro zanzibar", START + 20 * DAY, found_by="semantic")
    rows = _gap_rows(world.build(failed_searches, 25, team="deal-desk"))
    assert rows["pricing for nhs"]["now"] == "now finds answers"
    assert rows["pulse dashboard export"]["now"] == "now finds answers"  # Cat's search
    # At the same moment, the later row (the greater id) is the latest.
    assert rows["kilimanjaro zanzibar"]["now"] == "finds answers by meaning"
    assert rows["negotiaton tactics"]["now"] == "still nothing"


def test_failed_searches_of_a_team_count_its_people_only(searches):
    rows = _gap_rows(searches.build(failed_searches, 25, team="deal-desk"))
    assert list(rows) == ["pricing for nhs", "kilimanjaro zanzibar", "negotiaton tactics",
                          "pulse dashboard export"]
    pulse = rows["pulse dashboard export"]
    assert (pulse["searches"], pulse["nothing"], pulse["people"], pulse["last"]) == \
        (1, 1, ["Bob Builder"], START + 2 * DAY)
    # Cat's only search found answers: Mid-Market has no gap; nor has the West.
    assert searches.build(failed_searches, 25, team="mid-market").rows == []
    assert searches.build(failed_searches, 25, region="west").rows == []
    assert list(_gap_rows(searches.build(failed_searches, 25, region="east"))) == list(rows)


def test_the_category_filter_does_not_apply_to_searches(searches):
    everyone = searches.build(failed_searches, 25)
    product = searches.build(failed_searches, 25, category="product")
    assert product.rows == everyone.rows


def test_failed_searches_are_cut_to_the_limit(searches):
    table = searches.build(failed_searches, 2)
    assert list(_gap_rows(table)) == ["pricing for nhs", "pulse dashboard export"]
    assert table.more
    table = searches.build(failed_searches, 4)
    assert len(table.rows) == 4 and not table.more


def test_the_searchers_shown_are_the_first_five_names_and_how_many_more(world, make_user):
    names = ["Gil", "Eve", "Abe", "Fay", "Cy", "Bea", "Dot"]
    for n, name in enumerate(names):
        person = make_user(name)
        world.miss(person, "carbon reporting", START + n * DAY)
        world.miss(person, "Carbon reporting!", START + n * DAY + timedelta(hours=1))
    world.miss(world.ann, "carbon reporting", START - DAY)  # before the period
    row = world.build(failed_searches, 25).rows[0]
    assert (row["searches"], row["nothing"]) == (14, 14)
    assert row["people"] == ["Abe", "Bea", "Cy", "Dot", "Eve", "2 more"]


def test_the_nearest_tags_of_a_search_s_words(world):
    keys = ["pricing for nhs", "pulse dashboard export", "objections from a cfo",
            "signal forecast rollout", "negotiaton tactics", "discovry call",
            "pricing negotiation discovery objections", "kilimanjaro zanzibar", "pricingmodel"]
    with world.app.app_context():
        found = nearest_tags(keys)
        assert nearest_tags([]) == {}
    assert found == {
        "pricing for nhs": ["pricing"],  # a tag's name
        "pulse dashboard export": ["signal-forecast"],  # a synonym
        "objections from a cfo": ["objection-handling"],
        "signal forecast rollout": ["signal-forecast"],  # a name of two words
        "negotiaton tactics": ["negotiation"],  # a close spelling
        "discovry call": ["discovery"],
        "pricing negotiation discovery objections": ["discovery", "negotiation",
                                                     "objection-handling"],  # three at most
        "kilimanjaro zanzibar": [],
        "pricingmodel": [],  # a tag's name inside a word is not the tag
    }


def test_each_gap_offers_a_wiki_page_and_a_question_to_the_nearest_tags_experts(searches):
    rows = _gap_rows(searches.build(failed_searches, 25))
    with searches.app.test_request_context():
        wiki_new, ask = url_for("wiki.new"), url_for("qa.ask")

    def parts(url):
        address = urlsplit(url)
        return address.path, parse_qs(address.query, keep_blank_values=True)

    negotiation = rows["negotiaton tactics"]
    assert negotiation["tags"] == ["negotiation"]
    (write, write_url, write_method), (asking, ask_url, ask_method) = negotiation["actions"]
    assert (write, write_method, asking, ask_method) == (
        "Write a wiki page", "get", "Ask the experts in negotiation", "get")
    assert parts(write_url) == (wiki_new, {"title": ["Negotiaton tactics"]})
    assert parts(ask_url) == (ask, {"title": ["Negotiaton tactics"], "tags": ["negotiation"]})

    nowhere = rows["kilimanjaro zanzibar"]
    assert nowhere["tags"] == []
    (_, write_url, _), (asking, ask_url, _) = nowhere["actions"]
    assert asking == "Ask it as a question"
    assert parts(write_url) == (wiki_new, {"title": ["Kilimanjaro zanzibar"]})
    assert parts(ask_url)[1]["title"] == ["Kilimanjaro zanzibar"]
    assert parts(ask_url)[1].get("tags", [""]) == [""]
    assert rows["pulse dashboard export"]["tags"] == ["signal-forecast"]
    assert rows["pricing for nhs"]["tags"] == ["pricing"]


def test_searches_through_the_search_service_show_whether_a_gap_is_filled(world):
    """search() records a search whose words find nothing, and a later search of a gap's words
    that finds something (found_by "words"); never a search of other words that finds."""
    ann, bob = world.ann, world.bob
    with world.app.app_context():
        search.search(db.session.get(User, ann.id), "Zanzibar rollout plan?",
                      search.Filters([], [], []))
        db.session.commit()
    world.ask(bob, utcnow(), "pricing")  # a question about something else
    title_words = "Zanzibar rollout plan for the new territory"
    with world.app.app_context():
        qa.ask_question(db.session.get(User, bob.id), title_words,
                        "What is the rollout plan for Zanzibar accounts?", "pricing")
        db.session.commit()
        indexer.catch_up()
        found = search.search(db.session.get(User, bob.id), "zanzibar  ROLLOUT plan",
                              search.Filters([], [], []))
        assert found.results.total >= 1
        search.search(db.session.get(User, bob.id), "situation number",
                      search.Filters([], [], []))  # finds, never was a gap: not recorded
        db.session.commit()
        recorded = db.session.execute(db.select(SearchMiss.query_key, SearchMiss.found_by,
                                                SearchMiss.user_id)
                                      .order_by(SearchMiss.id)).all()
    assert [tuple(r) for r in recorded] == [("zanzibar rollout plan", "", ann.id),
                                            ("zanzibar rollout plan", "words", bob.id)]
    end = utcnow() + timedelta(minutes=1)
    row = world.build(failed_searches, 25, end=end).rows[0]
    assert (search.query_key(row["query"]), row["searches"], row["nothing"], row["now"]) == (
        "zanzibar rollout plan", 2, 1, "now finds answers")
    assert row["people"] == ["Ann Asker", "Bob Builder"]
    assert world.build(failed_searches, 25, end=end, team="deal-desk").rows[0]["now"] == \
        "now finds answers"


# ---------------------------------------------------------------- the overview, empty periods


def test_the_overview_s_figures(world, unanswered, searches):
    with world.app.test_request_context():
        figures, chart = gaps.overview(world.scope())
    # 8 unanswered; 6 searches found nothing, of 4 different words (as in the table: the
    # search of no words, "???", is not one).
    assert [(f.label, f.value, f.detail) for f in figures] == [
        ("Questions still unanswered", "8", "asked in the period"),
        ("Searches that found nothing", "6", "4 different questions"),
    ]
    assert chart.rows == ["pricing", "discovery", "negotiation"]
    with world.app.test_request_context():
        figures, _ = gaps.overview(world.scope(team="mid-market"))
    assert [f.value for f in figures] == ["0", "0"]


def test_an_empty_period_has_nothing_to_show(world, unanswered, searches):
    end = START - timedelta(days=60)
    for maker in gaps.SECTION.tables:
        table = world.build(maker, 25, end=end)
        assert (table.rows, table.more) == ([], False), maker.__name__
    with world.app.test_request_context():
        figures, chart = gaps.overview(world.scope(end=end))
    assert [f.value for f in figures] == ["0", "0"]
    assert chart.rows == [] and chart.empty and len(chart.columns) == 5


def test_a_section_with_no_data_at_all(world):
    with world.app.test_request_context():
        section = gaps.SECTION.build(world.scope(), 25)
    assert [t.rows for t in section.tables] == [[], [], []]
    assert section.chart.empty


# ---------------------------------------------------------------- statements


def _statements(world, maker, *args) -> int:
    with world.app.test_request_context():
        scope = world.scope()
        with count_queries(world.app) as statements:
            maker(scope, *args)
    return len(statements)


def _add_gaps(world, people, tags, first=0):
    for n, person in enumerate(people, start=first):
        tag = tags[n % len(tags)]
        world.ask(person, START + n * timedelta(hours=5), tag)
        world.miss(person, f"gap number {n} about {tag}", START + n * timedelta(hours=5))
        world.miss(person, f"gap number {n} About {tag}!", START + n * timedelta(hours=6),
                   found_by="words")


def test_the_statements_do_not_grow_with_the_rows(world, make_user):
    tags = ["pricing", "discovery", "negotiation", "signal-forecast", "signal-coach",
            "brightline-crm", "objection-handling"]
    makers = [(gaps.overview,), *((maker, 25) for maker in gaps.SECTION.tables)]
    _add_gaps(world, [world.ann, world.bob], tags)
    few = {m[0].__name__: _statements(world, *m) for m in makers}
    many = [make_user(f"Searcher {n}") for n in range(10)]
    _add_gaps(world, many, tags, first=2)
    assert len(world.build(failed_searches, 25).rows) == 12
    assert len(world.build(unanswered_by_tag, 25).rows) == 7
    more = {m[0].__name__: _statements(world, *m) for m in makers}
    assert few == more
    assert few == {"overview": 3, "failed_searches": 3, "unanswered_by_tag": 1,
                   "unanswered_by_category": 1}
