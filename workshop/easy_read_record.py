"""Frozen snapshots of the Easy Read record: its points as people wrote them, and own pictures."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class PointKind(enum.Enum):
    MESSAGE = "message"  # a key message: one of the board's themes, or one of its own
    ACTION = "action"  # an action agreed at the session


@dataclass(frozen=True, slots=True)
class PointRef:
    """Which point: a theme's or an action's (by their id), or a message of its own (its id)."""

    kind: str  # "theme", "action" or "message"
    id: int


@dataclass(frozen=True, slots=True)
class EasyReadPointView:
    """A point as the Easy Read panel shows it, written or not yet written."""

    ref: PointRef
    kind: PointKind
    # What the point is about (the theme's or the action's title), for the facilitator only:
    # the record never prints it, since nobody wrote it as Easy Read.
    source: str
    text: str
    text_cy: str
    symbol: str  # a shipped symbol's file name, or ""
    picture_id: int | None  # an own picture, or None

    def text_in(self, language: str) -> str:
        return self.text_cy if language == "cy" else self.text


@dataclass(frozen=True, slots=True)
class OwnPictureView:
    """A picture the organisation added (PNG), without its bytes."""

    id: int
    workshop_id: int
    name: str
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class EasyReadPoint:
    """A point as the record prints it: people's sentences and the chosen picture."""

    kind: PointKind
    text: str
    text_cy: str
    symbol: str  # "" when an own picture (or nothing) was chosen
    own_picture: bytes | None = None  # PNG
    own_picture_name: str = ""

    def text_in(self, language: str) -> str:
        return self.text_cy if language == "cy" else self.text


@dataclass(frozen=True, slots=True)
class EasyReadRecord:
    """Everything an Easy Read export needs, read in one transaction."""

    session_id: int
    workshop_title: str
    organisation: str
    session_title: str
    date: dt.date | None
    is_final: bool
    points: tuple[EasyReadPoint, ...]  # every point with a sentence in either language

    def published(self, language: str) -> tuple[EasyReadPoint, ...]:
        """The points written in that language: a point nobody wrote is left out."""
        return tuple(p for p in self.points if p.text_in(language).strip())

    def left_out(self, language: str) -> int:
        return len(self.points) - len(self.published(language))
