"""Revisions read from the migration files agree with Alembic, so opening needs no Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from models import migrate

ROOT = Path(__file__).resolve().parents[2]


def test_head_and_known_revisions_match_alembic() -> None:
    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in scripts.walk_revisions()}
    graph = migrate._revision_files()
    assert graph is not None, "every revision file should be readable without Alembic"
    for script in scripts.walk_revisions():
        down = script.down_revision
        expected = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        assert graph[script.revision] == expected


def test_opening_an_up_to_date_record_does_not_import_alembic(tmp_path: Path) -> None:
    # A fresh interpreter, since this test process has imported Alembic already.
    path = tmp_path / "record.sqlite3"
    code = (
        "import sys\n"
        "from workshop.storage import open_database\n"
        "open_database(sys.argv[1]).dispose()\n"  # created: migrations run, Alembic loads
        "for name in [m for m in sys.modules if m.split('.')[0] == 'alembic']:\n"
        "    del sys.modules[name]\n"
        "open_database(sys.argv[1]).dispose()\n"  # already at head: no Alembic needed
        "print(any(m.split('.')[0] == 'alembic' for m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_revision_ids_read_from_their_lines_agree_with_the_parsed_file() -> None:
    folder = ROOT / "models" / "migrations" / "versions"
    for path in sorted(folder.glob("[0-9]*.py")):
        source = path.read_text(encoding="utf-8")
        assert migrate._ids_from_lines(source) == migrate._ids_from_syntax(source), path.name
    # Anything but one literal on one line each is left to the full parse.
    assert migrate._ids_from_lines('revision = (\n    "a",\n)\n') is None
    assert migrate._ids_from_lines('"""\nrevision = "a"\n"""\nrevision = "b"\n') is None
    assert migrate._ids_from_lines('revision: str = "a"  # note\ndown_revision = None\n') == {
        "revision": "a",
        "down_revision": None,
    }
