"""The PostgreSQL backend: full-text search over the `search_documents` table.

Each document is one row whose `tsv` column weights its text: title A, tags and keywords B,
body C (a GIN index serves `@@`). Queries go through `websearch_to_tsquery`, which accepts any
input without a syntax error, and every value a user typed travels as a bound parameter. The
backend works in the caller's `db.session` and never commits: the caller's transaction decides.

Spelling suggestions need no extension: the distinct words of titles and tags (bounded) are read
once and cached on the backend, and a word the index does not know is compared with them by
difflib.
"""

from __future__ import annotations

import difflib
import html
import re
import secrets
import threading
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from sqlalchemy import bindparam, delete, func, literal_column, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import TSVECTOR

from app.extensions import db
from app.search.backend import Document, Hit, Results, SearchQuery, static_boost
from app.search.models import SearchDocument

CONFIG = "english"
BATCH_SIZE = 500  # rows per INSERT ... ON CONFLICT statement
FACET_SIZE = 30  # values kept per facet, the most frequent first
SUGGEST_BELOW = 3  # a "did you mean" only for a search that found fewer hits than this
VOCABULARY_MAX = 50_000  # words of titles and tags compared with a misspelled word
VOCABULARY_TTL = 300.0  # seconds: other hosts' writes reach this host's vocabulary by then
SUGGEST_CUTOFF = 0.8
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

_MATCH_TEXT = "d.tsv @@ q.query"
_RANK_TEXT = "ts_rank_cd(d.tsv, q.query, 32)"
_MOMENT = ("CAST(COALESCE(d.fields ->> 'updated_at', d.fields ->> 'created_at') "
           "AS timestamptz)")
# A document of a group (a private channel's messages) exists only for its members.
_AUDIENCE = "(d.audience = '' OR d.audience = ANY(CAST(:audiences AS text[])))"
_FILTER_KINDS = "kind = ANY(CAST(:kinds AS text[]))"
_FILTER_TAGS = "tags @> CAST(:tags AS text[])"
_FILTER_CATEGORIES = "categories @> CAST(:categories AS text[])"


