"""Remember the highest pseudonym number issued, so an erased person's number is never reused

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workshops") as batch_op:
        batch_op.add_column(
            sa.Column("last_participant_number", sa.Integer(), nullable=False, server_default="0")
        )
    op.execute(
        "UPDATE workshops SET last_participant_number = "
        "(SELECT COALESCE(MAX(number), 0) FROM participants "
        "WHERE participants.workshop_id = workshops.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("workshops") as batch_op:
        batch_op.drop_column("last_participant_number")
