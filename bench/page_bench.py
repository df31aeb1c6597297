"""Every page at scale, over real HTTP, against the framework's floor, in one run:

    cd /work/main && PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/page_bench.py \\
        [--sizes 1000 100000] [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres] \\
        [--rounds 30] [--data-dir $TMPDIR/fieldwise-pages] [--sockets 200] \\
        [--databases sqlite postgresql] [--pages analytics ...] [--generate-only]

For each database (a SQLite file; and PostgreSQL when --postgres names a server: the bench makes
and keeps a database `fieldwise_pages_<size>` there) and each size (questions; the rest of the
organisation scales with it, bench/bigorg.py), the organisation is generated once and kept in
--data-dir (a later run reuses it; delete the folder to start over). With --generate-only the
bench prepares (generates, if missing) the data of every requested size and database, then
exits without serving or measuring anything: the long part (about 20 min for PostgreSQL at
100,000 questions, about 55 for SQLite, most of it the Whoosh index) done ahead of time.

Each page is fetched as a generated person: person 1 (LOGIN, an active member) for every page
but the enablement analytics dashboard's, which answers 403 to members and is fetched as a
manager (MANAGER_LOGIN, person 3; if the organisation made that person neither a manager nor
an admin, its lowest-id manager) -- over HTTP and in the bench's own process alike.
--pages SUBSTRING ... measures only the pages whose label contains one of the substrings
(`--pages analytics` measures only the dashboard; a page selected at one size is measured at
every size, whatever the numbers in its label). Then:

1. Fieldwise runs as `make run` serves it: `python wsgi.py`, eventlet, one process per size,
   with the floor route on (FIELDWISE_FLOOR_ROUTE=1, app/floor.py), words-only ranking (the
   generated organisation has no sentence vectors: bench/hybrid_bench.py measures those) and
   the API's per-person limit lifted (the bench asks more than 300 a minute).
2. A server per size, all running at once. One client per server and person measured (person
   1; the manager too for the dashboard's pages) logs in through the login form and keeps its
   connections (requests.Session). Each page is fetched once (a first view
   of the day writes), then for --rounds rounds, in a new shuffled order each round over the
   pages of every size (interleaved: the sizes are compared under the same conditions), each
   page is fetched and then the floor, /_floor?size=N with N the page's own size: the base
   layout around that many bytes, no database, through the same server (another kept
   connection, not logged in). Printed per page: p50/p95/p99 ms,
   requests/s (one client, one at a time: 1 / mean), the floor's p95 at the page's size, and
   the ratio of the two p95s.
3. In the same process as the bench (a test client per person measured, on the same
   database), each page once more with its SQL statements timed: their number, and the
   slowest one with its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL). Then
   where a request's time goes there: 20 requests of each page (the whole, the statements'
   execution, the template's rendering, the rest) beside 20 of the floor of its size.
4. The server's resident memory after the pages, and with --sockets idle Socket.IO clients
   connected (the logged-in person's cookie, as that many open tabs).

At the end, a Markdown table per database of each page's p95 at every size, its ratio to the
floor and its growth from the smallest size to the largest, against the targets (p95 <= 3x the
floor, growth <= 1.5x).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import flask
import requests
import socketio
import sqlalchemy as sa

from app import create_app
from app.auth.models import Role, User
from app.chat.models import Channel, Kind
from app.config import TestingConfig
from app.demo import data
from app.extensions import db
from app.qa.models import Question, Tag, TagCategory
from app.wiki.models import WikiPage
from bench import bigorg
from bench.experts_bench import statement_times
from bench.hybrid_bench import rss_mb
from bench.points_bench import percentile
from tests.conftest import log_in
from tests.live_server import start_live_server

TARGET_FLOOR_RATIO = 3.0
TARGET_GROWTH = 1.5
DEEP_PAGE = 400  # "a deep page" of the question list: page 400 (or the last, if fewer)
COMMON_WORD, RARE_WORD = "pricing", "indemnity"
BUSY_ANSWERS = 30  # the long thread measured
LOGIN = 1  # the generated person the client logs in as (a member)
MANAGER_LOGIN = 3  # the generated person the manager-only pages are fetched as
MANAGER_ROLES = (Role.MANAGER, Role.ADMIN)
PARTS_REQUESTS = 20  # each page's requests in the bench's process, for where the time goes


class Page(NamedTuple):
    label: str
    path: str
    login: int = LOGIN  # the generated person who fetches it


# The enablement analytics dashboard: managers' (and admins') only, 403 to members.
MANAGER_PAGES = [
    ("analytics: my team", "/analytics"),
    ("analytics: everyone, 90 days", "/analytics?team=all&period=90"),
    ("analytics: gaps", "/analytics/gaps?team=all"),
    ("analytics: responsiveness", "/analytics/responsiveness?team=all"),
    ("analytics: contribution", "/analytics/contribution?team=all"),
    ("analytics: content", "/analytics/content?team=all"),
    ("analytics: onboarding", "/analytics/onboarding?team=all"),
]


@dataclass
class Figures:
    page_ms: list[float] = field(default_factory=list)
    floor_ms: list[float] = field(default_factory=list)
    size: int = 0
    first_ms: float = 0.0  # the page's first view in the process (not in the percentiles)
    statements: int = 0
    # Where a request's time goes in the bench's process (ms): the whole request (median), the
    # statements' execution and the template's rendering (means), and the floor's request.
    whole_ms: float = 0.0
    executing_ms: float = 0.0
    rendering_ms: float = 0.0
    floor_here_ms: float = 0.0
    slowest_ms: float = 0.0
    slowest: str = ""
    plan: str = ""

    def p(self, q: int, floor: bool = False) -> float:
        return percentile(self.floor_ms if floor else self.page_ms, q)

    @property
    def per_second(self) -> float:
        return 1000 / statistics.fmean(self.page_ms)


def say(*parts) -> None:
    print(*parts, flush=True)


def pages_of(database_url: str, index_folder: Path) -> list[Page]:
    """Every page measured (label, path, who fetches it), with the generated organisation's
    own ids: person 1 fetches them all but the manager-only ones, which a manager fetches."""
    application = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": database_url,
                                             "SEARCH_INDEX_PATH": str(index_folder)})
    with application.app_context():
        one = db.session.scalar(sa.select(Question.id).where(
            Question.deleted_at.is_(None), Question.answer_count.between(2, 5))
            .order_by(Question.id).limit(1))
        # "a question with 30 answers": the one nearest to 30, the same page at every size
        busy = db.session.scalar(sa.select(Question).where(Question.deleted_at.is_(None))
                                 .order_by(sa.func.abs(Question.answer_count - BUSY_ANSWERS),
                                           Question.id).limit(1))
        tag, other = db.session.scalars(sa.select(Tag.name).order_by(Tag.id).limit(2)).all()
        category = db.session.scalar(sa.select(TagCategory.slug).order_by(TagCategory.id))
        page = db.session.scalar(sa.select(WikiPage).where(WikiPage.deleted_at.is_(None))
                                 .order_by(WikiPage.id).limit(1))
        me = db.session.get(User, LOGIN)
        channel = db.session.scalar(sa.select(Channel.id).where(Channel.kind == Kind.PUBLIC)
                                    .order_by(Channel.id).limit(1))
        questions = db.session.scalar(sa.select(sa.func.count()).select_from(Question))
        last_page = max(1, -(-questions // application.config["PAGE_SIZE"]))
        manager = db.session.get(User, MANAGER_LOGIN)
        if manager is None or manager.role not in MANAGER_ROLES or not manager.active:
            manager = db.session.scalar(  # the lowest-id manager (an admin if there is none)
                sa.select(User).where(User.role.in_(MANAGER_ROLES), User.active)
                .order_by(User.role != Role.MANAGER, User.id).limit(1))
            if manager is None:
                raise RuntimeError(f"{database_url}: nobody is a manager or an admin")
            say(f"person {MANAGER_LOGIN} is not a manager: the manager-only pages are fetched "
                f"as person {manager.id} ({manager.role})")
        boss = manager.id
        db.session.remove()
        db.engine.dispose()
    members = [
        ("home", "/"),
        ("questions: newest", "/questions"),
        ("questions: active", "/questions?sort=active"),
        ("questions: unanswered", "/questions?sort=unanswered"),
        ("questions: top", "/questions?sort=top"),
        ("questions: one tag", f"/questions?tag={tag}"),
        ("questions: top, two tags", f"/questions?sort=top&tag={tag}&tag={other}"),
        ("questions: a category", f"/questions?category={category}"),
        (f"questions: page {min(DEEP_PAGE, last_page)}",
         f"/questions?page={min(DEEP_PAGE, last_page)}"),
        ("a question", f"/questions/{one}"),
        (f"a question with {busy.answer_count} answers", f"/questions/{busy.id}"),
        ("tags", "/tags"),
        ("a tag", f"/tags/{tag}"),
        ("wiki", "/wiki"),
        ("wiki: all pages", "/wiki/all"),
        ("a wiki page", f"/wiki/{page.slug}"),
        ("a wiki page's history", f"/wiki/{page.slug}/history"),
        ("a profile", f"/people/{me.id}"),
        ("people", "/people/"),
        ("expert finder", f"/people/experts?q={tag}"),
        ("leaderboard: week", "/points/"),
        ("leaderboard: all time", "/points/?period=all"),
        ("points history", f"/points/people/{me.id}"),
        (f"search: common word ({COMMON_WORD})", f"/search?q={COMMON_WORD}"),
        (f"search: rare word ({RARE_WORD})", f"/search?q={RARE_WORD}"),
        ("notifications", "/notifications/"),
        ("a chat channel", f"/chat/{channel}"),
        ("API: questions", "/api/v1/questions"),
        ("API: wiki pages", "/api/v1/wiki/pages"),
        ("API: leaderboard", "/api/v1/leaderboard"),
        ("API: notifications", "/api/v1/notifications"),
        ("API: a channel's messages", f"/api/v1/channels/{channel}/messages"),
    ]
    return ([Page(label, path) for label, path in members]
            + [Page(label, path, boss) for label, path in MANAGER_PAGES])


def chosen(pages: dict[int, list[Page]], wanted: list[str] | None) -> dict[int, list[Page]]:
    """Only the pages whose label holds one of `wanted` (all, if none is given). A page is kept
    at every size if its label matches at any: the same list, in the same order, at each size
    (labels such as "questions: page 400" carry the size's own numbers)."""
    if not wanted:
        return pages
    kept = {n for listed in pages.values() for n, page in enumerate(listed)
            if any(part.lower() in page.label.lower() for part in wanted)}
    if not kept:
        raise SystemExit(f"no page's label contains any of {wanted}")
    return {size: [page for n, page in enumerate(listed) if n in kept]
            for size, listed in pages.items()}


def timed_get(session: requests.Session, url: str, timeout: float = 60) -> tuple[float, int]:
    began = time.perf_counter()
    response = session.get(url, timeout=timeout, allow_redirects=False)
    elapsed = (time.perf_counter() - began) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{url}: {response.status_code} {response.text[:300]}")
    return elapsed, len(response.content)


def over_http(servers: dict[int, object], pages: dict[int, list[Page]],
              rounds: int) -> dict[int, dict[str, Figures]]:
    """Every size's pages on its own server, in the same rounds: each round fetches every page
    of every size (and the floor after each, from the same server) in a new shuffled order, so
    that the sizes and the floor are measured under the same conditions. Each page is fetched
    by its own person's session (one per person and server, logged in once)."""
    figures = {size: {page.label: Figures() for page in pages[size]} for size in servers}
    sessions: dict[tuple[int, int], requests.Session] = {}
    floors: dict[int, requests.Session] = {}
    for size, server in servers.items():
        floors[size] = floor = requests.Session()
        for page in pages[size]:
            if (size, page.login) not in sessions:
                sessions[size, page.login] = server.login(bigorg.login_email(page.login))
        for page in pages[size]:  # the first view: what a process reads once, the day's
            f = figures[size][page.label]
            f.first_ms, f.size = timed_get(sessions[size, page.login], server.url + page.path,
                                           900)
            timed_get(floor, f"{server.url}/_floor?size={f.size}")
    chance = random.Random(20)
    everything = [(size, page) for size in servers for page in pages[size]]
    for n in range(rounds):
        order = list(everything)
        chance.shuffle(order)
        for size, page in order:
            url, floor, f = servers[size].url, floors[size], figures[size][page.label]
            f.page_ms.append(timed_get(sessions[size, page.login], url + page.path)[0])
            f.floor_ms.append(timed_get(floor, f"{url}/_floor?size={f.size}")[0])
        if n % 10 == 9:
            say(f"    round {n + 1} of {rounds}")
    return figures


def explain(connection: sa.Connection, dialect: str, statement: str, parameters) -> str:
    prefix = "EXPLAIN QUERY PLAN " if dialect == "sqlite" else "EXPLAIN "
    rows = connection.exec_driver_sql(prefix + statement, parameters).all()
    if dialect == "sqlite":
        return "\n".join(f"{'  ' * (row[1] > 0)}{row[-1]}" for row in rows)
    return "\n".join(row[0] for row in rows)


def statements_of(database_url: str, index_folder: Path, pages: list[Page],
                  figures: dict[str, Figures]) -> None:
    """Each page's statements in this process, the slowest one's text, time and plan (with
    the search backend the server uses: PostgreSQL's on PostgreSQL), each page fetched by a
    test client logged in as its own person."""
    backend = "postgres" if database_url.startswith("postgresql") else "whoosh"
    application = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": database_url,
                                             "SEARCH_INDEX_PATH": str(index_folder),
                                             "SEARCH_INDEXING": "off", "SEARCH_BACKEND": backend,
                                             "SEARCH_RANKER": "lexical", "FLOOR_ROUTE": True})
    clients = {}
    for login in dict.fromkeys(page.login for page in pages):
        clients[login] = application.test_client()
        response = log_in(clients[login], bigorg.login_email(login), data.DEMO_PASSWORD)
        assert response.status_code == 302, f"person {login} could not log in"
    with application.app_context():
        engine = db.engine
    kept: dict[str, tuple[str, object]] = {}

    def keep(conn, cursor, statement, parameters, context, executemany):
        kept[statement] = parameters

    sa.event.listen(engine, "before_cursor_execute", keep)
    for label, path, login in pages:
        client = clients[login]
        client.get(path)
        with statement_times(engine) as times:
            status = client.get(path).status_code
            assert status == 200, f"{path} (as person {login}): {status}"
        statement, seconds = max(times, key=lambda pair: pair[1])
        with engine.connect() as connection:
            plan = explain(connection, engine.dialect.name, statement, kept[statement])
        figures[label].statements = len(times)
        figures[label].slowest_ms = seconds * 1000
        figures[label].slowest = " ".join(statement.split())
        figures[label].plan = plan
    sa.event.remove(engine, "before_cursor_execute", keep)
    for label, path, login in pages:
        where_time_goes(application, clients[login], engine, path, figures[label])
    with application.app_context():
        db.session.remove()
        engine.dispose()


