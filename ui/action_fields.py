"""Editors and labels for an action's fields, shared by the actions table and the action editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QDateEdit, QWidget

from ui.labels import role_label
from ui.labels import status_label as _vocabulary_status
from workshop.dates import is_impossible
from workshop.services.actions import allowed_statuses
from workshop.validation import EARLIEST_DATE, LATEST_DATE
from workshop.views import ParticipantView
from workshop.vocabulary import ActionStatus, Voice, voice_of

# QDateEdit cannot be empty, so its minimum date stands for "no due date" (shown as text).
NO_DATE = QDate(2000, 1, 1)
# The record's accepted range (workshop.validation); pickers cannot go outside it.
EARLIEST = QDate(EARLIEST_DATE.year, EARLIEST_DATE.month, EARLIEST_DATE.day)
LATEST = QDate(LATEST_DATE.year, LATEST_DATE.month, LATEST_DATE.day)
NO_DATE_TEXT = QT_TRANSLATE_NOOP("ActionFields", "No due date")
NOBODY_TEXT = QT_TRANSLATE_NOOP("ActionFields", "Nobody yet")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionFields", text)


def person_label(person: ParticipantView | None) -> str:
    """How a person is shown inside the app: their name and role."""
    if person is None:
        return ""
    return f"{person.name} ({role_label(person.role)})"


def status_label(status: str) -> str:
    return _vocabulary_status(status)


class _CalendarOpeningNearby(QCalendarWidget):
    """A calendar that opens on a useful month when its picker holds "no date" (January 2000)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference: dt.date | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.selectedDate() == NO_DATE:
            reference = None if is_impossible(self.reference) else self.reference
            day = reference or dt.date.today()
            self.setCurrentPage(day.year, day.month)


def make_due_edit(parent: QWidget | None = None, reference: dt.date | None = None) -> QDateEdit:
    """A date picker with a calendar, where the earliest date reads 'No due date'.

    With no due date its calendar opens at the reference month (the session's date), or today's.
    """
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    calendar = _CalendarOpeningNearby(edit)
    calendar.reference = reference
    edit.setCalendarWidget(calendar)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(LATEST)
    edit.setSpecialValueText(_tr(NO_DATE_TEXT))
    edit.setAccessibleName(QCoreApplication.translate("ActionFields", "Due date"))
    return edit


def set_due_reference(edit: QDateEdit, reference: dt.date | None) -> None:
    """The month the calendar opens at while the picker holds no date (None: today's)."""
    calendar = edit.calendarWidget()
    if isinstance(calendar, _CalendarOpeningNearby):
        calendar.reference = reference


def set_due(edit: QDateEdit, due: dt.date | None) -> None:
    # An impossible stored due date offers no date to keep, rather than its stand-in 1900-01-01.
    real = due is not None and not is_impossible(due)
    edit.setDate(QDate(due.year, due.month, due.day) if real and due else NO_DATE)


def due_of(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    if date == NO_DATE:
        return None
    return dt.date(date.year(), date.month(), date.day())


def fill_person_combo(
    combo: QComboBox, people: Iterable[ParticipantView], *, citizen_first: bool = False
) -> None:
    """Nobody, then the workshop's register; the citizen voice first when choosing a co-lead."""
    combo.clear()
    combo.addItem(_tr(NOBODY_TEXT), None)
    listed = list(people)
    if citizen_first:
        citizens = [p for p in listed if voice_of(p.role) is Voice.CITIZEN]
        others = [p for p in listed if voice_of(p.role) is not Voice.CITIZEN]
        listed = citizens + others
        if citizens and others:
            combo.insertSeparator(1 + len(citizens))
    for person in listed:
        combo.addItem(person_label(person), person.id)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def fill_status_combo(combo: QComboBox, current: str | None) -> None:
    """The statuses an action may move to from current (all of them for a new action)."""
    combo.clear()
    statuses = list(ActionStatus) if current is None else allowed_statuses(current)
    for status in statuses:
        combo.addItem(status_label(status.value), status.value)
    if current is not None:
        select_data(combo, current)


def missing_voices(agreed: Iterable[ParticipantView]) -> list[str]:
    """Which voices the agreement still lacks for the action to count as jointly agreed."""
    voices = {voice_of(person.role) for person in agreed}
    missing = []
    if Voice.CITIZEN not in voices:
        missing.append(QCoreApplication.translate("ActionFields", "citizen voice"))
    if Voice.PROFESSIONAL not in voices:
        missing.append(QCoreApplication.translate("ActionFields", "professional"))
    return missing


def joint_text(agreed: Iterable[ParticipantView]) -> str:
    missing = missing_voices(agreed)
    if not missing:
        return QCoreApplication.translate("ActionFields", "Jointly agreed")
    return QCoreApplication.translate("ActionFields", "Not jointly agreed: no {voices}").format(
        voices=QCoreApplication.translate("ActionFields", " and no ").join(missing)
    )
