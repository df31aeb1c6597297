"""The expert finder at scale: /people/experts over 5,000 people and a 1,000,000-row ledger,
against the same ranking written as bare SQL on the same database in the same run.

    cd /work/main && PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/experts_bench.py \\
        [--rows 1000000] [--people 5000] [--questions 50000] [--database-url URL]

The organisation and ledger come from bench/points_bench.py's generator (100 tags, each ledger
row with one or two); on top of it `--questions` questions, each with one or two tags and an
accepted answer by a skewed draw of people (with its "answer accepted" award in the ledger), and
2,000 declared expertise rows; tag-3 gets the synonym "procurement". What the app keeps beside
the ledger (totals, points and accepted answers per tag) is derived from its rows. Each query is
requested through the app by a logged-in test client (routing, every query, the template),
`--repeat` times, and the statements of one request are counted; the reference is the page's
ranking query as bare SQL over the ledger's own rows (recent points and accepted answers per
person, declared-only after, the first page), run on the app's engine. Printed: p50 / p95 of
each, their ratio, the statements per page, where one page's time goes (the median time of
each of its statements, one tag), and the plan of the bare query.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from contextlib import contextmanager

import sqlalchemy as sa

import app.models  # noqa: F401  (every table)
from app import create_app
from app.auth.models import User, utcnow
from app.config import TestingConfig
from app.extensions import db
from app.points import rules
from app.points.models import PointsEntry, PointsEntryTag
from app.profiles import experts
from app.profiles.models import DeclaredExpertise
from app.qa.models import Post, PostTag, Tag, TagSynonym
from bench.points_bench import CHUNK, PASSWORD, build, derive, percentile
from tests.conftest import count_queries, log_in

PAGE = 30

DAYS = {
    "sqlite": "(julianday(:now) - julianday({column}))",
    "postgresql": "(CAST(EXTRACT(EPOCH FROM (CAST(:now AS timestamptz) - {column}))"
                  " AS double precision) / 86400.0)",
}


def add_questions(questions: int, now) -> None:
    """Questions with accepted answers (skewed authors), their tags, and declared expertise."""
    chance = random.Random(11)
    people = list(db.session.scalars(sa.select(User.id).order_by(User.id)))
    tags = list(db.session.scalars(sa.select(Tag.id).order_by(Tag.id)))
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(people))]
    first = (db.session.scalar(sa.select(sa.func.max(Post.id))) or 0) + 1
    entry = db.session.scalar(sa.select(sa.func.max(PointsEntry.id))) or 0
    posts = Post.__table__
    for start in range(0, questions, CHUNK // 2):
        rows, links, awards, award_tags = [], [], [], []
        for n in range(start, min(questions, start + CHUNK // 2)):
            question_id, answer_id = first + 2 * n, first + 2 * n + 1
            at = now - (now - now.replace(year=now.year - 1)) * chance.random()
            common = {"body": "A question.", "body_html": "<p>A question.</p>",
                      "created_at": at, "score": 0, "revision": 1}
            rows.append({**common, "id": question_id, "kind": "question",
                         "author_id": chance.choice(people), "title": f"Question {n}",
                         "last_activity_at": at, "answer_count": 1, "view_count": 0,
                         "question_id": None})
            rows.append({**common, "id": answer_id, "kind": "answer",
                         "author_id": chance.choices(people, weights)[0],
                         "question_id": question_id, "title": None,
                         "last_activity_at": None, "answer_count": None, "view_count": None})
            chosen = chance.sample(tags, chance.choice((1, 2)))
            links += [{"post_id": question_id, "tag_id": tag, "position": p}
                      for p, tag in enumerate(chosen)]
            # The acceptance's award, as the ledger writes it (the expert finder counts these).
            entry += 1
            answerer, accepted = rows[-1]["author_id"], rules.ANSWER_ACCEPTED
            awards.append({"id": entry, "user_id": answerer, "rule": accepted.name,
                           "subject_type": "post", "subject_id": answer_id,
                           "actor_id": rows[-2]["author_id"], "points": accepted.points,
                           "created_at": at, "key": f"bench-accepted:{answer_id}", "reason": ""})
            award_tags += [{"entry_id": entry, "tag_id": tag, "user_id": answerer,
                            "points": accepted.points, "created_at": at} for tag in chosen]
        db.session.execute(sa.insert(posts), rows)
        db.session.execute(sa.insert(PostTag), links)
        db.session.execute(sa.insert(PointsEntry), awards)
        db.session.execute(sa.insert(PointsEntryTag), award_tags)
        db.session.commit()
    derive()
    db.session.execute(sa.update(posts).where(posts.c.kind == "question")
                       .values(accepted_answer_id=posts.c.id + 1))
    declared = {(chance.choice(people), chance.choice(tags)) for _ in range(2_000)}
    db.session.execute(sa.insert(DeclaredExpertise),
                       [{"user_id": u, "tag_id": t, "position": 0} for u, t in declared])
    db.session.add(TagSynonym(name="procurement", tag_id=tags[3]))
    db.session.commit()


@contextmanager
def statement_times(engine):
    """[(statement, seconds)] of each statement run on `engine` inside the block, in order."""
    times: list[tuple[str, float]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        conn.info["bench_began"] = time.perf_counter()

    def after(conn, cursor, statement, parameters, context, executemany):
        times.append((statement, time.perf_counter() - conn.info.pop("bench_began")))

    sa.event.listen(engine, "before_cursor_execute", before)
    sa.event.listen(engine, "after_cursor_execute", after)
    try:
        yield times
    finally:
        sa.event.remove(engine, "before_cursor_execute", before)
        sa.event.remove(engine, "after_cursor_execute", after)


def breakdown(runs: list[list[tuple[str, float]]], pages: list[float]) -> None:
    """The median time of each statement of a page over the runs, and what is left (the
    fetching, the ORM, the template, the client)."""
    print("\nWhere one page's time goes (one tag; median ms over the runs):")
    for n, (statement, _) in enumerate(runs[0]):
        median = percentile([run[n][1] for run in runs], 50) * 1000
        print(f"    {median:7.1f}  {' '.join(statement.split())[:90]}")
    outside = [page - sum(t for _, t in run) for run, page in zip(runs, pages, strict=True)]
    print(f"    {percentile(outside, 50) * 1000:7.1f}  outside the statements' execution"
          " (fetching rows, the ORM, the template, the test client)")


def bare(dialect: str, tag_ids: list[int]) -> sa.TextClause:
    """The ranking as bare SQL: the first page of (person, score, tier)."""
    days = DAYS[dialect]
    tags = ", ".join(str(int(t)) for t in tag_ids)
    decay = f"exp({-0.6931471805599453 / experts.HALF_LIFE_DAYS} * {{days}})"
    return sa.text(f"""
