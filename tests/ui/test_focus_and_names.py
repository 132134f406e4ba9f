"""Keyboard and screen-reader users at a 1366x768 laptop: every Tab stop is on screen and named,
and the order follows the screen: sidebar, board, capture bar, panels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow


def _tab_stops(window: MainWindow) -> list[QWidget]:
    """Widgets Tab can land on: focusable by Tab, shown, holding focus themselves."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(window)
        and widget.focusProxy() is None
        and not widget.objectName().startswith("qt_")  # Qt's own parts of a compound widget
    ]


def _dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def _shown(window: MainWindow, size: QSize, qtbot: QtBot) -> None:
    window.fit_to_screen(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)


def test_every_tab_stop_has_an_accessible_name(qtbot: QtBot, workspace) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    _shown(window, QSize(1366, 728), qtbot)
    # Bring every panel forward in turn, so hidden tabs are walked too.
    unnamed: list[str] = []
    for dock in window.panels.values():
        dock.raise_()
        qtbot.wait(5)
        for widget in _tab_stops(window):
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            if not name.strip():
                parent = widget.parentWidget()
                unnamed.append(f"{type(widget).__name__} in {type(parent).__name__}")
    assert not sorted(set(unnamed)), sorted(set(unnamed))


def test_tab_follows_the_screen_and_skips_panels_behind_tabs(qtbot: QtBot, workspace) -> None:
    built, _ids = workspace
    window: MainWindow = built.window
    _shown(window, QSize(1366, 728), qtbot)
    window.activateWindow()
    window.sidebar.tree.setFocus() if hasattr(window.sidebar, "tree") else window.sidebar.setFocus()
    qtbot.wait(5)
    visited: list[QWidget] = []
    for _ in range(45):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    # Nothing behind a tab, nothing off screen, takes focus.
    for widget in visited:
        dock = _dock_of(widget)
        assert dock is None or not dock.visibleRegion().isEmpty(), (type(widget), dock)
        assert widget.isVisible()

    def first(predicate) -> int:
        return next(i for i, w in enumerate(visited) if predicate(w))

    board = first(lambda w: w is window.view)
    capture = first(lambda w: window.capture_bar.isAncestorOf(w))
    panels = first(lambda w: _dock_of(w) is not None)
    assert 0 < board < capture < panels, (board, capture, panels)
    # The board is reached, and a note on it can take focus with a visible ring.
    assert any(w is window.view for w in visited)
