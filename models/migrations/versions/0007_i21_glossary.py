"""The jargon card's signals and the live glossary

Revision ID: 0007_i21
Revises: 0006_i21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_i21"
down_revision = "0006_i21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "room_signals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_room_signals_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_signals")),
    )
    op.create_index(op.f("ix_room_signals_session_id"), "room_signals", ["session_id"])
    op.create_table(
        "glossary_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("meaning", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_glossary_terms_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_terms")),
    )
    op.create_index(op.f("ix_glossary_terms_session_id"), "glossary_terms", ["session_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_glossary_terms_session_id"), table_name="glossary_terms")
    op.drop_table("glossary_terms")
    op.drop_index(op.f("ix_room_signals_session_id"), table_name="room_signals")
    op.drop_table("room_signals")
