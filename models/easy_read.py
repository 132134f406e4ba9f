"""The Easy Read record: sentences people wrote for each key message and action, and pictures."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utc_now


class EasyReadPoint(Base):
    """One point of the Easy Read record: a key message (a theme, or a message of its own) or an
    action, with the sentences the facilitator wrote for it in English and in Welsh.

    The app never fills `text` or `text_cy` itself: a point whose text is empty is left out.
    """

    __tablename__ = "easy_read_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "message" or "action"
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), nullable=True
    )
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("actions.id", ondelete="CASCADE"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    text_cy: Mapped[str] = mapped_column(Text, default="")
    # A symbol of the shipped set (its file name, e.g. "1F68C"), or "" for none.
    symbol: Mapped[str] = mapped_column(String(64), default="")
    picture_id: Mapped[int | None] = mapped_column(
        ForeignKey("easy_read_pictures.id", ondelete="SET NULL"), nullable=True
    )


class EasyReadPicture(Base):
    """One of the organisation's own pictures (PNG), kept with the workshop for Easy Read."""

    __tablename__ = "easy_read_pictures"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshops.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    png: Mapped[bytes] = mapped_column(LargeBinary)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
