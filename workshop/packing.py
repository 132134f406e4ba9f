"""Packs a board's lanes of notes onto one screen with the largest text that fits (Qt-free).

The projector shows every note in its scope at once. A lane flows into as many sub-columns as it
needs (newspaper order: down one sub-column, then the next), every sub-column has one width, and
a lane's sub-columns are balanced in height. The text size is the largest whole pixel size at
which everything fits; below `min_px` nothing fits and the caller degrades (theme cards or one
lane at a time).

Text is measured by the caller (`Measure`), so the packing itself knows nothing of fonts; sizes
are in the projector's reference pixels (1920×1080, scaled to the real screen by the view).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# Smallest and largest note text, in reference pixels (1080p).
MIN_PX = 18
MAX_PX = 40
# Spacing grows with the text so a small board is not lost in gaps and a big one keeps its room.
MARGIN = 14.0
LANE_GAP_EM = 0.9  # between lanes: wider than between a lane's sub-columns, so lanes read apart
COLUMN_GAP_EM = 0.35
CARD_GAP_EM = 0.3
# Narrowest sub-column, in ems: about ten characters of text a line.
MIN_COLUMN_EM = 6.0
TITLE_RATIO = 1.15  # lane titles a little larger than notes, never below the note size


@dataclass(frozen=True)
class Item:
    """One card to place: its key, and whether a theme groups it (consecutive items of one theme
    form a framed run)."""

    key: int
    group: int | None = None


@dataclass(frozen=True)
class Lane:
    key: int
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Measure:
    """How tall things are at a text size and width (in reference pixels)."""

    card: Callable[[int, int, float], float]  # item key, px, width -> card height
    header: Callable[[int, int, float], float]  # lane key, title px, width -> header height
    group_label: Callable[[int, int, float], float] = lambda _g, _px, _w: 0.0
    # A quick, slightly generous guess of `card`, used while searching; placing uses `card`.
    estimate: Callable[[int, int, float], float] | None = None
    # The same guess for many cards of one width at once (a search makes thousands).
    estimates: Callable[[Sequence[int], int, float], list[float]] | None = None


@dataclass
class LanePlan:
    key: int
    box: Box  # the whole lane: header and cards
    header: Box
    columns: int


@dataclass
class GroupRun:
    """A framed run of one theme's cards within one sub-column (label only on the first run)."""

    group: int
    box: Box
    labelled: bool


@dataclass
class Plan:
    """Where everything goes; `fits` is False when nothing fits at `MIN_PX` (caller degrades)."""

    fits: bool
    note_px: int = MIN_PX
    title_px: int = MIN_PX
    total_columns: int = 0
    lanes: list[LanePlan] = field(default_factory=list)
    cards: dict[int, Box] = field(default_factory=dict)
    runs: list[GroupRun] = field(default_factory=list)

    def gap(self) -> float:
        return CARD_GAP_EM * self.note_px


def title_px_for(note_px: int) -> int:
    return round(note_px * TITLE_RATIO)


@dataclass
class _Flow:
    """A lane's items as blocks of heights: a theme's first card carries its label's height."""

    heights: list[float]
    label_heights: list[float]  # extra height above item i when it opens a framed run


def _flow(lane: Lane, px: int, width: float, measure: Measure, *, guess: bool = False) -> _Flow:
    """Heights down a sub-column `width` wide; cards inside a theme's frame are narrower."""
    if guess and measure.estimates is not None and not _grouped(lane):
        keys = [item.key for item in lane.items]
        return _Flow(measure.estimates(keys, px, width), [0.0] * len(keys))
    heights: list[float] = []
    labels: list[float] = []
    previous: int | None = None
    card = measure.estimate if guess and measure.estimate is not None else measure.card
    framed = width - 2 * _frame_pad(px)
    for item in lane.items:
        heights.append(card(item.key, px, framed if item.group is not None else width))
        opens = item.group is not None and item.group != previous
        labels.append(measure.group_label(item.group, px, width) if opens and item.group else 0.0)
        previous = item.group
    return _Flow(heights, labels)


def _frame_pad(px: int) -> float:
    return 0.3 * px


def _split(flow: _Flow, items: Sequence[Item], limit: float, gap: float, pad: float) -> list[int]:
    """Greedy newspaper split: indices where each sub-column starts, never taller than limit.

    An item that is the first of its sub-column inside a theme run carries the frame's padding
    (and, for the run's first item, its label). Returns [] when one item alone is too tall.
    """
    starts: list[int] = []
    used = 0.0
    for index, height in enumerate(flow.heights):
        group = items[index].group
        continues = index > 0 and group is not None and items[index - 1].group == group
        head = flow.label_heights[index] if not continues else 0.0
        opens = group is not None and (not continues)
        extra = head + (2 * pad if opens else 0.0)
        need = height + extra + (gap if used else 0.0)
        if starts and used + need <= limit:
            used += need
            continue
        # A new sub-column: a run continuing here gets its frame padding again.
        alone = height + flow.label_heights[index] * (not continues)
        alone += 2 * pad if group is not None else 0.0
        if alone > limit:
            return []
        starts.append(index)
        used = alone
    return starts or [0]


