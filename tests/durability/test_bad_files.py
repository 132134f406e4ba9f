"""Files that are not what they seem: refused in one sentence, left byte-for-byte alone."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.durability.conftest import assert_one_sentence, folder_state, run_app
from workshop.errors import DatabaseRefused
from workshop.storage import open_database

PAGE = 4096


def _not_sqlite(demo: Path, target: Path) -> None:
    target.write_text("title,organisation\nHousing repairs,Riverside Council\n", encoding="utf-8")


def _png(demo: Path, target: Path) -> None:
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def _truncated(demo: Path, target: Path) -> None:
    data = demo.read_bytes()
    target.write_bytes(data[: len(data) // 2 + 100])


def _corrupt(demo: Path, target: Path) -> None:
    data = bytearray(demo.read_bytes())
    # Scribble over the b-tree pages that hold the schema's tables, as a bad sector would.
    for offset in range(PAGE * 2, min(len(data), PAGE * 12), 7):
        data[offset] = (data[offset] * 31 + 17) % 256
    target.write_bytes(bytes(data))


def _header_only(demo: Path, target: Path) -> None:
    target.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)


def _other_application(demo: Path, target: Path) -> None:
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts (name, phone) VALUES ('A Person', '01234 567890')")
    connection.commit()
    connection.close()


def _newer_version(demo: Path, target: Path) -> None:
    shutil.copyfile(demo, target)
    connection = sqlite3.connect(target)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()


CASES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "not-sqlite": (_not_sqlite, "not a workshop database"),
    "png": (_png, "not a workshop database"),
    "truncated": (_truncated, "damaged"),
    "corrupt": (_corrupt, "damaged"),
    "header-only": (_header_only, "damaged"),
    "other-application": (_other_application, "another application"),
    "newer-version": (_newer_version, "newer version"),
}


@pytest.fixture(params=sorted(CASES))
def bad_file(request: pytest.FixtureRequest, demo_file: Path, tmp_path: Path) -> tuple[Path, str]:
    build, words = CASES[request.param]
    folder = tmp_path / request.param
    folder.mkdir()
    target = folder / "record.sqlite3"
    build(demo_file, target)
    return target, words


def test_the_cli_refuses_with_one_sentence_and_leaves_the_file_alone(
    bad_file: tuple[Path, str],
) -> None:
    path, words = bad_file
    before = folder_state(path.parent)
    # `demo` would write a whole workshop: the hardest test of "left untouched".
    result = run_app("--database", str(path), "demo")
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert_one_sentence(result.stderr)
    assert words in result.stderr
    # No byte changed, and nothing (no -wal, -shm or journal) appeared beside it.
    assert folder_state(path.parent) == before


def test_the_app_refuses_with_one_sentence_and_leaves_the_file_alone(
    bad_file: tuple[Path, str],
) -> None:
    path, words = bad_file
    before = folder_state(path.parent)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path)
    assert words in refused.value.message
    assert_one_sentence(refused.value.message)
    assert folder_state(path.parent) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    result = run_app("--database", str(tmp_path), "list")
    assert result.returncode == 2
    assert_one_sentence(result.stderr)
    assert "folder" in result.stderr
