"""The days a final record was reopened, kept with the session (so they travel in the file)

Filled from the audit log's "record_unlocked" entries, which is where the record read them before.

Revision ID: 0016_i19
Revises: 0015_i23
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0016_i19"
down_revision = "0015_i23"
branch_labels = None
depends_on = None


def _day(value: object) -> str | None:
    """The ISO day of a stored time (a datetime, or the text SQLite keeps); None if unreadable."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    text = str(value or "")[:10]
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def upgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.add_column(sa.Column("amended_on", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    days: dict[int, set[str]] = {}
    rows = bind.execute(
        sa.text(
            "SELECT session_id, at FROM audit_log "
            "WHERE event = 'record_unlocked' AND session_id IS NOT NULL"
        )
    )
    for session_id, at in rows:
        day = _day(at)
        if day is not None:
            days.setdefault(int(session_id), set()).add(day)
    for session_id, found in days.items():
        bind.execute(
            sa.text("UPDATE sessions SET amended_on = :days WHERE id = :id"),
            {"days": " ".join(sorted(found)), "id": session_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("sessions") as batch_op:
        batch_op.drop_column("amended_on")
