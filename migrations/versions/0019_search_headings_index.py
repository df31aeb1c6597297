"""search: a GIN index on the title's and keywords' words alone (PostgreSQL), for similar questions

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 22:00:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade():
    # An index on an expression (the tsvector's title A and keywords B words), which the
    # backend's queries use (app.search.postgres._HEADINGS). SQLite has no tsvector.
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_search_documents_headings ON search_documents "
                   "USING gin (ts_filter(tsv, '{a,b}'))")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_search_documents_headings")
