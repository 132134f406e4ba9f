"""The jargon card: "Jargon!", "Slow down" and "I'd like to speak", pressed on phones.

A signal records only its kind and when; never which phone or person pressed it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.glossary import RoomSignal
from models.people import Session
from workshop import validation
from workshop.errors import LockedError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.services.base import Service, get_row
from workshop.views import SignalView
from workshop.vocabulary import RecordStatus, SignalKind

# The projector's count is of presses of the same kind within this window.
RECENT = dt.timedelta(seconds=60)


class RoomSignalService(Service):
    def raise_signal(self, session_id: int, kind: object) -> SignalView:
        """Record one press; the view carries how many of that kind came in the last minute."""
        chosen = validation.choice(kind, SignalKind, "kind")
        now = self._services.clock()
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            if session.record_status == RecordStatus.FINAL:
                raise LockedError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "The record of this session is final; the session is over."
                    )
                )
            row = RoomSignal(session_id=session_id, kind=chosen.value, at=now)
            db.add(row)
            db.flush()
            recent = db.scalar(
                select(func.count(RoomSignal.id)).where(
                    RoomSignal.session_id == session_id,
                    RoomSignal.kind == chosen.value,
                    RoomSignal.at > now - RECENT,
                )
            )
            view = SignalView(row.id, session_id, chosen, now, int(recent or 1))
        self._events.signal_raised.emit(view)
        return view

    def list(self, session_id: int) -> list[SignalView]:
        """Every signal of the session, newest first (recent counts are not worked out here)."""
        with self._db.read() as db:
            rows = db.scalars(
                select(RoomSignal)
                .where(RoomSignal.session_id == session_id)
                .order_by(RoomSignal.id.desc())
            ).all()
            return [SignalView(r.id, r.session_id, SignalKind(r.kind), r.at, 1) for r in rows]

    def counts(self, session_id: int) -> dict[str, int]:
        """How many times each kind was pressed at the session."""
        with self._db.read() as db:
            rows = db.execute(
                select(RoomSignal.kind, func.count(RoomSignal.id))
                .where(RoomSignal.session_id == session_id)
                .group_by(RoomSignal.kind)
            ).all()
            return {kind: int(count) for kind, count in rows}


def signal_counts_in(db: OrmSession, session_id: int) -> tuple[tuple[str, int], ...]:
    """How often each jargon-card button was pressed, in the buttons' order (for the record)."""
    rows = db.execute(
        select(RoomSignal.kind, func.count(RoomSignal.id))
        .where(RoomSignal.session_id == session_id)
        .group_by(RoomSignal.kind)
    ).all()
    counted = {kind: int(count) for kind, count in rows}
    return tuple((k.value, counted[k.value]) for k in SignalKind if counted.get(k.value))


__all__ = ["RECENT", "RoomSignalService", "signal_counts_in"]
