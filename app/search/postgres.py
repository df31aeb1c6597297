"""The PostgreSQL backend: full-text search over the `search_documents` table.

Each document is one row whose `tsv` column weights its text: title A, tags and keywords B,
body C (a GIN index serves `@@`). Each concept of a query (app.search.understanding) is a
tsquery of its terms (`phraseto_tsquery`, which accepts any input without a syntax error); a
document matches when it matches one of them, and ranks by `ts_rank_cd` over all of them, times
the share of the concepts it matches, times its static boost. Only the MATCHES_READ matches of
highest static boost are ranked (a B-tree index on `boost` finds them without reading every
match of a common word), and the total and facets count at most that many. Every value a user
typed travels as a bound parameter, and the tsqueries are written into each condition (not
read from a CTE), so that the planner sees how common their words are. The backend works in
the caller's `db.session` and never commits: the caller's transaction decides.
"""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from sqlalchemy import bindparam, delete, func, literal_column, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import TSVECTOR

from app.extensions import db
from app.search.backend import (
    SNIPPET_CHARS,
    TEXT_FIELDS,
    Document,
    Hit,
    Results,
    SearchQuery,
    static_boost,
)
from app.search.models import SearchDocument

CONFIG = "english"
BATCH_SIZE = 500  # rows per INSERT ... ON CONFLICT statement
# The most matches a search reads (issue 20: a common word matched 170,000 of 1.1M documents,
# and ranking and counting them all took 7 s). The ranked candidates are the matches with the
# highest static boost, up to this many (and as many of those matching every concept, for a
# query of several); the total counts up to it ("1,000+"), the facets count the best this many
# matches. It is what the search page ever shows: 50 pages of 20.
MATCHES_READ = 1_000
FACET_SIZE = 30  # values kept per facet, the most frequent first
VOCABULARY_MAX = 100_000  # the most widespread words kept for spelling corrections
# How much a document gains for matching more of the query's concepts: its rank is multiplied
# by 1 + COVERAGE x the share it matches (as Whoosh's coordination bonus does).
COVERAGE = 0.9
SNIPPET_WORDS = 35
# ts_headline's default parser drops anything that looks like an HTML tag; the body's "<" is
# swapped for this private-use character first, and back (escaped) afterwards.
_LT = "\ue000"

_table = SearchDocument.__table__
_WORD = re.compile(r"[^\W\d_]+")


def _config():
    return literal_column(f"'{CONFIG}'::regconfig")


def _weighted(parameter: str, weight: str):
    vector = func.to_tsvector(_config(), bindparam(parameter, type_=postgresql.TEXT),
                              type_=TSVECTOR)
    return func.setweight(vector, literal_column(f"'{weight}'"), type_=TSVECTOR)


# title A || tags and keywords B || body C, computed by PostgreSQL from the bound texts.
_TSV = (
    _weighted("tsv_title", "A")
    .op("||", return_type=TSVECTOR)(_weighted("tsv_keywords", "B"))
    .op("||", return_type=TSVECTOR)(_weighted("tsv_body", "C"))
)


def _upsert_statement():
    insert = postgresql.insert(_table).values(tsv=_TSV)
    return insert.on_conflict_do_update(
        index_elements=[_table.c.key],
        set_={column.name: insert.excluded[column.name]
              for column in _table.columns if column.name != "key"},
    )


_UPSERT = _upsert_statement()


def _clean(value: str | None) -> str:
    """Text PostgreSQL accepts: no NUL byte, no lone surrogate."""
    if not value:
        return ""
    value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("index aware datetimes (datetime.now(UTC)), not naive ones")
    return moment.astimezone(UTC).isoformat()


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _row(document: Document, now: datetime) -> dict:
    tags = [_clean(tag) for tag in document.tags]
    keywords = _clean(getattr(document, "keywords", ""))
    # "objection-handling" is found as "objection handling" and as itself.
    tag_text = " ".join([tag.replace("-", " ") for tag in tags] + tags + [keywords])
    title = _clean(document.title)
    body = _clean(document.body)
    return {
        "key": document.key,
        "kind": document.kind,
        "title": title,
        "body": body,
        "url": _clean(document.url),
        "subtitle": _clean(document.subtitle),
        "tags": tags,
        "categories": [_clean(category) for category in document.categories],
        "audience": document.audience,
        "fields": {
            "score": document.score,
            "answered": document.answered,
            "accepted": document.accepted,
            "stale": document.stale,
            "created_at": _iso(document.created_at),
            "updated_at": _iso(document.updated_at),
        },
        "boost": static_boost(document, now),
        "tsv_title": title,
        "tsv_keywords": tag_text,
        "tsv_body": body,
    }


