"""The "you said, we did" step: earlier sessions' open actions, each given a progress update."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.action_fields import EARLIEST, LATEST, person_label, status_label
from ui.i18n import refusal_text
from ui.labels import day_text
from ui.widgets.tone import Tone, set_tone
from workshop.errors import ValidationError, WorkshopError
from workshop.services import Services
from workshop.services.actions import allowed_statuses
from workshop.views import ActionView


class ReviewDialog(QDialog):
    """Updates recorded here belong to this session and are added after earlier ones."""

    update_recorded = Signal(object)  # ActionView

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        session = services.sessions.get(session_id)
        self._session_date = session.date
        self._sessions = {s.id: s for s in services.sessions.list(session.workshop_id)}
        self._people = {p.id: p for p in services.participants.list(session.workshop_id)}
        self._actions: dict[int, ActionView] = {}
        self.setWindowTitle(
            self.tr("You said, we did — review for {session}").format(session=session.title)
        )
        self.resize(860, 520)

        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Actions from earlier sessions"))
        self.action_list.setWordWrap(True)
        self.action_list.setSpacing(3)
        self.action_list.setAlternatingRowColors(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Progress so far"))
        self.history.setWordWrap(True)
        self.history.setSpacing(3)
        self.history.setAlternatingRowColors(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDateRange(EARLIEST, LATEST)
        self.date_edit.setAccessibleName(self.tr("Date of the update"))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("What was done"))
        self.text_edit.setPlaceholderText(
            self.tr("What was done since the last session (we did …)")
        )
        self.text_edit.setFixedHeight(80)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("New status"))
        self.record_button = QPushButton(self.tr("&Record update"))
        self.record_button.clicked.connect(self.record_update)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, Tone.ERROR)
        self.error_label.setVisible(False)
        self.empty_label = QLabel(
            self.tr("No open actions from earlier sessions of this workshop.")
        )

        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&We did"), self.text_edit)
        form.addRow(self.tr("New &status"), self.status_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label, 1)
        buttons.addWidget(self.record_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.details)
        right_layout.addWidget(QLabel(self.tr("Progress so far (oldest first):")))
        right_layout.addWidget(self.history, 1)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("You said (actions from earlier sessions):")))
        left_layout.addWidget(self.action_list, 1)
        left_layout.addWidget(self.empty_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 540])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self.action_list.currentRowChanged.connect(self._show_current)
        self.reload()

    # ----- public --------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_action()
        self._actions = {a.id: a for a in self._services.actions.for_review(self._session_id)}
        self.action_list.clear()
        for action in self._actions.values():
            item = QListWidgetItem(self._item_text(action))
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.action_list.addItem(item)
        self.empty_label.setVisible(not self._actions)
        self.record_button.setEnabled(bool(self._actions))
        self.select_action(current.id if current else None)

    def select_action(self, action_id: int | None) -> None:
        for row in range(self.action_list.count()):
            if self.action_list.item(row).data(Qt.ItemDataRole.UserRole) == action_id:
                self.action_list.setCurrentRow(row)
                return
        self.action_list.setCurrentRow(0 if self.action_list.count() else -1)

    def current_action(self) -> ActionView | None:
        item = self.action_list.currentItem()
        if item is None:
            return None
        return self._actions.get(int(item.data(Qt.ItemDataRole.UserRole)))

    def record_update(self) -> None:
        """Add this session's update to the chosen action; earlier updates stay as they were."""
        action = self.current_action()
        if action is None:
            return
        qdate = self.date_edit.date()
        status = self.status_combo.currentData()
        try:
            view = self._services.actions.add_update(
                action.id,
                self._session_id,
                self.text_edit.toPlainText(),
                date=dt.date(qdate.year(), qdate.month(), qdate.day()),
                status=status,
            )
        except ValidationError as error:
            self._show_error(refusal_text(error), error.field)
            return
        except WorkshopError as error:
            self._show_error(refusal_text(error), "")
            return
        self.error_label.clear()
        self.error_label.setVisible(False)
        self.text_edit.clear()
        self.update_recorded.emit(view)
        self.reload()
        self.select_action(view.id)

    def shown_error(self) -> str:
        return self.error_label.text()

    # ----- helpers -------------------------------------------------------------------------

    def _show_current(self) -> None:
        action = self.current_action()
        self.history.clear()
        self.status_combo.clear()
        if action is None:
            self.details.clear()
            return
        session = self._sessions.get(action.session_id)
        owner = (
            person_label(self._people.get(action.owner_id))
            if action.owner_id
            else self.tr("nobody")
        )
        due = day_text(action.due) if action.due else self.tr("no due date")
        agreed = (
            self.tr("jointly agreed")
            if action.jointly_agreed
            else self.tr("⚠ not jointly agreed in the record")
        )
        where = html.escape(session.title) if session else self.tr("an earlier session")
        self.details.setText(
            f"<b>{html.escape(action.title)}</b><br>"
            + self.tr("From {session} · owner {owner} · due {due} · {status} · {agreed}").format(
                session=where,
                owner=html.escape(owner),
                due=due,
                status=status_label(action.status),
                agreed=agreed,
            )
        )
        for update in action.updates:
            where = self._sessions.get(update.session_id) if update.session_id else None
            change = f" → {status_label(update.status)}" if update.status else ""
            place = where.title if where else self.tr("no session")
            label = f"{day_text(update.date)} ({place}){change}"
            self.history.addItem(f"{label}\n{update.text}")
        if not action.updates:
            self.history.addItem(self.tr("No progress recorded yet."))
        self.status_combo.addItem(self.tr("No change"), None)
        for status in allowed_statuses(action.status)[1:]:
            self.status_combo.addItem(status_label(status.value), status.value)
        default = self._session_date or self._services.clock().date()
        self.date_edit.setDate(QDate(default.year, default.month, default.day))

    def _item_text(self, action: ActionView) -> str:
        reviewed = any(u.session_id == self._session_id for u in action.updates)
        mark = (
            self.tr("✔ updated in this session")
            if reviewed
            else self.tr("⏳ waiting for an update")
        )
        return f"{action.title}\n{status_label(action.status)} · {mark}"

    def _show_error(self, message: str, field: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        target = {"date": self.date_edit, "status": self.status_combo}.get(field, self.text_edit)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