def _balanced(
    flow: _Flow, items: Sequence[Item], columns: int, limit: float, gap: float, pad: float
) -> list[int]:
    """The split into at most `columns` sub-columns with the smallest tallest sub-column."""
    low, high = max(flow.heights, default=0.0), limit
    best = _split(flow, items, limit, gap, pad)
    if not flow.heights or columns <= 1:
        return best
    for _ in range(18):
        if high - low < 1.0:
            break
        middle = (low + high) / 2
        starts = _split(flow, items, middle, gap, pad)
        if starts and len(starts) <= columns:
            best, high = starts, middle
        else:
            low = middle
    return best


class Packer:
    """Finds the largest text at which every lane fits the screen, and where each card goes."""

    def __init__(self, measure: Measure, min_px: int = MIN_PX, max_px: int = MAX_PX) -> None:
        self.measure = measure
        self.min_px = min_px
        self.max_px = max_px

    def pack(
        self, lanes: Sequence[Lane], width: float, height: float, *, keep: Plan | None = None
    ) -> Plan:
        """The plan for lanes in a width × height area.

        With `keep` (the plan on screen before a note arrived), its text size and sub-columns
        are tried first, so the board changes only where it must.
        """
        if not lanes:
            return Plan(fits=True, note_px=self.max_px, title_px=title_px_for(self.max_px))
        if keep is not None and keep.fits:
            kept = self._try(lanes, width, height, keep.note_px, keep.total_columns)
            if kept is not None:
                return kept
            # Only smaller sizes can fit now: step down from the size on screen.
            for px in range(keep.note_px - 1, self.min_px - 1, -1):
                plan = self._fit_at(lanes, width, height, px)
                if plan is not None:
                    return plan
            return Plan(fits=False)
        # Most boards either fit somewhere or not at all: the smallest size answers which at once.
        smallest = self._fit_at(lanes, width, height, self.min_px)
        if smallest is None:
            return Plan(fits=False)
        low, high = self.min_px + 1, self.max_px
        found: Plan | None = smallest
        while low <= high:
            px = (low + high) // 2
            plan = self._fit_at(lanes, width, height, px)
            if plan is not None:
                found, low = plan, px + 1
            else:
                high = px - 1
        return found if found is not None else Plan(fits=False)

    def _fit_at(self, lanes: Sequence[Lane], width: float, height: float, px: int) -> Plan | None:
        """A plan at this text size, with as few sub-columns (so as wide) as will do.

        More sub-columns are narrower, so no lane needs fewer of them: when `total` across the
        screen leave the lanes needing `needed`, no count between the two can do either.
        """
        most = self._most_columns(len(lanes), width, px)
        total = len(lanes)
        while total <= most:
            needed = self._needed(lanes, width, height, px, total)
            if needed is None:
                total += 1
                continue
            if needed <= total:
                plan = self._try(lanes, width, height, px, total)
                if plan is not None:
                    return plan
                total += 1
                continue
            total = needed
        return None

    def _most_columns(self, lane_count: int, width: float, px: int) -> int:
        usable = width - 2 * MARGIN - (lane_count - 1) * LANE_GAP_EM * px
        return max(lane_count, int(usable // (MIN_COLUMN_EM * px + COLUMN_GAP_EM * px)))

    def _column_width(self, lane_count: int, width: float, px: int, total: int) -> float:
        gaps = (lane_count - 1) * LANE_GAP_EM * px + (total - lane_count) * COLUMN_GAP_EM * px
        return (width - 2 * MARGIN - gaps) / total

    def _header_height(self, lanes: Sequence[Lane], px: int, widths: Sequence[float]) -> float:
        """The tallest lane header at each lane's width, with the rule under it and some air."""
        title_px = title_px_for(px)
        tallest = max(
            self.measure.header(lane.key, title_px, width)
            for lane, width in zip(lanes, widths, strict=True)
        )
        return tallest + 0.5 * px

    def _lane_width(self, px: int, column_width: float, columns: int) -> float:
        return columns * column_width + (columns - 1) * COLUMN_GAP_EM * px

    def _estimated_header(
        self, lanes: Sequence[Lane], px: int, column_width: float, total: int
    ) -> float:
        """Headers as wide as an even share of the sub-columns (checked again once placed)."""
        share = self._lane_width(px, column_width, max(1, total // len(lanes)))
        return self._header_height(lanes, px, [share] * len(lanes))

    def _needed(
        self, lanes: Sequence[Lane], width: float, height: float, px: int, total: int
    ) -> int | None:
        """How many sub-columns the lanes need in all, with `total` across the screen."""
        column_width = self._column_width(len(lanes), width, px, total)
        if column_width < MIN_COLUMN_EM * px:
            return None
        limit = height - 2 * MARGIN - self._estimated_header(lanes, px, column_width, total)
        gap, pad = CARD_GAP_EM * px, _frame_pad(px)
        count = 0
        for lane in lanes:
            flow = _flow(lane, px, column_width, self.measure, guess=True)
            starts = _split(flow, lane.items, limit, gap, pad)
            if not starts:
                return None
            count += len(starts)
        return count

    def _try(
        self, lanes: Sequence[Lane], width: float, height: float, px: int, total: int
    ) -> Plan | None:
        """The plan with `total` sub-columns at this size, or None when it does not fit."""
        if total < len(lanes):
            return None
        column_width = self._column_width(len(lanes), width, px, total)
        if column_width < MIN_COLUMN_EM * px:
            return None
        header = self._estimated_header(lanes, px, column_width, total)
        plan = self._try_with_header(lanes, height, px, total, column_width, header)
        if plan is None:
            # A lane left narrower than its share may wrap its title more: assume the worst.
            narrow = self._header_height(lanes, px, [column_width] * len(lanes))
            if narrow > header:
                plan = self._try_with_header(lanes, height, px, total, column_width, narrow)
        return plan

    def _try_with_header(
        self,
        lanes: Sequence[Lane],
        height: float,
        px: int,
        total: int,
        column_width: float,
        header: float,
    ) -> Plan | None:
        limit = height - 2 * MARGIN - header
        gap, pad = CARD_GAP_EM * px, _frame_pad(px)
        flows: list[tuple[_Flow, list[int], float]] = []
        for lane in lanes:
            inner = column_width - (2 * pad if _grouped(lane) else 0)
            flow = _flow(lane, px, column_width, self.measure)
            starts = _split(flow, lane.items, limit, gap, pad)
            if not starts:
                return None
            flows.append((flow, starts, inner))
        counts = [len(starts) for _, starts, _ in flows]
        spare = total - sum(counts)
        if spare < 0:
            return None
        # Spare sub-columns go to the tallest lanes, which then balance lower.
        while spare > 0:
            heights = [
                _tallest(flow, lane.items, counts[i], limit, gap, pad)
                for i, (lane, (flow, _, _)) in enumerate(zip(lanes, flows, strict=True))
            ]
            index = max(range(len(lanes)), key=lambda i: heights[i])
            if len(lanes[index].items) <= counts[index]:
                break
            counts[index] += 1
            spare -= 1
        widths = [self._lane_width(px, column_width, columns) for columns in counts]
        placed = self._header_height(lanes, px, widths)
        if placed > header:
            return None
        # Titles as wide as their lanes may take fewer lines than reserved: no empty band.
        header = placed
        plan = Plan(fits=True, note_px=px, title_px=title_px_for(px), total_columns=total)
        x = MARGIN
        column_gap, lane_gap = COLUMN_GAP_EM * px, LANE_GAP_EM * px
        top = MARGIN + header
        for lane, (flow, _, inner), columns in zip(lanes, flows, counts, strict=True):
            starts = _balanced(flow, lane.items, columns, limit, gap, pad)
            lane_width = columns * column_width + (columns - 1) * column_gap
            header_box = Box(x, MARGIN, lane_width, header)
            bottom = top
            for number, start in enumerate(starts):
                end = starts[number + 1] if number + 1 < len(starts) else len(lane.items)
                left = x + number * (column_width + column_gap)
                y = self._place_column(plan, lane, flow, start, end, left, top, column_width, inner)
                bottom = max(bottom, y)
            plan.lanes.append(
                LanePlan(lane.key, Box(x, MARGIN, lane_width, bottom - MARGIN), header_box, columns)
            )
            x += lane_width + lane_gap
        return plan

    def _place_column(
        self,
        plan: Plan,
        lane: Lane,
        flow: _Flow,
        start: int,
        end: int,
        left: float,
        top: float,
        column_width: float,
        inner: float,
    ) -> float:
        """Place items start..end down one sub-column; themes' runs get a frame. Returns bottom."""
        px = plan.note_px
        gap, pad = CARD_GAP_EM * px, _frame_pad(px)
        y = top
        index = start
        while index < end:
            group = lane.items[index].group
            if group is None:
                plan.cards[lane.items[index].key] = Box(left, y, column_width, flow.heights[index])
                y += flow.heights[index] + gap
                index += 1
                continue
            continues = index > 0 and lane.items[index - 1].group == group
            label = flow.label_heights[index] if not continues else 0.0
            run_top = y
            y += pad + label
            while index < end and lane.items[index].group == group:
                plan.cards[lane.items[index].key] = Box(left + pad, y, inner, flow.heights[index])
                y += flow.heights[index] + gap
                index += 1
            y += pad - gap
            plan.runs.append(
                GroupRun(group, Box(left, run_top, column_width, y - run_top), not continues)
            )
            y += gap
        return y - gap if y > top else top


def _grouped(lane: Lane) -> bool:
    return any(item.group is not None for item in lane.items)


def _tallest(
    flow: _Flow, items: Sequence[Item], columns: int, limit: float, gap: float, pad: float
) -> float:
    starts = _balanced(flow, items, columns, limit, gap, pad)
    tallest = 0.0
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(flow.heights)
        tallest = max(tallest, sum(flow.heights[start:end]) + gap * (end - start - 1))
    return tallest
