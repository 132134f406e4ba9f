"""`workshop actions WORKSHOP_ID --output FILE.csv` through a real subprocess."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from tests.actions.world import build_world
from workshop.services import Services


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_writes_csv_of_every_session(services: Services, db_path: Path, tmp_path: Path) -> None:
    world = build_world(services)
    services.actions.create(world.first, "Texts when late", owner_id=world.ann)
    services.actions.create(world.second, "=1+1")
    output = tmp_path / "actions.csv"
    result = _run(
        "actions", str(world.workshop), "--output", str(output), "--database", str(db_path)
    )
    assert result.returncode == 0, result.stderr
    assert "Wrote 2 actions" in result.stderr
    with output.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["title"] for r in rows] == ["Texts when late", "'=1+1"]
    assert rows[0]["owner"] == "Participant 1 (person with lived experience)"
    assert rows[1]["session"] == "2027-01-19 Second session"


def test_bad_workshop_id_is_one_sentence_and_exit_2(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    build_world(services)
    output = tmp_path / "actions.csv"
    result = _run("actions", "999", "--output", str(output), "--database", str(db_path))
    assert result.returncode == 2
    assert result.stderr.strip() == "workshop: There is no workshop with id 999."
    assert "Traceback" not in result.stderr
    assert not output.exists()
