"""Start and stop the live participation server on its own thread with its own event loop."""

from __future__ import annotations

import asyncio
import errno
import logging
import threading
from collections.abc import Callable

from aiohttp import web

from workshop.errors import WorkshopError
from workshop.live import logs, security
from workshop.live.api import DeviceView, LiveApi
from workshop.live.interfaces import default_address, local_addresses
from workshop.live.security import Limits
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services import Services

log = logging.getLogger(__name__)

_START_TIMEOUT_S = 15.0


class _MalformedRequestFilter(logging.Filter):
    """aiohttp logs a traceback quoting the raw header line of every malformed request.

    That is a stranger's bad request, not a fault of ours, and the line can carry a device's
    token: keep one plain line without the request's bytes instead.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and type(error).__name__ in (
            "BadHttpMessage",
            "BadStatusLine",
            "InvalidHeader",
            "LineTooLong",
        ):
            log.info("Refused a malformed HTTP request (%s).", type(error).__name__)
            return False
        return True


logging.getLogger("aiohttp.server").addFilter(_MalformedRequestFilter())
logs.install()

# File descriptors kept free for the database, logs and the app's own files.
_RESERVED_FILES = 128


def raise_open_file_limit() -> int | None:
    """Raise this process's open-file soft limit to its hard limit; return the new soft limit.

    Each phone holds a connection, and each connection a file descriptor: the usual soft limit
    of 1,024 is too few for a large room. None where the platform has no such limit (Windows).
    """
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
            soft = hard
        except (ValueError, OSError):
            log.warning("Could not raise the open-file limit above %d", soft)
    return None if soft == resource.RLIM_INFINITY else int(soft)


class LiveServerError(WorkshopError):
    """The server could not start (address in use, address not on this machine)."""


class LiveServer:
    """One open live session: listens only between start() and stop(), on the chosen address.

    Safe to call from the GUI thread; requests are served on a private thread, and what they
    change reaches the GUI through services.events (queued Qt signals).
    """

    def __init__(
        self,
        services: Services,
        session_id: int,
        *,
        host: str | None = None,
        port: int = 0,
        limits: Limits | None = None,
        on_devices_changed: Callable[[], None] | None = None,
        current_round: Callable[[], int | None] = lambda: None,
    ) -> None:
        self.services = services
        self.session_id = session_id
        self.host = host or default_address()
        self.requested_port = port
        self.limits = limits or Limits()
        self.code = security.new_join_code()
        self._on_devices_changed = on_devices_changed
        self._current_round = current_round
        self._api: LiveApi | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._photos_from_any_phone = False
        # The secret of the facilitator's own link; a new one each time the server opens.
        self._facilitator_key: str | None = None
        self.port: int | None = None

    # ----- lifecycle -----------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self.port is not None

    def start(self) -> None:
        """Listen on host:port; returns once listening, or raises LiveServerError."""
        if self._thread is not None:
            raise LiveServerError.of(
                QT_TRANSLATE_NOOP("Refusal", "Live participation is already open.")
            )
        self._facilitator_key = security.new_facilitator_key()
        # Reads the session now, so a missing session is refused before anything listens.
        self._api = LiveApi(
            self.services,
            self.session_id,
            code=self.code,
            limits=self.limits,
            facilitator_key=self._facilitator_key,
            on_devices_changed=self._on_devices_changed,
            current_round=self._current_round,
        )
        self._api.photos.from_any_phone = self._photos_from_any_phone
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(_START_TIMEOUT_S):
            raise LiveServerError.of(
                QT_TRANSLATE_NOOP("Refusal", "The live server did not start in time.")
            )
        if self._start_error is not None:
            self._thread.join()
            self._thread = None
            self._api.close()
            self._api = None
            self._facilitator_key = None
            raise _explain(self._start_error, self.host, self.requested_port)

    def stop(self) -> None:
        """Stop listening; forget the code, the facilitator's key and every device token.

        Safe to call twice.
        """
        thread, loop = self._thread, self._loop
        self._facilitator_key = None
        if thread is None:
            return
        if loop is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
        thread.join()
        self._thread = None
        self._loop = None
        self.port = None
        if self._api is not None:
            self._api.close()
            self._api = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        try:
            try:
                loop.run_until_complete(self._listen())
            except BaseException as error:  # reported to start() in the caller's thread
                self._start_error = error
                return
            finally:
                self._ready.set()
            loop.run_forever()
        finally:
            if self._runner is not None:
                loop.run_until_complete(self._runner.cleanup())
                self._runner = None
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _listen(self) -> None:
        assert self._api is not None
        app = self._api.build_app()
        # keepalive_timeout also bounds how long a new connection may take to send its headers.
        runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,
            keepalive_timeout=self.limits.read_timeout_s,
            shutdown_timeout=1.0,
        )
        await runner.setup()
        self._runner = runner
        server = runner.server
        if server is not None:
            self._api.connection_count = lambda: len(server.connections)
        files = raise_open_file_limit()
        if files is not None:
            self._api.max_connections = min(
                self.limits.max_connections, max(16, files - _RESERVED_FILES)
            )
        site = web.TCPSite(runner, self.host, self.requested_port, backlog=256)
        await site.start()
        port = int(runner.addresses[0][1])
        self.port = port
        self._api.allowed_hosts = security.allowed_hosts(self._own_addresses(), port)
        log.info("Live participation listening on %s:%s", self.host, port)

    def _own_addresses(self) -> list[str]:
        if self.host in ("0.0.0.0", ""):
            return [a.address for a in local_addresses()]
        return [self.host]

    # ----- what the facilitator sees -----------------------------------------------------

    @property
    def address(self) -> str:
        """The short address people can type, e.g. 192.168.1.20:8123."""
        return f"{security.host_for_url(self.host)}:{self.port}"

    @property
    def join_url(self) -> str:
        return f"http://{self.address}/j/{self.code}"

    @property
    def facilitator_url(self) -> str | None:
        """The facilitator's own link: a phone that joins through it may send photos of paper.

        For the facilitator's laptop only, never the projector or a file: it carries a secret.
        The key goes after `#`, so phones never send it in a page request (it reaches the server
        only in the join request's body). None while the server is not listening.
        """
        if self._facilitator_key is None or not self.is_running:
            return None
        return f"{self.join_url}#facilitator={self._facilitator_key}"

    def devices(self) -> list[DeviceView]:
        return self._api.devices() if self._api is not None else []

    @property
    def note_commits(self) -> int:
        """How many commits have carried phones' notes while open (several notes share one)."""
        return self._api.note_commits if self._api is not None else 0

    @property
    def photos_from_any_phone(self) -> bool:
        """Whether every phone may send photos of paper, not only tables' hosts."""
        return self._photos_from_any_phone

    @photos_from_any_phone.setter
    def photos_from_any_phone(self, allowed: bool) -> None:
        self._photos_from_any_phone = allowed
        if self._api is not None:
            self._api.photos.from_any_phone = allowed

    def block_device(self, participant_id: int) -> bool:
        return self._api.block_device(participant_id) if self._api is not None else False

    def remove_device(self, participant_id: int) -> bool:
        """Sign a phone out (its token stops working); it may join again with the code."""
        return self._api.remove_device(participant_id) if self._api is not None else False

    def relink_device(self, participant_id: int, person_id: int) -> None:
        """What the phone sends from now on is this registered person's."""
        if self._api is not None:
            self._api.relink_device(participant_id, person_id)

    @property
    def join_flood(self) -> bool:
        """Whether joins are arriving faster than people could scan a code."""
        return self._api.join_flood if self._api is not None else False

    @property
    def max_connections(self) -> int:
        """Open connections beyond this are turned away with 503 and Retry-After."""
        return self._api.max_connections if self._api is not None else self.limits.max_connections


def _explain(error: BaseException, host: str, port: int) -> LiveServerError:
    if isinstance(error, WorkshopError):
        # Keeps the sentence's template, so the panel still shows it in the chosen language.
        explained = LiveServerError(error.message)
        explained.template, explained.params = error.template, dict(error.params)
        return explained
    if isinstance(error, OSError):
        if error.errno == errno.EADDRINUSE:
            return LiveServerError.of(
                QT_TRANSLATE_NOOP(
                    "Refusal",
                    "Port {port} on {host} is already in use; choose another port or close "
                    "the other program.",
                ),
                port=port,
                host=host,
            )
        if error.errno == errno.EADDRNOTAVAIL:
            return LiveServerError.of(
                QT_TRANSLATE_NOOP(
                    "Refusal", "{host} is not an address of this computer; choose another network."
                ),
                host=host,
            )
        if error.errno == errno.EACCES:
            return LiveServerError.of(
                QT_TRANSLATE_NOOP(
                    "Refusal", "Port {port} needs special permission; choose one above 1024."
                ),
                port=port,
            )
        return LiveServerError.of(
            QT_TRANSLATE_NOOP("Refusal", "Could not listen on {host}:{port} ({reason})."),
            host=host,
            port=port,
            reason=error.strerror,
        )
    log.error("Live server failed to start", exc_info=error)
    return LiveServerError.of(
        QT_TRANSLATE_NOOP("Refusal", "The live server could not start; see the log for details.")
    )
