"""Involvement payments and expenses: the closed lists, money in pence, and payment views.

Money is held as whole pence (never floats) and shown as pounds and pence: 2550 → "25.50".
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class PaymentMethod(enum.StrEnum):
    BANK_TRANSFER = "bank_transfer"
    VOUCHER = "voucher"
    CASH = "cash"
    DECLINED = "declined"


class PaymentStatus(enum.StrEnum):
    OWED = "owed"
    APPROVED = "approved"
    PAID = "paid"
    DECLINED = "declined"


PAYMENT_METHOD_LABELS: dict[PaymentMethod, str] = {
    PaymentMethod.BANK_TRANSFER: "Bank transfer",
    PaymentMethod.VOUCHER: "Voucher",
    PaymentMethod.CASH: "Cash on the day",
    PaymentMethod.DECLINED: "Declined payment",
}

PAYMENT_STATUS_LABELS: dict[PaymentStatus, str] = {
    PaymentStatus.OWED: "Owed",
    PaymentStatus.APPROVED: "Approved",
    PaymentStatus.PAID: "Paid",
    PaymentStatus.DECLINED: "Declined",
}

# Not yet paid, and not declined: what the overdue alert counts.
UNPAID = frozenset({PaymentStatus.OWED, PaymentStatus.APPROVED})
DEFAULT_OVERDUE_DAYS = 30
MAX_PENCE = 10_000_000  # £100,000: far above any involvement payment, below any overflow
MAX_MINUTES = 7 * 24 * 60
# Financial records are kept six years after the end of the financial year they fall in
# (HMRC); seven years after the session covers that whichever month the year ends.
KEEP_FINANCIAL_YEARS = 7


def kept_until(day: dt.date) -> dt.date:
    """The day a payment of `day` may be deleted once its workshop was purged."""
    year = min(day.year + KEEP_FINANCIAL_YEARS, dt.MAXYEAR)
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def time_pence(minutes: int, rate_pence_per_hour: int, method: str, status: str) -> int:
    """Payment for time, rounded to the nearest penny; nothing when payment was declined."""
    if method == PaymentMethod.DECLINED or status == PaymentStatus.DECLINED:
        return 0
    return (minutes * rate_pence_per_hour + 30) // 60


def pounds(pence: int) -> str:
    """Pence as pounds and pence without a symbol: 2550 → "25.50", -5 → "-0.05"."""
    sign = "-" if pence < 0 else ""
    whole, part = divmod(abs(pence), 100)
    return f"{sign}{whole}.{part:02d}"


def parse_pounds(text: str) -> int | None:
    """ "25", "25.5", "£25.50" → pence; None when the text is not an amount of money."""
    value = text.strip().replace(",", "").removeprefix("£").strip()
    if not value:
        return 0
    whole, dot, part = value.partition(".")
    if not whole.isdigit() and whole != "":
        return None
    if dot and (not part.isdigit() or len(part) > 2):
        return None
    pence = int(whole or "0") * 100 + (int(part.ljust(2, "0")) if dot else 0)
    return pence if pence <= MAX_PENCE else None


class _PaidTime:
    """The sums of a payment, from its minutes, rate, method, status and expenses."""

    __slots__ = ()
    session_minutes: int
    preparation_minutes: int
    travel_minutes: int
    rate_pence_per_hour: int
    method: PaymentMethod
    status: PaymentStatus
    expenses_pence: int

    @property
    def minutes(self) -> int:
        return self.session_minutes + self.preparation_minutes + self.travel_minutes

    @property
    def time_pence(self) -> int:
        return time_pence(self.minutes, self.rate_pence_per_hour, self.method, self.status)

    @property
    def total_pence(self) -> int:
        return self.time_pence + self.expenses_pence


@dataclass(frozen=True, slots=True)
class PaymentView(_PaidTime):
    id: int
    session_id: int
    participant_id: int | None
    # Who the row is about once the person has been erased ("Participant 7 (carer)").
    pseudonym: str
    session_minutes: int
    preparation_minutes: int
    travel_minutes: int
    rate_pence_per_hour: int
    method: PaymentMethod
    expenses_pence: int
    expenses_note: str
    status: PaymentStatus
    paid_on: dt.date | None
    approved_by: str
    created_at: dt.datetime
    version: int
    receipt_count: int = 0


@dataclass(frozen=True, slots=True)
class KeptPaymentView(_PaidTime):
    """A payment of a purged workshop, kept for the accounts under the person's pseudonym."""

    id: int
    payment_id: int
    workshop_title: str
    organisation: str
    session_title: str
    session_date: dt.date | None
    pseudonym: str
    session_minutes: int
    preparation_minutes: int
    travel_minutes: int
    rate_pence_per_hour: int
    method: PaymentMethod
    expenses_pence: int
    status: PaymentStatus
    paid_on: dt.date | None
    approved_by: str
    purged_on: dt.date
    kept_until: dt.date


@dataclass(frozen=True, slots=True)
class OwedPayment:
    """A payment still owed past the workshop's threshold, for the alert on opening."""

    payment: PaymentView
    workshop_title: str
    session_title: str
    session_date: dt.date | None
    person: str
    days: int
    threshold_days: int = DEFAULT_OVERDUE_DAYS


@dataclass(frozen=True, slots=True)
class ReceiptView:
    id: int
    payment_id: int
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True, slots=True)
class InvolvementSettingsView:
    workshop_id: int
    rate_pence_per_hour: int = 0
    offer: str = ""
    participant_note: str = ""
    participant_link: str = ""
    interpreter_weeks: int = 6
    overdue_days: int = DEFAULT_OVERDUE_DAYS
