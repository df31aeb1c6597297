"""The transactional outbox and the indexer that applies it.

Every change to indexed content adds an outbox row naming the document, in the same database
transaction as the change (the signal listeners below). After the request commits (by default
in the process's indexing thread, `Worker`), and when a process starts, the indexer reads the
rows in order, re-reads those documents from the database, updates the index, and deletes the
rows it applied. A crash between commit and indexing leaves the rows behind for the next start:
nothing committed is ever missing from search for long.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from flask import Flask, current_app, g, has_request_context
from sqlalchemy import delete, func, select

from app import signals
from app.chat.models import Message
from app.extensions import db
from app.qa.models import Answer, Post, PostTag, Question
from app.search import documents, rounds, spelling, vectors
from app.search.backend import Document, SearchBackend
from app.search.models import SearchOutbox
from app.search.understanding import forget_tag_names
from app.wiki.models import WikiPage, WikiPageTag

BATCH = 500
_APPLYING = threading.Lock()  # one indexer at a time in this process


def backend(app: Flask | None = None) -> SearchBackend:
    """This application's search backend (made once)."""
    app = app or current_app
    found = app.extensions.get("search_backend")
    if found is None:
        if app.config["SEARCH_BACKEND"] == "postgres":
            from app.search.postgres import PostgresBackend

            found = PostgresBackend()
        else:
            from app.search.whoosh_backend import WhooshBackend

            found = WhooshBackend(app.config["SEARCH_INDEX_PATH"],
                                  time_limit=app.config["SEARCH_TIME_LIMIT"])
        app.extensions["search_backend"] = found
    return found


# ---------------------------------------------------------------- writing the outbox


def enqueue(keys: Iterable[str]) -> None:
    """Record that these documents changed, in the current transaction: for the text index,
    and for the vectors when this app ranks by meaning too."""
    rows = [SearchOutbox(key=k) for k in dict.fromkeys(keys)]
    if not rows:
        return
    db.session.add_all(rows)
    if vectors.wanted():
        vectors.enqueue(row.key for row in rows)
    if has_request_context():
        g.search_outbox_written = True


def _question_of(post: Post) -> int:
    return post.id if isinstance(post, Question) else post.question_id


def _on_post(post: Post, **_) -> None:
    keys = [documents.key("question", _question_of(post))]
    if isinstance(post, Answer):  # an answer changes what its author is an expert in
        keys.append(documents.key("person", post.author_id))
    enqueue(keys)


def _on_vote(vote, **_) -> None:
    _on_post(vote.post)


def _on_page(page: WikiPage, **_) -> None:
    enqueue([documents.key("page", page.id)])


def _on_person(user, **_) -> None:
    enqueue([documents.key("person", user.id)])


def _on_message(message, **_) -> None:
    enqueue([documents.key("message", message.id)])


def _on_channel(channel, **_) -> None:
    """A channel made private or public: each of its messages has another audience."""
    enqueue(documents.key("message", i) for i in db.session.scalars(
        select(Message.id).where(Message.channel_id == channel.id)))


def _on_author_named(person, question_ids: list[int], **_) -> None:
    """The documents show who asked, and a person is found by the tags they answer."""
    enqueue([*(documents.key("question", i) for i in question_ids),
             documents.key("person", person.id)])


def _on_tag(tag, **_) -> None:
    """A tag renamed or given a synonym: every question and page with it is found differently."""
    question_ids = db.session.scalars(select(PostTag.post_id).where(PostTag.tag_id == tag.id))
    page_ids = db.session.scalars(
        select(WikiPageTag.page_id).where(WikiPageTag.tag_id == tag.id))
    enqueue([*(documents.key("question", i) for i in question_ids),
             *(documents.key("page", i) for i in page_ids)])


_LISTENERS: list[tuple[object, Callable]] = [
    (signals.question_asked, _on_post),
    (signals.answer_posted, _on_post),
    (signals.post_edited, _on_post),
    (signals.post_deleted, _on_post),
    (signals.post_restored, _on_post),
    (signals.answer_accepted, _on_post),
    (signals.answer_unaccepted, _on_post),
    (signals.question_closed, _on_post),
    (signals.question_reopened, _on_post),
    (signals.vote_cast, _on_vote),
    (signals.vote_removed, _on_post),
    (signals.page_created, _on_page),
    (signals.page_edited, _on_page),
    (signals.page_verified, _on_page),
    (signals.page_stale, _on_page),
    (signals.page_deleted, _on_page),
    (signals.page_restored, _on_page),
    (signals.user_registered, _on_person),
    (signals.tag_changed, _on_tag),
    (signals.imported_author_named, _on_author_named),
    (signals.chat_message_changed, _on_message),
    (signals.chat_channel_privacy_changed, _on_channel),
]


def connect_listeners() -> None:
    for signal, listener in _LISTENERS:
        signal.connect(listener, weak=False)
    signals.tag_changed.connect(forget_tag_names, weak=False)


# ---------------------------------------------------------------- applying it


