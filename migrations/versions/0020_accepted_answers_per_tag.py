"""points per person and tag keep the person's accepted answers in the tag too; a person's
accepted answers by index

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-08 00:30:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

# app.points.models.recent_weight of the award's time, in each database's words.
WEIGHT = {
    "sqlite": "exp(ln(2) * (julianday(award.created_at) - julianday('2020-01-01')) / 90.0)",
    "postgresql": "power(2.0, CAST(EXTRACT(EPOCH FROM (award.created_at - "
                  "TIMESTAMPTZ '2020-01-01 00:00:00+00')) AS double precision) / 86400.0 / 90.0)",
}
ACCEPTED_AWARD = "rule = 'answer-accepted' AND reverses_id IS NULL"


def upgrade():
    with op.batch_alter_table('points_per_tag', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('accepted_recent', sa.Double(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('last_accepted_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_points_ledger_accepted', ['user_id', 'id'], unique=False,
                              sqlite_where=sa.text(ACCEPTED_AWARD),
                              postgresql_where=sa.text(ACCEPTED_AWARD))
    bind = op.get_bind()
    weight = WEIGHT[bind.dialect.name]
    # The "answer accepted" awards in force, per person and tag (app.points.ledger), written
    # row by row (UPDATE ... FROM needs SQLite 3.33).
    kept = bind.execute(sa.text(
        f"SELECT tag.user_id, tag.tag_id, count(*), sum({weight}), max(award.created_at) "
        "FROM points_ledger_tags AS tag JOIN points_ledger AS award ON award.id = tag.entry_id "
        "LEFT JOIN points_ledger AS reversal ON reversal.reverses_id = award.id "
        "WHERE award.rule = 'answer-accepted' AND award.reverses_id IS NULL "
        "AND reversal.id IS NULL GROUP BY tag.user_id, tag.tag_id")).all()
    if kept:
        bind.execute(sa.text(
            "UPDATE points_per_tag SET accepted = :n, accepted_recent = :recent, "
            "last_accepted_at = :last WHERE user_id = :user_id AND tag_id = :tag_id"),
            [{"user_id": user_id, "tag_id": tag_id, "n": n, "recent": recent, "last": last}
             for user_id, tag_id, n, recent, last in kept])


def downgrade():
    with op.batch_alter_table('points_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_points_ledger_accepted',
                            sqlite_where=sa.text(ACCEPTED_AWARD),
                            postgresql_where=sa.text(ACCEPTED_AWARD))
    with op.batch_alter_table('points_per_tag', schema=None) as batch_op:
        batch_op.drop_column('last_accepted_at')
        batch_op.drop_column('accepted_recent')
        batch_op.drop_column('accepted')
