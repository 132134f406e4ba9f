"""`workshop snapshot` and `workshop gui-check` run as real subprocesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from workshop.demo import create_demo
from workshop.services import Services


def _workshop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_snapshot_of_the_demo_session_is_a_drawn_board(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    ids = create_demo(services)
    session_id = ids.sessions[0][0]
    output = tmp_path / "board.png"
    done = _workshop(
        "snapshot",
        str(session_id),
        "--database",
        str(db_path),
        "--output",
        str(output),
        "--width",
        "1600",
        "--height",
        "900",
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1600, 900)
    colours = {image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, 900, 7)}
    # Lanes, role colours, text: a blank or flat image has a handful of colours at most.
    assert len(colours) > 200
    svg = tmp_path / "board.svg"
    done = _workshop("snapshot", str(session_id), "--database", str(db_path), "-o", str(svg))
    assert done.returncode == 0, done.stderr
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "What matters to you" in text


def test_snapshot_of_a_missing_session_is_one_sentence(db_path: Path, tmp_path: Path) -> None:
    done = _workshop(
        "snapshot", "999", "--database", str(db_path), "--output", str(tmp_path / "x.png")
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "workshop: There is no session with id 999."
    assert not (tmp_path / "x.png").exists()


def test_gui_check_passes_where_qt_can_start(db_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = _workshop("gui-check", "--database", str(db_path), env=env)
    assert done.returncode == 0, done.stderr


def test_gui_check_explains_a_missing_display_without_a_qt_dump(db_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = _workshop("gui-check", "--database", str(db_path), env=env)
    assert done.returncode == 2
    assert "libxcb-cursor0" in done.stderr and "QT_DEBUG_PLUGINS=1" in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert "Available platform plugins" not in done.stderr
    assert done.stdout == ""
