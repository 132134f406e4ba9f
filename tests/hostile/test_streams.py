"""Outputs to a device or a pipe: a script's `--output /dev/null` or `/dev/stdout` just works.

There is nothing to rename over, so the output is written straight into the device or pipe;
the device stays what it was, and the record is untouched.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path
from subprocess import CompletedProcess
from typing import IO

import pytest

from tests.hostile.conftest import Run, record_state
from workshop.files import is_stream

ROOT = Path(__file__).resolve().parents[2]

COMMANDS = [
    ["export", "1"],
    ["export", "1", "--anonymise", "--merge-small-groups"],
    ["actions", "1"],
    ["participant", "export", "1"],
    ["payments", "1"],
    ["snapshot", "1"],
    ["report", "1", "--merge-small-groups", "--format", "pdf"],
    ["report", "1", "--merge-small-groups", "--format", "html"],
    ["access-plan", "1", "--format", "html"],
    ["feedback", "1"],
    ["reach", "1"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_an_output_to_dev_null_succeeds_and_leaves_the_device_as_it_was(
    command: list[str], record: Path, run: Run
) -> None:
    device = os.stat(os.devnull)
    before = record_state(record)
    result = run("--database", str(record), *command, "--output", os.devnull)
    assert result.code == 0, result.err
    after = os.stat(os.devnull)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_mode, after.st_rdev, after.st_ino) == (
        device.st_mode,
        device.st_rdev,
        device.st_ino,
    )
    assert record_state(record) == before
    assert not list(Path(os.devnull).parent.glob(".null.*.part"))


def test_an_output_to_a_fifo_reaches_its_reader(record: Path, run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "pipes"
    folder.mkdir()
    pipe = folder / "export.pipe"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = run("--database", str(record), "export", "1", "--output", str(pipe))
    reader.join(timeout=30)
    assert result.code == 0, result.err
    assert json.loads(received[0])["version"] == 1
    assert stat.S_ISFIFO(pipe.lstat().st_mode)  # still the pipe, not a file renamed over it
    assert [p.name for p in folder.iterdir()] == ["export.pipe"]  # no temporary file either


def _workshop(record: Path, *words: str, stdout: int | IO[bytes]) -> CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--database", str(record), *words],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=environment,
        check=False,
        timeout=120,
    )


def _stdout_link(tmp_path: Path) -> Path:
    """Our own link to the process's standard output, as /dev/stdout is on Linux.

    The tests write through this link rather than the system's /dev/stdout, so a regression
    that renames a file over its target can only hurt the test's folder, never the machine.
    """
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("this system has no /proc/self/fd")
    link = tmp_path / "links" / "stdout"
    link.parent.mkdir()
    link.symlink_to("/proc/self/fd/1")
    return link


def test_an_output_to_stdout_goes_down_the_pipe(record: Path, tmp_path: Path) -> None:
    link = _stdout_link(tmp_path)
    before = record_state(record)
    finished = _workshop(record, "export", "1", "--output", str(link), stdout=subprocess.PIPE)
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["version"] == 1
    assert record_state(record) == before
    assert [p.name for p in link.parent.iterdir()] == ["stdout"]


def test_stdout_redirected_to_a_file_writes_into_that_file_and_keeps_the_link(
    record: Path, tmp_path: Path
) -> None:
    link = _stdout_link(tmp_path)
    target = tmp_path / "redirected.json"
    with target.open("wb") as stream:
        finished = _workshop(record, "export", "1", "--output", str(link), stdout=stream)
    assert finished.returncode == 0, finished.stderr
    assert json.loads(target.read_bytes())["version"] == 1
    # Not replaced by a renamed file: the link is still the link it was.
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    assert [p.name for p in link.parent.iterdir()] == ["stdout"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (os.devnull, True),
        ("/dev/stdout", True),
        ("/dev/fd/1", True),
        ("/proc/self/fd/2", True),
        ("/dev/full", True),
        (__file__, False),
        ("/no/such/folder/file.json", False),
    ],
)
def test_which_targets_are_streams(path: str, expected: bool) -> None:
    if not Path(path).parent.exists() and expected:
        pytest.skip(f"this system has no {path}")
    assert is_stream(path) is expected


def test_a_symlink_to_a_device_is_a_stream_and_a_folder_is_not(tmp_path: Path) -> None:
    link = tmp_path / "quiet.json"
    link.symlink_to(os.devnull)
    assert is_stream(link)
    assert not is_stream(tmp_path)


def test_a_record_to_a_stream_without_a_format_asks_for_one(record: Path, run: Run) -> None:
    result = run("--database", str(record), "report", "1", "--output", os.devnull)
    assert result.code == 2
    assert result.err.strip().endswith("add --format pdf or --format html.")


def test_a_pdf_record_down_a_pipe_is_a_whole_pdf(record: Path, tmp_path: Path) -> None:
    link = _stdout_link(tmp_path)
    finished = _workshop(
        record,
        *("report", "1", "--merge-small-groups", "--format", "pdf", "--output", str(link)),
        stdout=subprocess.PIPE,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith(b"%PDF-") and finished.stdout.rstrip().endswith(b"%%EOF")
