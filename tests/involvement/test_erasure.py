"""Erasing a person keeps the payments the law requires, under their pseudonym, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from tests.involvement.conftest import World
from tests.involvement.test_payments import png
from workshop.services import Services

SECRETS = ("Ann Lowri", "Ann's receipt note", "Tigrinya-Quorvath", "Annsnote-Velmor")


def _bytes_of(db_path: Path) -> bytes:
    return b"".join(
        p.read_bytes() for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)
    )


def test_erasure_keeps_anonymised_payments_and_nothing_else(
    timed: Services, world: World, db_path: Path
) -> None:
    ann = timed.participants.get(world.ann)
    timed.access.add_need(
        ann.id, "language_interpreter", detail="Tigrinya-Quorvath", asked_by="Dee"
    )
    timed.access.set_notes(ann.id, "Annsnote-Velmor")
    payment = timed.payments.add(
        world.session,
        ann.id,
        rate_pence_per_hour=2500,
        expenses_pence=640,
        expenses_note="Ann's receipt note",
        status="paid",
        approved_by="M. Evans",
    )
    timed.payments.add_receipt(payment.id, "ticket.png", png())
    other = timed.payments.add(world.session, world.raj, rate_pence_per_hour=2500)

    report = timed.rights.erase(ann.id)

    assert report.payments_kept == 1
    assert "1 payment record(s) kept under a pseudonym" in report.summary()
    kept = timed.payments.get(payment.id)
    assert kept.participant_id is None
    assert kept.pseudonym == f"Participant {ann.number} (person with lived experience)"
    assert (kept.total_pence, kept.status, kept.approved_by) == (
        payment.total_pence,
        "paid",
        "M. Evans",
    )
    assert kept.paid_on == payment.paid_on
    assert kept.expenses_note == "" and kept.receipt_count == 0
    assert timed.payments.get(other.id).participant_id == world.raj
    assert timed.payments.payee(kept) == kept.pseudonym
    # Nothing else of her: not in the file, its WAL, or the interchange backup.
    assert report.scrubbed
    data = _bytes_of(db_path)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    document = timed.interchange.export_text(world.workshop)
    for secret in SECRETS:
        assert secret not in document
    payments = json.loads(document)["workshop"]["sessions"][0]["payments"]
    assert kept.pseudonym in [p["participant"] for p in payments]
    # The kept row travels in a backup and comes back detached, under the same pseudonym.
    copy = timed.interchange.import_workshop(document)
    again = timed.payments.for_workshop(copy.id)
    assert [(p.participant_id is None, p.pseudonym) for p in again] == [
        (True, kept.pseudonym),
        (False, ""),
    ]


def test_a_persons_own_export_holds_their_needs_and_payments(timed: Services, world: World) -> None:
    timed.payments.add(
        world.session, world.cara, rate_pence_per_hour=2500, expenses_pence=640, method="voucher"
    )
    timed.payments.add(world.session, world.raj, rate_pence_per_hour=9900)
    timed.payments.update_settings(
        world.workshop,
        participant_note="Payments can affect benefits; ask us about a voucher.",
        participant_link="https://example.org/benefits",
    )
    document = timed.rights.access_export(world.cara)
    assert document["about_payments"] == {
        "note": "Payments can affect benefits; ask us about a voucher.",
        "link": "https://example.org/benefits",
    }
    needs = document["access_needs"]
    assert [n["kind"] for n in needs["needs"]] == ["large_print", "breaks", "dietary"]
    assert needs["needs"][0]["asked_by"] == "Dee (organiser)"
    assert "dementia" in needs["notes"]
    (payment,) = document["payments"]
    assert payment["method"] == "voucher" and payment["expenses"] == "6.40"
    assert payment["session"] == "First session"
    text = timed.rights.access_export_text(world.cara)
    assert "99.00" not in text and "Raj Patel" not in text
