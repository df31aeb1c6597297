"""The relevance benchmark: judged queries against a corpus written for it, through the product's
own search, with recall@3 and MRR@10 per query style for each ranker on each search backend.

    PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python \\
        bench/relevance/run.py [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres]

The corpus (corpus.json: people, questions with their answers and votes, wiki pages) and the
queries (queries.json: each with its style and the corpus ids of the items that answer it) are
data files beside this one. For each search backend the runner builds a scratch database
(SQLite in a temporary folder for Whoosh; with --postgres, a database it creates on that server
and drops at the end, for the PostgreSQL backend), makes the demo organisation's tag vocabulary
(app/demo/data.py) and the corpus in it through the product's services, as the people would
have, and commits. Then, for each ranker, it builds the app with SEARCH_RANKER set to it, has
the app rebuild its index from the database (what `flask search reindex` does), and runs every
query through app.search.services.search, the path of the /search page and /api/v1/search.

recall@3 is the share of a query's judged items among its first 3 hits, MRR@10 the reciprocal
rank of the first judged item among the first 10 (0 when none is); both are averaged over the
queries of each style and over all of them. A ranker the app cannot build (it refuses the
setting, or fails to index) is reported as not available, with the app's reason. Data that
does not hold together (a judged id missing from the corpus, an unknown style or author) stops
the run before anything is built, with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

import app.models  # noqa: F401  (every table, for create_all)
from app import create_app
from app.auth import services as auth
from app.auth.models import Role, User, utcnow
from app.config import TestingConfig
from app.demo import data
from app.extensions import db
from app.profiles import services as profiles
from app.qa import services as qa
from app.qa import vocabulary
from app.search import documents, indexer, services
from app.wiki import services as wiki

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.json"
QUERIES = HERE / "queries.json"
STYLES = ("keyword", "natural", "paraphrase", "old_name", "typo")
RANKERS = ("lexical", "semantic", "hybrid")
BACKENDS = ("whoosh", "postgres")
BACKEND_NAMES = {"whoosh": "Whoosh on SQLite", "postgres": "PostgreSQL full-text search"}
TOP = 3  # recall@3: what a rep reads on a phone without scrolling
DEPTH = 10  # MRR@10, from a first page of ten hits
PASSWORD = "relevance bench seven lanterns"  # nobody logs in: the accounts only write


class DataProblem(Exception):
    """The corpus and the queries do not hold together; the message lists what is wrong."""


# ---------------------------------------------------------------- the data


def read(corpus_path: Path = CORPUS, queries_path: Path = QUERIES) -> tuple[dict, list[dict]]:
    """The corpus and the queries, checked: DataProblem if anything does not hold together."""
    corpus = json.loads(Path(corpus_path).read_text(encoding="utf-8"))
    queries = json.loads(Path(queries_path).read_text(encoding="utf-8"))["queries"]
    problems = check(corpus, queries)
    if problems:
        raise DataProblem(f"{len(problems)} problems in the benchmark's data:\n  "
                          + "\n  ".join(problems))
    return corpus, queries


def items(corpus: dict) -> dict[str, dict]:
    """Every question and page of the corpus by its id."""
    return {item["id"]: item for item in [*corpus["questions"], *corpus["pages"]]}


def check(corpus: dict, queries: list[dict]) -> list[str]:
    """What is wrong with the data, if anything: ids that are missing or twice, unknown styles,
    people and tags, questions without exactly one accepted answer, votes the product refuses."""
    problems = []
    people = {person["id"] for person in corpus["people"]}
    every = [item["id"] for item in [*corpus["questions"], *corpus["pages"]]]
    problems += [f"corpus id {i!r} is used twice" for i, n in Counter(every).items() if n > 1]
    known = set(every)
    vocabulary = {tag["name"] for tag in data.TAGS}
    for item in [*corpus["questions"], *corpus["pages"]]:
        where = f"item {item['id']!r}"
        if item["author"] not in people:
            problems.append(f"{where}: unknown author {item['author']!r}")
        problems += [f"{where}: {tag!r} is not a tag of the demo's vocabulary"
                     for tag in item["tags"] if tag not in vocabulary]
        if not item.get("body", "").strip():
            problems.append(f"{where} has no text")
        problems += [f"{where}: looks_like names unknown item {other!r}"
                     for other in item.get("looks_like", []) if other not in known]
    for question in corpus["questions"]:
        where = f"question {question['id']!r}"
        answers = question.get("answers", [])
        if sum(bool(a.get("accepted")) for a in answers) != 1:
            problems.append(f"{where} needs exactly one accepted answer")
        for post in [question, *answers]:
            for voter in post.get("votes", []):
                if voter not in people:
                    problems.append(f"{where}: unknown voter {voter!r}")
                elif voter == post["author"]:
                    problems.append(f"{where}: {voter!r} votes on their own post")
        problems += [f"{where}: unknown answer author {a['author']!r}"
                     for a in answers if a["author"] not in people]
    texts = Counter(query["text"].casefold() for query in queries)
    problems += [f"query {t!r} is there twice" for t, n in texts.items() if n > 1]
    for query in queries:
        where = f"query {query['text']!r}"
        if query["style"] not in STYLES:
            problems.append(f"{where}: unknown style {query['style']!r}")
        if not query["answers"]:
            problems.append(f"{where} has no judged item")
        problems += [f"{where}: judged item {i!r} is not in the corpus"
                     for i in query["answers"] if i not in known]
    return problems


def sliced(queries: list[dict], per_style: int | None) -> list[dict]:
    """The first `per_style` queries of each style (all with None), in the file's order."""
    if per_style is None:
        return list(queries)
    seen: Counter = Counter()
    chosen = []
    for query in queries:
        seen[query["style"]] += 1
        if seen[query["style"]] <= per_style:
            chosen.append(query)
    return chosen


