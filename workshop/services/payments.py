"""Involvement payments and expenses per person per session, their receipts, and the settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session as OrmSession

from models.involvement import InvolvementSettings, KeptPayment, Payment, Receipt
from models.people import Participant, Session, Workshop
from workshop import identity, validation
from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.payments import (
    MAX_MINUTES,
    MAX_PENCE,
    UNPAID,
    InvolvementSettingsView,
    KeptPaymentView,
    OwedPayment,
    PaymentMethod,
    PaymentStatus,
    PaymentView,
    ReceiptView,
)
from workshop.services.base import Service, get_row
from workshop.services.convert import participant_view, session_view

MAX_RECEIPT_BYTES = 15 * 1024 * 1024
# Photos and scans people send: the file's first bytes say what it is, whatever its name.
RECEIPT_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"%PDF-", "application/pdf"),
    (b"RIFF", "image/webp"),
)


def payment_view(row: Payment, receipts: int = 0) -> PaymentView:
    return PaymentView(
        id=row.id,
        session_id=row.session_id,
        participant_id=row.participant_id,
        pseudonym=row.pseudonym,
        session_minutes=row.session_minutes,
        preparation_minutes=row.preparation_minutes,
        travel_minutes=row.travel_minutes,
        rate_pence_per_hour=row.rate_pence_per_hour,
        method=PaymentMethod(row.method),
        expenses_pence=row.expenses_pence,
        expenses_note=row.expenses_note,
        status=PaymentStatus(row.status),
        paid_on=row.paid_on,
        approved_by=row.approved_by,
        created_at=row.created_at,
        version=row.version,
        receipt_count=receipts,
    )


def kept_payment_view(row: KeptPayment) -> KeptPaymentView:
    return KeptPaymentView(
        id=row.id,
        payment_id=row.payment_id,
        workshop_title=row.workshop_title,
        organisation=row.organisation,
        session_title=row.session_title,
        session_date=row.session_date,
        pseudonym=row.pseudonym,
        session_minutes=row.session_minutes,
        preparation_minutes=row.preparation_minutes,
        travel_minutes=row.travel_minutes,
        rate_pence_per_hour=row.rate_pence_per_hour,
        method=PaymentMethod(row.method),
        expenses_pence=row.expenses_pence,
        status=PaymentStatus(row.status),
        paid_on=row.paid_on,
        approved_by=row.approved_by,
        purged_on=row.purged_on,
        kept_until=row.kept_until,
    )


def settings_view(workshop_id: int, row: InvolvementSettings | None) -> InvolvementSettingsView:
    if row is None:
        return InvolvementSettingsView(workshop_id=workshop_id)
    return InvolvementSettingsView(
        workshop_id=workshop_id,
        rate_pence_per_hour=row.rate_pence_per_hour,
        offer=row.offer,
        participant_note=row.participant_note,
        participant_link=row.participant_link,
        interpreter_weeks=row.interpreter_weeks,
        overdue_days=row.overdue_days,
    )


def _clean(fields: dict[str, object]) -> dict[str, object]:
    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name in ("session_minutes", "preparation_minutes", "travel_minutes"):
            clean[name] = validation.whole_number(value, name, minimum=0, maximum=MAX_MINUTES)
        elif name in ("rate_pence_per_hour", "expenses_pence"):
            clean[name] = validation.whole_number(value, name, minimum=0, maximum=MAX_PENCE)
        elif name == "method":
            clean[name] = validation.choice(value, PaymentMethod, "method").value
        elif name == "status":
            clean[name] = validation.choice(value, PaymentStatus, "status").value
        elif name == "paid_on":
            clean[name] = validation.optional_date(value, "paid_on")
        elif name == "approved_by":
            clean[name] = validation.optional_text(value, "approved_by", 200).strip()
        elif name == "expenses_note":
            clean[name] = validation.optional_text(value, "expenses_note", 2000)
        else:
            raise TypeError(f"Payments have no field {name!r}")
    return clean


def _check(row: Payment, today: dt.date) -> None:
    """The rules that hold across fields, checked on the row as it will be saved."""
    settled = row.status in (PaymentStatus.APPROVED, PaymentStatus.PAID)
    if settled and row.method == PaymentMethod.DECLINED and row.expenses_pence == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This person declined payment; with no expenses there is nothing to approve "
                "or pay.",
            ),
            "status",
        )
    if row.status in (PaymentStatus.APPROVED, PaymentStatus.PAID) and not row.approved_by:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Refusal", "Say who approved the payment before it is approved or paid."
            ),
            "approved_by",
        )
    if row.status == PaymentStatus.PAID and row.paid_on is None:
        row.paid_on = today
    if row.status != PaymentStatus.PAID:
        row.paid_on = None


class PaymentService(Service):
    # ----- settings ---------------------------------------------------------------------------

    def settings(self, workshop_id: int) -> InvolvementSettingsView:
        with self._db.read() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            return settings_view(workshop_id, db.get(InvolvementSettings, workshop_id))

    def update_settings(self, workshop_id: int, **fields: object) -> InvolvementSettingsView:
        """Change the workshop's rates, offer, note for participants and deadlines."""
        clean: dict[str, object] = {}
        for name, value in fields.items():
            if name == "rate_pence_per_hour":
                clean[name] = validation.whole_number(value, name, minimum=0, maximum=MAX_PENCE)
            elif name in ("offer", "participant_note"):
                clean[name] = validation.optional_text(value, name, 2000).strip()
            elif name == "participant_link":
                link = validation.optional_text(value, name, 500).strip()
                if link and not link.startswith(("https://", "http://")):
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Refusal", "The link for participants must start with https://."
                        ),
                        name,
                    )
                clean[name] = link
            elif name == "interpreter_weeks":
                clean[name] = validation.whole_number(value, name, minimum=1, maximum=26)
            elif name == "overdue_days":
                clean[name] = validation.whole_number(value, name, minimum=1, maximum=365)
            else:
                raise TypeError(f"Involvement settings have no field {name!r}")
        with self._db.unit_of_work() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            row = db.get(InvolvementSettings, workshop_id)
            if row is None:
                row = InvolvementSettings(workshop_id=workshop_id)
                db.add(row)
            for name, value in clean.items():
                setattr(row, name, value)
            db.flush()
            view = settings_view(workshop_id, row)
        self._events.involvement_settings_changed.emit(view)
        self._publish_saved()
        return view

    # ----- payments ---------------------------------------------------------------------------

    def add(self, session_id: int, participant_id: int, **fields: object) -> PaymentView:
        """Start a person's payment for a session: owed, at the workshop's rate unless given.

        Time for the session defaults to the agenda's length.
        """
        values = _clean(fields)
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            person = get_row(db, Participant, participant_id, "participant")
            if person.workshop_id != session.workshop_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Refusal", "That person is registered for another workshop."),
                    "person",
                )
            existing = db.scalar(
                select(Payment.id).where(
                    Payment.session_id == session_id, Payment.participant_id == participant_id
                )
            )
            if existing is not None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "This person already has a payment for this session."
                    ),
                    "person",
                )
            settings = db.get(InvolvementSettings, session.workshop_id)
            agenda = sum(stage.minutes for stage in session_view(db, session).stages)
            row = Payment(
                session_id=session_id,
                participant_id=participant_id,
                pseudonym="",
                session_minutes=agenda,
                preparation_minutes=0,
                travel_minutes=0,
                rate_pence_per_hour=settings.rate_pence_per_hour if settings else 0,
                method=PaymentMethod.BANK_TRANSFER.value,
                expenses_pence=0,
                expenses_note="",
                status=PaymentStatus.OWED.value,
                approved_by="",
            )
            for name, value in values.items():
                setattr(row, name, value)
            _check(row, self._today())
            db.add(row)
            db.flush()
            view = payment_view(row)
        self._events.payment_changed.emit(view)
        self._publish_saved()
        return view

    def update(self, payment_id: int, **fields: object) -> PaymentView:
        values = _clean(fields)
        with self._db.unit_of_work() as db:
            row = get_row(db, Payment, payment_id, "payment")
            for name, value in values.items():
                setattr(row, name, value)
            _check(row, self._today())
            db.flush()
            view = payment_view(row, _receipt_count(db, row.id))
        self._events.payment_changed.emit(view)
        self._publish_saved()
        return view

    def remove(self, payment_id: int) -> None:
        with self._db.unit_of_work() as db:
            db.delete(get_row(db, Payment, payment_id, "payment"))
        self._events.payment_removed.emit(payment_id)
        self._publish_saved()

    def get(self, payment_id: int) -> PaymentView:
        with self._db.read() as db:
            row = get_row(db, Payment, payment_id, "payment")
            return payment_view(row, _receipt_count(db, row.id))

    def for_session(self, session_id: int) -> list[PaymentView]:
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            return _views(db, select(Payment).where(Payment.session_id == session_id))

    def for_workshop(self, workshop_id: int) -> list[PaymentView]:
        with self._db.read() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            sessions = select(Session.id).where(Session.workshop_id == workshop_id)
            return _views(db, select(Payment).where(Payment.session_id.in_(sessions)))

    def for_person(self, participant_id: int) -> list[PaymentView]:
        with self._db.read() as db:
            return _views(db, select(Payment).where(Payment.participant_id == participant_id))

    def kept(self) -> list[KeptPaymentView]:
        """Payments of purged workshops, kept for the accounts under pseudonyms, oldest first."""
        with self._db.read() as db:
            rows = db.scalars(
                select(KeptPayment).order_by(
                    KeptPayment.purged_on, KeptPayment.session_date, KeptPayment.payment_id
                )
            )
            return [kept_payment_view(row) for row in rows]

    def payee(self, payment: PaymentView) -> str:
        """Who a payment is for, inside the organisation: their name, or the erased pseudonym."""
        if payment.participant_id is None:
            return payment.pseudonym
        return self._services.participants.get(payment.participant_id).name

    def overdue(self, today: dt.date | None = None) -> list[OwedPayment]:
        """Payments still owed longer than each workshop's threshold, oldest first.

        A payment is owed from the day of its session (or the day it was entered, for a
        session without a date).
        """
        day = today or self._today()
        found = []
        with self._db.read() as db:
            rows = db.execute(
                select(Payment, Session, Workshop)
                .join(Session, Session.id == Payment.session_id)
                .join(Workshop, Workshop.id == Session.workshop_id)
                .where(Payment.status.in_([s.value for s in UNPAID]))
                .order_by(Session.date, Payment.id)
            ).all()
            thresholds: dict[int, int] = {}
            for payment, session, workshop in rows:
                if workshop.id not in thresholds:
                    thresholds[workshop.id] = settings_view(
                        workshop.id, db.get(InvolvementSettings, workshop.id)
                    ).overdue_days
                since = session.date or payment.created_at.date()
                days = (day - since).days
                if days <= thresholds[workshop.id]:
                    continue
                person = (
                    db.get(Participant, payment.participant_id) if payment.participant_id else None
                )
                found.append(
                    OwedPayment(
                        payment=payment_view(payment),
                        workshop_title=workshop.title,
                        session_title=session.title,
                        session_date=session.date,
                        person=person.name if person else payment.pseudonym,
                        days=days,
                        threshold_days=thresholds[workshop.id],
                    )
                )
        found.sort(key=lambda owed: -owed.days)
        return found

    # ----- receipts ---------------------------------------------------------------------------

    def add_receipt(self, payment_id: int, filename: str, content: bytes) -> ReceiptView:
        """Keep a photo (or PDF scan) of a receipt with a payment's expenses."""
        if len(content) > MAX_RECEIPT_BYTES:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "That receipt is larger than 15 MB; take a smaller photo."
                ),
                "receipt",
            )
        media_type = next(
            (kind for magic, kind in RECEIPT_SIGNATURES if content.startswith(magic)), None
        )
        if media_type is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "A receipt must be a photo (JPEG, PNG or WebP) or a PDF scan."
                ),
                "receipt",
            )
        name = validation.clean_text(filename, "file name", max_length=300).strip()
        with self._db.unit_of_work() as db:
            payment = get_row(db, Payment, payment_id, "payment")
            row = Receipt(
                payment_id=payment.id, filename=name, media_type=media_type, content=content
            )
            db.add(row)
            db.flush()
            view = ReceiptView(row.id, payment.id, name, media_type, len(content))
            changed = payment_view(payment, _receipt_count(db, payment.id))
        self._events.payment_changed.emit(changed)
        self._publish_saved()
        return view

    def receipts(self, payment_id: int) -> list[ReceiptView]:
        with self._db.read() as db:
            rows = db.execute(
                select(
                    Receipt.id,
                    Receipt.payment_id,
                    Receipt.filename,
                    Receipt.media_type,
                    func.length(Receipt.content),
                )
                .where(Receipt.payment_id == payment_id)
                .order_by(Receipt.id)
            ).all()
            return [ReceiptView(*row) for row in rows]

    def receipt_content(self, receipt_id: int) -> bytes:
        with self._db.read() as db:
            return get_row(db, Receipt, receipt_id, "receipt").content

    def remove_receipt(self, receipt_id: int) -> None:
        with self._db.unit_of_work() as db:
            row = get_row(db, Receipt, receipt_id, "receipt")
            payment = db.get_one(Payment, row.payment_id)
            db.delete(row)
            db.flush()
            changed = payment_view(payment, _receipt_count(db, payment.id))
        self._events.payment_changed.emit(changed)
        self._publish_saved()


def _receipt_count(db: OrmSession, payment_id: int) -> int:
    return int(
        db.scalar(select(func.count(Receipt.id)).where(Receipt.payment_id == payment_id)) or 0
    )


def _views(db: OrmSession, query: Select[Payment]) -> list[PaymentView]:
    rows = db.scalars(query.order_by(Payment.session_id, Payment.id)).all()
    counts = dict(
        db.execute(
            select(Receipt.payment_id, func.count(Receipt.id))
            .where(Receipt.payment_id.in_([r.id for r in rows]))
            .group_by(Receipt.payment_id)
        ).all()
    )
    return [payment_view(row, counts.get(row.id, 0)) for row in rows]


def erased_label(person: Participant) -> str:
    """The pseudonym a payment keeps when its person is erased."""
    return identity.pseudonym(participant_view(person))
