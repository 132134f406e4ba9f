"""Photos in the app: processed in the background with Cancel, reviewed note by note by keyboard."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from tests.photos.wall import draw_wall
from ui.dialogs.photo import AddPhotoDialog, PhotoCommands, ReviewQueueDialog
from ui.main_window import MainWindow
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.services import Services
from workshop.vocabulary import PictureKind


def _crop(colour: tuple[int, int, int], word: str) -> bytes:
    image = np.full((120, 120, 3), colour, np.uint8)
    cv2.putText(image, word, (8, 70), cv2.FONT_HERSHEY_DUPLEX, 0.9, (30, 30, 30), 2)
    return cv2.imencode(".jpg", image)[1].tobytes()


def _photo(*words: str) -> ProcessedPhoto:
    notes = tuple(
        FoundNote(_crop((90, 235, 250), word), 120, 120, "#fae95a", word, 0.2 * i, 0.5)
        for i, word in enumerate(words)
    )
    return ProcessedPhoto(_crop((200, 200, 200), "wall"), 120, 120, 0, True, notes)


def test_review_queue_by_keyboard(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    services.photos.add_photo(session, _photo("BUS STOP", "RNG BAK", "????", "STRAY"))
    dialog = ReviewQueueDialog(services, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.picture.pixmap().isNull()  # the picture beside the suggestion
    assert dialog.text.text() == "BUS STOP" and dialog.remaining() == 4
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter accepts the suggestion
    assert dialog.text.text() == "RNG BAK"
    QTest.keyClicks(dialog.text, "Ring back sooner")  # typing replaces it
    dialog.role.setCurrentIndex(dialog.role.findData("carer"))
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    QTest.keyClick(dialog.text, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # picture only
    QTest.keyClick(dialog.text, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # discard
    assert dialog.remaining() == 0 and not dialog.isVisible()
    notes = {n.id: n for n in services.board.notes(session)}
    assert sorted((n.text, n.role, n.pending) for n in notes.values()) == [
        ("", "not_recorded", False),
        ("BUS STOP", "not_recorded", False),
        ("Ring back sooner", "carer", False),
    ]
    assert all(n.picture_id is not None for n in notes.values())
    # The discarded note's picture went with it.
    assert len(services.photos.pictures(session, [PictureKind.NOTE])) == 3


def test_a_photo_arriving_while_the_queue_is_open_joins_its_end(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    services.photos.add_photo(session, _photo("FIRST"))
    dialog = ReviewQueueDialog(services, session)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.text, "First, corrected")
    # A table's phone sends a photo (the same service call the live server makes).
    services.photos.add_photo(session, _photo("FROM A PHONE"))
    assert dialog.remaining() == 2 and dialog.position.text() == "Waiting for review: 2"
    assert dialog.text.text() == "First, corrected"  # what the reviewer is typing is kept
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.text.text() == "FROM A PHONE"


def test_an_empty_text_is_refused_and_the_note_stays(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    services.photos.add_photo(session, _photo(""))
    dialog = ReviewQueueDialog(services, session)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.remaining() == 1 and dialog.message.text()
    assert services.photos.review_queue(session)


def test_notes_waiting_for_review_stay_off_the_board(
    window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    waiting, accepted = services.photos.add_photo(session, _photo("WAITING", "SHOWN")).notes
    services.photos.accept(accepted.id)
    assert accepted.id in window.scene.notes
    assert waiting.id not in window.scene.notes


def test_a_dropped_photo_is_processed_in_the_background_then_reviewed(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    commands = PhotoCommands(window, services)
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(draw_wall(3, width=600, height=450, seed=3).jpeg)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    dialog = commands.dialog
    assert isinstance(dialog, AddPhotoDialog) and dialog.path == photo
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(dialog.added, timeout=120_000) as added:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    timer.stop()
    assert len(added.args[0].notes) == 3
    assert ticks, "the window kept handling events while the photo was read"
    review = commands.review
    assert review is not None and review.remaining() == 3 and review.isVisible()
    review.close()


def test_a_photo_chosen_from_the_file_menu_waits_for_review(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    # After the dropped photo above, so the text models are loaded and this stays quick.
    commands = PhotoCommands(window, services)  # as ui.workspace wires it into the File menu
    session = window.session_id or 0
    photo = tmp_path / "table two.jpg"
    photo.write_bytes(draw_wall(2, width=320, height=240, seed=3).jpeg)
    add = next(a for a in window.file_menu.actions() if a.text() == "Add &photo of paper…")
    assert add.isEnabled()
    add.trigger()
    # The real file dialog, open without blocking: type the file's path and press Enter.
    chooser = next(d for d in window.findChildren(QFileDialog) if d.isVisible())
    assert chooser.windowTitle() == "Add a photo of paper"
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(photo))
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert not chooser.isVisible()
    dialog = commands.dialog
    assert isinstance(dialog, AddPhotoDialog) and dialog.path == photo and dialog.isVisible()
    with qtbot.waitSignal(dialog.added, timeout=120_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    # In the record, waiting for review: not on the board until someone accepts each one.
    waiting = services.photos.review_queue(session)
    assert len(waiting) == 2 and all(n.picture_id is not None for n in waiting)
    assert all(n.id not in window.scene.notes for n in waiting)
    assert [p.kind for p in services.photos.pictures(session)].count(PictureKind.PHOTO.value) == 1
    review = commands.review
    assert review is not None and review.remaining() == 2 and review.isVisible()
    review.close()


def test_cancel_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(draw_wall(3, width=600, height=450, seed=3).jpeg)
    dialog = AddPhotoDialog(services, window.session_id or 0, photo, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=60_000):
        dialog.task.cancel()
    assert "nothing was added" in dialog.message.text()
    assert services.photos.pictures(window.session_id or 0) == []


def test_a_drawing_needs_a_caption_and_is_kept_as_a_picture(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    photo = tmp_path / "flipchart.png"
    photo.write_bytes(cv2.imencode(".png", np.full((300, 400, 3), 240, np.uint8))[1].tobytes())
    dialog = AddPhotoDialog(services, window.session_id or 0, photo, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.drawing_choice.setChecked(True)
    dialog.start()
    assert dialog.task is None and "caption" in dialog.message.text()
    dialog.caption.setText("Table 2's map of the journey")
    with qtbot.waitSignal(dialog.added, timeout=60_000) as added:
        dialog.start()
    assert added.args[0].caption == "Table 2's map of the journey"


def test_accepted_notes_keep_their_picture_on_the_board(
    window: MainWindow, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    session = workshop_with_session["session"]
    with_text, picture_only = services.photos.add_photo(session, _photo("LIFT", "SCRAWL")).notes
    services.photos.accept(with_text.id)
    services.photos.accept(picture_only.id, picture_only=True)
    for note in (with_text, picture_only):
        item = window.scene.notes[note.id]
        assert item.picture is not None and item.picture.width() == 120
    window.view.grab().save(str(tmp_path / "board.png"))
    # Reopening the session reads the pictures back with the board.
    window.scene.load(session)
    assert window.scene.notes[picture_only.id].picture is not None
