"""The views of the Room never re-read the whole board: counted on the real database.

A SQLAlchemy listener records every statement that touches the notes table and the thread it
ran on. Phones add 64 notes over real loopback HTTP and the facilitator places 10 dots from the
panel, with the whole main window, its panels and the projector on screen; the GUI thread may
read single notes (a dot checks its note) but never a session's whole board.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from tests.live.conftest import Client
from ui.main_window import MainWindow
from ui.preferences import THEME, Preferences, Theme
from ui.theme import BOARD_PALETTES
from ui.workspace import Workspace, _board_follows_theme, assemble
from workshop.services import Services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

NOTES_FROM_PHONES = 64
PHONES = 8
DOTS = 10
# A read of one session's notes: FROM notes ... WHERE notes.session_id = ?, with no id to pick.
WHOLE_BOARD = re.compile(r"\bFROM notes\b.*\bWHERE\b.*\bnotes\.session_id\b", re.S)


class NoteStatements:
    """Statements touching `notes`, with the thread that ran them, on the real engine."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, _conn: object, _cursor: object, statement: str, *_: object) -> None:
        if re.search(r"\bnotes\b", statement):
            self.seen.append((threading.current_thread().name, statement))

    def whole_board_reads_on(self, thread: str) -> list[str]:
        return [
            statement
            for name, statement in self.seen
            if name == thread
            and statement.lstrip().upper().startswith("SELECT")
            and WHOLE_BOARD.search(statement)
            and not re.search(r"\bnotes\.id\b\s*(=|IN)", statement)
        ]

    def clear(self) -> None:
        self.seen.clear()


