"""The service layer: the only way the record changes, for the UI, CLI, importer and live server."""

from __future__ import annotations

import datetime as dt
import threading
from functools import cached_property
from typing import TYPE_CHECKING

from workshop.services.base import Clock

if TYPE_CHECKING:
    from workshop.services.access import AccessService
    from workshop.services.actions import ActionService
    from workshop.services.board import BoardService
    from workshop.services.easy_read import EasyReadService
    from workshop.services.feedback import FeedbackService
    from workshop.services.glossary import GlossaryService
    from workshop.services.interchange import InterchangeService
    from workshop.services.participants import ParticipantService
    from workshop.services.payments import PaymentService
    from workshop.services.photos import PhotoService
    from workshop.services.rights import RightsService
    from workshop.services.room_signals import RoomSignalService
    from workshop.services.sessions import SessionService
    from workshop.services.tables import TableService
    from workshop.services.votes import VoteService
    from workshop.services.workshops import WorkshopService
    from workshop.signals import Events
    from workshop.storage import Database


def _system_clock() -> dt.datetime:
    return dt.datetime.now()


class Services:
    """Every service over one database, sharing one event bridge and one clock.

    Each service, and the event bridge, is built (and its module imported) on first use: a
    command such as `workshop report` reads through one or two services and never emits, so it
    should not pay for importing the others or Qt. Services hold no state of their own, so two
    threads racing to build one get equivalent objects.
    """

    def __init__(
        self, database: Database, events: Events | None = None, clock: Clock = _system_clock
    ) -> None:
        self.database = database
        self.clock = clock
        self._events = events
        self._events_lock = threading.Lock()

    @property
    def events(self) -> Events:
        # The desktop app connects to the bridge on the GUI thread as it starts, so the QObject
        # is made there; the lock keeps a worker thread emitting first from making a second one.
        if self._events is None:
            with self._events_lock:
                if self._events is None:
                    from workshop.signals import Events

                    self._events = Events()
        return self._events

    @cached_property
    def workshops(self) -> WorkshopService:
        from workshop.services.workshops import WorkshopService

        return WorkshopService(self)

    @cached_property
    def participants(self) -> ParticipantService:
        from workshop.services.participants import ParticipantService

        return ParticipantService(self)

    @cached_property
    def sessions(self) -> SessionService:
        from workshop.services.sessions import SessionService

        return SessionService(self)

    @cached_property
    def board(self) -> BoardService:
        from workshop.services.board import BoardService

        return BoardService(self)

    @cached_property
    def votes(self) -> VoteService:
        from workshop.services.votes import VoteService

        return VoteService(self)

    @cached_property
    def actions(self) -> ActionService:
        from workshop.services.actions import ActionService

        return ActionService(self)

    @cached_property
    def interchange(self) -> InterchangeService:
        from workshop.services.interchange import InterchangeService

        return InterchangeService(self)

    @cached_property
    def rights(self) -> RightsService:
        from workshop.services.rights import RightsService

        return RightsService(self)

    @cached_property
    def photos(self) -> PhotoService:
        from workshop.services.photos import PhotoService

        return PhotoService(self)

    @cached_property
    def access(self) -> AccessService:
        from workshop.services.access import AccessService

        return AccessService(self)

    @cached_property
    def payments(self) -> PaymentService:
        from workshop.services.payments import PaymentService

        return PaymentService(self)

    @cached_property
    def feedback(self) -> FeedbackService:
        from workshop.services.feedback import FeedbackService

        return FeedbackService(self)

    @cached_property
    def room_signals(self) -> RoomSignalService:
        from workshop.services.room_signals import RoomSignalService

        return RoomSignalService(self)

    @cached_property
    def glossary(self) -> GlossaryService:
        from workshop.services.glossary import GlossaryService

        return GlossaryService(self)

    @cached_property
    def tables(self) -> TableService:
        from workshop.services.tables import TableService

        return TableService(self)

    @cached_property
    def easy_read(self) -> EasyReadService:
        from workshop.services.easy_read import EasyReadService

        return EasyReadService(self)
