"""The projector benchmark runs end to end on a small board (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_projector import run

KEYS = {"figure", "ours_s", "baseline_s", "ratio", "target", "passed", "detail"}


def test_projector_benchmark_small_run_returns_figures() -> None:
    figures = run(small=True)
    assert [f["figure"].split(":")[0] for f in figures] == ["projector", "projector"]
    for figure in figures:
        assert set(figure) >= KEYS
        assert isinstance(figure["passed"], bool)
        assert figure["ours_s"] > 0 and figure["baseline_s"] > 0 and figure["ratio"] > 0
    laid, arrives = figures
    assert laid["cards"] == 40  # a small board fits whole
    assert arrives["commit_s"] > 0 and arrives["with_commit_s"] > arrives["ours_s"]
    assert 0 <= arrives["moved_median"] <= laid["cards"] + 2
