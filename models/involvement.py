"""Before and after a session: people's access needs, the bookings that meet them, and payments.

Access needs are special-category data: only the organisers' own views and the person's own
data export read these tables. Payments are financial records an organisation must keep, so
erasing a person detaches them (participant_id becomes null, `pseudonym` keeps who it was),
and purging a workshop past its retention period moves them to `kept_payments`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utc_now
from models.types import StoredDate, StoredDateTime


class AccessNeed(Base):
    """One need of one person, with when and by whom it was asked (never assumed)."""

    __tablename__ = "access_needs"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    asked_on: Mapped[dt.date] = mapped_column(StoredDate(required=True))
    asked_by: Mapped[str] = mapped_column(String(200), default="")


class AccessNotes(Base):
    """Free text about a person's access needs, beside the structured ones."""

    __tablename__ = "access_notes"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class AccessBooking(Base):
    """Something a session's access plan needs booked or prepared, and whether it is done."""

    __tablename__ = "access_bookings"
    __table_args__ = (UniqueConstraint("session_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    due_by: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Payment(Base):
    """One person's involvement payment and expenses for one session."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    # Null once the person is erased; the row is kept for the accounts under `pseudonym`.
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), nullable=True, index=True
    )
    pseudonym: Mapped[str] = mapped_column(String(200), default="")
    session_minutes: Mapped[int] = mapped_column(Integer, default=0)
    preparation_minutes: Mapped[int] = mapped_column(Integer, default=0)
    travel_minutes: Mapped[int] = mapped_column(Integer, default=0)
    rate_pence_per_hour: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(16))
    expenses_pence: Mapped[int] = mapped_column(Integer, default=0)
    expenses_note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    paid_on: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class KeptPayment(Base):
    """A payment of a purged workshop, kept for the accounts under the person's pseudonym.

    It stands alone (no foreign keys): the workshop, session and person are gone, so the
    titles and date finance needs are copied in, and `kept_until` says when it goes too.
    """

    __tablename__ = "kept_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The payment's id while its workshop existed: the reference in earlier finance files.
    payment_id: Mapped[int] = mapped_column(Integer)
    workshop_title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    session_title: Mapped[str] = mapped_column(String(300))
    session_date: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    pseudonym: Mapped[str] = mapped_column(String(200))
    session_minutes: Mapped[int] = mapped_column(Integer, default=0)
    preparation_minutes: Mapped[int] = mapped_column(Integer, default=0)
    travel_minutes: Mapped[int] = mapped_column(Integer, default=0)
    rate_pence_per_hour: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(16))
    expenses_pence: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))
    paid_on: Mapped[dt.date | None] = mapped_column(StoredDate, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    purged_on: Mapped[dt.date] = mapped_column(StoredDate(required=True))
    kept_until: Mapped[dt.date] = mapped_column(StoredDate(required=True), index=True)


class Receipt(Base):
    """A photo of a receipt for a payment's expenses."""

    __tablename__ = "payment_receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("payments.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(StoredDateTime, default=utc_now)


class InvolvementSettings(Base):
    """A workshop's rates, what participants are told, and the access and payment deadlines."""

    __tablename__ = "involvement_settings"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    rate_pence_per_hour: Mapped[int] = mapped_column(Integer, default=0)
    # Said in the public record: what everyone was offered, never who was paid what.
    offer: Mapped[str] = mapped_column(Text, default="")
    # For participants: a sentence about payments and benefits, and a link the organisation sets.
    participant_note: Mapped[str] = mapped_column(Text, default="")
    participant_link: Mapped[str] = mapped_column(String(500), default="")
    interpreter_weeks: Mapped[int] = mapped_column(Integer, default=6)
    overdue_days: Mapped[int] = mapped_column(Integer, default=30)
