"""A large organisation for the benchmarks, generated in minutes (issue 20):

    PYTHONPATH=. FIELDWISE_ENV=testing .venv/bin/python bench/bigorg.py \\
        --database-url sqlite:////tmp/fieldwise-big/fieldwise.db \\
        [--questions 100000] [--index-folder DIR] [--vectors none|made|real] [--seed N] \\
        [--now ISO] [--days 1095]

The database (a SQLite file, or a PostgreSQL database, made if the server lacks it) is migrated
with the project's Alembic migrations, as `flask db upgrade` does, and must hold nobody yet. It
is then filled by bulk inserts with explicit ids (COPY on PostgreSQL), never through the
services row by row. Everything scales from --questions; at 100,000:

- 5,000 people in 40 teams and 4 regions, all with one Argon2id hash of the demo password
  (app.demo.data.DEMO_PASSWORD; login_email(1) is the person the benchmarks log in as), with
  follows, tag follows, declared expertise, recognised experts, links, board notes,
  certifications, and 5,000 searches that found nothing in the last 90 days (a few words
  searched often, most once or twice);
- the tags and categories of bench/search_corpus.py, with the demo's synonyms;
- 100,000 questions with 300,000 answers, 200,000 comments, about 1,000,000 votes, 800,000
  question views, edits with their revisions, accepted answers, duplicates, a few deleted
  posts, and the questions of the last 60 days routed to experts;
- 5,000 wiki pages in a hierarchy with 50,000 revisions, links (a few to pages not written
  yet), tags, 40,000 helpful/not-helpful marks, 150,000 page views, stale pages, learning paths
  with enrolments and progress;
- 1,000,000 chat messages in public, private and direct channels, a fifth of them thread
  replies, with every member's read marker;
- the points ledger the app itself would have written for those votes, acceptances, helpful
  marks, wiki edits, re-verifications and deletions (the same keys, earners, daily caps in the
  order things happened, reversals, per-tag rows), users.points its sums, and the badges;
- notifications (collapsed per subject, the recent ones unread);
- the search index rebuilt by the app (app.search.indexer.rebuild: Whoosh in --index-folder for
  SQLite, the PostgreSQL backend for PostgreSQL), then ANALYZE (VACUUM ANALYZE on PostgreSQL).

Texts come from bench/search_corpus.py (its _Writer, vocabulary, topics and tags), so search
has real words to find; the short fixed texts it lacks are in bench/data/bigorg.json. Bodies
are plain paragraphs, stored with the HTML app.markdown renders for them (checked against the
renderer as they are written). Dates spread over the --days (three years) before --now
(default: now), denser lately, so this week has its share. Activity is skewed: a few experts
answer most and earn most. The same --seed, --now and --days give the same database.

--vectors: "none" (default); "made" as bench/hybrid_bench.py makes them (a few hundred real
encodings, the rest noisy copies: minutes); "real" through app.search.vectors.rebuild (every
question and page encoded by the model: hours at 100,000 questions, ~13 documents/s).

Each phase prints its time and rows; at the end, the database's size. At 100,000 questions on
2 vCPUs the data took 4 minutes on SQLite and 5 on PostgreSQL (COPY), under 700 MB of memory;
the app's own rebuild of the search index (1.1 million documents, a million of them chat
messages) took 50 minutes on Whoosh and 14 on PostgreSQL. From Python (as bench/page_bench.py
does): migrate(url), then generate(url, questions=..., index_folder=...).
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import random
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from itertools import islice
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import sqlalchemy as sa
from flask_migrate import upgrade

from app import create_app, markdown
from app.auth.models import User, name_key
from app.auth.services import handle_base, hash_password
from app.chat.models import Channel, Membership, Message
from app.config import TestingConfig
from app.demo import data as demo
from app.extensions import db
from app.notifications import handlers as told
from app.notifications.models import Kind as Told
from app.notifications.models import Notification
from app.points import badges, handlers, rules
from app.points import ledger as points_ledger
from app.points.models import (
    BadgeAward,
    Certification,
    PersonCertification,
    PointsEntry,
    PointsEntryTag,
)
from app.profiles.models import (
    DeclaredExpertise,
    Follow,
    ProfileLink,
    ProfileNote,
    QuestionRouting,
    RecognisedExpert,
    Region,
    TagFollow,
    Team,
)
from app.qa.models import (
    Comment,
    Post,
    PostRevision,
    PostTag,
    Question,
    QuestionView,
    Tag,
    TagCategory,
    TagRequest,
    TagSynonym,
    Vote,
)
from app.search import documents, encoder, indexer
from app.search import vectors as search_vectors
from app.search.models import SearchMiss, SearchVector
from app.search.services import query_key
from app.wiki import services as wiki
from app.wiki.models import (
    REVIEW_INTERVALS,
    LearningPath,
    PathEnrollment,
    PathItem,
    PathProgress,
    WikiFeedback,
    WikiLink,
    WikiPage,
    WikiPageTag,
    WikiPageView,
    WikiRevision,
)
from bench import search_corpus as corpus

SEED = 20260620
DATA = json.loads((Path(__file__).parent / "data" / "bigorg.json").read_text())
VECTORS = ("none", "made", "real")
DAY, HOUR = 86_400, 3_600
YEARS = 3  # from the oldest content to the newest, unless generate() is told otherwise
CHUNK = 20_000  # rows per insert statement (or COPY)
CHECKED_EVERY = 997  # every so many plain bodies' HTML is compared with app.markdown's
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
TOPICS = corpus.TOPICS
TAG_IDS = {name: n for n, name in enumerate(corpus.TAGS, start=1)}
# Kinds of seeded text, so that each object's words depend on its id alone.
PERSON, QUESTION, ANSWER, COMMENT, PAGE_TITLE, PAGE_BODY, MESSAGE, NOTE, FEEDBACK = range(1, 10)


def say(*parts) -> None:
    print(*parts, flush=True)


@dataclass(frozen=True)
class Sizes:
    """How much of everything, from the number of questions (the issue's figures at 100,000,
    with minimums that leave something on every page of a small organisation)."""

    questions: int
    answers: int
    comments: int
    votes: int  # at most: votes beyond the serial-voting limit are skipped
    views: int  # question views at most (one per person and question)
    people: int
    teams: int
    pages: int
    revisions: int
    feedback: int
    page_views: int
    paths: int
    messages: int
    public_channels: int  # besides #general and one channel per team
    private_channels: int
    direct_channels: int

    @classmethod
    def of(cls, questions: int) -> Sizes:
        if questions < 10:
            raise ValueError("generate at least 10 questions")
        f = questions / 100_000
        people = max(60, round(5_000 * f))
        pages = max(30, round(5_000 * f))
        return cls(
            questions=questions, answers=3 * questions, comments=2 * questions,
            votes=10 * questions, views=8 * questions, people=people,
            teams=max(4, min(40, people // 125)), pages=pages, revisions=10 * pages,
            feedback=8 * pages, page_views=30 * pages, paths=max(3, min(20, round(20 * f))),
            messages=max(2_000, 10 * questions),
            public_channels=max(4, min(len(DATA["public_channels"]), round(20 * f ** 0.5))),
            private_channels=max(2, min(len(DATA["private_channels"]), round(20 * f ** 0.5))),
            direct_channels=max(20, round(1.5 * people)),
        )


@dataclass
class Report:
    sizes: Sizes
    rows: dict[str, int] = field(default_factory=dict)  # table: rows written
    seconds: dict[str, float] = field(default_factory=dict)  # phase: time
    database_bytes: int = 0
    index_bytes: int = 0
    documents: int = 0  # in the search index
    skipped_votes: int = 0  # beyond the serial-voting limit
    peak_rss_mb: float = 0.0


# ---------------------------------------------------------------- people's names


@cache
def _name_pairs() -> tuple[tuple[str, str], ...]:
    pairs = [(first, last) for last in DATA["last_names"] for first in DATA["first_names"]]
    random.Random(SEED).shuffle(pairs)
    return tuple(pairs)


def person_name(n: int) -> str:
    """Generated person n's name (a middle initial once the list's pairs are used up)."""
    pairs = _name_pairs()
    turn, index = divmod(n - 1, len(pairs))
    if turn > 26:
        raise ValueError(f"the name lists give {27 * len(pairs):,} people at most")
    first, last = pairs[index]
    return f"{first} {chr(ord('A') + turn - 1)}. {last}" if turn else f"{first} {last}"


def login_email(n: int) -> str:
    """Generated person n's address (person 1 is an active member; 2 is an admin)."""
    local = ".".join(part.strip(".").lower() for part in person_name(n).split())
    return f"{local}@{DATA['domain']}"


# ---------------------------------------------------------------- helpers


def moment(seconds: int) -> datetime:
    return EPOCH + timedelta(seconds=seconds)


def plain_html(paragraphs: list[str]) -> str:
    """What app.markdown renders for plain paragraphs (no Markdown syntax in them)."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)


class Rendered:
    """plain_html(), compared with the real renderer every CHECKED_EVERY bodies: a text that
    happened to hold Markdown stops the run instead of storing HTML the app would not."""

    def __init__(self):
        self.count = 0

    def __call__(self, paragraphs: list[str]) -> str:
        out = plain_html(paragraphs)
        self.count += 1
        if self.count % CHECKED_EVERY == 1 and markdown.render("\n\n".join(paragraphs)) != out:
            raise RuntimeError(f"app.markdown renders this differently: {paragraphs!r}")
        return out


def sentences(writer: corpus._Writer, count: int, opener: str | None = None) -> list[str]:
    """`count` sentences (after the opener), mixed as _Writer.paragraph mixes them."""
    out = [writer.fill(opener)] if opener else []
    for _ in range(count):
        if writer.rng.random() < 0.35:
            out.append(writer.fill(writer.rng.choice(corpus._DOMAIN_SENTENCES)))
        else:
            out.append(writer.zipf_sentence())
    return out


def versions(writer: corpus._Writer, paragraphs: list[list[str]], count: int) -> list[list[str]]:
    """The text at each of `count` revisions, as paragraphs: each revision adds a sentence to
    the one before, the last is the whole text (sentences are added if it is too short)."""
    while sum(len(p) for p in paragraphs) < count + 1:
        paragraphs[-1].append(writer.zipf_sentence())
    total = sum(len(p) for p in paragraphs)
    out = []
    for number in range(1, count + 1):
        left, version = total - (count - number), []
        for paragraph in paragraphs:
            if left <= 0:
                break
            version.append(" ".join(paragraph[:left]))
            left -= len(paragraph)
        out.append(version)
    return out


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


class Sampler:
    """Distinct people drawn by weight, for many small groups (a post's voters, a page's
    readers), from one stream of weighted draws."""

    def __init__(self, rng: np.random.Generator, weights: np.ndarray):
        self.rng, self.p, self.n = rng, weights / weights.sum(), len(weights)
        self.pool: list[int] = []
        self.at = 0

    def draw(self, k: int, exclude: Iterable[int] = ()) -> list[int]:
        seen, chosen, tries = set(exclude), [], 0
        while len(chosen) < k:
            if tries > 20 * k + 100:  # a heavy weight keeps coming: the rest uniformly
                rest = [p for p in (self.rng.permutation(self.n) + 1).tolist() if p not in seen]
                return chosen + rest[:k - len(chosen)]
            if self.at == len(self.pool):
                self.pool, self.at = (self.rng.choice(self.n, 65_536, p=self.p) + 1).tolist(), 0
            person = self.pool[self.at]
            self.at += 1
            tries += 1
            if person not in seen:
                seen.add(person)
                chosen.append(person)
        return chosen


def groups(keys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """For rows sorted by `keys` (equal length arrays): the first index of each run of equal
    keys, and each row's position within its run."""
    size = len(keys[0])
    change = np.zeros(size, bool)
    change[:1] = True
    for key in keys:
        change[1:] |= key[1:] != key[:-1]
    starts = np.flatnonzero(change)
    first = np.maximum.accumulate(np.where(change, np.arange(size), 0))
    return starts, np.arange(size) - first