# ---------------------------------------------------------------- building a database


def make_app(settings: dict):
    return create_app(TestingConfig, settings)


def close(application) -> None:
    with application.app_context():
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()


def load(corpus: dict) -> dict[str, str]:
    """Make the vocabulary and the corpus in the current app's empty database through the
    services, commit, and return {corpus id: search document key}."""
    db.create_all()
    people = {}
    for person in corpus["people"]:
        account = auth.create_account(person["name"], person["email"], PASSWORD,
                                      Role(person.get("role", "member")))
        profiles.edit_profile(account, account, profiles.ProfileEdit(
            name=account.name, title=person.get("title", ""), bio=person.get("bio", "")))
        people[person["id"]] = account
    admin = next(p for p in people.values() if p.is_admin)
    categories = {}
    for item in data.TAG_CATEGORIES:
        category = vocabulary.save_category(admin, item["name"], item["description"])
        if category.slug != item["slug"]:
            raise DataProblem(f"category {item['name']!r} got slug {category.slug!r}, "
                              f"the demo says {item['slug']!r}")
        categories[item["slug"]] = category
    for item in data.TAGS:
        tag = vocabulary.create_tag(admin, item["name"], categories[item["category"]],
                                    item["description"])
        for synonym in item["synonyms"]:
            vocabulary.add_synonym(admin, tag, synonym)
    now = utcnow().replace(second=0, microsecond=0)
    keys = {}
    # Oldest first, as they would have been written: ids follow time.
    for question in sorted(corpus["questions"], key=lambda q: -q["days_ago"]):
        asked = now - timedelta(days=question["days_ago"])
        asker = people[question["author"]]
        posted = qa.ask_question(asker, question["title"], question["body"], question["tags"],
                                 at=asked)
        _vote(people, posted, question.get("votes", []), asked)
        for n, answer in enumerate(question["answers"]):
            answered = asked + timedelta(hours=2 + 5 * n)
            reply = qa.post_answer(people[answer["author"]], posted, answer["body"],
                                   at=answered)
            _vote(people, reply, answer.get("votes", []), answered)
            if answer.get("accepted"):
                qa.accept_answer(asker, reply, at=answered + timedelta(hours=1))
        keys[question["id"]] = documents.key("question", posted.id)
    for page in sorted(corpus["pages"], key=lambda p: -p["days_ago"]):
        written = wiki.create_page(people[page["author"]], page["title"], page["body"],
                                   page["tags"], at=now - timedelta(days=page["days_ago"]))
        keys[page["id"]] = documents.key("page", written.id)
    db.session.commit()
    return keys


