"""The actions panel: the session's actions (or the workshop's log), filters, editing, review."""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.action_fields import person_label, status_label
from ui.dialogs.action_editor import ActionEditor
from ui.dialogs.review import ReviewDialog
from ui.i18n import refusal_text
from ui.labels import day_text
from ui.panels.action_table import (
    ACTION_ROLE,
    ActionDelegate,
    ActionFilterProxy,
    ActionTableModel,
    Column,
    Unassigned,
)
from ui.widgets.empty_state import EmptyState
from ui.widgets.tone import Tone, set_tone
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ActionView, ParticipantView, SessionView
from workshop.vocabulary import ActionStatus

_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("ActionsPanel", "Action"),
    "owner": QT_TRANSLATE_NOOP("ActionsPanel", "Owner"),
    "owner_id": QT_TRANSLATE_NOOP("ActionsPanel", "Owner"),
    "co_lead": QT_TRANSLATE_NOOP("ActionsPanel", "Co-lead"),
    "co_lead_id": QT_TRANSLATE_NOOP("ActionsPanel", "Co-lead"),
    "due": QT_TRANSLATE_NOOP("ActionsPanel", "Due"),
    "status": QT_TRANSLATE_NOOP("ActionsPanel", "Status"),
    "dropped_reason": QT_TRANSLATE_NOOP("ActionsPanel", "Status"),
}

# Rows of the actions table kept in view when an action's details open below it.
TABLE_ROWS_KEPT = 3


class PanelMode(enum.Enum):
    SESSION = "session"  # this session's actions, editable in place
    LOG = "log"  # every action of the workshop with its history, read-only


