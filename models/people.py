"""Workshops, their sessions, the participant register, attendance, agenda and audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, utc_now
from models.types import StoredDate, StoredDateTime


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    service_area: Mapped[str] = mapped_column(String(300), default="")
    locality: Mapped[str] = mapped_column(String(300), default="")
    retention_years: Mapped[int] = mapped_column(Integer, default=2)
    # Highest pseudonym number ever issued, so an erased person's number is never reused.
    last_participant_number: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)

    participants: Mapped[list[Participant]] = relationship(
        back_populates="workshop", cascade="all, delete-orphan", passive_deletes=True
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="workshop",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Session.id",
    )


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("workshop_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    # Stable pseudonym number within the workshop ("Participant 7").
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    consent_named: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_share_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    contact: Mapped[str] = mapped_column(Text, default="")
    support_needs: Mapped[str] = mapped_column(Text, default="")
    joined_from_device: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)

    workshop: Mapped[Workshop] = relationship(back_populates="participants")


class Session(Base):
    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    venue: Mapped[str] = mapped_column(String(300), default="")
    facilitator_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), nullable=True
    )
    purpose: Mapped[str] = mapped_column(Text, default="")
    # None until someone sets them: a record never claims a stage or level nobody chose.
    design_stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    involvement: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # Who set the level of involvement, as they gave it ("Jo Evans, facilitator").
    involvement_set_by: Mapped[str] = mapped_column(String(200), default="")
    arrangements: Mapped[str] = mapped_column(Text, default="")
    next_session_date: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    findings_go_to: Mapped[str] = mapped_column(Text, default="")
    hear_back: Mapped[str] = mapped_column(Text, default="")
    # The organisation's published contact for this work (a team, not a participant).
    contact: Mapped[str] = mapped_column(Text, default="")
    # What was heard, written by the facilitator or officer for the record.
    summary: Mapped[str] = mapped_column(Text, default="")
    # Who was missing that should have been there, as the facilitator notes it.
    gaps: Mapped[str] = mapped_column(Text, default="")
    template: Mapped[str] = mapped_column(String(100), default="")
    # Position in the agenda; None means the stage was never set (everything open but voting).
    current_stage: Mapped[int | None] = mapped_column(Integer, nullable=True)
    board_locked: Mapped[bool] = mapped_column(Boolean, default=False)
    hold_device_notes: Mapped[bool] = mapped_column(Boolean, default=False)
    votes_per_participant: Mapped[int] = mapped_column(Integer, default=5)
    # Percentage of contributions from professionals above which the facilitator is prompted.
    voice_threshold: Mapped[int] = mapped_column(Integer, default=60)
    record_status: Mapped[str] = mapped_column(String(16), default="draft")
    checked_on: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    checked_by: Mapped[str] = mapped_column(String(200), default="")
    # The days a final record was reopened to change it, ISO dates separated by spaces: kept
    # here (not only in the audit log) so the record says "Amended on …" after an import.
    amended_on: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    workshop: Mapped[Workshop] = relationship(back_populates="sessions")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def amended_days(self) -> tuple[dt.date, ...]:
        """The days in amended_on, in order; a word that is not a date is skipped."""
        days = set()
        for word in (self.amended_on or "").split():
            try:
                days.add(dt.date.fromisoformat(word))
            except ValueError:
                continue
        return tuple(sorted(days))

    def set_amended_days(self, days: Iterable[dt.date]) -> None:
        self.amended_on = " ".join(day.isoformat() for day in sorted(set(days)))


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Apology(Base):
    """A registered person who sent apologies for a session (neither present nor absent)."""

    __tablename__ = "apologies"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Stage(Base):
    """One step of a session's agenda, with its planned length."""

    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    minutes: Mapped[int] = mapped_column(Integer, default=10)


class AuditEntry(Base):
    """What happened to the record and when; never holds personal data."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)
    event: Mapped[str] = mapped_column(String(64))
    workshop_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    session_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")
