"""Suggested text for note pictures, read on this computer with RapidOCR's bundled models."""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import cv2
import numpy as np

# Pictures are read together as one sheet: one detection pass instead of one per note.
_GAP = 24
# The long side, in pixels, of each note picture as it is read.
READ_SIDE = 192
_LOCK = threading.Lock()  # one engine per process; onnxruntime sessions are not re-entrant here
_MIN_SCORE = 0.5


@cache
def _engine() -> Any:
    # RapidOCR logs each model's absolute path at INFO; the app's log is for the app.
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    from rapidocr import RapidOCR

    # Its wheel ships the models, so nothing is downloaded; the angle classifier is not needed
    # because every picture has already been straightened.
    # One thread leaves the other core to the window, and onnxruntime's spinning threads slow
    # down badly when the machine is busy with anything else.
    return RapidOCR(
        params={
            "Global.use_cls": False,
            "Global.log_level": "error",
            "EngineConfig.onnxruntime.intra_op_num_threads": 1,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        }
    )


def suggest_texts(pictures: Sequence[np.ndarray]) -> list[str]:
    """One suggested text per picture (empty where nothing legible was found)."""
    if not pictures:
        return []
    sheet, cells = _sheet(pictures)
    with _LOCK:
        result = _engine()(sheet)
    lines: list[list[tuple[float, float, float, str]]] = [[] for _ in pictures]
    boxes = result.boxes if result.boxes is not None else []
    texts = result.txts or ()
    scores = result.scores or ()
    for box, text, score in zip(boxes, texts, scores, strict=False):
        if score < _MIN_SCORE or not text.strip():
            continue
        points = np.asarray(box, dtype=np.float32)
        cx, cy = points.mean(axis=0)
        height = float(points[:, 1].max() - points[:, 1].min())
        for index, (x, y, w, h) in enumerate(cells):
            if x <= cx < x + w and y <= cy < y + h:
                lines[index].append((float(cy), float(cx), height, text.strip()))
                break
    return [_join(found) for found in lines]


@dataclass(frozen=True, slots=True)
class TextLine:
    """A piece of text read in a picture: its words and its box (left, top, right, bottom)."""

    text: str
    left: float
    top: float
    right: float
    bottom: float


def read_words(picture: np.ndarray) -> list[TextLine]:
    """Every legible word in a picture, with where it is (in the picture's pixels).

    Words, not lines: the recogniser joins text on one line into one piece even across a wide
    gap, such as between two columns' headings.
    """
    with _LOCK:
        result = _engine()(picture, return_word_box=True)
    words = []
    for line in result.word_results or ():
        for text, score, box in line or ():
            if box is None or score < _MIN_SCORE or not text.strip():
                continue
            points = np.asarray(box, dtype=np.float32)
            left, top = (float(v) for v in points.min(axis=0))
            right, bottom = (float(v) for v in points.max(axis=0))
            words.append(TextLine(text.strip(), left, top, right, bottom))
    return words


def _join(found: list[tuple[float, float, float, str]]) -> str:
    """Pieces of text in reading order: a new line starts below half a line's height."""
    if not found:
        return ""
    found.sort()
    rows: list[list[tuple[float, float, float, str]]] = [[found[0]]]
    for piece in found[1:]:
        if piece[0] - rows[-1][0][0] > rows[-1][0][2] / 2:
            rows.append([])
        rows[-1].append(piece)
    return " ".join(" ".join(p[3] for p in sorted(row, key=lambda p: p[1])) for row in rows)


def _sheet(pictures: Sequence[np.ndarray]) -> tuple[np.ndarray, list[tuple[int, int, int, int]]]:
    """The pictures laid out on one white sheet, and each one's cell (x, y, width, height)."""
    columns = math.ceil(math.sqrt(len(pictures)))
    cell_w = max(p.shape[1] for p in pictures) + _GAP
    cell_h = max(p.shape[0] for p in pictures) + _GAP
    rows = math.ceil(len(pictures) / columns)
    sheet = np.full((rows * cell_h + _GAP, columns * cell_w + _GAP, 3), 255, np.uint8)
    cells = []
    for index, picture in enumerate(pictures):
        x = _GAP + (index % columns) * cell_w
        y = _GAP + (index // columns) * cell_h
        sheet[y : y + picture.shape[0], x : x + picture.shape[1]] = picture
        cells.append((x, y, cell_w - _GAP // 2, cell_h - _GAP // 2))
    return sheet, cells


def warm_up() -> None:
    """Load the models now (about a second) so the first photo is not slower than the rest."""
    with _LOCK:
        _engine()(cv2.cvtColor(np.full((32, 32), 255, np.uint8), cv2.COLOR_GRAY2BGR))
