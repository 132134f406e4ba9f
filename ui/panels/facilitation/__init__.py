"""The facilitator's panel: a thin host for the Now box and one tab per job, all views of the Room.

Every control works from the keyboard and says what it is to a screen reader; states are said
in words, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.panels.facilitation.agenda import AgendaTab
from ui.panels.facilitation.balance import BalanceTab
from ui.panels.facilitation.now import NowBox
from ui.panels.facilitation.projector import ProjectorTab
from ui.panels.facilitation.results import ResultsTab
from ui.panels.facilitation.silent import SilentWritingTab
from ui.panels.facilitation.voting import VotingTab
from ui.widgets.scrolling import scrolling
from workshop.room import Aspect, Room

__all__ = ["FacilitationPanel"]

# Panel refresh after record changes: after the board has painted them (a frame is ~16 ms).
REFRESH_DELAY_MS = 50

# Which tabs draw which part of the board; the others are left alone by a change.
NOW_NEEDS = Aspect.SESSION
AGENDA_NEEDS = Aspect.SESSION
SILENT_NEEDS = Aspect.COLUMNS | Aspect.NOTES
VOTING_NEEDS = Aspect.SESSION | Aspect.COLUMNS | Aspect.NOTES | Aspect.VOTES | Aspect.PEOPLE
RESULTS_NEEDS = Aspect.THEMES | Aspect.NOTES | Aspect.VOTES | Aspect.PEOPLE
BALANCE_NEEDS = Aspect.SESSION | Aspect.NOTES | Aspect.VOTES | Aspect.PEOPLE
PROJECTOR_NEEDS = Aspect.COLUMNS | Aspect.THEMES


class FacilitationPanel(QWidget):
    """Runs the room: the agenda, the clock, silent writing, dot voting and the projector."""

    def __init__(
        self,
        room: Room,
        parent: QWidget | None = None,
        *,
        projector_screen: str = "",
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self._pending = Aspect(0)
        self.setAccessibleName(self.tr("Facilitation"))
        self.setAccessibleDescription(
            self.tr(
                "Agenda and stage, timer, silent writing, dot voting, results, balance of voice "
                "and the projector."
            )
        )
        self.now = NowBox(room)
        say = self.now.say
        self.agenda = AgendaTab(room, say, self.now.go_to_stage)
        self.silent = SilentWritingTab(room, say, undo_stack=undo_stack)
        self.voting = VotingTab(room, say)
        self.results = ResultsTab(room)
        self.balance = BalanceTab(room, say)
        self.projector = ProjectorTab(room, projector_screen)
        outer = QVBoxLayout(self)
        outer.addWidget(self.now)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Facilitation sections"))
        self.tabs.addTab(scrolling(self.agenda), self.tr("&Agenda"))
        self.tabs.addTab(scrolling(self.silent), self.tr("&Silent writing"))
        self.tabs.addTab(scrolling(self.voting), self.tr("&Voting"))
        self.tabs.addTab(scrolling(self.results), self.tr("&Results"))
        self.tabs.addTab(scrolling(self.balance), self.tr("Ba&lance"))
        self.tabs.addTab(scrolling(self.projector), self.tr("&Projector"))
        outer.addWidget(self.tabs, 1)
        room.session_opened.connect(self._on_session_opened)
        room.board_changed.connect(self._on_board_changed)
        room.projector_changed.connect(lambda _state: self._enable_for_session())
        # The note chosen on the board is the one to vote on.
        room.selection_changed.connect(self.voting.select_note)
        self._on_session_opened(room.session_id)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.agenda.save_pending)

    # ----- reactions ---------------------------------------------------------------------------

    def _on_session_opened(self, session_id: int | None) -> None:
        self._pending = Aspect(0)
        self.agenda.on_session_opened(session_id)
        self._enable_for_session()
        if session_id is not None:
            self._refresh(Aspect.ALL)

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.room.session_id:
            return  # the live session's board, while the facilitator looks at another
        # Many changes arrive together (a reveal, a burst from phones): refresh once after them,
        # a moment later, so the board paints the change first.
        if not self._pending:
            QTimer.singleShot(REFRESH_DELAY_MS, self._refresh_pending)
        self._pending |= aspect

    def _refresh_pending(self) -> None:
        aspect, self._pending = self._pending, Aspect(0)
        if aspect and self.room.session_id is not None:
            self._refresh(aspect)

    def _refresh(self, aspect: Aspect) -> None:
        for needs, tab in (
            (NOW_NEEDS, self.now),
            (AGENDA_NEEDS, self.agenda),
            (SILENT_NEEDS, self.silent),
            (VOTING_NEEDS, self.voting),
            (RESULTS_NEEDS, self.results),
            (BALANCE_NEEDS, self.balance),
            (PROJECTOR_NEEDS, self.projector),
        ):
            if aspect & needs:
                tab.refresh()  # type: ignore[attr-defined]

    def _enable_for_session(self) -> None:
        enabled = self.room.session_id is not None
        first = self.tr("Open a session first: choose one on the left.")
        self.tabs.setEnabled(enabled)
        self.tabs.setToolTip("" if enabled else first)
        self.now.enable_for_session(first)
        if enabled:
            self.now.refresh()
