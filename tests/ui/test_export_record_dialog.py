"""The export dialog writes a record in a worker thread, reports progress, cancels and opens it."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt, QUrl

from ui.dialogs.export_record import ExportRecordDialog
from workshop.demo import create_demo
from workshop.services import Services


def make_dialog(qtbot, services: Services, opened: list[QUrl]) -> tuple[ExportRecordDialog, int]:  # type: ignore[no-untyped-def]
    ids = create_demo(services)
    session_id = ids.sessions[0][0]
    dialog = ExportRecordDialog(services, session_id, opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, session_id


def test_export_pdf_with_progress_and_open_when_done(
    qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    dialog, _ = make_dialog(qtbot, services, opened)
    dialog.path_edit.setText(str(tmp_path / "record.pdf"))
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.is_running()
        assert not dialog.export_button.isEnabled()
    path = Path(blocker.args[0])
    assert path == tmp_path / "record.pdf"
    assert len(pypdf.PdfReader(path).pages) > 3
    assert values and values[-1] == 100
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert dialog.export_button.isEnabled()


def test_cancel_leaves_no_file(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    dialog, _ = make_dialog(qtbot, services, opened)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.path_edit.setText(str(folder / "record.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    # The export takes far longer than two clicks, so it is always stopped part way.
    assert dialog.status.text() == "Export cancelled; no file was written."
    assert list(folder.iterdir()) == []
    assert opened == []


def test_html_format_and_no_sections_refused(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    dialog, _ = make_dialog(qtbot, services, opened)
    dialog.path_edit.setText(str(tmp_path / "record.pdf"))
    qtbot.mouseClick(dialog.html_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text().endswith("record.html")
    dialog.open_box.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "<!DOCTYPE html>" in (tmp_path / "record.html").read_text(encoding="utf-8")
    assert opened == []
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "at least one" in dialog.status.text()
    assert not dialog.is_running()


def test_a_file_that_cannot_be_written_is_one_sentence(
    qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    dialog, _ = make_dialog(qtbot, services, opened)
    (tmp_path / "record.html").mkdir()  # a folder where the file should go
    dialog.html_button.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "record.html"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert "record.html is a folder; choose a file name." in dialog.status.text()
    assert dialog.export_button.isEnabled()
    assert opened == [] and (tmp_path / "record.html").is_dir()


def test_edition_and_language_choices(qtbot, services: Services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from exports.record_options import Edition, Section

    opened: list[QUrl] = []
    dialog, _ = make_dialog(qtbot, services, opened)
    stay = dialog.section_boxes[Section.STAY_IN_TOUCH]
    # Public by default: no contact details, small groups merged.
    assert dialog.edition() is Edition.PUBLIC
    assert not stay.isEnabled() and not stay.isChecked() and dialog.merge_box.isChecked()
    qtbot.mouseClick(dialog.participants_button, Qt.MouseButton.LeftButton)
    assert stay.isEnabled() and stay.isChecked() and not dialog.merge_box.isChecked()
    assert [dialog.language_box.itemData(i) for i in range(3)] == ["en", "cy", "cy+en"]
    qtbot.mouseClick(dialog.html_button, Qt.MouseButton.LeftButton)
    dialog.path_edit.setText(str(tmp_path / "participants.html"))
    dialog.open_box.setChecked(False)
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    page = (tmp_path / "participants.html").read_text(encoding="utf-8")
    assert "Not for publication" in page and 'id="stay-in-touch"' in page
    qtbot.mouseClick(dialog.public_button, Qt.MouseButton.LeftButton)
    assert not stay.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "public.html"))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    public = (tmp_path / "public.html").read_text(encoding="utf-8")
    assert "Not for publication" not in public and 'id="stay-in-touch"' not in public
    assert "@" not in public.split("<main", 1)[1]