WITH earned AS (
  SELECT user_id, SUM(points * {decay.format(days=days.format(column='created_at'))}) AS recent,
         SUM(points) AS points
  FROM points_ledger_tags WHERE tag_id IN ({tags}) GROUP BY user_id),
accepted AS (
  SELECT t.user_id, COUNT(*) AS answers,
         SUM({decay.format(days=days.format(column='award.created_at'))}) AS recent
  FROM points_ledger_tags t JOIN points_ledger award ON award.id = t.entry_id
  LEFT JOIN points_ledger r ON r.reverses_id = award.id
  WHERE t.tag_id IN ({tags}) AND award.rule = 'answer-accepted'
    AND award.reverses_id IS NULL AND r.id IS NULL
  GROUP BY t.user_id),
declared AS (SELECT DISTINCT user_id FROM declared_expertise WHERE tag_id IN ({tags})),
candidates AS (SELECT user_id FROM earned UNION SELECT user_id FROM accepted
               UNION SELECT user_id FROM declared)
SELECT u.id, COALESCE(e.recent, 0) + {experts.ACCEPTED_WEIGHT} * COALESCE(a.recent, 0) AS score,
       CASE WHEN COALESCE(e.points, 0) > 0 OR COALESCE(a.answers, 0) > 0 THEN 0 ELSE 1 END
         AS tier
FROM candidates c JOIN users u ON u.id = c.user_id
LEFT JOIN earned e ON e.user_id = c.user_id LEFT JOIN accepted a ON a.user_id = c.user_id
LEFT JOIN declared d ON d.user_id = c.user_id
WHERE u.active AND (COALESCE(e.points, 0) > 0 OR COALESCE(a.answers, 0) > 0
                    OR d.user_id IS NOT NULL)
