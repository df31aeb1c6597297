"""Shared fixtures: an app per test on SQLite and (with TEST_DATABASE_URL) PostgreSQL, a client,
login helpers, factories, a query counter, the service guard for PostgreSQL and Redis, and the
demo organisation (loaded once per session and backend, copied for each test that asks)."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before the app is imported: nothing a test does may touch the developer's own instance/.
os.environ["FIELDWISE_INSTANCE_PATH"] = tempfile.mkdtemp(prefix="fieldwise-test-instance-")

import jinja2
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
from app.search import encoder
from tests.live_server import copy_workdir, free_port, prepare_workdir


def _scratch(prefix: str) -> str:
    """A folder in the system's temp folder, removed when this process ends: a test run leaves
    nothing behind there."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


atexit.register(shutil.rmtree, os.environ["FIELDWISE_INSTANCE_PATH"], True)
REQUIRE_SERVICES = os.environ.get("FIELDWISE_REQUIRE_SERVICES") == "1"
PASSWORD = "correct horse battery"


def service_missing(reason: str):
    """Skip, or fail when CI requires every real service."""
    if REQUIRE_SERVICES:
        pytest.fail(f"{reason}, and FIELDWISE_REQUIRE_SERVICES=1 requires it")
    pytest.skip(reason)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items):
    """`make test` runs the suite on two pytest-xdist workers (--dist loadgroup). Tests that
    start real servers or use Redis run on one of them, one after another: they share ports,
    Redis keys and Socket.IO's one Redis channel. The demo organisation's tests go to one worker
    too, which then loads the demo templates for both."""
    for item in items:
        if {"live_workdir", "redis_url"} & set(item.fixturenames):
            item.add_marker(pytest.mark.xdist_group("servers"))
        elif "demo_templates" in item.fixturenames:
            item.add_marker(pytest.mark.xdist_group("demo"))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist sends the ids on
def pytest_collection_finish(session):
    """Refuse to run with groups that pytest-xdist would ignore (it did with pytest 9.2)."""
    if not session.config.getoption("loadgroup", False):
        return
    lost = [item.nodeid for item in session.items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid]
    if lost:
        raise pytest.UsageError(f"pytest-xdist did not group {len(lost)} tests, {lost[0]} "
                                "first: they would share servers and Redis with other tests.")


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


@pytest.fixture(scope="session", autouse=True)
def embedding_processes():
    """The sentence-embedding processes (app/search/encoder.py) load the model once and serve
    every test of the session that encodes; none is left running after it."""
    yield
    encoder.stop()


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The Redis at TEST_REDIS_URL (tests that use it run on one pytest-xdist worker, one after
    another: see pytest_collection_modifyitems)."""
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


@dataclass
class RedisProcess:
    """A Redis server of the test's own (redis-server on a free port, nothing saved), for the
    test to kill, freeze (SIGSTOP: it accepts connections and never answers) and start again."""

    binary: str
    port: int
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
            finally:
                client.close()
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def freeze(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)

    def thaw(self) -> None:
        os.kill(self.process.pid, signal.SIGCONT)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def redis_process():
    """A Redis server started for this test, gone after it (frozen or not)."""
    binary = shutil.which("redis-server")
    if binary is None:
        service_missing("no redis-server on PATH: outages of Redis not tested")
    server = RedisProcess(binary, free_port())
    server.start()
    yield server
    server.kill()


def _worker_database(url: str, worker: str) -> str:
    """A pytest-xdist worker's own PostgreSQL database, beside TEST_DATABASE_URL's and named
    after it, made empty for this session."""
    name = f"{sa.make_url(url).database}_{worker}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT", poolclass=sa.pool.NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return sa.make_url(url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    """A database with the current schema, once per test session and backend (and, with
    pytest-xdist, per worker: `make test` runs two, each in a database of its own, dropped at
    the end)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('sqlite')}/fieldwise.db"
    else:
        url = postgres_url()
        if worker := os.environ.get("PYTEST_XDIST_WORKER"):
            url = _worker_database(url, worker)
    engine = sa.create_engine(url)
    db.metadata.drop_all(engine)
    db.metadata.create_all(engine)
    engine.dispose()
    yield url
    if request.param == "postgresql" and os.environ.get("PYTEST_XDIST_WORKER"):
        _drop_database(postgres_url(), sa.make_url(url).database)  # the worker's own


def _drop_database(server_url: str, name: str) -> None:
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT",
                             poolclass=sa.pool.NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


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


# Every test makes its own app, and each app's Jinja would compile every template it renders
# again: about a fifth of the suite's time. The apps share Jinja's own file cache of compiled
# templates instead (it checks each template's source, so an edited one is compiled afresh).
_TEMPLATE_CODE = jinja2.FileSystemBytecodeCache(_scratch("fieldwise-test-jinja-"))


