"""`workshop report` loads only what the record it writes needs (issue 19's speed point).

The timing itself is a benchmark (`tests/benchmarks/bench_report_process.py`); this holds what
makes it fast: a PDF never imports the web record, Qt, language detection or the other
subcommands and services, and an English record parses only the two body fonts.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import COMMANDS, build_parser, command_word
from workshop.services import Services

REPO = Path(__file__).resolve().parents[2]

# Runs the command as `python -m workshop` does, then says what it loaded.
_REPORT_AND_LIST = """
import gc
import sys
from workshop.cli import main
code = main(sys.argv[1:])
from exports import fonts
print(code, gc.isenabled(), gc.get_freeze_count())
print(" ".join(sorted(fonts.loaded_fonts())))
print(" ".join(sorted(sys.modules)))
"""

# Modules a PDF record of an English session has no use for.
NOT_FOR_A_PDF = (
    "exports.html",  # the web record
    "exports.html_fonts",
    "lingua",  # language detection, for the web record's lang attributes
    "PySide6",  # Qt: the event bridge is built only when something emits
    "workshop.signals",
    "workshop.cli.people",  # other subcommands
    "workshop.cli.live",
    "workshop.services.interchange",  # services the record does not read through
    "workshop.services.photos",
    "workshop.services.payments",
)


@pytest.fixture
def session_id(services: Services, workshop_with_session: dict[str, int]) -> int:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0]
    services.board.add_note(
        session, column.id, "Fix the boiler first", author_id=workshop_with_session["ann"]
    )
    return session


def test_a_pdf_record_loads_only_what_it_needs(
    db_path: Path, session_id: int, tmp_path: Path
) -> None:
    pdf = tmp_path / "record.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    arguments = ["report", str(session_id), "-o", str(pdf), "--database", str(db_path)]
    result = subprocess.run(
        [sys.executable, "-c", _REPORT_AND_LIST, *arguments],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    outcome, fonts, modules = result.stdout.splitlines()
    # main() called in-process leaves the garbage collector as it was (only a process started
    # for the one command pauses it while loading and freezes what it loaded).
    assert outcome == "0 True 0", result.stderr
    assert pdf.stat().st_size > 0
    loaded = set(modules.split())
    assert "exports.pdf" in loaded  # the listing is of the run that wrote the PDF
    assert [m for m in NOT_FOR_A_PDF if m in loaded] == []
    assert fonts.split() == ["Body", "Body-Bold"]


def test_each_command_is_in_the_table_that_imports_its_module() -> None:
    # The table decides which one module a command imports; a command missing from it would
    # still work (every module is then imported) but slowly, and a stale entry would break.
    subparsers = next(
        action
        for action in build_parser()._actions
        if action.dest == "command"  # the full parser, as `workshop --help` shows it
    )
    assert set(subparsers.choices) == set(COMMANDS)
    for command, module in COMMANDS.items():
        only = next(a for a in build_parser(command)._actions if a.dest == "command")
        assert command in only.choices, (command, module)


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["report", "1", "-o", "r.pdf"], "report"),
        (["--database", "report", "list"], "list"),  # a database file named "report"
        (["--database=x.sqlite3", "report", "1"], "report"),
        (["--data", "x.sqlite3", "serve"], "serve"),  # abbreviated, as argparse allows
        (["--language", "cy"], None),  # the app itself
        (["-h", "report"], None),  # help for every command
    ],
)
def test_the_command_word_is_found_past_the_top_level_options(
    argv: list[str], command: str | None
) -> None:
    assert command_word(argv) == command