ORDER BY tier, score DESC, u.name, u.id LIMIT {PAGE}""")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--questions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    # The scratch database and index are removed at the end (a given database is emptied).
    with tempfile.TemporaryDirectory(prefix="experts-bench-") as scratch:
        run(args, scratch)


def run(args: argparse.Namespace, scratch: str) -> None:
    url = args.database_url or f"sqlite:///{scratch}/bench.db"
    application = create_app(TestingConfig, {
        "SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEXING": "off", "PAGE_SIZE": PAGE,
        "SEARCH_INDEX_PATH": f"{scratch}/index"})
    now = utcnow()
    began = time.perf_counter()
    with application.app_context():
        db.drop_all()
        db.create_all()
        made = build(args.rows, args.rows // 10, args.people, now)
        add_questions(args.questions, now)
        if db.engine.dialect.name == "postgresql":
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                c.execute(sa.text("VACUUM ANALYZE"))
        else:
            db.session.execute(sa.text("ANALYZE"))
            db.session.commit()
        dialect = db.engine.dialect.name
        ids = {t.name: t.id for t in db.session.scalars(sa.select(Tag))}
    print(f"{dialect}: {args.rows} ledger rows, {args.people} people, {args.questions} "
          f"accepted answers, built in {time.perf_counter() - began:.0f} s", flush=True)

    client = application.test_client()
    log_in(client, made["viewer"], PASSWORD)
    searches = [
        ("One tag", "tag-0", [ids["tag-0"]]),
        ("A synonym (procurement)", "procurement", [ids["tag-3"]]),
        ("Three tags", "tag-0 tag-1 tag-2", [ids["tag-0"], ids["tag-1"], ids["tag-2"]]),
        ("One tag, page 5", "tag-0&page=5", [ids["tag-0"]]),
    ]
    print("| Query | page p50 / p95 (ms) | bare query p50 / p95 (ms) | ratio p50 | statements |")
    print("|---|---:|---:|---:|---:|")
    with application.app_context():
        engine = db.engine
    runs: list[list[tuple[str, float]]] = []
    pages: list[float] = []
    moment = now.replace(tzinfo=None).isoformat(sep=" ") if dialect == "sqlite" else now
    for label, words, tag_ids in searches:
        path = f"/people/experts?q={words}"
        assert client.get(path).status_code == 200, path  # warm
        with count_queries(application) as statements:
            client.get(path)
        statement = bare(dialect, tag_ids)
        if "page=5" in words:
            statement = sa.text(str(statement) + f" OFFSET {4 * PAGE}")
        page_times, bare_times = [], []
        for _ in range(args.repeat):
            with statement_times(engine) as times:
                begun = time.perf_counter()
                response = client.get(path)
                page_times.append(time.perf_counter() - begun)
            if label == "One tag":
                runs.append(times)
            assert response.status_code == 200
            with application.app_context():
                connection = db.session.connection()
                begun = time.perf_counter()
                connection.execute(statement, {"now": moment}).all()
                bare_times.append(time.perf_counter() - begun)
        if label == "One tag":
            pages = page_times
        p50, p95 = percentile(page_times, 50) * 1000, percentile(page_times, 95) * 1000
        b50, b95 = percentile(bare_times, 50) * 1000, percentile(bare_times, 95) * 1000
        print(f"| {label} | {p50:.1f} / {p95:.1f} | {b50:.1f} / {b95:.1f} | "
              f"{p50 / b50:.2f}x | {len(statements)} |", flush=True)

    breakdown(runs, pages)
    with application.app_context():
        explain = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
        plan = db.session.execute(sa.text(explain + str(bare(dialect, [ids["tag-0"]]))),
                                  {"now": moment}).all()
        print("\nPlan of the bare ranking, one tag:")
        for row in plan:
            print("   ", " ".join(str(part) for part in row))
        if args.database_url:
            db.session.rollback()  # the EXPLAIN's transaction would hold the tables' locks
            db.drop_all()
    print(f"\n{(time.perf_counter() - began) / 60:.1f} min in all")


if __name__ == "__main__":
    main()