def _vote(people: dict, post, voters: list[str], at) -> None:
    for n, voter in enumerate(voters):
        qa.cast_vote(people[voter], post, 1, at=at + timedelta(hours=3 + n))


def reader_id() -> int:
    """A member who searches: the viewer of every query."""
    reader = auth.create_account("Relevance Reader", "reader@relevance.example", PASSWORD)
    db.session.commit()
    return reader.id


@contextmanager
def postgres_scratch(server_url: str):
    """A PostgreSQL database of our own on the server at `server_url`, dropped afterwards."""
    name = f"bench_relevance_{secrets.token_hex(4)}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
        # On stderr: stdout is the report, or the JSON.
        print(f"Scratch database {name} on {sa.make_url(server_url).host} "
              "(dropped at the end)", file=sys.stderr, flush=True)
        try:
            yield sa.make_url(server_url).set(database=name).render_as_string(
                hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


# ---------------------------------------------------------------- measuring


@dataclass
class Outcome:
    query: dict
    top: list[str]  # the first DEPTH hits: corpus ids, or the document key of anything else
    titles: list[str]
    total: int
    suggestion: str | None

    @property
    def recall(self) -> float:
        wanted = self.query["answers"]
        return sum(item in self.top[:TOP] for item in wanted) / len(wanted)

    @property
    def reciprocal_rank(self) -> float:
        for rank, item in enumerate(self.top[:DEPTH], start=1):
            if item in self.query["answers"]:
                return 1 / rank
        return 0.0

    def as_json(self) -> dict:
        return {"style": self.query["style"], "text": self.query["text"],
                "answers": self.query["answers"], "top": self.top, "total": self.total,
                "suggestion": self.suggestion, "recall@3": self.recall,
                "rr@10": self.reciprocal_rank}


@dataclass
class Run:
    backend: str
    ranker: str
    outcomes: list[Outcome] = field(default_factory=list)
    unavailable: str | None = None  # why, when the app could not run this ranker

    def figures(self, style: str | None = None) -> dict:
        chosen = [o for o in self.outcomes if style in (None, o.query["style"])]
        if not chosen:
            return {"queries": 0, "recall@3": None, "mrr@10": None, "no_result": 0}
        return {"queries": len(chosen),
                "recall@3": sum(o.recall for o in chosen) / len(chosen),
                "mrr@10": sum(o.reciprocal_rank for o in chosen) / len(chosen),
                "no_result": sum(o.total == 0 for o in chosen)}


def measure(database_url: str, backend: str, ranker: str, index_path: Path,
            queries: list[dict], keys: dict[str, str], viewer_id: int) -> Run:
    """Every query through the product's search, on an app built with SEARCH_RANKER=ranker
    whose index it rebuilt from the database."""
    run = Run(backend, ranker)
    application = None
    try:
        application = make_app({"SQLALCHEMY_DATABASE_URI": database_url,
                                "SEARCH_BACKEND": backend, "SEARCH_RANKER": ranker,
                                "SEARCH_INDEX_PATH": str(index_path),
                                "SEARCH_INDEXING": "off"})
        with application.app_context():
            indexer.rebuild()
    except Exception as error:
        if ranker == RANKERS[0]:  # today's search must always run: its failure is a bug
            raise
        said = (str(error).splitlines() or [""])[0][:120]
        run.unavailable = f"{type(error).__name__}: {said}"
        if application is not None:
            close(application)
        return run
    by_key = {key: item for item, key in keys.items()}
    no_filters = services.Filters([], [], [])
    try:
        with application.app_context():
            viewer = db.session.get(User, viewer_id)
            for query in queries:
                page = services.search(viewer, query["text"], no_filters, 1, DEPTH)
                # A search with no result adds a knowledge gap for the edge to commit: the
                # bench's searches are not a rep's gaps.
                db.session.rollback()
                run.outcomes.append(Outcome(
                    query, [by_key.get(hit.key, hit.key) for hit in page.results.hits],
                    [hit.title for hit in page.results.hits], page.results.total,
                    page.results.suggestion))
    finally:
        close(application)
    return run


def bench_backend(backend: str, database_url: str, workdir: Path, corpus: dict,
                  queries: list[dict], rankers: list[str]) -> list[Run]:
    loader = make_app({"SQLALCHEMY_DATABASE_URI": database_url, "SEARCH_BACKEND": backend,
                       "SEARCH_INDEX_PATH": str(workdir / f"{backend}-loading"),
                       "SEARCH_INDEXING": "off"})
    try:
        with loader.app_context():
            keys = load(corpus)
            viewer = reader_id()
    finally:
        close(loader)
    return [measure(database_url, backend, ranker, workdir / f"{backend}-{ranker}", queries,
                    keys, viewer) for ranker in rankers]


# ---------------------------------------------------------------- reporting


def commit_measured() -> str:
    """The commit the figures belong to, marked when the work tree has changes."""
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=HERE, capture_output=True,  # noqa: S603, S607
                              text=True, check=False)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return f"{commit} with uncommitted changes" if git("status", "--porcelain") else commit


