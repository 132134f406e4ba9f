"""Crash-test child: streams changes through the services, printing each one acknowledged.

Usage: python -m tests.durability.crash_driver DATABASE INTERCHANGE_FILE
Prints `note ID TEXT` after add_note returns, `edit ID TEXT` after edit_note returns, and
`import WORKSHOP_ID NOTES` after a whole workshop was imported, until it is killed.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from workshop.services import Services
from workshop.storage import open_database


def main() -> None:
    database = open_database(sys.argv[1])
    document = Path(sys.argv[2]).read_bytes()
    services = Services(database)
    workshop = services.workshops.create("Crash test", "Riverside Council")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "Stream", date="2026-12-01"
    )
    column = services.board.columns(session.id)[0].id
    print(f"ready {session.id}", flush=True)
    for number in itertools.count():
        text = f"Note {number} – ŵ 🙂 {'x' * (number % 50)}"
        note = services.board.add_note(session.id, column, text, role="carer")
        print(f"note {note.id} {text}", flush=True)
        if number % 3 == 0:
            edited = f"{text} (edited)"
            services.board.edit_note(note.id, edited, expected_version=note.version)
            print(f"edit {note.id} {edited}", flush=True)
        if number % 10 == 0:
            view = services.interchange.import_workshop(document)
            print(f"import {view.id}", flush=True)


if __name__ == "__main__":
    main()
