"""Payments of purged workshops, kept for the accounts under the person's pseudonym

Revision ID: 0014_i20
Revises: 0013_i19
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_i20"
down_revision = "0013_i19"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("workshop_title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("session_title", sa.String(length=300), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=True),
        sa.Column("pseudonym", sa.String(length=200), nullable=False),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column("preparation_minutes", sa.Integer(), nullable=False),
        sa.Column("travel_minutes", sa.Integer(), nullable=False),
        sa.Column("rate_pence_per_hour", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("expenses_pence", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("purged_on", sa.Date(), nullable=False),
        sa.Column("kept_until", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_payments")),
    )
    with op.batch_alter_table("kept_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kept_payments_kept_until"), ["kept_until"])


def downgrade() -> None:
    with op.batch_alter_table("kept_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kept_payments_kept_until"))
    op.drop_table("kept_payments")
