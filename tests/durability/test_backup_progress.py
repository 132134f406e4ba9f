"""Backing up and restoring with progress and Cancel: a cancel leaves nothing half-written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.durability.big_record import copy_record, make_big_record
from tests.durability.conftest import file_hash, folder_state
from workshop.backups import BackupCancelled, BackupKind, Backups, BackupStage
from workshop.services import Services
from workshop.storage import Database, open_database

STEP = 16  # pages per step: the big record then takes dozens of steps


@pytest.fixture(scope="module")
def big_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_big_record(tmp_path_factory.mktemp("big"))


@pytest.fixture
def big(big_master: Path, tmp_path: Path) -> Iterator[tuple[Database, Services, Backups]]:
    database = open_database(copy_record(big_master, tmp_path / "data"))
    yield database, Services(database), Backups(database, step_pages=STEP)
    database.dispose()


class Recorder:
    """Collects progress reports and asks to stop once a chosen condition holds."""

    def __init__(self, stop_when: object = None) -> None:
        self.reports: list[tuple[int, BackupStage]] = []
        self.stop_when = stop_when

    def __call__(self, percent: int, stage: BackupStage) -> None:
        self.reports.append((percent, stage))

    def should_stop(self) -> bool:
        return callable(self.stop_when) and bool(self.stop_when(self.reports))


def _note_count(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    finally:
        connection.close()


def _record_bytes(path: Path) -> dict[str, str]:
    """The record's content: the database file and its write-ahead log.

    The -shm file is left out: it is SQLite's shared-memory index of the log, whose read marks
    change whenever anyone merely reads, and it is rebuilt from the two files on opening.
    """
    files = [path, path.with_name(path.name + "-wal")]
    return {p.name: file_hash(p) for p in files if p.exists()}


def test_backup_reports_progress_in_steps_up_to_100_percent(
    big: tuple[Database, Services, Backups],
) -> None:
    _, _, backups = big
    recorder = Recorder()
    made = backups.backup_now(progress=recorder, should_stop=recorder.should_stop)
    percents = [percent for percent, _ in recorder.reports]
    assert len(percents) > 10, percents  # many steps, not one jump
    assert percents == sorted(percents) and percents[0] == 0 and percents[-1] == 100
    assert {stage for _, stage in recorder.reports} == {BackupStage.COPYING}
    assert _note_count(made) > 3000
    assert [b.kind for b in backups.list()] == [BackupKind.MANUAL]


@pytest.mark.parametrize("to_chosen_file", [False, True])
def test_a_cancelled_backup_leaves_no_file(
    big: tuple[Database, Services, Backups], tmp_path: Path, to_chosen_file: bool
) -> None:
    database, _, backups = big
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "copy.sqlite3" if to_chosen_file else None
    # Stop halfway through the copy, when a partial file certainly exists on disk.
    recorder = Recorder(lambda reports: reports and reports[-1][0] >= 50)
    with pytest.raises(BackupCancelled):
        backups.backup_now(target, progress=recorder, should_stop=recorder.should_stop)
    assert 0 < recorder.reports[-1][0] < 100
    assert folder_state(elsewhere) == {}
    assert not backups.folder.exists() or folder_state(backups.folder) == {}
    assert backups.list() == []
    assert database.path is not None
    beside = {p.name for p in database.path.parent.iterdir() if p.is_file()}
    assert beside <= {"record.sqlite3", "record.sqlite3-wal", "record.sqlite3-shm"}


@pytest.mark.parametrize("stage", [BackupStage.READING, BackupStage.CHECKING, BackupStage.KEEPING])
def test_a_cancelled_restore_leaves_the_record_byte_for_byte_unchanged(
    big: tuple[Database, Services, Backups], stage: BackupStage
) -> None:
    database, services, backups = big
    backup = backups.backup_now()
    services.workshops.create("Made after the backup", "Riverside Council")
    path = database.path
    assert path is not None
    before = _record_bytes(path)
    backups_before = folder_state(backups.folder)
    # Cancel once the chosen stage has been reported, at least partly done.
    recorder = Recorder(lambda reports: reports and reports[-1][1] is stage)
    with pytest.raises(BackupCancelled):
        backups.restore(backup, progress=recorder, should_stop=recorder.should_stop)
    assert BackupStage.REPLACING not in {s for _, s in recorder.reports}
    assert _record_bytes(path) == before
    # No scratch folder, no partial file, no safety copy of a record that was never replaced.
    assert folder_state(backups.folder) == backups_before
    assert sorted(p.name for p in backups.folder.iterdir()) == [backup.name]
    titles = [w.title for w in services.workshops.list()]
    assert "Made after the backup" in titles
    reopened = open_database(path)
    try:
        assert "Made after the backup" in [w.title for w in Services(reopened).workshops.list()]
    finally:
        reopened.dispose()


def test_restore_reports_each_stage_and_reaches_100_percent(
    big: tuple[Database, Services, Backups],
) -> None:
    database, services, backups = big
    backup = backups.backup_now()
    services.workshops.create("Made after the backup", "Riverside Council")
    recorder = Recorder()
    safety = backups.restore(backup, progress=recorder, should_stop=recorder.should_stop)
    stages = [stage for _, stage in recorder.reports]
    assert list(dict.fromkeys(stages)) == [
        BackupStage.READING,
        BackupStage.CHECKING,
        BackupStage.KEEPING,
        BackupStage.REPLACING,
    ]
    percents = [percent for percent, _ in recorder.reports]
    assert percents == sorted(percents) and percents[-1] == 100
    assert len(percents) > 10
    assert "Made after the backup" not in [w.title for w in services.workshops.list()]
    assert safety.exists() and _note_count(safety) == _note_count(backup)
    assert database.path is not None and _note_count(database.path) == _note_count(backup)


def test_a_cancel_after_the_swap_began_is_too_late_and_the_restore_completes(
    big: tuple[Database, Services, Backups],
) -> None:
    _, services, backups = big
    backup = backups.backup_now()
    services.workshops.create("Made after the backup", "Riverside Council")
    recorder = Recorder(lambda reports: reports and reports[-1][1] is BackupStage.REPLACING)
    backups.restore(backup, progress=recorder, should_stop=recorder.should_stop)
    assert recorder.reports[-1] == (100, BackupStage.REPLACING)
    assert "Made after the backup" not in [w.title for w in services.workshops.list()]
