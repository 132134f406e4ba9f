"""Who a workshop heard from, against the organiser's reach targets, which are set here.

Each change to the targets is an undo command whose redo() and undo() call the feedback
service, so it is committed the moment it is made and undone like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.board.commands import ServiceCommand
from ui.i18n import Language, current_language, refusal_text
from ui.widgets.tone import Tone, set_tone
from workshop.errors import WorkshopError
from workshop.feedback import MONITORING_BY_ID, MONITORING_QUESTIONS
from workshop.reach import ReachLine, Target, reach
from workshop.services import Services


def short_question(question_id: str) -> str:
    """A monitoring question in a word or two (the full wording is long for a table)."""
    names = {
        "age": QCoreApplication.translate("ReachBox", "Age"),
        "disability": QCoreApplication.translate("ReachBox", "Disability or long-term condition"),
        "ethnic_group": QCoreApplication.translate("ReachBox", "Ethnic group"),
        "sex": QCoreApplication.translate("ReachBox", "Sex"),
        "gender_identity": QCoreApplication.translate(
            "ReachBox", "Gender same as sex registered at birth"
        ),
        "carer": QCoreApplication.translate("ReachBox", "Carer"),
        "welsh_speaker": QCoreApplication.translate("ReachBox", "Welsh speaker"),
    }
    return names.get(question_id, question_id)


def _language() -> str:
    return "cy" if current_language() is Language.WELSH else "en"


def _answer_label(target: Target) -> str:
    asked = MONITORING_BY_ID[target.question_id]
    option = next(o for o in asked.options if o.value == target.option)
    return option.label(_language())


class SetReachTargetsCommand(ServiceCommand):
    """Replace a workshop's reach targets; undo puts the previous ones back."""

    def __init__(
        self,
        services: Services,
        report: Callable[[WorkshopError], None],
        workshop_id: int,
        before: tuple[Target, ...],
        after: tuple[Target, ...],
        text: str,
    ) -> None:
        super().__init__(services, report, text)
        self.workshop_id = workshop_id
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.services.feedback.set_reach_targets(self.workshop_id, self.after)

    def revert(self) -> None:
        self.services.feedback.set_reach_targets(self.workshop_id, self.before)


