"""Who sat at which table: one row per person, table and World Café round (0: no rounds)

Revision ID: 0015_i23
Revises: 0014_i20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015_i23"
down_revision = "0014_i20"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "table_seats",
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["breakout_tables.id"],
            name=op.f("fk_table_seats_table_id_breakout_tables"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_table_seats_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_id", "participant_id", "round", name=op.f("pk_table_seats")),
    )
    op.create_index(op.f("ix_table_seats_participant_id"), "table_seats", ["participant_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_table_seats_participant_id"), table_name="table_seats")
    op.drop_table("table_seats")
