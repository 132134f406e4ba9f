"""Clocks a test moves by hand, so 'five minutes later' or 'thirty days later' needs no waiting."""

from __future__ import annotations

import datetime as dt


class FakeClock:
    """A monotonic clock in seconds, as the countdown and the Room read time."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWallClock:
    """A wall clock, as backups read the date and time."""

    def __init__(self, now: dt.datetime | None = None) -> None:
        self.now = now or dt.datetime(2026, 12, 1, 9, 0)

    def __call__(self) -> dt.datetime:
        return self.now
