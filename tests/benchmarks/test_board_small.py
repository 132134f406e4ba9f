"""The board benchmark runs end to end on a small board (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_board import run


def test_board_benchmark_small_run_returns_figures() -> None:
    figures = run(small=True)
    assert len(figures) == 2
    for figure in figures:
        assert {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"} <= set(figure)
        assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
