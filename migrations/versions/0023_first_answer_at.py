"""questions keep the time of their first answer by someone else (the time to a first answer)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08 03:00:00.000000

"""
import sqlalchemy as sa
from alembic import op


# revision identifiers, used by Alembic.
revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_answer_at', sa.DateTime(timezone=True),
                                      nullable=True))
    # As app.qa.services.first_answer_now reads it.
    op.get_bind().execute(sa.text(
        "UPDATE posts SET first_answer_at = ("
        " SELECT min(answer.created_at) FROM posts answer"
        " WHERE answer.question_id = posts.id AND answer.deleted_at IS NULL"
        " AND answer.author_id <> posts.author_id)"
        " WHERE kind = 'question'"))


def downgrade():
    with op.batch_alter_table('posts', schema=None) as batch_op:
        batch_op.drop_column('first_answer_at')
