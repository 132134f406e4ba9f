"""Board geometry shared by the canvas, the projector and the drawn board in exports.

A note's x and y are relative to the top-left corner of its column's lane.
"""

from __future__ import annotations

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


def lane_left(position: int) -> float:
    """Scene x of the left edge of the lane at a column position."""
    return position * (LANE_WIDTH + LANE_SPACING)


def clamp_in_lane(x: float, y: float) -> tuple[float, float]:
    """Keep a note inside its lane horizontally and below the lane header."""
    x = min(max(x, 0.0), LANE_WIDTH - NOTE_WIDTH)
    y = max(y, LANE_HEADER)
    return x, y
