"""A session's access plan in the app: the bookings checklist, its warnings, and printed copies."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text
from ui.involvement_labels import need_label
from ui.labels import day_text
from ui.widgets.tone import Tone, set_tone
from workshop.access import AccessPlan, BookingView
from workshop.errors import WorkshopError
from workshop.services import Services


def _warning(template: str, plan: AccessPlan, warnings: list[BookingView]) -> str:
    """Fill the planner's sentence: how many bookings are not done, when, and which."""
    day = day_text(plan.session.date, "%d/%m/%Y") if plan.session.date else ""
    what = ", ".join(need_label(b.kind) for b in warnings)
    return template.format(count=len(warnings), date=day, what=what)


class AccessPlanDialog(QDialog):
    """Tick bookings done as they are made; print the organisers' or the venue's copy."""

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self.setWindowTitle(self.tr("Access plan"))
        self.resize(680, 520)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.NOTICE)
        self.bookings = QListWidget()
        self.bookings.setAccessibleName(self.tr("What to book and prepare"))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.organisers_button = QPushButton(self.tr("Save organisers' copy…"))
        self.venue_button = QPushButton(self.tr("Save venue copy…"))
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.organisers_button)
        row.addWidget(self.venue_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        tick = QLabel(self.tr("&Tick each booking when it is made:"))
        tick.setBuddy(self.bookings)
        layout.addWidget(tick)
        layout.addWidget(self.bookings, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.bookings.itemChanged.connect(self._on_item_changed)
        self.organisers_button.clicked.connect(lambda: self.save_copy(for_venue=False))
        self.venue_button.clicked.connect(lambda: self.save_copy(for_venue=True))
        self._filling = False
        self.reload()

    def reload(self) -> None:
        plan = self._services.access.plan(self._session_id)
        today = self._services.clock().date()
        day = day_text(plan.session.date, "%d/%m/%Y") if plan.session.date else "—"
        self.heading.setText(f"{plan.session.title} — {day}")
        warnings = plan.warnings(today)
        self.warning.setVisible(bool(warnings))
        if warnings:
            self.warning.setText(
                _warning(
                    self.tr("1 access booking not done, and the session is on {date}: {what}.")
                    if len(warnings) == 1
                    else self.tr(
                        "{count} access bookings not done, and the session is on {date}: {what}."
                    ),
                    plan,
                    warnings,
                )
            )
        self._filling = True
        self.bookings.clear()
        for booking in plan.bookings:
            due = day_text(booking.due_by, "%d/%m/%Y") if booking.due_by else "—"
            people = (
                self.tr("1 person")
                if booking.people == 1
                else self.tr("{count} people").format(count=booking.people)
            )
            details = f" ({'; '.join(booking.details)})" if booking.details else ""
            text = self.tr("{need}: {people}{details}, by {due}").format(
                need=need_label(booking.kind), people=people, details=details, due=due
            )
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if booking.done else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, booking.kind)
            item.setToolTip(booking.task)
            self.bookings.addItem(item)
        self._filling = False
        if not plan.bookings:
            self.summary.setText(self.tr("Nobody coming has told us of an access need yet."))
        else:
            lines = [self.tr("Room set-up: {items}").format(items="; ".join(plan.room) or "—")]
            if plan.large_print:
                lines.append(
                    self.tr("Large-print copies: {count}").format(count=len(plan.large_print))
                )
            if plan.easy_read_copies:
                lines.append(
                    self.tr("Easy Read copies: {count}").format(count=plan.easy_read_copies)
                )
            self.summary.setText("\n".join(lines))

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        done = item.checkState() == Qt.CheckState.Checked
        self._services.access.set_booking_done(
            self._session_id, item.data(Qt.ItemDataRole.UserRole), done
        )
        self.reload()

    def save_copy(self, *, for_venue: bool, path: Path | None = None) -> Path | None:
        """Write the organisers' or the venue's copy as PDF or HTML, chosen by the file's name."""
        from exports import access_plan

        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the access plan"),
                "access-plan-venue.pdf" if for_venue else "access-plan.pdf",
                self.tr("PDF (*.pdf);;Web page (*.html)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            plan = self._services.access.plan(self._session_id, for_venue=for_venue)
            today = self._services.clock().date()
            if path.suffix.lower() in (".html", ".htm"):
                access_plan.write_html(plan, path, today, self._services.database.files)
            else:
                path = path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
                access_plan.write_pdf(plan, path, today, self._services.database.files)
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return None
        except OSError as error:
            self.status.setText(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return None
        self.status.setText(
            self.tr("Saved the venue's copy (no names) to {path}.").format(path=path)
            if for_venue
            else self.tr(
                "Saved the organisers' copy to {path}. It names people: keep it safe."
            ).format(path=path)
        )
        return path


class AccessWarningBanner(QWidget):
    """Above the board: bookings not done while the open session is near."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.session_id: int | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Access plan…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        set_tone(self, Tone.NOTICE)
        self.open_button.clicked.connect(self.open_plan)
        events = services.events
        events.bookings_changed.connect(lambda _sid: self.refresh())
        events.access_changed.connect(lambda _pid: self.refresh())
        events.attendance_changed.connect(lambda _sid, _people: self.refresh())
        events.session_changed.connect(lambda _view: self.refresh())
        self.hide()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            self.hide()
            return
        try:
            plan = self._services.access.plan(self.session_id)
        except WorkshopError:
            self.hide()
            return
        warnings = plan.warnings(self._services.clock().date())
        self.setVisible(bool(warnings))
        if warnings:
            # One line above the board, so it never pushes the board down; the list is the tip.
            self.label.setText(
                _warning(
                    self.tr("1 access booking not done; the session is on {date}.")
                    if len(warnings) == 1
                    else self.tr("{count} access bookings not done; the session is on {date}."),
                    plan,
                    warnings,
                )
            )
            self.label.setToolTip(", ".join(need_label(b.kind) for b in warnings))

    def open_plan(self) -> AccessPlanDialog | None:
        if self.session_id is None:
            return None
        dialog = AccessPlanDialog(self._services, self.session_id, self.window())
        dialog.open()
        return dialog
