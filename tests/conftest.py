"""Shared fixtures: an app per test on SQLite and (with TEST_DATABASE_URL) PostgreSQL, a client,
login helpers, factories, a query counter, and the service guard for PostgreSQL and Redis."""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager

import pytest

# Before the app is imported: nothing a test does may touch the developer's own instance/.
os.environ["FIELDWISE_INSTANCE_PATH"] = tempfile.mkdtemp(prefix="fieldwise-test-instance-")

import redis
import sqlalchemy as sa

import app.models  # every feature's tables, for create_all
from app import create_app
from app.auth import services as auth_services
from app.auth.models import Role, User
from app.config import TestingConfig
from app.extensions import db
from app.profiles.models import Region, Team
from app.qa.models import Tag, TagCategory, TagSynonym

REQUIRE_SERVICES = os.environ.get("FIELDWISE_REQUIRE_SERVICES") == "1"
PASSWORD = "correct horse battery"


def service_missing(reason: str):
    """Skip, or fail when CI requires every real service."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason}, and FIELDWISE_REQUIRE_SERVICES=1 requires it")
    pytest.skip(reason)


def postgres_url() -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        service_missing("TEST_DATABASE_URL is not set: PostgreSQL not tested")
    engine = sa.create_engine(url)
    try:
        with engine.connect():
            pass
    except sa.exc.OperationalError as exc:
        service_missing(f"PostgreSQL at TEST_DATABASE_URL does not answer: {exc}")
    finally:
        engine.dispose()
    return url


def redis_url() -> str:
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        service_missing("TEST_REDIS_URL is not set: Redis not tested")
    client = redis.Redis.from_url(url, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        service_missing(f"Redis at TEST_REDIS_URL does not answer: {exc}")
    finally:
        client.close()
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory) -> str:
    """A database with the current schema, once per test session and backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite')}/fieldwise.db"
    else:
        url = postgres_url()
    engine = sa.create_engine(url)
    db.metadata.drop_all(engine)
    db.metadata.create_all(engine)
    engine.dispose()
    return url


def _empty_all_tables(url: str) -> None:
    engine = sa.create_engine(url)
    tables = db.metadata.sorted_tables
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            connection.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(tables):
                connection.execute(table.delete())
    engine.dispose()


@pytest.fixture
def make_app(database_url):
    """Build an app on the test database, with extra settings; every table is emptied after."""
    apps = []

    def factory(**overrides):
        settings = {"SQLALCHEMY_DATABASE_URI": database_url,
                    "SEARCH_INDEX_PATH": tempfile.mkdtemp(prefix="fieldwise-test-index-"),
                    **overrides}
        application = create_app(TestingConfig, settings)
        apps.append(application)
        return application

    yield factory
    for application in apps:
        if worker := application.extensions.get("search_worker"):
            worker.stop()
        with application.app_context():
            db.session.remove()
            db.engine.dispose()
    _empty_all_tables(database_url)


@pytest.fixture
def app(make_app):
    """The app, with no context pushed: each request gets its own, as in production
    (a context held open by the test would share `g` and the DB session across requests)."""
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def make_user(app):
    """Create a user through the registration service, committed; returned detached, loaded."""
    counter = iter(range(1, 10_000))

    def factory(name: str | None = None, email: str | None = None, role: Role = Role.MEMBER,
                password: str = PASSWORD, **profile) -> User:
        n = next(counter)
        with app.app_context():
            user = auth_services.register(
                name or f"Person {n}", email or f"person{n}@example.com", password, role=role
            )
            for key, value in profile.items():
                setattr(user, key, value)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
        return user

    return factory


@pytest.fixture
def org(app):
    """Two regions with a team each; returns their slugs and ids."""
    with app.app_context():
        east = Region(name="East", slug="east")
        west = Region(name="West", slug="west")
        deal_desk = Team(name="Deal Desk", slug="deal-desk", region=east)
        mid_market = Team(name="Mid-Market", slug="mid-market", region=west)
        db.session.add_all([east, west, deal_desk, mid_market])
        db.session.commit()
        return {"east": east.id, "west": west.id, "deal-desk": deal_desk.id,
                "mid-market": mid_market.id}


_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|'
                   r'type="hidden" name="csrf_token" value="([^"]+)"')


def csrf_token(client, path: str) -> str:
    """The CSRF token of the first form on the page at `path`, as a browser would have it."""
    page = client.get(path)
    match = _CSRF.search(page.get_data(as_text=True))
    assert match, f"no CSRF token in the form at {path} ({page.status_code})"
    return match.group(1) or match.group(2)


def log_in(client, email: str, password: str = PASSWORD, **extra):
    token = csrf_token(client, "/auth/login")
    return client.post(
        "/auth/login", data={"email": email, "password": password, "csrf_token": token, **extra}
    )


@pytest.fixture
def login(client):
    def do(user: User, password: str = PASSWORD):
        response = log_in(client, user.email, password)
        assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return do


@contextmanager
def count_queries(app):
    """Counts the SQL statements run on the app's engine inside the block."""
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def row_count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def fetch(app, model, **criteria):
    """The one row of `model` matching `criteria`, read in a fresh context and detached."""
    with app.app_context():
        row = db.session.execute(sa.select(model).filter_by(**criteria)).scalar_one()
        db.session.expunge(row)
        return row


TAGS = {
    "product": ["signal-forecast", "signal-coach"],
    "competitor": ["brightline-crm"],
    "topic": ["pricing", "discovery", "negotiation", "objection-handling"],
}
SYNONYMS = {"signal-forecast": ["pulse", "forecast"], "objection-handling": ["objections"]}


@pytest.fixture
def vocab(app):
    """Three categories and seven tags, two of them with synonyms; returns {name: id}."""
    with app.app_context():
        ids = {}
        for position, (slug, names) in enumerate(TAGS.items()):
            category = TagCategory(slug=slug, name=slug.title(), position=position,
                                   description=f"All about {slug}.")
            for name in names:
                tag = Tag(name=name, category=category, description=f"What {name} means here.")
                tag.synonyms = [TagSynonym(name=s) for s in SYNONYMS.get(name, [])]
                db.session.add(tag)
        db.session.commit()
        for tag in db.session.scalars(db.select(Tag)):
            ids[tag.name] = tag.id
        return ids


def send(client, path: str, data: dict | None = None, **kwargs):
    """POST a form as the browser would: with the session's CSRF token."""
    token = csrf_token(client, "/questions/ask")
    return client.post(path, data={"csrf_token": token, **(data or {})}, **kwargs)
