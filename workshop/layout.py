"""Board geometry shared by the canvas, the projector and the drawn board in exports.

A note's x and y are relative to the top-left corner of its column's lane.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable

NOTE_WIDTH = 200.0
NOTE_HEIGHT = 140.0
GAP = 16.0
LANE_HEADER = 64.0
NOTES_PER_ROW = 2
LANE_WIDTH = NOTES_PER_ROW * NOTE_WIDTH + (NOTES_PER_ROW + 1) * GAP
LANE_SPACING = 24.0


def slot_position(index: int) -> tuple[float, float]:
    """Where the index-th note of a lane goes when nobody placed it."""
    row, column = divmod(index, NOTES_PER_ROW)
    return (GAP + column * (NOTE_WIDTH + GAP), LANE_HEADER + GAP + row * (NOTE_HEIGHT + GAP))


def slots_covered(x: float, y: float) -> set[int]:
    """The slot indices a note placed at (x, y) overlaps, so new notes can avoid them."""
    pitch_x, pitch_y = NOTE_WIDTH + GAP, NOTE_HEIGHT + GAP
    top = LANE_HEADER + GAP
    covered: set[int] = set()
    # Slot r spans [top + r*pitch_y, top + r*pitch_y + NOTE_HEIGHT); overlap is strict.
    first_row = max(0, math.floor((y - top - NOTE_HEIGHT) / pitch_y) + 1)
    last_row = math.ceil((y + NOTE_HEIGHT - top) / pitch_y) - 1
    first_column = max(0, math.floor((x - GAP - NOTE_WIDTH) / pitch_x) + 1)
    last_column = min(NOTES_PER_ROW - 1, math.ceil((x + NOTE_WIDTH - GAP) / pitch_x) - 1)
    for row in range(first_row, last_row + 1):
        for column in range(first_column, last_column + 1):
            covered.add(row * NOTES_PER_ROW + column)
    return covered


def _exact_slot(x: float, y: float) -> int | None:
    """The slot a note sits exactly on, or None. Such a note covers that slot alone (the gaps
    keep it off its neighbours); building the set of covered slots for each of a large
    board's notes, before every batch of new notes, was most of the batch's time."""
    column, off_x = divmod(x - GAP, NOTE_WIDTH + GAP)
    row, off_y = divmod(y - LANE_HEADER - GAP, NOTE_HEIGHT + GAP)
    if off_x or off_y or row < 0 or not 0 <= column < NOTES_PER_ROW:
        return None
    return int(row) * NOTES_PER_ROW + int(column)


class FreeSlots:
    """Hands out the first slots of a lane that no note covers, so new notes never hide others."""

    def __init__(self, positions: Iterable[tuple[float, float]] = ()) -> None:
        self._taken: set[int] = set()
        for x, y in positions:
            self.block(x, y)
        self._next = 0

    def block(self, x: float, y: float) -> None:
        """A note now sits at (x, y): later notes go elsewhere."""
        slot = _exact_slot(x, y)
        if slot is not None:
            self._taken.add(slot)  # most notes sit where a slot put them: they cover only it
        else:
            self._taken |= slots_covered(x, y)

    def take(self) -> tuple[float, float]:
        while self._next in self._taken:
            self._next += 1
        self._taken.add(self._next)
        return slot_position(self._next)


def lane_left(position: int) -> float:
    """Scene x of the left edge of the lane at a column position."""
    return position * (LANE_WIDTH + LANE_SPACING)


def clamp_in_lane(x: float, y: float) -> tuple[float, float]:
    """Keep a note inside its lane horizontally and below the lane header."""
    x = min(max(x, 0.0), LANE_WIDTH - NOTE_WIDTH)
    y = max(y, LANE_HEADER)
    return x, y


def gather(
    members: list[tuple[int, float, float]], others: list[tuple[int, float, float]]
) -> dict[int, tuple[float, float]]:
    """New positions in one lane that put a theme's members side by side, so its frame holds
    only them: members fill slots from the highest member's row, and the lane's other notes
    at or below that row flow on after them, keeping their reading order.

    Each entry is (note id, x, y); returns the positions of the notes that move.
    """
    if not members:
        return {}
    top = min(y for _, _, y in members)
    pitch = NOTE_HEIGHT + GAP
    first_row = max(0, round((top - LANE_HEADER - GAP) / pitch))
    start_y = LANE_HEADER + GAP + first_row * pitch
    reading_order = sorted(members, key=lambda n: (n[2], n[1]))
    below = sorted(
        (n for n in others if n[2] >= start_y - NOTE_HEIGHT / 2), key=lambda n: (n[2], n[1])
    )
    # Other notes start on the row after the theme's last, so none shares a row with it.
    first_other = -(-len(reading_order) // NOTES_PER_ROW) * NOTES_PER_ROW
    slots = [*range(len(reading_order)), *range(first_other, first_other + len(below))]
    moved: dict[int, tuple[float, float]] = {}
    for index, (note_id, x, y) in zip(slots, [*reading_order, *below], strict=True):
        slot_x, slot_y = slot_position(index)
        target = (slot_x, slot_y - LANE_HEADER - GAP + start_y)
        if (x, y) != target:
            moved[note_id] = target
    return moved


# A rectangle as (left, top, right, bottom), in whatever units the caller uses.
Box = tuple[float, float, float, float]


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def enclosing_boxes(members: list[Box], others: list[Box]) -> list[Box]:
    """As few boxes as it takes to hold every member and touch no other note.

    Members that sit together share one box; a member cut off from the rest by another note
    gets a box of its own. Greedy: two boxes merge whenever their union is clear of the others.
    Boxes only grow, so a pair once blocked stays blocked: one pass over the pairs is enough.
    """
    others = sorted(others, key=lambda b: b[1])
    tops = [b[1] for b in others]
    tallest = max((b[3] - b[1] for b in others), default=0.0)

    def clear(box: Box) -> bool:
        # Only others whose top lies within the tallest note's height above the box can touch it.
        first = bisect.bisect_left(tops, box[1] - tallest)
        last = bisect.bisect_left(tops, box[3])
        return not any(_overlaps(box, other) for other in others[first:last])

    boxes = sorted(members, key=lambda b: (b[1], b[0]))
    i = 0
    while i < len(boxes):
        j = i + 1
        while j < len(boxes):
            union = _union(boxes[i], boxes[j])
            if clear(union):
                boxes[i] = union
                del boxes[j]
            else:
                j += 1
        i += 1
    return boxes