# ---------------------------------------------------------------- query SQL
# The statements below are assembled from these constant fragments only (hence the S608
# exemptions); every value, the user's text first, is a bound parameter.

_MOMENT = ("CAST(COALESCE(d.fields ->> 'updated_at', d.fields ->> 'created_at') "
           "AS timestamptz)")
# A document of a group (a private channel's messages) exists only for its members.
_AUDIENCE = "(d.audience = '' OR d.audience = ANY(CAST(:audiences AS text[])))"
_FILTER_KINDS = "kind = ANY(CAST(:kinds AS text[]))"
_FILTER_TAGS = "tags @> CAST(:tags AS text[])"
_FILTER_CATEGORIES = "categories @> CAST(:categories AS text[])"


# The weight each field's words carry in `tsv` (_TSV): a query looks in some fields only by
# matching only the words of their weights.
_WEIGHTS = {"title": "A", "keywords": "B", "body": "C"}
# Each lexeme of a tsquery's text ('revop' <-> 'director') given weights ('revop':AB <->
# 'director':AB). The words are letters only (_WORD), so no quote is ever inside a lexeme.
_LEXEME = r"'([^']+)'"


def _tsquery(parameter: str, fields: tuple[str, ...] = TEXT_FIELDS) -> str:
    query = f"phraseto_tsquery('{CONFIG}', :{parameter})"
    if set(fields) >= set(_WEIGHTS):
        return query
    weights = "".join(sorted(_WEIGHTS[field] for field in fields))
    lexeme = _LEXEME.replace("'", "''")
    # "\:" is a colon to SQLAlchemy's text(), not a parameter's start.
    return (f"CAST(regexp_replace(CAST({query} AS text), '{lexeme}', "
            f"'''\\1''\\:{weights}', 'g') AS tsquery)")


def _q_cte(shape: list[int], excluded: int, fields: tuple[str, ...] = TEXT_FIELDS) -> str:
    """`q`: the tsqueries of a query of len(shape) concepts, the i-th of shape[i] terms (bound
    as :c<i>_<j>) looked for in `fields`, and of `excluded` excluded words (:x<k>);
    `q.query` is any concept's."""
    concepts = [" || ".join(_tsquery(f"c{i}_{j}", fields) for j in range(terms))
                for i, terms in enumerate(shape)]
    columns = [f"({c}) AS c{i}" for i, c in enumerate(concepts)]
    columns.append(f"({' || '.join(f'({c})' for c in concepts)}) AS query")
    if excluded:
        columns.append(f"({' || '.join(_tsquery(f'x{k}') for k in range(excluded))}) AS x")
    return f"q AS (SELECT {', '.join(columns)})"


# The words of a document's title and keywords alone (weights A and B), which a GIN index on
# this expression holds (migration 0019): a search in those fields (similar questions) is
# answered by the index, where the same search as weights on `tsv` ('sign':AB) must read every
# document holding the word anywhere to see where.
_HEADINGS = "ts_filter(d.tsv, '{a,b}')"


def _matches(shape: list[int], excluded: int, every: bool,
             fields: tuple[str, ...] = TEXT_FIELDS) -> str:
    """The condition a document of the searcher's audience meets: it matches one (`every`:
    each) of the concepts `_q_cte` describes, and no excluded word; the tsqueries written out
    (see the module)."""
    vector = "d.tsv"
    if set(fields) == {"title", "keywords"}:
        vector, fields = _HEADINGS, TEXT_FIELDS  # the words of those fields, unweighted
    concepts = [" || ".join(_tsquery(f"c{i}_{j}", fields) for j in range(terms))
                for i, terms in enumerate(shape)]
    matches = [f"({vector} @@ ({concept}))" for concept in concepts]
    where = f"({(' AND ' if every else ' OR ').join(matches)})"
    if excluded:
        where += f" AND NOT (d.tsv @@ ({' || '.join(_tsquery(f'x{k}') for k in range(excluded))}))"
    return f"{where} AND {_AUDIENCE}"


