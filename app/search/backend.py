"""The search backend protocol and the shapes that cross it.

A backend keeps an index of `Document`s (derived from the database, rebuilt at will) and answers
a parsed `SearchQuery` with `Results`. Two implement it: Whoosh (the embedded default, an index
directory under instance/) and PostgreSQL full-text search (a table with a tsvector column and
a GIN index, for deployments with several hosts). The same test suite runs against both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from app.search.understanding import Understood, understand

KINDS = ("question", "page", "person", "message")
SNIPPET_CHARS = 220  # a snippet without highlighted words: the text's start


@dataclass
class Document:
    """One searchable thing, flattened for the index."""

    key: str  # "question:12", "page:3", "person:7": the kind and the database id
    kind: str  # one of KINDS
    title: str  # the question's title, the page's title, the person's name
    body: str  # question + answers (accepted first) / page text / title, team, region, bio
    url: str
    # Words that find the document without being in its text: its tags' names and synonyms
    # (an old product name finds what is tagged with the new one), a person's expertise.
    keywords: str = ""
    tags: list[str] = field(default_factory=list)  # canonical tag names
    categories: list[str] = field(default_factory=list)  # the tags' category slugs
    subtitle: str = ""  # shown under the title: a person's role and team, a page's section
    created_at: datetime | None = None
    updated_at: datetime | None = None
    score: int = 0  # a question's votes
    answered: bool = False  # a question with an accepted or an up-voted answer
    accepted: bool = False  # a question with an accepted answer
    stale: bool = False  # a wiki page past its review date
    # Who may find it: "" for everyone, else a group ("channel:12": the members of a private
    # channel or a DM) that a search must name in `SearchQuery.audiences` to see it.
    audience: str = ""


TEXT_FIELDS = ("title", "keywords", "body")


@dataclass
class SearchQuery:
    """What the search service asks a backend: the query text (already bounded and cleaned of
    syntax the backend must not interpret) and the filters, which all apply together."""

    text: str
    kinds: list[str] = field(default_factory=list)  # empty: every kind
    tags: list[str] = field(default_factory=list)  # every one of them
    categories: list[str] = field(default_factory=list)  # any tag in each of them
    # The groups the searcher belongs to: documents of any other group are neither found nor
    # counted in the facets nor suggested as spellings, as if they did not exist.
    audiences: list[str] = field(default_factory=list)
    page: int = 1
    per_page: int = 20
    # The text's concepts (app.search.understanding): the search service passes them with the
    # vocabulary's names recognised; without them the backend reads the text's own.
    understood: Understood | None = None
    # False: the hits' snippets are the text's start, not highlighted (the hybrid ranker reads
    # many candidates, then has the few it shows highlighted through `hits`).
    snippets: bool = True
    # False: only the best hits are wanted (similar questions), not how many matched nor the
    # facets; the backend may then skip what cannot reach the page. Results.total is then the
    # number of hits, and the facets are empty.
    counted: bool = True
    # True: a document must match every concept of the text, not just one (a narrow search
    # that reads only where the concepts' postings meet: similar questions).
    every_concept: bool = False
    # Where the text is looked for: a document's title, its keywords (tags and their
    # synonyms), its body. Similar questions look in titles and keywords only.
    fields: tuple[str, ...] = TEXT_FIELDS

    def concepts(self) -> Understood:
        return self.understood if self.understood is not None else understand(self.text)


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    subtitle: str
    snippet: str  # safe HTML: the matched words wrapped in <mark>, everything else escaped
    tags: list[str]
    score: int
    answered: bool
    accepted: bool
    stale: bool
    updated_at: datetime | None


@dataclass
class Results:
    hits: list[Hit]
    total: int
    # {"kind": {"question": 12, ...}, "tag": {"pricing": 4, ...}, "category": {...}} over every
    # match of the text (before the filters), so a filter shows what the others would give.
    facets: dict[str, dict[str, int]]
    # "Did you mean": the text with misspelled words corrected (set by the search service)
    suggestion: str | None = None
    # A backend may count up to a bound (PostgreSQL: MATCHES_READ): then `total` is that bound
    # and more matched ("1,000+"), and the facets count only the best matches, not all.
    total_capped: bool = False
    facets_capped: bool = False


class SearchBackend(Protocol):
    def add(self, documents: Iterable[Document]) -> None:
        """Index these documents, replacing any with the same key."""

    def remove(self, keys: Iterable[str]) -> None:
        """Drop these keys from the index (keys not indexed are ignored)."""

    def query(self, query: SearchQuery) -> Results:
        """The page of hits asked for, best first (a hit matches one of the query's concepts
        at least, and the more of them the better), with the facets."""

    def clear(self) -> None:
        """Empty the index."""

    def merge(self, wait: bool = True) -> int:
        """Tidy the index; return how many merges were made (Whoosh: merge segments, without
        holding up writers for long; PostgreSQL: nothing). Safe to call while others write.
        With `wait` false, start the work in the background and return at once."""

    def replace(self, documents: Iterable[Document]) -> None:
        """Index these documents instead of everything indexed now. Searches see the old
        index until the new one is complete (Whoosh: one commit; PostgreSQL: the caller's)."""

    def count(self) -> int:
        """How many documents are indexed."""

    def vocabulary(self) -> dict[str, int]:
        """{word: documents holding it} for the words, as written (lower-cased, not stemmed),
        of the documents everyone may find: what typos are corrected to."""

    def hits(self, keys: Iterable[str], audiences: list[str],
             search: SearchQuery | None = None) -> dict[str, Hit]:
        """The hits of these keys, as a result list shows them, for the indexed ones the
        searcher may find (everyone's, or of one of `audiences`): what the hybrid ranker shows.
        The snippet is highlighted for `search`'s words where the document matches them, and
        is the text's start otherwise (a document found by its meaning alone)."""


def static_boost(document: Document | Hit, now: datetime) -> float:
    """How much a document's relevance is multiplied by, whichever backend ranks it (and the
    hybrid ranker, from a hit): accepted, answered, well-voted, verified and recent content
    first. Relevance still decides first: no boost here is worth more than a few times a better
    match, and a stale page is halved."""
    boost = 1.0
    if document.accepted:
        boost += 0.6
    elif document.answered:
        boost += 0.3
    boost += min(max(document.score, 0), 50) / 50 * 0.4  # up to +0.4 for 50 votes or more
    if document.score < 0:
        boost -= min(-document.score, 5) * 0.1  # down to -0.5 for five downvotes
    moment = document.updated_at or getattr(document, "created_at", None)
    if moment is not None:
        age_days = max((now - moment).total_seconds() / 86400, 0)
        boost += 0.3 / (1 + age_days / 180)  # +0.3 today, +0.15 at six months
    if document.stale:
        boost *= 0.5
    return round(max(boost, 0.1), 4)
