"""Photos of walls with sticky notes, drawn for the tests: their notes and words are known."""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np

# Sticky-note colours as (blue, green, red).
PAPER = {
    "yellow": (90, 235, 250),
    "pink": (170, 110, 250),
    "green": (120, 230, 140),
    "blue": (240, 200, 90),
    "orange": (60, 170, 250),
}
WORDS = (
    "BUS",
    "STOP",
    "TOO",
    "FAR",
    "CARERS",
    "NEED",
    "BREAKS",
    "RING",
    "BACK",
    "SOONER",
    "LIFT",
    "BROKEN",
    "MORE",
    "VISITS",
    "LONELY",
    "EVENINGS",
    "CLEAR",
    "LETTERS",
    "SAME",
    "NURSE",
    "PARKING",
    "COST",
    "QUIET",
    "ROOM",
    "KIND",
    "STAFF",
    "LATE",
    "WAITING",
    "LIST",
)


@dataclass(frozen=True)
class Wall:
    jpeg: bytes
    texts: tuple[str, ...]  # each note's words in reading order


def draw_wall(
    notes: int = 12,
    *,
    width: int = 1600,
    height: int = 1200,
    seed: int = 1,
    hand: bool = False,
    rotate: float = 12.0,
    warp: float = 0.06,
    uneven_light: bool = True,
) -> Wall:
    """A textured wall with notes in a loose grid, each rotated, the whole photo warped and lit."""
    rng = random.Random(seed)
    wall = _texture(width, height, rng)
    columns = max(1, round((notes * width / height) ** 0.5))
    rows = -(-notes // columns)
    cell_w, cell_h = width / columns, height / rows
    side = int(min(cell_w, cell_h) * 0.62)
    texts = []
    colours = list(PAPER.values())
    for index in range(notes):
        row, column = divmod(index, columns)
        words = rng.sample(WORDS, 2)
        texts.append(" ".join(words))
        note = _note(side, colours[index % len(colours)], words, hand, rng)
        angle = rng.uniform(-rotate, rotate)
        centre = (
            (column + 0.5) * cell_w + rng.uniform(-0.08, 0.08) * cell_w,
            (row + 0.5) * cell_h + rng.uniform(-0.08, 0.08) * cell_h,
        )
        _paste(wall, note, centre, angle)
    if warp:
        wall = _warp(wall, warp, rng)
    if uneven_light:
        wall = _light(wall)
    ok, data = cv2.imencode(".jpg", wall, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return Wall(data.tobytes(), tuple(texts))


def _texture(width: int, height: int, rng: random.Random) -> np.ndarray:
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 9, (height, width))
    grain = cv2.GaussianBlur(noise.astype(np.float32), (0, 0), 2.0)
    base = np.empty((height, width, 3), np.float32)
    base[:] = (205, 212, 218)  # an off-white painted wall
    return np.clip(base + grain[..., None], 0, 255).astype(np.uint8)


def _note(
    side: int, colour: tuple[int, int, int], words: list[str], hand: bool, rng: random.Random
) -> np.ndarray:
    note = np.empty((side, side, 3), np.uint8)
    note[:] = colour
    font = cv2.FONT_HERSHEY_SCRIPT_SIMPLEX if hand else cv2.FONT_HERSHEY_DUPLEX
    thickness = max(2, side // 70)
    for line, word in enumerate(words):
        scale = cv2.getFontScaleFromHeight(font, side // 7, thickness)
        (text_w, _), _ = cv2.getTextSize(word, font, scale, thickness)
        scale *= min(1.0, side * 0.82 / text_w)
        (text_w, text_h), _ = cv2.getTextSize(word, font, scale, thickness)
        x = (side - text_w) // 2 + rng.randint(-3, 3)
        y = int(side * (0.42 + 0.3 * line)) + text_h // 2
        cv2.putText(note, word, (x, y), font, scale, (35, 30, 30), thickness, cv2.LINE_AA)
    return note


def _paste(wall: np.ndarray, note: np.ndarray, centre: tuple[float, float], angle: float) -> None:
    side = note.shape[0]
    matrix = cv2.getRotationMatrix2D((side / 2, side / 2), angle, 1.0)
    matrix[0, 2] += centre[0] - side / 2
    matrix[1, 2] += centre[1] - side / 2
    size = (wall.shape[1], wall.shape[0])
    warped = cv2.warpAffine(note, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(np.full(note.shape[:2], 255, np.uint8), matrix, size)
    # A soft shadow below and right, as paper on a wall casts.
    shadow = cv2.GaussianBlur(np.roll(mask, (4, 4), axis=(0, 1)), (9, 9), 0)
    wall[:] = (wall * (1 - shadow[..., None] / 255 * 0.25)).astype(np.uint8)
    wall[mask > 127] = warped[mask > 127]


def _warp(image: np.ndarray, amount: float, rng: random.Random) -> np.ndarray:
    height, width = image.shape[:2]
    source = np.float32([[0, 0], [width, 0], [width, height], [0, height]])
    jitter = [(rng.uniform(0, amount) * width, rng.uniform(0, amount) * height) for _ in range(4)]
    target = np.float32(
        [
            [jitter[0][0], jitter[0][1]],
            [width - jitter[1][0], jitter[1][1]],
            [width - jitter[2][0], height - jitter[2][1]],
            [jitter[3][0], height - jitter[3][1]],
        ]
    )
    matrix = cv2.getPerspectiveTransform(source, target)
    return cv2.warpPerspective(image, matrix, (width, height), borderValue=(190, 196, 200))


def _light(image: np.ndarray) -> np.ndarray:
    """Brighter at the top left, a third darker at the bottom right (a window on one side)."""
    height, width = image.shape[:2]
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    gain = 1.05 - 0.38 * (xs / width + ys / height) / 2
    return np.clip(image * gain[..., None], 0, 255).astype(np.uint8)


def plain_wall(width: int = 1200, height: int = 900, seed: int = 2) -> bytes:
    """A textured, unevenly lit wall with nothing on it."""
    wall = _light(_texture(width, height, random.Random(seed)))
    ok, data = cv2.imencode(".jpg", wall, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return data.tobytes()


@dataclass(frozen=True)
class Flipchart:
    jpeg: bytes
    under: tuple[str, ...]  # the heading each note sits under, in reading order


def draw_flipchart(
    headings: tuple[str, ...],
    per_column: int = 2,
    *,
    width: int = 1200,
    height: int = 900,
    seed: int = 4,
    title: str = "",
) -> Flipchart:
    """A flipchart sheet with a heading written over each column and notes stuck below it."""
    rng = random.Random(seed)
    sheet = np.full((height, width, 3), 246, np.uint8)
    column_w = width / len(headings)
    font = cv2.FONT_HERSHEY_DUPLEX
    top = 40
    if title:
        scale = cv2.getFontScaleFromHeight(font, height // 16, 3)
        (text_w, text_h), _ = cv2.getTextSize(title, font, scale, 3)
        cv2.putText(sheet, title, ((width - text_w) // 2, 40 + text_h), font, scale, (20,) * 3, 3)
        top += text_h + 40
    side = int(min(column_w * 0.55, (height - top - 120) / per_column * 0.8))
    colours = list(PAPER.values())
    placed: list[tuple[int, int, str]] = []  # row, column, heading
    for column, heading in enumerate(headings):
        scale = cv2.getFontScaleFromHeight(font, height // 22, 2)
        (text_w, text_h), _ = cv2.getTextSize(heading, font, scale, 2)
        scale *= min(1.0, column_w * 0.9 / text_w)
        (text_w, text_h), _ = cv2.getTextSize(heading, font, scale, 2)
        x = int((column + 0.5) * column_w - text_w / 2)
        cv2.putText(sheet, heading, (x, top + text_h), font, scale, (90, 40, 20), 2, cv2.LINE_AA)
        first = top + text_h + 40 + side // 2
        for row in range(per_column):
            words = rng.sample(WORDS, 2)
            note = _note(side, colours[(column + row) % len(colours)], words, False, rng)
            centre = ((column + 0.5) * column_w, first + row * side * 1.2)
            _paste(sheet, note, centre, rng.uniform(-5, 5))
            placed.append((row, column, heading))
    sheet = _light(_warp(sheet, 0.03, rng))
    ok, data = cv2.imencode(".jpg", sheet, [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return Flipchart(data.tobytes(), tuple(h for _, _, h in sorted(placed)))
