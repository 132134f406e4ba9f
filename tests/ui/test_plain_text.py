"""Text from people is shown as text everywhere: no rich-text guessing, nothing loaded for it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.board.items import NoteItem
from ui.main_window import MainWindow
from workshop.services import Services

PAYLOADS = (
    "<b>bold</b>",
    "<font size=7 color=red>shout</font>",
    '<img src="file:///etc/hostname">',
    '<img src="//198.51.100.7/share/x.png">',
    '<a href="http://198.51.100.7/">link</a>',
    "<table><tr><td>cell</td></tr></table>",
    "<style>p { color: red }</style>styled",
)


class ResourceTrap(QTextDocument):
    """A document that records every resource Qt asks it to load (and loads none)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> Any:
        self.asked.append(name.toString())
        return None


def shown_as_qt_would(text: str) -> ResourceTrap:
    """Lay the text out the way an automatic-format tooltip or label would."""
    document = ResourceTrap()
    if QtGui.Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    document.setTextWidth(400)
    document.size()  # layout: this is when images would be fetched
    return document


def test_the_trap_catches_a_resource_load() -> None:
    """The check below can fail: markup laid out as Qt would does ask for the image."""
    assert shown_as_qt_would('<img src="file:///etc/hostname">').asked == ["file:///etc/hostname"]


def _tooltips(root: QWidget) -> list[str]:
    found = [w.toolTip() for w in root.findChildren(QWidget)]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(min(model.rowCount(parent), 500)):
                for column in range(model.columnCount(parent)):
                    index = model.index(row, column, parent)
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        found.append(tip)
                    stack.append(index)
    return [t for t in found if t]


def test_payloads_from_people_are_shown_literally_and_load_nothing(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    workshop_with_session: dict[str, int],
) -> None:
    session_id, workshop_id = workshop_with_session["session"], workshop_with_session["workshop"]
    column = services.board.columns(session_id)[0].id
    for payload in PAYLOADS:
        services.board.add_note(session_id, column, payload, role="carer")
        services.participants.add(workshop_id, payload[:60], "carer", organisation=payload)
    services.sessions.update(session_id, title="<b>Session</b> <img src='file:///etc/hostname'>")
    qtbot.waitUntil(lambda: len(_note_items(window)) == len(PAYLOADS))

    # Tooltips: the board's notes and every widget and list in every window.
    tips = [item.toolTip() for item in _note_items(window)]
    for top in QApplication.topLevelWidgets():
        tips += _tooltips(top)
    shown = " ".join(shown_as_qt_would(tip).toPlainText() for tip in tips)
    for tip in tips:
        assert shown_as_qt_would(tip).asked == [], tip
    for payload in PAYLOADS:
        assert payload in shown, payload

    # Labels: none is left to guess, so none turns a payload into markup.
    for top in QApplication.topLevelWidgets():
        for label in top.findChildren(QLabel):
            if label.isVisible() or label.text():
                assert label.textFormat() != Qt.TextFormat.AutoText, label.text()
                if label.textFormat() == Qt.TextFormat.RichText:
                    for payload in PAYLOADS:
                        assert payload not in label.text(), label.objectName()


def _note_items(window: MainWindow) -> list[NoteItem]:
    return [i for i in window.scene.items() if isinstance(i, NoteItem)]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_label_added_anywhere_shows_a_payload_as_text(qtbot: QtBot, payload: str) -> None:
    label = QLabel(payload)
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == payload


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_a_message_box_shows_a_payload_as_text(qtbot: QtBot, payload: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Note", payload)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    labels = [label for label in box.findChildren(QLabel) if label.text() == payload]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    box.close()
