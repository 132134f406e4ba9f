"""The tables benchmark runs end to end on small tables (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_tables import run


def test_tables_benchmark_small_run_returns_a_figure() -> None:
    figure, scheduled, overview = run(small=True)
    assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
    assert isinstance(figure["passed"], bool)
    # Every note added reached both views: 4 tables × 10 notes, then 3 more twice (the second
    # three painted as Qt schedules it, each within the wait, so both views painted).
    assert figure["notes_shown"] == 46
    assert 0 < scheduled["ours_s"] < 2
    # And the overview, each on its own table's small board.
    assert overview["notes_shown"] == 43 and overview["ours_s"] > 0
