"""Dates stay within 1900-01-01..2199-12-31; a stored date beyond it never stops the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.hostile.conftest import Run, assert_one_sentence
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
