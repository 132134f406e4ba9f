"""Hostile paths: outputs that would hit the record, and inputs that are not files.

Each command exits 2 with one sentence, and the record's bytes, row counts and the files
beside it are exactly as they were (no half-written or temporary file left behind).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.hostile.conftest import Run, assert_one_sentence, record_state

# From the record's path, the command's words after `--database RECORD`.
Case = Callable[[Path], list[str]]


def _export(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["export", "1", "--output", _target(target, record)]


def _actions(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["actions", "1", "--output", _target(target, record)]


def _participant(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["participant", "export", "1", "--output", _target(target, record)]


def _report(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["report", "1", "--output", _target(target, record)]


def _snapshot(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["snapshot", "1", "--output", _target(target, record)]


def _access_plan(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["access-plan", "1", "--output", _target(target, record)]


def _payments(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["payments", "1", "--output", _target(target, record)]


def _import(target: str | Callable[[Path], str]) -> Case:
    return lambda record: ["import", _target(target, record)]


def _target(target: str | Callable[[Path], str], record: Path) -> str:
    return target(record) if callable(target) else str(record.parent / target)


def _symlink(name: str, to: str) -> Callable[[Path], str]:
    def make(record: Path) -> str:
        link = record.parent / name
        link.symlink_to(record.parent / to)
        return str(link)

    return make


def _hard_link_elsewhere(record: Path) -> str:
    other = record.parent.parent / "elsewhere"
    other.mkdir()
    link = other / "copy.json"
    os.link(record, link)
    return str(link)


def _hard_link(name: str) -> Callable[[Path], str]:
    def make(record: Path) -> str:
        link = record.parent / name
        os.link(record, link)
        return str(link)

    return make


def _link_chain(record: Path) -> str:
    (record.parent / "second").symlink_to(record)
    (record.parent / "first.json").symlink_to(record.parent / "second")
    return str(record.parent / "first.json")


def _relative_spelling(record: Path) -> str:
    # Another spelling of the same file: through a sibling folder and back.
    (record.parent / "sub").mkdir()
    return str(record.parent / "sub" / ".." / record.name)


def _linked_backups_folder(record: Path) -> str:
    (record.parent / "saved").symlink_to(record.parent / "backups", target_is_directory=True)
    return str(record.parent / "saved" / "export.json")


def _backups_subfolder(record: Path) -> str:
    (record.parent / "backups" / "old").mkdir()
    return str(record.parent / "backups" / "old" / "export.json")


def _fifo(name: str) -> Callable[[Path], str]:
    def make(record: Path) -> str:
        path = record.parent / name
        os.mkfifo(path)
        return str(path)

    return make


def _block_device(name: str) -> Callable[[Path], str]:
    def make(record: Path) -> str:
        path = record.parent / name
        try:
            # A loop device's number; nothing is ever opened, the node's type alone is refused.
            os.mknod(path, stat.S_IFBLK | 0o600, os.makedev(7, 250))
        except PermissionError:
            pytest.skip("making a device node needs root (as CI runs the tests)")
        return str(path)

    return make


def _descriptor_of_the_database(record: Path) -> str:
    """/dev/fd/N for a descriptor this process holds open on the database: still the database."""
    descriptor = os.open(record, os.O_RDONLY)
    _open_descriptors.append(descriptor)
    return f"/dev/fd/{descriptor}"


_open_descriptors: list[int] = []


@pytest.fixture(autouse=True)
def _close_descriptors() -> Iterator[None]:
    yield
    while _open_descriptors:
        os.close(_open_descriptors.pop())


def _loop(record: Path) -> str:
    (record.parent / "loop-a").symlink_to(record.parent / "loop-b")
    (record.parent / "loop-b").symlink_to(record.parent / "loop-a")
    return str(record.parent / "loop-a")


def _folder(name: str) -> Callable[[Path], str]:
    def make(record: Path) -> str:
        (record.parent / name).mkdir()
        return str(record.parent / name)

    return make


HOSTILE_PATHS: dict[str, Case] = {
    # The record itself, by any name.
    "export-over-database": _export("record.sqlite3"),
    "export-over-database-other-spelling": _export(_relative_spelling),
    "actions-over-symlink-to-database": _actions(_symlink("actions.csv", "record.sqlite3")),
    "participant-over-hard-link": _participant(_hard_link("person.json")),
    "participant-over-hard-link-elsewhere": _participant(_hard_link_elsewhere),
    "export-over-link-chain": _export(_link_chain),
    "report-over-symlink-to-database": _report(_symlink("record.pdf", "record.sqlite3")),
    "snapshot-over-symlink-to-database": _snapshot(_symlink("board.png", "record.sqlite3")),
    "access-plan-over-symlink-to-database": _access_plan(_symlink("plan.pdf", "record.sqlite3")),
    "payments-over-hard-link": _payments(_hard_link("payments.csv")),
    # Its working files, which SQLite would read as part of the record.
    "export-over-wal": _export("record.sqlite3-wal"),
    "actions-over-shm": _actions("record.sqlite3-shm"),
    "participant-over-journal": _participant("record.sqlite3-journal"),
    "export-over-symlink-to-wal": _export(_symlink("notes.json", "record.sqlite3-wal")),
    # Its backups folder.
    "export-into-backups": _export("backups/export.json"),
    "export-into-backups-subfolder": _export(_backups_subfolder),
    "export-into-linked-backups": _export(_linked_backups_folder),
    "access-plan-into-backups": _access_plan("backups/plan.html"),
    "payments-over-wal": _payments("record.sqlite3-wal"),
    # Places that are not files.
    "export-to-folder": _export(_folder("a-folder")),
    "export-to-missing-folder": _export("no-such-folder/export.json"),
    # (Writing to /dev/null, /dev/stdout or a pipe works: see test_streams.py.)
    "export-to-full-device": _export(lambda _record: "/dev/full"),
    "export-to-block-device": _export(_block_device("disk.json")),
    "export-to-fifo-named-like-the-wal": _export(_fifo("record.sqlite3-wal")),
    "export-to-descriptor-of-the-database": _export(_descriptor_of_the_database),
    "export-to-empty-name": _export(lambda _record: ""),
    "export-to-dot": _export(lambda _record: "."),
    "export-newline-in-missing-folder": _export("no\nsuch/export.json"),
    "report-to-missing-folder": _report("missing/record.pdf"),
    # Inputs that are not workshop files.
    "import-folder": _import(_folder("incoming")),
    "import-fifo": _import(_fifo("incoming.json")),
    "import-device": _import(lambda _record: "/dev/zero"),
    "import-missing": _import("nothing-here.json"),
    "import-the-database": _import("record.sqlite3"),
    "import-symlink-loop": _import(_loop),
}


def test_there_are_at_least_twenty_hostile_paths() -> None:
    assert len(HOSTILE_PATHS) >= 20


@pytest.mark.parametrize("name", sorted(HOSTILE_PATHS))
def test_a_hostile_path_is_refused_and_the_record_is_untouched(
    name: str, record: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(record.parent)
    words = HOSTILE_PATHS[name](record)
    before = record_state(record)
    result = run("--database", str(record), *words)
    assert result.code == 2, (name, result.err)
    assert_one_sentence(result.err)
    assert record_state(record) == before


def test_a_database_named_like_the_output_is_still_refused(tmp_path: Path, run: Run) -> None:
    """A record called record.pdf and a report asked to be written to record.pdf."""
    path = tmp_path / "record.pdf"
    assert run("--database", str(path), "demo").code == 0
    before = record_state(path)
    result = run("--database", str(path), "report", "1", "--output", str(path))
    assert result.code == 2
    assert_one_sentence(result.err)
    assert "open workshop database" in result.err
    assert record_state(path) == before


def test_an_ordinary_output_beside_the_record_is_written(record: Path, run: Run) -> None:
    """The refusals above are about those targets: the same commands write ordinary files."""
    for words in (
        ["export", "1", "--output", str(record.parent / "export.json")],
        ["actions", "1", "--output", str(record.parent / "actions.csv")],
        ["participant", "export", "1", "--output", str(record.parent / "person.json")],
    ):
        result = run("--database", str(record), *words)
        assert result.code == 0, result.err
        assert Path(words[-1]).stat().st_size > 0
    assert not list(record.parent.glob(".*.part"))
