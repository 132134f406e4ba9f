"""The retention purge keeps payments the law requires, under pseudonyms, as erasure does."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from pathlib import Path

import pytest

from exports.csv_payments import KEPT_COLUMNS
from tests.involvement.conftest import World
from tests.involvement.test_erasure import _bytes_of
from tests.involvement.test_payments import png
from workshop.cli import main
from workshop.payments import kept_until
from workshop.services import Services

SECRETS = ("Ann Lowri", "Cara Wynne", "Ann's taxi note", "24 point", "dementia")
AFTER_RETENTION = dt.date(2029, 1, 2)  # the session is on 14 December 2026, kept two years
# The command line judges by the real clock: a session past two years' retention, not seven.
LAST = dt.date.today() - dt.timedelta(days=800)


@pytest.fixture
def owed(timed: Services, world: World) -> World:
    ann = timed.payments.add(
        world.session,
        world.ann,
        rate_pence_per_hour=2500,
        session_minutes=120,
        travel_minutes=30,
        expenses_pence=640,
        expenses_note="Ann's taxi note",
        status="paid",
        approved_by="M. Evans",
        paid_on="2027-01-10",
    )
    timed.payments.add_receipt(ann.id, "taxi.png", png())
    timed.payments.add(world.session, world.cara, method="declined", status="declined")
    return world


def test_purge_keeps_payments_under_pseudonyms_and_nothing_else(
    timed: Services, owed: World, db_path: Path
) -> None:
    ann_number = timed.participants.get(owed.ann).number
    before = timed.payments.for_workshop(owed.workshop)

    report = timed.rights.purge_expired(AFTER_RETENTION)

    assert report.workshop_ids == (owed.workshop,) and report.payments_kept == 2
    assert timed.workshops.list() == []
    kept = timed.payments.kept()
    assert [k.payment_id for k in kept] == [p.id for p in before]
    ann = kept[0]
    assert ann.pseudonym == f"Participant {ann_number} (person with lived experience)"
    assert kept[1].pseudonym.endswith("(carer)")
    assert (ann.workshop_title, ann.organisation) == ("Home care", "Riverside Council")
    assert (ann.session_title, ann.session_date) == ("First session", dt.date(2026, 12, 14))
    assert (ann.session_minutes, ann.preparation_minutes, ann.travel_minutes) == (120, 0, 30)
    assert (ann.total_pence, ann.status, ann.approved_by) == (
        before[0].total_pence,
        "paid",
        "M. Evans",
    )
    assert ann.paid_on == dt.date(2027, 1, 10)
    # Seven years from the day it was paid, which decides its financial year.
    assert (ann.purged_on, ann.kept_until) == (AFTER_RETENTION, dt.date(2034, 1, 10))
    assert kept[1].kept_until == dt.date(2033, 12, 14)
    # Nothing else of anyone: names, the expenses note, the receipt photo, access needs.
    assert report.scrubbed
    data = _bytes_of(db_path)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    assert png() not in data
    connection = sqlite3.connect(db_path)
    try:
        (detail,) = connection.execute(
            "SELECT detail FROM audit_log WHERE event = 'workshop_purged'"
        ).fetchone()
    finally:
        connection.close()
    assert detail.endswith("payments kept for the accounts: 2")


def test_kept_payments_go_once_past_keeping(timed: Services, owed: World) -> None:
    timed.rights.purge_expired(AFTER_RETENTION)
    purge = timed.rights.purge_expired
    # Cara's is kept until 14 December 2033, Ann's (paid later) until 10 January 2034.
    assert purge(dt.date(2033, 12, 14)).kept_payments_deleted == 0
    assert purge(dt.date(2033, 12, 15)).kept_payments_deleted == 1
    assert [
        k.pseudonym.endswith("(person with lived experience)") for k in timed.payments.kept()
    ] == [True]
    assert purge(dt.date(2034, 1, 10)).kept_payments_deleted == 0
    report = purge(dt.date(2034, 1, 11))
    assert report.kept_payments_deleted == 1 and report.workshop_ids == ()
    assert timed.payments.kept() == []


def test_a_payment_already_past_keeping_goes_with_its_workshop(
    timed: Services, owed: World
) -> None:
    report = timed.rights.purge_expired(dt.date(2040, 1, 1))
    assert report.workshop_ids == (owed.workshop,) and report.payments_kept == 0
    assert timed.payments.kept() == []


def test_purge_and_kept_payments_from_the_command_line(
    timed: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = timed.workshops.create("Old consultation", "Riverside Council")
    person = timed.participants.add(workshop.id, "Bryn Aled", "lived_experience")
    session = timed.sessions.create(
        workshop.id, "Only session", columns=["Ideas"], date=LAST.isoformat()
    )
    timed.payments.add(
        session.id,
        person.id,
        rate_pence_per_hour=2500,
        session_minutes=60,
        approved_by="=HYPERLINK()",
    )
    timed.database.dispose()
    output = tmp_path / "kept.csv"

    assert main(["--database", str(db_path), "purge-expired"]) == 0
    assert "Kept 1 payment record(s) for the accounts under pseudonyms" in capsys.readouterr().out
    assert main(["--database", str(db_path), "kept-payments", "--output", str(output)]) == 0

    rows = list(csv.reader(io.StringIO(output.read_bytes().decode("utf-8-sig"))))
    assert tuple(rows[0]) == KEPT_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["workshop"] == "Old consultation" and row["session_date"] == LAST.isoformat()
    assert row["payee"] == "Participant 1 (person with lived experience)"
    assert (row["total"], row["status"], row["kept_until"]) == (
        "25.00",
        "Owed",
        kept_until(LAST).isoformat(),
    )
    assert row["approved_by"] == "'=HYPERLINK()"  # safe in a spreadsheet, like every CSV
    assert "Bryn Aled" not in output.read_text(encoding="utf-8-sig")
