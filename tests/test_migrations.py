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


def test_promoted_posts_say_where_they_came_from_instead_of_in_their_text(empty_database):
    """0011: a post promoted before it ended its text, its HTML and its revisions with
    "*From [#channel](address) in chat.*"; after, that is metadata (origin, address, channel)
    and the text is the author's words alone, as a promotion writes it now. A post edited
    since, whose text no longer ends with the line, keeps its text."""
    from app import markdown

    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": empty_database})
    words, reply = "Do we allow **net 60** on 3-year deals?", "Yes, up to $250k ACV."
    asked = "\n\n*From [#deal-desk](/chat/1#message-1) in chat.*"
    answered = "\n\n*From [#deal-desk](/chat/1?thread=1#message-2) in chat.*"
    edited = "Net 60 is allowed on 3-year deals with deal desk approval."
    edited_before = "\n\n*From [#deal-desk](/chat/1#message-3) in chat.*"
    with app.app_context():
        upgrade(revision="0010")
        meta = sa.MetaData()
        meta.reflect(db.engine, only=["users", "chat_channels", "chat_messages", "posts",
                                      "post_revisions"])
        tables = meta.tables
        with db.engine.begin() as connection:
            connection.execute(tables["users"].insert(), [
                {"id": 1, "email": "a@example.com", "name": "A", "password_hash": "x",
                 "handle": "a"}])
            connection.execute(tables["chat_channels"].insert(), [
                {"id": 1, "kind": "public", "name": "deal-desk"}])
            connection.execute(tables["posts"].insert(), [
                {"id": post_id, "kind": kind, "author_id": 1, "body": body,
                 "body_html": markdown.render(body, {}), "title": title, "question_id": of}
                for post_id, kind, body, title, of in [
                    (1, "question", words + asked, "Net 60 on 3-year deals?", None),
                    (2, "answer", reply + answered, None, 1),
                    (3, "question", edited, "Net 60 on 3-year deals, edited?", None)]])
            connection.execute(tables["post_revisions"].insert(), [
                {"post_id": post_id, "number": number, "author_id": 1, "body": body, "tags": ""}
                for post_id, number, body in [(1, 1, words + asked), (2, 1, reply + answered),
                                              (3, 1, words + edited_before), (3, 2, edited)]])
            connection.execute(tables["chat_messages"].insert(), [
                {"id": message_id, "channel_id": 1, "author_id": 1, "parent_id": parent,
                 "body": body, "body_html": "", "promoted_post_id": post_id}
                for message_id, parent, body, post_id in [(1, None, words, 1), (2, 1, reply, 2),
                                                          (3, None, words, 3)]])
        upgrade()
        with db.engine.connect() as connection:
            posts = {row.id: row for row in connection.execute(sa.text(
                "SELECT id, body, body_html, origin, origin_url, origin_channel, origin_by_id "
                "FROM posts"))}
            revisions = dict(((p, n), b) for p, n, b in connection.execute(sa.text(
                "SELECT post_id, number, body FROM post_revisions")))
        assert [(p.body, p.body_html, p.origin, p.origin_url, p.origin_channel, p.origin_by_id)
                for _, p in sorted(posts.items())] == [
            (words, markdown.render(words, {}), "chat", "/chat/1#message-1", "deal-desk", None),
            (reply, markdown.render(reply, {}), "chat", "/chat/1?thread=1#message-2",
             "deal-desk", None),
            (edited, markdown.render(edited, {}), "chat", "/chat/1#message-3", "deal-desk",
             None)]
        assert revisions == {(1, 1): words, (2, 1): reply, (3, 1): words, (3, 2): edited}
        db.engine.dispose()


