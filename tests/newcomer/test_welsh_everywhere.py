"""In Welsh, the whole main window — every panel, menu and the common dialogs — shows no text
that is an English catalogue string left untranslated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.i18n import Language, Translations, translations_dir
from ui.main_window import MainWindow
from ui.workspace import assemble
from workshop.demo import create_demo
from workshop.services import Services


def _english_only() -> set[str]:
    """Catalogue sources whose Welsh differs: seeing one of these in Welsh is a miss."""
    found: set[str] = set()
    root = ET.parse(translations_dir() / "codesign_cy.ts").getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        welsh = message.findtext("translation") or ""
        if "{" in source or "%" in source or len(source) < 3:
            continue  # filled-in or counted texts are checked where they are filled
        if welsh.strip() and welsh != source:
            found.add(source)
            found.add(source.replace("&", ""))
    # A language is named in itself in every language ("English", "Cymraeg"), by design.
    return found - {language.native_name for language in Language}


def _visible_texts(widget: QWidget) -> dict[str, str]:
    """Every text a person can see in widget and its children, with where it was found."""
    texts: dict[str, str] = {}

    def add(text: str, where: QWidget) -> None:
        if text:
            texts[text] = type(where).__name__
            texts[text.replace("&", "")] = type(where).__name__

    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel):
            add(child.text(), child)
        elif isinstance(child, QAbstractButton):
            add(child.text(), child)
            add(child.toolTip(), child)
        elif isinstance(child, QGroupBox):
            add(child.title(), child)
        elif isinstance(child, QLineEdit):
            add(child.placeholderText(), child)
        elif isinstance(child, QComboBox):
            for index in range(child.count()):
                add(child.itemText(index), child)
        elif isinstance(child, QTabBar):
            for index in range(child.count()):
                add(child.tabText(index), child)
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                add(
                    str(model.headerData(column, child.horizontalHeader().orientation()) or ""),
                    child,
                )
        add(child.accessibleName(), child)
    return texts


def _menu_texts(menu: QMenu) -> dict[str, str]:
    texts: dict[str, str] = {}
    for action in menu.actions():
        texts[action.text()] = "menu"
        texts[action.text().replace("&", "")] = "menu"
        if action.menu() is not None:
            texts.update(_menu_texts(action.menu()))
    return texts


def test_nothing_english_is_left_in_welsh(
    qtbot: QtBot, services: Services, translations: Translations, tmp_path: Path
) -> None:
    english = _english_only()
    assert translations.apply(Language.WELSH)
    ids = create_demo(services)
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    workspace = assemble(window, services)
    window.fit_to_screen(QSize(1366, 728))
    window.show()
    window.open_session(ids.sessions[0][0])
    qtbot.waitExposed(window)

    seen: dict[str, str] = {}
    for dock in window.panels.values():
        dock.raise_()
        qtbot.wait(5)
        seen.update(_visible_texts(dock))
        seen[dock.windowTitle()] = "dock title"
    seen.update(_visible_texts(window))
    for action in window.menuBar().actions():
        seen[action.text()] = "menu bar"
        if action.menu() is not None:
            seen.update(_menu_texts(action.menu()))
    # The facilitation panel's tabs, each brought forward.
    facilitation = workspace.facilitation
    for index in range(facilitation.tabs.count()):
        facilitation.tabs.setCurrentIndex(index)
        seen.update(_visible_texts(facilitation.tabs.currentWidget()))

    left = sorted(f"{text!r} ({where})" for text, where in seen.items() if text in english)
    assert not left, left
    workspace.room.close()
    workspace.projector.close()
