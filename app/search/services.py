"""Searching: a person's words made into a safe, bounded query, filters, permissions, similar
questions, and the searches that found nothing (knowledge gaps).

Whatever is typed, the backend receives only words, "quoted phrases", OR between two terms and
-word to leave one out (the syntax both Whoosh and PostgreSQL's websearch_to_tsquery read the
same way): no fields, no wildcards, no grouping, a bounded number of terms and phrases. So a query
can neither reach into another field nor run for long.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import exists, select

from app.auth.models import User
from app.chat import services as chat
from app.errors import ServiceError
from app.extensions import db
from app.qa.models import Tag, TagCategory
from app.search import documents, encoder, hybrid, indexer, spelling, vectors
from app.search.backend import KINDS, Results, SearchQuery
from app.search.models import QUERY_MAX, SearchMiss
from app.search.understanding import Understood, tag_names, understand

MAX_TERMS = 12
MAX_PHRASES = 3
MAX_PHRASE_WORDS = 6
MAX_PAGE = 50  # deeper than this nobody reads; refusing it keeps collection bounded
PER_PAGE = 20
JOURNEY_PHASE = "journey-phase"  # the tag category shown as its own facet

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class QueryProblem(ServiceError):
    """A query that cannot be searched: the message says what to type instead."""

    status = 400


def clean_query(raw: str | None) -> str:
    """The query as the backends will read it, or QueryProblem with a helpful message."""
    raw = " ".join((raw or "").split())
    if not raw:
        raise QueryProblem("Type what you are looking for: a question, a product, a name.", "q")
    if len(raw) > QUERY_MAX:
        raise QueryProblem(f"A search can have at most {QUERY_MAX} characters; use the few "
                           "words that matter most.", "q")
    if raw.count('"') % 2:  # an unbalanced quote: the words still count, the quote does not
        raw = raw[::-1].replace('"', "", 1)[::-1]
    terms: list[str] = []
    phrases = positives = 0
    previous_or = False
    for token in re.finditer(r'"[^"]*"|\S+', raw):
        part = token.group(0)
        if part == "OR":
            previous_or = bool(terms) and terms[-1] != "OR"
            if previous_or:
                terms.append("OR")
            continue
        if part.startswith('"'):
            words = _WORD.findall(part)[:MAX_PHRASE_WORDS]
            if not words:
                continue
            if len(words) > 1 and phrases < MAX_PHRASES:
                phrases += 1
                terms.append('"' + " ".join(words) + '"')
            else:
                terms.extend(words)
            positives += 1
            continue
        negative = part.startswith("-") and len(part) > 1
        words = _WORD.findall(part)
        if negative and words:
            terms.append("-" + words[0])
            terms.extend(words[1:])
            positives += len(words) - 1
        else:
            terms.extend(words)
            positives += len(words)
    while terms and terms[-1] == "OR":
        terms.pop()
    terms = terms[:MAX_TERMS]
    if not terms:
        raise QueryProblem("Your search has no words in it (only punctuation or symbols). "
                           "Type words, a \"quoted phrase\", OR between two words, or -word "
                           "to leave one out.", "q")
    if positives == 0:
        raise QueryProblem("Say what to look for, not only what to leave out.", "q")
    return " ".join(terms)


@dataclass
class Filters:
    kinds: list[str]
    tags: list[str]
    categories: list[str]


def clean_filters(kinds: list[str], tags: list[str], categories: list[str]) -> Filters:
    """Known filter values only: an unknown one is a clear error, not an empty page."""
    unknown_kinds = [k for k in kinds if k not in KINDS]
    if unknown_kinds:
        raise ServiceError(f"Unknown type “{unknown_kinds[0][:40]}”: pick questions, wiki pages "
                           "or people.", "type")
    tags, categories = list(dict.fromkeys(tags))[:5], list(dict.fromkeys(categories))[:5]
    known_tags = set(db.session.scalars(select(Tag.name).where(Tag.name.in_(tags)))) \
        if tags else set()
    missing = [t for t in tags if t not in known_tags]
    if missing:
        raise ServiceError(f"There is no tag “{missing[0][:40]}”.", "tag")
    known = set(db.session.scalars(
        select(TagCategory.slug).where(TagCategory.slug.in_(categories)))) if categories else set()
    missing = [c for c in categories if c not in known]
    if missing:
        raise ServiceError(f"There is no tag category “{missing[0][:40]}”.", "category")
    return Filters(list(dict.fromkeys(kinds)), tags, categories)


@dataclass
class Page:
    query: str  # as cleaned: what the results are for
    results: Results
    page: int
    per_page: int
    phases: dict[str, int]  # the journey-phase tags among the tag facet
    # What was typed, when the results are for its correction ("Showing results for
    # negotiation; search instead for negotation"); None when they are for what was typed.
    typed: str | None = None

    @property
    def pages(self) -> int:
        return max(1, min(MAX_PAGE, -(-self.results.total // self.per_page)))


class _Ranking:
    """One search's way to the backends: the words' side (a page of hits, or, ranking by
    meaning too, its first candidates) and the fusion with the meaning's."""

    def __init__(self, search: SearchQuery):
        self.search = search
        self.backend = indexer.backend()
        self.names = tag_names()
        self.ranker = current_app.config["SEARCH_RANKER"] if vectors.wanted() else "lexical"

    def words(self, text: str) -> Results:
        """The words' side; ranking by meaning too, its first candidates, not highlighted
        (`fused` has the page's highlighted)."""
        deep = self.ranker != "lexical"
        return self.backend.query(self._query(text, deep))

    def _query(self, text: str, deep: bool = False) -> SearchQuery:
        search = self.search
        return SearchQuery(
            text=text, kinds=search.kinds, tags=search.tags, categories=search.categories,
            audiences=search.audiences, page=1 if deep else search.page,
            per_page=hybrid.depth(search.page, search.per_page) if deep else search.per_page,
            understood=search.understood or understand(text, self.names),
            snippets=search.snippets and not deep, counted=search.counted,
            every_concept=search.every_concept, fields=search.fields)

    def fused(self, text: str, words: Results) -> Results:
        """The page asked for, from the words' results for `text` and (ranking by meaning
        too) the documents nearest to it in meaning: the query is embedded here, once."""
        search = self.search
        if self.ranker == "lexical":
            return words
        meant = _by_meaning(text, search.audiences, hybrid.depth(search.page, search.per_page))
        if meant is None:  # the meaning failed: the words' page after all
            return self.backend.query(self._query(text))
        results = hybrid.fuse(hybrid.Candidates(words, meant), search,
                              lambda keys: self.backend.hits(keys, search.audiences),
                              self.ranker)
        marked = self.backend.hits([hit.key for hit in results.hits], search.audiences,
                                   self._query(text))  # the page's snippets, highlighted
        results.hits = [marked.get(hit.key, hit) for hit in results.hits]
        return results


