"""Tables in one room: breakout tables per session, and each note's table, round and harvest

Revision ID: 0009_i23
Revises: 0007_i21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_i23"
down_revision = "0007_i21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breakout_tables",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_breakout_tables_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breakout_tables")),
    )
    op.create_index(op.f("ix_breakout_tables_session_id"), "breakout_tables", ["session_id"])
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("table_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("round", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("marked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("harvested", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_foreign_key(
            "fk_notes_table_id_breakout_tables",
            "breakout_tables",
            ["table_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index("ix_notes_table_id", ["table_id"])


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_index("ix_notes_table_id")
        batch_op.drop_constraint("fk_notes_table_id_breakout_tables", type_="foreignkey")
        batch_op.drop_column("harvested")
        batch_op.drop_column("marked")
        batch_op.drop_column("round")
        batch_op.drop_column("table_id")
    op.drop_index(op.f("ix_breakout_tables_session_id"), table_name="breakout_tables")
    op.drop_table("breakout_tables")
