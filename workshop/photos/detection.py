"""Find sticky notes in a photo by colour and shape, and straighten each into its own picture."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# Notes are looked for on a copy this size; corners are then mapped back to the full photo.
_DETECT_SIDE = 1000
# Sticky notes are saturated paper; walls, whiteboards and flipchart paper are not.
_MIN_SATURATION = 70
_MIN_VALUE = 60
# Hue bands (OpenCV's 0–179 scale) of sticky-note colours, overlapping so no note falls between.
_HUE_BANDS = ((0, 12), (165, 180), (6, 24), (18, 40), (34, 90), (84, 136), (128, 170))
# A note fills most of its bounding rectangle; faces, arms and bags do not.
_MIN_FILL = 0.82
_MIN_AREA_SHARE = 0.0012  # of the photo
_MAX_AREA_SHARE = 0.25
_MAX_ASPECT = 2.6
# A note is mostly coloured paper (its writing is dark ink, a small share); a word written in
# coloured marker, which closing turns into a solid block, is mostly the sheet between strokes.
_MIN_PAPER_SHARE = 0.6
# The straightened crop's long side.
CROP_SIDE = 360


@dataclass(frozen=True, slots=True)
class NoteOutline:
    """One note found: its four corners in photo pixels (clockwise from top left), its colour."""

    corners: np.ndarray
    colour: str
    centre: tuple[float, float]


def find_note_outlines(image: np.ndarray) -> list[NoteOutline]:
    """Every sticky note in the photo, in reading order (rows top to bottom, then left to right)."""
    height, width = image.shape[:2]
    scale = min(1.0, _DETECT_SIDE / max(height, width))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 0)
    hsv = cv2.cvtColor(small, cv2.COLOR_BGR2HSV)
    hue, saturation, value = cv2.split(hsv)
    coloured = (saturation >= _MIN_SATURATION) & (value >= _MIN_VALUE)
    area = small.shape[0] * small.shape[1]
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    candidates: list[tuple[float, np.ndarray]] = []
    for low, high in _HUE_BANDS:
        band = (coloured & (hue >= low) & (hue < high)).astype(np.uint8) * 255
        # Closing fills the ink of the writing; opening removes specks of coloured texture.
        closed = cv2.morphologyEx(band, cv2.MORPH_CLOSE, kernel, iterations=2)
        opened = cv2.morphologyEx(closed, cv2.MORPH_OPEN, kernel)
        contours, _ = cv2.findContours(opened, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            quad = _note_quad(contour, area)
            if quad is not None and _paper_share(band, quad) >= _MIN_PAPER_SHARE:
                candidates.append((cv2.contourArea(contour), quad))
    outlines = []
    for quad in _without_overlaps(candidates):
        corners = (quad / scale).astype(np.float32)
        centre = corners.mean(axis=0)
        outlines.append(
            NoteOutline(
                corners, _paper_colour(image, corners), (float(centre[0]), float(centre[1]))
            )
        )
    return _reading_order(outlines)


def _note_quad(contour: np.ndarray, image_area: int) -> np.ndarray | None:
    """The contour's four corners if it is shaped like a sticky note, else None."""
    area = cv2.contourArea(contour)
    if not _MIN_AREA_SHARE * image_area <= area <= _MAX_AREA_SHARE * image_area:
        return None
    rect = cv2.minAreaRect(contour)
    rect_w, rect_h = rect[1]
    if min(rect_w, rect_h) <= 0 or max(rect_w, rect_h) / min(rect_w, rect_h) > _MAX_ASPECT:
        return None
    hull = cv2.convexHull(contour)
    if area / cv2.contourArea(hull) < 0.9:
        return None
    perimeter = cv2.arcLength(hull, True)
    approx = cv2.approxPolyDP(hull, 0.04 * perimeter, True)
    # A perspective-warped note is a quadrilateral; otherwise fall back to the fitted rectangle.
    quad = (
        approx.reshape(4, 2).astype(np.float32)
        if len(approx) == 4 and cv2.isContourConvex(approx)
        else cv2.boxPoints(rect).astype(np.float32)
    )
    if area / max(cv2.contourArea(quad), 1.0) < _MIN_FILL:
        return None
    return _clockwise(quad)