def test_a_search_in_titles_and_keywords_uses_their_own_index_on_postgresql(empty_database):
    """Migration 0019's expression index (not in the models) serves the similar questions'
    search in titles and keywords (issue 20: as weights on the whole tsvector, it read every
    question holding the word anywhere)."""
    if not empty_database.startswith("postgresql"):
        pytest.skip("the index is PostgreSQL's")
    from app.search import postgres
    from app.search.backend import SearchQuery

    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": empty_database})
    with app.app_context():
        upgrade()
        search = SearchQuery(text="procurement", counted=False, every_concept=True,
                             fields=("title", "keywords"))
        backend = postgres.PostgresBackend()
        kept, excluded = backend._concepts(search)
        where, params = postgres._filters(search)
        shape = postgres._bind(kept, excluded, params)
        params["read"] = postgres.MATCHES_READ
        sql = postgres._best(postgres._matches(shape, len(excluded), True, search.fields), where)
        for scan in ("seqscan", "indexscan"):  # a bitmap scan, on the index that fits
            db.session.execute(sa.text(f"SET LOCAL enable_{scan} = off"))
        plan = "\n".join(row[0] for row in db.session.execute(
            postgres._statement(f"EXPLAIN {sql}", params), params))
        db.session.rollback()
        assert "ix_search_documents_headings" in plan, plan
        db.engine.dispose()


def test_accepted_answers_are_dated_from_their_award_and_searches_grouped(empty_database):
    """0022: an accepted answer's acceptance is the "answer accepted" award in force for it
    (a taken-back one aside; none known for one that earned none), and each recorded search
    gets the words it is grouped by."""
    app = create_app(TestingConfig, {"SQLALCHEMY_DATABASE_URI": empty_database})
    with app.app_context():
        upgrade(revision="0021")
        with db.engine.begin() as connection:
            run = connection.execute
            run(sa.text("INSERT INTO users (id, email, name, handle, password_hash) VALUES "
                        "(1, 'a@example.com', 'Asker', 'asker', 'x'), "
                        "(2, 'b@example.com', 'Answerer', 'answerer', 'x')"))
            run(sa.text("INSERT INTO posts (id, kind, author_id, body, body_html, title, "
                        "created_at) VALUES (1, 'question', 1, 'b', 'b', 'Accepted twice?', "
                        "'2026-01-01 09:00:00'), (4, 'question', 1, 'b', 'b', 'Self-accepted', "
                        "'2026-01-01 09:00:00'), (5, 'question', 1, 'b', 'b', 'Open', "
                        "'2026-01-01 09:00:00')"))
            run(sa.text("INSERT INTO posts (id, kind, author_id, body, body_html, question_id, "
                        "created_at) VALUES (2, 'answer', 2, 'b', 'b', 1, '2026-01-01 10:00:00'),"
                        " (3, 'answer', 1, 'b', 'b', 4, '2026-01-01 10:00:00')"))
            run(sa.text("UPDATE posts SET accepted_answer_id = 2 WHERE id = 1"))
            run(sa.text("UPDATE posts SET accepted_answer_id = 3 WHERE id = 4"))
            ledger = ("INSERT INTO points_ledger (id, user_id, rule, subject_type, subject_id, "
                      "actor_id, points, created_at, key, reverses_id) VALUES ")
            run(sa.text(ledger + "(1, 2, 'answer-accepted', 'post', 2, 1, 15, "
                        "'2026-01-01 11:00:00', 'k1', NULL), (2, 2, 'answer-accepted', 'post', "
                        "2, 1, -15, '2026-01-02 08:00:00', 'k2', 1), (3, 2, 'answer-accepted', "
                        "'post', 2, 1, 15, '2026-01-03 12:00:00', 'k3', NULL)"))
            run(sa.text("INSERT INTO search_misses (id, query, user_id, created_at, found_by) "
                        "VALUES (1, '  Pricing  for NHS? ', 1, '2026-01-01 09:00:00', ''), "
                        "(2, 'Preisgestaltung für Großkunden', 2, '2026-01-01 09:00:00', '')"))
        upgrade()
        with db.engine.connect() as connection:
            accepted = dict(connection.execute(sa.text(
                "SELECT id, accepted_at FROM posts WHERE kind = 'question' ORDER BY id")).all())
            keys = [k for (k,) in connection.execute(sa.text(
                "SELECT query_key FROM search_misses ORDER BY id"))]
        assert str(accepted[1])[:19] == "2026-01-03 12:00:00"  # accepted again: the latest
        assert accepted[4] is None and accepted[5] is None  # no award to date it; none accepted
        assert keys == ["pricing for nhs", "preisgestaltung für grosskunden"]  # case folded
        db.engine.dispose()
