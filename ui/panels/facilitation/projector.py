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
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import MODE_SHORTCUTS, mode_label
from ui.panels.facilitation.common import button, named, select_data
from workshop.room import Overflow, ProjectorMode, ProjectorState, Room


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
            lambda _i: room.spotlight_column(self.focus_column.currentData())
        )
        form.addRow(self.tr("&Column:"), self.focus_column)
        self.focus_theme = QComboBox()
        named(self.focus_theme, self.tr("Theme to show"), self.tr("Used by Show this theme."))
        self.focus_theme.activated.connect(
            lambda _i: room.spotlight_theme(self.focus_theme.currentData())
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
        self.overflow_combo = QComboBox()
        for overflow, label in (
            (Overflow.AUTO, self.tr("Automatic: whichever shows more notes")),
            (Overflow.THEME_CARDS, self.tr("Theme cards: title, count and top notes")),
            (Overflow.SPOTLIGHT, self.tr("One column at a time")),
        ):
            self.overflow_combo.addItem(label, overflow)
        named(
            self.overflow_combo,
            self.tr("When the board is too big"),
            self.tr("What the projector shows when the notes do not fit on one screen."),
        )
        self.overflow_combo.activated.connect(
            lambda _i: room.set_overflow(self.overflow_combo.currentData())
        )
        form.addRow(self.tr("When the board is too &big:"), self.overflow_combo)
        box.addLayout(form)
        spotlight = QHBoxLayout()
        self.spotlight_pause = button(
            self.tr("Pause"),
            self.tr("Pause or resume one column at a time"),
            self.tr("The projector stays on this column until resumed."),
            lambda: room.set_spotlight_paused(not room.projector.spotlight_paused),
        )
        self.spotlight_back = button(
            self.tr("Previous column"),
            self.tr("Previous column on the projector"),
            "",
            lambda: room.step_spotlight(-1),
        )
        self.spotlight_next = button(
            self.tr("Next column"),
            self.tr("Next column on the projector"),
            "",
            lambda: room.step_spotlight(1),
        )
        self.spotlight_stop = button(
            self.tr("Stop"),
            self.tr("Stop showing one column at a time"),
            self.tr("The projector shows the board as theme cards instead."),
            room.stop_spotlight,
        )
        for control in (
            self.spotlight_pause,
            self.spotlight_back,
            self.spotlight_next,
            self.spotlight_stop,
        ):
            spotlight.addWidget(control)
        box.addLayout(spotlight)
        self.follow_check = QCheckBox(self.tr("Follow my selection on the projector"))
        named(
            self.follow_check,
            self.tr("Follow my selection on the projector"),
            self.tr(
                "Selecting a note, column or theme here puts it on the projector; "
                "Alt+0 goes back to the whole board."
            ),
        )
        self.follow_check.toggled.connect(room.set_follow_selection)
        box.addWidget(self.follow_check)
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
        select_data(self.overflow_combo, state.overflow)
        self.spotlight_pause.setText(
            self.tr("Resume") if state.spotlight_paused else self.tr("Pause")
        )
        if self.follow_check.isChecked() != state.follow_selection:
            self.follow_check.setChecked(state.follow_selection)
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
