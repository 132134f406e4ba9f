"""The language a note was written in, where known

Existing notes get none (not known); the record detects a language for those.

Revision ID: 0013_i19
Revises: 0012_i21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_i19"
down_revision = "0012_i21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=35), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_column("language")
