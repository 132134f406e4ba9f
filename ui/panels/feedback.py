"""Feedback panel: how many answered, what they said, the questions, and typing in cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language, current_language, refusal_text
from ui.panels.reach import ReachBox
from ui.widgets.scrolling import scrolling
from ui.widgets.tone import Tone, set_tone
from workshop.errors import WorkshopError
from workshop.feedback import (
    MAX_QUESTIONS,
    MONITORING_QUESTIONS,
    Question,
    QuestionKind,
)
from workshop.services import Services
from workshop.views import FeedbackResults


def _language() -> str:
    return "cy" if current_language() is Language.WELSH else "en"


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class CardDialog(QDialog):
    """Type in one printed feedback card; checked by the same rules as a phone's answers."""

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self._questions = services.feedback.questions(session_id)
        self.setWindowTitle(self.tr("Type in a feedback card"))
        language = _language()
        layout = QVBoxLayout(self)
        inner = QWidget()
        form = QFormLayout(inner)
        self.choices: dict[str, QComboBox] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        for question in self._questions:
            label = _plain_label(question.text(language))
            if question.kind is QuestionKind.TEXT:
                edit = QPlainTextEdit()
                edit.setAccessibleName(question.text(language))
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(70)
                self.texts[question.id] = edit
                form.addRow(label, edit)
                continue
            box = self._combo(question.text(language))
            for option in question.options:
                box.addItem(option.label(language), option.value)
            self.choices[question.id] = box
            form.addRow(label, box)
        monitoring = QGroupBox(self.tr("About the person (only if they answered)"))
        monitoring_form = QFormLayout(monitoring)
        self.monitoring: dict[str, QComboBox] = {}
        for asked in MONITORING_QUESTIONS:
            box = self._combo(asked.text(language))
            for option in asked.options:
                box.addItem(option.label(language), option.value)
            self.monitoring[asked.id] = box
            monitoring_form.addRow(_plain_label(asked.text(language)), box)
        form.addRow(monitoring)
        layout.addWidget(scrolling(inner))
        self.error = _plain_label()
        set_tone(self.error, Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(self.tr("No answer"), None)
        return box

    def answers(self) -> tuple[dict[str, str], dict[str, str]]:
        answers = {key: box.currentData() for key, box in self.choices.items() if box.currentData()}
        for key, edit in self.texts.items():
            if edit.toPlainText().strip():
                answers[key] = edit.toPlainText()
        monitoring = {
            key: box.currentData() for key, box in self.monitoring.items() if box.currentData()
        }
        return answers, monitoring

    def save(self) -> None:
        answers, monitoring = self.answers()
        try:
            self._services.feedback.submit(self._session_id, answers, monitoring)
        except WorkshopError as error:
            # The dialog stays open with everything typed, so nothing is lost.
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self.accept()


class QuestionsDialog(QDialog):
    """Edit the session's 3 to 6 feedback questions, in English and Welsh."""

    COLUMNS = 3  # kind, English, Welsh

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self.setWindowTitle(self.tr("Feedback questions"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self.tr(
                    "Ask 3 to 6 short questions. Scale questions are answered from “Not at all” "
                    "to “Yes, completely”; the ladder asks how involved people felt."
                )
            )
        )
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("English"), self.tr("Welsh")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self._ids: list[str] = []
        for question in services.feedback.questions(session_id):
            self._add_row(question)
        row_buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add question"))
        self.add_button.clicked.connect(lambda: self._add_row(Question("", QuestionKind.SCALE, "")))
        self.remove_button = QPushButton(self.tr("&Remove question"))
        self.remove_button.clicked.connect(self._remove_row)
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.error = _plain_label()
        set_tone(self.error, Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 380)

    def _kind_box(self, kind: QuestionKind) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(self.tr("Kind of question"))
        box.addItem(self.tr("Scale (5 points)"), QuestionKind.SCALE.value)
        box.addItem(self.tr("Ladder of involvement"), QuestionKind.LADDER.value)
        box.addItem(self.tr("Words (free text)"), QuestionKind.TEXT.value)
        box.setCurrentIndex(box.findData(kind.value))
        return box

    def _add_row(self, question: Question) -> None:
        if self.table.rowCount() >= MAX_QUESTIONS:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(question.id)
        self.table.setCellWidget(row, 0, self._kind_box(question.kind))
        self.table.setItem(row, 1, QTableWidgetItem(question.en))
        self.table.setItem(row, 2, QTableWidgetItem(question.cy))

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def questions(self) -> list[Question]:
        found = []
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 0)
            assert isinstance(box, QComboBox)
            english = self.table.item(row, 1)
            welsh = self.table.item(row, 2)
            found.append(
                Question(
                    self._ids[row],
                    QuestionKind(box.currentData()),
                    english.text() if english else "",
                    welsh.text() if welsh else "",
                )
            )
        return found

    def save(self) -> None:
        try:
            self._services.feedback.set_questions(self._session_id, self.questions())
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self.accept()


