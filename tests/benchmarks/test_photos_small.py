"""Runs the photo benchmark quickly, to keep the script working (timings are not asserted)."""

from __future__ import annotations

from tests.benchmarks.bench_photos import run


def test_photo_benchmark_small_run() -> None:
    photo, models = run(small=True)
    assert photo["ours_s"] > 0 and models["ours_s"] >= 0
    assert photo["detail"].startswith("8/8 notes")
    assert {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"} <= set(photo)
