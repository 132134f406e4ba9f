"""Initial record

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("service_area", sa.String(length=300), nullable=False),
        sa.Column("locality", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
    )
    op.create_table(
        "participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("consent_named", sa.Boolean(), nullable=False),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("consent_share_contact", sa.Boolean(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("support_needs", sa.Text(), nullable=False),
        sa.Column("joined_from_device", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_participants_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("workshop_id", "number", name=op.f("uq_participants_workshop_id")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("venue", sa.String(length=300), nullable=False),
        sa.Column("facilitator_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("design_stage", sa.String(length=32), nullable=False),
        sa.Column("involvement", sa.String(length=32), nullable=False),
        sa.Column("arrangements", sa.Text(), nullable=False),
        sa.Column("template", sa.String(length=100), nullable=False),
        sa.Column("current_stage", sa.Integer(), nullable=True),
        sa.Column("board_locked", sa.Boolean(), nullable=False),
        sa.Column("hold_device_notes", sa.Boolean(), nullable=False),
        sa.Column("votes_per_participant", sa.Integer(), nullable=False),
        sa.Column("voice_threshold", sa.Integer(), nullable=False),
        sa.Column("record_status", sa.String(length=16), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["facilitator_id"],
            ["participants.id"],
            name=op.f("fk_sessions_facilitator_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshops.id"],
            name=op.f("fk_sessions_workshop_id_workshops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("co_lead_id", sa.Integer(), nullable=True),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("dropped_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["co_lead_id"],
            ["participants.id"],
            name=op.f("fk_actions_co_lead_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["participants.id"],
            name=op.f("fk_actions_owner_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_actions_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actions_session_id"), ["session_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_attendance_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_attendance_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "participant_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "board_columns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("silent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_board_columns_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_columns")),
    )
    with op.batch_alter_table("board_columns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_board_columns_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_stages_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stages")),
    )
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stages_session_id"), ["session_id"], unique=False)

    op.create_table(
        "action_agreements",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_agreements_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_action_agreements_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "participant_id", name=op.f("pk_action_agreements")),
    )
    with op.batch_alter_table("action_agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_agreements_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "action_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_updates_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_action_updates_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_updates")),
    )
    with op.batch_alter_table("action_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_updates_action_id"), ["action_id"], unique=False
        )

    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("column_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["column_id"],
            ["board_columns.id"],
            name=op.f("fk_themes_column_id_board_columns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_themes_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_session_id"), ["session_id"], unique=False)

    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("column_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("colour", sa.String(length=16), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("redacted_text", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["participants.id"],
            name=op.f("fk_notes_author_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["column_id"],
            ["board_columns.id"],
            name=op.f("fk_notes_column_id_board_columns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_notes_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_notes_theme_id_themes"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
        sa.UniqueConstraint("author_id", "client_id", name=op.f("uq_notes_author_id")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_column_id"), ["column_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "action_sources",
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_action_sources_action_id_actions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_action_sources_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "note_id", name=op.f("pk_action_sources")),
    )
    with op.batch_alter_table("action_sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_sources_note_id"), ["note_id"], unique=False)

    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["notes.id"], name=op.f("fk_votes_note_id_notes"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_votes_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_votes_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_votes")),
    )
    with op.batch_alter_table("votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_votes_note_id"), ["note_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_votes_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_votes_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("votes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_votes_session_id"))
        batch_op.drop_index(batch_op.f("ix_votes_participant_id"))
        batch_op.drop_index(batch_op.f("ix_votes_note_id"))

    op.drop_table("votes")
    with op.batch_alter_table("action_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_sources_note_id"))

    op.drop_table("action_sources")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_theme_id"))
        batch_op.drop_index(batch_op.f("ix_notes_session_id"))
        batch_op.drop_index(batch_op.f("ix_notes_column_id"))
        batch_op.drop_index(batch_op.f("ix_notes_author_id"))

    op.drop_table("notes")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_session_id"))

    op.drop_table("themes")
    with op.batch_alter_table("action_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_updates_action_id"))

    op.drop_table("action_updates")
    with op.batch_alter_table("action_agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_agreements_participant_id"))

    op.drop_table("action_agreements")
    with op.batch_alter_table("stages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stages_session_id"))

    op.drop_table("stages")
    with op.batch_alter_table("board_columns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_columns_session_id"))

    op.drop_table("board_columns")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_participant_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_session_id"))

    op.drop_table("actions")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sessions_workshop_id"))

    op.drop_table("sessions")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_workshop_id"))

    op.drop_table("participants")
    op.drop_table("workshops")
