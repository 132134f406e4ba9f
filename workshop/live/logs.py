"""Rate-limited logging for the live server: a storm of one error becomes one line a second."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

# The loggers a flood of connections or bad requests can fill (asyncio's accept errors when
# out of file descriptors, aiohttp's per-connection errors, our own).
NOISY_LOGGERS = ("asyncio", "aiohttp.server", "aiohttp.web", "aiohttp.access", "workshop.live")


class OncePerSecond(logging.Filter):
    """Lets through at most one record per second of each kind; the next says how many it hid.

    A kind is the logger, level and message template (and the exception type, if any), so a
    different problem is never hidden behind a frequent one.
    """

    def __init__(self, interval_s: float = 1.0, clock: Callable[[], float] = time.monotonic):
        super().__init__()
        self.interval_s = interval_s
        self._clock = clock
        self._last: dict[tuple[object, ...], float] = {}
        self._hidden: dict[tuple[object, ...], int] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        kind = (record.name, record.levelno, str(record.msg), type(error).__name__)
        now = self._clock()
        with self._lock:
            last = self._last.get(kind)
            if last is not None and now - last < self.interval_s:
                self._hidden[kind] = self._hidden.get(kind, 0) + 1
                return False
            self._last[kind] = now
            hidden = self._hidden.pop(kind, 0)
            if len(self._last) > 1000:  # bounded: forget kinds not seen for a while
                for key in [k for k, t in self._last.items() if now - t > 60]:
                    del self._last[key]
        if hidden:
            record.msg = f"{record.msg} ({hidden} more like this in the last second not shown)"
        return True


_installed = OncePerSecond()


def install() -> OncePerSecond:
    """Attach the one shared limiter to every noisy logger (idempotent)."""
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if _installed not in logger.filters:
            logger.addFilter(_installed)
    return _installed


__all__ = ["NOISY_LOGGERS", "OncePerSecond", "install"]