class ActionsPanel(QWidget):
    """Listens to services.events itself; the main window only calls set_session and wires the
    board: board.note_selection_changed → set_selected_notes, source_notes_requested →
    board.highlight_notes."""

    source_notes_requested = Signal(list)  # note ids of the selected action (empty: none)
    review_available = Signal(int)  # how many earlier actions await review in this session

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session: SessionView | None = None
        self._session_ids: set[int] = set()
        self._selected_notes: list[int] = []
        self._mode = PanelMode.SESSION
        self.editor: ActionEditor | None = None
        self.review: ReviewDialog | None = None

        self.table = ActionTableModel(services, parent=self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.table)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(ActionDelegate(self.table, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(120)
        self.view.setAccessibleName(self.tr("Actions"))

        self._build_controls()
        self._connect_signals()
        self._apply_mode()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every fixed text in the current language (again after a language switch)."""
        self.view.setAccessibleName(self.tr("Actions"))
        self.mode_combo.setItemText(0, self.tr("This session's actions"))
        self.mode_combo.setItemText(1, self.tr("Workshop action log (every session)"))
        self.mode_combo.setAccessibleName(self.tr("Show"))
        self.mode_combo.setToolTip(
            self.tr("This session's actions, or every action of the workshop with its history")
        )
        self.new_button.setText(self.tr("&New action…"))
        self.new_button.setToolTip(self.tr("Write down an action the group agreed"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected action, who agreed it, or why"))
        self.review_button.setText(self.tr("&Review earlier actions…"))
        self.review_button.setToolTip(
            self.tr("Record what was done since earlier sessions: you said, we did")
        )
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        for index, status in enumerate(ActionStatus, start=1):
            self.status_filter.setItemText(index, status_label(status.value))
        self.owner_filter.setAccessibleName(self.tr("Filter by owner"))
        self.owner_filter.setItemText(0, self.tr("Anyone"))
        if self.owner_filter.count() > 1:
            self.owner_filter.setItemText(1, self.tr("Nobody yet"))
        self.overdue_filter.setText(self.tr("Overdue only"))
        self.overdue_filter.setToolTip(self.tr("Only actions past their due date and not done"))
        self.status_caption.setText(self.tr("Status:"))
        self.owner_caption.setText(self.tr("Owner:"))
        self.banner_button.setText(self.tr("Review now"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.error_label.setAccessibleName(self.tr("Why the change was not saved"))
        self._update_banner()
        self._update_buttons()
        self._update_count()
        self._show_details(self.selected_action())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- public API ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        """Follow a session (None: nothing open); announces earlier actions awaiting review."""
        self.clear_error()
        self._session = self._services.sessions.get(session_id) if session_id else None
        self._apply_mode()
        self.reload()
        count = self._update_banner()
        if count:
            self.review_available.emit(count)

    def _update_banner(self) -> int:
        count = self.pending_review_count()
        self.review_banner.setVisible(count > 0)
        self.review_banner_label.setText(
            self.tr("1 action from earlier sessions is waiting for a “you said, we did” update.")
            if count == 1
            else self.tr(
                "{count} actions from earlier sessions are waiting for a “you said, we did” update."
            ).format(count=count)
        )
        return count

    def set_selected_notes(self, note_ids: Iterable[int]) -> None:
        """The board's selection: enables 'New action from selected notes'."""
        self._selected_notes = list(dict.fromkeys(note_ids))
        self._update_buttons()

    def set_mode(self, mode: PanelMode) -> None:
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))

    @property
    def mode(self) -> PanelMode:
        return self._mode

    def reload(self) -> None:
        session = self._session
        if session is None:
            self._session_ids = set()
            self.table.reset([], [], {})
        else:
            sessions = self._services.sessions.list(session.workshop_id)
            self._session_ids = {s.id for s in sessions}
            actions = (
                self._services.actions.for_workshop(session.workshop_id)
                if self._mode is PanelMode.LOG
                else self._services.actions.for_session(session.id)
            )
            people = self._services.participants.list(session.workshop_id)
            self.table.reset(actions, people, {s.id: s for s in sessions})
            self._fill_owner_filter(people)
        self._update_count()
        self._show_details(None)
        self._update_buttons()
        self._size_columns()

    def _size_columns(self) -> None:
        """Fit columns to their contents, capped so every column stays in a docked panel."""
        self.view.resizeColumnsToContents()
        for column in Column:
            cap = 300 if column is Column.TITLE else 180
            if self.view.columnWidth(column) > cap:
                self.view.setColumnWidth(column, cap)

    def selected_action(self) -> ActionView | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        action = rows[0].data(ACTION_ROLE)
        return action if isinstance(action, ActionView) else None

    def select_action(self, action_id: int) -> bool:
        row = self.table.row_of(action_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.table.index(row, Column.TITLE))
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        return True

    def pending_review_count(self) -> int:
        """Earlier actions still open that have no update from this session yet."""
        if self._session is None:
            return 0
        session_id = self._session.id
        return sum(
            1
            for action in self._services.actions.open_from_earlier(session_id)
            if not any(update.session_id == session_id for update in action.updates)
        )

    def error_text(self) -> str:
        return self.error_label.text() if self.error_frame.isVisible() else ""

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_frame.setVisible(False)

    # ----- actions on the panel ------------------------------------------------------------

    def new_action(self) -> ActionEditor | None:
        return self._open_editor(None, source_note_ids=())

    def new_action_from_selected_notes(self) -> ActionEditor | None:
        return self._open_editor(None, source_note_ids=self._selected_notes)

    def new_action_from_theme(self, title: str, note_ids: Iterable[int]) -> ActionEditor | None:
        """A new action linked to every note of a theme, titled after it to start with."""
        editor = self._open_editor(None, source_note_ids=note_ids)
        if editor is not None and not editor.title_edit.text():
            editor.title_edit.setText(title)
        return editor

    def edit_selected(self, status: str | None = None) -> ActionEditor | None:
        action = self.selected_action()
        if action is None:
            return None
        return self._open_editor(action, status=status)

    def delete_selected(self) -> None:
        action = self.selected_action()
        if action is None:
            return
        try:
            self._services.actions.delete(action.id)
        except WorkshopError as error:
            self._show_error("", refusal_text(error))

    def open_review(self) -> ReviewDialog | None:
        if self._session is None:
            return None
        self.review = ReviewDialog(self._services, self._session.id, self)
        self.review.finished.connect(lambda _result: self.set_session(self._session_id()))
        self.review.open()
        return self.review

    # ----- building ------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.mode_combo = QComboBox()
        self.mode_combo.addItem("", PanelMode.SESSION)
        self.mode_combo.addItem("", PanelMode.LOG)
        self.new_button = QPushButton()
        self.from_notes_button = QPushButton()
        self.edit_button = QPushButton()
        self.review_button = QPushButton()

        self.status_filter = QComboBox()
        self.status_filter.addItem("", None)
        for status in ActionStatus:
            self.status_filter.addItem("", status.value)
        self.owner_filter = QComboBox()
        self.owner_filter.addItem("", None)
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.overdue_filter = QCheckBox()
        self.status_caption = QLabel()
        self.owner_caption = QLabel()
        self.count_label = QLabel()

        self.review_banner = QFrame()
        self.review_banner.setObjectName("reviewBanner")
        set_tone(self.review_banner, Tone.INFO)
        self.review_banner_label = QLabel()
        self.review_banner_label.setWordWrap(True)
        self.banner_button = QPushButton()
        self.banner_button.clicked.connect(self.open_review)
        banner_layout = QHBoxLayout(self.review_banner)
        banner_layout.addWidget(self.review_banner_label, 1)
        banner_layout.addWidget(self.banner_button)
        self.review_banner.setVisible(False)

        self.error_frame = QFrame()
        self.error_frame.setObjectName("actionsError")
        set_tone(self.error_frame, Tone.ERROR)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.dismiss_button = QToolButton()
        self.dismiss_button.clicked.connect(self.clear_error)
        error_layout = QHBoxLayout(self.error_frame)
        error_layout.addWidget(self.error_label, 1)
        error_layout.addWidget(self.dismiss_button)
        self.error_frame.setVisible(False)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.mode_combo)
        top.addStretch(1)
        for button in (self.new_button, self.from_notes_button, self.edit_button):
            top.addWidget(button)
        top.addWidget(self.review_button)
        filters = QHBoxLayout()
        filters.addWidget(self.status_caption)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.owner_caption)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.empty_state = EmptyState()
        self.table_area = QWidget()
        table_layout = QVBoxLayout(self.table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.view, 1)
        table_layout.addWidget(self.empty_state, 1)
        # The details scroll inside their pane, so the pane can be as small as one line and
        # the table keeps the room: one hint line when nothing is chosen, more when something is.
        self.details_area = QScrollArea()
        self.details_area.setWidgetResizable(True)
        self.details_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.details_area.setWidget(self.details)
        self.details_area.setAccessibleName(self.tr("Details of the chosen action"))
        self.details.setContentsMargins(2, 2, 2, 2)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table_area)
        splitter.addWidget(self.details_area)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.details_area.setMinimumHeight(self._details_line_height())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.review_banner)
        layout.addLayout(filters)
        layout.addWidget(self.error_frame)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        events = self._services.events
        events.action_added.connect(self._on_action_changed)
        events.action_changed.connect(self._on_action_changed)
        events.action_removed.connect(self._on_action_removed)
        events.participant_added.connect(self._on_person_changed)
        events.participant_changed.connect(self._on_person_changed)
        events.participant_removed.connect(self._on_person_removed)
        events.session_changed.connect(self._on_session_changed)
        self.table.edit_refused.connect(self._show_error)
        self.table.edit_saved.connect(lambda _id: self.clear_error())
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status_filter(self.status_filter.currentData())
        )
        self.owner_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_owner_filter(self.owner_filter.currentData())
        )
        self.overdue_filter.toggled.connect(self.proxy.set_overdue_only)
        self.new_button.clicked.connect(self.new_action)
        self.from_notes_button.clicked.connect(self.new_action_from_selected_notes)
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.review_button.clicked.connect(self.open_review)
        self.view.doubleClicked.connect(self._on_double_clicked)

    # ----- reacting ------------------------------------------------------------------------

    def _on_action_changed(self, action: ActionView) -> None:
        if self._belongs_here(action):
            self.table.upsert(action)
            current = self.selected_action()
            if current is not None and current.id == action.id:
                self._show_details(action)
        self._update_count()

    def _on_action_removed(self, action_id: int) -> None:
        self.table.remove(action_id)
        self._update_count()

    def _on_person_changed(self, person: ParticipantView) -> None:
        if self._session is not None and person.workshop_id == self._session.workshop_id:
            self.table.update_person(person)
            self._fill_owner_filter(self.table.people)

    def _on_person_removed(self, person_id: int) -> None:
        if person_id in {person.id for person in self.table.people}:
            self.table.remove_person(person_id)
            self._fill_owner_filter(self.table.people)

    def _on_session_changed(self, session: SessionView) -> None:
        if self._session is not None and session.id == self._session.id:
            self._session = session
            self._apply_mode()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        action = self.selected_action()
        self._show_details(action)
        self._update_buttons()
        self.source_notes_requested.emit(list(action.source_note_ids) if action else [])

    def _on_mode_changed(self) -> None:
        self._mode = self.mode_combo.currentData()
        self._apply_mode()
        self.reload()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        # Non-editable cells (agreement, sources) open the full editor instead.
        if not (self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable) and self._editable():
            self.edit_selected()

    # ----- helpers -------------------------------------------------------------------------

    def _session_id(self) -> int | None:
        return self._session.id if self._session else None

    def _editable(self) -> bool:
        return (
            self._mode is PanelMode.SESSION
            and self._session is not None
            and not self._session.is_final
        )

    def _belongs_here(self, action: ActionView) -> bool:
        if self._session is None:
            return False
        if self._mode is PanelMode.LOG:
            return action.session_id in self._session_ids
        return action.session_id == self._session.id

    def _apply_mode(self) -> None:
        log = self._mode is PanelMode.LOG
        self.view.setColumnHidden(Column.SESSION, not log)
        self.table.set_read_only(not self._editable())
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = self._editable()
        count = len(self._selected_notes)
        self.new_button.setEnabled(editable)
        self.from_notes_button.setEnabled(editable and count > 0)
        if count == 0:
            self.from_notes_button.setText(self.tr("New from selected notes"))
        elif count == 1:
            self.from_notes_button.setText(self.tr("New from 1 selected note"))
        else:
            self.from_notes_button.setText(
                self.tr("New from {count} selected notes").format(count=count)
            )
        self.from_notes_button.setToolTip(
            self.tr("Select notes or a theme on the board first.")
            if not count
            else self.tr("A new action linked to the notes it came from")
        )
        self.edit_button.setEnabled(editable and self.selected_action() is not None)
        self.review_button.setEnabled(self._session is not None)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.table.rowCount()
        overdue = sum(1 for a in self.table.actions() if self.table.is_overdue(a))
        missing = sum(1 for a in self.table.actions() if not a.jointly_agreed)
        parts = [self.tr("Showing {shown} of {total}").format(shown=shown, total=total)]
        if overdue:
            parts.append(self.tr("⚠ {count} overdue").format(count=overdue))
        if missing:
            parts.append(self.tr("{count} not jointly agreed").format(count=missing))
        self.count_label.setText(" · ".join(parts))
        self._update_empty_state(total)

    def _update_empty_state(self, total: int) -> None:
        """Say what to do next when there is no action to show."""
        if self._session is None:
            self.empty_state.set_text(
                self.tr("No session open"),
                self.tr("Choose a session on the left to see and agree its actions."),
            )
        elif self._mode is PanelMode.LOG:
            self.empty_state.set_text(
                self.tr("No actions in this workshop yet"),
                self.tr("Actions agreed in any session of the workshop are listed here."),
            )
        else:
            self.empty_state.set_text(
                self.tr("No actions yet"),
                self.tr(
                    "When the group agrees what will happen, select the notes it came from "
                    "on the board and choose New from selected notes, or New action…."
                ),
            )
        empty = self._session is None or total == 0
        self.empty_state.setVisible(empty)
        self.view.setVisible(not empty)
        self.details.setVisible(not empty)

    def _fill_owner_filter(self, people: Iterable[ParticipantView]) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Anyone"), None)
        self.owner_filter.addItem(self.tr("Nobody yet"), Unassigned.NOBODY)
        for person in people:
            self.owner_filter.addItem(person_label(person), person.id)
        index = self.owner_filter.findData(current)
        self.owner_filter.setCurrentIndex(max(index, 0))
        self.owner_filter.blockSignals(False)
        self.proxy.set_owner_filter(self.owner_filter.currentData())

    def _show_error(self, field: str, message: str) -> None:
        where = _FIELD_NAMES.get(field)
        text = (
            self.tr("Not saved — {field}: {message}").format(field=self.tr(where), message=message)
            if where
            else self.tr("Not saved: {message}").format(message=message)
        )
        self.error_label.setText(text)
        self.error_frame.setVisible(True)
        if field == "dropped_reason" and self._editable():
            # Dropping needs a reason: open the editor at that field rather than lose the intent.
            self.edit_selected(status="dropped")

    def _open_editor(
        self,
        action: ActionView | None,
        *,
        source_note_ids: Iterable[int] = (),
        status: str | None = None,
    ) -> ActionEditor | None:
        if self._session is None or not self._editable():
            return None
        self.editor = ActionEditor(
            self._services,
            self._session.id,
            action,
            source_note_ids=list(source_note_ids),
            status=status,
            parent=self,
        )
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.open()
        return self.editor

    def _on_editor_saved(self, action: ActionView) -> None:
        self.clear_error()
        self.select_action(action.id)

    def _details_line_height(self) -> int:
        return self.details.fontMetrics().height() + 8

    def _fit_details(self, wanted: int) -> None:
        """Give the details pane `wanted` pixels, keeping the header and three rows of the table."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        rows = self.view.verticalHeader().defaultSectionSize() * TABLE_ROWS_KEPT
        table = self.view.horizontalHeader().height() + rows + 2 * self.view.frameWidth()
        height = max(self._details_line_height(), min(wanted, total - table))
        self.splitter.setSizes([total - height, height])

    def _show_details(self, action: ActionView | None) -> None:
        if action is None:
            self.details.setText(
                "<i>"
                + self.tr("Select an action to see where it came from and its progress.")
                + "</i>"
            )
            self._fit_details(0)
            return
        parts = [f"<b>{html.escape(action.title)}</b>"]
        if action.description:
            parts.append(html.escape(action.description).replace("\n", "<br>"))
        sources = len(action.source_note_ids)
        if sources == 0:
            parts.append(self.tr("Not linked to any note."))
        elif sources == 1:
            parts.append(self.tr("Came from 1 note on the board."))
        else:
            parts.append(self.tr("Came from {count} notes on the board.").format(count=sources))
        if action.status is ActionStatus.DROPPED and action.dropped_reason:
            parts.append(
                self.tr("Dropped because: {reason}").format(
                    reason=html.escape(action.dropped_reason)
                )
            )
        if not action.jointly_agreed:
            parts.append(
                self.tr(
                    "⚠ <b>Not jointly agreed</b>: the record needs a person with lived "
                    "experience, a carer or a community member, and a professional, among "
                    "those who agreed."
                )
            )
        if action.updates:
            lines = []
            for update in action.updates:
                change = f" → {status_label(update.status)}" if update.status else ""
                lines.append(f"{day_text(update.date)}{change}: {html.escape(update.text)}")
            parts.append("<b>" + self.tr("Progress") + "</b><br>" + "<br>".join(lines))
        else:
            parts.append(self.tr("No progress recorded yet."))
        self.details.setText("<br>".join(parts))
        width = self.details_area.viewport().width()
        self._fit_details(self.details.heightForWidth(width) + 4 if width > 0 else 0)
