"""Dates stay within 1900-01-01..2199-12-31; a stored date beyond it never stops the app."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.hostile.conftest import Run, assert_one_sentence
from workshop.dates import is_impossible
from workshop.errors import ValidationError
from workshop.services import Services
from workshop.storage import open_database
from workshop.validation import is_blank


def _store(record: Path, sql: str) -> None:
    """Write a value the app would refuse, as another tool editing the file might."""
    connection = sqlite3.connect(record)
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["purge-expired", "--dry-run"],
        ["purge-expired"],
        ["participant", "export", "1", "--output", "{out}"],
        ["export", "1", "--output", "{out}"],
    ],
)
def test_a_stored_date_of_9999_never_stops_a_command(
    command: list[str], record: Path, tmp_path: Path, run: Run
) -> None:
    _store(record, "UPDATE sessions SET date = '9999-12-31'")
    words = [w.replace("{out}", str(tmp_path / "out.json")) for w in command]
    result = run("--database", str(record), *words)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err


def test_the_app_opens_a_record_holding_a_date_of_9999(
    qtbot: QtBot, record: Path, tmp_path: Path
) -> None:
    from ui.main_window import MainWindow
    from ui.workspace import assemble

    _store(record, "UPDATE sessions SET date = '9999-12-31'")
    database = open_database(record)
    try:
        services = Services(database)
        [workshop] = services.workshops.list()
        assert workshop.retention_until is not None
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        built = assemble(window, services)
        window.open_session(services.sessions.list(workshop.id)[0].id)
        window.show()
        assert window.scene.notes
        built.room.close()
        built.projector.close()
        window.close()
    finally:
        database.dispose()


@pytest.mark.parametrize("value", ["9999-12-31", "1899-12-31", "2200-01-01", "0001-01-01"])
def test_services_refuse_a_date_out_of_range_naming_the_field(
    value: str, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    with pytest.raises(ValidationError) as refused:
        services.sessions.update(session, date=value)
    assert "date" in refused.value.message
    assert_one_sentence(f"workshop: {refused.value.message}")
    with pytest.raises(ValidationError) as refused_due:
        services.actions.create(session, "Ring people back", due=value)
    assert "due" in refused_due.value.message


def test_the_cli_refuses_an_as_of_date_out_of_range(record: Path, run: Run) -> None:
    result = run("--database", str(record), "purge-expired", "--as-of", "2200-01-01")
    assert result.code == 2
    assert "2199-12-31" in result.err


@pytest.mark.parametrize(
    "text",
    ["", " ", "\u200b", "\u200c\u200d", "\ufeff", "\u2060", "\u00a0\u3000", "\u180e", "\u3164"],
)
def test_invisible_only_text_is_blank(text: str) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", "\u200ba", "ŵ", "😀", "\u0301", "ــ"])
def test_visible_text_is_not_blank(text: str) -> None:
    assert not is_blank(text)


@pytest.mark.parametrize("text", ["\u200b", "\u200d\u200c", "\ufeff \u2060", "\u2800"])
def test_services_refuse_invisible_only_names_titles_and_notes(
    text: str, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0].id
    attempts = [
        lambda: services.board.add_note(session, column, text, role="community"),
        lambda: services.participants.add(workshop_with_session["workshop"], text, "carer"),
        lambda: services.workshops.create(text, "Council"),
        lambda: services.actions.create(session, text),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused:
            attempt()
        assert "empty" in refused.value.message


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET date = '2026-02-30'",
        "UPDATE sessions SET date = 'next Tuesday'",
        "UPDATE sessions SET checked_on = '2026-13-01'",
        "UPDATE actions SET due = '0000-00-00'",
        "UPDATE action_updates SET date = 'soon'",
        "UPDATE notes SET created_at = 'not a time'",
        "UPDATE workshops SET created_at = '2026-02-30 10:00:00'",
    ],
)
def test_an_impossible_stored_value_never_stops_a_command(
    sql: str, record: Path, tmp_path: Path, run: Run
) -> None:
    _store(record, sql)
    for words in (
        ["list"],
        ["purge-expired", "--dry-run"],
        ["export", "1", "--output", str(tmp_path / "out.json")],
        ["actions", "1", "--output", str(tmp_path / "out.csv")],
        ["participant", "export", "1", "--output", str(tmp_path / "person.json")],
        ["report", "1", "--merge-small-groups", "--output", str(tmp_path / "record.html")],
    ):
        result = run("--database", str(record), *words)
        assert result.code == 0, (words, result.err)


# ----- an impossible stored value is shown as such -------------------------------------------

IMPOSSIBLE = ["10001-01-01", "garbage", "9999-12-31", "2026-02-30"]


@pytest.mark.parametrize("stored", IMPOSSIBLE)
def test_an_impossible_session_date_reads_as_itself_and_computes_without_raising(
    stored: str, record: Path
) -> None:
    _store(record, f"UPDATE sessions SET date = '{stored}'")
    _store(record, f"UPDATE actions SET due = '{stored}'")
    database = open_database(record)
    try:
        services = Services(database)
        [workshop] = services.workshops.list()
        session = services.sessions.list(workshop.id)[0]
        assert is_impossible(session.date)
        assert str(session.date) == f"invalid date ({stored})"
        assert session.date.isoformat() == f"invalid date ({stored})"
        assert f"{session.date:%d %B %Y}" == f"invalid date ({stored})"
        # Never a reason to delete the record, and no action is overdue by it.
        assert workshop.retention_until == dt.date.max
        actions = services.actions.for_workshop(workshop.id)
        assert actions and all(is_impossible(a.due) for a in actions)
        assert not any(a.is_overdue(dt.date(2026, 12, 6)) for a in actions)
        # Arithmetic on it never raises.
        assert (dt.date(2026, 12, 6) - session.date).days > 0
        # Handed back to a service it is refused, never saved as the date it computes as.
        with pytest.raises(ValidationError) as refused:
            services.sessions.update(session.id, date=session.date)
        assert stored in refused.value.message
    finally:
        database.dispose()
    connection = sqlite3.connect(record)
    try:
        assert {row[0] for row in connection.execute("SELECT date FROM sessions")} == {stored}
    finally:
        connection.close()


@pytest.mark.parametrize("stored", ["10001-01-01", "garbage"])
def test_commands_show_an_impossible_date_as_such(
    stored: str, record: Path, tmp_path: Path, run: Run
) -> None:
    _store(record, f"UPDATE sessions SET date = '{stored}'")
    shown = f"invalid date ({stored})"
    listed = run("--database", str(record), "list", "--json")
    assert listed.code == 0, listed.err
    assert shown in listed.out
    dry = run("--database", str(record), "purge-expired", "--dry-run")
    assert dry.code == 0, dry.err
    purge = run("--database", str(record), "purge-expired")
    assert purge.code == 0, purge.err
    assert len(json.loads(run("--database", str(record), "list", "--json").out)) == 1
    person = tmp_path / "person.json"
    result = run("--database", str(record), "participant", "export", "1", "--output", str(person))
    assert result.code == 0, result.err
    assert shown in person.read_text(encoding="utf-8")
    page = tmp_path / "record.html"
    report = ["report", "1", "--merge-small-groups", "--output", str(page)]
    result = run("--database", str(record), *report)
    assert result.code == 0, result.err
    assert shown in page.read_text(encoding="utf-8")
    exported = tmp_path / "workshop.json"
    result = run("--database", str(record), "export", "1", "--output", str(exported))
    assert result.code == 0, result.err
    assert shown in exported.read_text(encoding="utf-8")
    # The file says what the record holds, so importing it back is refused at that place.
    again = run("--database", str(tmp_path / "other.sqlite3"), "import", str(exported))
    assert again.code == 2
    assert_one_sentence(again.err)
    assert "sessions[0].date" in again.err


def test_the_app_shows_impossible_dates_in_the_session_list_and_action_table(
    qtbot: QtBot, record: Path, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

    from ui.main_window import MainWindow
    from ui.panels.action_table import ActionTableModel
    from ui.workspace import assemble

    _store(record, "UPDATE sessions SET date = '10001-01-01' WHERE id = 1")
    _store(record, "UPDATE actions SET due = 'garbage'")
    database = open_database(record)
    try:
        services = Services(database)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        qtbot.addWidget(window)
        built = assemble(window, services)
        window.open_session(1)
        window.resize(1366, 768)
        window.show()
        tree = window.findChild(QTreeWidget)
        assert tree is not None
        labels = []
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            labels.append(iterator.value().text(0))
            iterator += 1
        assert any(label.startswith("⚠ invalid date (10001-01-01)") for label in labels), labels
        tables = window.findChildren(ActionTableModel)
        assert tables
        model = tables[0]
        texts = [
            str(model.data(model.index(row, column)))
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        assert any("invalid date (garbage)" in text for text in texts), texts
        assert not any("overdue" in text for text in texts)
        window.grab().save(str(tmp_path / "impossible-dates.png"))
        built.room.close()
        built.projector.close()
        window.close()
    finally:
        database.dispose()


def test_an_impossible_date_is_never_written_back_as_its_stand_in(record: Path) -> None:
    from sqlalchemy import update
    from sqlalchemy.exc import StatementError

    from models.people import Session
    from models.types import ImpossibleDate

    _store(record, "UPDATE sessions SET date = 'garbage'")
    database = open_database(record)
    try:
        with pytest.raises(StatementError), database.unit_of_work() as db:
            db.execute(update(Session).values(date=ImpossibleDate("garbage")))
    finally:
        database.dispose()
    connection = sqlite3.connect(record)
    try:
        assert {row[0] for row in connection.execute("SELECT date FROM sessions")} == {"garbage"}
    finally:
        connection.close()


def test_the_action_editor_says_a_stored_due_date_is_not_real_before_anyone_saves(
    qtbot: QtBot, record: Path
) -> None:
    from ui.dialogs.action_editor import ActionEditor

    _store(record, "UPDATE actions SET due = 'garbage'")
    database = open_database(record)
    try:
        services = Services(database)
        [workshop] = services.workshops.list()
        action = services.actions.for_workshop(workshop.id)[0]
        editor = ActionEditor(services, action.session_id, action)
        qtbot.addWidget(editor)
        editor.show()
        notice = editor.errors["due"]
        assert notice.isVisible()
        assert "not a real date (garbage)" in notice.text()
        assert editor.due_edit.text() == editor.due_edit.specialValueText()  # "no due date"
        editor.close()
    finally:
        database.dispose()
