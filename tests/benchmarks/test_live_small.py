"""The live burst benchmark at small size: it completes and stores every note (no timings)."""

from __future__ import annotations

from tests.benchmarks.bench_live import run


def test_live_burst_small_completes_and_stores_every_note() -> None:
    figures = run(small=True)
    assert len(figures) == 1
    figure = figures[0]
    assert figure["acknowledged"] == figure["stored"] == figure["on_board"] == 50
    assert figure["all_stored"] and figure["same_pragmas"]
    assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
    assert set(figure) >= {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"}
