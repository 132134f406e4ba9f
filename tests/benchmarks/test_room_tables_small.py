"""Busy tables at small size: every acknowledged note is stored on its table and reaches the
overview and the projector, and no view reads the whole board (timings are not asserted)."""

from __future__ import annotations

import math

from tests.benchmarks.bench_room_tables import SMALL, run
from workshop.services import Services


def test_two_tables_with_host_and_phone_store_and_show_every_note(services: Services) -> None:
    (figure,) = run(small=True, services=services)
    total = SMALL.tables * SMALL.notes_per_table
    assert figure["acknowledged"] == figure["stored"] == figure["on_overview"] == total
    # The hosts' notes are filed under the speakers' roles, every note on its own table.
    assert figure["host_notes"] == SMALL.tables * SMALL.host_notes
    assert figure["misfiled"] == 0 and figure["missing_on_projector"] == 0
    assert figure["whole_board_reads"] == 0 and figure["statements_on_notes"] > 0
    assert figure["errors"] == 0, figure["error_kinds"]
    assert not figure["overview_rebuilt"]
    assert figure["correct"] is True
    assert math.isfinite(figure["painted_p99_s"]) and figure["post_p99_s"] > 0
    assert set(figure) >= {"figure", "ours_s", "baseline_s", "ratio", "target", "passed"}
