"""The bulk-change benchmark's quick version: the board, the facilitation panel and the projector
on screen while 8 notes are grouped, the grouping undone and redone, and a silent lane revealed.
Timings are not asserted; that each bulk change lays the projector's page out once (not once
per note) is, and that every note reached the views."""

from __future__ import annotations

from tests.benchmarks.bench_bulk_change import measure
from workshop.services import Services


def test_bulk_changes_lay_the_projector_out_once_each(services: Services) -> None:
    measured = measure(services, 24, 6, runs=1, whole=False, sizes=((900, 560), (640, 360)))
    assert measured["grouped"] == 8
    assert measured["shown"] == 24 + 6  # the revealed lane's notes were hidden again after
    assert measured["projected"] == 24
    # A burst of 8–9 note events is one layout of the projector's page (before: one per event).
    assert all(1 <= count <= 2 for count in measured["layouts"].values()), measured["layouts"]
    assert all(t > 0 for t in measured["times"].values()) and measured["bare"] > 0
