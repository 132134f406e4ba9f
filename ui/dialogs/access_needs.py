"""One person's access needs register: each need with when and by whom it was asked, and notes.

Special-category data: shown only here and in the organisers' access plan. Every change is
committed as it is made (adding or removing a need; the notes when the box loses focus or the
dialog closes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.involvement_labels import detail_hint, need_label
from ui.labels import day_text
from workshop.access import AccessNeedKind, AccessNeedView
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ParticipantView


class AccessNeedsDialog(QDialog):
    """Add, review and remove a person's access needs; asked, never assumed."""

    def __init__(
        self, services: Services, person: ParticipantView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self._needs: list[AccessNeedView] = []
        self.setWindowTitle(self.tr("Access needs: {name}").format(name=person.name))
        self.resize(640, 520)
        warning = QLabel(
            self.tr(
                "Special-category information, for the organisers only: it never appears in a "
                "record, a board image or a shared file. Ask people; never assume."
            )
        )
        warning.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Need"), self.tr("Detail"), self.tr("Asked on"), self.tr("Asked by")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Access needs"))
        self.remove_button = QPushButton(self.tr("Remove need"))
        self.remove_button.setEnabled(False)

        self.kind_combo = QComboBox()
        for kind in AccessNeedKind:
            self.kind_combo.addItem(need_label(kind.value), kind.value)
        self.detail_edit = QLineEdit()
        self.asked_on_edit = QDateEdit()
        self.asked_on_edit.setCalendarPopup(True)
        self.asked_on_edit.setDisplayFormat("d MMMM yyyy")
        today = services.clock().date()
        self.asked_on_edit.setDate(QDate(today.year, today.month, today.day))
        self.asked_by_edit = QLineEdit()
        self.asked_by_edit.setPlaceholderText(self.tr("Who asked them, e.g. your name"))
        self.add_button = QPushButton(self.tr("Add need"))
        form = QFormLayout()
        form.addRow(self.tr("&Need"), self.kind_combo)
        form.addRow(self.tr("&Detail"), self.detail_edit)
        form.addRow(self.tr("Asked &on"), self.asked_on_edit)
        form.addRow(self.tr("Asked &by"), self.asked_by_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(72)
        self.notes_edit.setPlaceholderText(self.tr("Anything else about their access needs"))
        self.notes_edit.installEventFilter(self)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addLayout(add_row)
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes_edit)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._show_hint)
        self.add_button.clicked.connect(self.add_need)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectedItems()))
        )
        self.finished.connect(lambda _code: self.save_notes())
        self._show_hint()
        self._reload()
        self.notes_edit.setPlainText(services.access.register(person.id).notes)

    def _show_hint(self) -> None:
        self.detail_edit.setPlaceholderText(detail_hint(self.kind_combo.currentData()))

    def _reload(self) -> None:
        self._needs = list(self._services.access.register(self._person.id).needs)
        self.table.setRowCount(len(self._needs))
        for row, need in enumerate(self._needs):
            cells = (
                need_label(need.kind),
                need.detail,
                day_text(need.asked_on, "%d/%m/%Y"),
                need.asked_by,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)

    def add_need(self) -> AccessNeedView | None:
        qdate = self.asked_on_edit.date()
        try:
            need = self._services.access.add_need(
                self._person.id,
                self.kind_combo.currentData(),
                detail=self.detail_edit.text(),
                asked_on=dt.date(qdate.year(), qdate.month(), qdate.day()),
                asked_by=self.asked_by_edit.text(),
            )
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return None
        self.detail_edit.clear()
        self.status.setText(self.tr("Saved."))
        self._reload()
        return need

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        for row in rows:
            self._services.access.remove_need(self._needs[row].id)
        self._reload()

    def save_notes(self) -> None:
        text = self.notes_edit.toPlainText()
        try:
            if text != self._services.access.register(self._person.id).notes:
                self._services.access.set_notes(self._person.id, text)
        except WorkshopError as error:
            self.status.setText(refusal_text(error))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)