def where_time_goes(application, client, engine, path: str, f: Figures,
                    requests_: int = PARTS_REQUESTS) -> None:
    """The page's requests in this process: the whole (median), and the means of the time in
    its statements' execution and in rendering its template; then the floor's request of the
    same size (median)."""
    rendering = 0.0
    began: list[float] = []

    def before_template(sender, template, context, **extra):
        began.append(time.perf_counter())

    def after_template(sender, template, context, **extra):
        nonlocal rendering
        rendering += time.perf_counter() - began.pop()

    wholes, floors = [], []
    flask.before_render_template.connect(before_template, application)
    flask.template_rendered.connect(after_template, application)
    try:
        with statement_times(engine) as times:
            for _ in range(requests_):
                start = time.perf_counter()
                client.get(path)
                wholes.append(time.perf_counter() - start)
    finally:
        flask.before_render_template.disconnect(before_template, application)
        flask.template_rendered.disconnect(after_template, application)
    for _ in range(requests_):
        start = time.perf_counter()
        client.get(f"/_floor?size={f.size}")
        floors.append(time.perf_counter() - start)
    f.whole_ms = statistics.median(wholes) * 1000
    f.executing_ms = sum(seconds for _, seconds in times) / requests_ * 1000
    f.rendering_ms = rendering / requests_ * 1000
    f.floor_here_ms = statistics.median(floors) * 1000


