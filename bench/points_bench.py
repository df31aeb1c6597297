"""Leaderboards at scale: the all-time and weekly leaderboard pages (and per tag, per team) over a
ledger of 1,000,000 rows, against the bare aggregate query on the same database in the same run.

    cd /work/main && PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/points_bench.py \\
        [--rows 1000000] [--week-rows 100000] [--people 5000] [--database-url URL]

The scratch database (a SQLite file, or the PostgreSQL database given: its tables are dropped
and created, so point it at a scratch database) gets `--people` people in 40 teams and 5
regions, 100 tags, and `--rows` ledger rows: `--week-rows` of them in the current week, the rest
spread over the 51 weeks before, each with one or two tags (the per-tag rows). Cached totals
are set from the ledger. Then each page is requested through the app (a logged-in test client:
routing, the queries, the template), `--repeat` times, and the statements of one request are
counted; the reference is the page's main query written as bare SQL (the sum per person over
the same rows, best 20), run on the app's engine. Printed: p50 / p95 per page and reference,
their ratio, the statements per page, and the plan of the weekly query (its index).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import datetime, timedelta

import sqlalchemy as sa

import app.models  # noqa: F401  (every table)
from app import create_app
from app.auth import services as auth_services
from app.auth.models import User, utcnow
from app.config import TestingConfig
from app.extensions import db
from app.points import ledger, rules
from app.points.models import PointsEntry, PointsEntryTag
from app.points.services import period_start
from app.profiles.models import Region, Team
from app.qa.models import Tag, TagCategory
from tests.conftest import count_queries, log_in

CHUNK = 20_000
PASSWORD = "correct horse battery staple"


def percentile(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def build(rows: int, week_rows: int, people: int, now: datetime) -> dict:
    """The organisation and its ledger, inserted in bulk."""
    chance = random.Random(7)
    regions = [Region(name=f"Region {n}", slug=f"region-{n}") for n in range(5)]
    db.session.add_all(regions)
    db.session.flush()
    teams = [Team(name=f"Team {n}", slug=f"team-{n}", region_id=regions[n % 5].id)
             for n in range(40)]
    category = TagCategory(slug="topic", name="Topic")
    db.session.add_all([*teams, category])
    db.session.flush()
    tags = [Tag(name=f"tag-{n}", category_id=category.id) for n in range(100)]
    db.session.add_all(tags)
    viewer = auth_services.create_account("Bench Viewer", "viewer@example.com", PASSWORD)
    db.session.flush()
    db.session.execute(sa.insert(User), [
        {"email": f"p{n}@example.com", "name": f"Person {n}", "handle": f"person-{n}",
         "password_hash": "x", "team_id": teams[n % 40].id, "region_id": teams[n % 40].region_id}
        for n in range(people)])
    user_ids = list(db.session.scalars(sa.select(User.id).where(User.id != viewer.id)))
    tag_ids = [tag.id for tag in tags]
    db.session.commit()

    week = period_start("week", now)
    awarding = [rule for rule in rules.RULES if rule.points > 0]
    # A few people earn most: a skewed choice, as in any real organisation.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(user_ids))]
    entry_id = 0
    for start in range(0, rows, CHUNK):
        count = min(CHUNK, rows - start)
        earners = chance.choices(user_ids, weights, k=count)
        entries, tagged = [], []
        for n in range(count):
            entry_id += 1
            if start + n < week_rows:
                at = week + (now - week) * chance.random()
            else:
                at = week - timedelta(weeks=51) * chance.random()
            rule = chance.choice(awarding)
            entries.append({"id": entry_id, "user_id": earners[n], "rule": rule.name,
                            "subject_type": "post", "subject_id": entry_id,
                            "actor_id": None, "points": rule.points, "created_at": at,
                            "key": f"bench:{entry_id}", "reason": ""})
            for tag_id in chance.sample(tag_ids, chance.choice((1, 2))):
                tagged.append({"entry_id": entry_id, "tag_id": tag_id,
                               "user_id": earners[n], "points": rule.points, "created_at": at})
        db.session.execute(sa.insert(PointsEntry), entries)
        db.session.execute(sa.insert(PointsEntryTag), tagged)
        db.session.commit()
    derive()
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(sa.text("VACUUM ANALYZE"))
    else:
        db.session.execute(sa.text("ANALYZE"))
        db.session.commit()
    return {"viewer": viewer.email, "tag": tags[0].name, "tag_id": tags[0].id, "week": week}


def derive() -> None:
    """What the app keeps beside the ledger as it is written, from the rows inserted in bulk:
    each person's total, and their points (and accepted answers) per tag."""
    sums = sa.select(sa.func.coalesce(sa.func.sum(PointsEntry.points), 0)).where(
        PointsEntry.user_id == User.id).scalar_subquery()
    db.session.execute(sa.update(User).values(points=sums))
    ledger.rebuild_per_tag(db.session.connection())
    db.session.commit()


