"""Feedback at the end of a session and equality monitoring, stored without links to anyone

Revision ID: 0006_i21
Revises: 0005_i20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_i21"
down_revision = "0005_i20"
branch_labels = None
depends_on = None


def _session_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["session_id"],
        ["sessions.id"],
        name=op.f(f"fk_{table}_session_id_sessions"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "feedback_forms",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("questions", sa.Text(), nullable=False),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("from_cards", sa.Integer(), nullable=False),
        _session_key("feedback_forms"),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_feedback_forms")),
    )
    op.create_table(
        "feedback_tallies",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _session_key("feedback_tallies"),
        sa.PrimaryKeyConstraint(
            "session_id", "question_id", "value", name=op.f("pk_feedback_tallies")
        ),
    )
    op.create_table(
        "feedback_comments",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        _session_key("feedback_comments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_comments")),
    )
    op.create_index(
        op.f("ix_feedback_comments_session_id"), "feedback_comments", ["session_id"], unique=False
    )
    op.create_table(
        "monitoring_counts",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=32), nullable=False),
        sa.Column("option", sa.String(length=32), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _session_key("monitoring_counts"),
        sa.PrimaryKeyConstraint(
            "session_id", "question_id", "option", name=op.f("pk_monitoring_counts")
        ),
    )


def downgrade() -> None:
    op.drop_table("monitoring_counts")
    op.drop_index(op.f("ix_feedback_comments_session_id"), table_name="feedback_comments")
    op.drop_table("feedback_comments")
    op.drop_table("feedback_tallies")
    op.drop_table("feedback_forms")
