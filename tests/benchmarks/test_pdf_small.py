"""Runs the PDF benchmark quickly, to keep the script working (timings are not asserted)."""

from __future__ import annotations

from tests.benchmarks.bench_pdf import run


def test_pdf_benchmark_small_run() -> None:
    rows = run(small=True)
    assert rows
    for row in rows:
        assert row["ours_s"] > 0 and row["baseline_s"] > 0
        assert row["pages"] > 1
        assert {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"} <= set(row)
