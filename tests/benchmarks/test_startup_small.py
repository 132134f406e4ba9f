"""The start-up benchmark runs end to end once per side (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_startup import run


def test_startup_benchmark_small_run_returns_figures() -> None:
    figures = run(small=True)
    assert len(figures) == 2
    for figure in figures:
        assert {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"} <= set(figure)
        assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
        assert figure["ratio"] == figure["ours_s"] / figure["baseline_s"]
    painted, ready = figures
    # The record is open and the session drawn only after the window's first paint.
    assert ready["ours_s"] >= painted["ours_s"]
    assert painted["first_paint_states"] == ["opening"]
