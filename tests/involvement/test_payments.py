"""Involvement payments: the rules, the overdue alert over an injected clock, and the CSV."""

from __future__ import annotations

import csv
import io
import struct
import zlib

import pytest

from exports.csv_payments import COLUMNS, payments_csv
from tests.involvement.conftest import Clock, World
from workshop.errors import ValidationError
from workshop.payments import parse_pounds, pounds
from workshop.services import Services

# Service rules hold on PostgreSQL too (CI's second pass).
pytestmark = pytest.mark.postgres


def png() -> bytes:
    """A real one-pixel PNG, as a phone's receipt photo would start."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def test_money_is_pounds_and_pence() -> None:
    assert [pounds(p) for p in (0, 5, 2550, 100000)] == ["0.00", "0.05", "25.50", "1000.00"]
    assert [parse_pounds(t) for t in ("25", "£25.5", "1,000.05", "")] == [2500, 2550, 100005, 0]
    assert parse_pounds("25.555") is None and parse_pounds("ten") is None


def test_a_payment_starts_owed_at_the_workshops_rate(timed: Services, world: World) -> None:
    timed.payments.update_settings(world.workshop, rate_pence_per_hour=2500)
    payment = timed.payments.add(world.session, world.ann, travel_minutes=30, expenses_pence=640)
    assert payment.status == "owed" and payment.method == "bank_transfer"
    assert payment.rate_pence_per_hour == 2500
    agenda = sum(s.minutes for s in timed.sessions.get(world.session).stages)
    assert payment.session_minutes == agenda
    assert payment.time_pence == ((agenda + 30) * 2500 + 30) // 60
    assert payment.total_pence == payment.time_pence + 640
    with pytest.raises(ValidationError, match="already has a payment"):
        timed.payments.add(world.session, world.ann)


def test_approval_needs_an_approver_and_paid_keeps_the_day(
    timed: Services, world: World, clock: Clock
) -> None:
    payment = timed.payments.add(world.session, world.cara, rate_pence_per_hour=2000)
    with pytest.raises(ValidationError, match="who approved"):
        timed.payments.update(payment.id, status="approved")
    assert timed.payments.get(payment.id).status == "owed"
    timed.payments.update(payment.id, status="approved", approved_by="Finance: M. Evans")
    clock.set_day("2026-12-20")
    paid = timed.payments.update(payment.id, status="paid")
    assert paid.paid_on is not None and paid.paid_on.isoformat() == "2026-12-20"
    declined = timed.payments.add(world.session, world.raj, method="declined")
    assert declined.time_pence == 0
    with pytest.raises(ValidationError, match="Unknown method"):
        timed.payments.update(declined.id, method="bitcoin")


def test_overdue_alert_counts_payments_owed_past_the_threshold(
    timed: Services, world: World, clock: Clock
) -> None:
    # The session is on 14 December; payments are owed from that day.
    for person in (world.ann, world.raj, world.cara):
        timed.payments.add(world.session, person, rate_pence_per_hour=2000)
    clock.set_day("2027-01-13")  # 30 days: not yet more than 30
    assert timed.payments.overdue() == []
    clock.set_day("2027-01-14")
    owed = timed.payments.overdue()
    assert len(owed) == 3
    assert {o.person for o in owed} == {"Ann Lowri", "Raj Patel", "Cara Wynne"}
    assert all(o.days == 31 and o.session_title == "First session" for o in owed)
    raj = next(o.payment for o in owed if o.person == "Raj Patel")
    timed.payments.update(raj.id, status="paid", approved_by="M. Evans")
    assert len(timed.payments.overdue()) == 2
    timed.payments.update_settings(world.workshop, overdue_days=45)
    assert timed.payments.overdue() == []
    clock.set_day("2027-01-29")
    assert len(timed.payments.overdue()) == 2


def test_receipts_are_photos_or_scans_and_are_kept_with_the_payment(
    timed: Services, world: World
) -> None:
    payment = timed.payments.add(world.session, world.ann, expenses_pence=420)
    receipt = timed.payments.add_receipt(payment.id, "bus ticket.png", png())
    assert receipt.media_type == "image/png"
    assert timed.payments.get(payment.id).receipt_count == 1
    assert timed.payments.receipt_content(receipt.id) == png()
    with pytest.raises(ValidationError, match="must be a photo"):
        timed.payments.add_receipt(payment.id, "evil.html", b"<script>alert(1)</script>")


HOSTILE = ('=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tTab", "＝1+1")


def test_payments_csv_is_pounds_and_pence_and_formula_safe(timed: Services, world: World) -> None:
    for index, person in enumerate((world.ann, world.raj, world.cara)):
        timed.payments.add(
            world.session,
            person,
            rate_pence_per_hour=2550,
            session_minutes=120,
            expenses_pence=1005,
            expenses_note=HOSTILE[index],
            approved_by=HOSTILE[index + 3],
            status="approved",
        )
    timed.participants.update(world.raj, name="=cmd|' /C calc'!A0")
    data = payments_csv(
        timed.payments.for_workshop(world.workshop),
        {s.id: s for s in timed.sessions.list(world.workshop)},
        timed.participants.list(world.workshop),
    )
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(rows[0]) == list(COLUMNS) and len(rows) == 3
    assert rows[0]["rate_per_hour"] == "25.50"
    assert rows[0]["for_time"] == "51.00"
    assert rows[0]["expenses"] == "10.05"
    assert rows[0]["total"] == "61.05"
    assert rows[0]["status"] == "Approved" and rows[0]["method"] == "Bank transfer"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "＝")), value
    assert rows[1]["payee"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["expenses_note"] == '\'=HYPERLINK("http://x")'