def search(viewer: User, raw: str | None, filters: Filters, page: int = 1,
           per_page: int = PER_PAGE, exact: bool = False) -> Page:
    """One page of results for what `viewer` typed, ranked by its words and (SEARCH_RANKER
    "hybrid", the default) its meaning. A word no document holds is corrected from the index's
    vocabulary (unless `exact`): when the corrected words find more, the results are the
    correction's (`Page.typed` keeps what was typed), else it is offered as "did you mean". A
    search whose words, as typed, found nothing is recorded as a knowledge gap (the words, who
    searched, and whether a correction or the meaning found something)."""
    text = clean_query(raw)
    if not 1 <= page <= MAX_PAGE:
        raise ServiceError(f"Pages go from 1 to {MAX_PAGE}: narrow the search instead.", "page")
    ranking = _Ranking(SearchQuery(
        text=text, kinds=filters.kinds, tags=filters.tags, categories=filters.categories,
        audiences=[documents.audience_of(i) for i in chat.readable_channel_ids(viewer)],
        page=page, per_page=per_page))
    words = ranking.words(text)
    as_typed = words.total
    shown, typed, suggestion = text, None, None
    fixes = {} if exact else spelling.corrections(text, spelling.vocabulary(ranking.backend))
    if fixes:
        fixed = spelling.corrected(text, fixes)
        better = ranking.words(fixed)
        if better.total > words.total:
            words, shown, typed = better, fixed, text
        elif better.total:
            suggestion = fixed
    found_by = "correction" if words.total else ""
    results = ranking.fused(shown, words)
    if not found_by and results.total:
        found_by = "semantic"
    if page == 1 and not (filters.kinds or filters.tags or filters.categories):
        _record_gap(viewer, text, "words" if as_typed else found_by)
    results.suggestion = suggestion
    return Page(shown, results, page, per_page, _phases(results.facets.get("tag", {})), typed)


