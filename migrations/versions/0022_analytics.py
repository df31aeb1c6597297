"""enablement analytics: when an answer was accepted, searches grouped by their words, and the
indexes the dashboard's periods read

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-08 02:30:00.000000

"""
import re
import unicodedata

import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def _query_key(text):
    """app.search.services.query_key as it was when this migration was written."""
    folded = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(re.sub(r"[^\w\s]+", " ", folded).split())[:200]


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('search_misses', schema=None) as batch_op:
        batch_op.add_column(sa.Column('query_key', sa.String(length=200), server_default='',
                                      nullable=False))
        batch_op.create_index('ix_search_misses_key_time', ['query_key', 'created_at'],
                              unique=False)
    with op.batch_alter_table('wiki_page_views', schema=None) as batch_op:
        batch_op.create_index('ix_wiki_page_views_day_page', ['day', 'page_id'], unique=False)
    with op.batch_alter_table('question_routings', schema=None) as batch_op:
        batch_op.create_index('ix_question_routings_created_at', ['created_at'], unique=False)
    with op.batch_alter_table('path_progress', schema=None) as batch_op:
        batch_op.create_index('ix_path_progress_user_done', ['user_id', 'done_at'], unique=False)
    with op.batch_alter_table('wiki_revisions', schema=None) as batch_op:
        batch_op.create_index('ix_wiki_revisions_time_author', ['created_at', 'author_id'],
                              unique=False)
    with op.batch_alter_table('wiki_feedback', schema=None) as batch_op:
        batch_op.create_index('ix_wiki_feedback_time_page', ['updated_at', 'page_id', 'helpful'],
                              unique=False)

    connection = op.get_bind()
    # An accepted answer's acceptance is the "answer accepted" award in force for it (one's own
    # answer accepted before this column existed earned none: its time is not known).
    connection.execute(sa.text(
        "UPDATE posts SET accepted_at = ("
        " SELECT max(award.created_at) FROM points_ledger award"
        " WHERE award.rule = 'answer-accepted' AND award.subject_type = 'post'"
        " AND award.subject_id = posts.accepted_answer_id AND award.reverses_id IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM points_ledger reversal"
        "                 WHERE reversal.reverses_id = award.id))"
        " WHERE kind = 'question' AND accepted_answer_id IS NOT NULL"))
    misses = sa.table('search_misses', sa.column('id', sa.Integer),
                      sa.column('query', sa.String), sa.column('query_key', sa.String))
    rows = connection.execute(sa.select(misses.c.id, misses.c.query)).all()
    for row_id, query in rows:
        connection.execute(misses.update().where(misses.c.id == row_id)
                           .values(query_key=_query_key(query)))


def downgrade():
    with op.batch_alter_table('wiki_feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_wiki_feedback_time_page')
    with op.batch_alter_table('wiki_revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_wiki_revisions_time_author')
    with op.batch_alter_table('path_progress', schema=None) as batch_op:
        batch_op.drop_index('ix_path_progress_user_done')
    with op.batch_alter_table('question_routings', schema=None) as batch_op:
        batch_op.drop_index('ix_question_routings_created_at')
    with op.batch_alter_table('wiki_page_views', schema=None) as batch_op:
        batch_op.drop_index('ix_wiki_page_views_day_page')
    with op.batch_alter_table('search_misses', schema=None) as batch_op:
        batch_op.drop_index('ix_search_misses_key_time')
        batch_op.drop_column('query_key')
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('accepted_at')