def _best(condition: str, where: str, columns: str = "d.key") -> str:
    """The MATCHES_READ (:read) documents meeting `condition` and the filters `where`, of
    highest static boost."""
    return (f"SELECT {columns} FROM search_documents AS d WHERE {condition} "  # noqa: S608
            f"AND {where} ORDER BY d.boost DESC LIMIT :read")


def _ranked_ctes(shape: list[int], excluded: int, where: str, search: SearchQuery) -> str:
    """`q` and `matched`: the candidates (the best matches of any concept, and of every one
    for a query of several), ranked."""
    candidates = _best(_matches(shape, excluded, search.every_concept, search.fields), where)
    if len(shape) > 1 and not search.every_concept:
        candidates = (f"({candidates}) UNION ("
                      f"{_best(_matches(shape, excluded, True, search.fields), where)})")
    share = " + ".join(f"(d.tsv @@ q.c{i})::int" for i in range(len(shape)))
    # Chosen on the relevance benchmark (bench/relevance): cover density divided by the
    # document's log length (normalisation 1), and the square root of the static boost (a rank
    # this flat lets the boost decide too much otherwise).
    rank = (f"ts_rank_cd(d.tsv, q.query, 1) * sqrt(d.boost) * "
            f"(1 + {COVERAGE} * ({share})::float / {len(shape)})")
    return (
        f"WITH {_q_cte(shape, excluded, search.fields)}, "  # noqa: S608
        f"candidates AS ({candidates}), "
        f"matched AS (SELECT d.key, {rank} AS rank, {_MOMENT} AS moment "
        "FROM candidates JOIN search_documents AS d ON d.key = candidates.key, q)"
    )


def _filters(search: SearchQuery) -> tuple[str, dict]:
    clauses, params = [], {"audiences": list(search.audiences)}
    if search.kinds:
        clauses.append(_FILTER_KINDS)
        params["kinds"] = list(search.kinds)
    if search.tags:
        clauses.append(_FILTER_TAGS)
        params["tags"] = [_clean(tag) for tag in search.tags]
    if search.categories:
        clauses.append(_FILTER_CATEGORIES)
        params["categories"] = [_clean(category) for category in search.categories]
    return (" AND ".join(clauses) or "TRUE"), params


def _counts_sql(where: str, shape: list[int], excluded: int, search: SearchQuery) -> str:
    """The filtered total and the matches before the filters, each counted up to :read + 1;
    the facets over the best :read matches before the filters."""
    condition = _matches(shape, excluded, search.every_concept, search.fields)
    sample = _best(condition, "TRUE", "d.key, d.kind, d.tags, d.categories")
    return (
        f"WITH sample AS ({sample}), filtered AS (SELECT 1 "  # noqa: S608
        f"FROM search_documents AS d WHERE {condition} AND {where} LIMIT :read + 1) "
        "SELECT 'total' AS facet, '' AS value, count(*) AS n FROM filtered "
        "UNION ALL (SELECT 'matched', '', count(*) FROM "
        f"(SELECT 1 FROM search_documents AS d WHERE {condition} LIMIT :read + 1) AS m) "
        "UNION ALL (SELECT 'kind', kind, count(*) FROM sample "
        f"GROUP BY kind ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE}) "
        "UNION ALL (SELECT 'tag', t.value, count(DISTINCT sample.key) "
        "FROM sample, unnest(sample.tags) AS t(value) "
        f"GROUP BY t.value ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE}) "
        "UNION ALL (SELECT 'category', c.value, count(DISTINCT sample.key) "
        "FROM sample, unnest(sample.categories) AS c(value) "
        f"GROUP BY c.value ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE})"
    )


_HEADLINE = f"ts_headline('{CONFIG}', replace(d.body, '<', :lt), q.query, :options)"


def _page_sql(where: str, shape: list[int], excluded: int, search: SearchQuery) -> str:
    """The page of hits, best first; the headline is computed for these rows only (without
    `snippets`, the text's start)."""
    snippet = _HEADLINE if search.snippets else "left(d.body, :chars)"
    order = "rank DESC, moment DESC NULLS LAST, key"
    return (
        f"{_ranked_ctes(shape, excluded, where, search)}, "  # noqa: S608
        f"page AS (SELECT key, rank, moment FROM matched "
        f"ORDER BY {order} LIMIT :limit OFFSET :offset) "
        "SELECT d.key, d.kind, d.title, d.url, d.subtitle, d.tags, d.fields, "
        f"{snippet} AS snippet "
        "FROM page JOIN search_documents AS d ON d.key = page.key, q "
        "ORDER BY page.rank DESC, page.moment DESC NULLS LAST, page.key"
    )