async def idle_sockets(url: str, cookie: str, count: int) -> list[socketio.AsyncClient]:
    clients = []
    for _ in range(count):
        client = socketio.AsyncClient(reconnection=False)
        await client.connect(url, headers={"Origin": url, "Cookie": cookie},
                             transports=["websocket"], wait_timeout=10)
        clients.append(client)
    return clients


def memory_with_sockets(server, count: int) -> float:
    """The server's RSS (MB) with `count` idle Socket.IO connections open."""
    session = server.login(bigorg.login_email(LOGIN))
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)

    async def run() -> float:
        clients = await idle_sockets(server.url, cookie, count)
        await asyncio.sleep(3)
        rss = rss_mb(server.process.pid)
        for client in clients:
            await client.disconnect()
        return rss

    return asyncio.run(run())


def prepared(kind: str, size: int, data_dir: Path, postgres: str | None) -> tuple[str, Path]:
    """The database URL and index folder of the generated organisation of `size` questions,
    generated now if the data folder does not hold it yet."""
    folder = data_dir / f"{kind}-{size}"
    index_folder = folder / "search"
    if kind == "sqlite":
        url = f"sqlite:///{folder}/fieldwise.db"
    else:
        name = f"fieldwise_pages_{size}"
        url = postgres.rsplit("/", 1)[0] + f"/{name}"
    if (folder / "done").exists():
        return url, index_folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    if kind == "postgresql":
        server = sa.create_engine(postgres, isolation_level="AUTOCOMMIT")
        with server.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
        server.dispose()
    say(f"generating {size:,} questions on {kind} in {folder} ...")
    began = time.monotonic()
    bigorg.migrate(url)
    bigorg.generate(url, questions=size, index_folder=str(index_folder), vectors="none")
    say(f"  generated in {time.monotonic() - began:.0f} s")
    (folder / "done").write_text(url)
    return url, index_folder


