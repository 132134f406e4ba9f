"""Column headings on a flipchart: the text above the sticky notes, and which note sat under which.

A flipchart with headed columns ("What works", "What gets in the way") has its headings written
above the notes. They are read from the photo with the notes painted out (so a note's own
writing is never taken for a heading); each note then belongs to the heading nearest above it.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

import cv2
import numpy as np

from workshop.photos import reading
from workshop.photos.detection import NoteOutline
from workshop.photos.loading import downscale

# Headings are written large, so a smaller copy reads them as well and several times faster.
_READ_SIDE = 1280
_MIN_READ_HEIGHT = 736
# A note's outline is painted out a little larger, to take in its shadow and curled edges.
_MASK_GROWTH = 1.12
# Words of one heading sit on one line, about a word space apart (under this many of their
# heights); headings of neighbouring columns are further apart.
_WORD_GAP = 0.8
# Writing above the notes is dark against the sheet; without any, nothing is read at all.
_INK_DARKER = 60
_MIN_INK_SHARE = 0.002


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading read on the photo and where it is (photo pixels)."""

    text: str
    left: float
    right: float
    bottom: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def find_headings(image: np.ndarray, outlines: list[NoteOutline]) -> list[Heading]:
    """The text lines written above the notes (none when nothing is written above them)."""
    if not outlines:
        return []
    masked = image.copy()
    for outline in outlines:
        centre = outline.corners.mean(axis=0)
        grown = (outline.corners - centre) * _MASK_GROWTH + centre
        cv2.fillConvexPoly(masked, grown.astype(np.int32), (255, 255, 255))
    # Headings are above the first notes of their columns: only that band of the photo is read
    # (a column may start up to a note's height lower than the highest note).
    tops = [float(o.corners[:, 1].min()) for o in outlines]
    heights = [float(o.corners[:, 1].max()) - top for o, top in zip(outlines, tops, strict=True)]
    band = masked[: max(1, int(min(tops) + statistics.median(heights))), :]
    if not _has_writing(band):
        return []
    small = downscale(band, _READ_SIDE)
    scale = band.shape[1] / small.shape[1]
    if small.shape[0] < _MIN_READ_HEIGHT:
        # The recogniser enlarges a picture until its short side is 736 px: a thin band would
        # become enormous (and slow) to read. Blank paper below keeps it at its own size.
        padded = np.full((_MIN_READ_HEIGHT, small.shape[1], 3), 255, np.uint8)
        padded[: small.shape[0]] = small
        small = padded
    words = [
        reading.TextLine(
            word.text, word.left * scale, word.top * scale, word.right * scale, word.bottom * scale
        )
        for word in reading.read_words(small)
    ]
    return [h for h in _merged(words) if sum(ch.isalpha() for ch in h.text) >= 2]


def _has_writing(band: np.ndarray) -> bool:
    """Whether anything is written in the band: enough pixels much darker than the sheet."""
    grey = cv2.cvtColor(band, cv2.COLOR_BGR2GRAY)
    dark = grey < float(np.median(grey)) - _INK_DARKER
    return float(dark.mean()) >= _MIN_INK_SHARE


def _merged(words: list[reading.TextLine]) -> list[Heading]:
    """Words on one row, a word space apart, are one heading; a wider gap starts another."""
    headings: list[list[reading.TextLine]] = []
    for line in sorted(words, key=lambda item: (item.left, item.top)):
        height = line.bottom - line.top
        for group in headings:
            last = group[-1]
            same_row = min(last.bottom, line.bottom) - max(last.top, line.top) > height / 2
            if same_row and 0 <= line.left - last.right < _WORD_GAP * height:
                group.append(line)
                break
        else:
            headings.append([line])
    return [
        Heading(
            " ".join(piece.text for piece in group),
            min(piece.left for piece in group),
            max(piece.right for piece in group),
            max(piece.bottom for piece in group),
        )
        for group in headings
    ]


def heading_of(outline: NoteOutline, headings: list[Heading], note_width: float) -> str:
    """The heading a note sat under: the lowest one above it over its column ("" if none).

    A heading written shorter than a note still covers a note's width, so a title across the
    whole sheet loses to the column heading below it, and a short heading keeps its notes.
    """
    # Above the note's middle: a tilted note's corner may reach up beside its heading.
    x, middle = outline.centre
    best: tuple[float, float] | None = None
    chosen = ""
    for heading in headings:
        if heading.bottom > middle:
            continue
        half = max(heading.right - heading.left, note_width) / 2
        away = max(0.0, abs(x - heading.centre) - half)
        # Nearest across first; of headings over the note, the lowest (closest above).
        rank = (away, -heading.bottom)
        if away < note_width and (best is None or rank < best):
            best, chosen = rank, heading.text
    return chosen


def note_width(outlines: list[NoteOutline]) -> float:
    """A typical note's width in the photo."""
    return statistics.median(float(o.corners[:, 0].max() - o.corners[:, 0].min()) for o in outlines)
