"""workshop.packing on its own (no Qt): every card placed, none overlapping, in reading order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workshop import packing

WIDTH, HEIGHT = 1920.0, 1000.0


def measure_with(lines: dict[int, int]) -> packing.Measure:
    """Cards as tall as their lines at a size, lines growing as columns narrow."""

    def card(key: int, px: int, width: float) -> float:
        words = lines[key] * 30
        per_line = max(1, int(width // (0.55 * px)))
        return (-(-words // per_line)) * 1.2 * px + 0.8 * px

    return packing.Measure(card=card, header=lambda _key, px, _width: 1.3 * px)


def lanes_of(sizes: list[int]) -> list[packing.Lane]:
    lanes, key = [], 0
    for lane_key, size in enumerate(sizes):
        items = tuple(packing.Item(key + n) for n in range(size))
        key += size
        lanes.append(packing.Lane(lane_key, items))
    return lanes


@settings(max_examples=15, deadline=None)
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=5),
    seed=st.integers(min_value=1, max_value=3),
)
def test_a_plan_places_every_card_on_screen_without_overlap(sizes: list[int], seed: int) -> None:
    lanes = lanes_of(sizes)
    lines = {item.key: 1 + (item.key * seed) % 3 for lane in lanes for item in lane.items}
    plan = packing.Packer(measure_with(lines)).pack(lanes, WIDTH, HEIGHT)
    if not plan.fits:
        return
    assert packing.MIN_PX <= plan.note_px <= packing.MAX_PX
    assert set(plan.cards) == set(lines)
    boxes = list(plan.cards.values())
    for index, box in enumerate(boxes):
        assert box.x >= 0 and box.y >= 0 and box.right <= WIDTH and box.bottom <= HEIGHT
        assert not any(box.overlaps(other) for other in boxes[index + 1 :])
    for lane, lane_plan in zip(lanes, plan.lanes, strict=True):
        # Newspaper order: down a sub-column, then the next one to the right.
        placed = [plan.cards[item.key] for item in lane.items]
        assert placed == sorted(placed, key=lambda b: (round(b.x), b.y))
        assert all(lane_plan.box.x <= b.x and b.right <= lane_plan.box.right + 0.01 for b in placed)


def test_more_notes_never_get_larger_text() -> None:
    lines = {key: 2 for key in range(200)}
    packer = packing.Packer(measure_with(lines))
    sizes = [packer.pack(lanes_of([n, n, n, n]), WIDTH, HEIGHT) for n in (5, 10, 15, 20, 40)]
    fitting = [plan.note_px for plan in sizes if plan.fits]
    assert fitting == sorted(fitting, reverse=True) and fitting[0] > fitting[-1]
    assert not sizes[-1].fits  # 160 such notes do not fit at 18 px


def test_a_kept_plan_is_kept_when_one_more_note_still_fits() -> None:
    lines = {key: 1 for key in range(60)}
    packer = packing.Packer(measure_with(lines))
    lanes = lanes_of([3, 3, 3, 3])
    before = packer.pack(lanes, WIDTH, HEIGHT)
    assert before.note_px == packing.MAX_PX  # a sparse board: room to spare
    grown = [*lanes[:3], packing.Lane(3, (*lanes[3].items, packing.Item(59)))]
    after = packer.pack(grown, WIDTH, HEIGHT, keep=before)
    assert (after.note_px, after.total_columns) == (before.note_px, before.total_columns)
    # The other lanes' cards stay exactly where they were.
    assert all(after.cards[key] == box for key, box in before.cards.items() if key < 9)
