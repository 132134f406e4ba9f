"""Writes a workshop's involvement payments as CSV for the finance team, formula-safe.

One row per payment, amounts in pounds and pence ("25.50", no currency sign, so a spreadsheet
reads a number). The file is for paying people, so it holds the payee's register name (or, for
someone erased, the pseudonym their payment was kept under); it never holds access needs.
Encoding and line endings as the actions CSV (UTF-8 with a byte-order mark, CRLF).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from exports.csv_actions import ENCODING, neutralise
from workshop.payments import (
    PAYMENT_METHOD_LABELS,
    PAYMENT_STATUS_LABELS,
    PaymentMethod,
    PaymentStatus,
    PaymentView,
    pounds,
)
from workshop.views import ParticipantView, SessionView

COLUMNS: tuple[str, ...] = (
    "payment_id",
    "session_date",
    "session",
    "payee",
    "session_minutes",
    "preparation_minutes",
    "travel_minutes",
    "rate_per_hour",
    "for_time",
    "expenses",
    "total",
    "method",
    "status",
    "paid_on",
    "approved_by",
    "receipts",
    "expenses_note",
)


def payment_rows(
    payments: Iterable[PaymentView],
    sessions: Mapping[int, SessionView],
    participants: Iterable[ParticipantView],
) -> list[list[str]]:
    """One row of text cells per payment, in COLUMNS order."""
    people = {person.id: person for person in participants}
    rows = []
    for payment in payments:
        session = sessions.get(payment.session_id)
        person = people.get(payment.participant_id) if payment.participant_id else None
        cells = [
            str(payment.id),
            session.date.isoformat() if session and session.date else "",
            session.title if session else "",
            person.name if person else payment.pseudonym,
            str(payment.session_minutes),
            str(payment.preparation_minutes),
            str(payment.travel_minutes),
            pounds(payment.rate_pence_per_hour),
            pounds(payment.time_pence),
            pounds(payment.expenses_pence),
            pounds(payment.total_pence),
            PAYMENT_METHOD_LABELS[PaymentMethod(payment.method)],
            PAYMENT_STATUS_LABELS[PaymentStatus(payment.status)],
            payment.paid_on.isoformat() if payment.paid_on else "",
            payment.approved_by,
            str(payment.receipt_count),
            payment.expenses_note,
        ]
        rows.append([neutralise(cell) for cell in cells])
    return rows


def payments_csv(
    payments: Iterable[PaymentView],
    sessions: Mapping[int, SessionView],
    participants: Iterable[ParticipantView],
) -> bytes:
    """The whole file: header row, one row per payment, encoded for spreadsheets."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(payment_rows(payments, sessions, participants))
    return buffer.getvalue().encode(ENCODING)
