"""Stage rules: what the current stage of a session lets each kind of actor do.

The live participation server and the desktop app both go through these, via the services.
"""

from __future__ import annotations

import enum

from workshop.errors import LockedError, StageError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.views import ColumnView, SessionView
from workshop.vocabulary import StageKind


class Actor(enum.Enum):
    """Who is asking: the facilitator's laptop, a participant's device, or the projected board."""

    FACILITATOR = "facilitator"
    DEVICE = "device"
    PROJECTOR = "projector"


def check_board_editable(session: SessionView) -> None:
    """Refuse any change to the board of a final record or a locked board."""
    if session.is_final:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Refusal", "The record of this session is final; unlock it before changing it."
            )
        )
    if session.board_locked:
        raise LockedError(QT_TRANSLATE_NOOP("Refusal", "The facilitator has locked the board."))


def devices_may_add_notes(session: SessionView) -> bool:
    """A session whose stage was never set is open for notes; otherwise only capture stages."""
    stage = session.stage
    return stage is None or stage.kind == StageKind.CAPTURE


def voting_open(session: SessionView) -> bool:
    """Voting happens only in a stage of the vote kind (never when no stage is set)."""
    stage = session.stage
    return stage is not None and stage.kind == StageKind.VOTE


def open_columns(session: SessionView, columns: tuple[ColumnView, ...]) -> tuple[ColumnView, ...]:
    """The columns a participant's device may add notes to now."""
    if session.is_final or session.board_locked or not devices_may_add_notes(session):
        return ()
    return columns


def check_can_add_note(session: SessionView, actor: Actor) -> None:
    """The facilitator may always add notes to an editable board; devices only while capturing."""
    check_board_editable(session)
    if actor is not Actor.FACILITATOR and not devices_may_add_notes(session):
        name = session.stage.name if session.stage else ""
        raise StageError.of(
            QT_TRANSLATE_NOOP("Refusal", "Adding notes is closed during the stage “{name}”."),
            name=name,
        )


def check_can_vote(session: SessionView) -> None:
    """Dots may be placed or taken back only in a vote stage of an unlocked, draft record."""
    if session.is_final:
        raise LockedError(
            QT_TRANSLATE_NOOP("Refusal", "The record of this session is final; voting is closed.")
        )
    if session.board_locked:
        raise LockedError(
            QT_TRANSLATE_NOOP("Refusal", "The facilitator has locked the board; voting is paused.")
        )
    if not voting_open(session):
        raise StageError(
            QT_TRANSLATE_NOOP(
                "Refusal", "Voting is closed; it opens when the facilitator starts prioritising."
            )
        )


def devices_may_vote(session: SessionView) -> bool:
    """Whether a participant's device should offer voting now (the live server asks this)."""
    return not session.is_final and not session.board_locked and voting_open(session)
