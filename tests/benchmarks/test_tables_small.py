"""The tables benchmark runs end to end on small tables (timings are not asserted here)."""

from __future__ import annotations

from tests.benchmarks.bench_tables import run


def test_tables_benchmark_small_run_returns_a_figure() -> None:
    figure, overview = run(small=True)
    assert figure["ours_s"] > 0 and figure["baseline_s"] > 0
    assert isinstance(figure["passed"], bool)
    # Every note added reached both views: 4 tables × 10 notes, then 3 more.
    assert figure["notes_shown"] == 43
    # And the overview, each on its own table's small board.
    assert overview["notes_shown"] == 43 and overview["ours_s"] > 0