@pytest.fixture
def app_on_screen(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> Iterator[Workspace]:
    window = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    built = assemble(window, services)
    window.resize(1366, 768)
    window.show()
    window.open_session(workshop_with_session["session"])
    # The projector on screen too, so its board lays itself out after every change.
    built.projector.resize(960, 540)
    built.projector.show()
    qtbot.waitExposed(built.projector)
    yield built
    built.room.close()
    built.projector.close()


@pytest.fixture
def statements(services: Services) -> Iterator[NoteStatements]:
    listener = NoteStatements()
    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", listener)
    yield listener
    event.remove(engine, "before_cursor_execute", listener)


def test_notes_from_phones_and_dots_reach_every_view_without_reading_the_board(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    app_on_screen: Workspace,
    statements: NoteStatements,
    tmp_path: Path,
) -> None:
    built, room = app_on_screen, app_on_screen.room
    session_id = workshop_with_session["session"]
    live = room.start_live(host="127.0.0.1")
    port = int(live.address.rsplit(":", 1)[1])
    phones = [Client(port, live.code) for _ in range(PHONES)]
    for index, phone in enumerate(phones):
        phone.join("carer" if index % 2 else "professional")
    column = phones[0].state()["columns"][0]["id"]
    statements.clear()
    gui = threading.current_thread().name

    for number in range(NOTES_FROM_PHONES):
        phone = phones[number % PHONES]
        sent = phone.api("POST", "notes", {"column": column, "text": f"Idea {number}"})
        assert sent.status == 201, sent.body
    # Every view has it: the board, the live panel's moderation list, the voting list.
    qtbot.waitUntil(lambda: len(built.window.scene.notes) == NOTES_FROM_PHONES, timeout=10000)
    qtbot.waitUntil(lambda: built.live._notes.count() == NOTES_FROM_PHONES, timeout=10000)
    qtbot.waitUntil(
        lambda: built.facilitation.voting.vote_notes.count() == NOTES_FROM_PHONES, timeout=10000
    )
    qtbot.waitUntil(lambda: len(built.projector.scene.note_items()) == NOTES_FROM_PHONES)
    assert statements.seen, "the listener saw the phones' inserts"
    assert statements.whole_board_reads_on(gui) == []

    # Ten dots placed for people in the room, from the facilitation panel.
    vote = next(s.position for s in room.session.stages if s.kind == "vote")  # type: ignore[union-attr]
    services.sessions.update(session_id, votes_per_participant=DOTS)
    room.set_stage(vote)
    voting = built.facilitation.voting
    qtbot.waitUntil(voting.add_dot_button.isEnabled)
    statements.clear()
    for dot in range(DOTS):
        voting.voter_combo.setCurrentIndex(0)
        voting.vote_notes.setCurrentRow(dot)
        voting.add_dot_button.click()
    assert len(services.votes.list(session_id)) == DOTS
    qtbot.waitUntil(
        lambda: built.facilitation.results.results_lists[None].count() == DOTS, timeout=5000
    )
    assert room.tallies is not None and sum(room.tallies.dots_used.values()) == DOTS
    assert statements.whole_board_reads_on(gui) == []

    # Grouping the lane's last notes, one apart, gathers them (a few moves keep the test quick);
    # undo puts every moved note back, redo again.
    window = built.window
    themes_before = len(window.scene.themes)
    places = {n.id: (n.column_id, n.x, n.y) for n in room.board.notes}  # type: ignore[union-attr]
    members = [n for n in room.board.notes if n.column_id == column][-5::2]  # type: ignore[union-attr]
    statements.clear()
    window.editor.group("Getting there", members)
    qtbot.waitUntil(lambda: len(window.scene.themes) == themes_before + 1)
    grouped = {n.id: (n.column_id, n.x, n.y) for n in room.board.notes}  # type: ignore[union-attr]
    assert grouped != places, "grouping gathered the members"
    window.undo_stack.undo()
    assert len(window.scene.themes) == themes_before
    assert {
        i: (item.note.column_id, item.note.x, item.note.y) for i, item in window.scene.notes.items()
    } == places
    window.undo_stack.redo()
    assert len(window.scene.themes) == themes_before + 1
    assert {n.id: (n.column_id, n.x, n.y) for n in room.board.notes} == grouped  # type: ignore[union-attr]
    # The app's theme switches: the board redraws in the new palette from what it holds.
    preferences = Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    _board_follows_theme(window, preferences)
    preferences.set(THEME, Theme.HIGH_CONTRAST)
    assert window.scene.palette is BOARD_PALETTES["high_contrast"]
    assert len(window.scene.notes) == NOTES_FROM_PHONES
    assert statements.whole_board_reads_on(gui) == []

    # The check bites: the read the old panels made after every change is caught.
    services.sessions.board(session_id)
    assert len(statements.whole_board_reads_on(gui)) == 1


def test_phones_stay_joined_while_the_facilitator_opens_another_session(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    app_on_screen: Workspace,
) -> None:
    built, room = app_on_screen, app_on_screen.room
    window = built.window
    live_id = workshop_with_session["session"]
    title = services.sessions.get(live_id).title
    other = services.sessions.create(workshop_with_session["workshop"], "Follow-up", columns=["A"])
    live = room.start_live(host="127.0.0.1")
    phone = Client(int(live.address.rsplit(":", 1)[1]), live.code)
    phone.join("carer")
    qtbot.waitUntil(lambda: window.live_status.text() == f"Live: {title} · 1 phone joined")
    assert window.sidebar._sessions[live_id].text(0).startswith("● Live: ")

    # The facilitator clicks another session in the sidebar: the phone stays joined.
    window.sidebar.select_session(other.id)
    assert window.session_id == other.id and room.session_id == other.id
    column = phone.state()["columns"][0]["id"]
    sent = phone.api("POST", "notes", {"column": column, "text": "Still joined"})
    assert sent.status == 201
    assert services.board.get_note(sent.body["id"]).session_id == live_id
    # It lands on the live board, not on the one the facilitator is looking at.
    qtbot.waitUntil(lambda: built.live._notes.count() == 1)
    assert sent.body["id"] not in {n.id for n in room.board.notes}  # type: ignore[union-attr]
    assert window.sidebar._sessions[live_id].text(0).startswith("● Live: ")
    assert not window.sidebar._sessions[other.id].text(0).startswith("● Live: ")
    assert window.live_status.isVisible() and title in window.live_status.text()

    room.stop_live()
    assert not window.live_status.isVisible()
    assert not window.sidebar._sessions[live_id].text(0).startswith("● Live: ")
