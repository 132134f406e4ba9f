"""Writes a workshop's involvement payments as CSV for the finance team, formula-safe.

One row per payment, amounts in pounds and pence ("25.50", no currency sign, so a spreadsheet
reads a number). The file is for paying people, so it holds the payee's register name (or, for
someone erased, the pseudonym their payment was kept under); it never holds access needs.
Payments kept after their workshop was purged have their own file, with the workshop's title,
the pseudonym and the day they may be deleted.
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
    KeptPaymentView,
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

KEPT_COLUMNS: tuple[str, ...] = (
    "payment_id",
    "workshop",
    "organisation",
    *COLUMNS[1:15],  # session_date to approved_by; the payee is the pseudonym
    "purged_on",
    "kept_until",
)


def _money_cells(payment: PaymentView | KeptPaymentView) -> list[str]:
    """The cells from session_minutes to approved_by, shared by both files."""
    return [
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
    ]


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
            *_money_cells(payment),
            str(payment.receipt_count),
            payment.expenses_note,
        ]
        rows.append([neutralise(cell) for cell in cells])
    return rows


def kept_payment_rows(kept: Iterable[KeptPaymentView]) -> list[list[str]]:
    """One row of text cells per kept payment, in KEPT_COLUMNS order."""
    return [
        [
            neutralise(cell)
            for cell in (
                str(payment.payment_id),
                payment.workshop_title,
                payment.organisation,
                payment.session_date.isoformat() if payment.session_date else "",
                payment.session_title,
                payment.pseudonym,
                *_money_cells(payment),
                payment.purged_on.isoformat(),
                payment.kept_until.isoformat(),
            )
        ]
        for payment in kept
    ]


def kept_payments_csv(kept: Iterable[KeptPaymentView]) -> bytes:
    """Payments kept after their workshops were purged: header row and one row each."""
    return _encode(KEPT_COLUMNS, kept_payment_rows(kept))


def _encode(columns: tuple[str, ...], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue().encode(ENCODING)


def payments_csv(
    payments: Iterable[PaymentView],
    sessions: Mapping[int, SessionView],
    participants: Iterable[ParticipantView],
) -> bytes:
    """The whole file: header row, one row per payment, encoded for spreadsheets."""
    return _encode(COLUMNS, payment_rows(payments, sessions, participants))
