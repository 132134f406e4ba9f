"""The `workshop report` command writes PDF and HTML records and refuses bad requests plainly."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from workshop.cli import main
from workshop.services import Services


@pytest.fixture
def session_id(services: Services, workshop_with_session: dict[str, int]) -> int:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0]
    services.board.add_note(
        session, column.id, "Fix the boiler <b>first</b>", author_id=workshop_with_session["ann"]
    )
    services.participants.set_attendance(session, workshop_with_session["ann"], True)
    services.participants.set_attendance(session, workshop_with_session["raj"], True)
    return session


def test_report_writes_pdf_and_html(
    db_path: Path, session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "record.pdf"
    assert main(["report", str(session_id), "--output", str(pdf), "--database", str(db_path)]) == 0
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Fix the boiler <b>first</b>" in " ".join(text.split())
    assert "Ann Example" not in text
    html = tmp_path / "record.html"
    assert main(["report", str(session_id), "-o", str(html), "--database", str(db_path)]) == 0
    page = html.read_text(encoding="utf-8")
    assert "Fix the boiler &lt;b&gt;first&lt;/b&gt;" in page
    assert "Wrote the record" in capsys.readouterr().err


def test_report_switches_sections_off_and_merges_small_groups(
    db_path: Path, session_id: int, tmp_path: Path
) -> None:
    html = tmp_path / "short.html"
    code = main(
        [
            "report",
            str(session_id),
            "-o",
            str(html),
            "--no-board",
            "--no-stay-in-touch",
            "--merge-small-groups",
            "--database",
            str(db_path),
        ]
    )
    assert code == 0
    page = html.read_text(encoding="utf-8")
    assert 'id="board"' not in page and 'id="stay-in-touch"' not in page
    # One person of each role attended, so every role is merged away.
    assert "Participant 1 (participant)" in page
    assert "(person with lived experience)" not in page


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["report", "999", "-o", "x.pdf"], "There is no session"),
        (["report", "{session}", "-o", "x.docx"], "must end in .pdf or .html"),
        (["report", "{session}", "-o", "missing/x.pdf"], "does not exist"),
    ],
)
def test_report_refusals_are_one_sentence(
    db_path: Path,
    session_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    argv = [a.replace("{session}", str(session_id)) for a in arguments] + [
        "--database",
        str(db_path),
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_small_groups_are_warned_about_on_stderr(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.cli.conftest import REPO

    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    database = tmp_path / "small.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "workshop", *args, "--database", str(database)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert run("demo").returncode == 0
    # The demo session has one facilitator and one observer present: small groups. The public
    # edition merges them by default and says so in the record itself.
    merged = run("report", "1", "--output", str(tmp_path / "m.html"))
    assert merged.returncode == 0 and "fewer than 3" not in merged.stderr
    assert "To protect people in small groups" in (tmp_path / "m.html").read_text("utf-8")
    for extra in (["--no-merge-small-groups"], ["--edition", "participants"]):
        warned = run("report", "1", "--output", str(tmp_path / "r.html"), *extra)
        assert warned.returncode == 0
        assert "fewer than 3 people" in warned.stderr and "--merge-small-groups" in warned.stderr
        assert "To protect people" not in (tmp_path / "r.html").read_text("utf-8")