_ARRAYS = ("kinds", "tags", "categories", "audiences", "keys")
# ts_stat reads the words of a query it is given as text: the documents everyone may find.
_VOCABULARY_SQL = (
    "SELECT word, ndoc FROM ts_stat($$SELECT to_tsvector('simple', title || ' ' || body || ' ' "
    "|| array_to_string(tags, ' ')) FROM search_documents WHERE audience = ''$$) "
    "ORDER BY ndoc DESC, word LIMIT :cap"
)


def _bind(kept: list[list[str]], excluded: list[str], params: dict) -> list[int]:
    """The concepts' terms and the excluded words as parameters; the query's shape."""
    for i, terms in enumerate(kept):
        params.update({f"c{i}_{j}": term for j, term in enumerate(terms)})
    params.update({f"x{k}": word for k, word in enumerate(excluded)})
    return [len(terms) for terms in kept]


class _Marks:
    """ts_headline's options with markers no body can contain, and the HTML of its output."""

    def __init__(self):
        token = secrets.token_hex(8)
        self.start, self.stop = f"[[hl:{token}]]", f"[[/hl:{token}]]"
        self.params = {"lt": _LT, "options": (
            f'StartSel="{self.start}", StopSel="{self.stop}", MaxWords={SNIPPET_WORDS}, '
            'MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')}

    def html(self, snippet: str | None) -> str:
        return (html.escape(snippet or "").replace(self.start, "<mark>")
                .replace(self.stop, "</mark>").replace(_LT, "&lt;"))


def _statement(sql: str, params: dict):
    statement = text(sql)
    for name in _ARRAYS:
        if name in params:
            statement = statement.bindparams(bindparam(name, type_=postgresql.ARRAY(
                postgresql.TEXT)))
    return statement


def _hit(row, snippet: str) -> Hit:
    fields = row.fields or {}
    moment = fields.get("updated_at") or fields.get("created_at")
    return Hit(
        key=row.key,
        kind=row.kind,
        title=row.title,
        url=row.url,
        subtitle=row.subtitle or "",
        snippet=snippet,
        tags=list(row.tags or []),
        score=int(fields.get("score") or 0),
        answered=bool(fields.get("answered")),
        accepted=bool(fields.get("accepted")),
        stale=bool(fields.get("stale")),
        updated_at=datetime.fromisoformat(moment) if moment else None,
    )


# -------------------------------------------------------------------------------- backend


