"""Votes while Redis is slow or down (issue 29): 50 concurrent voters on two `wsgi.py` processes
(eventlet) over PostgreSQL and Redis, as docs/deploy.md deploys them.

    PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/degraded_bench.py \\
        --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres \\
        [--voters 50] [--seconds 20]

A database of its own on that server gets the demo organisation (`make run`'s two commands), and
a redis-server of the bench's own carries the Socket.IO message queue and the rate limits. Each
voter is a logged-in demo person (round robin over the demo's people) on one of the two
processes, alternately: a vote (up, or clearing it: a write each time, with its points and
live updates) on a random answer of someone else, then an authenticated read (a question's
page). Three phases of --seconds each: Redis up; Redis frozen (SIGSTOP: it accepts connections
and never answers) for the whole phase; Redis up again. For each: votes per second, the votes'
and the reads' p50/p99, and the votes' p50/p99 as a ratio to the reads' under the same load
(the ratio is what compares across machines). Errors are counted by status.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import requests
import sqlalchemy as sa

from app.demo import data
from bench.points_bench import percentile
from tests.conftest import RedisProcess
from tests.live_server import free_port, prepare_workdir, start_server_pair


@dataclass
class Phase:
    name: str
    votes: list[float] = field(default_factory=list)
    reads: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0


def say(*parts) -> None:
    print(*parts, flush=True)


def logged_in(url: str, email: str) -> tuple[requests.Session, str]:
    session = requests.Session()
    page = session.get(f"{url}/auth/login", timeout=30).text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = session.post(f"{url}/auth/login", allow_redirects=False, timeout=30, data={
        "email": email, "password": data.DEMO_PASSWORD, "csrf_token": token})
    if response.status_code != 302:
        raise RuntimeError(f"could not log in as {email}: {response.status_code}")
    page = session.get(f"{url}/questions", timeout=30).text
    return session, re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def voter(url: str, email: str, answers: list[tuple[int, int]], questions: list[int],
          me: int, voted: set[int], phases: list[Phase], current: list[int],
          stop: threading.Event, seed: int) -> None:
    """Votes and reads until `stop`; `voted` is the person's voted answers, shared by the
    voters who are that person (a vote is "up" where they have none, else "clear")."""
    chance = random.Random(seed)
    session, token = logged_in(url, email)
    mine = [answer for answer, author in answers if author != me]
    while not stop.is_set():
        phase = phases[current[0]]
        answer = chance.choice(mine)
        value = "clear" if answer in voted else "up"
        began = time.monotonic()
        try:
            response = session.post(f"{url}/posts/{answer}/vote", timeout=60,
                                    data={"value": value, "csrf_token": token},
                                    headers={"Accept": "application/json"})
            status = response.status_code
        except requests.RequestException as error:
            status = type(error).__name__
        took = time.monotonic() - began
        if status == 200:
            phase.votes.append(took)
            voted.symmetric_difference_update({answer})
        elif status == 409:  # another voter who is this person changed it meanwhile
            phase.errors["vote 409 (the same person's other voter was first)"] += 1
        else:
            phase.errors[f"vote {status}"] += 1
        began = time.monotonic()
        try:
            status = session.get(f"{url}/questions/{chance.choice(questions)}",
                                 timeout=60).status_code
        except requests.RequestException as error:
            status = type(error).__name__
        if status == 200:
            phase.reads.append(time.monotonic() - began)
        else:
            phase.errors[f"read {status}"] += 1


def report(phase: Phase) -> str:
    def ms(values: list[float], q: int) -> float:
        return percentile(values, q) * 1000 if values else float("nan")

    ratio50 = ms(phase.votes, 50) / ms(phase.reads, 50) if phase.reads else float("nan")
    ratio99 = ms(phase.votes, 99) / ms(phase.reads, 99) if phase.reads else float("nan")
    errors = ", ".join(f"{k}: {n}" for k, n in sorted(phase.errors.items())) or "none"
    return (f"| {phase.name} | {len(phase.votes) / phase.seconds:.1f} | "
            f"{ms(phase.votes, 50):.0f} / {ms(phase.votes, 99):.0f} | "
            f"{ms(phase.reads, 50):.0f} / {ms(phase.reads, 99):.0f} | "
            f"{ratio50:.2f}x / {ratio99:.2f}x | {errors} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--postgres", required=True,
                        help="a PostgreSQL server's URL (any database on it)")
    parser.add_argument("--voters", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args(argv)
    binary = shutil.which("redis-server")
    if binary is None:
        parser.error("redis-server is not on PATH")

    name = "fieldwise_degraded_bench"
    url = sa.make_url(args.postgres).set(database=name).render_as_string(hide_password=False)
    admin = sa.create_engine(args.postgres, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    redis = RedisProcess(binary, free_port())
    redis.start()
    workdir = Path(tempfile.mkdtemp(prefix="fieldwise-degraded-"))
    servers = []
    try:
        say("loading the demo organisation into PostgreSQL ...")
        prepare_workdir(workdir, DATABASE_URL=url)
        env = {"DATABASE_URL": url, "SOCKETIO_MESSAGE_QUEUE": redis.url,
               "RATELIMIT_STORAGE_URI": redis.url, "LOGIN_LIMIT_PER_ADDRESS": "100000 per minute",
               "SEARCH_BACKEND": "postgres"}
        servers = start_server_pair(workdir, **env)
        engine = sa.create_engine(url)
        with engine.connect() as connection:
            people = dict(connection.exec_driver_sql(
                "SELECT email, id FROM users WHERE active").all())
            answers = connection.exec_driver_sql(
                "SELECT id, author_id FROM posts WHERE kind = 'answer' AND deleted_at IS NULL"
            ).all()
            questions = list(connection.execute(sa.text(
                "SELECT id FROM posts WHERE kind = 'question' AND deleted_at IS NULL")).scalars())
            votes: dict[int, set[int]] = {}
            for voter_id, post_id in connection.exec_driver_sql(
                    "SELECT voter_id, post_id FROM votes"):
                votes.setdefault(voter_id, set()).add(post_id)
        engine.dispose()
        emails = [person["email"] for person in data.PEOPLE if person["email"] in people]
        phases = [Phase("Redis up"), Phase("Redis frozen"), Phase("Redis up again")]
        current, stop = [0], threading.Event()
        ids = [people[emails[n % len(emails)]] for n in range(args.voters)]
        threads = [threading.Thread(target=voter, daemon=True, args=(
            servers[n % 2].url, emails[n % len(emails)], answers, questions, ids[n],
            votes.setdefault(ids[n], set()), phases, current, stop, n))
            for n in range(args.voters)]
        say(f"{args.voters} voters on two processes, {args.seconds:.0f} s a phase ...")
        for thread in threads:
            thread.start()
        time.sleep(3)  # every voter logged in and voting
        for index, phase in enumerate(phases):
            current[0] = index
            if index == 1:
                redis.freeze()
            elif index == 2:
                redis.thaw()
            began = time.monotonic()
            time.sleep(args.seconds)
            phase.seconds = time.monotonic() - began
        stop.set()
        for thread in threads:
            thread.join(timeout=70)
        say("\n| phase | votes/s | vote p50 / p99 (ms) | read p50 / p99 (ms) | "
            "vote ÷ read, p50 / p99 | errors |")
        say("|---|---:|---:|---:|---:|---|")
        for phase in phases:
            say(report(phase))
        for server in servers:  # what went wrong on the servers' side, if anything
            log = server.log.read_text(errors="replace")
            if "Traceback" in log:
                say(f"\n{server.log.name}: {log.count('Traceback')} tracebacks; the first:")
                say(log[log.index("Traceback"):][:12000])
    finally:
        for server in servers:
            server.stop()
        if redis.process is not None and redis.process.poll() is None:
            redis.thaw()  # a frozen process is killed all the same; thawed, it exits at once
        redis.kill()
        shutil.rmtree(workdir, ignore_errors=True)
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