def run_kind(kind: str, args) -> dict[int, dict[str, Figures]]:
    """Every size of one database: a server each, all running during the rounds."""
    sizes = sorted(args.sizes)
    prepared_ = {size: prepared(kind, size, args.data_dir, args.postgres) for size in sizes}
    pages = chosen({size: pages_of(*prepared_[size]) for size in sizes}, args.pages)
    backend = "postgres" if kind == "postgresql" else "whoosh"
    servers: dict[int, object] = {}
    memory: dict[int, tuple[float, float]] = {}
    try:
        for size in sizes:
            url, index_folder = prepared_[size]
            workdir = args.data_dir / f"{kind}-{size}" / "server"
            workdir.mkdir(exist_ok=True)
            servers[size] = start_live_server(
                workdir, DATABASE_URL=url, SEARCH_INDEX_PATH=str(index_folder),
                SEARCH_BACKEND=backend, FIELDWISE_FLOOR_ROUTE="1", SEARCH_RANKER="lexical",
                API_RATE_LIMIT="1000000 per minute")
            others = sorted({page.login for page in pages[size]} - {LOGIN})
            say(f"{kind}, {size:,} questions: {len(pages[size])} pages, server pid "
                f"{servers[size].process.pid}"
                + "".join(f"; {sum(page.login == login for page in pages[size])} as person "
                          f"{login}" for login in others))
        say(f"{args.rounds} rounds, the sizes interleaved")
        figures = over_http(servers, pages, args.rounds)
        for size, server in servers.items():
            after_pages = rss_mb(server.process.pid)
            memory[size] = (after_pages, memory_with_sockets(server, args.sockets)
                            if args.sockets else 0.0)
    finally:
        for server in servers.values():
            server.stop()
    for size in sizes:
        statements_of(*prepared_[size], pages[size], figures[size])
        report(kind, size, figures[size], *memory[size], args.sockets)
    return figures


