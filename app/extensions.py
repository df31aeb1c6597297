"""Unbound extension objects, initialised by create_app()."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import request
from flask_caching import Cache
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_mailman import Mail
from flask_migrate import Migrate
from flask_socketio import SocketIO
from flask_sqlalchemy import SQLAlchemy
from flask_talisman import Talisman
from flask_wtf import CSRFProtect
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, registry
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator

# Explicit constraint names, so that migrations can alter them on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


@event.listens_for(Engine, "connect")
def _sqlite_checks_foreign_keys(dbapi_connection, connection_record) -> None:
    """SQLite enforces foreign keys only when each connection asks; PostgreSQL always does."""
    if type(dbapi_connection).__module__.startswith("sqlite3"):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


class UTCDateTime(TypeDecorator):
    """An aware UTC datetime on every database (SQLite keeps no zone: UTC is assumed)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("store aware datetimes (datetime.now(UTC)), not naive ones")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    registry = registry(
        metadata=MetaData(naming_convention=NAMING_CONVENTION),
        type_annotation_map={datetime: UTCDateTime},
    )


def client_address() -> str:
    return request.remote_addr or "unknown"


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()
limiter = Limiter(key_func=client_address)
talisman = Talisman()
socketio = SocketIO()
mail = Mail()
# What is costly to compute and may be a few minutes old (the enablement dashboard's figures):
# each process its own, in memory (CACHE_TYPE), so that no page waits on another server.
cache = Cache()


def insert_if_new(model, **values) -> bool:
    """INSERT a row unless one with the same key exists (no error, no race); whether it was new.
    Counts like "one view per person per day" rest on this."""
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
    key = next(iter(model.__table__.primary_key.columns))
    inserted = db.session.execute(
        dialect.insert(model).values(**values).on_conflict_do_nothing()
        # A row comes back only if it is new (psycopg reports no rowcount for this statement).
        .returning(key)
    ).first()
    return inserted is not None


def escape_like(text: str) -> str:
    """`text` for a LIKE pattern (with escape="\\"): its %, _ and backslashes match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class unindexed(ColumnElement):
    """A column that SQLite may not read through an index (`+column`, its no-op unary plus),
    to order by or filter on: the planner then uses the query's other way in. PostgreSQL plans
    from its statistics, and reads the column as it is."""

    inherit_cache = True
    # The column is part of the statement cache's key (else two statements differing only in
    # which column is unindexed would share one compiled statement).
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type


@compiles(unindexed)
def _unindexed(element, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element, compiler, **kw):
    return "+" + compiler.process(element.column, **kw)