class FeedbackPanel(QWidget):
    """The facilitator's view of feedback for the open session (inside the app: full counts)."""

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        layout = QVBoxLayout(self)
        self.summary = _plain_label()
        layout.addWidget(self.summary)
        self.message = _plain_label()
        self.message.hide()
        layout.addWidget(self.message)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.details)
        scroll.setAccessibleName(self.tr("Feedback results"))
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.card_button = QPushButton()
        self.card_button.clicked.connect(self.type_in_card)
        self.questions_button = QPushButton()
        self.questions_button.clicked.connect(self.edit_questions)
        self.print_button = QPushButton()
        print_menu = QMenu(self.print_button)
        self.print_english = print_menu.addAction("")
        self.print_english.triggered.connect(lambda: self.save_card("en"))
        self.print_welsh = print_menu.addAction("")
        self.print_welsh.triggered.connect(lambda: self.save_card("cy"))
        self.print_button.setMenu(print_menu)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.questions_button)
        layout.addLayout(buttons)
        self.reach = ReachBox(services, undo_stack if undo_stack is not None else QUndoStack(self))
        layout.addWidget(self.reach)
        services.events.feedback_changed.connect(self._on_feedback_changed)
        services.events.record_replaced.connect(self.refresh)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.card_button.setText(self.tr("Type in a &card…"))
        self.card_button.setToolTip(
            self.tr("Enter the answers from a printed feedback card, for people without phones")
        )
        self.print_button.setText(self.tr("&Print cards"))
        self.print_button.setToolTip(
            self.tr("Save the feedback card as a PDF to print, for people without phones")
        )
        self.print_english.setText(self.tr("Card in English…"))
        self.print_welsh.setText(self.tr("Card in Welsh…"))
        self.questions_button.setText(self.tr("&Questions…"))
        self.questions_button.setToolTip(self.tr("Edit the feedback questions for this session"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_session(self, session_id: int | None) -> None:
        self._session_id = session_id
        workshop_id = None
        if session_id is not None:
            try:
                workshop_id = self._services.sessions.get(session_id).workshop_id
            except WorkshopError:  # the session was deleted under us
                workshop_id = None
        self.reach.set_workshop(workshop_id)
        self.refresh()

    def _on_feedback_changed(self, session_id: int) -> None:
        if session_id == self._session_id:
            self.refresh()

    def refresh(self) -> None:
        has_session = self._session_id is not None
        self.card_button.setEnabled(has_session)
        self.print_button.setEnabled(has_session)
        self.questions_button.setEnabled(has_session)
        if self._session_id is None:
            self.summary.setText(self.tr("Open a session to see its feedback."))
            self.details.setText("")
            return
        try:
            results = self._services.feedback.results(self._session_id)
        except WorkshopError:  # the session was deleted under us
            self.summary.setText("")
            self.details.setText("")
            return
        self.summary.setText(
            self.tr("People who gave feedback: %1 (on printed cards: %2)")
            .replace("%1", str(results.respondents))
            .replace("%2", str(results.from_cards))
        )
        self.details.setText(self._details(results))

    def _details(self, results: FeedbackResults) -> str:
        language = _language()
        lines: list[str] = []
        for question in results.questions:
            lines.append(question.text(language))
            if question.kind is QuestionKind.TEXT:
                for comment in results.comments.get(question.id, ()):
                    lines.append(f"  • {comment}")
            else:
                tally = results.tallies.get(question.id, {})
                for option in question.options:
                    lines.append(f"  {tally.get(option.value, 0):>3}  {option.label(language)}")
            lines.append("")
        return "\n".join(lines)

    def type_in_card(self) -> None:
        if self._session_id is not None:
            CardDialog(self._services, self._session_id, self).open()

    def save_card(self, language: str, path: Path | None = None) -> Path | None:
        """Save the printable feedback card (asks where, unless given a path)."""
        from exports.feedback_card_pdf import write_feedback_card

        if self._session_id is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the feedback card"),
                f"feedback-card-{language}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            session = self._services.sessions.get(self._session_id)
            questions = self._services.feedback.questions(self._session_id)
            write_feedback_card(
                session.title,
                session.date,
                questions,
                path,
                language,
                protect=self._services.database.files,
            )
        except WorkshopError as error:
            self._say(refusal_text(error), Tone.ERROR)
            return None
        self._say(
            self.tr(
                "Saved the feedback card to %1. Print it double-sided: one sheet a person."
            ).replace("%1", path.name),
            Tone.DONE,
        )
        return path

    def _say(self, text: str, tone: Tone) -> None:
        set_tone(self.message, tone)
        self.message.setText(text)
        self.message.show()

    def edit_questions(self) -> None:
        if self._session_id is not None:
            QuestionsDialog(self._services, self._session_id, self).open()


__all__ = ["CardDialog", "FeedbackPanel", "QuestionsDialog"]
