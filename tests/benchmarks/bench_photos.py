"""A 12-megapixel photo of a wall with 30 sticky notes: found, cropped and read, on this machine.

The target is under 10 s on a 2-core machine, the text recogniser's models already loaded (the
app loads them once, in the background). Loading them is reported as its own figure.
"""

from __future__ import annotations

import os
import statistics
import time
from collections import Counter
from typing import Any

from tests.photos.wall import draw_flipchart, draw_wall
from workshop.photos.pipeline import process_photo
from workshop.photos.reading import warm_up
from workshop.photos.titles import column_for_heading

TARGET_S = 10.0
RUNS = 3


def run(small: bool = False) -> list[dict[str, Any]]:
    notes, width, height = (8, 1600, 1200) if small else (30, 4000, 3000)
    wall = draw_wall(notes, width=width, height=height, seed=11)
    started = time.perf_counter()
    warm_up()
    load_s = time.perf_counter() - started
    timings = []
    cpu = []
    found = None
    for _ in range(1 if small else RUNS):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = process_photo(wall.jpeg)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    assert found is not None
    truth = Counter(word for text in wall.texts for word in text.split())
    read = Counter(word for note in found.notes for word in note.suggestion.upper().split())
    words_right = sum((truth & read).values()) / sum(truth.values())
    seconds = statistics.median(timings)
    megapixels = width * height / 1e6
    return [
        {
            "figure": f"photo of {notes} notes, {megapixels:.0f} MP: found, cropped and read",
            "ours_s": seconds,
            "baseline_s": None,
            "ratio": None,
            "target": f"< {TARGET_S:g} s on 2 cores",
            "passed": seconds < TARGET_S and len(found.notes) == notes,
            # The work runs on one core (the other stays with the window), so its CPU time is
            # what an otherwise idle machine takes; the wall clock also counts other programs.
            "detail": f"{len(found.notes)}/{notes} notes, {words_right:.0%} words right, "
            f"{statistics.median(cpu):.1f} s CPU, {os.cpu_count()} cores, "
            f"load {os.getloadavg()[0]:.1f}",
            "cpu_s": statistics.median(cpu),
            "runs_s": timings,
        },
        {
            "figure": "text recogniser's models loaded (once per run of the app)",
            "ours_s": load_s,
            "baseline_s": None,
            "ratio": None,
            "target": "reported",
            "passed": True,
        },
        *([] if small else [_flipchart()]),
    ]


def _flipchart() -> dict[str, Any]:
    """A 12 MP flipchart with four headed columns of three notes: the headings are read too.

    Only in the full run: tests/photos/test_headings.py reads a small flipchart in the tests.
    """
    headings = ("WHAT MATTERS TO YOU", "WHAT WORKS WELL NOW", "WHAT GETS IN THE WAY", "IDEAS")
    sheet = draw_flipchart(headings, 3, width=4000, height=3000, title="HOUSING REPAIRS")
    timings, cpu = [], []
    found = None
    for _ in range(RUNS):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = process_photo(sheet.jpeg)
        timings.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    assert found is not None
    right = sum(
        1
        for note, heading in zip(found.notes, sheet.under, strict=False)
        if column_for_heading(note.heading, {1: heading}) == 1
    )
    seconds = statistics.median(timings)
    return {
        "figure": "flipchart of 12 notes under 4 headings, 12 MP: found, read, headings matched",
        "ours_s": seconds,
        "baseline_s": None,
        "ratio": None,
        "target": f"< {TARGET_S:g} s on 2 cores",
        "passed": seconds < TARGET_S and right == len(sheet.under) == len(found.notes),
        "detail": f"{len(found.notes)}/{len(sheet.under)} notes, {right} under the right "
        f"heading, {statistics.median(cpu):.1f} s CPU, load {os.getloadavg()[0]:.1f}",
        "cpu_s": statistics.median(cpu),
        "runs_s": timings,
    }