def catch_up(app: Flask | None = None, progress: Callable[[int], None] | None = None,
             merge: bool = True) -> int:
    """Apply every outbox row, oldest first, in batches; return how many rows were applied.
    Safe to run at any time, in several processes at once: each batch re-reads the documents
    and deletes only the rows it applied. Then merge the index's segments, unless `merge` is
    false (the indexing thread starts the merges in the background instead)."""
    index = backend(app)
    applied = 0
    with _APPLYING:
        while True:
            rows = db.session.execute(
                select(SearchOutbox.id, SearchOutbox.key).order_by(SearchOutbox.id).limit(BATCH)
            ).all()
            if not rows:
                break
            found, gone = documents.build(row.key for row in rows)
            index.remove(gone)
            index.add(found)
            # Exactly the rows read: one committed meanwhile with a smaller id (a transaction
            # that began earlier) has not been applied and must stay for the next round.
            db.session.execute(
                delete(SearchOutbox).where(SearchOutbox.id.in_([row.id for row in rows]))
                .execution_options(synchronize_session=False)
            )
            db.session.commit()
            applied += len(rows)
            if progress:
                progress(len(rows))
    if applied:
        spelling.forget()  # new words may be corrected to from now on
        if merge:
            index.merge()
    return applied


def start(app: Flask) -> str:
    """What a starting process does: apply the changes a previous run committed but did not
    index (a crash, a kill), or rebuild an index that is missing altogether; then start the
    indexing thread (SEARCH_INDEXING "background"), which merges what is due in the background."""
    background = app.config["SEARCH_INDEXING"] == "background"
    with app.app_context():
        if backend(app).count() == 0 and next(documents.every_key(), None) is not None:
            said = f"Search index was empty: indexed {rebuild(vectors_too=False)} documents."
        else:
            applied = catch_up(app, merge=not background)
            said = (f"Search index up to date ({applied} waiting "
                    f"{'change' if applied == 1 else 'changes'} applied).")
        if vectors.wanted(app):
            # The vectors are the vector indexer's work, in the background: the server answers
            # meanwhile, and searches are lexical for what has no vector yet.
            if vectors.count() == 0 and vectors.lag() == 0:
                vectors.enqueue(documents.every_key())
                db.session.commit()
            said += f" {vectors.lag()} documents wait for their meaning's vector."
    if background:
        worker(app)
        backend(app).merge(wait=False)
        if vectors.wanted(app):
            vector_worker(app)
    return said


def after_request(response):
    """Index what this request changed, once it is committed: in the process's indexing thread
    (SEARCH_INDEXING "background"), or here before the response goes ("inline")."""
    if g.pop("search_outbox_written", False):
        mode = current_app.config["SEARCH_INDEXING"]
        app = current_app._get_current_object()
        if mode == "background":
            worker(app).wake()
            if vectors.wanted(app):
                vector_worker(app).wake()
        elif mode == "inline":
            catch_up()
            if vectors.wanted(app):
                vectors.catch_up()
    return response


class Worker(rounds.Rounds):
    """The process's indexing thread. A request that changed indexed content wakes it; it also
    looks at the outbox every `poll` seconds, for rows left by other processes or by a failed
    round (an error is logged, and its rows stay in the outbox for the next round). After a
    round it starts the index's merges in the background (the Whoosh backend's merges run in
    threads of their own and write in child processes), so that a long merge does not delay
    the next rounds. Under eventlet or gevent the threads are green threads."""

    name = "search-indexer"
    failure = "Search indexing failed; will retry"

    def __init__(self, app: Flask, poll: float, gather: float):
        self.rounds = 0  # rounds that applied something
        super().__init__(app, poll, gather)

    def round(self) -> None:
        if catch_up(self.app, merge=False):
            self.rounds += 1
            backend(self.app).merge(wait=False)


def worker(app: Flask) -> Worker:
    """This process's indexing thread for the app, started on first use (after a fork)."""
    return rounds.started(app, "search_worker", lambda: Worker(
        app, poll=app.config["SEARCH_INDEX_POLL"], gather=app.config["SEARCH_INDEX_GATHER"]))


def vector_worker(app: Flask) -> vectors.VectorWorker:
    """This process's vector indexing thread for the app, started on first use."""
    return rounds.started(app, "search_vector_worker", lambda: vectors.VectorWorker(
        app, poll=app.config["SEARCH_VECTOR_POLL"]))


def lag() -> int:
    """Outbox rows not yet applied."""
    return db.session.scalar(select(func.count()).select_from(SearchOutbox))


def rebuild(progress: Callable[[int], None] | None = None, vectors_too: bool = True) -> int:
    """Index every document again from the database, in place of the whole index (searches
    keep finding the old index's documents until the new one is complete); then, when this
    app ranks by meaning too, bring every vector up to date (only changed texts are encoded)."""
    index = backend()
    with _APPLYING:
        # The rows committed by now are covered by the rebuild, which reads after this point.
        covered = list(db.session.scalars(select(SearchOutbox.id)))
        keys = list(documents.every_key())

        def everything() -> Iterable[Document]:
            for start in range(0, len(keys), BATCH):
                found, _ = documents.build(keys[start:start + BATCH])
                yield from found
                if progress:
                    progress(len(keys[start:start + BATCH]))

        index.replace(everything())
        if covered:
            db.session.execute(delete(SearchOutbox).where(SearchOutbox.id.in_(covered))
                               .execution_options(synchronize_session=False))
        db.session.commit()
    spelling.forget()
    if vectors_too and vectors.wanted():
        vectors.rebuild()
    return len(keys)
