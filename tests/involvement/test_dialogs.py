"""The dialogs, driven offscreen with real clicks and keys over real services."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.involvement.conftest import Clock, World
from ui.dialogs.access_needs import AccessNeedsDialog
from ui.dialogs.access_plan import AccessPlanDialog, AccessWarningBanner
from ui.dialogs.erase import EraseDialog
from ui.dialogs.involvement_settings import InvolvementSettingsDialog
from ui.dialogs.overdue import alert_if_overdue
from ui.dialogs.payments import PaymentsDialog
from ui.involvement_labels import MARKED, english_labels
from workshop.services import Services

# Set I20_SHOTS to a folder to keep PNGs of each dialog for a look.
SHOTS = os.environ.get("I20_SHOTS")


def _shot(widget: object, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_every_label_is_marked_for_translation() -> None:
    assert english_labels() <= set(MARKED)


def test_access_needs_dialog_adds_asked_needs_and_keeps_notes(
    qtbot: QtBot, timed: Services, world: World
) -> None:
    person = timed.participants.get(world.raj)
    dialog = AccessNeedsDialog(timed, person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("hearing_loop"))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "never assumed" in dialog.status.text()
    assert timed.access.register(person.id).is_empty
    qtbot.keyClicks(dialog.asked_by_edit, "Dee (organiser)")
    qtbot.keyClicks(dialog.detail_edit, "<b>left ear</b>")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    needs = timed.access.register(person.id).needs
    assert [(n.kind, n.detail, n.asked_by) for n in needs] == [
        ("hearing_loop", "<b>left ear</b>", "Dee (organiser)")
    ]
    assert dialog.table.item(0, 1).text() == "<b>left ear</b>"
    qtbot.keyClicks(dialog.notes_edit, "Sits at the front")
    _shot(dialog, "access-needs")
    dialog.reject()
    assert timed.access.register(person.id).notes == "Sits at the front"


def test_access_plan_dialog_warns_and_ticks_bookings_done(
    qtbot: QtBot, timed: Services, world: World, clock: Clock, tmp_path: Path
) -> None:
    clock.set_day("2026-12-07")
    dialog = AccessPlanDialog(timed, world.session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "4 access bookings not done" in dialog.warning.text()
    _shot(dialog, "access-plan")
    item = dialog.bookings.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) == "bsl_interpreter"
    item.setCheckState(Qt.CheckState.Checked)
    assert timed.access.plan(world.session).bookings[0].done
    assert "3 access bookings" in dialog.warning.text()
    path = dialog.save_copy(for_venue=True, path=tmp_path / "venue.pdf")
    assert path is not None
    text = " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    assert "Book BSL interpreters" in text and "Cara Wynne" not in text
    assert "no names" in dialog.status.text()


def test_banner_above_the_board_follows_the_bookings(
    qtbot: QtBot, timed: Services, world: World, clock: Clock
) -> None:
    banner = AccessWarningBanner(timed)
    qtbot.addWidget(banner)
    clock.set_day("2026-11-01")
    banner.set_session(world.session)
    assert banner.isHidden()
    clock.set_day("2026-12-10")
    banner.set_session(world.session)
    assert not banner.isHidden()
    for kind in ("bsl_interpreter", "large_print", "breaks", "dietary"):
        timed.access.set_booking_done(world.session, kind, True)
    assert banner.isHidden()


def test_payments_dialog_adds_approves_and_exports(
    qtbot: QtBot, timed: Services, world: World, tmp_path: Path
) -> None:
    timed.payments.update_settings(
        world.workshop, rate_pence_per_hour=2500, participant_note="Payments can affect benefits."
    )
    dialog = PaymentsDialog(timed, world.session)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Payments can affect benefits." in dialog.note.text()
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(world.cara))
    assert dialog.rate.value() == 25.0
    dialog.travel_minutes.setValue(30)
    dialog.expenses.setValue(6.4)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (payment,) = timed.payments.for_session(world.session)
    assert (payment.participant_id, payment.travel_minutes, payment.expenses_pence) == (
        world.cara,
        30,
        640,
    )
    assert dialog.table.item(0, 0).text() == "Cara Wynne"
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("approved"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "who approved" in dialog.status.text()
    assert timed.payments.get(payment.id).status == "owed"
    qtbot.keyClicks(dialog.approved_by, "M. Evans")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert timed.payments.get(payment.id).status == "approved"
    _shot(dialog, "payments")
    path = dialog.export_csv(tmp_path / "payments.csv")
    assert path is not None
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert rows[0]["payee"] == "Cara Wynne" and rows[0]["expenses"] == "6.40"


def test_settings_dialog_saves_the_workshops_rules(
    qtbot: QtBot, timed: Services, world: World
) -> None:
    dialog = InvolvementSettingsDialog(timed, world.workshop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rate.setValue(27.5)
    qtbot.keyClicks(dialog.offer, "Everyone was offered £25 for their time.")
    dialog.overdue.setValue(14)
    qtbot.keyClicks(dialog.link, "ftp://nope")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "https://" in dialog.status.text()
    dialog.link.clear()
    qtbot.keyClicks(dialog.link, "https://example.org/benefits")
    _shot(dialog, "settings")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = timed.payments.settings(world.workshop)
    assert (saved.rate_pence_per_hour, saved.overdue_days) == (2750, 14)
    assert saved.offer == "Everyone was offered £25 for their time."


def test_opening_alert_lists_payments_owed_too_long(
    qtbot: QtBot, timed: Services, world: World, clock: Clock
) -> None:
    for person in (world.ann, world.raj, world.cara):
        timed.payments.add(world.session, person, rate_pence_per_hour=2000)
    parent = PaymentsDialog(timed, world.session)
    qtbot.addWidget(parent)
    clock.set_day("2027-01-10")
    assert alert_if_overdue(timed, parent) is None
    clock.set_day("2027-02-01")
    dialog = alert_if_overdue(timed, parent)
    assert dialog is not None
    assert dialog.heading.text() == "3 payments owed for more than 30 days"
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 0).text() for r in range(3)} == {
        "Ann Lowri",
        "Raj Patel",
        "Cara Wynne",
    }
    _shot(dialog, "overdue")


def test_erase_dialog_says_payments_stay_under_the_pseudonym(qtbot: QtBot) -> None:
    dialog = EraseDialog("Ann <Lowri>", 2)
    qtbot.addWidget(dialog)
    assert "pseudonym" in dialog.payments_note.text()
    assert "by law" in dialog.payments_note.text()
    _shot(dialog, "erase")
