"""Real small file systems for tests: mount a tmpfs, make it read-only, fill it up."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def mounted_tmpfs(mount_point: Path, options: str) -> Iterator[Path]:
    """A real small file system (tmpfs), or a skip saying why one cannot be mounted here."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root; run the tests as root (as CI does)")
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs ({result.stderr!r})")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def remount_read_only(mount_point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def fill_disk(folder: Path, *, inodes: bool = True) -> Path:
    """Fill a file system: one filler file takes every block, then (with inodes) empty files
    take every inode. Returns the filler, whose size can be cut to free a little room."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):
            block = b"\0" * size
            with contextlib.suppress(OSError):
                while os.write(descriptor, block) == size:
                    pass
    finally:
        os.close(descriptor)
    if inodes:
        folder_of_inodes = folder / "inodes"
        with contextlib.suppress(OSError):
            folder_of_inodes.mkdir()
            for number in range(100_000):
                (folder_of_inodes / str(number)).touch()
    return filler
