"""Progress and cancel for long work (exports, imports, backups): one protocol, without Qt.

The work receives a `Progress`. It says how far it is with `report(done, total, text)` (or
`fraction(share, text)`), and at points where stopping leaves nothing half-done it calls
`check()`, which raises `Cancelled` once someone asked to stop. `cancel()` may be called from
any thread. The desktop app runs such work with `ui.progress.BackgroundTask`; the command line
runs it directly, with a Progress that reports nowhere.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Report = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The person cancelled; the work stopped where it was safe and nothing was left half-done."""


def _nowhere(done: int, total: int, text: str) -> None:
    return None


class Progress:
    """What long work holds: report how far it is, and check whether to stop."""

    def __init__(self, report: Report | None = None) -> None:
        self._report = report or _nowhere
        self._stop = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)

    def fraction(self, share: float, text: str = "") -> None:
        """Report a share of the whole, from 0 to 1, as a percentage."""
        self._report(round(min(max(share, 0.0), 1.0) * 100), 100, text)

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled if someone asked to stop; call it only where stopping is safe."""
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()
