"""Suppression holds across outputs: the workshop's reach never reveals a small session's
answers by subtraction from the sessions' own records."""

from __future__ import annotations

from workshop.reach import reach
from workshop.services import Services


def carers(services: Services, session_id: int, yes: int, no: int) -> None:
    for answer in ["yes"] * yes + ["no"] * no:
        services.feedback.submit(session_id, {"listened": 3}, {"carer": answer})


def carer_line(services: Services, session_ids: list[int]) -> tuple[int | None, int | None, bool]:
    lines = reach(services.feedback.results_for(session_ids), [])
    line = next(x for x in lines if (x.question_id, x.option) == ("carer", "yes"))
    return line.count, line.answered, line.left_out


def test_a_small_session_is_not_added_where_it_could_be_subtracted(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    workshop_id = workshop_with_session["workshop"]
    big = workshop_with_session["session"]
    small = services.sessions.create(workshop_id, "Small session").id
    smaller = services.sessions.create(workshop_id, "Smaller session").id
    carers(services, big, yes=2, no=4)  # its record shows 2 of 6
    carers(services, small, yes=3, no=0)  # its record says "fewer than 5 people answered"
    # Adding the 3 would let anyone read "all 3 at the small session are carers" as 5 - 2.
    assert carer_line(services, [big, small]) == (2, 6, True)
    # Two small sessions that together reach 5 are added: their share cannot be singled out.
    carers(services, smaller, yes=0, no=2)
    assert carer_line(services, [big, small, smaller]) == (5, 11, False)
    # Small sessions alone: added up as before, shown once they reach 5 together.
    assert carer_line(services, [small, smaller]) == (3, 5, False)
    assert carer_line(services, [small]) == (None, None, False)
    # A session big enough to show on its own is always added.
    carers(services, small, yes=0, no=2)
    assert carer_line(services, [big, small]) == (5, 11, False)
