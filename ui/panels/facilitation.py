"""The facilitator's panel: agenda, stage, timer, silent writing, dots, results, balance, projector.

Every control works from the keyboard and says what it is to a screen reader; states are said
in words, never by colour alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.labels import role_label, stage_kind_label, timer_state_label
from ui.preferences import PROJECTOR_SCREEN, Preferences
from ui.presentation import (
    MODE_SHORTCUTS,
    PresentationController,
    PresentationWindow,
    ProjectorMode,
    ResultsKind,
    mode_label,
)
from workshop import analysis, rules
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.timer import CountdownDriver, MonotonicClock, TimerState
from workshop.views import BoardSnapshot, SessionView
from workshop.vocabulary import StageKind, Voice

# Focus must be visible on every control, whatever the platform style draws.
FOCUS_STYLE = """
QPushButton:focus, QCheckBox:focus, QComboBox:focus, QSpinBox:focus, QLineEdit:focus,
QListWidget:focus, QTabBar::tab:focus {
    outline: none;
    border: 3px solid #0B57D0;
    border-radius: 4px;
}
"""

# Panel refresh after record changes: after the board has painted them (a frame is ~16 ms).
REFRESH_DELAY_MS = 50


@dataclass
class AgendaRow:
    name: str
    kind: str
    minutes: int


def _named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def _button(text: str, name: str, description: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    _named(button, name, description)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class FacilitationPanel(QWidget):
    """Runs the room: the agenda, the clock, silent writing, dot voting and the projector."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        clock: MonotonicClock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.session_id: int | None = None
        self._session: SessionView | None = None
        self._board: BoardSnapshot | None = None
        self._agenda: list[AgendaRow] = []
        self._agenda_dirty = False
        self._refresh_pending = False
        self._selected_note_ids: list[int] = []
        self.countdown = CountdownDriver(clock=clock, parent=self)
        # The projector is a top-level window of its own; it goes when the panel goes.
        self.presentation = PresentationWindow(services, countdown=self.countdown)
        self.destroyed.connect(self.presentation.deleteLater)
        self.projector = PresentationController(self.presentation, self)
        self.setAccessibleName(self.tr("Facilitation"))
        self.setAccessibleDescription(
            self.tr(
                "Agenda and stage, timer, silent writing, dot voting, results, balance of voice "
                "and the projector."
            )
        )
        self.setStyleSheet(FOCUS_STYLE)
        self._build()
        self._connect_signals()
        self._refresh_now()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.save_pending_agenda)

    # ----- construction --------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(self._build_now_box())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Facilitation sections"))
        self.tabs.addTab(self._scroll(self._build_agenda_tab()), self.tr("&Agenda"))
        self.tabs.addTab(self._scroll(self._build_silent_tab()), self.tr("&Silent writing"))
        self.tabs.addTab(self._scroll(self._build_voting_tab()), self.tr("&Voting"))
        self.tabs.addTab(self._scroll(self._build_results_tab()), self.tr("&Results"))
        self.tabs.addTab(self._scroll(self._build_balance_tab()), self.tr("Ba&lance"))
        self.tabs.addTab(self._scroll(self._build_projector_tab()), self.tr("&Projector"))
        outer.addWidget(self.tabs, 1)

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _build_now_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Now"))
        grid = QGridLayout(box)
        self.stage_label = QLabel()
        self.stage_label.setWordWrap(True)
        _named(self.stage_label, self.tr("Current stage"))
        self.previous_button = _button(
            self.tr("◀ &Previous stage"),
            self.tr("Previous stage"),
            self.tr("Go back one stage of the agenda."),
            self.previous_stage,
        )
        self.next_button = _button(
            self.tr("&Next stage ▶"),
            self.tr("Next stage"),
            self.tr("Move to the next stage of the agenda."),
            self.next_stage,
        )
        grid.addWidget(self.stage_label, 0, 0, 1, 3)
        grid.addWidget(self.previous_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1)

        self.timer_label = QLabel("0:00")
        font = self.timer_label.font()
        # Relative to the user's font, so system font scaling still applies.
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.timer_label.setFont(font)
        _named(self.timer_label, self.tr("Time left"))
        self.timer_state = QLabel()
        _named(self.timer_state, self.tr("Timer status"))
        self.start_button = _button(
            self.tr("&Start"),
            self.tr("Start or pause the timer"),
            self.tr("Starts, pauses or resumes the countdown."),
            self.countdown.toggle,
        )
        self.add_minute_button = _button(
            self.tr("+1 &min"),
            self.tr("Add a minute"),
            self.tr("Adds one minute to the countdown."),
            self.countdown.add_minute,
        )
        self.reset_button = _button(
            self.tr("Rese&t"),
            self.tr("Reset the timer"),
            self.tr("Back to the stage's planned time, stopped."),
            self._reset_timer,
        )
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.timer_state, 1)
        timer_row.addWidget(self.start_button)
        timer_row.addWidget(self.add_minute_button)
        timer_row.addWidget(self.reset_button)
        grid.addLayout(timer_row, 2, 0, 1, 3)

        self.lock_check = QCheckBox(self.tr("&Lock the board"))
        _named(
            self.lock_check,
            self.tr("Lock the board"),
            self.tr("When locked, nobody can add, move or vote until you unlock it."),
        )
        self.lock_check.toggled.connect(self._on_lock_toggled)
        self.present_button = _button(
            self.tr("Present (F5)"),
            self.tr("Present on the projector"),
            self.tr("Shows the projector view full screen on the chosen screen; F5 again stops."),
            self.projector.toggle_presenting,
        )
        grid.addWidget(self.lock_check, 3, 0)
        grid.addWidget(self.present_button, 3, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        _named(self.message, self.tr("Message"))
        grid.addWidget(self.message, 4, 0, 1, 3)
        return box

    def _build_agenda_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.agenda_list = QListWidget()
        _named(
            self.agenda_list,
            self.tr("Agenda"),
            self.tr(
                "The stages of this session with planned minutes. Enter moves the session there."
            ),
        )
        self.agenda_list.currentRowChanged.connect(self._on_agenda_row)
        self.agenda_list.itemActivated.connect(lambda _item: self.go_to_selected_stage())
        box.addWidget(self.agenda_list)
        form = QFormLayout()
        self.stage_name = QLineEdit()
        _named(self.stage_name, self.tr("Stage name"))
        self.stage_name.textEdited.connect(self._on_stage_edited)
        self.stage_kind = QComboBox()
        for kind in StageKind:
            self.stage_kind.addItem(stage_kind_label(kind.value), kind.value)
        _named(self.stage_kind, self.tr("What people can do in this stage"))
        self.stage_kind.activated.connect(lambda _i: self._on_stage_edited())
        self.stage_minutes = QSpinBox()
        self.stage_minutes.setRange(0, 24 * 60)
        self.stage_minutes.setSuffix(self.tr(" min"))
        _named(self.stage_minutes, self.tr("Planned minutes"))
        self.stage_minutes.valueChanged.connect(lambda _v: self._on_stage_edited())
        form.addRow(self.tr("&Name:"), self.stage_name)
        form.addRow(self.tr("&Kind:"), self.stage_kind)
        form.addRow(self.tr("Min&utes:"), self.stage_minutes)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(
            _button(
                self.tr("Add stage"),
                self.tr("Add a stage"),
                self.tr("Adds a stage after the selected one."),
                self._add_stage,
            )
        )
        row.addWidget(
            _button(self.tr("Remove"), self.tr("Remove the selected stage"), "", self._remove_stage)
        )
        row.addWidget(
            _button(
                self.tr("Up"),
                self.tr("Move the selected stage earlier"),
                "",
                lambda: self._move_stage(-1),
            )
        )
        row.addWidget(
            _button(
                self.tr("Down"),
                self.tr("Move the selected stage later"),
                "",
                lambda: self._move_stage(1),
            )
        )
        box.addLayout(row)
        row = QHBoxLayout()
        self.save_agenda_button = _button(
            self.tr("Save agenda"),
            self.tr("Save the agenda"),
            self.tr("Keeps your changes to the stages."),
            self.save_agenda,
        )
        self.go_button = _button(
            self.tr("&Go to this stage"),
            self.tr("Go to the selected stage"),
            self.tr("Moves the session to the selected stage and sets the timer."),
            self.go_to_selected_stage,
        )
        row.addWidget(self.save_agenda_button)
        row.addWidget(self.go_button)
        box.addLayout(row)
        self.agenda_state = QLabel()
        _named(self.agenda_state, self.tr("Agenda status"))
        box.addWidget(self.agenda_state)
        return page

    def _build_silent_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel(
            self.tr("In a silent column, new notes stay off the projector until you reveal them.")
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.silent_grid = QGridLayout()
        box.addLayout(self.silent_grid)
        self.reveal_all_button = _button(
            self.tr("Reveal &all"),
            self.tr("Reveal all hidden notes"),
            self.tr("Shows every quietly written note."),
            self.reveal_all,
        )
        box.addWidget(self.reveal_all_button)
        box.addStretch(1)
        self.silent_checks: dict[int, QCheckBox] = {}
        self.hidden_labels: dict[int, QLabel] = {}
        self.reveal_buttons: dict[int, QPushButton] = {}
        return page

    def _build_voting_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, 50)
        _named(
            self.dots_spin,
            self.tr("Dots per person"),
            self.tr("How many dots each participant can place."),
        )
        self.dots_spin.editingFinished.connect(self._on_dots_changed)
        form.addRow(self.tr("&Dots per person:"), self.dots_spin)
        self.voter_combo = QComboBox()
        _named(
            self.voter_combo,
            self.tr("Voting for"),
            self.tr("The person in the room you are placing dots for."),
        )
        form.addRow(self.tr("Voting &for:"), self.voter_combo)
        box.addLayout(form)
        self.voting_state = QLabel()
        self.voting_state.setWordWrap(True)
        _named(self.voting_state, self.tr("Voting status"))
        box.addWidget(self.voting_state)
        self.vote_notes = QListWidget()
        self.vote_notes.setWordWrap(True)
        self.vote_notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        _named(
            self.vote_notes,
            self.tr("Notes to vote on"),
            self.tr(
                "Choose a note, then press Enter or Add a dot. Selecting a note on the board "
                "selects it here too."
            ),
        )
        self.vote_notes.itemActivated.connect(lambda _item: self.add_dot())
        box.addWidget(self.vote_notes, 1)
        row = QHBoxLayout()
        self.add_dot_button = _button(
            self.tr("Add a &dot"),
            self.tr("Add a dot"),
            self.tr("Places one of this person's dots on the chosen note."),
            self.add_dot,
        )
        self.take_dot_button = _button(
            self.tr("Take a dot &back"),
            self.tr("Take a dot back"),
            self.tr("Removes this person's latest dot from the note."),
            self.take_dot_back,
        )
        row.addWidget(self.add_dot_button)
        row.addWidget(self.take_dot_button)
        box.addLayout(row)
        return page

    def _build_results_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.results_kind = QComboBox()
        self.results_kind.addItem(self.tr("Contributions"), ResultsKind.CONTRIBUTIONS.value)
        self.results_kind.addItem(self.tr("Themes"), ResultsKind.THEMES.value)
        _named(
            self.results_kind,
            self.tr("Rank"),
            self.tr("Rank single contributions or whole themes."),
        )
        self.results_kind.currentIndexChanged.connect(self._on_results_kind)
        row.addWidget(QLabel(self.tr("Rank:")))
        row.addWidget(self.results_kind, 1)
        row.addWidget(
            _button(
                self.tr("Show on projector"),
                self.tr("Show results on the projector"),
                "",
                lambda: self.show_on_projector(ProjectorMode.RESULTS),
            )
        )
        box.addLayout(row)
        lists = QHBoxLayout()
        self.results_lists: dict[Voice | None, QListWidget] = {}
        for voice, title in (
            (None, self.tr("Everyone")),
            (Voice.CITIZEN, self.tr("Citizen voice")),
            (Voice.PROFESSIONAL, self.tr("Professional voice")),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            listing = QListWidget()
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            _named(
                listing,
                self.tr("Results: {who}").format(who=title),
                self.tr("Ranked by dots from {who}.").format(who=title.lower()),
            )
            label.setBuddy(listing)
            column.addWidget(label)
            column.addWidget(listing)
            lists.addLayout(column)
            self.results_lists[voice] = listing
        box.addLayout(lists, 1)
        return page

    def _build_balance_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.balance_bar = QProgressBar()
        self.balance_bar.setRange(0, 100)
        self.balance_bar.setFormat(self.tr("Citizen voice %p%"))
        _named(
            self.balance_bar,
            self.tr("Balance of voice"),
            self.tr(
                "Share of notes and dots from the citizen voice; "
                "the rest is the professional voice."
            ),
        )
        box.addWidget(self.balance_bar)
        self.balance_text = QLabel()
        self.balance_text.setWordWrap(True)
        _named(self.balance_text, self.tr("Balance of voice in words"))
        box.addWidget(self.balance_text)
        form = QFormLayout()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(50, 100)
        self.threshold_spin.setSuffix(" %")
        _named(
            self.threshold_spin,
            self.tr("Prompt me when professionals exceed"),
            self.tr("A gentle prompt appears when the professional share goes above this."),
        )
        self.threshold_spin.editingFinished.connect(self._on_threshold_changed)
        form.addRow(self.tr("Prompt me when professionals &exceed:"), self.threshold_spin)
        box.addLayout(form)
        self.balance_prompt = QLabel()
        self.balance_prompt.setWordWrap(True)
        _named(self.balance_prompt, self.tr("Balance prompt"))
        self.balance_prompt.setStyleSheet(
            "QLabel { border: 2px solid #8a5a00; border-radius: 4px; padding: 6px; }"
        )
        box.addWidget(self.balance_prompt)
        self.balance_on_projector = QCheckBox(self.tr("Show the balance on the &projector"))
        _named(self.balance_on_projector, self.tr("Show the balance on the projector"))
        self.balance_on_projector.toggled.connect(self.presentation.set_show_balance)
        box.addWidget(self.balance_on_projector)
        box.addStretch(1)
        return page

    def _build_projector_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.screen_combo = QComboBox()
        _named(
            self.screen_combo,
            self.tr("Projector screen"),
            self.tr("The screen the projector view goes full screen on."),
        )
        self.screen_combo.currentIndexChanged.connect(self.projector.set_screen_index)
        form.addRow(self.tr("Sc&reen:"), self.screen_combo)
        self.focus_column = QComboBox()
        _named(self.focus_column, self.tr("Column to show"), self.tr("Used by Show this column."))
        self.focus_column.activated.connect(self._on_focus_column)
        form.addRow(self.tr("&Column:"), self.focus_column)
        self.focus_theme = QComboBox()
        _named(self.focus_theme, self.tr("Theme to show"), self.tr("Used by Show this theme."))
        self.focus_theme.activated.connect(self._on_focus_theme)
        form.addRow(self.tr("T&heme:"), self.focus_theme)
        self.text_size = QSpinBox()
        self.text_size.setRange(50, 300)
        self.text_size.setSingleStep(10)
        self.text_size.setValue(100)
        self.text_size.setSuffix(" %")
        _named(self.text_size, self.tr("Projector text size"))
        self.text_size.editingFinished.connect(
            lambda: self.presentation.set_text_scale(self.text_size.value() / 100)
        )
        form.addRow(self.tr("Te&xt size:"), self.text_size)
        box.addLayout(form)
        self.sound_check = QCheckBox(self.tr("Sound when the timer reaches zero"))
        _named(self.sound_check, self.tr("Sound when the timer reaches zero"))
        self.sound_check.toggled.connect(self.presentation.set_sound_enabled)
        box.addWidget(self.sound_check)
        self.view_buttons: dict[ProjectorMode, QPushButton] = {}
        for mode in ProjectorMode:
            shortcut = QKeySequence(MODE_SHORTCUTS[mode]).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            button = _button(
                f"{mode_label(mode)} ({shortcut})",
                mode_label(mode),
                self.tr("Shortcut {keys}.").format(keys=shortcut),
                self._show_slot(mode),
            )
            self.view_buttons[mode] = button
            box.addWidget(button)
        self.projector_state = QLabel()
        _named(self.projector_state, self.tr("Projector status"))
        box.addWidget(self.projector_state)
        box.addStretch(1)
        self._fill_screens()
        return page

    def _show_slot(self, mode: ProjectorMode) -> Callable[[], None]:
        return lambda: self.show_on_projector(mode)

    def _connect_signals(self) -> None:
        events = self._services.events
        for signal in (
            events.session_changed,
            events.note_added,
            events.note_changed,
            events.note_removed,
            events.vote_added,
            events.vote_removed,
            events.column_added,
            events.column_changed,
            events.column_removed,
            events.columns_reordered,
            events.theme_added,
            events.theme_changed,
            events.theme_removed,
            events.participant_added,
            events.participant_changed,
            events.participant_removed,
            events.attendance_changed,
        ):
            signal.connect(self._schedule_refresh)
        self.countdown.changed.connect(self._update_timer)
        self.presentation.presenting_changed.connect(self._on_presenting_changed)
        # Enter on the voting list adds a dot (itemActivated); Delete takes one back.
        self.vote_notes.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.vote_notes
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.take_dot_back()
            return True
        return super().eventFilter(watched, event)

    # ----- public API ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            # Every change is kept as it is made; leaving a session must not drop agenda edits.
            self.save_pending_agenda()
        self.session_id = session_id
        self.presentation.set_session(session_id)
        self._agenda_dirty = False
        self._refresh_now()
        stage = self._session.stage if self._session else None
        if stage is not None:
            self.agenda_list.setCurrentRow(stage.position)
        self.countdown.set_duration(stage.minutes * 60 if stage else 0)

    def on_board_selection_changed(self, note_ids: Iterable[int]) -> None:
        """Follow the board: the chosen note is the one to vote on and its column/theme to show."""
        self._selected_note_ids = list(note_ids)
        if not self._selected_note_ids or self._board is None:
            return
        first = self._selected_note_ids[0]
        note = next((n for n in self._board.notes if n.id == first), None)
        if note is None:
            return
        self.projector.column_id = note.column_id
        self._select_data(self.focus_column, note.column_id)
        if note.theme_id is not None:
            self.projector.theme_id = note.theme_id
            self._select_data(self.focus_theme, note.theme_id)
        for row in range(self.vote_notes.count()):
            item = self.vote_notes.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == first:
                self.vote_notes.setCurrentItem(item)
                break

    def next_stage(self) -> None:
        self._step_stage(1)

    def previous_stage(self) -> None:
        self._step_stage(-1)

    def go_to_selected_stage(self) -> None:
        row = self.agenda_list.currentRow()
        if self.session_id is None or row < 0:
            return
        if self._agenda_dirty:
            self.save_agenda()
        self._set_stage(row)

    def save_pending_agenda(self) -> None:
        """Save agenda edits not yet saved (on leaving the session or quitting)."""
        if self._agenda_dirty and self.session_id is not None:
            self.save_agenda()

    def save_agenda(self) -> None:
        if self.session_id is None:
            return
        specs = [(r.name, r.kind, r.minutes) for r in self._agenda]
        if self._call(self._services.sessions.set_stages, self.session_id, specs):
            self._agenda_dirty = False
            self.agenda_state.setText(self.tr("Saved"))
            self._say(self.tr("Agenda saved."))

    def reveal_column(self, column_id: int) -> None:
        if self.session_id is not None:
            revealed = self._call(self._services.board.reveal, self.session_id, column_id)
            if revealed is not None:
                self._say(self._revealed_text(len(revealed)))

    def _revealed_text(self, count: int) -> str:
        if count == 1:
            return self.tr("Revealed 1 note.")
        return self.tr("Revealed {count} notes.").format(count=count)

    def reveal_all(self) -> None:
        if self.session_id is not None:
            revealed = self._call(self._services.board.reveal, self.session_id)
            if revealed is not None:
                self._say(self._revealed_text(len(revealed)))

    def add_dot(self) -> None:
        voter, note_id = self._voter_and_note()
        if self.session_id is None or voter is None or note_id is None:
            self._say(self.tr("Choose who is voting and a note first."))
            return
        if self._call(self._services.votes.cast, self.session_id, voter, note_id):
            left = self._services.votes.votes_left(self.session_id, voter)
            self._say(self.tr("Dot added; {left} left for this person.").format(left=left))

    def take_dot_back(self) -> None:
        voter, note_id = self._voter_and_note()
        if self.session_id is None or voter is None or note_id is None:
            return
        if self._call(self._services.votes.retract_last, self.session_id, voter, note_id):
            self._say(self.tr("Dot taken back."))

    def show_on_projector(self, mode: ProjectorMode) -> None:
        self.projector.show(mode)
        self.projector_state.setText(self.tr("Projector: {view}.").format(view=mode_label(mode)))

    # ----- reactions -----------------------------------------------------------------------

    def _schedule_refresh(self, *_: object) -> None:
        # Many events arrive together (a reveal, a grouped theme): refresh once after them, and
        # a moment later, so the board paints the change first (the refresh re-reads the board).
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(REFRESH_DELAY_MS, self._refresh_now)

    def _refresh_now(self) -> None:
        self._refresh_pending = False
        self._enable_for_session()
        if self.session_id is None:
            self._session = self._board = None
            self.stage_label.setText(
                self.tr(
                    "No session open. Open one on the left to run its agenda, timer and projector."
                )
            )
            self._update_timer()
            return
        try:
            self._board = self._services.sessions.board(self.session_id)
        except WorkshopError:
            self.set_session(None)
            return
        self._session = self._board.session
        self._refresh_stage()
        self._refresh_agenda()
        self._refresh_silent()
        self._refresh_voting()
        self._refresh_results()
        self._refresh_balance()
        self._refresh_focus_choices()
        self._update_timer()

    def _enable_for_session(self) -> None:
        """Without a session there is nothing to time, lock or project: say so, don't pretend."""
        enabled = self.session_id is not None
        first = self.tr("Open a session first: choose one on the left.")
        for widget in (
            self.tabs,
            self.previous_button,
            self.next_button,
            self.lock_check,
            self.start_button,
            self.add_minute_button,
            self.reset_button,
        ):
            widget.setEnabled(enabled)
            widget.setToolTip("" if enabled else first)
        # A projector already showing keeps its way out (the button and F5 stop it).
        can_present = enabled or self.presentation.presenting
        self.present_button.setEnabled(can_present)
        self.present_button.setToolTip("" if can_present else first)
        self.projector.actions["present"].setEnabled(can_present)

    def _refresh_stage(self) -> None:
        session = self._session
        assert session is not None
        stage = session.stage
        total = len(session.stages)
        if stage is None:
            text = self.tr("No stage set: notes are open, voting is closed.")
        else:
            text = self.tr(
                "Stage {number} of {total}: {name} ({kind}, {minutes} min planned)"
            ).format(
                number=stage.position + 1,
                total=total,
                name=stage.name,
                kind=stage_kind_label(stage.kind),
                minutes=stage.minutes,
            )
        if session.board_locked:
            text += " · " + self.tr("Board locked")
        if session.is_final:
            text += " · " + self.tr("Record final")
        self.stage_label.setText(text)
        position = -1 if stage is None else stage.position
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < total - 1)
        self.lock_check.blockSignals(True)
        self.lock_check.setChecked(session.board_locked)
        self.lock_check.blockSignals(False)
        self.lock_check.setText(
            self.tr("&Lock the board") + (" " + self.tr("(locked)") if session.board_locked else "")
        )

    def _refresh_agenda(self) -> None:
        session = self._session
        assert session is not None
        if not self._agenda_dirty:
            self._agenda = [AgendaRow(s.name, s.kind, s.minutes) for s in session.stages]
        self._fill_agenda_list()
        self.agenda_state.setText(
            self.tr("Unsaved changes") if self._agenda_dirty else self.tr("Saved")
        )

    def _fill_agenda_list(self) -> None:
        current = self.agenda_list.currentRow()
        stage = self._session.stage if self._session else None
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for index, row in enumerate(self._agenda):
            marker = (
                self.tr("▶ now:") + " " if stage is not None and stage.position == index else ""
            )
            kind = stage_kind_label(row.kind)
            minutes = self.tr("{minutes} min").format(minutes=row.minutes)
            item = QListWidgetItem(f"{marker}{index + 1}. {row.name} · {kind} · {minutes}")
            self.agenda_list.addItem(item)
        self.agenda_list.blockSignals(False)
        if self._agenda:
            self.agenda_list.setCurrentRow(min(max(current, 0), len(self._agenda) - 1))
            self._on_agenda_row(self.agenda_list.currentRow())

    def _refresh_silent(self) -> None:
        board = self._board
        assert board is not None
        while self.silent_grid.count():
            item = self.silent_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.silent_checks.clear()
        self.hidden_labels.clear()
        self.reveal_buttons.clear()
        total_hidden = 0
        for row, column in enumerate(board.columns):
            hidden = sum(1 for n in board.notes if n.column_id == column.id and n.hidden)
            total_hidden += hidden
            check = QCheckBox(column.title)
            check.setChecked(column.silent)
            _named(check, self.tr("Silent writing in {column}").format(column=column.title))
            check.toggled.connect(self._silent_slot(column.id))
            label = QLabel(
                self.tr("{count} hidden").format(count=hidden) if hidden else self.tr("none hidden")
            )
            _named(label, self.tr("Hidden notes in {column}").format(column=column.title))
            button = _button(
                self.tr("Reveal"),
                self.tr("Reveal {column}").format(column=column.title),
                self.tr("Shows its hidden notes ({count}).").format(count=hidden),
                self._reveal_slot(column.id),
            )
            button.setEnabled(hidden > 0)
            self.silent_grid.addWidget(check, row, 0)
            self.silent_grid.addWidget(label, row, 1)
            self.silent_grid.addWidget(button, row, 2)
            self.silent_checks[column.id] = check
            self.hidden_labels[column.id] = label
            self.reveal_buttons[column.id] = button
        self.reveal_all_button.setEnabled(total_hidden > 0)
        self.reveal_all_button.setText(
            self.tr("Reveal &all ({count} hidden)").format(count=total_hidden)
        )

    def _silent_slot(self, column_id: int) -> Callable[[bool], None]:
        return lambda on: self._call(self._services.board.set_column_silent, column_id, on)

    def _reveal_slot(self, column_id: int) -> Callable[[], None]:
        return lambda: self.reveal_column(column_id)

    def _refresh_voting(self) -> None:
        board = self._board
        session = self._session
        assert board is not None and session is not None
        if not self.dots_spin.hasFocus():
            self.dots_spin.setValue(session.votes_per_participant)
        used: dict[int, int] = {}
        on_note: dict[int, int] = {}
        for vote in board.votes:
            used[vote.participant_id] = used.get(vote.participant_id, 0) + 1
            on_note[vote.note_id] = on_note.get(vote.note_id, 0) + 1
        chosen = self.voter_combo.currentData()
        self.voter_combo.clear()
        people = [p for p in board.participants if p.id in board.attendee_ids] or list(
            board.participants
        )
        for person in people:
            left = max(0, session.votes_per_participant - used.get(person.id, 0))
            # Inside the app the facilitator sees names; role in words, not colour.
            self.voter_combo.addItem(
                self.tr("{name} ({role}) — {left} dots left").format(
                    name=person.name, role=role_label(person.role), left=left
                ),
                person.id,
            )
        self._select_data(self.voter_combo, chosen)
        chosen_note = self.vote_notes.currentItem()
        chosen_id = chosen_note.data(Qt.ItemDataRole.UserRole) if chosen_note else None
        self.vote_notes.clear()
        columns = {c.id: c.title for c in board.columns}
        for note in board.notes:
            if note.hidden or note.pending:
                continue
            dots = on_note.get(note.id, 0)
            dots_text = (
                self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
            )
            item = QListWidgetItem(f"[{dots_text}] {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setToolTip(columns.get(note.column_id, ""))
            self.vote_notes.addItem(item)
            if note.id == chosen_id:
                self.vote_notes.setCurrentItem(item)
        if session.is_final or session.board_locked:
            state = (
                self.tr("Voting is paused: the board is locked.")
                if session.board_locked
                else self.tr("Voting is closed: the record is final.")
            )
        elif rules.voting_open(session):
            state = self.tr("Voting is open.")
        else:
            state = self.tr("Voting is closed until a Prioritise (vote) stage.")
        self.voting_state.setText(state)
        can_vote = rules.voting_open(session) and not session.board_locked and not session.is_final
        self.add_dot_button.setEnabled(can_vote)
        self.take_dot_button.setEnabled(can_vote)

    def _refresh_results(self) -> None:
        board = self._board
        assert board is not None
        kind = ResultsKind(self.results_kind.currentData())
        tallies: list[analysis.NoteTally] | list[analysis.ThemeTally] = (
            analysis.vote_results(board)
            if kind is ResultsKind.CONTRIBUTIONS
            else analysis.theme_results(board)
        )
        for voice, listing in self.results_lists.items():
            listing.clear()
            ranked = analysis.ranked_by(tallies, voice)
            for rank, tally in enumerate(ranked, start=1):
                text = (
                    tally.note.text if isinstance(tally, analysis.NoteTally) else tally.theme.title
                )
                dots = tally.count(voice)
                dots_text = (
                    self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
                )
                listing.addItem(f"{rank}. {text} — " + dots_text)
            if not ranked:
                listing.addItem(self.tr("No dots yet"))

    def _refresh_balance(self) -> None:
        board = self._board
        session = self._session
        assert board is not None and session is not None
        balance = analysis.voice_balance(board)
        if not self.threshold_spin.hasFocus():
            self.threshold_spin.setValue(session.voice_threshold)
        if balance.total == 0:
            self.balance_bar.setValue(0)
            self.balance_bar.setFormat(self.tr("No contributions yet"))
            self.balance_text.setText(
                self.tr("No notes or dots from citizens or professionals yet.")
            )
            self.balance_prompt.hide()
            return
        professional = round(balance.professional_share * 100)
        citizen = 100 - professional
        self.balance_bar.setFormat(self.tr("Citizen voice %p%"))
        self.balance_bar.setValue(citizen)
        self.balance_text.setText(
            self.tr(
                "Citizen voice {citizen}%: {citizen_notes} notes, {citizen_dots} dots. "
                "Professional voice {professional}%: {professional_notes} notes, "
                "{professional_dots} dots."
            ).format(
                citizen=citizen,
                citizen_notes=balance.citizen_notes,
                citizen_dots=balance.citizen_votes,
                professional=professional,
                professional_notes=balance.professional_notes,
                professional_dots=balance.professional_votes,
            )
        )
        self.balance_bar.setAccessibleDescription(self.balance_text.text())
        if balance.professionals_dominate(session.voice_threshold):
            self.balance_prompt.setText(
                self.tr(
                    "Worth a pause: professionals have made {share}% of the contributions, "
                    "above the {threshold}% you set. You could invite those who have "
                    "not spoken yet, or ask professionals to listen for a round."
                ).format(share=professional, threshold=session.voice_threshold)
            )
            self.balance_prompt.show()
        else:
            self.balance_prompt.hide()

    def _refresh_focus_choices(self) -> None:
        board = self._board
        assert board is not None
        column_id = self.projector.column_id
        self.focus_column.clear()
        for column in board.columns:
            self.focus_column.addItem(column.title, column.id)
        if column_id is None and board.columns:
            self.projector.column_id = board.columns[0].id
        self._select_data(self.focus_column, self.projector.column_id)
        theme_id = self.projector.theme_id
        self.focus_theme.clear()
        for theme in board.themes:
            self.focus_theme.addItem(theme.title, theme.id)
        if (theme_id is None or theme_id not in {t.id for t in board.themes}) and board.themes:
            self.projector.theme_id = board.themes[0].id
        self._select_data(self.focus_theme, self.projector.theme_id)

    def _update_timer(self) -> None:
        state = self.countdown.state
        self.timer_label.setText(self.countdown.text())
        self.timer_state.setText(timer_state_label(state))
        self.timer_label.setAccessibleDescription(
            self.tr("{state}, {time} left").format(
                state=timer_state_label(state), time=self.countdown.text()
            )
        )
        label = {
            TimerState.RUNNING: self.tr("&Pause"),
            TimerState.PAUSED: self.tr("Re&sume"),
        }.get(state, self.tr("&Start"))
        self.start_button.setText(label)
        # At zero the label says so in words and the frame thickens; colour is extra.
        self.timer_label.setStyleSheet(
            "QLabel { border: 3px solid #000; background: #FFD400; color: #000; padding: 2px; }"
            if state is TimerState.FINISHED
            else ""
        )

    def _reset_timer(self) -> None:
        stage = self._session.stage if self._session else None
        if stage is not None:
            self.countdown.set_duration(stage.minutes * 60)
        else:
            self.countdown.reset()

    # ----- helpers -------------------------------------------------------------------------

    def _step_stage(self, step: int) -> None:
        if self._session is None or not self._session.stages:
            return
        stage = self._session.stage
        position = (stage.position + step) if stage is not None else 0
        position = max(0, min(position, len(self._session.stages) - 1))
        self._set_stage(position)

    def _set_stage(self, position: int) -> None:
        assert self.session_id is not None
        session = self._call(self._services.sessions.set_stage, self.session_id, position)
        if session is not None and session.stage is not None:
            # A new activity: the timer shows its planned time, ready to start.
            self.countdown.set_duration(session.stage.minutes * 60)
            self._session = session
            self._refresh_stage()
            self._say(self.tr("Now: {stage}.").format(stage=session.stage.name))

    def _on_agenda_row(self, row: int) -> None:
        if not 0 <= row < len(self._agenda):
            return
        agenda = self._agenda[row]
        for widget in (self.stage_name, self.stage_kind, self.stage_minutes):
            widget.blockSignals(True)
        self.stage_name.setText(agenda.name)
        self._select_data(self.stage_kind, agenda.kind)
        self.stage_minutes.setValue(agenda.minutes)
        for widget in (self.stage_name, self.stage_kind, self.stage_minutes):
            widget.blockSignals(False)

    def _on_stage_edited(self, *_: object) -> None:
        row = self.agenda_list.currentRow()
        if not 0 <= row < len(self._agenda):
            return
        self._agenda[row] = AgendaRow(
            self.stage_name.text(), str(self.stage_kind.currentData()), self.stage_minutes.value()
        )
        self._agenda_dirty = True
        item = self.agenda_list.item(row)
        kind = self.stage_kind.currentText()
        minutes = self.tr("{minutes} min").format(minutes=self.stage_minutes.value())
        item.setText(f"{row + 1}. {self.stage_name.text()} · {kind} · " + minutes)
        self.agenda_state.setText(self.tr("Unsaved changes"))

    def _add_stage(self) -> None:
        row = self.agenda_list.currentRow()
        self._agenda.insert(row + 1, AgendaRow(self.tr("New stage"), StageKind.CAPTURE.value, 10))
        self._agenda_dirty = True
        self._fill_agenda_list()
        self.agenda_list.setCurrentRow(row + 1)
        self.agenda_state.setText(self.tr("Unsaved changes"))
        self.stage_name.setFocus()
        self.stage_name.selectAll()

    def _remove_stage(self) -> None:
        row = self.agenda_list.currentRow()
        if 0 <= row < len(self._agenda):
            del self._agenda[row]
            self._agenda_dirty = True
            self._fill_agenda_list()
            self.agenda_state.setText(self.tr("Unsaved changes"))

    def _move_stage(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        target = row + step
        if 0 <= row < len(self._agenda) and 0 <= target < len(self._agenda):
            self._agenda[row], self._agenda[target] = self._agenda[target], self._agenda[row]
            self._agenda_dirty = True
            self._fill_agenda_list()
            self.agenda_list.setCurrentRow(target)
            self.agenda_state.setText(self.tr("Unsaved changes"))

    def _on_lock_toggled(self, locked: bool) -> None:
        if self.session_id is not None:
            self._call(self._services.sessions.update, self.session_id, board_locked=locked)

    def _on_dots_changed(self) -> None:
        if self.session_id is not None and self._session is not None:
            value = self.dots_spin.value()
            if value != self._session.votes_per_participant:
                self._call(
                    self._services.sessions.update, self.session_id, votes_per_participant=value
                )

    def _on_threshold_changed(self) -> None:
        if self.session_id is not None and self._session is not None:
            value = self.threshold_spin.value()
            if value != self._session.voice_threshold:
                self._call(self._services.sessions.update, self.session_id, voice_threshold=value)

    def _on_results_kind(self, _index: int) -> None:
        kind = ResultsKind(self.results_kind.currentData())
        self.presentation.set_results_kind(kind)
        if self._board is not None:
            self._refresh_results()

    def _on_focus_column(self, _index: int) -> None:
        self.projector.column_id = self.focus_column.currentData()

    def _on_focus_theme(self, _index: int) -> None:
        self.projector.theme_id = self.focus_theme.currentData()

    def _on_presenting_changed(self, presenting: bool) -> None:
        self._enable_for_session()
        self.present_button.setText(
            self.tr("Stop presenting (F5)") if presenting else self.tr("Present (F5)")
        )
        self.projector_state.setText(
            self.tr("Presenting.") if presenting else self.tr("Not presenting.")
        )

    def _fill_screens(self) -> None:
        self.screen_combo.clear()
        screens = self.projector.screens()
        for index, screen in enumerate(screens):
            size = screen.geometry().size()
            self.screen_combo.addItem(
                self.tr("Screen {number}: {name} ({width}×{height})").format(
                    number=index + 1, name=screen.name(), width=size.width(), height=size.height()
                )
            )
        # The screen chosen in Settings, else a second screen: it is almost always the projector.
        chosen = Preferences().get(PROJECTOR_SCREEN)
        names = [screen.name() for screen in screens]
        if chosen in names:
            self.screen_combo.setCurrentIndex(names.index(chosen))
        else:
            self.screen_combo.setCurrentIndex(1 if len(screens) > 1 else 0)

    def _voter_and_note(self) -> tuple[int | None, int | None]:
        voter = self.voter_combo.currentData()
        item = self.vote_notes.currentItem()
        note_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return voter, note_id

    @staticmethod
    def _select_data(combo: QComboBox, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _call(self, method: Callable[..., object], *args: object, **kwargs: object) -> object:
        """Call a service; a refusal is said in the message line, in one sentence."""
        try:
            result = method(*args, **kwargs)
        except WorkshopError as error:
            self._say(refusal_text(error))
            return None
        return result if result is not None else True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