def query_key(text: str) -> str:
    """A search's words as searches are grouped by (the knowledge gaps): compatibility forms
    and case folded, punctuation dropped, spaces collapsed ("Pricing  for NHS?" and "pricing for
    nhs" are one gap)."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]+", " ", folded).split())[:QUERY_MAX]


def _record_gap(viewer: User, text: str, found_by: str) -> None:
    """A search whose words as typed found nothing is a knowledge gap; a later search of a
    gap's words that finds something is recorded too, to show the gap is filled (one look up
    the gaps' index; nothing for the searches of words that never were a gap)."""
    key = query_key(text)
    if found_by == "words" and not db.session.scalar(
            select(exists().where(SearchMiss.query_key == key))):
        return
    db.session.add(SearchMiss(query=text, query_key=key, user_id=viewer.id,  # the edge commits
                              found_by=found_by))


def _by_meaning(text: str, audiences: list[str], limit: int) -> list[vectors.Match] | None:
    """The documents nearest in meaning to `text`, or None (and a warning in the log) when
    the query cannot be embedded: the search then answers by its words."""
    try:
        query_vector = encoder.encode([text], "query")[0]
    except encoder.EncoderError:
        current_app.logger.warning("Search by meaning failed for this query; words only",
                                   exc_info=True)
        return None
    return vectors.index().matches(query_vector, audiences,
                                   current_app.config["SEARCH_SEMANTIC_FLOOR"], limit)


def _phases(tag_counts: dict[str, int]) -> dict[str, int]:
    if not tag_counts:
        return {}
    in_phase = set(db.session.scalars(
        select(Tag.name).join(TagCategory).where(
            TagCategory.slug == JOURNEY_PHASE, Tag.name.in_(tag_counts))))
    return {name: n for name, n in tag_counts.items() if name in in_phase}


# Similar questions are looked for among the questions that hold every one of the title's
# rarest words: this many at first, one fewer at each step while too few are found. Each step
# reads the postings of the rarest word at most, however many questions there are.
SIMILAR_CONCEPTS = 4
SIMILAR_FIELDS = ("title", "keywords")  # a question is like another by what it asks


def similar_questions(title: str, exclude: int | None = None, limit: int = 5) -> list:
    """Answered questions like this title (for the question page and the ask form), ranked as
    a search is (its words and its meaning), the answered ones only. Nothing for a title with
    no words.

    The words' side reads only where the postings of the title's rarest words meet in titles
    and keywords (every one of them must match), rather than every document that holds any
    word of the title, which at 100,000 questions is most of them (a second of scoring per
    page view): with SIMILAR_CONCEPTS of the rarest first, then one fewer while too few are
    found (down to the rarest alone); where not one answered question holds the rarest, the
    same steps without it."""
    text = " ".join(_WORD.findall(title or "")[:MAX_TERMS])
    if not text:
        return []
    # Its words, each a concept (no tag names recognised: a name's phrase, matched by its
    # words' positions, costs many times what its words do).
    concepts = understand(text).concepts
    if not concepts:
        return []
    known = spelling.vocabulary(indexer.backend()).counts

    def spread(concept) -> int:  # how many documents hold it (its most widespread word)
        return max((known.get(word.lower(), 0) for term in concept.terms
                    for word in _WORD.findall(term)), default=0)

    # On a question's own page, a word only it holds would find nothing else.
    rarest = sorted((c for c in concepts if exclude is None or spread(c) != 1),
                    key=spread)[:SIMILAR_CONCEPTS]
    wanted, skip = limit + 1, f"question:{exclude}"
    words = Results([], 0, {})

    def useful() -> int:
        return sum(hit.answered and hit.key != skip for hit in words.hits)

    for start in range(len(rarest)):
        for size in range(len(rarest), start, -1):
            tier = Understood(rarest[start:size])
            found = _Ranking(SearchQuery(text=text, kinds=["question"], per_page=wanted,
                                         understood=tier, snippets=False, counted=False,
                                         every_concept=True, fields=SIMILAR_FIELDS)).words(text)
            seen = {hit.key for hit in words.hits}  # the narrower steps' hits first
            words.hits += [hit for hit in found.hits if hit.key not in seen]
            if useful() >= limit:
                break
        # The rarest word alone found no answered question (a customer's name, a number, a
        # typo that no title holds): the steps again without it.
        if useful():
            break
    words.total = len(words.hits)
    ranking = _Ranking(SearchQuery(text=text, kinds=["question"], per_page=wanted,
                                   snippets=False, counted=False))
    results = ranking.fused(text, words)
    return [hit for hit in results.hits if hit.answered and hit.key != skip][:limit]
