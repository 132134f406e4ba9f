"""The record's details: honest stage and level, who set the level, next steps, apologies

Design stage and level of involvement become "not recorded" (NULL) until someone sets them.
Whether an existing row's value was chosen cannot be known for certain, so only what is
almost certainly a default is cleared:
- involvement "co_design": the app never offered a way to choose the level, so this value is
  the old default (an imported file could have said it explicitly; it then reads
  "not recorded" and can be set again in the session's details);
- design stage "discover" on a session made without a template: templates set a stage, the
  bare default did not.
Every other value is kept, with who set it left blank, which the record shows as
"who set it was not recorded".

Revision ID: 0011_i19
Revises: 0010_i21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_i19"
down_revision = "0010_i21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.alter_column("design_stage", existing_type=sa.String(length=32), nullable=True)
        batch_op.alter_column("involvement", existing_type=sa.String(length=32), nullable=True)
        batch_op.add_column(
            sa.Column(
                "involvement_set_by", sa.String(length=200), nullable=False, server_default=""
            )
        )
        batch_op.add_column(sa.Column("next_session_date", sa.Date(), nullable=True))
        for name in ("findings_go_to", "hear_back", "contact", "summary", "gaps"):
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("checked_by", sa.String(length=200), nullable=False, server_default="")
        )
    op.execute("UPDATE sessions SET involvement = NULL WHERE involvement = 'co_design'")
    op.execute(
        "UPDATE sessions SET design_stage = NULL "
        "WHERE design_stage = 'discover' AND (template IS NULL OR template = '')"
    )
    op.create_table(
        "apologies",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_apologies_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_apologies_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_apologies")),
    )
    op.create_index(
        op.f("ix_apologies_participant_id"), "apologies", ["participant_id"], unique=False
    )
    with op.batch_alter_table("notes") as batch_op:
        batch_op.add_column(
            sa.Column("quoted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("actions") as batch_op:
        batch_op.add_column(sa.Column("agreed_status", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("actions") as batch_op:
        batch_op.drop_column("agreed_status")
    with op.batch_alter_table("notes") as batch_op:
        batch_op.drop_column("quoted")
    op.drop_index(op.f("ix_apologies_participant_id"), table_name="apologies")
    op.drop_table("apologies")
    op.execute("UPDATE sessions SET involvement = 'co_design' WHERE involvement IS NULL")
    op.execute("UPDATE sessions SET design_stage = 'discover' WHERE design_stage IS NULL")
    with op.batch_alter_table("sessions") as batch_op:
        for name in (
            "checked_by",
            "gaps",
            "summary",
            "contact",
            "hear_back",
            "findings_go_to",
            "next_session_date",
            "involvement_set_by",
        ):
            batch_op.drop_column(name)
        batch_op.alter_column("involvement", existing_type=sa.String(length=32), nullable=False)
        batch_op.alter_column("design_stage", existing_type=sa.String(length=32), nullable=False)
