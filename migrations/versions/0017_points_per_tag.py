"""points per person and tag, kept as the ledger is written

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 18:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

# app.points.models.recent_weight: 2^(days since 2020-01-01 / 90), in each database's words.
WEIGHT = {
    "sqlite": "exp(ln(2) * (julianday(created_at) - julianday('2020-01-01')) / 90.0)",
    "postgresql": "power(2.0, CAST(EXTRACT(EPOCH FROM (created_at - "
                  "TIMESTAMPTZ '2020-01-01 00:00:00+00')) AS double precision) / 86400.0 / 90.0)",
}


def upgrade():
    op.create_table('points_per_tag',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('points', sa.Integer(), server_default='0', nullable=False),
    sa.Column('recent', sa.Double(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_points_per_tag_tag_id_tags')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_points_per_tag_user_id_users')),
    sa.PrimaryKeyConstraint('user_id', 'tag_id', name=op.f('pk_points_per_tag'))
    )
    with op.batch_alter_table('points_per_tag', schema=None) as batch_op:
        batch_op.create_index('ix_points_per_tag_tag_points', ['tag_id', 'points'], unique=False)
    weight = WEIGHT[op.get_bind().dialect.name]
    op.execute(
        "INSERT INTO points_per_tag (user_id, tag_id, points, recent) "
        f"SELECT user_id, tag_id, sum(points), sum(points * {weight}) FROM points_ledger_tags "
        "GROUP BY user_id, tag_id")


def downgrade():
    with op.batch_alter_table('points_per_tag', schema=None) as batch_op:
        batch_op.drop_index('ix_points_per_tag_tag_points')
    op.drop_table('points_per_tag')
