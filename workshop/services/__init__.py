"""The service layer: the only way the record changes, for the UI, CLI, importer and live server."""

from __future__ import annotations

import datetime as dt

from workshop.services.access import AccessService
from workshop.services.actions import ActionService
from workshop.services.base import Clock
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
    """Every service over one database, sharing one event bridge and one clock."""

    def __init__(
        self, database: Database, events: Events | None = None, clock: Clock = _system_clock
    ) -> None:
        self.database = database
        self.events = events if events is not None else Events()
        self.clock = clock
        self.workshops = WorkshopService(self)
        self.participants = ParticipantService(self)
        self.sessions = SessionService(self)
        self.board = BoardService(self)
        self.votes = VoteService(self)
        self.actions = ActionService(self)
        self.interchange = InterchangeService(self)
        self.rights = RightsService(self)
        self.photos = PhotoService(self)
        self.access = AccessService(self)
        self.payments = PaymentService(self)
        self.feedback = FeedbackService(self)
        self.room_signals = RoomSignalService(self)
        self.glossary = GlossaryService(self)
        self.tables = TableService(self)
        self.easy_read = EasyReadService(self)