# ---------------------------------------------------------------- writing


class Sink:
    """Bulk inserts with explicit ids, in chunks: COPY on PostgreSQL (psycopg), executemany of
    SQLAlchemy Core inserts on SQLite (so the columns' own types store every value)."""

    def __init__(self, engine: sa.Engine):
        self.postgres = engine.dialect.name == "postgresql"
        self.connection = engine.connect()
        if not self.postgres:
            # Foreign keys are checked once at the end (PRAGMA foreign_key_check), and nothing
            # is synced before the end: a run that fails leaves a database to delete.
            for pragma in ("foreign_keys=OFF", "synchronous=OFF", "journal_mode=MEMORY"):
                self.connection.exec_driver_sql(f"PRAGMA {pragma}")
            self.connection.commit()
        self.rows: dict[str, int] = defaultdict(int)

    def write(self, model, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
        table = model.__table__
        written, rows = 0, iter(rows)
        while batch := list(islice(rows, CHUNK)):
            if self.postgres:
                self._copy(table, columns, batch)
            else:
                self.connection.execute(table.insert(),
                                        [dict(zip(columns, row, strict=True)) for row in batch])
            written += len(batch)
        self.connection.commit()
        self.rows[table.name] += written
        return written

    def _copy(self, table: sa.Table, columns: tuple[str, ...], batch: list[tuple]) -> None:
        if not self.connection.in_transaction():
            self.connection.begin()  # so that commit() commits what the raw cursor wrote
        names = ", ".join(f'"{c}"' for c in columns)
        with self.connection.connection.driver_connection.cursor() as cursor, \
                cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
            for row in batch:
                copy.write_row(row)

    def update(self, model, column: str, pairs: list[tuple[int, object]]) -> None:
        """Set `column` of the rows with these ids."""
        table = model.__table__
        statement = (sa.update(table).where(table.c.id == sa.bindparam("row_id"))
                     .values({column: sa.bindparam("row_value")}))
        for start in range(0, len(pairs), CHUNK):
            self.connection.execute(statement, [{"row_id": i, "row_value": v}
                                                for i, v in pairs[start:start + CHUNK]])
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()


class Ledger:
    """Points-ledger rows as app.points.ledger writes them, in the order given: the daily caps
    applied as ledger._capped applies them, each row's subject's tags copied onto it, each
    person's total kept; the awards on `watched` posts remembered, to be taken back when the
    post is deleted; and the badges of app.points.badges: those it awards after each row (tag
    badges, Curator) and those it is told of. Written to the sink in chunks."""

    COLUMNS = ("id", "user_id", "rule", "subject_type", "subject_id", "actor_id", "points",
               "created_at", "key", "reverses_id", "reason")
    TAG_COLUMNS = ("entry_id", "tag_id", "user_id", "points", "created_at")

    def __init__(self, sink: Sink, people: int, watched: set[int], page_of: dict[int, int]):
        self.sink, self.watched, self.page_of = sink, watched, page_of
        self.total = [0] * (people + 1)
        self.rows: list[tuple] = []
        self.tag_rows: list[tuple] = []
        self.next_id = 1
        self.earned: dict[tuple[int, str], list[int]] = {}  # (person, cap): [day, points]
        self.in_tag: dict[tuple[int, int], int] = defaultdict(int)
        self.in_force: dict[int, list[tuple]] = defaultdict(list)  # watched post: its awards
        self.reverified: dict[int, int] = defaultdict(int)
        self.found: list[tuple] = []  # (moment, order, person, slug, tag, subject)
        self.held: set[tuple] = set()

    def write(self, rule: rules.Rule, person: int, subject: tuple[str, int], actor: int,
              points: int, key: str, tags: tuple[int, ...], when: int,
              reverses: int | None = None, reason: str = "") -> int:
        entry, stamp = self.next_id, moment(when)
        self.next_id += 1
        self.rows.append((entry, person, rule.name, subject[0], subject[1], actor, points, stamp,
                          key, reverses, reason))
        for tag in tags:
            self.tag_rows.append((entry, tag, person, points, stamp))
            self.in_tag[(person, tag)] += points
        self.total[person] += points
        if rule.cap:  # what ledger.earned_today sums: the day's rows under the cap
            state = self.earned.setdefault((person, rule.cap), [when // DAY, 0])
            if state[0] != when // DAY:
                state[:] = [when // DAY, 0]
            state[1] += points
        if len(self.rows) >= CHUNK:
            self.flush()
        return entry

    def award(self, rule: rules.Rule, person: int, subject: tuple[str, int], actor: int,
              tags: tuple[int, ...], key: str, when: int) -> None:
        points = rule.points
        if rule.cap and points > 0:
            state = self.earned.get((person, rule.cap))
            today = state[1] if state and state[0] == when // DAY else 0
            points = max(0, min(points, rules.CAPS[rule.cap].points - today))
        entry = self.write(rule, person, subject, actor, points, key, tags, when)
        if subject[0] == "post" and subject[1] in self.watched:
            self.in_force[subject[1]].append((entry, rule, person, actor, points, tags))
        # badges._on_points_written
        if rule is rules.PAGE_REVERIFIED:
            self.reverified[person] += 1
            if self.reverified[person] >= 10:
                self.badge(person, badges.CURATOR, subject, when)
        if points > 0:
            if subject[0] == "revision":  # a wiki edit's tag badge names the page
                subject = ("page", self.page_of[subject[1]])
            for tag in tags:
                for tier, threshold in badges.TAG_BADGES:
                    if self.in_tag[(person, tag)] >= threshold:
                        self._give(person, badges.tag_badge_slug(tier), subject, when, tag)

    def take_back(self, post_id: int, when: int) -> None:
        """settle_post's reversals on a deleted post: each voter's awards (voters in id order),
        then the acceptance's; a reversal is the award's opposite, with its tags."""
        awards = self.in_force.pop(post_id, [])
        votes = [a for a in awards if a[1] not in handlers.ACCEPT_RULES]
        groups = [[a for a in votes if a[3] == voter] for voter in sorted({a[3] for a in votes})]
        groups.append([a for a in awards if a[1] in handlers.ACCEPT_RULES])
        for group in groups:
            for entry, rule, person, actor, points, tags in group:
                self.write(rule, person, ("post", post_id), actor, -points, f"reversal:{entry}",
                           tags, when, entry, "deleted")

    def badge(self, person: int, badge: badges.Badge, subject: tuple[str, int],
              when: int) -> None:
        self._give(person, badge.slug, subject, when)

    def _give(self, person: int, slug: str, subject: tuple[str, int], when: int,
              tag: int | None = None) -> None:
        if (slug, person, tag) not in self.held:  # each badge once
            self.held.add((slug, person, tag))
            self.found.append((when, len(self.found), person, slug, tag, subject))

    def flush(self) -> None:
        self.sink.write(PointsEntry, self.COLUMNS, self.rows)
        self.sink.write(PointsEntryTag, self.TAG_COLUMNS, self.tag_rows)
        self.rows.clear()
        self.tag_rows.clear()

    def write_badges(self) -> list[tuple[int, int, str, str]]:
        """Write the badges, in the order they were earned; (moment, person, name, tier) of
        each, in id order."""
        self.found.sort()
        rows, earned = [], []
        for n, (when, _, person, slug, tag, subject) in enumerate(self.found, start=1):
            rows.append((n, person, slug, tag, subject[0], subject[1], moment(when),
                         f"{slug}:{person}" if tag is None else f"{slug}:{person}:{tag}"))
            name = badges.BY_SLUG[slug].name if tag is None else corpus.TAGS[tag - 1]
            earned.append((when, person, name, badges.tier_of(slug)))
        self.sink.write(BadgeAward, ("id", "user_id", "badge", "tag_id", "subject_type",
                                     "subject_id", "awarded_at", "key"), rows)
        return earned


# ---------------------------------------------------------------- the organisation


class Organisation:
    """Plans each part with NumPy (who, when, how many), then writes it in id order; the
    words of each object come from a generator seeded with its id."""

    def __init__(self, sink: Sink, sizes: Sizes, seed: int, now: datetime, days: int,
                 password_hash: str, progress: Callable[..., None]):
        self.sink, self.sizes, self.seed = sink, sizes, seed
        self.password_hash, self.say = password_hash, progress
        self.rng = np.random.default_rng(seed)
        self.end = int(now.timestamp()) - 60  # the newest moment anything happens
        self.span = days * DAY
        self.start = self.end - self.span
        self.rendered = Rendered()
        self.seconds: dict[str, float] = {}
        self.skipped_votes = 0
        self.later_notifications: list[tuple] = []  # (created, user, kind, subject, ...)

    # ------------------------------------------------------------ small tools

    @contextmanager
    def phase(self, name: str):
        before, began = dict(self.sink.rows), time.perf_counter()
        self.say(f"{name} ...")
        yield
        spent = time.perf_counter() - began
        self.seconds[name] = spent
        added = {t: n - before.get(t, 0) for t, n in self.sink.rows.items()
                 if n != before.get(t, 0)}
        self.say(f"  {name}: {spent:.1f} s; " + ", ".join(f"{t} {n:,}" for t, n in added.items()))

    def writer(self, kind: int, number: int) -> corpus._Writer:
        return corpus._Writer(random.Random((self.seed << 48) | (kind << 40) | number))

    def people_by(self, weights: np.ndarray, k: int) -> np.ndarray:
        """k person ids drawn by weight (with repeats)."""
        return self.rng.choice(len(weights), size=k, p=weights / weights.sum()) + 1

    def after(self, base, median: float, sigma: float) -> np.ndarray:
        """A moment after each of `base` (seconds), a log-normal delay with that median, never
        later than the end (a delay that would be is drawn again between the two)."""
        base = np.asarray(base, dtype=np.int64)
        delay = np.maximum(1, self.rng.lognormal(math.log(median), sigma, base.shape))
        at = base + delay.astype(np.int64)
        late = at > self.end
        at[late] = base[late] + ((self.end - base[late])
                                 * self.rng.random(int(late.sum()))).astype(np.int64)
        return at

    def between(self, low, high=None) -> np.ndarray:
        low = np.asarray(low, dtype=np.int64)
        high = self.end if high is None else np.asarray(high, dtype=np.int64)
        return low + ((high - low) * self.rng.random(low.shape)).astype(np.int64)

    def notify_later(self, at: int, user: int, kind: Told, subject: tuple[str, int], text: str,
                     url: str, actor: int | None = None) -> None:
        self.later_notifications.append((at, user, kind.value, subject, text, url, actor))

    # ------------------------------------------------------------ people and vocabulary

    def people(self) -> None:
        s, rng = self.sizes, self.rng
        count = s.people
        # Heavy-tailed (Pareto), the tail's tip clipped: the most active person answers about
        # 1% of the questions at 100,000, the top 1% a quarter of them, the top 10% two thirds.
        activity = rng.pareto(1.6, count) + 0.02
        activity = np.minimum(activity, np.quantile(activity, 0.998))
        activity[0] = np.quantile(activity, 0.985)  # person 1: an active expert
        self.activity = activity
        regions = DATA["regions"]
        teams = [(segment, region) for segment in DATA["team_segments"]
                 for region in regions][:s.teams]
        region_index = {r["name"]: n for n, r in enumerate(regions)}
        self.team_names = [f"{segment['name']} {region['name']}" for segment, region in teams]
        self.team_slugs = [wiki.slugify(name) for name in self.team_names]
        team_of = rng.integers(len(teams), size=count)
        team_of[0] = 0
        self.team_of = team_of + 1
        team_region = np.array([region_index[region["name"]] for _, region in teams]) + 1
        region_of = team_region[team_of]
        roles = ["member"] * (count + 1)
        altitudes = ["individual-contributor"] * (count + 1)
        leads = []
        for team in range(len(teams)):
            members = [p for p in (np.flatnonzero(team_of == team) + 1).tolist() if p != 1]
            if members:
                leads.append(members[0])
                roles[members[0]], altitudes[members[0]] = "manager", "manager"
        seen_regions = set()
        for lead in leads:  # the first lead of each region directs it
            if region_of[lead - 1] not in seen_regions:
                seen_regions.add(region_of[lead - 1])
                altitudes[lead] = "director"
        roles[2], altitudes[2] = "admin", "director"
        roles[3], altitudes[3] = "manager", "c-level"
        for vp in (4, 5):
            roles[vp], altitudes[vp] = "manager", "vp"
        departments = rng.choice(["sales", "marketing", "enablement", "operations", "other"],
                                 size=count + 1, p=[0.78, 0.05, 0.06, 0.08, 0.03]).tolist()
        departments[1] = departments[3] = departments[4] = departments[5] = "sales"
        departments[2] = "enablement"
        self.managers = np.array([p for p in range(1, count + 1) if roles[p] != "member"])
        self.names = [""] + [person_name(n) for n in range(1, count + 1)]
        created = self.start - (rng.random(count) * 90 * DAY).astype(np.int64)
        self.last_seen = self.end - np.minimum(rng.exponential(2 * DAY, count),
                                               self.span / 2).astype(np.int64)
        self.last_seen[0] = self.end - 6 * HOUR
        titles = DATA["titles"]

        def rows() -> Iterator[tuple]:
            for n in range(1, count + 1):
                writer = self.writer(PERSON, n)
                writer.pick()
                altitude = altitudes[n]
                title = ("Senior Account Executive" if n == 1
                         else writer.rng.choice(titles[altitude]))
                email = login_email(n)
                name = self.names[n]
                yield (n, email, name, name_key(name), handle_base(email), self.password_hash,
                       roles[n], True, moment(int(created[n - 1])),
                       moment(int(self.last_seen[n - 1])), title, departments[n], altitude,
                       writer.fill(writer.rng.choice(DATA["bios"])), int(self.team_of[n - 1]),
                       int(region_of[n - 1]), 0)

        self.sink.write(Region, ("id", "name", "slug", "description"),
                        [(n, r["name"], r["slug"], r["description"])
                         for n, r in enumerate(regions, start=1)])
        self.sink.write(Team, ("id", "name", "slug", "description", "region_id"),
                        [(n, self.team_names[n - 1], self.team_slugs[n - 1],
                          f"{segment['description'][:-1]} in {region['name']}.",
                          region_index[region["name"]] + 1)
                         for n, (segment, region) in enumerate(teams, start=1)])
        self.sink.write(User, ("id", "email", "name", "name_key", "handle", "password_hash",
                               "role", "active", "created_at", "last_login_at", "title",
                               "department", "altitude", "bio", "team_id", "region_id",
                               "points"), rows())
        # Each topic's experts: drawn by activity, most active first; person 1 among two.
        size = max(3, count // 100)
        pools = []
        for topic in range(len(TOPICS)):
            pool = rng.choice(count, size=size, replace=False, p=activity / activity.sum()) + 1
            if topic < 2 and 1 not in pool:
                pool[-1] = 1
            pools.append(sorted(pool.tolist(), key=lambda p: -activity[p - 1]))
        self.pools = np.array(pools)

    def vocabulary(self) -> None:
        named = {c["slug"]: c for c in demo.TAG_CATEGORIES} | DATA["categories"]
        self.sink.write(TagCategory, ("id", "slug", "name", "description", "position"),
                        [(n, slug, named[slug]["name"], named[slug]["description"], n - 1)
                         for n, slug in enumerate(corpus.TAG_CATEGORIES, start=1)])
        category_ids = {slug: n for n, slug in enumerate(corpus.TAG_CATEGORIES, start=1)}
        demo_tags = {t["name"]: t for t in demo.TAGS}
        described = {name: demo_tags.get(name) or DATA["tags"][name] for name in corpus.TAGS}
        self.sink.write(Tag, ("id", "name", "category_id", "description"),
                        [(TAG_IDS[name], name, category_ids[corpus.CATEGORY_OF[name]],
                          described[name]["description"]) for name in corpus.TAGS])
        taken, synonyms = set(corpus.TAGS), []
        for name in corpus.TAGS:
            for synonym in [*demo_tags.get(name, {}).get("synonyms", []),
                            *DATA["tags"].get(name, {}).get("synonyms", [])]:
                if synonym not in taken:
                    taken.add(synonym)
                    synonyms.append((len(synonyms) + 1, synonym, TAG_IDS[name]))
        self.sink.write(TagSynonym, ("id", "name", "tag_id"), synonyms)
        self.sink.write(TagRequest, ("id", "name", "category_id", "description", "reason",
                                     "requested_by_id", "created_at", "status"),
                        [(n, r["name"], category_ids[r["category"]], r["description"],
                          r["reason"], int(self.people_by(self.activity, 1)[0]),
                          moment(self.end - n * 3 * DAY), "pending")
                         for n, r in enumerate(DATA["tag_requests"], start=1)])
        # How often each tag comes with a topic: what people follow and declare.
        weight = np.ones(len(corpus.TAGS))
        for _, names in TOPICS:
            for name in names:
                weight[TAG_IDS[name] - 1] += 4
        self.tag_weight = weight / weight.sum()

    def social(self) -> None:
        s, rng, count = self.sizes, self.rng, self.sizes.people
        people = range(1, count + 1)
        famous = Sampler(rng, self.activity ** 1.2)
        follows = []
        for person in people:
            k = min(count - 2, int(rng.geometric(1 / 8)))
            for other in famous.draw(k, (person,)):
                follows.append((person, other, moment(int(self.between(self.start)))))
        self.sink.write(Follow, ("follower_id", "followed_id", "created_at"), follows)
        tag_follows = []
        for person in people:
            for tag in rng.choice(len(corpus.TAGS), size=int(rng.integers(1, 6)), replace=False,
                                  p=self.tag_weight).tolist():
                tag_follows.append((person, tag + 1, moment(int(self.between(self.start)))))
        self.sink.write(TagFollow, ("user_id", "tag_id", "created_at"), tag_follows)
        known: dict[int, list[int]] = defaultdict(list)
        for topic, pool in enumerate(self.pools.tolist()):
            for person in pool[:max(3, len(pool) // 2)]:
                for name in TOPICS[topic][1]:
                    if TAG_IDS[name] not in known[person]:
                        known[person].append(TAG_IDS[name])
        for person in people:
            if rng.random() < 0.3:
                for tag in rng.choice(len(corpus.TAGS), size=int(rng.integers(1, 4)),
                                      replace=False, p=self.tag_weight).tolist():
                    if tag + 1 not in known[person]:
                        known[person].append(tag + 1)
        self.sink.write(DeclaredExpertise, ("user_id", "tag_id", "position"),
                        [(person, tag, position) for person in sorted(known)
                         for position, tag in enumerate(known[person][:10])])
        top = np.argsort(-self.activity)[:max(2, count // 250)] + 1
        self.sink.write(RecognisedExpert, ("user_id", "flagged_by_id", "created_at"),
                        [(int(p), int(rng.choice(self.managers)),
                          moment(int(self.between(self.start + 30 * DAY)))) for p in top
                         if int(p) not in self.managers.tolist()])
        links = []
        for person in people:
            if rng.random() < 0.3:
                handle = handle_base(login_email(person))
                for position, label in enumerate(DATA["link_labels"][:int(rng.integers(1, 3))]):
                    url = (f"https://www.linkedin.com/in/{handle}" if position == 0
                           else f"https://crm.northwind.example/people/{handle}/{label.lower()}")
                    links.append((len(links) + 1, person, label, url.replace(" ", "-"), position))
        self.sink.write(ProfileLink, ("id", "user_id", "label", "url", "position"), links)
        self._notes()
        self._certifications()
        # A search in 20 finds nothing: 5,000 gaps in the last 90 days at 100,000 questions.
        misses = max(10, s.questions // 20)
        gaps = DATA["search_gaps"]
        searchers = self.people_by(self.activity ** 0.5, misses)
        times = np.sort(self.between(np.full(misses, self.end - 90 * DAY)))
        # Some words searched often, most once or twice (a Zipf law over 400 queries).
        ranks = ((self.rng.zipf(1.5, misses) - 1) % 400).tolist()
        queries = [gaps[k % len(gaps)] + (f" {k // len(gaps)}" if k >= len(gaps) else "")
                   for k in ranks]
        self.sink.write(SearchMiss, ("id", "query", "query_key", "user_id", "created_at",
                                     "found_by"),
                        [(n + 1, query, query_key(query), int(searchers[n]),
                          moment(int(times[n])), "") for n, query in enumerate(queries)])

    def _notes(self) -> None:
        count, rng = self.sizes.people, self.rng
        total = count // 2
        boards = self.people_by(self.activity ** 0.8, total)
        authors = rng.integers(1, count + 1, size=total)
        authors = np.where(authors == boards, authors % count + 1, authors)
        at = np.sort(self.between(np.full(total, self.start)))
        rows, latest = [], {}
        for n in range(total):
            writer = self.writer(NOTE, n + 1)
            writer.pick()
            board, author = int(boards[n]), int(authors[n])
            rows.append((n + 1, board, author, writer.fill(writer.rng.choice(DATA["notes"])),
                         moment(int(at[n]))))
            latest[board] = (int(at[n]), author)
        self.sink.write(ProfileNote, ("id", "board_user_id", "author_id", "body", "created_at"),
                        rows)
        for board, (last, author) in latest.items():  # the board's latest note
            self.notify_later(last, board, Told.NOTE, ("board", board),
                              f"{self.names[author]} left a note on your board",
                              f"/people/{board}#board", author)

    def _certifications(self) -> None:
        rng, count = self.rng, self.sizes.people
        made = self.start + 30 * DAY
        self.sink.write(Certification, ("id", "name", "description", "created_by_id",
                                        "created_at"),
                        [(n, c["name"], c["description"], 2, moment(made))
                         for n, c in enumerate(DATA["certifications"], start=1)])
        given = []
        for person in range(1, count + 1):
            if rng.random() < 0.15:
                for certification in rng.choice(len(DATA["certifications"]),
                                                size=int(rng.integers(1, 3)),
                                                replace=False).tolist():
                    by = int(rng.choice(self.managers))
                    if by != person:
                        given.append((int(self.between(made)), person, certification + 1, by))
        given.sort()
        self.sink.write(PersonCertification, ("id", "user_id", "certification_id",
                                              "awarded_by_id", "awarded_at"),
                        [(n, person, certification, by, moment(at))
                         for n, (at, person, certification, by) in enumerate(given, start=1)])
        for n, (at, person, certification, by) in enumerate(given, start=1):
            name = DATA["certifications"][certification - 1]["name"]
            self.notify_later(at, person, Told.CERTIFICATION, ("certification", n),
                              f"{self.names[by]} certified you: {name}",
                              f"/people/{person}#certifications-heading", by)

    # ------------------------------------------------------------ questions and answers

    def plan_questions(self) -> None:
        s, rng, count = self.sizes, self.rng, self.sizes.people
        questions = s.questions
        asked = np.sort(self.start + (self.span * np.sqrt(rng.random(questions)))
                        .astype(np.int64))
        asked = np.minimum(asked, self.end - 6 * HOUR)
        topic = rng.integers(len(TOPICS), size=questions)
        asker = self.people_by(self.activity ** 0.45, questions)
        weight = rng.gamma(2.0, 1.0, questions)
        weight[rng.choice(questions, size=max(1, questions // 2_000), replace=False)] *= 15
        answers_of = rng.multinomial(s.answers, weight / weight.sum())
        a_q = np.repeat(np.arange(questions), answers_of)
        answers = len(a_q)
        answered = self.after(asked[a_q], 3 * HOUR, 1.8)
        author = self.people_by(self.activity, answers)
        pooled = rng.random(answers) < 0.5  # half the answers come from the topic's experts
        rank = (rng.random(answers) ** 1.5 * self.pools.shape[1]).astype(np.int64)
        author[pooled] = self.pools[topic[a_q[pooled]], rank[pooled]]
        again = (author == asker[a_q]) & (rng.random(answers) < 0.95)
        author[again] = self.people_by(self.activity, int(again.sum()))
        still = again & (author == asker[a_q])
        author[still] = author[still] % count + 1

        posts = questions + answers
        self.q_count, self.a_q, self.topic, self.answers_of = questions, a_q, topic, answers_of
        self.first_answer = np.concatenate([[0], np.cumsum(answers_of)[:-1]])
        self.p_time = np.concatenate([asked, answered])
        self.p_author = np.concatenate([asker, author])
        self.p_q = np.concatenate([np.arange(questions), a_q])
        order = np.lexsort((np.arange(posts), self.p_time))  # ids follow time
        self.p_id = np.empty(posts, np.int64)
        self.p_id[order] = np.arange(1, posts + 1)
        self.by_id = order  # the post index of post id n is by_id[n - 1]
        quality = rng.lognormal(0.0, 1.0, posts)

        # Accepted answers: the asker takes the best of them, a day or so later.
        accepted = np.full(questions, -1)
        noisy = quality[questions:] * rng.random(answers)
        for q in np.flatnonzero((answers_of > 0) & (rng.random(questions) < 0.45)).tolist():
            first = self.first_answer[q]
            accepted[q] = first + int(np.argmax(noisy[first:first + answers_of[q]]))
        self.acc_q = np.flatnonzero(accepted >= 0)
        self.acc_a = accepted[self.acc_q]
        acc_time = self.after(answered[self.acc_a], DAY, 1.5)
        own = author[self.acc_a] == asker[self.acc_q]
        acc_time[own] = answered[self.acc_a][own]  # one's own answer, accepted as it is posted
        self.acc_time = acc_time
        quality[questions + self.acc_a] *= 3
        is_accepted = np.zeros(answers, bool)
        is_accepted[self.acc_a] = True

        # Duplicates: closed as a duplicate of an earlier question on the same topic.
        duplicate_of = np.full(questions, -1)
        by_topic = [np.flatnonzero(topic == k) for k in range(len(TOPICS))]
        for q in sorted(rng.choice(np.arange(10, questions), size=questions // 200,
                                   replace=False).tolist()):
            earlier = by_topic[topic[q]]
            earlier = earlier[(earlier < q) & (duplicate_of[earlier] < 0)]
            if len(earlier):
                duplicate_of[q] = earlier[rng.integers(len(earlier))]
        self.dup_q = np.flatnonzero(duplicate_of >= 0)
        self.duplicate_of = duplicate_of
        last_answer = np.full(questions, 0, np.int64)
        np.maximum.at(last_answer, a_q, answered)
        self.closed_at = self.after(np.maximum(asked[self.dup_q], last_answer[self.dup_q]),
                                    6 * HOUR, 1.0)
        self.closed_by = np.where(rng.random(len(self.dup_q)) < 0.7, asker[self.dup_q],
                                  rng.choice(self.managers, size=len(self.dup_q)))
        canonical = np.zeros(questions, bool)
        canonical[duplicate_of[self.dup_q]] = True
        deleted_q = (rng.random(questions) < 0.002) & (duplicate_of < 0) & ~canonical
        deleted_a = (rng.random(answers) < 0.005) & ~is_accepted & ~deleted_q[a_q]

        # Comments, edits and votes, each some time after its post.
        root = np.sqrt(quality)
        c_pi = np.repeat(np.arange(posts), rng.multinomial(s.comments, root / root.sum()))
        c_time = self.after(self.p_time[c_pi], 6 * HOUR, 1.5)
        c_author = self.people_by(self.activity ** 0.6, len(c_pi))
        order = np.lexsort((np.arange(len(c_pi)), c_time))  # comment id n is index n - 1
        self.c_pi, self.c_time, self.c_author = c_pi[order], c_time[order], c_author[order]

        extra = np.where(rng.random(posts) < 0.1,
                         rng.choice([1, 2, 3], size=posts, p=[0.8, 0.15, 0.05]), 0)
        e_pi = np.repeat(np.arange(posts), extra)
        e_time = self.after(self.p_time[e_pi], DAY, 1.5)
        order = np.lexsort((e_time, e_pi))
        self.e_pi, self.e_time = e_pi[order], e_time[order]
        self.e_editor = np.where(rng.random(len(e_pi)) < 0.85, self.p_author[self.e_pi],
                                 rng.choice(self.managers, size=len(e_pi)))
        self.revision = 1 + extra
        self.e_first = np.searchsorted(self.e_pi, np.arange(posts))  # a post's first edit

        self._plan_votes(quality, is_accepted)

        # The moment of each deletion: after everything that happened on the post (and, for a
        # question, on its answers).
        last = self.p_time.copy()
        for where, when in ((self.v_pi, self.v_time), (self.c_pi, self.c_time),
                            (self.e_pi, self.e_time)):
            np.maximum.at(last, where, when)
        thread = last[:questions].copy()
        np.maximum.at(thread, a_q, last[questions:])
        np.maximum.at(thread, self.acc_q, self.acc_time)
        np.maximum.at(thread, self.dup_q, self.closed_at)
        self.deleted_at = np.full(posts, -1, np.int64)
        gone = np.flatnonzero(deleted_q)
        self.deleted_at[gone] = self.after(thread[gone], 2 * DAY, 1.0)
        gone = np.flatnonzero(deleted_a)
        self.deleted_at[questions + gone] = self.after(last[questions + gone], 2 * DAY, 1.0)

        activity = asked.copy()
        np.maximum.at(activity, a_q, answered)
        np.maximum.at(activity, self.p_q[self.c_pi], self.c_time)
        np.maximum.at(activity, self.p_q[self.e_pi], self.e_time)
        np.maximum.at(activity, self.acc_q, self.acc_time)
        self.last_activity = activity
        self.answer_count = np.bincount(a_q[~deleted_a], minlength=questions)
        self.score = np.zeros(posts, np.int64)
        np.add.at(self.score, self.v_pi, self.v_value)
        # qa.services.answered_now: an accepted answer, or a live one with a positive score.
        self.answered = np.zeros(questions, bool)
        self.answered[self.acc_q] = True
        self.answered[a_q[~deleted_a & (self.score[questions:] > 0)]] = True
        # qa.services.first_answer_now: each question's first live answer by someone else.
        by_other = ~deleted_a & (author != asker[a_q])
        self.first_answered = np.full(questions, np.iinfo(np.int64).max)
        np.minimum.at(self.first_answered, a_q[by_other], answered[by_other])
        wanted = (1 + answers_of) * np.sqrt(quality[:questions])
        self.views = np.minimum(rng.multinomial(s.views, wanted / wanted.sum()),
                                int(0.8 * (count - 1)))
        self.recent = np.flatnonzero(asked >= self.end - 60 * DAY)

    def _plan_votes(self, quality: np.ndarray, is_accepted: np.ndarray) -> None:
        s, rng, count = self.sizes, self.rng, self.sizes.people
        questions, posts = self.q_count, len(quality)
        weight = quality.copy()
        weight[:questions] *= 0.8
        weight[questions:] *= 1.3
        per_post = np.minimum(rng.multinomial(s.votes, weight / weight.sum()),
                              int(0.6 * (count - 1)))
        sampler = Sampler(rng, self.activity ** 0.5)
        voters: list[int] = []
        authors = self.p_author.tolist()
        for post in np.flatnonzero(per_post).tolist():
            voters.extend(sampler.draw(int(per_post[post]), (authors[post],)))
        v_pi = np.repeat(np.arange(posts), per_post)
        v_voter = np.array(voters, dtype=np.int64)
        down = np.where(np.arange(posts) < questions, 0.12, 0.07)
        down[questions:][is_accepted] = 0.02
        down[quality < 0.3] = 0.35
        v_value = np.where(rng.random(len(v_pi)) < down[v_pi], -1, 1)
        v_time = self.after(self.p_time[v_pi], 2 * DAY, 2.0)
        # Serial voting: at most SERIAL_VOTES_PER_DAY votes from one person on another's
        # posts in a UTC day; the excess is never cast.
        target, day = self.p_author[v_pi], v_time // DAY
        order = np.lexsort((v_time, day, target, v_voter))
        _, position = groups([v_voter[order], target[order], day[order]])
        keep = np.empty(len(v_pi), bool)
        keep[order] = position < rules.SERIAL_VOTES_PER_DAY
        self.skipped_votes = int((~keep).sum())
        v_pi, v_voter, v_value, v_time = v_pi[keep], v_voter[keep], v_value[keep], v_time[keep]
        order = np.lexsort((np.arange(len(v_pi)), v_time))  # vote id n is index n - 1
        self.v_pi, self.v_voter = v_pi[order], v_voter[order]
        self.v_value, self.v_time = v_value[order], v_time[order]

    def _question_text(self, post_id: int, q: int) -> tuple[str, list[str], list[list[str]]]:
        writer = self.writer(QUESTION, post_id)
        rng = writer.rng
        name, wanted = TOPICS[self.topic[q]]
        writer.pick(name)
        title = capitalised(writer.fill(rng.choice(corpus._TITLES)))[:150]
        tags = corpus._tags(rng, wanted, writer.slots)
        paragraphs = [sentences(writer, rng.randint(2, 5), rng.choice(corpus._QUESTION_OPENERS))]
        if rng.random() < 0.3:
            paragraphs.append(sentences(writer, rng.randint(2, 4)))
        return title, tags, versions(writer, paragraphs, int(self.revision[q]))

    def _answer_text(self, post_id: int, post: int) -> list[list[str]]:
        writer = self.writer(ANSWER, post_id)
        rng = writer.rng
        writer.pick(TOPICS[self.topic[self.p_q[post]]][0])
        paragraphs = [sentences(writer, rng.randint(3, 7), rng.choice(corpus._ANSWER_OPENERS))]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            paragraphs.append(sentences(writer, rng.randint(2, 5)))
        return versions(writer, paragraphs, int(self.revision[post]))

    def write_posts(self) -> None:
        questions, posts = self.q_count, len(self.p_time)
        self.titles: list[str] = [""] * questions
        self.qtags: list[tuple[int, ...]] = [()] * questions
        summaries = DATA["post_edit_summaries"]
        duplicate_of = {int(q): int(self.p_id[self.duplicate_of[q]]) for q in self.dup_q}
        closed = {int(q): (int(t), int(by))
                  for q, t, by in zip(self.dup_q, self.closed_at, self.closed_by, strict=True)}
        revision_id = 0
        columns = ("id", "kind", "author_id", "body", "body_html", "score", "revision",
                   "created_at", "edited_at", "deleted_at", "deleted_by_id", "title",
                   "view_count", "answer_count", "last_activity_at", "duplicate_of_id",
                   "closed_at", "closed_by_id", "accepted_by_import", "question_id", "answered")
        for first in range(1, posts + 1, CHUNK):
            rows, tag_rows, revision_rows = [], [], []
            for post_id in range(first, min(first + CHUNK, posts + 1)):
                post = int(self.by_id[post_id - 1])
                author, at = int(self.p_author[post]), int(self.p_time[post])
                number_of = int(self.revision[post])
                edits = range(int(self.e_first[post]), int(self.e_first[post]) + number_of - 1)
                edited = moment(int(self.e_time[edits[-1]])) if number_of > 1 else None
                deleted = int(self.deleted_at[post])
                gone = (moment(deleted), author) if deleted >= 0 else (None, None)
                if post < questions:
                    title, tags, texts = self._question_text(post_id, post)
                    tag_ids = tuple(TAG_IDS[t] for t in tags)
                    self.titles[post], self.qtags[post] = title, tag_ids
                    tag_rows.extend((post_id, tag, n) for n, tag in enumerate(tag_ids))
                    close_at, close_by = closed.get(post, (None, None))
                    rows.append((post_id, "question", author, "\n\n".join(texts[-1]),
                                 self.rendered(texts[-1]), int(self.score[post]), number_of,
                                 moment(at), edited, *gone, title, int(self.views[post]),
                                 int(self.answer_count[post]),
                                 moment(int(self.last_activity[post])),
                                 duplicate_of.get(post),
                                 moment(close_at) if close_at else None, close_by, False, None,
                                 bool(self.answered[post])))
                    title_of, tag_text, summary = title, " ".join(tags), "Asked"
                else:
                    texts = self._answer_text(post_id, post)
                    rows.append((post_id, "answer", author, "\n\n".join(texts[-1]),
                                 self.rendered(texts[-1]), int(self.score[post]), number_of,
                                 moment(at), edited, *gone, None, 0, 0, None, None, None, None,
                                 False, int(self.p_id[self.p_q[post]]), False))
                    title_of, tag_text, summary = None, "", "Answered"
                for number, text in enumerate(texts, start=1):
                    revision_id += 1
                    if number == 1:
                        by, when = author, at
                    else:
                        edit = edits[number - 2]
                        by, when = int(self.e_editor[edit]), int(self.e_time[edit])
                        summary = summaries[(post_id + number) % len(summaries)]
                    revision_rows.append((revision_id, post_id, number, by, moment(when),
                                          title_of, "\n\n".join(text), tag_text, summary))
            self.sink.write(Post, columns, rows)
            self.sink.write(PostTag, ("post_id", "tag_id", "position"), tag_rows)
            self.sink.write(PostRevision, ("id", "post_id", "number", "author_id", "created_at",
                                           "title", "body", "tags", "summary"), revision_rows)
        self.sink.update(Question, "accepted_answer_id",
                         [(int(self.p_id[q]), int(self.p_id[questions + a]))
                          for q, a in zip(self.acc_q, self.acc_a, strict=True)])
        none = np.iinfo(np.int64).max
        self.sink.update(Question, "first_answer_at",
                         [(int(self.p_id[q]), moment(int(at)))
                          for q, at in enumerate(self.first_answered.tolist()) if at != none])
        self.sink.update(Question, "accepted_at",
                         [(int(self.p_id[q]), moment(int(at)))
                          for q, at in zip(self.acc_q, self.acc_time, strict=True)])
        live = self.deleted_at[:questions] < 0  # each tag's count of live questions
        tagged = np.bincount([tag for q, tags in enumerate(self.qtags) if live[q] for tag in tags],
                             minlength=len(corpus.TAGS) + 1)
        self.sink.update(Tag, "question_count", list(enumerate(tagged.tolist()))[1:])

    def write_threads(self) -> None:
        """Comments, votes, views and routings (the posts exist)."""
        comments = DATA["comments"]

        def comment_rows() -> Iterator[tuple]:
            posts, times = self.p_id[self.c_pi].tolist(), self.c_time.tolist()
            authors, topics = self.c_author.tolist(), self.topic[self.p_q[self.c_pi]].tolist()
            for n in range(len(posts)):
                writer = self.writer(COMMENT, n + 1)
                writer.pick(TOPICS[topics[n]][0])
                rng = writer.rng
                text = (writer.fill(rng.choice(comments)) if rng.random() < 0.5 else
                        " ".join(sentences(writer, rng.choice((1, 1, 2)))))
                yield (n + 1, posts[n], authors[n], text, self.rendered([text]),
                       moment(times[n]))

        self.sink.write(Comment, ("id", "post_id", "author_id", "body", "body_html",
                                  "created_at"), comment_rows())
        self.sink.write(Vote, ("id", "post_id", "voter_id", "value", "created_at"),
                        ((n + 1, post, voter, value, moment(at)) for n, (post, voter, value, at)
                         in enumerate(zip(self.p_id[self.v_pi].tolist(), self.v_voter.tolist(),
                                          self.v_value.tolist(), self.v_time.tolist(),
                                          strict=True))))
        viewers = Sampler(np.random.default_rng([self.seed, 7]), self.activity ** 0.3)
        view_rng = np.random.default_rng([self.seed, 8])

        def view_rows() -> Iterator[tuple]:
            for q in range(self.q_count):
                k = int(self.views[q])
                if not k:
                    continue
                asker, asked = int(self.p_author[q]), int(self.p_time[q])
                last = self.end if self.deleted_at[q] < 0 else int(self.deleted_at[q])
                days = asked + (view_rng.lognormal(math.log(3 * DAY), 1.5, k)).astype(np.int64)
                late = days > last
                days[late] = asked + ((last - asked) * view_rng.random(int(late.sum()))
                                      ).astype(np.int64)
                post_id = int(self.p_id[q])
                for viewer, day in zip(viewers.draw(k, (asker,)), days.tolist(), strict=True):
                    yield post_id, viewer, moment(day).date()

        self.sink.write(QuestionView, ("question_id", "viewer_id", "day"), view_rows())
        self.routed = []
        for q in self.recent.tolist():
            asker = int(self.p_author[q])
            experts = [p for p in self.pools[self.topic[q]].tolist() if p != asker][:3]
            self.routed.extend((q, expert) for expert in experts)
        self.sink.write(QuestionRouting, ("question_id", "user_id", "round", "created_at"),
                        [(int(self.p_id[q]), expert, 1, moment(int(self.p_time[q])))
                         for q, expert in self.routed])

    # ------------------------------------------------------------ the wiki

    def plan_wiki(self) -> None:
        s, rng, count = self.sizes, self.rng, self.sizes.people
        pages = s.pages
        created = np.sort(self.start + (self.span * np.sqrt(rng.random(pages)))
                          .astype(np.int64))
        self.w_created = np.minimum(created, self.end - DAY)
        writers = self.activity ** 0.7
        writers[self.managers - 1] *= 2
        self.w_creator = self.people_by(writers, pages)
        self.w_owner = np.where(rng.random(pages) < 0.85, self.w_creator,
                                rng.choice(self.managers, size=pages))
        self.w_interval = rng.choice(REVIEW_INTERVALS, size=pages,
                                     p=[0.5, 0.1, 0.15, 0.15, 0.1])
        self.w_topic = rng.integers(len(TOPICS), size=pages)
        parent, depth = np.full(pages, -1), np.zeros(pages, np.int64)
        for page in range(max(5, pages // 12), pages):
            if rng.random() < 0.1:
                continue
            other = int(rng.random() ** 2 * page)
            while depth[other] >= 3:
                other = int(parent[other])
            parent[page], depth[page] = other, depth[other] + 1
        self.w_parent = parent
        weight = rng.gamma(0.7, 1.0, pages)
        self.w_revisions = 1 + np.minimum(rng.multinomial(s.revisions - pages,
                                                          weight / weight.sum()), 150)
        r_page = np.repeat(np.arange(pages), self.w_revisions)
        r_time = self.between(self.w_created[r_page])
        order = np.lexsort((r_time, r_page))
        r_page, r_time = r_page[order], r_time[order]
        starts, position = groups([r_page])
        r_time[starts] = self.w_created  # revision 1 is the page's creation
        r_editor = np.where(rng.random(len(r_page)) < 0.4, self.w_owner[r_page],
                            self.people_by(writers, len(r_page)))
        r_editor[starts] = self.w_creator
        self.r_page, self.r_time, self.r_editor = r_page, r_time, r_editor
        self.r_number = position + 1
        order = np.lexsort((self.r_number, r_page, r_time))  # revision ids follow time
        self.r_id = np.empty(len(r_page), np.int64)
        self.r_id[order] = np.arange(1, len(r_page) + 1)
        self.r_first = starts
        last = starts + self.w_revisions - 1
        self.w_updated, self.w_updated_by = r_time[last], r_editor[last]
        # The last verification: most pages within their interval, about one in eight stale.
        interval = self.w_interval.astype(np.int64) * DAY
        stale = rng.random(pages) < 0.12
        recent = self.end - (interval * rng.random(pages) * 0.95).astype(np.int64)
        verified = np.maximum(np.where(stale, self.w_created, recent), self.w_created)
        self.w_verified = verified
        self.w_verifier = np.where(verified == self.w_created, self.w_creator,
                                   np.where(rng.random(pages) < 0.8, self.w_owner,
                                            rng.choice(self.managers, size=pages)))
        self.w_reverified = np.flatnonzero(verified >= self.w_created + interval)
        self.w_due = verified + interval

        # Feedback and views: the popular pages get most.
        popularity = rng.gamma(1.0, 1.0, pages)
        feedback = np.minimum(rng.multinomial(s.feedback, popularity / popularity.sum()),
                              int(0.6 * (count - 1)))
        readers = Sampler(rng, self.activity ** 0.5)
        f_page, f_reader = [], []
        for page in np.flatnonzero(feedback).tolist():
            chosen = readers.draw(int(feedback[page]), (int(self.w_owner[page]),))
            f_page.extend([page] * len(chosen))
            f_reader.extend(chosen)
        f_page = np.array(f_page, dtype=np.int64)
        f_time = self.between(self.w_created[f_page])
        order = np.lexsort((np.arange(len(f_page)), f_time))  # feedback id n is index n - 1
        self.f_page, self.f_time = f_page[order], f_time[order]
        self.f_reader = np.array(f_reader, dtype=np.int64)[order]
        self.f_helpful = rng.random(len(f_page)) < 0.8
        self.w_views = np.minimum(rng.multinomial(s.page_views, popularity / popularity.sum()),
                                  int(0.8 * (count - 1)))

    def _page_titles(self) -> None:
        keys, slugs = set(), set(wiki.RESERVED_SLUGS)
        self.w_title, self.w_slug = [], []
        for page in range(len(self.w_created)):
            writer = self.writer(PAGE_TITLE, page + 1)
            writer.pick(TOPICS[self.w_topic[page]][0])
            base = capitalised(writer.fill(writer.rng.choice(corpus._PAGE_TITLES)))[:90]
            title, n = base, 1
            while wiki.title_key(title) in keys:
                n += 1
                title = f"{base} ({writer.slots['account']})" if n == 2 else f"{base} ({n})"
            keys.add(wiki.title_key(title))
            slug = stem = wiki.slugify(title)
            n = 1
            while slug in slugs:
                n += 1
                slug = f"{stem}-{n}"
            slugs.add(slug)
            self.w_title.append(title)
            self.w_slug.append(slug)
        self.w_keys = keys

    def _page_text(self, page: int) -> tuple[list[str], list[list[str]]]:
        """The page's tags and its text at each revision (with [[links]] to other pages)."""
        writer = self.writer(PAGE_BODY, page + 1)
        rng = writer.rng
        name, wanted = TOPICS[self.w_topic[page]]
        writer.pick(name)
        tags = corpus._tags(rng, wanted, writer.slots)
        paragraphs = [sentences(writer, rng.randint(4, 9)) for _ in range(rng.randint(3, 7))]
        pages = len(self.w_title)
        for _ in range(rng.choice((0, 1, 1, 2, 3, 4))):
            other = rng.randrange(pages)
            if other == page:
                continue
            title = self.w_title[other]
            link = rng.choice((f"See [[{title}]] for the details.",
                               f"[[{title}|The page on {name}]] has more.",
                               f"Read [[{title}]] before the call."))
            paragraphs[rng.randrange(len(paragraphs))].insert(rng.randint(0, 2), link)
        if rng.random() < 0.05:
            missing = capitalised(writer.fill(rng.choice(DATA["missing_pages"])))
            if wiki.title_key(missing) not in self.w_keys:
                paragraphs[-1].append(f"A [[{missing}]] page is still to be written.")
        return tags, versions(writer, paragraphs, int(self.w_revisions[page]))

    def write_wiki(self) -> None:
        self._page_titles()
        pages = len(self.w_created)
        self.w_tags: list[tuple[int, ...]] = []
        summaries = DATA["wiki_edit_summaries"]
        page_columns = ("id", "title", "title_key", "slug", "parent_id", "body", "body_html",
                        "revision", "owner_id", "review_interval_days", "verified_at",
                        "verified_by_id", "review_due_at", "stale_announced_at", "created_at",
                        "created_by_id", "updated_at", "updated_by_id", "view_count")
        for first in range(0, pages, 2_000):
            rows, tag_rows, link_rows, revisions = [], [], [], []
            for page in range(first, min(first + 2_000, pages)):
                page_id, title = page + 1, self.w_title[page]
                tags, texts = self._page_text(page)
                tag_ids = tuple(dict.fromkeys(TAG_IDS[t] for t in tags))
                self.w_tags.append(tag_ids)
                tag_rows.extend((page_id, tag, n) for n, tag in enumerate(tag_ids))
                body = "\n\n".join(texts[-1])
                due = int(self.w_due[page])
                announced = None
                if due <= self.end:
                    announced = due + int(min(DAY, self.end - due) * self.rng.random())
                    self.notify_later(announced, int(self.w_owner[page]), Told.REVIEW_DUE,
                                      ("page", page_id),
                                      f"Your page {told._quoted(title)} is due for review",
                                      f"/wiki/{self.w_slug[page]}")
                rows.append((page_id, title, wiki.title_key(title), self.w_slug[page],
                             int(self.w_parent[page]) + 1 if self.w_parent[page] >= 0 else None,
                             body, markdown.render(body, {}, wiki._link_address),
                             int(self.w_revisions[page]), int(self.w_owner[page]),
                             int(self.w_interval[page]), moment(int(self.w_verified[page])),
                             int(self.w_verifier[page]), moment(due),
                             moment(announced) if announced else None,
                             moment(int(self.w_created[page])), int(self.w_creator[page]),
                             moment(int(self.w_updated[page])), int(self.w_updated_by[page]),
                             int(self.w_views[page])))
                targets: dict[str, str] = {}
                for target in markdown.wiki_link_targets(body):
                    target = " ".join(target.split())
                    if not wiki.title_problem(target):
                        targets.setdefault(wiki.title_key(target), target)
                targets.pop(wiki.title_key(title), None)
                link_rows.extend((page_id, key, target) for key, target in targets.items())
                tag_text = " ".join(tags)
                start = int(self.r_first[page])
                for number, text in enumerate(texts, start=1):
                    index = start + number - 1
                    revisions.append((int(self.r_id[index]), page_id, number,
                                      int(self.r_editor[index]), moment(int(self.r_time[index])),
                                      title, "\n\n".join(text), tag_text,
                                      "First version" if number == 1
                                      else summaries[(page_id + number) % len(summaries)]))
            self.sink.write(WikiPage, page_columns, rows)
            self.sink.write(WikiPageTag, ("page_id", "tag_id", "position"), tag_rows)
            self.sink.write(WikiLink, ("source_id", "target_key", "target_title"), link_rows)
            self.sink.write(WikiRevision, ("id", "page_id", "number", "author_id", "created_at",
                                           "title", "body", "tags", "summary"), revisions)
        notes = DATA["feedback_comments"]

        def feedback_rows() -> Iterator[tuple]:
            for n, (page, reader, at, helpful) in enumerate(zip(
                    self.f_page.tolist(), self.f_reader.tolist(), self.f_time.tolist(),
                    self.f_helpful.tolist(), strict=True)):
                writer = self.writer(FEEDBACK, n + 1)
                writer.pick()
                said = ""
                if writer.rng.random() < (0.08 if helpful else 0.25):
                    said = writer.fill(writer.rng.choice(notes["helpful" if helpful
                                                               else "not_helpful"]))
                yield n + 1, page + 1, reader, helpful, said, moment(at), moment(at)

        self.sink.write(WikiFeedback, ("id", "page_id", "user_id", "helpful", "comment",
                                       "created_at", "updated_at"), feedback_rows())
        viewers = Sampler(np.random.default_rng([self.seed, 9]), self.activity ** 0.3)
        view_rng = np.random.default_rng([self.seed, 10])

        def view_rows() -> Iterator[tuple]:
            for page in range(pages):
                k = int(self.w_views[page])
                if k:
                    created = int(self.w_created[page])
                    days = created + ((self.end - created) * view_rng.random(k)).astype(np.int64)
                    for viewer, day in zip(viewers.draw(k), days.tolist(), strict=True):
                        yield page + 1, viewer, moment(day).date()

        self.sink.write(WikiPageView, ("page_id", "viewer_id", "day"), view_rows())
        self._paths()

    def _paths(self) -> None:
        rng, count = self.rng, self.sizes.people
        listed = DATA["paths"]
        good = np.flatnonzero(np.isin(np.arange(self.q_count), self.acc_q)
                              & (self.duplicate_of < 0) & (self.deleted_at[:self.q_count] < 0))
        paths, items, enrolments, progress = [], [], [], []
        for n in range(1, self.sizes.paths + 1):
            about = listed[(n - 1) % len(listed)]
            title = about["title"] + (f" ({(n - 1) // len(listed) + 1})" if n > len(listed)
                                      else "")
            made = int(self.between(self.start + self.span // 3, self.end - self.span // 30))
            author = int(rng.choice(self.managers))
            paths.append((n, title, about["audience"], about["description"], author,
                          moment(made)))
            pages = np.flatnonzero(self.w_created < made)
            asked = good[self.p_time[good] < made]
            steps = []
            for _ in range(int(rng.integers(5, 13))):
                if len(asked) and (rng.random() < 0.3 or not len(pages)):
                    steps.append((None, int(self.p_id[asked[rng.integers(len(asked))]])))
                elif len(pages):
                    steps.append((int(pages[int(rng.random() ** 2 * len(pages))]) + 1, None))
            steps = list(dict.fromkeys(steps))
            first_item = len(items) + 1
            items.extend((len(items) + 1, n, position, page, question)
                         for position, (page, question) in enumerate(steps))
            for person in rng.choice(count, size=min(count, max(3, count // 25)),
                                     replace=False).tolist():
                started = int(self.between(made, self.end - DAY))
                enrolments.append((n, person + 1, moment(started)))
                done_at = started
                for item in range(first_item, first_item + int(rng.integers(0, len(steps) + 1))):
                    done_at = min(self.end, done_at + int(rng.integers(HOUR, 3 * DAY)))
                    progress.append((item, person + 1, moment(done_at)))
        self.sink.write(LearningPath, ("id", "title", "audience", "description",
                                       "created_by_id", "created_at"), paths)
        self.sink.write(PathItem, ("id", "path_id", "position", "page_id", "question_id"), items)
        self.sink.write(PathEnrollment, ("path_id", "user_id", "started_at"), enrolments)
        self.sink.write(PathProgress, ("item_id", "user_id", "done_at"), progress)

    # ------------------------------------------------------------ chat

    def chat(self) -> None:
        s, rng, count = self.sizes, self.rng, self.sizes.people
        everyone = np.arange(1, count + 1)
        channels: list[dict] = [{"kind": "public", "name": "general", "members": everyone,
                                 "topic": "Announcements, and questions for everyone",
                                 "creator": 2, "created": self.start}]
        for team, slug in enumerate(self.team_slugs, start=1):
            members = np.flatnonzero(self.team_of == team) + 1
            if len(members):
                channels.append({"kind": "public", "name": f"team-{slug}"[:40],
                                 "members": members, "topic": f"{self.team_names[team - 1]}",
                                 "creator": int(members[0]), "created": self.start + DAY})
        for n, listed in enumerate(DATA["public_channels"][:s.public_channels]):
            share = rng.uniform(0.05, 0.35)
            members = rng.choice(everyone, size=max(3, int(share * count)), replace=False)
            if n < 3:
                members = np.union1d(members, [1])
            channels.append({"kind": "public", "name": listed["name"], "members": members,
                             "topic": listed["topic"], "creator": int(members[0]),
                             "created": self.start + int(rng.integers(DAY, self.span // 20))})
        for n, listed in enumerate(DATA["private_channels"][:s.private_channels]):
            size = int(rng.integers(5, min(30, count) + 1))
            members = np.union1d(rng.choice(everyone, size=size, replace=False),
                                 rng.choice(self.managers, size=min(3, len(self.managers)),
                                            replace=False))
            if n == 0:
                members = np.union1d(members, [1])
            creator = int(next((m for m in members.tolist() if m in set(self.managers.tolist())),
                               members[0]))
            channels.append({"kind": "private", "name": listed["name"], "members": members,
                             "topic": listed["topic"], "creator": creator,
                             "created": self.start + int(rng.integers(DAY, self.span // 5))})
        keys, directs = set(), []
        while len(directs) < s.direct_channels:
            size = 2 if rng.random() < 0.9 else int(rng.integers(3, 7))
            members = np.unique(self.people_by(self.activity ** 0.5, size))
            if len(directs) < 6 and 1 not in members:
                members = np.union1d(members[:size - 1], [1])
            key = ",".join(str(m) for m in members.tolist())
            if len(members) >= 2 and key not in keys:
                keys.add(key)
                directs.append({"kind": "direct", "key": key, "members": members,
                                "created": int(self.between(self.start,
                                                            self.end - self.span // 30))})
        directs.sort(key=lambda c: c["created"])
        channels.extend(directs)

        # How many messages each channel has: the public ones most, every DM at least two.
        total = s.messages
        shares = {"public": int(total * 0.65), "private": int(total * 0.10)}
        shares["direct"] = total - shares["public"] - shares["private"]
        counts = np.zeros(len(channels), np.int64)
        for kind, share in shares.items():
            chosen = [n for n, c in enumerate(channels) if c["kind"] == kind]
            weight = rng.gamma(1.0 if kind != "direct" else 0.7, 1.0, len(chosen))
            if kind == "public":
                weight *= np.array([len(channels[n]["members"]) ** 0.7 for n in chosen])
                weight[0] *= 3
            floor = 2 if kind == "direct" else 0
            counts[chosen] = floor + rng.multinomial(share - floor * len(chosen),
                                                     weight / weight.sum())
        m_time, m_channel, m_author, m_parent, m_reply = [], [], [], [], []
        offset = 0
        for n, channel in enumerate(channels):
            k = int(counts[n])
            replies = int(rng.binomial(k, 0.2)) if k >= 5 else 0
            tops = k - replies
            created = channel["created"]
            shape = rng.random(tops) if channel["kind"] == "direct" else np.sqrt(rng.random(tops))
            top_time = np.sort(created + 60 + ((self.end - created - 60) * shape)
                               .astype(np.int64))
            members = channel["members"]
            weight = self.activity[members - 1] ** 0.5
            m_time.append(top_time)
            m_author.append(rng.choice(members, size=tops, p=weight / weight.sum()))
            m_parent.append(np.full(tops, -1, np.int64))
            if replies:
                threads = rng.choice(tops, size=min(tops, max(1, round(replies / 3.5))),
                                     replace=False)
                parent = threads[rng.integers(len(threads), size=replies)]
                m_time.append(self.after(top_time[parent], 20 * 60, 1.2))
                m_author.append(rng.choice(members, size=replies, p=weight / weight.sum()))
                m_parent.append(parent + offset)
            m_channel.append(np.full(k, n, np.int64))
            m_reply.append(np.concatenate([np.zeros(tops, bool), np.ones(replies, bool)]))
            offset += k
        m_time, m_channel = np.concatenate(m_time), np.concatenate(m_channel)
        m_author, m_parent = np.concatenate(m_author), np.concatenate(m_parent)
        m_reply = np.concatenate(m_reply)
        messages = len(m_time)
        order = np.lexsort((np.arange(messages), m_reply, m_time))  # ids follow time
        m_id = np.empty(messages, np.int64)
        m_id[order] = np.arange(1, messages + 1)
        parent_id = np.where(m_reply, m_id[np.maximum(m_parent, 0)], 0)
        reply_count = np.bincount(m_parent[m_reply], minlength=messages)
        last_reply = np.full(messages, -1, np.int64)
        np.maximum.at(last_reply, m_parent[m_reply], m_time[m_reply])
        last_id = np.zeros(len(channels), np.int64)
        np.maximum.at(last_id, m_channel, m_id)

        channel_columns = ("id", "kind", "name", "direct_key", "topic", "description",
                           "created_by_id", "created_at", "last_message_id")
        rows = []
        for n, channel in enumerate(channels):
            created = channel["created"]
            if channel["kind"] == "direct":
                rows.append((n + 1, "direct", None, channel["key"], "", "",
                             int(channel["members"][0]), moment(created), int(last_id[n])))
            else:
                rows.append((n + 1, channel["kind"], channel["name"], None, channel["topic"], "",
                             channel["creator"], moment(created), int(last_id[n])))
        self.sink.write(Channel, channel_columns, rows)
        self.sink.write(Membership, ("channel_id", "user_id", "joined_at", "last_read_id"),
                        self._memberships(channels, m_channel, m_author, m_id, m_time))

        def message_rows() -> Iterator[tuple]:
            for start in range(0, messages, CHUNK):
                chunk = order[start:start + CHUNK]
                for index, channel, author, parent, at, replies, last in zip(
                        chunk.tolist(), m_channel[chunk].tolist(), m_author[chunk].tolist(),
                        parent_id[chunk].tolist(), m_time[chunk].tolist(),
                        reply_count[chunk].tolist(), last_reply[chunk].tolist(), strict=True):
                    message_id = int(m_id[index])
                    text = self._message_text(message_id, bool(parent))
                    yield (message_id, channel + 1, author, parent or None, text,
                           self.rendered([text]), moment(at), replies,
                           moment(last) if last >= 0 else None)

        self.sink.write(Message, ("id", "channel_id", "author_id", "parent_id", "body",
                                  "body_html", "created_at", "reply_count", "last_reply_at"),
                        message_rows())

    def _memberships(self, channels, m_channel, m_author, m_id, m_time) -> Iterator[tuple]:
        """Every member's read marker: up to the last message before they were last seen,
        and at least their own last message (posting marks one's own message read)."""
        count = self.sizes.people
        key = m_channel * (count + 1) + m_author
        order = np.lexsort((m_id, key))
        ends = np.append(np.flatnonzero(key[order][1:] != key[order][:-1]), len(order) - 1)
        own = dict(zip(key[order][ends].tolist(), m_id[order][ends].tolist(), strict=True))
        order = np.lexsort((m_id, m_channel))
        bounds = np.searchsorted(m_channel[order], np.arange(len(channels) + 1))
        for n, channel in enumerate(channels):
            here = order[bounds[n]:bounds[n + 1]]
            ids, times = m_id[here], m_time[here]
            members = channel["members"]
            if len(ids):
                upto = np.searchsorted(times, self.last_seen[members - 1], side="right")
                read = np.where(upto > 0, ids[np.maximum(upto - 1, 0)], 0)
            else:  # a channel nobody wrote in (a small organisation's quiet private one)
                read = np.zeros(len(members), np.int64)
            joined = moment(channel["created"])
            for member, seen in zip(members.tolist(), read.tolist(), strict=True):
                yield n + 1, member, joined, max(seen, own.get(n * (count + 1) + member, 0))

    def _message_text(self, message_id: int, reply: bool) -> str:
        writer = self.writer(MESSAGE, message_id)
        rng = writer.rng
        writer.pick()
        if reply:
            if rng.random() < 0.5:
                return writer.fill(rng.choice(DATA["chat_acks"]))
            return " ".join(sentences(writer, rng.choice((0, 1)),
                                      rng.choice(corpus._ANSWER_OPENERS)))
        if rng.random() < 0.35:
            return capitalised(writer.fill(rng.choice(corpus._TITLES)))
        return " ".join(sentences(writer, rng.choice((1, 1, 2))))

    # ------------------------------------------------------------ points and badges

    def points(self) -> None:
        """The ledger the app would have written, in the order things happened: each vote,
        acceptance, helpful mark, wiki edit and re-verification settled as app.points.handlers
        settles it, and each deleted post's awards taken back at its deletion (Ledger); with
        the badges app.points.badges would have awarded along the way."""
        questions, posts = self.q_count, len(self.p_time)
        vote, accept, helpful, edit, verify, delete = range(6)
        marks = np.flatnonzero(self.f_helpful)
        edits = np.flatnonzero(self.r_number > 1)
        deleted = np.flatnonzero(self.deleted_at >= 0)
        parts = [(vote, self.v_time, np.arange(len(self.v_time))),
                 (accept, self.acc_time, np.arange(len(self.acc_time))),
                 (helpful, self.f_time[marks], marks), (edit, self.r_time[edits], edits),
                 (verify, self.w_verified[self.w_reverified], self.w_reverified),
                 (delete, self.deleted_at[deleted], deleted)]
        at = np.concatenate([p[1] for p in parts])
        kind = np.concatenate([np.full(len(p[1]), p[0]) for p in parts])
        ref = np.concatenate([p[2] for p in parts])
        order = np.lexsort((ref, kind, at))  # in time; a deletion after what it deletes

        author_of, question_of = [0] * (posts + 1), [0] * (posts + 1)
        is_answer = [False] * (posts + 1)
        for post, post_id in enumerate(self.p_id.tolist()):
            author_of[post_id], question_of[post_id] = int(self.p_author[post]), int(self.p_q[post])
            is_answer[post_id] = post >= questions
        answers_of = {int(self.p_id[q]): [int(self.p_id[questions + a]) for a in
                                          range(self.first_answer[q],
                                                self.first_answer[q] + self.answers_of[q])]
                      for q in deleted[deleted < questions].tolist()}
        watched = {int(self.p_id[post]) for post in deleted.tolist()}
        watched.update(a for answers in answers_of.values() for a in answers)
        page_of = dict(zip(self.r_id.tolist(), (self.r_page + 1).tolist(), strict=True))
        ledger = Ledger(self.sink, self.sizes.people, watched, page_of)
        score = [0] * (posts + 1)
        accepted: set[int] = set()
        tally: dict[tuple[str, int], int] = defaultdict(int)
        v_post = self.p_id[self.v_pi].tolist()
        v_voter, v_value = self.v_voter.tolist(), self.v_value.tolist()
        acc_answer = self.p_id[questions + self.acc_a].tolist()
        acc_asker = self.p_author[self.acc_q].tolist()
        for start in range(0, len(order), 100_000):
            chunk = order[start:start + 100_000]
            for when, what, n in zip(at[chunk].tolist(), kind[chunk].tolist(),
                                     ref[chunk].tolist(), strict=True):
                if what == vote:  # handlers.settle_vote, then badges._on_vote_cast
                    post, voter, value = v_post[n], v_voter[n], v_value[n]
                    author, answer = author_of[post], is_answer[post]
                    tags = self.qtags[question_of[post]]
                    if value > 0:
                        wanted = [(rules.ANSWER_UPVOTED if answer else rules.QUESTION_UPVOTED,
                                   author)]
                    else:
                        wanted = [(rules.POST_DOWNVOTED, author)]
                        if answer:
                            wanted.append((rules.DOWNVOTED_AN_ANSWER, voter))
                    for rule, person in wanted:
                        ledger.award(rule, person, ("post", post), voter, tags,
                                     f"{rule.name}:post:{post}:{voter}:{person}:0", when)
                    score[post] += value
                    if answer and value > 0:
                        if score[post] >= 1:
                            ledger.badge(author, badges.TEACHER, ("post", post), when)
                        if score[post] >= 10 and post in accepted:
                            ledger.badge(author, badges.GURU, ("post", post), when)
                elif what == accept:  # handlers.settle_accept, then badges._on_answer_accepted
                    answer, asker = acc_answer[n], acc_asker[n]
                    author, tags = author_of[answer], self.qtags[question_of[answer]]
                    if author != asker:
                        for rule, person in ((rules.ACCEPTED_AN_ANSWER, asker),
                                             (rules.ANSWER_ACCEPTED, author)):
                            ledger.award(rule, person, ("post", answer), asker, tags,
                                         f"{rule.name}:post:{answer}:{asker}:{person}:0", when)
                    accepted.add(answer)
                    tally[("accepted", author)] += 1
                    if score[answer] >= 10:
                        ledger.badge(author, badges.GURU, ("post", answer), when)
                    if tally[("accepted", author)] >= 10:
                        ledger.badge(author, badges.MENTOR, ("post", answer), when)
                elif what == helpful:  # handlers.settle_helpful, then badges._on_feedback
                    page, reader = int(self.f_page[n]), int(self.f_reader[n])
                    owner, subject = int(self.w_owner[page]), ("page", page + 1)
                    ledger.award(rules.PAGE_HELPFUL, owner, subject, reader, self.w_tags[page],
                                 f"{rules.PAGE_HELPFUL.name}:page:{page + 1}:{reader}:{owner}:0",
                                 when)
                    tally[("helpful", owner)] += 1
                    if tally[("helpful", owner)] >= 50:
                        ledger.badge(owner, badges.HELPFUL, subject, when)
                elif what == edit:  # handlers._on_page_edited, then badges._on_page_edited
                    page, editor = int(self.r_page[n]), int(self.r_editor[n])
                    revision = int(self.r_id[n])
                    ledger.award(rules.PAGE_EDITED, editor, ("revision", revision), editor,
                                 self.w_tags[page],
                                 f"{rules.PAGE_EDITED.name}:revision:{revision}", when)
                    tally[("edits", editor)] += 1
                    if tally[("edits", editor)] >= 10:
                        ledger.badge(editor, badges.WIKI_GARDENER, ("page", page + 1), when)
                elif what == verify:  # handlers._on_page_verified (it was stale)
                    verifier = int(self.w_verifier[n])
                    ledger.award(rules.PAGE_REVERIFIED, verifier, ("page", n + 1), verifier,
                                 self.w_tags[n], f"{rules.PAGE_REVERIFIED.name}:page:{n + 1}:"
                                 f"{moment(when).isoformat()}", when)
                else:  # handlers.settle_post: the post's awards, then its answers'
                    post_id = int(self.p_id[n])
                    for subject in (post_id, *answers_of.get(post_id, [])):
                        ledger.take_back(subject, when)
        ledger.flush()
        # badges._on_answer_posted: each person's first answer.
        first: dict[int, tuple[int, int]] = {}
        for post in range(questions, posts):
            author, when = int(self.p_author[post]), int(self.p_time[post])
            if author not in first or when < first[author][0]:
                first[author] = (when, int(self.p_id[post]))
        for author, (when, post_id) in first.items():
            ledger.badge(author, badges.FIRST_ANSWER, ("post", post_id), when)
        for n, (when, person, name, tier) in enumerate(ledger.write_badges(), start=1):
            self.notify_later(when, person, Told.BADGE, ("badge", n),
                              f"You earned the {tier} badge {name}",
                              f"/people/{person}#badges-heading")
        self.sink.update(User, "points", [(person, points) for person, points
                                          in enumerate(ledger.total) if person and points])
        points_ledger.rebuild_per_tag(self.sink.connection)  # PointsPerTag from those rows
        self.sink.connection.commit()

    # ------------------------------------------------------------ notifications

    def notifications(self) -> None:
        """Each person's notifications: one per question for everything that happened there
        that concerned them (answers to their question, comments on their posts, their answer
        accepted, the question routed to them), collapsed as the app collapses them while
        unread, the latest event's words on it; then the boards, badges, certifications and
        pages due for review. What is older than three days is read."""
        questions = self.q_count
        a_post = np.arange(questions, len(self.p_time))
        parts = [  # recipient, question, moment, kind, actor, anchor id
            (self.p_author[self.a_q], self.a_q, self.p_time[a_post], 0, self.p_author[a_post],
             self.p_id[a_post]),
            (self.p_author[self.c_pi], self.p_q[self.c_pi], self.c_time,
             np.where(self.c_pi < questions, 1, 2), self.c_author,
             np.arange(1, len(self.c_pi) + 1)),
            (self.p_author[questions + self.acc_a], self.acc_q, self.acc_time, 3,
             self.p_author[self.acc_q], self.p_id[questions + self.acc_a]),
        ]
        if self.routed:
            routed_q = np.array([q for q, _ in self.routed])
            parts.append((np.array([e for _, e in self.routed]), routed_q,
                          self.p_time[routed_q], 4, self.p_author[routed_q],
                          self.p_id[routed_q]))
        to = np.concatenate([p[0] for p in parts])
        q = np.concatenate([p[1] for p in parts])
        when = np.concatenate([p[2] for p in parts])
        kind = np.concatenate([np.broadcast_to(p[3], len(p[0])) for p in parts])
        actor = np.concatenate([p[4] for p in parts])
        anchor = np.concatenate([p[5] for p in parts])
        keep = to != actor  # nobody is told of their own actions
        to, q, when, kind, actor, anchor = (x[keep] for x in (to, q, when, kind, actor, anchor))
        order = np.lexsort((when, q, to))
        starts, _ = groups([to[order], q[order]])
        ends = np.append(starts[1:], len(order)) - 1
        by_first = np.argsort(when[order][starts], kind="stable")
        reading = np.random.default_rng([self.seed, 11])
        slugs = [Question(title=title).slug for title in self.titles]
        kinds = (Told.ANSWER, Told.COMMENT, Told.COMMENT, Told.ACCEPTED, Told.ROUTED)
        columns = ("id", "user_id", "kind", "subject_type", "subject_id", "actor_id", "text",
                   "url", "count", "created_at", "updated_at", "read_at")

        def read_at(last: int) -> datetime | None:
            if last > self.end - 3 * DAY and reading.random() < 0.65:
                return None
            return moment(min(self.end, last + int(reading.lognormal(math.log(6 * HOUR), 1))))

        def rows() -> Iterator[tuple]:
            for n, group in enumerate(by_first.tolist(), start=1):
                first, last = order[starts[group]], order[ends[group]]
                question = int(q[last])
                title, what, by = self.titles[question], int(kind[last]), int(actor[last])
                quoted, name = told._quoted(title), self.names[by]
                text = (f"{name} answered your question {quoted}",
                        f"{name} commented on your question {quoted}",
                        f"{name} commented on your answer on {quoted}",
                        f"{name} accepted your answer to {quoted}",
                        f"A question you can answer: “{title}”")[what]
                where = SimpleNamespace(id=int(self.p_id[question]), slug=slugs[question])
                hint = ("post", "comment", "comment", "post", "")[what]
                url = told.question_url(where, f"{hint}-{int(anchor[last])}" if hint else "")
                yield (n, int(to[last]), kinds[what].value, "question", where.id, by,
                       text[:300], url, int(ends[group] - starts[group] + 1),
                       moment(int(when[first])), moment(int(when[last])),
                       read_at(int(when[last])))

        written = self.sink.write(Notification, columns, rows())
        later = sorted(self.later_notifications, key=lambda row: row[:3])
        self.sink.write(Notification, columns,
                        ((written + n, user, kind, subject[0], subject[1], actor, text[:300],
                          url, 1, moment(at), moment(at), read_at(at))
                         for n, (at, user, kind, subject, text, url, actor)
                         in enumerate(later, start=1)))


# ---------------------------------------------------------------- the steps


def migrate(url: str) -> None:
    """Bring the database's schema up to date with the project's migrations (what `flask db
    upgrade` does)."""
    application = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": url})
    with application.app_context():
        upgrade()
        db.engine.dispose()


def backend_for(url: str) -> str:
    """The search backend a database implies: PostgreSQL's own, or Whoosh beside SQLite."""
    return "postgres" if url.startswith("postgresql") else "whoosh"


def generate(url: str, questions: int = 100_000, index_folder: str | None = None,
             vectors: str = "none", seed: int = SEED, now: datetime | None = None,
             days: int = YEARS * 365, progress: Callable[..., None] = say) -> Report:
    """Fill the migrated, empty database at `url` with an organisation of `questions`
    questions (and everything else in proportion) whose history spans `days` days up to
    `now`, then build its search index (in `index_folder` for Whoosh: by default `search`
    beside the SQLite file)."""
    if vectors not in VECTORS:
        raise ValueError(f"vectors is one of {', '.join(VECTORS)}")
    if days < 60:
        raise ValueError("the history spans at least 60 days")
    sizes = Sizes.of(questions)
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    if backend_for(url) == "whoosh" and index_folder is None:
        index_folder = str(Path(sa.make_url(url).database).resolve().parent / "search")
    application = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": url})
    with application.app_context():
        if db.session.scalar(sa.select(sa.func.count()).select_from(User)):
            raise RuntimeError(f"{sa.make_url(url).render_as_string()} has people already: "
                               "generate into an empty database")
        password_hash = hash_password(demo.DEMO_PASSWORD)  # once: every person shares it
        db.session.remove()
        db.engine.dispose()
    report = Report(sizes)
    engine = sa.create_engine(url)
    sink = Sink(engine)
    began = time.perf_counter()
    progress(f"Generating {questions:,} questions ({sizes.people:,} people) into "
             f"{sa.make_url(url).render_as_string()} ...")
    try:
        org = Organisation(sink, sizes, seed, now, days, password_hash, progress)
        with org.phase("people"):
            org.people()
            org.vocabulary()
            org.social()
        with org.phase("questions"):
            org.plan_questions()
            org.write_posts()
        with org.phase("comments, votes, views"):
            org.write_threads()
        with org.phase("wiki"):
            org.plan_wiki()
            org.write_wiki()
        with org.phase("chat"):
            org.chat()
        with org.phase("points"):
            org.points()
        with org.phase("notifications"):
            org.notifications()
        with org.phase("checks"):
            _finish(sink)
        report.seconds.update(org.seconds)
        report.skipped_votes = org.skipped_votes
        report.rows = dict(sink.rows)
    finally:
        sink.close()
        engine.dispose()
    began_index = time.perf_counter()
    report.documents = _index(url, index_folder, vectors, seed, progress)
    report.seconds["search index" + ("" if vectors == "none" else f" and {vectors} vectors")] \
        = time.perf_counter() - began_index
    began_analyze = time.perf_counter()
    _analyze(url)
    report.seconds["analyze"] = time.perf_counter() - began_analyze
    report.seconds["total"] = time.perf_counter() - began
    report.database_bytes = database_bytes(url)
    if index_folder and backend_for(url) == "whoosh":
        report.index_bytes = sum(p.stat().st_size for p in Path(index_folder).rglob("*")
                                 if p.is_file())
    report.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    progress(summary(report))
    return report


def _finish(sink: Sink) -> None:
    """Sequences moved past the explicit ids (PostgreSQL); foreign keys checked (SQLite: they
    were off while loading)."""
    connection = sink.connection
    if sink.postgres:
        for table in db.metadata.sorted_tables:
            if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM \"{table.name}\"")
        connection.commit()
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        raise RuntimeError(f"{len(broken)} rows refer to rows that do not exist: {broken[:5]}")
    connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
    connection.commit()


def _analyze(url: str) -> None:
    """The planner's statistics, once everything (the PostgreSQL search table too) is in."""
    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM ANALYZE" if url.startswith("postgresql")
                                   else "ANALYZE")
    engine.dispose()


def _index(url: str, index_folder: str | None, vectors: str, seed: int,
           progress: Callable[..., None]) -> int:
    """The search index rebuilt by the app (what `flask search reindex` does), and the
    vectors if asked for; the number of documents indexed."""
    settings = {"SQLALCHEMY_DATABASE_URI": url, "SEARCH_BACKEND": backend_for(url),
                "SEARCH_INDEXING": "off", "SEARCH_RANKER": "lexical"}
    if index_folder:
        settings["SEARCH_INDEX_PATH"] = index_folder
    application = create_app(TestingConfig, settings)
    began, done = time.perf_counter(), [0, 0]

    def step(n: int) -> None:
        done[0] += n
        if done[0] >= done[1] + 100_000:
            done[1] = done[0]
            progress(f"  indexed {done[0]:,} documents ({time.perf_counter() - began:.0f} s)")

    progress(f"search index ({backend_for(url)}) ...")
    with application.app_context():
        indexed = indexer.rebuild(step, vectors_too=False)
        progress(f"  search index: {indexed:,} documents in {time.perf_counter() - began:.1f} s")
        if vectors != "none" and not encoder.available():
            raise RuntimeError("--vectors needs the sentence-embedding model (see README)")
        if vectors == "made":
            _made_vectors(seed, progress)
        elif vectors == "real":
            progress("vectors: every question and page encoded (hours at 100,000 questions)")
            search_vectors.rebuild(step)
        db.session.remove()
        db.engine.dispose()
    encoder.stop()
    return indexed


def _made_vectors(seed: int, progress: Callable[..., None]) -> None:
    """bench/hybrid_bench.py's made vectors for every question and page."""
    from bench.hybrid_bench import BATCH, made_vectors

    keys = [k for k in documents.every_key() if search_vectors.has_meaning(k)]
    found = []
    for start in range(0, len(keys), indexer.BATCH):
        found.extend(documents.build(keys[start:start + indexer.BATCH])[0])
    rows = made_vectors(found, np.random.default_rng(seed))
    for start in range(0, len(rows), BATCH):
        db.session.execute(sa.insert(SearchVector), rows[start:start + BATCH])
    db.session.commit()
    progress(f"  made vectors: {len(rows):,} passages of {len(found):,} documents")


def database_bytes(url: str) -> int:
    if not url.startswith("postgresql"):
        path = Path(sa.make_url(url).database)
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        size = connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    engine.dispose()
    return int(size)


def summary(report: Report) -> str:
    lines = [f"Generated {report.sizes.questions:,} questions in {report.seconds['total']:.0f} s"
             f" (peak RSS {report.peak_rss_mb:.0f} MB):"]
    lines += [f"  {phase:<32} {seconds:8.1f} s" for phase, seconds in report.seconds.items()
              if phase != "total"]
    lines.append(f"  database {report.database_bytes / 2**20:,.0f} MB"
                 + (f", search index {report.index_bytes / 2**20:,.0f} MB"
                    if report.index_bytes else "")
                 + f", {report.documents:,} documents indexed, {sum(report.rows.values()):,} rows"
                 f" ({report.skipped_votes:,} votes skipped as serial voting)")
    lines += [f"  {table:<24} {rows:>10,}" for table, rows in sorted(report.rows.items())]
    return "\n".join(lines)


def _create_database(url: str) -> None:
    """Make the PostgreSQL database `url` names if its server does not have it."""
    target = sa.make_url(url)
    server = sa.create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        if not connection.exec_driver_sql("SELECT 1 FROM pg_database WHERE datname = %(name)s",
                                          {"name": target.database}).first():
            connection.exec_driver_sql(f'CREATE DATABASE "{target.database}"')
    server.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Everything else scales with --questions; see the module's docstring.")
    parser.add_argument("--database-url", required=True,
                        help="sqlite:////path/file.db or postgresql+psycopg://user@host/name "
                             "(migrated here; it must hold nobody yet)")
    parser.add_argument("--questions", type=int, default=100_000,
                        help="questions (default 100,000: 5,000 people, 1,000,000 messages...)")
    parser.add_argument("--index-folder", help="the Whoosh index folder (SQLite; default: "
                                               "`search` beside the database file)")
    parser.add_argument("--vectors", choices=VECTORS, default="none",
                        help="sentence vectors: none, made (minutes) or real (hours at 100,000)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--now", type=datetime.fromisoformat,
                        help="the newest moment (ISO, with its zone), to repeat a run exactly")
    parser.add_argument("--days", type=int, default=YEARS * 365,
                        help="the days the history spans (default three years)")
    arguments = parser.parse_args(argv)
    url = arguments.database_url
    if url.startswith("postgresql"):
        _create_database(url)
    else:
        folder = Path(sa.make_url(url).database).resolve().parent
        folder.mkdir(parents=True, exist_ok=True)
        # The app makes its instance folder for SQLite: beside the database, not in the project.
        os.environ.setdefault("FIELDWISE_INSTANCE_PATH", str(folder / "instance"))
    migrate(url)
    generate(url, arguments.questions, arguments.index_folder, arguments.vectors,
             arguments.seed, arguments.now, arguments.days)
    return 0


if __name__ == "__main__":
    sys.exit(main())