def build_app(settings: dict):
    """An app with the testing config and these settings, as every fixture makes one."""
    application = create_app(TestingConfig, settings)
    application.jinja_env.bytecode_cache = _TEMPLATE_CODE
    return application


@pytest.fixture
def make_app(database_url):
    """Build an app on the test database, with extra settings; every table is emptied after."""
    apps, folders = [], []

    def factory(**overrides):
        folders.append(tempfile.mkdtemp(prefix="fieldwise-test-index-"))
        settings = {"SQLALCHEMY_DATABASE_URI": database_url, "SEARCH_INDEX_PATH": folders[-1],
                    **overrides}
        application = build_app(settings)
        apps.append(application)
        return application

    yield factory
    for application in apps:
        _close(application)
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    _empty_all_tables(database_url)


def _close(application) -> None:
    """Stop the app's indexing threads and close every connection it holds."""
    for name in ("search_worker", "search_vector_worker"):
        if worker := application.extensions.get(name):
            worker.stop()
    with application.app_context():
        db.session.remove()
        for engine in db.engines.values():
            engine.dispose()


@pytest.fixture
def app(make_app):
    """The app, with no context pushed: each request gets its own, as in production
    (a context held open by the test would share `g` and the DB session across requests)."""
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


# ---------------------------------------------------------------- the demo organisation
#
# `flask demo load` takes 10-30 seconds, so it runs once per session and backend, into a
# template: a SQLite file, or a PostgreSQL database named after the test database, with the
# Whoosh index the load wrote beside it. The load applies its own search outbox before it ends
# (`indexer.catch_up`, merges included), so the template's index agrees with its database and
# the outbox is empty. Each test that asks gets a copy of both: the file copied, or a database
# made by CREATE DATABASE ... TEMPLATE, and the index directory copied.

_PG_NAME_MAX = 63  # bytes; PostgreSQL cuts longer names short, and two could then meet


@dataclass(frozen=True)
class DemoTemplate:
    """The demo organisation as one real `flask demo load --if-empty` into an empty database
    left it; nothing opens the template again."""

    url: str
    index: Path  # the Whoosh index directory (unused by the PostgreSQL search backend)
    search_backend: str
    output: str  # what the load printed


def _named_after(database_url: str, suffix: str) -> str:
    """A PostgreSQL database named after the test database: runs on different test databases
    never share one."""
    name = f"{sa.make_url(database_url).database}_{suffix}"
    if len(name.encode()) > _PG_NAME_MAX:
        raise RuntimeError(f"database name {name!r} is longer than PostgreSQL keeps")
    return name


class DemoTemplates:
    """The demo templates of one backend (one per search backend, made on first use) and the
    copies made from them."""

    def __init__(self, database_url: str, directory: Path):
        self.database_url = database_url
        self.postgres = database_url.startswith("postgresql")
        self.directory = directory
        self._made: dict[str, DemoTemplate] = {}

    def get(self, search_backend: str = TestingConfig.SEARCH_BACKEND) -> DemoTemplate:
        if search_backend not in self._made:
            self._made[search_backend] = self._make(search_backend)
        return self._made[search_backend]

    def _admin(self, *statements: str) -> None:
        """Run statements that take no transaction (CREATE and DROP DATABASE) on the test
        database's server, on a connection closed straight after."""
        engine = sa.create_engine(self.database_url, isolation_level="AUTOCOMMIT",
                                  poolclass=sa.pool.NullPool)
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(sa.text(statement))
        finally:
            engine.dispose()

    def _url_of(self, name: str) -> str:
        return sa.make_url(self.database_url).set(database=name).render_as_string(
            hide_password=False)

    @staticmethod
    def _quoted(url: str) -> str:
        return '"' + sa.make_url(url).database.replace('"', '""') + '"'

    def _make(self, search_backend: str) -> DemoTemplate:
        place = self.directory / search_backend
        place.mkdir()
        if self.postgres:
            url = self._url_of(_named_after(self.database_url, f"demotpl_{search_backend}"))
            # template0, not the default template1: nobody ever connects to it.
            self._admin(f"DROP DATABASE IF EXISTS {self._quoted(url)} WITH (FORCE)",
                        f"CREATE DATABASE {self._quoted(url)} TEMPLATE template0")
        else:
            url = f"sqlite:///{place / 'demo.db'}"
        (place / "search").mkdir()  # stays empty with the PostgreSQL search backend
        engine = sa.create_engine(url)
        db.metadata.create_all(engine)
        engine.dispose()
        loader = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": url,
                                            "SEARCH_INDEX_PATH": str(place / "search"),
                                            "SEARCH_BACKEND": search_backend})
        try:
            result = loader.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
        finally:
            _close(loader)  # CREATE DATABASE ... TEMPLATE refuses a template in use
        if result.exit_code != 0 or "Demo organisation loaded" not in result.output:
            raise RuntimeError(f"the demo organisation did not load:\n{result.output}") \
                from result.exception
        if self.postgres:
            # Any connection to it now fails at once, rather than a later copy failing.
            self._admin(f"ALTER DATABASE {self._quoted(url)} ALLOW_CONNECTIONS false")
        else:
            database = place / "demo.db"
            with closing(sqlite3.connect(database)) as connection:  # a no-op unless WAL
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            left = [p.name for p in place.glob("demo.db-*")]
            if left:
                raise RuntimeError(f"the demo template is not all in one file: {left}")
        return DemoTemplate(url, place / "search", search_backend, result.output)

    def copy(self, template: DemoTemplate, place: Path, name: str) -> str:
        """A database and index with what the template has, at `place` (and, on PostgreSQL,
        in a database named after the test database and `name`); returns the database URL."""
        shutil.copytree(template.index, place / "search")
        if not self.postgres:
            shutil.copyfile(sa.make_url(template.url).database, place / "demo.db")
            return f"sqlite:///{place / 'demo.db'}"
        url = self._url_of(_named_after(self.database_url, name))
        self._admin(f"DROP DATABASE IF EXISTS {self._quoted(url)} WITH (FORCE)",
                    f"CREATE DATABASE {self._quoted(url)} TEMPLATE {self._quoted(template.url)}")
        return url

    def drop(self, url: str) -> None:
        if self.postgres:
            self._admin(f"DROP DATABASE IF EXISTS {self._quoted(url)} WITH (FORCE)")

    def drop_all(self) -> None:
        for template in self._made.values():
            self.drop(template.url)


