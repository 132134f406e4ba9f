"""Session › Details…: what the record says about a session, and the quotes chosen for it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.labels import choice_label
from workshop import audience
from workshop.audience import Audience
from workshop.services import Services
from workshop.vocabulary import INVOLVEMENT_LABELS, DesignStage, Involvement

# The levels as the app lists them; the record prints the whole sentence for each.
INVOLVEMENT_NAMES = {
    Involvement.INFORMING: QT_TRANSLATE_NOOP("SessionDetailsDialog", "Informing"),
    Involvement.CONSULTATION: QT_TRANSLATE_NOOP("SessionDetailsDialog", "Consultation"),
    Involvement.ENGAGEMENT: QT_TRANSLATE_NOOP("SessionDetailsDialog", "Engagement"),
    Involvement.CO_DESIGN: QT_TRANSLATE_NOOP("SessionDetailsDialog", "Co-design"),
    Involvement.CO_PRODUCTION: QT_TRANSLATE_NOOP("SessionDetailsDialog", "Co-production"),
}

# Free-text details, in the order the dialog shows them, with their labels.
TEXT_FIELDS = (
    ("purpose", QT_TRANSLATE_NOOP("SessionDetailsDialog", "&Purpose")),
    ("arrangements", QT_TRANSLATE_NOOP("SessionDetailsDialog", "&Access and reimbursement")),
    ("findings_go_to", QT_TRANSLATE_NOOP("SessionDetailsDialog", "Where the &findings go")),
    ("hear_back", QT_TRANSLATE_NOOP("SessionDetailsDialog", "How people will &hear back")),
    ("gaps", QT_TRANSLATE_NOOP("SessionDetailsDialog", "Who was &missing")),
    ("summary", QT_TRANSLATE_NOOP("SessionDetailsDialog", "Written &summary")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionDetailsDialog", text)


class SessionDetailsDialog(QDialog):
    """Edits the details the record prints; OK applies them as one undoable change."""

    def __init__(
        self,
        services: Services,
        editor: BoardEditor,
        session_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._editor = editor
        self._session_id = session_id
        session = services.sessions.get(session_id)
        self._session = session
        self.setWindowTitle(self.tr("Session details"))
        self.resize(640, 560)

        self.venue_edit = QLineEdit(session.venue)
        self.facilitator_box = QComboBox()
        self.facilitator_box.addItem(self.tr("Not recorded"), None)
        for person in services.participants.list(session.workshop_id):
            self.facilitator_box.addItem(person.name, person.id)
        self.facilitator_box.setCurrentIndex(
            max(self.facilitator_box.findData(session.facilitator_id), 0)
        )
        self.stage_box = QComboBox()
        self.stage_box.addItem(self.tr("Not recorded"), None)
        for stage in DesignStage:
            self.stage_box.addItem(choice_label(stage), stage.value)
        self.stage_box.setCurrentIndex(max(self.stage_box.findData(session.design_stage), 0))
        self.level_box = QComboBox()
        self.level_box.addItem(self.tr("Not recorded"), None)
        for level, name in INVOLVEMENT_NAMES.items():
            self.level_box.addItem(_tr(name), level.value)
            self.level_box.setItemData(
                self.level_box.count() - 1, INVOLVEMENT_LABELS[level], Qt.ItemDataRole.ToolTipRole
            )
        self.level_box.setCurrentIndex(max(self.level_box.findData(session.involvement), 0))
        self.set_by_edit = QLineEdit(session.involvement_set_by)
        self.set_by_edit.setPlaceholderText(
            self.tr("Who decided the level, e.g. Jo Evans, facilitator")
        )
        self.contact_edit = QLineEdit(session.contact)
        self.contact_edit.setPlaceholderText(
            self.tr("A team or role and how to reach it (printed in the public record)")
        )
        self.next_date_box = QCheckBox(self.tr("Date set"))
        self.next_date_edit = QDateEdit()
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setDisplayFormat("d MMMM yyyy")
        next_day = session.next_session_date or (session.date or dt.date.today())
        self.next_date_edit.setDate(QDate(next_day.year, next_day.month, next_day.day))
        self.next_date_box.setChecked(session.next_session_date is not None)
        self.next_date_edit.setEnabled(session.next_session_date is not None)
        self.next_date_box.toggled.connect(self.next_date_edit.setEnabled)
        self.text_edits: dict[str, QPlainTextEdit] = {}
        for name, _label in TEXT_FIELDS:
            edit = QPlainTextEdit(str(getattr(session, name)))
            edit.setTabChangesFocus(True)
            self.text_edits[name] = edit

        about = QWidget()
        about_form = QFormLayout(about)
        about_form.addRow(self.tr("&Venue"), self.venue_edit)
        about_form.addRow(self.tr("F&acilitator"), self.facilitator_box)
        about_form.addRow(_tr(TEXT_FIELDS[0][1]), self.text_edits["purpose"])
        about_form.addRow(self.tr("&Design stage"), self.stage_box)
        about_form.addRow(self.tr("&Level of involvement"), self.level_box)
        about_form.addRow(self.tr("Level set &by"), self.set_by_edit)
        about_form.addRow(_tr(TEXT_FIELDS[1][1]), self.text_edits["arrangements"])

        after = QWidget()
        after_form = QFormLayout(after)
        date_row = QHBoxLayout()
        date_row.addWidget(self.next_date_box)
        date_row.addWidget(self.next_date_edit, 1)
        after_form.addRow(self.tr("&Next session"), date_row)
        for name in ("findings_go_to", "hear_back", "gaps"):
            label = dict(TEXT_FIELDS)[name]
            after_form.addRow(_tr(label), self.text_edits[name])
        after_form.addRow(self.tr("&Contact"), self.contact_edit)

        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_label = QLabel(_tr(TEXT_FIELDS[5][1]))
        summary_label.setBuddy(self.text_edits["summary"])
        summary_layout.addWidget(summary_label)
        summary_layout.addWidget(self.text_edits["summary"], 2)
        quotes_label = QLabel(
            self.tr("&Quotes for the summary (only notes in the public record can be chosen)")
        )
        quotes_label.setWordWrap(True)
        self.quote_list = QListWidget()
        quotes_label.setBuddy(self.quote_list)
        board = services.sessions.board(session_id)
        for note in board.notes:
            if not audience.sees(Audience.RECORD, note):
                continue  # consent: what is kept out of the record cannot be quoted in it
            shown = audience.shown_text(Audience.RECORD, note)
            item = QListWidgetItem(" ".join(shown.split()))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if note.quoted else Qt.CheckState.Unchecked)
            self.quote_list.addItem(item)
        self._quoted_before = frozenset(n.id for n in board.notes if n.quoted)
        summary_layout.addWidget(quotes_label)
        summary_layout.addWidget(self.quote_list, 3)

        self.tabs = QTabWidget()
        self.tabs.addTab(about, self.tr("About the session"))
        self.tabs.addTab(after, self.tr("Next steps"))
        self.tabs.addTab(summary, self.tr("Summary and quotes"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if session.is_final:
            self.message.setText(
                self.tr("The record of this session is final; reopen it to change its details.")
            )
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def values(self) -> dict[str, object]:
        """Every detail as the dialog now shows it."""
        qdate = self.next_date_edit.date()
        fields: dict[str, object] = {
            "venue": self.venue_edit.text().strip(),
            "facilitator_id": self.facilitator_box.currentData(),
            "design_stage": self.stage_box.currentData(),
            "involvement": self.level_box.currentData(),
            "involvement_set_by": self.set_by_edit.text().strip(),
            "contact": self.contact_edit.text().strip(),
            "next_session_date": dt.date(qdate.year(), qdate.month(), qdate.day())
            if self.next_date_box.isChecked()
            else None,
        }
        for name, edit in self.text_edits.items():
            fields[name] = edit.toPlainText().strip()
        return fields

    def quoted(self) -> frozenset[int]:
        chosen = set()
        for row in range(self.quote_list.count()):
            item = self.quote_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(chosen)

    def accept(self) -> None:
        after = self.values()
        if after["involvement"] is None:
            after["involvement_set_by"] = ""  # nobody set a level that is not recorded
        before = {name: getattr(self._session, name) for name in after}
        changed = [name for name in after if after[name] != before[name]]
        if "involvement" in changed and "involvement_set_by" not in changed:
            # The service forgets who set a level when the level changes; undo must restore it.
            changed.append("involvement_set_by")
        applied = self._editor.change_session_details(
            self._session_id,
            {name: before[name] for name in changed},
            {name: after[name] for name in changed},
            self._quoted_before,
            self.quoted(),
        )
        if applied:
            super().accept()
        else:
            # The refusal went to the status bar too; say it here, where the person is looking.
            self.message.setText(self.tr("The details were not saved; nothing was changed."))
