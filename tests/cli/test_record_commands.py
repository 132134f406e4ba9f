"""The record subcommands through a real subprocess: success paths and one-sentence refusals."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner


def _one_sentence_refusal(result) -> None:
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("workshop: ") and lines[0].endswith(".")


def test_demo_list_export_import(cli: Runner, tmp_path: Path) -> None:
    demo = cli("demo")
    assert demo.returncode == 0, demo.stderr
    assert "Workshop 1" in demo.stdout and "Session 2" in demo.stdout

    listing = cli("list", "--json")
    assert listing.returncode == 0
    data = json.loads(listing.stdout)
    assert data[0]["id"] == 1 and [s["id"] for s in data[0]["sessions"]] == [1, 2]
    assert set(data[0]["sessions"][0]) == {"id", "title", "date"}

    out = tmp_path / "w.json"
    exported = cli("export", "1", "--output", str(out))
    assert exported.returncode == 0, exported.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    session = document["workshop"]["sessions"][0]
    assert document["format"] == "co-design-workshop" and document["version"] == 1
    assert len(document["workshop"]["participants"]) == 12
    roles = {p["role"] for p in document["workshop"]["participants"]}
    assert roles == {
        "lived_experience",
        "carer",
        "community",
        "professional",
        "facilitator",
        "observer",
    }
    assert not all(p["consent_named"] for p in document["workshop"]["participants"])
    assert len(session["notes"]) == 60 and len(session["columns"]) == 4
    assert session["themes"] and session["votes"]
    statuses = {a["status"] for a in session["actions"]}
    assert statuses == {"proposed", "agreed", "in_progress", "done", "dropped"}
    assert len(session["actions"]) == 8
    assert any(u["session"] == "s2" for a in session["actions"] for u in a["updates"])

    imported = cli("import", str(out))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "2"
    text = cli("list")
    assert "Home care in Riverside" in text.stdout


def test_bad_inputs_give_one_sentence_and_exit_2(cli: Runner, tmp_path: Path) -> None:
    _one_sentence_refusal(cli("import", str(tmp_path / "missing.json")))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "co-design-workshop", "version": 1, "workshop": {}}')
    result = cli("import", str(bad))
    _one_sentence_refusal(result)
    assert "workshop.title: missing" in result.stderr
    _one_sentence_refusal(cli("export", "42", "--output", str(tmp_path / "x.json")))
    _one_sentence_refusal(cli("export", "1", "--output", str(tmp_path / "no" / "x.json")))
    assert not (tmp_path / "x.json").exists()


def test_refused_database_is_untouched(cli: Runner, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_bytes(b"This is not a database at all\n")
    before = foreign.read_bytes()
    result = cli("list", "--database", str(foreign), database_arg=False)
    _one_sentence_refusal(result)
    assert "not a workshop database" in result.stderr
    assert foreign.read_bytes() == before


def test_environment_variable_selects_database(cli: Runner, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.cli.conftest import REPO

    target = tmp_path / "from-env.sqlite3"
    env = dict(
        os.environ, WORKSHOP_DATABASE=str(target), PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen"
    )
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "list"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_unknown_subcommand_is_a_usage_error(cli: Runner) -> None:
    result = cli("frobnicate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_help_and_bad_app_options_still_use_the_full_parser(cli: Runner) -> None:
    help_text = cli("--help", database_arg=False)
    assert help_text.returncode == 0
    for command in ("demo", "report", "serve", "participant", "snapshot"):
        assert command in help_text.stdout
    bad = cli("--language", "xx")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    assert bad.stderr.count("usage:") == 1