def cell(figures: dict) -> str:
    if not figures["queries"]:
        return "-"
    return f"{figures['recall@3']:.2f} / {figures['mrr@10']:.2f}"


def table(runs: list[Run], queries: list[dict]) -> list[str]:
    counts = Counter(q["style"] for q in queries)
    styles = [s for s in STYLES if counts[s]]
    lines = ["| ranker | " + " | ".join(f"{s} ({counts[s]})" for s in styles)
             + f" | all ({len(queries)}) | no result |",
             "|---|" + "---:|" * (len(styles) + 2)]
    for run in runs:
        if run.unavailable:
            lines.append(f"| {run.ranker} | not available: {run.unavailable} |"
                         + " |" * (len(styles) + 1))
            continue
        lines.append(f"| {run.ranker} | " + " | ".join(cell(run.figures(s)) for s in styles)
                     + f" | {cell(run.figures())} | {run.figures()['no_result']} |")
    return lines


def failures(run: Run) -> list[str]:
    """Each query that missed a judged item in its top 3, with what came first instead."""
    lines = []
    for outcome in run.outcomes:
        if outcome.recall == 1:
            continue
        query = outcome.query
        lines.append(f"  [{query['style']}] {query['text']!r} wants {', '.join(query['answers'])}"
                     f" (recall@3 {outcome.recall:.2f}, RR@10 {outcome.reciprocal_rank:.2f})")
        if not outcome.top:
            lines.append("      no result" + (f"; did you mean {outcome.suggestion!r}"
                                              if outcome.suggestion else ""))
        for rank, (item, title) in enumerate(zip(outcome.top[:TOP], outcome.titles,
                                                 strict=False), start=1):
            lines.append(f"      {rank}. {item}: {title[:70]}")
    return lines


def report(runs: list[Run], corpus: dict, queries: list[dict], details: bool) -> str:
    answers = sum(len(q["answers"]) for q in corpus["questions"])
    counts = Counter(q["style"] for q in queries)
    lines = [f"Relevance benchmark at {commit_measured()}: {len(corpus['questions'])} questions "
             f"({answers} answers), {len(corpus['pages'])} wiki pages, "
             f"{len(corpus['people'])} people; {len(queries)} queries ("
             + ", ".join(f"{counts[s]} {s}" for s in STYLES if counts[s]) + ").",
             f"Cells are recall@{TOP} / MRR@{DEPTH}; \"no result\" counts the queries that "
             "found nothing at all."]
    for backend in dict.fromkeys(run.backend for run in runs):
        ours = [run for run in runs if run.backend == backend]
        lines += ["", f"{BACKEND_NAMES[backend]}:", "", *table(ours, queries)]
        if details:
            shown: list[Run] = []
            for run in ours:
                if run.unavailable:
                    continue
                twin = next((other for other in shown if [o.top for o in other.outcomes]
                             == [o.top for o in run.outcomes]), None)
                if twin:  # until the rankers differ, once is enough
                    lines += ["", f"{BACKEND_NAMES[backend]}, {run.ranker}: the same hits as "
                              f"{twin.ranker} for every query."]
                    continue
                shown.append(run)
                lines += ["", f"Queries with a judged item outside the top {TOP}, "
                          f"{BACKEND_NAMES[backend]}, {run.ranker}:", *failures(run)]
    return "\n".join(lines)


