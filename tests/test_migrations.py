"""The Alembic migrations build exactly the schema the models describe, on both databases."""

import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from app import create_app
from app.config import TestingConfig
from app.extensions import db
from tests.conftest import postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    """A database with nothing in it: a fresh SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/migrated.db"
        return
    server = sa.make_url(postgres_url())
    name = f"fieldwise_migration_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrade_builds_the_models_schema_and_downgrade_removes_it(empty_database):
    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": empty_database})
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, db.metadata)
        assert differences == [], f"models and migrations disagree: {differences}"
        tables = set(sa.inspect(db.engine).get_table_names())
        assert {"users", "teams", "regions", "tags", "tag_categories", "tag_synonyms"} <= tables

        downgrade(revision="base")
        assert set(sa.inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()  # and back up again, as a redeploy would
        db.engine.dispose()


def test_existing_accounts_get_unique_handles(empty_database):
    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": empty_database})
    with app.app_context():
        upgrade(revision="0001")
        users = sa.table("users", sa.column("email"), sa.column("name"),
                         sa.column("password_hash"))
        with db.engine.begin() as connection:
            connection.execute(users.insert(), [
                {"email": e, "name": "Someone", "password_hash": "x"}
                for e in ("maya.patel@northwind.example", "maya.patel@other.example",
                          "+++@odd.example")
            ])
        upgrade()
        with db.engine.connect() as connection:
            handles = connection.execute(sa.text("SELECT handle FROM users ORDER BY id"))
            assert [h for (h,) in handles] == ["maya.patel", "maya.patel2", "member"]
        db.engine.dispose()
