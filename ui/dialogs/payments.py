"""Payments and expenses of one session: who is owed what, approval, receipts, and the CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.involvement_labels import method_label, money, status_label
from ui.labels import day_text
from workshop.errors import WorkshopError
from workshop.files import write_output
from workshop.payments import MAX_MINUTES, MAX_PENCE, PaymentMethod, PaymentStatus, PaymentView
from workshop.services import Services


def _pounds_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setPrefix("£")
    box.setDecimals(2)
    box.setMaximum(MAX_PENCE / 100)
    box.setSingleStep(1.0)
    return box


def _minutes_box() -> QSpinBox:
    box = QSpinBox()
    box.setMaximum(MAX_MINUTES)
    box.setSingleStep(15)
    box.setSuffix(" min")
    return box


def _pence(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


class PaymentsDialog(QDialog):
    """One row per person paid for the session; the form below edits the selected row."""

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        session = services.sessions.get(session_id)
        self._workshop_id = session.workshop_id
        self._payments: list[PaymentView] = []
        self.setWindowTitle(self.tr("Payments and expenses: {title}").format(title=session.title))
        self.resize(900, 640)
        settings = services.payments.settings(self._workshop_id)
        told = settings.participant_note or self.tr("No note for participants is set.")
        if settings.participant_link:
            told += f" {settings.participant_link}"
        self.note = QLabel(self.tr("Participants are told: {note}").format(note=told))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Time"),
                self.tr("Method"),
                self.tr("Expenses"),
                self.tr("Total"),
                self.tr("Status"),
                self.tr("Paid on"),
                self.tr("Receipts"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Payments"))

        self.person_combo = QComboBox()
        self.session_minutes = _minutes_box()
        self.preparation_minutes = _minutes_box()
        self.travel_minutes = _minutes_box()
        self.rate = _pounds_box()
        self.rate.setSuffix(self.tr(" an hour"))
        self.method_combo = QComboBox()
        for method in PaymentMethod:
            self.method_combo.addItem(method_label(method.value), method.value)
        self.expenses = _pounds_box()
        self.expenses_note = QLineEdit()
        self.expenses_note.setPlaceholderText(self.tr("e.g. bus fare, parking, childcare"))
        self.status_combo = QComboBox()
        for status in PaymentStatus:
            self.status_combo.addItem(status_label(status.value), status.value)
        self.paid_on = QDateEdit()
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("d MMMM yyyy")
        today = services.clock().date()
        self.paid_on.setDate(QDate(today.year, today.month, today.day))
        self.approved_by = QLineEdit()
        time_row = QHBoxLayout()
        for label, box in (
            (self.tr("session"), self.session_minutes),
            (self.tr("preparation"), self.preparation_minutes),
            (self.tr("travel"), self.travel_minutes),
        ):
            time_row.addWidget(QLabel(label))
            time_row.addWidget(box)
        form = QFormLayout()
        form.addRow(self.tr("&Person"), self.person_combo)
        form.addRow(self.tr("Time"), time_row)
        form.addRow(self.tr("&Rate"), self.rate)
        form.addRow(self.tr("&Method"), self.method_combo)
        form.addRow(self.tr("&Expenses"), self.expenses)
        form.addRow(self.tr("Expenses &note"), self.expenses_note)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("Paid &on"), self.paid_on)
        form.addRow(self.tr("Approved &by"), self.approved_by)

        self.new_button = QPushButton(self.tr("New payment"))
        self.save_button = QPushButton(self.tr("Save payment"))
        self.receipt_button = QPushButton(self.tr("Add receipt photo…"))
        self.remove_button = QPushButton(self.tr("Remove payment"))
        self.export_button = QPushButton(self.tr("Export CSV for finance…"))
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.receipt_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.receipt_button.clicked.connect(lambda: self.add_receipt())
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.reload()
        self.start_new()

    # ----- showing ------------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        self._payments = self._services.payments.for_session(self._session_id)
        self.table.setRowCount(len(self._payments))
        for row, payment in enumerate(self._payments):
            hours, minutes = divmod(payment.minutes, 60)
            paid = day_text(payment.paid_on, "%d/%m/%Y") if payment.paid_on else ""
            cells = (
                self._services.payments.payee(payment),
                f"{hours}:{minutes:02d}",
                method_label(payment.method),
                money(payment.expenses_pence),
                money(payment.total_pence),
                status_label(payment.status),
                paid,
                str(payment.receipt_count),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 3, 4, 7):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if payment.id == select:
                self.table.selectRow(row)

    def _selected(self) -> PaymentView | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self._payments[rows.pop()] if len(rows) == 1 else None

    def _fill_people(self, current: int | None) -> None:
        self.person_combo.clear()
        paid = {p.participant_id for p in self._payments}
        attending = self._services.participants.attendees(self._session_id)
        for person in self._services.participants.list(self._workshop_id):
            if person.id == current or (person.id not in paid and person.role != "facilitator"):
                mark = " ✓" if person.id in attending else ""
                self.person_combo.addItem(person.name + mark, person.id)

    def start_new(self) -> None:
        """Empty the form for a new payment at the workshop's rate."""
        self.table.clearSelection()
        self._fill_people(None)
        self.person_combo.setEnabled(True)
        agenda = sum(s.minutes for s in self._services.sessions.get(self._session_id).stages)
        self.session_minutes.setValue(agenda)
        self.preparation_minutes.setValue(0)
        self.travel_minutes.setValue(0)
        rate = self._services.payments.settings(self._workshop_id).rate_pence_per_hour
        self.rate.setValue(rate / 100)
        self.method_combo.setCurrentIndex(0)
        self.expenses.setValue(0)
        self.expenses_note.clear()
        self.status_combo.setCurrentIndex(0)
        self.approved_by.clear()
        self.save_button.setText(self.tr("Add payment"))
        self.receipt_button.setEnabled(False)
        self.remove_button.setEnabled(False)

    def _show_selected(self) -> None:
        payment = self._selected()
        if payment is None:
            return
        self._fill_people(payment.participant_id)
        index = self.person_combo.findData(payment.participant_id)
        if index < 0:  # kept after its person was erased
            self.person_combo.addItem(payment.pseudonym, None)
            index = self.person_combo.count() - 1
        self.person_combo.setCurrentIndex(index)
        self.person_combo.setEnabled(False)
        self.session_minutes.setValue(payment.session_minutes)
        self.preparation_minutes.setValue(payment.preparation_minutes)
        self.travel_minutes.setValue(payment.travel_minutes)
        self.rate.setValue(payment.rate_pence_per_hour / 100)
        self.method_combo.setCurrentIndex(self.method_combo.findData(payment.method))
        self.expenses.setValue(payment.expenses_pence / 100)
        self.expenses_note.setText(payment.expenses_note)
        self.status_combo.setCurrentIndex(self.status_combo.findData(payment.status))
        if payment.paid_on:
            day = payment.paid_on
            self.paid_on.setDate(QDate(day.year, day.month, day.day))
        self.approved_by.setText(payment.approved_by)
        self.save_button.setText(self.tr("Save payment"))
        self.receipt_button.setEnabled(True)
        self.remove_button.setEnabled(True)

    # ----- changing -----------------------------------------------------------------------------

    def _fields(self) -> dict[str, object]:
        qdate = self.paid_on.date()
        status = self.status_combo.currentData()
        return {
            "session_minutes": self.session_minutes.value(),
            "preparation_minutes": self.preparation_minutes.value(),
            "travel_minutes": self.travel_minutes.value(),
            "rate_pence_per_hour": _pence(self.rate),
            "method": self.method_combo.currentData(),
            "expenses_pence": _pence(self.expenses),
            "expenses_note": self.expenses_note.text(),
            "status": status,
            "paid_on": f"{qdate.year():04d}-{qdate.month():02d}-{qdate.day():02d}"
            if status == PaymentStatus.PAID
            else None,
            "approved_by": self.approved_by.text(),
        }

    def save(self) -> PaymentView | None:
        """Add the payment in the form, or save the selected one's changes."""
        selected = self._selected()
        try:
            if selected is None:
                person = self.person_combo.currentData()
                if person is None:
                    self.status.setText(self.tr("Choose who the payment is for."))
                    return None
                payment = self._services.payments.add(self._session_id, person, **self._fields())
            else:
                payment = self._services.payments.update(selected.id, **self._fields())
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return None
        self.status.setText(self.tr("Saved."))
        self.reload(select=payment.id)
        return payment

    def add_receipt(self, path: Path | None = None) -> bool:
        payment = self._selected()
        if payment is None:
            return False
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Add a receipt photo"),
                "",
                self.tr("Photos and scans (*.jpg *.jpeg *.png *.webp *.pdf)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            content = path.read_bytes()
            self._services.payments.add_receipt(payment.id, path.name, content)
        except OSError as error:
            self.status.setText(
                self.tr("Could not read {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return False
        self.status.setText(self.tr("Receipt added."))
        self.reload(select=payment.id)
        return True

    def remove_selected(self) -> None:
        payment = self._selected()
        if payment is None:
            return
        self._services.payments.remove(payment.id)
        self.reload()
        self.start_new()

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Every payment of the workshop, for finance: the same file as `workshop payments`."""
        from exports.csv_payments import payments_csv

        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export payments for finance"), "payments.csv", "CSV (*.csv)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        services = self._services
        data = payments_csv(
            services.payments.for_workshop(self._workshop_id),
            {s.id: s for s in services.sessions.list(self._workshop_id)},
            services.participants.list(self._workshop_id),
        )
        try:
            write_output(path, data, services.database.files)
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return None
        self.status.setText(self.tr("Saved the payments to {path}.").format(path=path))
        return path
