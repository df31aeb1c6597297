"""Search tables: the outboxes of content changed since the text index and the vectors last
caught up, the searches that found nothing (knowledge gaps), the PostgreSQL backend's document
table, and the documents' sentence embeddings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Index, LargeBinary, String, Text, func, text
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from app.auth.models import utcnow
from app.extensions import db

QUERY_MAX = 200  # characters of a search query (longer ones are refused)


class SearchOutbox(db.Model):
    """"This document changed": written in the same transaction as the change, applied to the
    index after commit (and at start-up), then deleted. The indexer reads the document's current
    state, so applying a row twice, or rows out of order, gives the same index."""

    __tablename__ = "search_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class SearchMiss(db.Model):
    """A search that found nothing: a knowledge gap for the enablement team; and each later
    search of the same words (`query_key`) that found something (`found_by` "words"), so that
    the gap shows whether it is filled."""

    __tablename__ = "search_misses"
    __table_args__ = (Index("ix_search_misses_key_time", "query_key", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(String(QUERY_MAX))
    # The query as searches are grouped by (app.search.services.query_key).
    query_key: Mapped[str] = mapped_column(String(QUERY_MAX), default="", server_default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.now(), index=True
    )
    # What found something: "" nothing (a true gap); the words as typed found nothing but
    # "correction" (the corrected words) or "semantic" (the meaning) did; "words" the words as
    # typed (a later search of a gap).
    found_by: Mapped[str] = mapped_column(String(16), default="", server_default="")


class SearchDocument(db.Model):
    """The PostgreSQL backend's index: one row per document, its text weighted into a tsvector
    (title A, tags B, body C) with a GIN index. Unused with the Whoosh backend."""

    __tablename__ = "search_documents"
    __table_args__ = (
        Index("ix_search_documents_tsv", "tsv", postgresql_using="gin"),
        Index("ix_search_documents_kind", "kind"),
        # A search ranks the matches of highest boost only (app.search.postgres.MATCHES_READ).
        Index("ix_search_documents_boost", "boost"),
        # The title's and keywords' words alone, for a search in those fields (PostgreSQL:
        # app.search.postgres._HEADINGS).
        Index("ix_search_documents_headings", text("ts_filter(tsv, '{a,b}'::\"char\"[])"),
              postgresql_using="gin").ddl_if(dialect="postgresql"),
    )

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str] = mapped_column(String(300))
    subtitle: Mapped[str] = mapped_column(Text, default="")
    # Tag names and their category slugs (text[] on PostgreSQL: filtered with @>, counted with
    # unnest for the facets).
    tags: Mapped[list[str]] = mapped_column(JSON().with_variant(ARRAY(Text), "postgresql"),
                                            default=list)
    categories: Mapped[list[str]] = mapped_column(
        JSON().with_variant(ARRAY(Text), "postgresql"), default=list
    )
    # "" for everyone, else the group that may find it (search.backend.Document.audience).
    audience: Mapped[str] = mapped_column(String(40), default="", server_default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)  # score, answered, dates...
    boost: Mapped[float] = mapped_column(Float, default=1.0)
    tsv: Mapped[str] = mapped_column(Text().with_variant(TSVECTOR(), "postgresql"))


class VectorOutbox(db.Model):
    """"This document's meaning may have changed": written with the search outbox's row, applied
    by the vector indexer (app.search.vectors) at its own pace: encoding takes far longer than
    indexing text, and a post never waits for it."""

    __tablename__ = "search_vector_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, server_default=func.now())


class SearchVector(db.Model):
    """The sentence embedding of one passage of a document (its title and a few paragraphs:
    the model reads 256 tokens, a document is longer), kept in the database so that every host
    and every restart has it without encoding again; each process keeps them in a matrix of its
    own (app.search.vectors), brought up to date by `changed_at`. A document gone is one row
    without a vector for a while (so that the other processes learn it is gone), then swept."""

    __tablename__ = "search_vectors"
    __table_args__ = (Index("ix_search_vectors_changed_at", "changed_at"),)

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    passage: Mapped[int] = mapped_column(primary_key=True, default=0)
    kind: Mapped[str] = mapped_column(String(16))
    audience: Mapped[str] = mapped_column(String(40), default="", server_default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    # SHA-256 of the model's name and the document's passages: a text that did not change (a
    # vote, a view) is not encoded again.
    digest: Mapped[str] = mapped_column(String(64), default="", server_default="")
    vector: Mapped[bytes | None] = mapped_column(LargeBinary)  # float16, unit length
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
