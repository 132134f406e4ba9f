"""A really full disk (a small tmpfs, as root): outputs keep the old file; no false "damaged"."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.disk import fill_disk, mounted_tmpfs
from tests.hostile.conftest import Run, assert_one_sentence, record_state
from workshop.errors import DatabaseRefused, WorkshopError
from workshop.services import Services
from workshop.storage import open_database

OLD = b"the earlier file, which must survive"


@pytest.fixture
def full_disk(tmp_path: Path) -> Path:
    with mounted_tmpfs(tmp_path / "small", "size=1m,nr_inodes=64,mode=0700") as mount:
        yield mount


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["export", "1"], "workshop.json"),
        (["actions", "1"], "actions.csv"),
        (["participant", "export", "1"], "person.json"),
        (["report", "1", "--merge-small-groups"], "record.pdf"),
        (["report", "1", "--merge-small-groups"], "record.html"),
        (["snapshot", "1"], "board.png"),
    ],
)
def test_an_output_on_a_full_disk_is_refused_and_the_old_file_kept(
    command: list[str], name: str, record: Path, full_disk: Path, run: Run
) -> None:
    target = full_disk / name
    target.write_bytes(OLD)
    fill_disk(full_disk)
    before = record_state(record)
    result = run("--database", str(record), *command, "--output", str(target))
    assert result.code == 2, result.err
    assert_one_sentence(result.err)
    assert "no space left" in result.err
    assert target.read_bytes() == OLD
    assert not list(full_disk.glob(".*.part"))
    assert record_state(record) == before


def test_export_board_image_on_a_full_disk_keeps_the_old_image(
    qtbot: QtBot, record: Path, full_disk: Path
) -> None:
    from ui.board.render import save_board_image
    from ui.board.scene import BoardScene

    database = open_database(record)
    try:
        services = Services(database)
        [workshop] = services.workshops.list()
        session = services.sessions.list(workshop.id)[0]
        scene = BoardScene(services)
        scene.load_snapshot(services.sessions.board(session.id))
        image = full_disk / "board.png"
        image.write_bytes(OLD)
        fill_disk(full_disk)
        with pytest.raises(WorkshopError) as refused:
            save_board_image(scene, image, protect=database.files)
        assert "no space left" in refused.value.message
        assert image.read_bytes() == OLD
        assert not list(full_disk.glob(".*.part"))
    finally:
        database.dispose()


def _crashed_copy(record: Path, folder: Path) -> Path:
    """The record with committed changes still in its -wal and no -shm, as after a crash."""
    live = sqlite3.connect(record)
    try:
        live.execute("PRAGMA journal_mode=WAL")
        live.execute("PRAGMA wal_autocheckpoint=0")
        live.execute("UPDATE workshops SET title = 'Changed before the crash'")
        live.commit()
        copy = folder / record.name
        shutil.copyfile(record, copy)
        shutil.copyfile(record.with_name(record.name + "-wal"), copy.with_name(copy.name + "-wal"))
    finally:
        live.close()
    return copy


def test_a_healthy_record_on_a_full_disk_is_not_called_damaged(
    record: Path, full_disk: Path
) -> None:
    path = _crashed_copy(record, full_disk)
    filler = fill_disk(full_disk)
    with pytest.raises(DatabaseRefused) as refused:
        open_database(path).dispose()
    message = refused.value.message
    assert "is damaged" not in message
    assert "full" in message
    # Nothing was made beside a record the app said it did not open.
    assert not path.with_name(path.name + "-shm").exists()
    # With room again, the same record opens with every committed change.
    filler.unlink()
    shutil.rmtree(full_disk / "inodes")
    database = open_database(path)
    try:
        [workshop] = Services(database).workshops.list()
        assert workshop.title == "Changed before the crash"
    finally:
        database.dispose()