def _matched_cte(ranked: bool) -> str:
    columns = "d.key, d.kind, d.tags, d.categories"
    if ranked:
        columns += f", ({_RANK_TEXT}) * d.boost AS rank, {_MOMENT} AS moment"
    return (
        f"WITH q AS (SELECT websearch_to_tsquery('{CONFIG}', :text) AS query), "  # noqa: S608
        f"matched AS (SELECT {columns} FROM search_documents AS d, q WHERE {_MATCH_TEXT} "
        f"AND {_AUDIENCE})"
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


def _counts_sql(where: str) -> str:
    """The filtered total, and the facets over every match before the filters."""
    matched = _matched_cte(ranked=False)
    return (
        f"{matched}, filtered AS (SELECT key FROM matched WHERE {where}) "  # noqa: S608
        "SELECT 'total' AS facet, '' AS value, count(*) AS n FROM filtered "
        "UNION ALL (SELECT 'kind', kind, count(*) FROM matched "
        f"GROUP BY kind ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE}) "
        "UNION ALL (SELECT 'tag', t.value, count(DISTINCT matched.key) "
        "FROM matched, unnest(matched.tags) AS t(value) "
        f"GROUP BY t.value ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE}) "
        "UNION ALL (SELECT 'category', c.value, count(DISTINCT matched.key) "
        "FROM matched, unnest(matched.categories) AS c(value) "
        f"GROUP BY c.value ORDER BY 3 DESC, 2 LIMIT {FACET_SIZE})"
    )


def _page_sql(where: str) -> str:
    """The page of hits, best first; the headline is computed for these rows only."""
    snippet = f"ts_headline('{CONFIG}', replace(d.body, '<', :lt), q.query, :options)"
    order = "rank DESC, moment DESC NULLS LAST, key"
    matched = _matched_cte(ranked=True)
    return (
        f"{matched}, page AS (SELECT key, rank, moment FROM matched WHERE {where} "  # noqa: S608
        f"ORDER BY {order} LIMIT :limit OFFSET :offset) "
        "SELECT d.key, d.kind, d.title, d.url, d.subtitle, d.tags, d.fields, "
        f"{snippet} AS snippet "
        "FROM page JOIN search_documents AS d ON d.key = page.key, q "
        "ORDER BY page.rank DESC, page.moment DESC NULLS LAST, page.key"
    )


_ARRAYS = ("kinds", "tags", "categories", "audiences")


def _statement(sql: str, params: dict):
    statement = text(sql)
    for name in _ARRAYS:
        if name in params:
            statement = statement.bindparams(bindparam(name, type_=postgresql.ARRAY(
                postgresql.TEXT)))
    return statement


# -------------------------------------------------------------------------------- backend


class PostgresBackend:
    def __init__(self, vocabulary_ttl: float = VOCABULARY_TTL):
        self.vocabulary_ttl = vocabulary_ttl
        self._vocabulary: dict[int, list[str]] | None = None  # words by length
        self._vocabulary_at = 0.0
        self._guard = threading.Lock()

    # ------------------------------------------------------------ writing

    def add(self, documents: Iterable[Document]) -> None:
        now = datetime.now(UTC)
        for batch in _batches(documents, BATCH_SIZE):
            # One statement cannot upsert a key twice: the last version of a key wins.
            rows = {document.key: _row(document, now) for document in batch}
            db.session.execute(_UPSERT, list(rows.values()))
        self._forget_vocabulary()

    def remove(self, keys: Iterable[str]) -> None:
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), BATCH_SIZE):
            db.session.execute(
                delete(_table).where(_table.c.key.in_(keys[start:start + BATCH_SIZE]))
            )
        if keys:
            self._forget_vocabulary()

    def clear(self) -> None:
        db.session.execute(delete(_table))
        self._forget_vocabulary()

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

    def query(self, search: SearchQuery) -> Results:
        query_text = _clean(search.text)
        has_text = bool(query_text.strip()) and bool(db.session.scalar(
            text(f"SELECT numnode(websearch_to_tsquery('{CONFIG}', :text))"),
            {"text": query_text},
        ))
        if not has_text:
            # Only stop words or punctuation: nothing was asked, so nothing is found.
            return Results([], 0, {})

        where, params = _filters(search)
        params["text"] = query_text

        total, facets = self._counts(where, params)
        hits = self._page(search, where, params)
        suggestion = None
        if total < SUGGEST_BELOW:
            suggestion = self._suggest(query_text, where, params)
        return Results(hits, total, facets, suggestion)

    def _counts(self, where: str, params: dict) -> tuple[int, dict[str, dict[str, int]]]:
        sql = _counts_sql(where)
        total = 0
        facets: dict[str, dict[str, int]] = {"kind": {}, "tag": {}, "category": {}}
        for facet, value, n in db.session.execute(_statement(sql, params), params):
            if facet == "total":
                total = n
            else:
                facets[facet][value] = n
        for name, counts in facets.items():  # the most frequent first, then by name
            facets[name] = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        return total, facets

    def _page(self, search: SearchQuery, where: str, params: dict) -> list[Hit]:
        per_page = max(int(search.per_page), 1)
        page = max(int(search.page), 1)
        token = secrets.token_hex(8)  # markers no body can contain
        start, stop = f"[[hl:{token}]]", f"[[/hl:{token}]]"
        page_params = {
            **params,
            "limit": per_page,
            "offset": (page - 1) * per_page,
            "lt": _LT,
            "options": (
                f'StartSel="{start}", StopSel="{stop}", MaxWords={SNIPPET_WORDS}, '
                'MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'
            ),
        }
        rows = db.session.execute(_statement(_page_sql(where), page_params), page_params)
        hits = []
        for row in rows:
            snippet = (html.escape(row.snippet or "")
                       .replace(start, "<mark>").replace(stop, "</mark>")
                       .replace(_LT, "&lt;"))
            fields = row.fields or {}
            moment = fields.get("updated_at") or fields.get("created_at")
            hits.append(Hit(
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
            ))
        return hits

    # ------------------------------------------------------------ "did you mean"

    def _forget_vocabulary(self) -> None:
        with self._guard:
            self._vocabulary = None

    def _words(self) -> dict[int, list[str]]:
        """The distinct words of titles and tags (the most widespread first, bounded), by
        length; read once, then again after a write through this backend or after the TTL."""
        with self._guard:
            if (self._vocabulary is not None
                    and time.monotonic() - self._vocabulary_at < self.vocabulary_ttl):
                return self._vocabulary
        rows = db.session.execute(
            text(
                "SELECT word FROM ts_stat('SELECT to_tsvector(''simple'', title || '' '' || "
                "array_to_string(tags, '' '')) FROM search_documents') "
                "ORDER BY ndoc DESC, word LIMIT :cap"
            ),
            {"cap": VOCABULARY_MAX},
        ).scalars()
        vocabulary: dict[int, list[str]] = {}
        for word in rows:
            if len(word) >= 3 and _WORD.fullmatch(word):
                vocabulary.setdefault(len(word), []).append(word)
        with self._guard:
            self._vocabulary, self._vocabulary_at = vocabulary, time.monotonic()
        return vocabulary

    def _suggest(self, query_text: str, where: str, params: dict) -> str | None:
        spans = [match for match in _WORD.finditer(query_text) if len(match.group()) >= 4]
        words = list(dict.fromkeys(match.group().lower() for match in spans))[:20]
        if not words:
            return None
        unknown = {
            word for word, meaningful, known in db.session.execute(
                text(
                    f"SELECT w, numnode(plainto_tsquery('{CONFIG}', w)) > 0, "  # noqa: S608
                    "EXISTS (SELECT 1 FROM search_documents AS d "
                    f"WHERE d.tsv @@ plainto_tsquery('{CONFIG}', w) AND {_AUDIENCE}) "
                    "FROM unnest(CAST(:words AS text[])) AS w"
                ).bindparams(bindparam("words", type_=postgresql.ARRAY(postgresql.TEXT)),
                             bindparam("audiences", type_=postgresql.ARRAY(postgresql.TEXT))),
                {"words": words, "audiences": params["audiences"]},
            )
            if meaningful and not known
        }
        if not unknown:
            return None
        vocabulary = self._words()
        corrections: dict[str, str] = {}
        for word in unknown:
            # difflib's ratio is at most 2*min/(len a + len b): lengths further apart than
            # 2:3 cannot reach a 0.8 cutoff, so only the near lengths are compared.
            low, high = -(-len(word) * 2 // 3), len(word) * 3 // 2
            candidates = [w for n in range(low, high + 1) for w in vocabulary.get(n, ())]
            close = difflib.get_close_matches(word, candidates, n=1, cutoff=SUGGEST_CUTOFF)
            if close and close[0] != word:
                corrections[word] = close[0]
        if not corrections:
            return None

        def replace(match: re.Match) -> str:
            word = match.group()
            corrected = corrections.get(word.lower())
            if corrected is None or len(word) < 4:
                return word
            if word.isupper():
                return corrected.upper()
            if word[0].isupper():
                return corrected.capitalize()
            return corrected

        suggestion = _WORD.sub(replace, query_text)
        if suggestion == query_text:
            return None
        check = {**params, "text": suggestion}
        found = db.session.scalar(
            _statement(
                "SELECT EXISTS (SELECT 1 FROM search_documents AS d "  # noqa: S608
                f"WHERE d.tsv @@ websearch_to_tsquery('{CONFIG}', :text) AND {_AUDIENCE} "
                f"AND {where})",
                check,
            ),
            check,
        )
        return suggestion if found else None
