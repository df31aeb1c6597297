"""Fusing the two rankings: the words' (the text backend's candidates) and the meaning's (the
vector matrix's), by reciprocal rank fusion, then the static signals (accepted, votes, verified,
fresh, stale demoted) once more, as the text backends apply them.

A document found by its meaning alone is shown from the text index's stored fields (so a
document the text index no longer holds, or the searcher may not see, is not shown at all); the
total and the facets count it beside the words' matches. When the words match more documents
than the candidates read, a document found both ways beyond them may be counted twice: the
total is then "about".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.auth.models import utcnow
from app.search.backend import Hit, Results, SearchQuery, static_boost
from app.search.vectors import Match

# Chosen on the relevance benchmark (bench/relevance, docs/benchmarks.md).
RRF_K = 5  # reciprocal rank fusion's constant: 1 / (RRF_K + rank)
WORDS_WEIGHT = 1.0
MEANING_WEIGHT = 2.0
BOOST_POWER = 0.1  # the static boost, once more, lightly: the words' ranks carry it already
CANDIDATES = 50  # documents read from each side at least


@dataclass
class Candidates:
    """What each side found for one query: the words' first `depth` hits (filtered), with
    their total and facets (before the filters), and the meaning's matches (before the
    filters)."""

    words: Results
    meaning: list[Match]


def depth(page: int, per_page: int) -> int:
    return max(CANDIDATES, 2 * page * per_page)


def _passes(match: Match, search: SearchQuery) -> bool:
    return ((not search.kinds or match.kind in search.kinds)
            and all(tag in match.tags for tag in search.tags)
            and all(category in match.categories for category in search.categories))


def fuse(found: Candidates, search: SearchQuery, hits_of, ranker: str) -> Results:
    """The page `search` asks for, from both sides' candidates; `hits_of(keys)` gives the hits
    of documents found by their meaning alone. With `ranker` "semantic", the meaning alone
    orders (the relevance benchmark's reference)."""
    words = found.words
    word_hits = {hit.key: hit for hit in words.hits}
    meant = [m for m in found.meaning if _passes(m, search)]
    shown = dict(word_hits) if ranker == "hybrid" else {}
    missing = [m.key for m in meant if m.key not in shown]
    shown.update(hits_of(missing))

    scores: dict[str, float] = {}
    if ranker == "hybrid":
        for rank, hit in enumerate(words.hits, start=1):
            scores[hit.key] = WORDS_WEIGHT / (RRF_K + rank)
    for rank, match in enumerate((m for m in meant if m.key in shown), start=1):
        scores[match.key] = scores.get(match.key, 0.0) + MEANING_WEIGHT / (RRF_K + rank)
    now = utcnow()
    ranked = sorted(scores, key=lambda key: (-scores[key] * _boost(shown[key], now), key))

    start = (search.page - 1) * search.per_page
    page = [shown[key] for key in ranked[start:start + search.per_page]]
    alone = [m for m in found.meaning if m.key not in word_hits]
    if ranker == "hybrid":
        total = words.total + sum(1 for m in alone if _passes(m, search) and m.key in shown)
        facets = _plus(words.facets, alone)
    else:
        total, facets = len([m for m in meant if m.key in shown]), _plus({}, found.meaning)
    return Results(page, total, facets, total_capped=words.total_capped and ranker == "hybrid",
                   facets_capped=words.facets_capped and ranker == "hybrid")


def _boost(hit: Hit, now) -> float:
    return static_boost(hit, now) ** BOOST_POWER


def _plus(facets: dict[str, dict[str, int]], matches: list[Match]) -> dict[str, dict[str, int]]:
    """The words' facets with the matches found by their meaning alone counted in."""
    counts = {name: Counter(values) for name, values in facets.items()}
    for name in ("kind", "tag", "category"):
        counts.setdefault(name, Counter())
    for match in matches:
        counts["kind"][match.kind] += 1
        counts["tag"].update(match.tags)
        counts["category"].update(match.categories)
    return {name: dict(sorted(counted.items(), key=lambda item: (-item[1], item[0])))
            for name, counted in counts.items()}
