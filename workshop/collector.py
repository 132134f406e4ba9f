"""Cyclic garbage is collected on the main thread only, while the app or `workshop serve` runs.

Python starts a cyclic collection on whichever thread happens to allocate past a threshold, and
that collection frees every unreachable cycle in the process, whoever made it. A Qt wrapper
freed on the live server's thread, an executor thread or a worker destroys its C++ object away
from the thread that owns it: the segfault of issue 14. So while the app or `workshop serve`
runs, automatic collection is off, and the main thread collects from a timer (the app's GUI
event loop, or the serve loop), with the interpreter's own thresholds: the youngest generations
often and cheaply, everything only when generation 2's threshold is reached. Reference counting
still frees acyclic garbage at once, on any thread, as before.
"""

from __future__ import annotations

import gc
import threading

# How often the main thread looks at the counts: often enough that garbage stays near what
# automatic collection would leave, rarely enough to cost nothing when idle.
INTERVAL_MS = 300


class MainThreadCollector:
    """Turns automatic collection off until closed; collect_due() collects as it would have."""

    def __init__(self) -> None:
        self._thread = threading.current_thread()
        self._was_enabled = gc.isenabled()
        self._open = True
        gc.disable()

    def collect_due(self) -> int | None:
        """Collect the oldest generation past its threshold; returns it (None: none was due).

        Called on the main thread only: a collection frees other threads' garbage too.
        """
        if not self._open or threading.current_thread() is not self._thread:
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        # As the interpreter: nothing until generation 0 is past its threshold (0: never), then
        # the oldest generation past its own (each counts collections of the one below).
        if thresholds[0] == 0 or counts[0] <= thresholds[0]:
            return None
        generation = next((g for g in (2, 1) if counts[g] > thresholds[g]), 0)
        gc.collect(generation)
        return generation

    def close(self) -> None:
        """Give collection back to the interpreter as it was (the app or serve is ending)."""
        if self._open:
            self._open = False
            if self._was_enabled:
                gc.enable()
