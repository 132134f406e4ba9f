"""Board speed and scale: open, repaint and pan a big session, against a bare Qt scene.

Figures (issue 10):
- open a 2,000-note session to a drawn board (read from SQLite, build, show, paint at 1920×1080);
- repaint the full 1920×1080 view; pan it 50 times (each pan scrolls and lets Qt paint);
- the real main window (every panel docked) opening 2,000 notes, as a facilitator sees it;
- scale: the real main window (every panel docked) opens a 10,000-note session, and the peak
  memory of that process. Measured in a fresh process each, so nothing earlier in this run
  counts towards its peak.
The baseline is the bare toolkit doing the same work in the same run: the notes read with
sqlite3 and shown as a QGraphicsRectItem plus a QGraphicsTextItem each (see bare_board.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView

from tests.benchmarks import bare_board
from ui.board.scene import BoardScene
from ui.board.view import BoardView
from workshop import layout
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database

ROOT = Path(__file__).resolve().parents[2]
VIEW_SIZE = (1920, 1080)
OPEN_RUNS = 3
REPAINTS = 15
PANS = 50
PAN_ROUNDS = 5  # the 50 pans, several times over, alternating sides: the median round counts
PAN_STEP = (24, 48)  # view pixels right and down per pan; halfway through it turns back
RATIO_TARGET = 2.0
OPEN_TARGET_S = 1.0
SCALE_OPEN_TARGET_S = 5.0
SCALE_MEMORY_TARGET_MB = 500.0
CHILD_TIMEOUT_S = 300


# ----- the record ---------------------------------------------------------------------------


def _document(services: Services, notes: int) -> str:
    """The demo workshop as an interchange file, its first session holding `notes` notes."""
    ids = create_demo(services)
    document = json.loads(services.interchange.export_text(ids.workshop))
    session = document["workshop"]["sessions"][0]
    texts = [n["text"] for n in session["notes"]]
    authors = [(n.get("author"), n["role"]) for n in session["notes"]]
    columns = [c["id"] for c in session["columns"]]
    per_lane: dict[str, int] = dict.fromkeys(columns, 0)
    generated = []
    for index in range(notes):
        column = columns[index % len(columns)]
        x, y = layout.slot_position(per_lane[column])
        per_lane[column] += 1
        author, role = authors[index % len(authors)]
        note: dict[str, Any] = {
            "id": f"bench{index}",
            "column": column,
            "text": f"{texts[index % len(texts)]} ({index})",
            "role": role,
            "x": x,
            "y": y,
            "created_at": "2026-11-28T10:00:00Z",
            "hidden": False,
            "pending": False,
            "private": False,
            "colour": "",
            "theme": None,
            "author": author,
        }
        generated.append(note)
    session["notes"] = generated
    session["themes"] = []
    session["votes"] = []
    session["actions"] = []
    session.pop("easy_read", None)  # its points name the themes and actions taken out above
    return json.dumps(document)


def build_board_database(path: Path, notes: int) -> int:
    """A real SQLite record with a session of `notes` notes (the demo's people and columns)."""
    database = open_database(path)
    try:
        services = Services(database)
        scratch = open_database(path.with_name(path.stem + "-demo.sqlite3"))
        try:
            document = _document(Services(scratch), notes)
        finally:
            scratch.dispose()
        imported = services.interchange.import_workshop(document)
        return services.sessions.list(imported.id)[0].id
    finally:
        database.dispose()


# ----- measuring in this process ------------------------------------------------------------


class _PaintCounter(QObject):
    """Counts paint events on a viewport, to prove a pan really painted."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _show(view: QGraphicsView) -> None:
    view.resize(*VIEW_SIZE)
    view.show()


def _repaint(view: QGraphicsView) -> float:
    """Median seconds to repaint the whole viewport."""
    times = [_timed(view.viewport().repaint) for _ in range(REPAINTS)]
    return statistics.median(times)


def _pan(view: QGraphicsView, pans: int) -> tuple[float, int]:
    """Seconds for `pans` scrolls, each followed by the paint Qt schedules for it."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    counter = _PaintCounter()
    view.viewport().installEventFilter(counter)
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    start = time.perf_counter()
    for index in range(pans):
        sign = 1 if index < pans // 2 else -1
        horizontal.setValue(horizontal.value() + sign * PAN_STEP[0])
        vertical.setValue(vertical.value() + sign * PAN_STEP[1])
        app.processEvents()
    elapsed = time.perf_counter() - start
    view.viewport().removeEventFilter(counter)
    return elapsed, counter.count


def _in_process(path: Path, session_id: int, pans: int, rounds: int) -> dict[str, Any]:
    database = open_database(path)
    services = Services(database)
    kept: dict[str, QGraphicsView] = {}
    # A view does not own its scene: keep the bare one referenced or Python deletes it.
    scenes: dict[str, QGraphicsScene] = {}

    def open_ours() -> None:
        scene = BoardScene(services)
        scene.load(session_id)
        view = BoardView(scene)
        _show(view)
        view.fit_board()
        view.viewport().repaint()
        kept["ours"] = view

    def open_bare() -> None:
        scene = bare_board.build_scene(bare_board.read_notes(path, session_id))
        view = QGraphicsView(scene)
        _show(view)
        # The same extent, zoom and centre as ours, so both draw and scroll over the same notes.
        ours = kept["ours"]
        scene.setSceneRect(ours.sceneRect())
        view.setTransform(ours.transform())
        view.centerOn(ours.mapToScene(ours.viewport().rect().center()))
        view.viewport().repaint()
        kept["bare"] = view
        scenes["bare"] = scene

    ours_open, bare_open = [], []
    try:
        for _ in range(OPEN_RUNS):
            for view in kept.values():
                view.close()
            kept.clear()
            scenes.clear()
            # Alternate, so one-off costs and a noisy neighbour hit both sides alike.
            ours_open.append(_timed(open_ours))
            bare_open.append(_timed(open_bare))
        ours_view, bare_view = kept["ours"], kept["bare"]
        ours_pans, bare_pans = [], []
        ours_frames = bare_frames = 0
        for _ in range(rounds):
            seconds, frames = _pan(ours_view, pans)
            ours_pans.append(seconds)
            ours_frames = min(frames, ours_frames) if ours_pans[1:] else frames
            seconds, frames = _pan(bare_view, pans)
            bare_pans.append(seconds)
            bare_frames = min(frames, bare_frames) if bare_pans[1:] else frames
        figures = {
            "ours_open": statistics.median(ours_open),
            "bare_open": statistics.median(bare_open),
            "ours_repaint": _repaint(ours_view),
            "bare_repaint": _repaint(bare_view),
            "ours_pan": statistics.median(ours_pans),
            "bare_pan": statistics.median(bare_pans),
            "ours_pan_runs": ours_pans,
            "bare_pan_runs": bare_pans,
            "ours_painted": ours_frames,
            "bare_painted": bare_frames,
            "zoom": ours_view.transform().m11(),
            "ours_open_runs": ours_open,
            "bare_open_runs": bare_open,
        }
        for view in kept.values():
            view.close()
        return figures
    finally:
        database.dispose()


# ----- measuring in a fresh process ---------------------------------------------------------

# The real main window with every panel docked, as the app builds it, opening the session.
_OURS_CHILD = """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from tests.benchmarks.bare_board import peak_rss_mb
from ui.main_window import MainWindow
from ui.workspace import assemble
from workshop.services import Services
from workshop.storage import open_database
database = open_database(sys.argv[1])
services = Services(database)
window = MainWindow(services, None)
assemble(window, services)
window.resize(1920, 1080)
window.show()
app.processEvents()
start = time.perf_counter()
window.open_session(int(sys.argv[2]))
window.repaint()
elapsed = time.perf_counter() - start
shown = len(window.scene.notes)
print(json.dumps({"open_s": elapsed, "peak_mb": peak_rss_mb(), "notes": shown}))
"""

_BARE_CHILD = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView
app = QApplication(sys.argv[:1])
from tests.benchmarks.bare_board import build_scene, peak_rss_mb, read_notes
view = QGraphicsView()
view.resize(1920, 1080)
view.show()
app.processEvents()
start = time.perf_counter()
scene = build_scene(read_notes(Path(sys.argv[1]), int(sys.argv[2])))
view.setScene(scene)
view.repaint()
elapsed = time.perf_counter() - start
print(json.dumps({"open_s": elapsed, "peak_mb": peak_rss_mb(), "notes": len(scene.items()) // 2}))
"""


def _child(code: str, path: Path, session_id: int) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(session_id)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"board child failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ----- figures ------------------------------------------------------------------------------


def _ratio(ours: float, bare: float) -> float:
    return ours / bare if bare > 0 else float("inf")


def _board_figures(folder: Path, notes: int, pans: int, rounds: int) -> list[dict[str, Any]]:
    path = folder / f"board-{notes}.sqlite3"
    session_id = build_board_database(path, notes)
    m = _in_process(path, session_id, pans, rounds)
    label = f"{notes:,}"
    open_ratio = _ratio(m["ours_open"], m["bare_open"])
    repaint_ratio = _ratio(m["ours_repaint"], m["bare_repaint"])
    pan_ratio = _ratio(m["ours_pan"], m["bare_pan"])
    return [
        {
            "figure": f"board: open {label} notes to a drawn view",
            "ours_s": m["ours_open"],
            "baseline_s": m["bare_open"],
            "ratio": open_ratio,
            "target": f"< {OPEN_TARGET_S:g} s; ratio <= {RATIO_TARGET:g}",
            "passed": m["ours_open"] < OPEN_TARGET_S and open_ratio <= RATIO_TARGET,
            "notes": notes,
            "ours_runs_s": m["ours_open_runs"],
            "baseline_runs_s": m["bare_open_runs"],
        },
        {
            "figure": f"board: repaint full view 1920×1080, {label} notes",
            "ours_s": m["ours_repaint"],
            "baseline_s": m["bare_repaint"],
            "ratio": repaint_ratio,
            "target": f"ratio <= {RATIO_TARGET:g}",
            "passed": repaint_ratio <= RATIO_TARGET,
            "notes": notes,
            "zoom": m["zoom"],
            "repaints": REPAINTS,
        },
        {
            "figure": f"board: pan {pans} times, {label} notes",
            "ours_s": m["ours_pan"],
            "baseline_s": m["bare_pan"],
            "ratio": pan_ratio,
            "target": f"ratio <= {RATIO_TARGET:g}",
            "passed": pan_ratio <= RATIO_TARGET and m["ours_painted"] >= pans,
            "notes": notes,
            "pans": pans,
            "detail": f"{1000 * m['ours_pan'] / pans:.1f} ms a pan",
            "ours_frame_ms": 1000 * m["ours_pan"] / pans,
            "rounds": rounds,
            "ours_runs_s": m["ours_pan_runs"],
            "baseline_runs_s": m["bare_pan_runs"],
            "ours_painted": m["ours_painted"],
            "baseline_painted": m["bare_painted"],
        },
    ]


def _window_figure(folder: Path, notes: int, limit: float) -> tuple[dict[str, Any], dict]:
    """The real main window opening a session of `notes` notes, in fresh processes."""
    path = folder / f"window-{notes}.sqlite3"
    session_id = build_board_database(path, notes)
    ours = _child(_OURS_CHILD, path, session_id)
    bare = _child(_BARE_CHILD, path, session_id)
    ratio = _ratio(ours["open_s"], bare["open_s"])
    figure = {
        "figure": f"main window (all panels) opens {notes:,} notes",
        "ours_s": ours["open_s"],
        "baseline_s": bare["open_s"],
        "ratio": ratio,
        "target": f"< {limit:g} s",
        "passed": ours["open_s"] < limit and ours["notes"] == notes,
        "notes": notes,
        "notes_shown": ours["notes"],
    }
    return figure, {"ours": ours, "bare": bare}


def _scale_figures(folder: Path, notes: int) -> list[dict[str, Any]]:
    opened, m = _window_figure(folder, notes, SCALE_OPEN_TARGET_S)
    ours, bare = m["ours"], m["bare"]
    opened["figure"] = f"scale: {opened['figure']}"
    return [
        opened,
        {
            "figure": f"scale: peak memory (MB, not s), {notes:,} notes",
            "ours_s": None,
            "baseline_s": None,
            "ratio": _ratio(ours["peak_mb"], bare["peak_mb"]),
            "target": f"peak < {SCALE_MEMORY_TARGET_MB:g} MB",
            "passed": ours["peak_mb"] < SCALE_MEMORY_TARGET_MB,
            "detail": f"ours {ours['peak_mb']:.0f} MB, bare {bare['peak_mb']:.0f} MB",
            "notes": notes,
            "ours_peak_mb": ours["peak_mb"],
            "baseline_peak_mb": bare["peak_mb"],
        },
    ]


def run(small: bool = False) -> list[dict[str, Any]]:
    _app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if small:
            return _board_figures(folder, 200, 10, 1) + _scale_figures(folder, 300)
        return [
            *_board_figures(folder, 2000, PANS, PAN_ROUNDS),
            _window_figure(folder, 2000, OPEN_TARGET_S)[0],
            *_scale_figures(folder, 10000),
        ]


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row))
