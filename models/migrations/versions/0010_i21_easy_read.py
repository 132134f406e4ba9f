"""The Easy Read record: people's sentences for each key message and action, and own pictures

Revision ID: 0010_i21
Revises: 0009_i23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_i21"
down_revision = "0009_i23"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "easy_read_pictures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("png", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_easy_read_pictures_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_easy_read_pictures")),
    )
    op.create_index(
        op.f("ix_easy_read_pictures_workshop_id"), "easy_read_pictures", ["workshop_id"]
    )
    op.create_table(
        "easy_read_points",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_cy", sa.Text(), nullable=False),
        sa.Column("symbol", sa.String(length=64), nullable=False),
        sa.Column("picture_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_easy_read_points_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_easy_read_points_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_easy_read_points_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["picture_id"],
            ["easy_read_pictures.id"],
            name=op.f("fk_easy_read_points_picture_id_easy_read_pictures"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_easy_read_points")),
    )
    op.create_index(op.f("ix_easy_read_points_session_id"), "easy_read_points", ["session_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_easy_read_points_session_id"), table_name="easy_read_points")
    op.drop_table("easy_read_points")
    op.drop_index(op.f("ix_easy_read_pictures_workshop_id"), table_name="easy_read_pictures")
    op.drop_table("easy_read_pictures")
