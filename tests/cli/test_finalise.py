"""`workshop finalise` and `workshop reopen`: who checked it; edits refused until reopened."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from workshop.cli import main
from workshop.errors import LockedError
from workshop.rules import Actor
from workshop.services import Services


def _record_text(db_path: Path, session: int, path: Path) -> str:
    assert main(["report", str(session), "-o", str(path), "--database", str(db_path)]) == 0
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def test_finalise_then_reopen(
    db_path: Path,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0]
    argv = ["finalise", str(session), "--checked-by", "Riverside Carers' Forum"]
    assert main([*argv, "--on", "2026-12-12", "--database", str(db_path)]) == 0
    assert "checked by Riverside Carers' Forum on 2026-12-12" in capsys.readouterr().err
    text = _record_text(db_path, session, tmp_path / "final.pdf")
    assert "Final record, checked by Riverside Carers' Forum on 12 December 2026" in text
    assert "DRAFT" not in text
    # Final means final: the facilitator's edits and phones' notes are refused.
    with pytest.raises(LockedError, match="final"):
        services.board.add_note(
            session, column.id, "Late thought", author_id=workshop_with_session["ann"]
        )
    with pytest.raises(LockedError, match="final"):
        services.board.add_note(
            session,
            column.id,
            "From a phone",
            actor=Actor.DEVICE,
            author_id=workshop_with_session["ann"],
        )
    with pytest.raises(LockedError, match="final"):
        services.sessions.update(session, venue="Another hall")

    assert main(["reopen", str(session), "--database", str(db_path)]) == 0
    services.board.add_note(
        session, column.id, "Late thought", author_id=workshop_with_session["ann"]
    )
    assert main([*argv, "--on", "2026-12-19", "--database", str(db_path)]) == 0
    text = _record_text(db_path, session, tmp_path / "amended.pdf")
    assert "checked by Riverside Carers' Forum on 19 December 2026" in text
    assert "Amended on" in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--checked-by", "  "], "Say who checked the record"),
        (
            ["--checked-by", "Jo", "--on", "12/12/2026"],
            "workshop: --on must be a date written YYYY-MM-DD, such as 2026-12-06.\n",
        ),
        (
            ["--checked-by", "Jo", "--on", "2026-13-01"],
            "workshop: --on must be a date written YYYY-MM-DD, such as 2026-12-06.\n",
        ),
    ],
)
def test_finalise_refusals_are_one_sentence(
    db_path: Path,
    workshop_with_session: dict[str, int],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    session = str(workshop_with_session["session"])
    assert main(["finalise", session, *extra, "--database", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_finalise_needs_checked_by(
    db_path: Path, workshop_with_session: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["finalise", str(workshop_with_session["session"]), "--database", str(db_path)])
    assert code == 2
    assert "--checked-by" in capsys.readouterr().err


def test_finalise_refuses_a_record_that_is_already_final(
    db_path: Path,
    services: Services,
    workshop_with_session: dict[str, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = workshop_with_session["session"]
    first = ["finalise", str(session), "--checked-by", "Riverside Carers' Forum"]
    assert main([*first, "--on", "2026-12-12", "--database", str(db_path)]) == 0
    capsys.readouterr()
    again = ["finalise", str(session), "--checked-by", "Someone Else", "--on", "2026-12-14"]
    assert main([*again, "--database", str(db_path)]) == 2
    assert capsys.readouterr().err == (
        "workshop: The record of this session is already final; "
        "reopen it before checking it again.\n"
    )
    view = services.sessions.get(session)
    assert view.checked_by == "Riverside Carers' Forum"
    assert view.checked_on is not None and view.checked_on.isoformat() == "2026-12-12"
