"""A record big enough that copying it takes many steps: the demo workshop plus 3,000 notes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database

EXTRA_NOTES = 3000


def make_big_record(folder: Path) -> Path:
    """Build the record once through the services (an interchange import) and return its path."""
    scratch = open_database(folder / "demo-source.sqlite3")
    try:
        services = Services(scratch)
        exported = json.loads(services.interchange.export_text(create_demo(services).workshop))
    finally:
        scratch.dispose()
    session = exported["workshop"]["sessions"][0]
    originals = list(session["notes"])
    for number in range(EXTRA_NOTES):
        note = dict(originals[number % len(originals)])
        note["id"] = f"bulk{number}"
        note["text"] = f"Note {number}: the bus to the clinic never comes when the letter says."
        session["notes"].append(note)
    path = folder / "big.sqlite3"
    database = open_database(path)
    try:
        Services(database).interchange.import_workshop(json.dumps(exported))
    finally:
        database.dispose()
    return path


def copy_record(master: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "record.sqlite3"
    shutil.copyfile(master, path)
    path.chmod(0o600)
    return path
