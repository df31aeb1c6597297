"""On PostgreSQL, people write in one channel and one thread at the same moment, each in a
thread with its own connection: the channel's newest-message marker ends on the newest message
(never moved back by a slower commit), the thread counts every reply, and two people promoting
the same message at once make one question, not two."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.auth.models import User
from app.chat import services
from app.chat.models import Channel, Message
from app.errors import Conflict
from app.extensions import db
from app.qa.models import Question

# Dozens of PostgreSQL connections at once (up to 65): with pytest-xdist these tests run on one
# worker, one after another, so that two of them never exceed the server's 100 together.
pytestmark = pytest.mark.xdist_group("concurrency")

WRITERS = 12
MESSAGES = 6  # per writer


@pytest.fixture
def pg_app(database_url, make_app):
    if database_url.startswith("sqlite"):
        pytest.skip("concurrent transactions are tested on PostgreSQL (SQLite has one writer)")
    return make_app(SQLALCHEMY_ENGINE_OPTIONS={"pool_size": WRITERS + 5, "max_overflow": 10})


def _all_at_once(act, count: int) -> list[str]:
    start = threading.Barrier(count, timeout=30)
    errors: list[str] = []

    def run(n: int) -> None:
        start.wait()
        try:
            act(n)
        except Exception as error:  # every failure is reported
            errors.append(repr(error))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return errors


def test_concurrent_messages_and_replies_keep_the_markers_and_counts(pg_app, make_user):
    app = pg_app
    people = [make_user() for _ in range(WRITERS)]
    with app.app_context():
        first = db.session.get(User, people[0].id)
        channel = services.create_channel(first, "busy", "public")
        services.invite(first, channel, [db.session.get(User, p.id) for p in people[1:]])
        root = services.post(first, channel, "Who has the new price book?")
        db.session.commit()
        channel_id, root_id = channel.id, root.id

    def write(n: int) -> None:
        with app.app_context():
            me = db.session.get(User, people[n].id)
            for m in range(MESSAGES):
                room = db.session.get(Channel, channel_id)
                parent = root_id if m % 2 else None
                services.post(me, room, f"Message {m} from {n}", parent)
                db.session.commit()

    assert _all_at_once(write, WRITERS) == []
    with app.app_context():
        newest = db.session.scalar(select(func.max(Message.id)))
        assert db.session.get(Channel, channel_id).last_message_id == newest
        replies = db.session.scalar(select(func.count()).select_from(Message)
                                    .where(Message.parent_id == root_id))
        assert replies == WRITERS * (MESSAGES // 2)
        assert db.session.get(Message, root_id).reply_count == replies


def test_promoting_the_same_message_twice_at_once_makes_one_question(pg_app, make_user, vocab):
    app = pg_app
    asker, promoters = make_user(), [make_user() for _ in range(4)]
    with app.app_context():
        me = db.session.get(User, asker.id)
        channel = services.create_channel(me, "deal-desk", "public")
        services.invite(me, channel, [db.session.get(User, p.id) for p in promoters])
        message = services.post(me, channel, "Do we allow net 60 on three-year deals?")
        db.session.commit()
        message_id = message.id
    conflicts: list[int] = []

    def promote(n: int) -> None:
        with app.app_context():
            try:
                services.promote(db.session.get(User, promoters[n].id),
                                 db.session.get(Message, message_id),
                                 "Do we allow net 60 on three-year deals?", "pricing",
                                 context="The buyer wants net 60.")
                db.session.commit()
            except Conflict:
                db.session.rollback()
                conflicts.append(n)

    assert _all_at_once(promote, len(promoters)) == []
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Question)) == 1
    assert len(conflicts) == len(promoters) - 1