@pytest.fixture(scope="session")
def demo_templates(database_url, tmp_path_factory):
    """The demo organisation loaded once per session and backend (see DemoTemplates);
    `demo_templates.get().output` is what that load printed."""
    templates = DemoTemplates(database_url, tmp_path_factory.mktemp("demo-template"))
    try:
        templates.get()
        yield templates
    finally:
        templates.drop_all()


@pytest.fixture
def make_demo_app(demo_templates, tmp_path_factory):
    """Build an app on a fresh copy of the demo organisation, database and search index, with
    extra settings as `make_app` takes them (SEARCH_BACKEND chooses the template: the other
    one is loaded on first use). Settings that change what loading writes do not reach the
    copy: a test of those loads for real. Each copy is dropped after the test."""
    copies: list[tuple[str, Path]] = []
    apps = []

    def factory(**overrides):
        for own in ("SQLALCHEMY_DATABASE_URI", "SEARCH_INDEX_PATH"):
            if own in overrides:
                raise ValueError(f"{own} is the demo copy's own")
        template = demo_templates.get(overrides.get("SEARCH_BACKEND",
                                                    TestingConfig.SEARCH_BACKEND))
        place = tmp_path_factory.mktemp("demo")
        url = demo_templates.copy(template, place, f"demo_{len(copies) + 1}")
        copies.append((url, place))
        application = build_app({"SQLALCHEMY_DATABASE_URI": url,
                                 "SEARCH_INDEX_PATH": str(place / "search"), **overrides})
        apps.append(application)
        return application

    yield factory
    for application in apps:
        _close(application)
    for url, place in copies:
        demo_templates.drop(url)
        shutil.rmtree(place, ignore_errors=True)


@pytest.fixture
def demo_app(make_demo_app):
    """An app whose database and search index already hold the demo organisation (app/demo/),
    fresh for this test: log in as any of `data.PEOPLE` with `data.DEMO_PASSWORD`. A test
    module whose tests all want it can hand it to the generic fixtures (client, login,
    make_user, ...) with `@pytest.fixture def app(demo_app): return demo_app`."""
    return make_demo_app()


@pytest.fixture(scope="session")
def live_workdir(tmp_path_factory):
    """Folders for real servers (tests/live_server.py) holding the demo organisation: `make
    run`'s migrate and load run once per session, and `live_workdir(name)` is a fresh copy."""
    prepared = tmp_path_factory.mktemp("live-prepared")
    prepare_workdir(prepared)
    return lambda name: copy_workdir(prepared, tmp_path_factory.mktemp(name))


@pytest.fixture
def make_user(app):
    """Create a user through the registration service, committed; returned detached, loaded."""
    counter = iter(range(1, 10_000))

    def factory(name: str | None = None, email: str | None = None, role: Role = Role.MEMBER,
                password: str = PASSWORD, **profile) -> User:
        n = next(counter)
        with app.app_context():
            user = auth_services.create_account(
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


@pytest.fixture
def token_for(app):
    """token_for(user, expires="90") → an API token's secret, for `bearer(secret)`."""
    from app.auth import tokens

    def make(user, expires: str = "90", name: str = "script") -> str:
        with app.app_context():
            _, secret = tokens.create(db.session.get(User, user.id), name, expires)
            db.session.commit()
            return secret

    return make


def bearer(secret: str) -> dict:
    """The header an API client sends its token in."""
    return {"Authorization": f"Bearer {secret}"}
