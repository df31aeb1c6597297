"""tags count their live questions; live posts by id for the API's pages

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.add_column(sa.Column('question_count', sa.Integer(), server_default='0',
                                      nullable=False))
    # What qa.services keeps from now on: each tag's live questions.
    op.execute(
        "UPDATE tags SET question_count = (SELECT count(*) FROM post_tags "
        "JOIN posts ON posts.id = post_tags.post_id "
        "WHERE post_tags.tag_id = tags.id AND posts.deleted_at IS NULL)")
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.create_index('ix_posts_live_id', ['kind', 'deleted_at', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_index('ix_posts_live_id')
    with op.batch_alter_table('tags', schema=None) as batch_op:
        batch_op.drop_column('question_count')
