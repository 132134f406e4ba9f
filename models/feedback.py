"""What people said about a session: feedback tallies, comments, and equality monitoring counts.

None of these tables has a key to a person, a device, a note or a vote, and none keeps a
time: answers are stored as counts (or, for free text, as rows under random ids), so nobody
can tell who said what, or in which order answers arrived.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class FeedbackForm(Base):
    """A session's feedback questions (JSON, as the organiser edited them) and how many answered."""

    __tablename__ = "feedback_forms"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    questions: Mapped[str] = mapped_column(Text, default="")
    respondents: Mapped[int] = mapped_column(Integer, default=0)
    # How many of the respondents answered on a printed card the facilitator typed in.
    from_cards: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackTally(Base):
    """How many people gave one value to one scale or ladder question."""

    __tablename__ = "feedback_tallies"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackComment(Base):
    """One free-text answer; its id is random, so the stored order says nothing of arrival.

    A plain INTEGER key is SQLite's row id, so rows are kept in the order of these random ids.
    """

    __tablename__ = "feedback_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)


class MonitoringCount(Base):
    """How many people chose one option of one equality monitoring question at a session.

    Every option's row is written, in the questions' own order, when the first answer arrives,
    so the table's order is the same whoever answered first.
    """

    __tablename__ = "monitoring_counts"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    option: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ReachTarget(Base):
    """Whom the organisers want to hear from: at least `percent`% of a monitoring answer.

    Set for a workshop, not a person: it holds no answer, only the organiser's aim.
    """

    __tablename__ = "reach_targets"

    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
    )
    question_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    option: Mapped[str] = mapped_column(String(32), primary_key=True)
    percent: Mapped[int] = mapped_column(Integer)
