"""Pictures from photos of paper (downscaled, faces blurred), and a note's own picture

Revision ID: 0004_i22
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_i22"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pictures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "session_id",
            sa.Integer(),
            sa.ForeignKey(
                "sessions.id", name="fk_pictures_session_id_sessions", ondelete="CASCADE"
            ),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("jpeg", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("blurred", sa.Boolean(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_pictures_session_id", "pictures", ["session_id"])
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(sa.Column("picture_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_notes_picture_id_pictures", "pictures", ["picture_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_constraint("fk_notes_picture_id_pictures", type_="foreignkey")
        batch_op.drop_column("picture_id")
    op.drop_index("ix_pictures_session_id", table_name="pictures")
    op.drop_table("pictures")
