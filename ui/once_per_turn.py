"""Whole-view work done once per burst of changes, not once per changed note.

A bulk change (grouping, its undo, a reveal, a batch of phone notes) arrives as one Room signal
per note, all in one turn of the event loop. A view that rebuilds or re-lays out its whole page
asks `OncePerTurn.request()` on each signal; the work runs once, when the event loop next gets
to its timers (after the burst, before the next paint is due), with the board as it is then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class OncePerTurn(QObject):
    """Runs `work` once at the end of the current event-loop turn, however often requested.

    With `at_most_every_ms`, it runs that long after the first request instead: a steady stream
    of changes (phones' notes arriving for minutes) then costs one run per interval, not one per
    turn, for a view nobody needs to follow to the millisecond.
    """

    def __init__(
        self, work: Callable[[], None], parent: QObject, *, at_most_every_ms: int = 0
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(at_most_every_ms)
        self._timer.timeout.connect(self.flush)

    def request(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Do the waiting work now (a reader that needs the view current calls this)."""
        self._timer.stop()
        self._work()
