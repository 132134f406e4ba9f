"""Access need kinds, payment methods and statuses as the app shows them, in the chosen language.

workshop/access.py and workshop/payments.py hold the English labels (the CLI and exports use them);
the same strings are listed here for Qt's translation tools.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workshop.access import ACCESS_DETAIL_HINTS, ACCESS_NEED_LABELS, AccessNeedKind
from workshop.payments import (
    PAYMENT_METHOD_LABELS,
    PAYMENT_STATUS_LABELS,
    PaymentMethod,
    PaymentStatus,
    pounds,
)

CONTEXT = "Involvement"

MARKED = (
    QT_TRANSLATE_NOOP("Involvement", "BSL interpreter"),
    QT_TRANSLATE_NOOP("Involvement", "Lipspeaker"),
    QT_TRANSLATE_NOOP("Involvement", "Speech-to-text reporter"),
    QT_TRANSLATE_NOOP("Involvement", "Hearing loop"),
    QT_TRANSLATE_NOOP("Involvement", "Large print"),
    QT_TRANSLATE_NOOP("Involvement", "Easy Read"),
    QT_TRANSLATE_NOOP("Involvement", "Welsh language"),
    QT_TRANSLATE_NOOP("Involvement", "Interpreter for another language"),
    QT_TRANSLATE_NOOP("Involvement", "Step-free access"),
    QT_TRANSLATE_NOOP("Involvement", "Seating"),
    QT_TRANSLATE_NOOP("Involvement", "Breaks"),
    QT_TRANSLATE_NOOP("Involvement", "Quiet space"),
    QT_TRANSLATE_NOOP("Involvement", "Dietary needs"),
    QT_TRANSLATE_NOOP("Involvement", "Support worker or carer attending"),
    QT_TRANSLATE_NOOP("Involvement", "Preferred contact format"),
    QT_TRANSLATE_NOOP("Involvement", "Something else"),
    QT_TRANSLATE_NOOP("Involvement", "Size (for example 18 point)"),
    QT_TRANSLATE_NOOP("Involvement", "Which language"),
    QT_TRANSLATE_NOOP("Involvement", "What kind of seating"),
    QT_TRANSLATE_NOOP("Involvement", "What they can eat"),
    QT_TRANSLATE_NOOP("Involvement", "Email, phone, letter, text message…"),
    QT_TRANSLATE_NOOP("Involvement", "What would help"),
    QT_TRANSLATE_NOOP("Involvement", "Bank transfer"),
    QT_TRANSLATE_NOOP("Involvement", "Voucher"),
    QT_TRANSLATE_NOOP("Involvement", "Cash on the day"),
    QT_TRANSLATE_NOOP("Involvement", "Declined payment"),
    QT_TRANSLATE_NOOP("Involvement", "Owed"),
    QT_TRANSLATE_NOOP("Involvement", "Approved"),
    QT_TRANSLATE_NOOP("Involvement", "Paid"),
    QT_TRANSLATE_NOOP("Involvement", "Declined"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def need_label(kind: str) -> str:
    try:
        return _tr(ACCESS_NEED_LABELS[AccessNeedKind(kind)])
    except ValueError:
        return kind


def detail_hint(kind: str) -> str:
    hint = ACCESS_DETAIL_HINTS.get(AccessNeedKind(kind))
    return _tr(hint) if hint else ""


def method_label(method: str) -> str:
    return _tr(PAYMENT_METHOD_LABELS[PaymentMethod(method)])


def status_label(status: str) -> str:
    return _tr(PAYMENT_STATUS_LABELS[PaymentStatus(status)])


def money(pence: int) -> str:
    """Pence as the app shows money: £25.50."""
    return "£" + pounds(pence)


def english_labels() -> set[str]:
    """Every English label of these vocabularies, for the test that they are all marked."""
    return (
        set(ACCESS_NEED_LABELS.values())
        | set(ACCESS_DETAIL_HINTS.values())
        | set(PAYMENT_METHOD_LABELS.values())
        | set(PAYMENT_STATUS_LABELS.values())
    )
