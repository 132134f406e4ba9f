"""The access needs register and a session's access plan, through the real services."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.involvement.conftest import Clock, World
from workshop.access import AccessNeedKind
from workshop.errors import ValidationError
from workshop.services import Services

# Service rules hold on PostgreSQL too (CI's second pass).
pytestmark = pytest.mark.postgres


def test_each_need_records_when_and_by_whom_it_was_asked(timed: Services, world: World) -> None:
    register = timed.access.register(world.cara)
    kinds = [need.kind for need in register.needs]
    assert kinds == ["large_print", "breaks", "dietary"]
    large = register.needs[0]
    assert (large.detail, large.asked_on, large.asked_by) == (
        "24 point",
        dt.date(2026, 10, 20),
        "Dee (organiser)",
    )
    # Without a date, the need was asked today (the injected clock's day).
    assert register.needs[1].asked_on == dt.date(2026, 11, 2)
    assert register.notes.startswith("Cara's husband")


def test_a_need_without_who_asked_or_of_an_unknown_kind_is_refused(
    timed: Services, world: World
) -> None:
    with pytest.raises(ValidationError, match="never assumed"):
        timed.access.add_need(world.raj, "hearing_loop", asked_by="  ")
    with pytest.raises(ValidationError, match="Unknown kind 'telepathy'"):
        timed.access.add_need(world.raj, "telepathy", asked_by="Dee")
    assert timed.access.register(world.raj).is_empty


def test_plan_books_interpreters_the_configured_weeks_ahead(timed: Services, world: World) -> None:
    plan = timed.access.plan(world.session)
    bookings = {b.kind: b for b in plan.bookings}
    assert set(bookings) == {"bsl_interpreter", "large_print", "breaks", "dietary"}
    assert bookings["bsl_interpreter"].due_by == dt.date(2026, 12, 14) - dt.timedelta(weeks=6)
    assert bookings["large_print"].details == ("24 point",)
    assert plan.large_print == ("24 point",)
    timed.payments.update_settings(world.workshop, interpreter_weeks=8)
    later = {b.kind: b for b in timed.access.plan(world.session).bookings}
    assert later["bsl_interpreter"].due_by == dt.date(2026, 10, 19)
    # Breaks asked for: none of the agenda runs longer than 45 minutes without one.
    agenda = plan.agenda
    assert any(line.break_before for line in agenda)
    stretch = 0
    for line in agenda:
        stretch = line.minutes if line.break_before else stretch + line.minutes
        assert stretch <= 45 or line.minutes > 45


def test_plan_follows_who_is_coming_once_anyone_is_ticked(timed: Services, world: World) -> None:
    timed.participants.set_attendance(world.session, world.raj, True)
    timed.participants.set_attendance(world.session, world.ann, True)
    plan = timed.access.plan(world.session)
    assert [b.kind for b in plan.bookings] == ["bsl_interpreter"]
    assert [p.name for p in plan.people] == ["Ann Lowri"]


def test_venue_copy_names_nobody_and_holds_no_free_text(timed: Services, world: World) -> None:
    timed.access.add_need(world.raj, "other", detail="Raj's private detail", asked_by="Dee")
    plan = timed.access.plan(world.session, for_venue=True)
    assert plan.people == ()
    text = repr(plan)
    for secret in ("Ann Lowri", "Cara Wynne", "Raj Patel", "dementia", "Raj's private detail"):
        assert secret not in text.replace(plan.workshop_title, "")
    assert "no gluten" in text  # what the caterer needs to know stays


def test_planner_warns_when_the_session_is_near_and_a_booking_is_not_done(
    timed: Services, world: World, clock: Clock
) -> None:
    clock.set_day("2026-11-02")  # six weeks out, the interpreter due today: not late yet
    assert [b.kind for b in timed.access.warnings(world.session)] == []
    clock.set_day("2026-11-10")  # the interpreter booking is now late
    assert [b.kind for b in timed.access.warnings(world.session)] == ["bsl_interpreter"]
    clock.set_day("2026-12-07")  # a week before: every open booking warns
    assert {b.kind for b in timed.access.warnings(world.session)} == {
        "bsl_interpreter",
        "large_print",
        "breaks",
        "dietary",
    }
    for kind in ("bsl_interpreter", "large_print", "breaks"):
        timed.access.set_booking_done(world.session, kind, True)
    assert [b.kind for b in timed.access.warnings(world.session)] == ["dietary"]
    clock.set_day("2026-12-15")  # the session is over: nothing to warn about
    assert timed.access.warnings(world.session) == []


def test_join_page_answer_goes_to_the_register_not_the_board(timed: Services, world: World) -> None:
    before = timed.board.notes(world.session)
    need = timed.access.record_join_answer(world.raj, "I lip-read; please face me")
    assert need is not None and need.kind == AccessNeedKind.OTHER
    assert need.asked_by == "the person, on the join page"
    assert timed.board.notes(world.session) == before
    assert timed.access.record_join_answer(world.raj, "   ") is None
