"""The people commands through a real subprocess: list, export, erase, purge, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.people import consent_matrix
from workshop.services import Services
from workshop.storage import open_database

ROOT = Path(__file__).resolve().parents[2]


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--database", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, consent_matrix.ConsentMatrix]:
    path = tmp_path / "cli.sqlite3"
    database = open_database(path)
    try:
        matrix = consent_matrix.build(Services(database))
    finally:
        database.dispose()
    return path, matrix


def test_list_prints_the_register_with_ids(filled: tuple[Path, object]) -> None:
    path, matrix = filled
    assert isinstance(matrix, consent_matrix.ConsentMatrix)
    result = run(path, "participant", "list", str(matrix.workshop_id))
    assert result.returncode == 0, result.stderr
    first = matrix.people[0]
    assert f"{first.id}\tP{first.number}\t{first.name}" in result.stdout
    listing = json.loads(run(path, "participant", "list", str(matrix.workshop_id), "--json").stdout)
    assert [p["id"] for p in listing] == [p.id for p in matrix.people]
    # Support needs and contact details stay out of a listing that is easily pasted elsewhere.
    assert "Needsvane" not in result.stdout and "mailbox-" not in json.dumps(listing)


def test_export_writes_the_persons_file(filled: tuple[Path, object], tmp_path: Path) -> None:
    path, matrix = filled
    assert isinstance(matrix, consent_matrix.ConsentMatrix)
    person = matrix.people[3]
    out = tmp_path / "mine.json"
    result = run(path, "participant", "export", str(person.id), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "give it only to them" in result.stderr
    consent_matrix.assert_consent(
        out.read_bytes(), matrix, consent_matrix.access_export_for(person.id)
    )


def test_erase_then_no_bytes_remain(filled: tuple[Path, object]) -> None:
    path, matrix = filled
    assert isinstance(matrix, consent_matrix.ConsentMatrix)
    person = matrix.people[7]
    result = run(path, "participant", "erase", str(person.id), "--delete-notes")
    assert result.returncode == 0, result.stderr
    assert "1 note(s) deleted" in result.stdout
    for file in path.parent.glob(f"{path.name}*"):
        data = file.read_bytes()
        assert not consent_matrix.contains(data, person.name), file.name
        assert not consent_matrix.contains(data, person.contact), file.name
    again = run(path, "participant", "erase", str(person.id))
    assert again.returncode == 2
    assert again.stderr.strip() == f"workshop: There is no participant with id {person.id}."


@pytest.mark.parametrize(
    "args",
    [
        ("participant", "list", "999"),
        ("participant", "export", "999", "--output", "x.json"),
        ("participant", "erase", "999"),
    ],
)
def test_unknown_ids_give_one_sentence_and_exit_2(
    filled: tuple[Path, object], args: tuple[str, ...], tmp_path: Path
) -> None:
    path, _ = filled
    result = run(path, *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("workshop: There is no ")
    assert "Traceback" not in result.stderr
    assert not (ROOT / "x.json").exists()


def test_bad_usage_exits_2_without_traceback(filled: tuple[Path, object]) -> None:
    path, _ = filled
    result = run(path, "participant", "erase", "not-a-number")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run(path, "purge-expired", "--as-of", "yesterday")
    assert result.returncode == 2 and "is not a date" in result.stderr


def test_purge_expired(tmp_path: Path) -> None:
    path = tmp_path / "purge.sqlite3"
    database = open_database(path)
    try:
        services = Services(database)
        old = services.workshops.create("Old engagement")
        services.participants.add(old.id, "Ottoline Pemberton-Vask", "carer")
        services.sessions.create(old.id, "Only", columns=["Ideas"], date="2019-05-01")
    finally:
        database.dispose()
    dry = run(path, "purge-expired", "--dry-run")
    assert dry.returncode == 0 and f"{old.id}\tOld engagement" in dry.stdout
    result = run(path, "purge-expired")
    assert result.returncode == 0, result.stderr
    assert f"Deleted 1 expired workshop(s): {old.id}." in result.stdout
    for file in path.parent.glob(f"{path.name}*"):
        assert b"Pemberton-Vask" not in file.read_bytes(), file.name
    assert "No workshop" in run(path, "purge-expired").stdout
    future = run(path, "purge-expired", "--as-of", "2199-01-01")
    assert future.returncode == 2 and "future" in future.stderr


def test_anonymised_export_warns_about_small_groups_and_can_merge(tmp_path: Path) -> None:
    path = tmp_path / "small.sqlite3"
    database = open_database(path)
    try:
        services = Services(database)
        workshop = services.workshops.create("Small")
        session = services.sessions.create(workshop.id, "S", columns=["Ideas"], date="2026-11-01")
        column = services.board.columns(session.id)[0]
        for index in range(3):
            person = services.participants.add(
                workshop.id, f"Lived {index}", "lived_experience", attending_session_id=session.id
            )
            services.board.add_note(session.id, column.id, "view", author_id=person.id)
        lone = services.participants.add(
            workshop.id, "Lone Observer", "observer", attending_session_id=session.id
        )
        services.board.add_note(session.id, column.id, "observed", author_id=lone.id)
    finally:
        database.dispose()
    out = tmp_path / "shared.json"
    warned = run(path, "export", str(workshop.id), "-o", str(out), "--anonymise")
    assert warned.returncode == 0
    assert "fewer than 3 people (observers)" in warned.stderr
    assert "--merge-small-groups" in warned.stderr
    assert '"role": "observer"' in out.read_text()
    merged = run(
        path, "export", str(workshop.id), "-o", str(out), "--anonymise", "--merge-small-groups"
    )
    assert merged.returncode == 0 and "fewer than" not in merged.stderr
    text = out.read_text()
    assert "observer" not in text and "Lone Observer" not in text
    assert "Participant 4 (participant)" in text
    refused = run(path, "export", str(workshop.id), "-o", str(out), "--merge-small-groups")
    assert refused.returncode == 2 and "only applies with --anonymise" in refused.stderr