class PostgresBackend:
    # ------------------------------------------------------------ writing

    def add(self, documents: Iterable[Document]) -> None:
        now = datetime.now(UTC)
        for batch in _batches(documents, BATCH_SIZE):
            # One statement cannot upsert a key twice: the last version of a key wins.
            rows = {document.key: _row(document, now) for document in batch}
            db.session.execute(_UPSERT, list(rows.values()))

    def remove(self, keys: Iterable[str]) -> None:
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), BATCH_SIZE):
            db.session.execute(
                delete(_table).where(_table.c.key.in_(keys[start:start + BATCH_SIZE]))
            )

    def clear(self) -> None:
        db.session.execute(delete(_table))

    def merge(self, wait: bool = True) -> int:
        """Nothing to do: PostgreSQL maintains the GIN index itself."""
        return 0

    def replace(self, documents: Iterable[Document]) -> None:
        # In the caller's transaction: other sessions see the old rows until it commits.
        self.clear()
        self.add(documents)

    def count(self) -> int:
        return db.session.scalar(select(func.count()).select_from(_table)) or 0

    # ------------------------------------------------------------ searching

    def _terms(self, terms: list[str]) -> list[bool]:
        """Which of these terms are more than stop words (one statement for them all)."""
        if not terms:
            return []
        rows = db.session.execute(
            text(f"SELECT t.n, numnode(phraseto_tsquery('{CONFIG}', t.term)) > 0 "  # noqa: S608
                 "FROM unnest(CAST(:terms AS text[])) WITH ORDINALITY AS t(term, n)")
            .bindparams(bindparam("terms", type_=postgresql.ARRAY(postgresql.TEXT))),
            {"terms": terms})
        meaningful = dict(rows.all())
        return [meaningful[n + 1] for n in range(len(terms))]

    def query(self, search: SearchQuery) -> Results:
        kept, excluded = self._concepts(search)
        if not kept:
            # Only stop words or punctuation: nothing was asked, so nothing is found.
            return Results([], 0, {})

        where, params = _filters(search)
        shape = _bind(kept, excluded, params)
        per_page, page = max(int(search.per_page), 1), max(int(search.page), 1)
        params["read"] = max(MATCHES_READ, page * per_page)
        hits = self._page(search, _page_sql(where, shape, len(excluded), search), params)
        if not search.counted:
            return Results(hits, len(hits), {})
        return self._counts(_counts_sql(where, shape, len(excluded), search), params, hits)

    def _concepts(self, search: SearchQuery) -> tuple[list[list[str]], list[str]]:
        """The query's concepts' terms and its excluded words, stop words left out."""
        understood = search.concepts()
        alternatives = [[_clean(t.strip('"')) for t in concept.terms]
                        for concept in understood.concepts]
        excluded = [_clean(word) for word in understood.excluded]
        meaningful = iter(self._terms([t for terms in alternatives for t in terms] + excluded))
        kept = [[t for t in terms if next(meaningful)] for terms in alternatives]
        return [terms for terms in kept if terms], [w for w in excluded if next(meaningful)]

    def _counts(self, sql: str, params: dict, hits: list[Hit]) -> Results:
        read = params["read"]
        total = matched = 0
        facets: dict[str, dict[str, int]] = {"kind": {}, "tag": {}, "category": {}}
        for facet, value, n in db.session.execute(_statement(sql, params), params):
            if facet == "total":
                total = n
            elif facet == "matched":
                matched = n
            else:
                facets[facet][value] = n
        for name, counts in facets.items():  # the most frequent first, then by name
            facets[name] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        return Results(hits, min(total, read), facets, total_capped=total > read,
                       facets_capped=matched > read)

    def _page(self, search: SearchQuery, sql: str, params: dict) -> list[Hit]:
        per_page = max(int(search.per_page), 1)
        page = max(int(search.page), 1)
        marks = _Marks()
        page_params = {**params, **marks.params, "limit": per_page,
                       "offset": (page - 1) * per_page, "chars": SNIPPET_CHARS}
        rows = db.session.execute(_statement(sql, page_params), page_params)
        return [_hit(row, marks.html(row.snippet)) for row in rows]

    def hits(self, keys: Iterable[str], audiences: list[str],
             search: SearchQuery | None = None) -> dict[str, Hit]:
        keys = list(dict.fromkeys(keys))
        if not keys:
            return {}
        params = {"keys": keys, "audiences": list(audiences), "chars": SNIPPET_CHARS}
        kept, excluded = self._concepts(search) if search is not None else ([], [])
        snippet, q = "left(d.body, :chars)", ""
        marks = _Marks()
        if kept:  # highlighted where the document matches the words
            shape = _bind(kept, excluded, params)
            params.update(marks.params)
            snippet = f"CASE WHEN d.tsv @@ q.query THEN {_HEADLINE} ELSE {snippet} END"
            q = f"WITH {_q_cte(shape, len(excluded))} "
        rows = db.session.execute(_statement(
            f"{q}SELECT d.key, d.kind, d.title, d.url, d.subtitle, d.tags, d.fields, "  # noqa: S608
            f"{snippet} AS snippet FROM search_documents AS d{', q' if q else ''} "
            f"WHERE d.key = ANY(CAST(:keys AS text[])) AND {_AUDIENCE}", params), params)
        return {row.key: _hit(row, marks.html(row.snippet)) for row in rows}

    # ------------------------------------------------------------ spelling

    def vocabulary(self) -> dict[str, int]:
        """The words of the documents everyone may find, with the documents holding them (the
        most widespread VOCABULARY_MAX): read whole, rarely (app.search.spelling keeps it)."""
        rows = db.session.execute(text(_VOCABULARY_SQL), {"cap": VOCABULARY_MAX})
        return {word: ndoc for word, ndoc in rows if _WORD.fullmatch(word)}
