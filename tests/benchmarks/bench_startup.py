"""Start-up: a fresh process to the main window painted (offscreen), against a bare PySide6 window.

Both sides are fresh interpreters started by this script. The parent notes the clock just before
spawning; the child prints the clock once its main window has finished its first paint, and
again once the record is open and the last session drawn on the board. The app opens the demo
workshop with its first session remembered as the last one used, as a facilitator's second start
of the day would. Two figures: the first paint of the real main window (which shows "Opening
your workshops…" while the record opens), and the whole start to the session drawn, so the work
moved after the first paint is still measured.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
OPEN_TARGET_S = 2.0
READY_TARGET_S = 2.0
RATIO_TARGET = 2.0
RUNS = 5
CHILD_TIMEOUT_S = 60

# Installed in both children before anything else runs. Two moments, each printed with the
# monotonic clock (shared by every process on the machine) once the paint pass that showed it has
# finished (a zero timer runs after it):
# PAINTED: the first paint of a widget of the main window: for the app, the real MainWindow of
#   ui.main_window the facilitator works in (whatever it shows then), for the bare side a plain
#   QMainWindow;
# READY: for the app, the board view of that window painted with the remembered session open
#   (the record open, the services and panels built, the last session drawn); for the bare side
#   the same moment as PAINTED, as it has nothing more to do.
# The child quits after READY. It also says what the window showed at its first paint.
_HOOK = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

_MODE = sys.argv[1]
_SESSION = int(sys.argv[3]) if _MODE == "app" else None


def _is_main(window):
    if _MODE == "bare":
        return type(window) is QMainWindow
    kind = type(window)
    return kind.__name__ == "MainWindow" and kind.__module__ == "ui.main_window"


class _Moments(QObject):
    painted = False
    ready = False

    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if not self.painted and _is_main(window):
            self.painted = True
            state = "ready" if getattr(window, "is_ready", True) else "opening"
            QTimer.singleShot(0, lambda: self.report("PAINTED", state))
            if _MODE == "bare":
                self.ready = True
                QTimer.singleShot(0, lambda: self.report("READY", state))
        elif (
            self.painted
            and not self.ready
            and _is_main(window)
            and getattr(window, "is_ready", True)
            and window.session_id == _SESSION
            and watched is window.view.viewport()
        ):
            self.ready = True
            QTimer.singleShot(0, lambda: self.report("READY", "ready"))
        return False

    def report(self, moment, state):
        print(f"{moment} {time.monotonic()!r} {state}", flush=True)
        if moment == "READY":
            QApplication.instance().quit()


_app = QApplication(sys.argv[:1])
_moments = _Moments()
_app.installEventFilter(_moments)
"""

_APP = (
    _HOOK
    + """
from workshop.cli import main
sys.exit(main(["--database", sys.argv[2]]))
"""
)

_BARE = (
    _HOOK
    + """
window = QMainWindow()
window.resize(1400, 900)
window.show()
sys.exit(_app.exec())
"""
)


@dataclass
class Start:
    """One start: seconds from just before the spawn to the first paint and to ready."""

    painted_s: float
    ready_s: float
    first_state: str


def _spawn(code: str, args: list[str], env: dict[str, str]) -> Start:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    moments = {
        parts[0]: (float(parts[1]), parts[2])
        for parts in (line.split() for line in done.stdout.splitlines())
        if len(parts) == 3 and parts[0] in ("PAINTED", "READY")
    }
    if done.returncode != 0 or set(moments) != {"PAINTED", "READY"}:
        raise RuntimeError(f"start-up child failed ({done.returncode}): {done.stderr[-2000:]}")
    painted, state = moments["PAINTED"]
    return Start(painted - started, moments["READY"][0] - started, state)


def _demo_database(folder: Path) -> tuple[Path, int]:
    """The demo workshop in a real SQLite file; returns it and its first session's id."""
    from workshop.demo import create_demo
    from workshop.services import Services
    from workshop.storage import open_database

    path = folder / "demo.sqlite3"
    database = open_database(path)
    try:
        services = Services(database)
        workshop_id = create_demo(services).workshop
        session_id = services.sessions.list(workshop_id)[0].id
    finally:
        database.dispose()
    return path, session_id


def _child_env(folder: Path) -> dict[str, str]:
    """The children keep their settings and data in the scratch folder, never the user's."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    env["PYTHONPATH"] = str(ROOT)
    # An installed app runs from compiled bytecode; keep that cache in the scratch folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    env.pop("WORKSHOP_DATABASE", None)
    return env


def _remember_session(folder: Path, session_id: int) -> None:
    """Settings as a previous run leaves them: the demo's first session was the last one open."""
    settings = folder / "config" / "codesign-workshop" / "codesign-workshop.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f"[session]\nlast={session_id}\n", encoding="utf-8")


def run(small: bool = False) -> list[dict[str, Any]]:
    runs = 1 if small else RUNS
    ours: list[Start] = []
    bare: list[Start] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        database, session_id = _demo_database(folder)
        _remember_session(folder, session_id)
        env = _child_env(folder)
        app_args = ["app", str(database), str(session_id)]
        # One untimed start each first, so both sides find the same warm file caches.
        if not small:
            _spawn(_APP, app_args, env)
            _spawn(_BARE, ["bare"], env)
        for _ in range(runs):
            # Alternate, so a noisy neighbour on the machine hits both sides alike.
            ours.append(_spawn(_APP, app_args, env))
            bare.append(_spawn(_BARE, ["bare"], env))
    bare_s = statistics.median(start.painted_s for start in bare)
    painted_s = statistics.median(start.painted_s for start in ours)
    ready_s = statistics.median(start.ready_s for start in ours)
    return [
        {
            "figure": "start-up to main window painted (demo workshop)",
            "ours_s": painted_s,
            "baseline_s": bare_s,
            "ratio": painted_s / bare_s,
            "target": f"< {OPEN_TARGET_S:g} s; ratio <= {RATIO_TARGET:g}",
            "passed": painted_s < OPEN_TARGET_S and painted_s / bare_s <= RATIO_TARGET,
            "runs": runs,
            # What the window showed at its first paint: "opening" (record still loading).
            "first_paint_states": sorted({start.first_state for start in ours}),
            "ours_runs_s": [start.painted_s for start in ours],
            "baseline_runs_s": [start.painted_s for start in bare],
        },
        {
            "figure": "start-up to record open and last session drawn (demo workshop)",
            "ours_s": ready_s,
            "baseline_s": bare_s,
            "ratio": ready_s / bare_s,
            "target": f"< {READY_TARGET_S:g} s",
            "passed": ready_s < READY_TARGET_S,
            "runs": runs,
            "ours_runs_s": [start.ready_s for start in ours],
            "baseline_runs_s": [start.painted_s for start in bare],
        },
    ]


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row))
