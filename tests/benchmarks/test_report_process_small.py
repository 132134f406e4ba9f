"""Runs the whole-process report benchmark quickly, to keep it working (timings not asserted)."""

from __future__ import annotations

from tests.benchmarks.bench_report_process import run


def test_report_process_benchmark_small_run() -> None:
    (row,) = run(small=True)
    assert row["ours_s"] > 0 and row["baseline_s"] > 0
    assert row["pages"] > 1 and row["baseline_pages"] > 1
    assert {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"} <= set(row)