def report(kind: str, size: int, figures: dict[str, Figures], after_pages: float,
           with_sockets: float, sockets: int) -> None:
    say(f"\n{kind}, {size:,} questions")
    say(f"{'page':<44} {'bytes':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'req/s':>6} "
        f"{'floor95':>7} {'ratio':>5} {'stmts':>5} {'slowest':>7} {'first':>8}")
    for label, f in figures.items():
        say(f"{label[:44]:<44} {f.size:>7} {f.p(50):>7.1f} {f.p(95):>7.1f} {f.p(99):>7.1f} "
            f"{f.per_second:>6.0f} {f.p(95, True):>7.1f} {f.p(95) / f.p(95, True):>5.1f} "
            f"{f.statements:>5} {f.slowest_ms:>7.1f} {f.first_ms:>8.1f}")
    say(f"server RSS after the pages: {after_pages:.0f} MB"
        + (f"; with {sockets} idle Socket.IO clients: {with_sockets:.0f} MB" if sockets else ""))
    say(f"\nWhere a request's time goes in the bench's process (ms; the whole request and the "
        f"floor's: median of {PARTS_REQUESTS}; executing statements and rendering the "
        "template: means; the rest: routing, the login session, building statements and the "
        "ORM's objects, the test client):")
    say(f"{'page':45} {'whole':>7} {'stmts':>7} {'template':>9} {'rest':>7} {'floor':>7}")
    for label, f in figures.items():
        rest = f.whole_ms - f.executing_ms - f.rendering_ms
        say(f"{label[:45]:45} {f.whole_ms:7.1f} {f.executing_ms:7.1f} {f.rendering_ms:9.1f} "
            f"{rest:7.1f} {f.floor_here_ms:7.1f}")
    say("\nEach page's slowest statement and its plan:")
    for label, f in figures.items():
        say(f"\n[{label}] {f.slowest_ms:.1f} ms: {f.slowest[:400]}")
        say(re.sub(r"^", "    ", f.plan, flags=re.MULTILINE))


