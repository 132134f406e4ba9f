"""The board benchmark runs end to end on a small board (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_board import run

KEYS = {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"}


def test_board_benchmark_small_run_returns_figures() -> None:
    figures = run(small=True)
    names = [f["figure"] for f in figures]
    assert len(figures) == 5, names
    for figure in figures:
        assert set(figure) >= KEYS
        assert isinstance(figure["passed"], bool)
        assert figure["ratio"] > 0
    timed = [f for f in figures if f["ours_s"] is not None]
    assert len(timed) == 4
    for figure in timed:
        assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
    pan = next(f for f in figures if "pan" in f["figure"])
    # Every pan was painted on both sides, so the timing is of real frames.
    assert pan["ours_painted"] >= pan["pans"] and pan["baseline_painted"] >= pan["pans"]
    memory = next(f for f in figures if "memory" in f["figure"])
    assert 50 < memory["baseline_peak_mb"] < memory["ours_peak_mb"]
    scale = next(f for f in figures if "scale: main window" in f["figure"])
    assert scale["notes_shown"] == scale["notes"]
