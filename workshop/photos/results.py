"""What the photo pipeline hands back, its limits and its refusals; light to import (no OpenCV)."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.errors import WorkshopError
from workshop.messages import QT_TRANSLATE_NOOP

# Phone photos are 2–15 MB; anything this big is not a photo of a wall.
MAX_PHOTO_BYTES = 50 * 1024 * 1024
# 80 megapixels: more than any phone camera's normal mode, far less than a decompression bomb.
MAX_PHOTO_PIXELS = 80_000_000
# Stored pictures are at most this many pixels on their long side.
MAX_PHOTO_SIDE = 2400


class PhotoRefused(WorkshopError):
    """A file that cannot be used as a photo; nothing was stored."""


class Cancelled(Exception):
    """The person asked to stop; nothing was stored."""


def check_size(size: int) -> None:
    """Refuse a file too large to be a photo before anyone reads it into memory."""
    if size > MAX_PHOTO_BYTES:
        raise PhotoRefused(
            QT_TRANSLATE_NOOP("Refusal", "That file is larger than 50 MB, too large for a photo.")
        )


@dataclass(frozen=True, slots=True)
class FoundNote:
    """One sticky note from a photo: its straightened picture and a suggested text to review."""

    jpeg: bytes
    width: int
    height: int
    colour: str
    suggestion: str
    # Where it sat in the photo, as shares of the photo's width and height (0–1).
    x: float
    y: float
    # The column heading it sat under on a flipchart, as read ("" when there was none).
    heading: str = ""


@dataclass(frozen=True, slots=True)
class ProcessedPhoto:
    """The photo as it may be stored (downscaled, faces blurred unless all agreed) and its notes."""

    jpeg: bytes
    width: int
    height: int
    faces_blurred: int
    blurred: bool
    notes: tuple[FoundNote, ...]
    # Column headings read above the notes (a flipchart with headed columns), left to right.
    headings: tuple[str, ...] = ()