def _paper_share(band: np.ndarray, quad: np.ndarray) -> float:
    """The share of the quad's pixels that are of the band's colour (before any closing)."""
    inside = np.zeros(band.shape, np.uint8)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    total = cv2.countNonZero(inside)
    return cv2.countNonZero(band & inside) / total if total else 0.0


def _clockwise(quad: np.ndarray) -> np.ndarray:
    """Corners ordered top-left, top-right, bottom-right, bottom-left."""
    centre = quad.mean(axis=0)
    angles = np.arctan2(quad[:, 1] - centre[1], quad[:, 0] - centre[0])
    ordered = quad[np.argsort(angles)]
    # Start at the corner nearest the top left (smallest x + y).
    start = int(np.argmin(ordered.sum(axis=1)))
    return np.roll(ordered, -start, axis=0)


def _without_overlaps(candidates: list[tuple[float, np.ndarray]]) -> list[np.ndarray]:
    """One quad per note: overlapping hue bands find the same note twice; the larger wins."""
    kept: list[np.ndarray] = []
    for _, quad in sorted(candidates, key=lambda item: -item[0]):
        box = _box(quad)
        if all(_overlap(box, _box(other)) < 0.5 for other in kept):
            kept.append(quad)
    return kept


def _box(quad: np.ndarray) -> tuple[int, int, int, int]:
    x, y, w, h = cv2.boundingRect(quad)
    return int(x), int(y), int(w), int(h)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """The share of the smaller box covered by the other."""
    left, top = max(a[0], b[0]), max(a[1], b[1])
    right, bottom = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    if right <= left or bottom <= top:
        return 0.0
    return (right - left) * (bottom - top) / min(a[2] * a[3], b[2] * b[3])


def _paper_colour(image: np.ndarray, corners: np.ndarray) -> str:
    """The note's paper colour as #rrggbb: the median of its brighter pixels (not the ink)."""
    x, y, w, h = cv2.boundingRect(corners.astype(np.int32))
    inner = image[y + h // 4 : y + 3 * h // 4, x + w // 4 : x + 3 * w // 4].reshape(-1, 3)
    if inner.size == 0:
        return ""
    brightness = inner.sum(axis=1)
    paper = inner[brightness >= np.median(brightness)]
    blue, green, red = (int(v) for v in np.median(paper, axis=0))
    return f"#{red:02x}{green:02x}{blue:02x}"


def _reading_order(outlines: list[NoteOutline]) -> list[NoteOutline]:
    """Rows top to bottom (a new row starts below half a note's height), left to right in each."""
    if not outlines:
        return []
    heights = [cv2.boundingRect(o.corners.astype(np.int32))[3] for o in outlines]
    row_gap = float(np.median(heights)) / 2
    by_y = sorted(outlines, key=lambda o: o.centre[1])
    rows: list[list[NoteOutline]] = [[by_y[0]]]
    for outline in by_y[1:]:
        if outline.centre[1] - rows[-1][-1].centre[1] > row_gap:
            rows.append([])
        rows[-1].append(outline)
    return [o for row in rows for o in sorted(row, key=lambda o: o.centre[0])]


def straighten(image: np.ndarray, corners: np.ndarray, side: int = CROP_SIDE) -> np.ndarray:
    """The note as a flat, upright picture with its long side `side` pixels (perspective fixed)."""
    top = np.linalg.norm(corners[1] - corners[0])
    bottom = np.linalg.norm(corners[2] - corners[3])
    left = np.linalg.norm(corners[3] - corners[0])
    right = np.linalg.norm(corners[2] - corners[1])
    width, height = float(max(top, bottom)), float(max(left, right))
    scale = side / max(width, height, 1.0)
    out_w, out_h = max(8, round(width * scale)), max(8, round(height * scale))
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(image, matrix, (out_w, out_h), flags=cv2.INTER_AREA)