class ReachBox(QGroupBox):
    """The targets of the open session's workshop, how far each is met, and controls to set them."""

    COLUMNS = 4  # question, answer, target, now

    def __init__(
        self, services: Services, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._undo_stack = undo_stack
        self._workshop_id: int | None = None
        self._targets: tuple[Target, ...] = ()
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)
        self.table.itemSelectionChanged.connect(self._on_row_chosen)
        layout.addWidget(self.table)
        choose = QHBoxLayout()
        self.question = QComboBox()
        self.question.currentIndexChanged.connect(self._fill_answers)
        self.answer = QComboBox()
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setValue(30)
        self.percent.setSuffix("%")
        choose.addWidget(self.question, 2)
        choose.addWidget(self.answer, 2)
        choose.addWidget(self.percent)
        layout.addLayout(choose)
        buttons = QHBoxLayout()
        self.set_button = QPushButton()
        self.set_button.clicked.connect(self.set_target)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_target)
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        services.events.reach_targets_changed.connect(self._on_targets_changed)
        services.events.feedback_changed.connect(lambda _session_id: self.refresh())
        services.events.record_replaced.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Who we heard from: targets for the whole workshop"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Answer"), self.tr("Target"), self.tr("So far")]
        )
        self.question.setAccessibleName(self.tr("Monitoring question of the target"))
        self.answer.setAccessibleName(self.tr("Answer the target counts"))
        self.percent.setAccessibleName(self.tr("Least share of answers wanted"))
        self.set_button.setText(self.tr("&Set target"))
        self.set_button.setToolTip(
            self.tr("Aim for at least this share of answers, e.g. at least 30% carers")
        )
        self.remove_button.setText(self.tr("Remove tar&get"))
        chosen = self.question.currentData()
        self.question.blockSignals(True)
        self.question.clear()
        for asked in MONITORING_QUESTIONS:
            self.question.addItem(short_question(asked.id), asked.id)
        self.question.setCurrentIndex(max(0, self.question.findData(chosen)))
        self.question.blockSignals(False)
        self._fill_answers()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _fill_answers(self) -> None:
        asked = MONITORING_BY_ID.get(self.question.currentData())
        chosen = self.answer.currentData()
        self.answer.clear()
        if asked is None:
            return
        for option in asked.options:
            self.answer.addItem(option.label(_language()), option.value)
        self.answer.setCurrentIndex(max(0, self.answer.findData(chosen)))

    def set_workshop(self, workshop_id: int | None) -> None:
        self._workshop_id = workshop_id
        self.error.hide()
        self.refresh()

    def _on_targets_changed(self, workshop_id: int) -> None:
        if workshop_id == self._workshop_id:
            self.refresh()

    def refresh(self) -> None:
        enabled = self._workshop_id is not None
        for control in (self.question, self.answer, self.percent, self.set_button):
            control.setEnabled(enabled)
        self.table.setRowCount(0)
        if self._workshop_id is None:
            self._targets = ()
            self.summary.setText(self.tr("Open a session to see and set its workshop's targets."))
            self.remove_button.setEnabled(False)
            return
        try:
            self._targets = self._services.feedback.reach_targets(self._workshop_id)
            sessions = self._services.sessions.list(self._workshop_id)
            results = self._services.feedback.results_for([s.id for s in sessions])
        except WorkshopError:  # the workshop was deleted under us
            self._targets = ()
            self.summary.setText("")
            return
        lines = {(line.question_id, line.option): line for line in reach(results, self._targets)}
        self.summary.setText(
            self.tr(
                "Equality monitoring answers added up over this workshop's sessions (%1 so far), "
                "against the share of answers you aim for. Fewer than 5 answers show no numbers."
            ).replace("%1", str(len(sessions)))
            if self._targets
            else self.tr(
                "No targets yet. Choose a question, an answer and the least share you aim for."
            )
        )
        for row, target in enumerate(self._targets):
            line = lines[(target.question_id, target.option)]
            self.table.insertRow(row)
            cells = (
                short_question(target.question_id),
                _answer_label(target),
                self.tr("at least %1%").replace("%1", str(target.percent)),
                self._progress(line),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(2)
        self.table.resizeColumnToContents(3)
        self.remove_button.setEnabled(bool(self.table.selectedItems()))

    def _progress(self, line: ReachLine) -> str:
        if line.percent is None:
            return self.tr("fewer than 5 answered")
        if line.met:
            shown = self.tr("%1% (met)").replace("%1", str(line.percent))
        else:
            shown = self.tr("%1% (not yet)").replace("%1", str(line.percent))
        if line.left_out:
            # Added in, they could be worked out from the other sessions' records.
            shown += " " + self.tr("without sessions under 5 answers")
        return shown

    def _on_row_chosen(self) -> None:
        row = self.table.currentRow()
        chosen = bool(self.table.selectedItems()) and 0 <= row < len(self._targets)
        self.remove_button.setEnabled(chosen)
        if chosen:
            target = self._targets[row]
            self.question.setCurrentIndex(self.question.findData(target.question_id))
            self.answer.setCurrentIndex(self.answer.findData(target.option))
            self.percent.setValue(target.percent)

    def report(self, error: WorkshopError) -> None:
        self.error.setText(refusal_text(error))
        self.error.show()

    def _push(self, after: tuple[Target, ...], text: str) -> None:
        if self._workshop_id is None or after == self._targets:
            return
        self.error.hide()
        self._undo_stack.push(
            SetReachTargetsCommand(
                self._services, self.report, self._workshop_id, self._targets, after, text
            )
        )

    def set_target(self) -> None:
        question_id, option = self.question.currentData(), self.answer.currentData()
        if question_id is None or option is None:
            return
        kept = tuple(t for t in self._targets if (t.question_id, t.option) != (question_id, option))
        self._push(
            (*kept, Target(question_id, option, self.percent.value())),
            self.tr("Set a reach target"),
        )

    def remove_target(self) -> None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self._targets):
            return
        gone = self._targets[row]
        self._push(tuple(t for t in self._targets if t != gone), self.tr("Remove a reach target"))


__all__ = ["ReachBox", "SetReachTargetsCommand", "short_question"]
