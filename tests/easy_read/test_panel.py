"""The Easy Read panel driven with qtbot: writing, checks, pictures, left-out points, Welsh."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pdfplumber
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from tests.easy_read.conftest import BUS_CY, BUS_EN, UNWRITTEN_THEME, EasyReadWorld
from ui.dialogs.export_record import ExportRecordDialog
from ui.panels.easy_read import EasyReadPanel
from workshop.services import Services

LONG = "We will ask the bus company to run the number 42 bus on time every day."


def _panel(qtbot: QtBot, services: Services, world: EasyReadWorld) -> EasyReadPanel:
    panel = EasyReadPanel(services)
    qtbot.addWidget(panel)
    panel.resize(460, 900)
    panel.set_session(world.session)
    return panel


def _row_of(panel: EasyReadPanel, ref: object) -> int:
    for row in range(panel.points.count()):
        if panel.points.item(row).data(Qt.ItemDataRole.UserRole) == ref:
            return row
    raise AssertionError(ref)


def test_unwritten_points_are_said_to_be_left_out(
    qtbot: QtBot, services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    panel = _panel(qtbot, services, world)
    labels = [panel.points.item(r).text() for r in range(panel.points.count())]
    assert f"Key message (not written: left out): {UNWRITTEN_THEME}" in labels
    assert "Written: 3 of 4." in panel.summary.text()
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    assert panel.text.toPlainText() == ""  # never filled in for the facilitator
    assert "left out of the Easy Read record" in panel.checks.text()
    assert panel.checks.textFormat() == Qt.TextFormat.PlainText
    panel.grab().save(str(tmp_path / "easy-read-panel.png"))


def test_typing_flags_a_long_sentence_and_saving_keeps_it(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    qtbot.keyClicks(panel.text, LONG)
    assert "Sentence 1 has 16 words; Easy Read sentences have at most 15." in panel.checks.text()
    with qtbot.waitSignal(services.events.easy_read_changed):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    point = next(p for p in services.easy_read.points(world.session) if p.ref == world.unwritten)
    assert point.text == LONG
    assert "Written: 4 of 4." in panel.summary.text()


def test_typing_flags_a_sentence_joining_two_ideas(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    qtbot.keyClicks(panel.text, "Rules are slow.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text, "The bus is late because of roadworks.")
    assert panel.checks.text() == (
        "Sentence 2 may hold two ideas (joined by “because”); Easy Read has one idea a sentence."
    )


def test_moving_to_another_point_keeps_what_was_typed(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    qtbot.keyClicks(panel.text, "Rules make it slow.")
    panel.points.setCurrentRow(_row_of(panel, world.bus))
    assert panel.text.toPlainText() == BUS_EN
    assert panel.points.currentItem().data(Qt.ItemDataRole.UserRole) == world.bus
    stored = {p.ref: p.text for p in services.easy_read.points(world.session)}
    assert stored[world.unwritten] == "Rules make it slow."


def test_searching_and_choosing_a_picture(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.action))
    assert panel.picture_note.text() == "No picture chosen: the record shows a tick."
    qtbot.keyClicks(panel.search, "phone")
    names = [panel.pictures.item(r).text() for r in range(panel.pictures.count())]
    assert names[:2] == ["phone call", "mobile"]
    with qtbot.waitSignal(services.events.easy_read_changed):
        panel.pictures.itemClicked.emit(panel.pictures.item(0))
    point = next(p for p in services.easy_read.points(world.session) if p.ref == world.action)
    assert point.symbol == "1F4DE"
    assert panel.picture_note.text() == "Picture: phone call."


def test_own_picture_added_from_a_file_and_a_bad_file_refused(
    qtbot: QtBot, services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    panel = _panel(qtbot, services, world)
    good = tmp_path / "Day centre.png"
    buffer = BytesIO()
    Image.new("RGB", (800, 600), "teal").save(buffer, "PNG")
    good.write_bytes(buffer.getvalue())
    panel.add_own_picture(str(good))
    assert panel.pictures.item(0).text() == "Day centre"
    [own] = services.easy_read.pictures(world.workshop)
    assert (own.width, own.height) == (480, 360)
    bad = tmp_path / "notes.png"
    bad.write_text("not a picture")
    panel.add_own_picture(str(bad))
    assert panel.error.text() == "That file is not a PNG or JPEG picture."
    assert len(services.easy_read.pictures(world.workshop)) == 1


def test_welsh_sentences_are_written_separately(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    panel.language.setCurrentIndex(panel.language.findData("cy"))
    assert panel.text.toPlainText() == ""
    qtbot.keyClicks(panel.text, "Mae rheolau yn araf.")
    panel.save()
    point = next(p for p in services.easy_read.points(world.session) if p.ref == world.unwritten)
    assert (point.text, point.text_cy) == ("", "Mae rheolau yn araf.")


def test_a_new_theme_appears_and_typing_is_kept(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    qtbot.keyClicks(panel.text, "Rules make it slow.")
    column = services.board.columns(world.session)[0]
    note = services.board.add_note(world.session, column.id, "Lifts break", role="carer")
    theme = services.board.group(world.session, "Lifts", [note.id])
    labels = [panel.points.item(r).text() for r in range(panel.points.count())]
    assert "Key message (not written: left out): Lifts" in labels
    assert panel.text.toPlainText() == "Rules make it slow."
    assert panel.points.currentItem().data(Qt.ItemDataRole.UserRole) == world.unwritten
    assert theme.id != world.unwritten.id


def test_export_dialog_writes_the_easy_read_record(
    qtbot: QtBot, services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    dialog = ExportRecordDialog(services, world.session, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.easy_read_button.setChecked(True)
    assert not dialog.sections_group.isEnabled() and not dialog.merge_box.isEnabled()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy+en"))
    dialog.path_edit.setText(str(tmp_path / "easy.pdf"))
    dialog.start_export()
    assert dialog.status.text() == (
        "An Easy Read record is in one language: choose English or Cymraeg."
    )
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("cy"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        dialog.start_export()
    path = Path(blocker.args[0])
    with pdfplumber.open(path) as pdf:
        text = " ".join(page.extract_text() for page in pdf.pages)
        assert min(c["size"] for page in pdf.pages for c in page.chars) >= 16
    assert "Beth ddywedodd pobl wrthym ni" in text
    assert opened == [QUrl.fromLocalFile(str(path))]


def test_leaving_the_box_keeps_what_was_typed(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    panel = _panel(qtbot, services, world)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.points.setCurrentRow(_row_of(panel, world.unwritten))
    panel.text.setFocus()
    qtbot.waitUntil(panel.text.hasFocus)
    qtbot.keyClicks(panel.text, "Rules make it slow.")
    with qtbot.waitSignal(services.events.easy_read_changed):
        panel.search.setFocus()
    stored = {p.ref: p.text for p in services.easy_read.points(world.session)}
    assert stored[world.unwritten] == "Rules make it slow."


def test_in_welsh_the_panel_starts_with_the_welsh_sentences(
    qtbot: QtBot, services: Services, world: EasyReadWorld
) -> None:
    from ui.i18n import Language, Translations

    translations = Translations()
    translations.apply(Language.WELSH)
    try:
        panel = _panel(qtbot, services, world)
        panel.points.setCurrentRow(_row_of(panel, world.bus))
        assert panel.writing_language == "cy"
        assert panel.text.toPlainText() == BUS_CY
        assert panel.language.currentText() == "Cymraeg"
        assert panel.save_button.text() == "C&adw'r brawddegau"
    finally:
        translations.apply(Language.ENGLISH)
        translations.deleteLater()
