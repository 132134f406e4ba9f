"""The board of a session: columns (prompts), themes, notes and votes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utc_now
from models.types import StoredDateTime


class BoardColumn(Base):
    __tablename__ = "board_columns"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    # Silent writing: new notes stay hidden from the projector until revealed.
    silent: Mapped[bool] = mapped_column(Boolean, default=False)


class BreakoutTable(Base):
    """A table of the room: a breakout group with its own host and its own part of the board."""

    __tablename__ = "breakout_tables"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    # Read with the table (few rows); written only as TableSeat rows, deleted with the table.
    seats: Mapped[list[TableSeat]] = relationship(viewonly=True, lazy="selectin")


class TableSeat(Base):
    """Someone sat at a table (in a World Café round; 0 when rounds were not counted)."""

    __tablename__ = "table_seats"

    table_id: Mapped[int] = mapped_column(
        ForeignKey("breakout_tables.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    round: Mapped[int] = mapped_column(Integer, primary_key=True, default=0)


class Theme(Base):
    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    column_id: Mapped[int | None] = mapped_column(
        ForeignKey("board_columns.id", ondelete="SET NULL"), nullable=True
    )
    title: Mapped[str] = mapped_column(String(300))


class Picture(Base):
    """A picture kept in the record: a photo of a wall, one note cut from it, or a drawing.

    Only ever the downscaled copy with faces blurred (unless everyone in it agreed); the
    original photo is never stored.
    """

    __tablename__ = "pictures"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    jpeg: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # False only when the facilitator recorded that everyone in the photo agreed to it.
    blurred: Mapped[bool] = mapped_column(Boolean, default=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(StoredDateTime, default=utc_now)


class Note(Base):
    __tablename__ = "notes"
    __table_args__ = (UniqueConstraint("author_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    column_id: Mapped[int] = mapped_column(
        ForeignKey("board_columns.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), nullable=True, index=True
    )
    role: Mapped[str] = mapped_column(String(32))
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), nullable=True, index=True
    )
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    colour: Mapped[str] = mapped_column(String(16), default="")
    # Hidden during silent writing until the facilitator reveals the column.
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    # Held for the facilitator's approval (notes from devices under moderation).
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept inside the app but left out of every export.
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    # Text shown in exports instead of the original, when part of it is redacted.
    redacted_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="board")
    # The note's own picture, when it came from a photo of paper.
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("pictures.id", ondelete="SET NULL"), nullable=True
    )
    # Chosen to be quoted in the record's written summary.
    quoted: Mapped[bool] = mapped_column(Boolean, default=False)
    # A device's own id for the note, so retried submissions are not duplicated.
    client_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # The table it was written at (None: the plenary). A harvested note keeps its table.
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("breakout_tables.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The rotation round (World Café) it was written in, when the session counts rounds.
    round: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The language it was written in (a BCP 47 tag such as "cy"), where known: the phone's
    # language, the capture bar's, or set by hand. None: not known (the record detects it).
    language: Mapped[str | None] = mapped_column(String(35), nullable=True)
    # Chosen by its table to take to the plenary, and taken there (harvested).
    marked: Mapped[bool] = mapped_column(Boolean, default=False)
    harvested: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(StoredDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(StoredDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Vote(Base):
    """One dot a participant placed on a note; several dots on one note are allowed."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(StoredDateTime, default=utc_now)