def as_json(runs: list[Run], corpus: dict, queries: list[dict]) -> dict:
    result: dict = {"commit": commit_measured(), "top": TOP, "depth": DEPTH,
                    "corpus": {"questions": len(corpus["questions"]),
                               "pages": len(corpus["pages"]),
                               "people": len(corpus["people"])},
                    "queries": dict(Counter(q["style"] for q in queries)), "backends": {}}
    for run in runs:
        entry = {"available": run.unavailable is None, "reason": run.unavailable}
        if run.unavailable is None:
            entry["styles"] = {s: run.figures(s) for s in STYLES}
            entry["all"] = run.figures()
            entry["outcomes"] = [o.as_json() for o in run.outcomes]
        result["backends"].setdefault(run.backend, {})[run.ranker] = entry
    return result


# ---------------------------------------------------------------- the command


def names(allowed: tuple[str, ...]):
    def parse(text: str) -> list[str]:
        chosen = [part.strip() for part in text.split(",") if part.strip()]
        wrong = [part for part in chosen if part not in allowed]
        if wrong or not chosen:
            raise argparse.ArgumentTypeError(f"choose from {', '.join(allowed)}")
        return chosen
    return parse


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", metavar="URL",
                        help="a PostgreSQL server (any database on it to connect to, e.g. "
                        "postgresql+psycopg://postgres@127.0.0.1:5432/postgres): the PostgreSQL "
                        "backend is measured too, in a scratch database created there and dropped")
    parser.add_argument("--backends", type=names(BACKENDS), default=None,
                        help="comma-separated; default whoosh, and postgres with --postgres")
    parser.add_argument("--rankers", type=names(RANKERS), default=list(RANKERS),
                        help=f"comma-separated SEARCH_RANKER values (default {','.join(RANKERS)})")
    parser.add_argument("--per-style", type=int, default=None, metavar="N",
                        help="only the first N queries of each style (a quick check)")
    parser.add_argument("--json", action="store_true",
                        help="print the figures and every query's hits as JSON instead")
    parser.add_argument("--query-details", action="store_true",
                        help="also print each query that missed, with its top 3")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="another corpus file (default: corpus.json beside this file)")
    parser.add_argument("--queries", type=Path, default=QUERIES,
                        help="another queries file (default: queries.json beside this file)")
    args = parser.parse_args(argv)
    if args.backends is None:
        args.backends = ["whoosh", "postgres"] if args.postgres else ["whoosh"]
    if "postgres" in args.backends and not args.postgres:
        parser.error("the postgres backend needs --postgres URL")
    return args


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    try:
        corpus, queries = read(args.corpus, args.queries)
    except DataProblem as problem:
        print(problem, file=sys.stderr)
        return 2
    queries = sliced(queries, args.per_style)
    began = time.perf_counter()
    runs: list[Run] = []
    workdir = Path(tempfile.mkdtemp(prefix="fieldwise-relevance-"))
    # The app makes its instance folder for SQLite: the scratch one, unless it has one already.
    os.environ.setdefault("FIELDWISE_INSTANCE_PATH", str(workdir / "instance"))
    try:
        for backend in args.backends:
            if backend == "postgres":
                with postgres_scratch(args.postgres) as url:
                    runs += bench_backend(backend, url, workdir, corpus, queries, args.rankers)
            else:
                runs += bench_backend(backend, f"sqlite:///{workdir / 'relevance.db'}", workdir,
                                      corpus, queries, args.rankers)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        print(json.dumps(as_json(runs, corpus, queries), indent=1))
    else:
        print(report(runs, corpus, queries, args.query_details))
        print(f"\n{time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
