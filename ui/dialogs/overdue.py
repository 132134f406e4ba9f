"""On opening: "3 payments owed for more than 30 days", with the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.involvement_labels import money, status_label
from ui.labels import day_text
from workshop.payments import OwedPayment
from workshop.services import Services


class OverduePaymentsDialog(QDialog):
    """Slow payment is a known barrier to taking part: the oldest debts are shown first."""

    def __init__(self, owed: list[OwedPayment], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payments owed"))
        self.resize(720, 360)
        days = min(o.threshold_days for o in owed)
        heading = (
            self.tr("1 payment owed for more than {days} days")
            if len(owed) == 1
            else self.tr("{count} payments owed for more than {days} days")
        )
        self.heading = QLabel(heading.format(count=len(owed), days=days))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.table = QTableWidget(len(owed), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Session"),
                self.tr("Date"),
                self.tr("Days owed"),
                self.tr("Amount"),
                self.tr("Status"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(owed):
            date = day_text(item.session_date, "%d/%m/%Y") if item.session_date else ""
            cells = (
                item.person,
                f"{item.session_title} ({item.workshop_title})",
                date,
                str(item.days),
                money(item.payment.total_pence),
                status_label(item.payment.status),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column in (3, 4):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        hint = QLabel(self.tr("Open the session and choose Payments and expenses… to settle them."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)


def alert_if_overdue(services: Services, parent: QWidget) -> OverduePaymentsDialog | None:
    """Show the overdue payments, if there are any, when the app opens."""
    owed = services.payments.overdue()
    if not owed:
        return None
    dialog = OverduePaymentsDialog(owed, parent)
    dialog.open()
    return dialog
