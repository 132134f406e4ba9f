"""A corpus of hostile interchange files: each refused in one sentence, the record untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.conftest import Run, assert_one_sentence, record_state
from tests.hostile.corpus import HOSTILE_FILES
from workshop.services import Services
from workshop.storage import open_database


@pytest.fixture(scope="module")
def exported(demo_master: Path) -> tuple[dict[str, object], str]:
    """The demo workshop as an interchange document, and its text as json.dumps writes it."""
    database = open_database(demo_master)
    try:
        services = Services(database)
        [workshop] = services.workshops.list()
        document = json.loads(services.interchange.export_text(workshop.id))
    finally:
        database.dispose()
    return document, json.dumps(document, ensure_ascii=False)


def test_the_corpus_is_large_enough() -> None:
    assert len(HOSTILE_FILES) >= 60


def test_the_unchanged_export_imports(
    exported: tuple[dict[str, object], str], record: Path, tmp_path: Path, run: Run
) -> None:
    """Proof that each refusal below is caused by its one change, not by the base file."""
    source = tmp_path / "good.json"
    source.write_text(exported[1], encoding="utf-8")
    result = run("--database", str(record), "import", str(source))
    assert result.code == 0, result.err
    assert result.out.strip().isdigit()


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_a_hostile_file_is_refused_and_the_record_is_untouched(
    name: str,
    exported: tuple[dict[str, object], str],
    record: Path,
    tmp_path: Path,
    run: Run,
) -> None:
    document, text = exported
    source = tmp_path / f"{name}.json"
    source.write_bytes(HOSTILE_FILES[name](document, text))
    before = record_state(record)
    result = run("--database", str(record), "import", str(source))
    assert result.code == 2, (name, result.err)
    assert result.out == ""
    assert_one_sentence(result.err)
    assert record_state(record) == before
