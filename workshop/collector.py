"""Cyclic garbage is collected on the main thread only, while the app or `workshop serve` runs.

Python starts a cyclic collection on whichever thread happens to allocate past a threshold, and
that collection frees every unreachable cycle in the process, whoever made it. A Qt wrapper
freed on the live server's thread, an executor thread or a worker destroys its C++ object away
from the thread that owns it: the segfault of issue 14. So while the app or `workshop serve`
runs, automatic collection is off, and the main thread collects from a timer (the app's GUI
event loop, or the serve loop), with the interpreter's own thresholds: the youngest generations
often and cheaply, everything only when generation 2's threshold is reached. Reference counting
still frees acyclic garbage at once, on any thread, as before.

A full collection walks every object the process holds and stops every thread meanwhile: with a
room of phones connected that is 60 to 120 ms, and a note's 201 waits for it. So a full
collection that falls due while a live room is changing is put off, the young generations
collected instead, until the room has been quiet for a moment, or for at most MAX_PUT_OFF_S: it
is the same collection on the same thread, only moved to a moment when nobody is waiting.
"""

from __future__ import annotations

import gc
import math
import threading
import time

# How often the main thread looks at the counts: often enough that garbage stays near what
# automatic collection would leave, rarely enough to cost nothing when idle.
INTERVAL_MS = 300

# A live room is quiet once nothing has changed for this long: a burst of notes and the wake of
# every phone that follows them are over (bench_live_follow: the slowest phone sees a note
# within 0.6 s with 2,000 connected).
QUIET_S = 1.0
# However busy the room, garbage is not left for longer than this.
MAX_PUT_OFF_S = 30.0


class RoomActivity:
    """When a live room last changed, for the collector's choice of moment. Any thread."""

    def __init__(self) -> None:
        self.last_change = -math.inf

    def changed(self) -> None:
        self.last_change = time.monotonic()  # one assignment: atomic, safe from any thread

    def quiet_for(self) -> float:
        return time.monotonic() - self.last_change


# One per process, as the collector is: every live server reports here.
room_activity = RoomActivity()


class MainThreadCollector:
    """Turns automatic collection off until closed; collect_due() collects as it would have."""

    def __init__(self, activity: RoomActivity = room_activity) -> None:
        self._thread = threading.current_thread()
        self._was_enabled = gc.isenabled()
        self._open = True
        self._activity = activity
        self.quiet_s = QUIET_S
        self.max_put_off_s = MAX_PUT_OFF_S
        # Since when a full collection has been due and put off (None: it is not).
        self._full_due_since: float | None = None
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
        if generation == 2:
            if self._put_off_full():
                generation = 1  # as the interpreter does when it skips a full collection
            else:
                self._full_due_since = None
        gc.collect(generation)
        return generation

    def _put_off_full(self) -> bool:
        """Whether a due full collection waits: the room changed lately, and not for too long."""
        if self._activity.quiet_for() >= self.quiet_s:
            return False
        now = time.monotonic()
        if self._full_due_since is None:
            self._full_due_since = now
        return now - self._full_due_since < self.max_put_off_s

    def close(self) -> None:
        """Give collection back to the interpreter as it was (the app or serve is ending)."""
        if self._open:
            self._open = False
            if self._was_enabled:
                gc.enable()
