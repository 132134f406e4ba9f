"""Keys that drive the projector from anywhere: F5 presents, Alt+1…5 pick a view, Alt+0 board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QWidget,
)

from ui.labels import (
    MODE_LABELS,
    MODE_SHORTCUTS,
    PRESENT_SHORTCUT,
    WHOLE_BOARD_SHORTCUT,
)
from ui.projector.window import PresentationWindow
from workshop.room import ProjectorMode, ProjectorState, Room


class PresentationController(QObject):
    """Keys that drive the projector from anywhere in the app, and its window's presenting.

    F5 presents (or stops), Esc on the projector stops, Alt+1…5 choose what the room sees
    (Ctrl+1…9 belong to the capture bar). Each asks the Room; the window follows the Room.
    """

    def __init__(self, room: Room, window: PresentationWindow, host: QWidget) -> None:
        super().__init__(host)
        self.room = room
        self.window = window
        self.actions: dict[str, QAction] = {}
        present = QAction(
            QCoreApplication.translate("Presentation", "Present on the projector"), host
        )
        present.setShortcut(QKeySequence(PRESENT_SHORTCUT))
        present.setCheckable(True)
        present.triggered.connect(lambda _checked: room.toggle_presenting())
        self.actions["present"] = present
        whole = QAction(QCoreApplication.translate("Presentation", "Back to the whole board"), host)
        whole.setShortcut(QKeySequence(WHOLE_BOARD_SHORTCUT))
        whole.triggered.connect(lambda _checked=False: room.show_whole_board())
        self.actions["whole_board"] = whole
        for mode in ProjectorMode:
            action = QAction(MODE_LABELS[mode], host)
            action.setShortcut(QKeySequence(MODE_SHORTCUTS[mode]))
            action.triggered.connect(self._mode_slot(mode))
            self.actions[mode.value] = action
        for action in self.actions.values():
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            host.addAction(action)
            window.addAction(action)
        room.projector_changed.connect(self._on_projector_changed)
        room.session_opened.connect(lambda _id: self._update_present_action())
        self._on_projector_changed(room.projector)

    def _mode_slot(self, mode: ProjectorMode) -> Callable[[], None]:
        return lambda: self.room.show_on_projector(mode)

    def _on_projector_changed(self, state: ProjectorState) -> None:
        if state.presenting and not self.window.presenting:
            # Without a session there is nothing to present: no blank screen with only a clock.
            if self.room.session_id is None:
                self.room.set_presenting(False)
                return
            screens = {screen.name(): screen for screen in QGuiApplication.screens()}
            self.window.present_on(screens.get(state.screen_name))
        elif not state.presenting and self.window.presenting:
            self.window.stop_presenting()
        self._update_present_action()

    def _update_present_action(self) -> None:
        present = self.actions["present"]
        present.setChecked(self.room.projector.presenting)
        # A projector already showing keeps its way out.
        present.setEnabled(self.room.session_id is not None or self.room.projector.presenting)
