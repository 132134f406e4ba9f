"""The Projector tab: which screen, which lane or theme, text size, sound and what to show.

It drives the projector only through the Room; the projector window listens to the Room.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import MODE_SHORTCUTS, mode_label
from ui.panels.facilitation.common import button, named, select_data
from workshop.room import ProjectorMode, ProjectorState, Room


class ProjectorTab(QWidget):
    """Everything about the room's screen, set from the laptop."""

    def __init__(
        self, room: Room, preferred_screen: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._columns: tuple[object, ...] = ()
        self._themes: tuple[object, ...] = ()
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.screen_combo = QComboBox()
        named(
            self.screen_combo,
            self.tr("Projector screen"),
            self.tr("The screen the projector view goes full screen on."),
        )
        form.addRow(self.tr("Sc&reen:"), self.screen_combo)
        self.focus_column = QComboBox()
        named(self.focus_column, self.tr("Column to show"), self.tr("Used by Show this column."))
        self.focus_column.activated.connect(
            lambda _i: room.focus_column(self.focus_column.currentData())
        )
        form.addRow(self.tr("&Column:"), self.focus_column)
        self.focus_theme = QComboBox()
        named(self.focus_theme, self.tr("Theme to show"), self.tr("Used by Show this theme."))
        self.focus_theme.activated.connect(
            lambda _i: room.focus_theme(self.focus_theme.currentData())
        )
        form.addRow(self.tr("T&heme:"), self.focus_theme)
        self.text_size = QSpinBox()
        self.text_size.setRange(50, 300)
        self.text_size.setSingleStep(10)
        self.text_size.setValue(100)
        self.text_size.setSuffix(" %")
        named(self.text_size, self.tr("Projector text size"))
        self.text_size.editingFinished.connect(
            lambda: room.set_text_scale(self.text_size.value() / 100)
        )
        form.addRow(self.tr("Te&xt size:"), self.text_size)
        box.addLayout(form)
        self.sound_check = QCheckBox(self.tr("Sound when the timer reaches zero"))
        named(self.sound_check, self.tr("Sound when the timer reaches zero"))
        self.sound_check.toggled.connect(room.set_sound)
        box.addWidget(self.sound_check)
        self.view_buttons: dict[ProjectorMode, QPushButton] = {}
        for mode in ProjectorMode:
            shortcut = QKeySequence(MODE_SHORTCUTS[mode]).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            view = button(
                f"{mode_label(mode)} ({shortcut})",
                mode_label(mode),
                self.tr("Shortcut {keys}.").format(keys=shortcut),
                self._show_slot(mode),
            )
            self.view_buttons[mode] = view
            box.addWidget(view)
        self.projector_state = QLabel()
        named(self.projector_state, self.tr("Projector status"))
        box.addWidget(self.projector_state)
        box.addStretch(1)
        self._fill_screens(preferred_screen)
        self.screen_combo.currentIndexChanged.connect(self._on_screen_chosen)
        self._on_screen_chosen(self.screen_combo.currentIndex())
        room.projector_changed.connect(self._on_projector_changed)
        self._on_projector_changed(room.projector)

    def refresh(self) -> None:
        """The lanes and themes to choose from, after the board's columns or themes changed."""
        board = self._room.board
        if board is None:
            return
        state = self._room.projector
        if board.columns != self._columns:
            self._columns = board.columns
            self.focus_column.clear()
            for column in board.columns:
                self.focus_column.addItem(column.title, column.id)
        select_data(self.focus_column, state.column_id)
        if board.themes != self._themes:
            self._themes = board.themes
            self.focus_theme.clear()
            for theme in board.themes:
                self.focus_theme.addItem(theme.title, theme.id)
        if state.theme_id not in {t.id for t in board.themes} and board.themes:
            self._room.focus_theme(board.themes[0].id)
        select_data(self.focus_theme, self._room.projector.theme_id)

    def _show_slot(self, mode: ProjectorMode) -> Callable[[], None]:
        return lambda: self._room.show_on_projector(mode)

    def _on_projector_changed(self, state: ProjectorState) -> None:
        select_data(self.focus_column, state.column_id)
        select_data(self.focus_theme, state.theme_id)
        if state.presenting:
            self.projector_state.setText(
                self.tr("Presenting.")
                + " "
                + self.tr("Projector: {view}.").format(view=mode_label(state.mode))
            )
        else:
            self.projector_state.setText(self.tr("Not presenting."))

    def _fill_screens(self, preferred: str) -> None:
        screens = QGuiApplication.screens()
        for index, screen in enumerate(screens):
            size = screen.geometry().size()
            self.screen_combo.addItem(
                self.tr("Screen {number}: {name} ({width}×{height})").format(
                    number=index + 1, name=screen.name(), width=size.width(), height=size.height()
                ),
                screen.name(),
            )
        # The screen chosen in Settings, else a second screen: it is almost always the projector.
        names = [screen.name() for screen in screens]
        if preferred in names:
            self.screen_combo.setCurrentIndex(names.index(preferred))
        else:
            self.screen_combo.setCurrentIndex(1 if len(screens) > 1 else 0)

    def _on_screen_chosen(self, _index: int) -> None:
        name = self.screen_combo.currentData()
        self._room.set_projector_screen(name if isinstance(name, str) else "")
