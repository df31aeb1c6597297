"""search documents by static boost: a search reads the best matches of a common word first

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 21:40:00.000000

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.create_index('ix_search_documents_boost', ['boost'], unique=False)


def downgrade():
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.drop_index('ix_search_documents_boost')
