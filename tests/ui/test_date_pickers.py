"""Date pickers with no date yet open on a useful month, not January 2000."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from ui.action_fields import due_of, make_due_edit, set_due

# Opening a popup offscreen: the platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _open_calendar(edit: QDateEdit, qtbot: QtBot) -> tuple[int, int]:
    """Click the picker's arrow as a facilitator would; the month the calendar then shows."""
    edit.resize(200, 30)
    edit.show()
    qtbot.waitExposed(edit)
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    shown = calendar.yearShown(), calendar.monthShown()
    calendar.window().close()
    return shown


def test_empty_due_date_opens_at_the_sessions_month(qtbot: QtBot) -> None:
    edit = make_due_edit(reference=dt.date(2027, 3, 14))
    qtbot.addWidget(edit)
    set_due(edit, None)
    assert _open_calendar(edit, qtbot) == (2027, 3)


def test_empty_due_date_without_a_session_date_opens_at_today(qtbot: QtBot) -> None:
    edit = make_due_edit()
    qtbot.addWidget(edit)
    set_due(edit, None)
    today = dt.date.today()
    assert _open_calendar(edit, qtbot) == (today.year, today.month)


def test_a_set_due_date_opens_at_its_own_month_and_no_date_stays_empty(qtbot: QtBot) -> None:
    edit = make_due_edit(reference=dt.date(2027, 3, 14))
    qtbot.addWidget(edit)
    set_due(edit, dt.date(2028, 11, 2))
    assert _open_calendar(edit, qtbot) == (2028, 11)
    assert due_of(edit) == dt.date(2028, 11, 2)
    set_due(edit, None)
    assert due_of(edit) is None
