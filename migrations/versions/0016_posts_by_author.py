"""the lists' indexes hold live posts only; posts by author, kind and time

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 18:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"
# name: (columns now, columns before 0016)
LISTS = {
    'ix_posts_newest': (['kind', 'created_at', 'id'], ['kind', 'deleted_at', 'created_at', 'id']),
    'ix_posts_live_id': (['kind', 'id'], ['kind', 'deleted_at', 'id']),
    'ix_posts_feed': (['created_at', 'id', 'author_id', 'kind'],
                      ['deleted_at', 'created_at', 'author_id', 'kind']),
    'ix_posts_active': (['kind', 'last_activity_at', 'id'],
                        ['kind', 'deleted_at', 'last_activity_at', 'id']),
    'ix_posts_top': (['kind', 'score', 'created_at', 'id'],
                     ['kind', 'deleted_at', 'score', 'created_at', 'id']),
    'ix_posts_unanswered': (['kind', 'answered', 'created_at', 'id'],
                            ['kind', 'deleted_at', 'answered', 'duplicate_of_id', 'created_at',
                             'id']),
}


def upgrade():
    # PostgreSQL orders by an index's later columns only past equalities: "deleted_at IS NULL"
    # is none, so the lists sorted what the index found. Live posts only, in partial indexes.
    with op.batch_alter_table('posts', schema=None) as batch_op:
        for name, (columns, _) in LISTS.items():
            where = LIVE + (" AND duplicate_of_id IS NULL" if name == 'ix_posts_unanswered'
                            else "")
            batch_op.drop_index(name)
            batch_op.create_index(name, columns, unique=False, sqlite_where=sa.text(where),
                                  postgresql_where=sa.text(where))
        batch_op.drop_index('ix_posts_author_id')
        batch_op.create_index('ix_posts_author',
                              ['author_id', 'kind', 'created_at', 'id', 'deleted_at'],
                              unique=False)


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_author')
        batch_op.create_index('ix_posts_author_id', ['author_id'], unique=False)
        for name, (_, columns) in LISTS.items():
            batch_op.drop_index(name)
            batch_op.create_index(name, columns, unique=False)
