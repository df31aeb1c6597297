"""Every list's order and filter is read from an index, on both databases (issue 20): a page
then reads what it shows, not every question, however many there are.

Each list's own statement (the ids of a page, as app.pagination reads them) is explained on
the test database: on SQLite, no table is scanned whole and no temporary tree sorts the rows
(EXPLAIN QUERY PLAN); on PostgreSQL, with sequential scans and sorts priced out of reach, the
plan still has neither (a plan that needs one keeps it at any price). Tables this small would
be read whole by choice, so the planners are asked what they can do, not what they prefer.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from app.auth.models import utcnow
from app.extensions import db
from app.notifications.feed import feed_query
from app.profiles import services as profiles
from app.qa import services
from app.qa.models import Question, Tag

BIG_TABLES = ("posts", "post_tags", "votes", "comments", "points_ledger", "points_ledger_tags",
              "chat_messages", "notifications")


def plan_of(statement) -> str:
    """The plan of `statement` as the app's engine runs it (its SQL and parameters as sent)."""
    sent = []

    def keep(conn, cursor, sql, parameters, context, executemany):
        sent.append((sql, parameters))

    sa.event.listen(db.engine, "before_cursor_execute", keep)
    try:
        db.session.execute(statement).all()
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", keep)
    sql, parameters = sent[-1]
    connection = db.session.connection()
    if db.engine.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", parameters)
        return "\n".join(row[-1] for row in rows)
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    connection.exec_driver_sql("SET LOCAL enable_sort = off")
    return "\n".join(row[0] for row in connection.exec_driver_sql(f"EXPLAIN {sql}", parameters))


def assert_read_from_indexes(statement) -> None:
    plan = plan_of(statement)
    if db.engine.dialect.name == "sqlite":
        scanned = [t for t in BIG_TABLES if f"SCAN {t}\n" in plan + "\n" or f"SCAN {t} " in plan]
        assert not scanned and "TEMP B-TREE FOR ORDER BY" not in plan, plan
    else:
        assert "Seq Scan" not in plan and "Sort" not in plan, plan


def page_ids(select, per_page: int = 31):
    """What app.pagination reads first: a page's ids, in the list's order."""
    entity = select.column_descriptions[0]["entity"]
    return select.with_only_columns(entity.id).limit(per_page).offset(300)


@pytest.fixture
def context(app, make_user, qa):
    asker = make_user()
    qa.ask(asker, tags="pricing negotiation")
    with app.app_context():
        yield asker


@pytest.mark.parametrize("sort", list(services.Sort))
def test_each_question_list_reads_its_index(context, sort):
    assert_read_from_indexes(page_ids(services.question_list(sort)))


@pytest.mark.parametrize("sort", list(services.Sort))
def test_a_common_tag_walks_the_list_s_index(context, sort, monkeypatch):
    monkeypatch.setattr(services, "FILTER_READ_FROM_LINKS", 0)
    tag = db.session.scalar(sa.select(Tag).where(Tag.name == "pricing"))
    assert_read_from_indexes(page_ids(services.question_list(sort, [tag])))


def test_the_feed_reads_every_post_newest_first_from_its_index(context):
    now = utcnow()
    statement = feed_query(context, now, 90).limit(31).offset(300)
    assert_read_from_indexes(statement)


def test_the_api_s_keyset_list_reads_live_posts_by_id(context):
    statement = (sa.select(Question.id).where(Question.deleted_at.is_(None))
                 .where(Question.id < 10**6).order_by(Question.id.desc()).limit(21))
    assert_read_from_indexes(statement)


@pytest.mark.parametrize("kind", [profiles.Activity.QUESTIONS, profiles.Activity.ANSWERS])
def test_a_person_s_questions_and_answers_read_their_index(context, kind):
    statement = profiles.activity_query(kind, context, context).limit(5)
    assert_read_from_indexes(statement)


def test_an_unanswered_list_past_its_first_page_reads_its_index(context):
    since = utcnow() - timedelta(days=1)
    unanswered = services.question_list(services.Sort.UNANSWERED)
    statement = page_ids(unanswered.where(Question.created_at < since))
    assert_read_from_indexes(statement)
