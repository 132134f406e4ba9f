"""The activity countdown: a clock-injected model (the Room's CountdownDriver ticks it)."""

from __future__ import annotations

import enum
import math
import time
from collections.abc import Callable

MonotonicClock = Callable[[], float]

MINUTE = 60.0


class TimerState(enum.Enum):
    IDLE = "idle"  # set, not started
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached zero; stays there until reset or extended


STATE_LABELS: dict[TimerState, str] = {
    TimerState.IDLE: "Ready",
    TimerState.RUNNING: "Running",
    TimerState.PAUSED: "Paused",
    TimerState.FINISHED: "Time is up",
}


def format_seconds(seconds: float) -> str:
    """Minutes and seconds as the room reads them: 9:05, 0:00; hours as 1:02:03."""
    whole = max(0, math.ceil(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class Countdown:
    """A countdown whose time comes from an injected monotonic clock, so tests need no waiting.

    Nothing happens by itself: `tick()` (called by a driver, or by a test) notices zero and calls
    `on_finished` exactly once per run.
    """

    def __init__(
        self,
        seconds: float = 0.0,
        *,
        clock: MonotonicClock = time.monotonic,
        on_finished: Callable[[], None] | None = None,
    ) -> None:
        self._clock = clock
        self.on_finished = on_finished
        self._duration = max(0.0, float(seconds))
        self._left = self._duration  # time left when not running
        self._deadline: float | None = None  # clock value at zero when running
        self._state = TimerState.IDLE

    @property
    def state(self) -> TimerState:
        return self._state

    @property
    def duration(self) -> float:
        """The length set for this activity (what reset goes back to)."""
        return self._duration

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        if self._state is TimerState.RUNNING and self._deadline is not None:
            return max(0.0, self._deadline - self._clock())
        return self._left

    def set_duration(self, seconds: float) -> None:
        """Set a new length (for a new stage): the countdown stops and shows the full time."""
        self._duration = max(0.0, float(seconds))
        self.reset()

    def start(self) -> None:
        """Start from the current time left (from the full length if it had finished)."""
        if self._state is TimerState.RUNNING:
            return
        if self._state is TimerState.FINISHED or self._left <= 0:
            self._left = self._duration
        if self._left <= 0:
            return
        self._deadline = self._clock() + self._left
        self._state = TimerState.RUNNING

    def pause(self) -> None:
        if self._state is not TimerState.RUNNING or self.tick():
            return
        self._left = self.remaining()
        self._deadline = None
        self._state = TimerState.PAUSED

    def resume(self) -> None:
        if self._state is TimerState.PAUSED:
            self.start()

    def toggle(self) -> None:
        """Start, pause or resume: the one button a facilitator presses without looking."""
        if self._state is TimerState.RUNNING:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        """One more minute; after zero it runs again with that minute."""
        if self._state is TimerState.RUNNING and self._deadline is not None:
            self._deadline += MINUTE
        elif self._state is TimerState.FINISHED:
            self._left = MINUTE
            self._deadline = self._clock() + MINUTE
            self._state = TimerState.RUNNING
        else:
            self._left += MINUTE
            if self._state is TimerState.IDLE:
                self._duration = self._left

    def reset(self) -> None:
        """Back to the full length, stopped."""
        self._left = self._duration
        self._deadline = None
        self._state = TimerState.IDLE

    def tick(self) -> bool:
        """Notice reaching zero; returns True when this call finished the countdown."""
        if self._state is TimerState.RUNNING and self.remaining() <= 0:
            self._left = 0.0
            self._deadline = None
            self._state = TimerState.FINISHED
            if self.on_finished is not None:
                self.on_finished()
            return True
        return False