def summary(kind: str, runs: dict[int, dict[str, Figures]]) -> None:
    sizes = sorted(runs)
    smallest, largest = sizes[0], sizes[-1]
    say(f"\n### {kind}: p95 ms (ratio to the floor's p95 at the same size)\n")
    say("| page | " + " | ".join(f"{s:,}" for s in sizes)
        + " | growth | statements | target met |")
    say("|---|" + "---:|" * (len(sizes) + 3))
    missed = 0
    labels = list(runs[largest])
    for n, label in enumerate(labels):
        cells, small_p95 = [], None
        for size in sizes:
            f = list(runs[size].values())[n]  # the same page, whatever its label's numbers
            cells.append(f"{f.p(95):.1f} ({f.p(95) / f.p(95, True):.1f}x)")
            small_p95 = f.p(95) if size == smallest else small_p95
        big = runs[largest][label]
        growth = big.p(95) / small_p95
        statements = "/".join(str(list(runs[s].values())[n].statements) for s in sizes)
        met = big.p(95) <= TARGET_FLOOR_RATIO * big.p(95, True) and growth <= TARGET_GROWTH
        missed += not met
        say(f"| {label} | " + " | ".join(cells)
            + f" | {growth:.2f}x | {statements} | {'yes' if met else 'no'} |")
    say(f"\n{len(labels) - missed} of {len(labels)} pages meet both targets on {kind}.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--postgres", help="a PostgreSQL server's URL (any database on it)")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--sockets", type=int, default=200)
    parser.add_argument("--data-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "fieldwise-pages")
    parser.add_argument("--databases", nargs="+", choices=["sqlite", "postgresql"],
                        help="which to run (default: SQLite, and PostgreSQL with --postgres)")
    parser.add_argument("--pages", nargs="*", metavar="SUBSTRING",
                        help="measure only the pages whose label contains one of these "
                             "(e.g. --pages analytics: the dashboard only)")
    parser.add_argument("--generate-only", action="store_true",
                        help="prepare (generate, if missing) the data of every size and "
                             "database asked for, then exit without serving or measuring")
    args = parser.parse_args(argv)
    kinds = args.databases or ["sqlite"] + (["postgresql"] if args.postgres else [])
    if "postgresql" in kinds and not args.postgres:
        parser.error("PostgreSQL needs --postgres URL")
    if args.generate_only:
        for kind in kinds:
            for size in sorted(args.sizes):
                url, _ = prepared(kind, size, args.data_dir, args.postgres)
                say(f"{kind}, {size:,} questions: ready in {args.data_dir / f'{kind}-{size}'}"
                    f" ({url})")
        return 0
    for kind in kinds:
        summary(kind, run_kind(kind, args))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("FIELDWISE_ENV", "testing")
    sys.exit(main())