def bare(week: datetime | None, tag_id: int | None) -> sa.TextClause:
    """The page's main query as bare SQL: the sum per person, best 20."""
    table, where = ("points_ledger_tags", "tag_id = :tag") if tag_id else ("points_ledger", "1=1")
    if week is not None:
        where += " AND created_at >= :week"
    if week is None and tag_id is None:
        return sa.text("SELECT id, points FROM users ORDER BY points DESC, id LIMIT 20")
    return sa.text(f"SELECT user_id, SUM(points) AS earned FROM {table} WHERE {where} "
                   "GROUP BY user_id ORDER BY earned DESC, user_id LIMIT 20")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--week-rows", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    # The scratch database and index are removed at the end (a given database is emptied).
    with tempfile.TemporaryDirectory(prefix="points-bench-") as scratch:
        run(args, scratch)


def run(args: argparse.Namespace, scratch: str) -> None:
    url = args.database_url or f"sqlite:///{scratch}/bench.db"
    application = create_app(TestingConfig, {
        "SQLALCHEMY_DATABASE_URI": url, "SEARCH_INDEXING": "off",
        "SEARCH_INDEX_PATH": f"{scratch}/index"})
    now = utcnow()
    began = time.perf_counter()
    with application.app_context():
        db.drop_all()
        db.create_all()
        made = build(args.rows, args.week_rows, args.people, now)
        dialect = db.engine.dialect.name
    print(f"{dialect}: {args.rows} ledger rows ({args.week_rows} this week), {args.people} "
          f"people, built in {time.perf_counter() - began:.0f} s", flush=True)

    client = application.test_client()
    log_in(client, made["viewer"], PASSWORD)
    week = made["week"].replace(tzinfo=None) if dialect == "sqlite" else made["week"]
    pages = [
        ("All time", "/points/?period=all", None, None),
        ("This week", "/points/?period=week", week, None),
        ("All time, one tag", f"/points/?period=all&tag={made['tag']}", None, made["tag_id"]),
        ("This week, one tag", f"/points/?period=week&tag={made['tag']}", week, made["tag_id"]),
        ("This week, teams", "/points/?period=week&by=teams", week, None),
        ("All time, regions", "/points/?period=all&by=regions", None, None),
    ]
    print("| Leaderboard | page p50 / p95 (ms) | bare query p50 / p95 (ms) | ratio p50 | "
          "statements |")
    print("|---|---:|---:|---:|---:|")
    for label, path, since, tag_id in pages:
        assert client.get(path).status_code == 200, path  # warm
        with count_queries(application) as statements:
            client.get(path)
        page_times, bare_times = [], []
        statement = bare(since, tag_id)
        parameters = {"week": since, "tag": tag_id}
        for _ in range(args.repeat):
            begun = time.perf_counter()
            response = client.get(path)  # in its own app context, as in production
            page_times.append(time.perf_counter() - begun)
            assert response.status_code == 200
            with application.app_context():
                connection = db.session.connection()  # checked out before the clock starts
                begun = time.perf_counter()
                connection.execute(statement, parameters).all()
                bare_times.append(time.perf_counter() - begun)
        p50, p95 = percentile(page_times, 50) * 1000, percentile(page_times, 95) * 1000
        b50, b95 = percentile(bare_times, 50) * 1000, percentile(bare_times, 95) * 1000
        print(f"| {label} | {p50:.1f} / {p95:.1f} | {b50:.1f} / {b95:.1f} | "
              f"{p50 / b50:.2f}x | {len(statements)} |", flush=True)

    with application.app_context():
        explain = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
        plan = db.session.execute(sa.text(explain + str(bare(week, None))),
                                  {"week": week}).all()
        print("\nPlan of the weekly sum:")
        for row in plan:
            print("   ", " ".join(str(part) for part in row))
        if args.database_url:
            db.drop_all()
    print(f"\n{(time.perf_counter() - began) / 60:.1f} min in all")


if __name__ == "__main__":
    main()
