"""Whom the organisers want to hear from: a workshop's reach targets

Revision ID: 0012_i21
Revises: 0011_i19
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_i21"
down_revision = "0011_i19"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reach_targets",
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=32), nullable=False),
        sa.Column("option", sa.String(length=32), nullable=False),
        sa.Column("percent", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_reach_targets_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "workshop_id", "question_id", "option", name=op.f("pk_reach_targets")
        ),
    )


def downgrade() -> None:
    op.drop_table("reach_targets")
