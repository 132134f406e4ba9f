"""The countdown with an injected clock: no waiting, exact times."""

from __future__ import annotations

import pytest

from tests.clocks import FakeClock
from workshop.room import CountdownDriver
from workshop.timer import Countdown, TimerState, format_seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1000.0)


def test_start_pause_resume(clock: FakeClock) -> None:
    timer = Countdown(300, clock=clock)
    assert timer.state is TimerState.IDLE and timer.remaining() == 300
    clock.advance(50)
    assert timer.remaining() == 300  # not started: time does not pass
    timer.start()
    clock.advance(60)
    assert timer.remaining() == 240
    timer.pause()
    clock.advance(500)
    assert timer.state is TimerState.PAUSED and timer.remaining() == 240
    timer.resume()
    clock.advance(40)
    assert timer.state is TimerState.RUNNING and timer.remaining() == 200


def test_finishes_once_at_zero(clock: FakeClock) -> None:
    calls: list[str] = []
    timer = Countdown(90, clock=clock, on_finished=lambda: calls.append("done"))
    timer.start()
    clock.advance(89)
    assert not timer.tick() and calls == []
    clock.advance(5)
    assert timer.remaining() == 0
    assert timer.tick()
    assert not timer.tick()
    assert calls == ["done"] and timer.state is TimerState.FINISHED


def test_add_minute_in_each_state(clock: FakeClock) -> None:
    timer = Countdown(120, clock=clock)
    timer.add_minute()
    assert timer.remaining() == 180 and timer.duration == 180  # idle: lengthens the activity
    timer.start()
    clock.advance(30)
    timer.add_minute()
    assert timer.remaining() == 210
    timer.pause()
    timer.add_minute()
    assert timer.remaining() == 270
    timer.resume()
    clock.advance(270)
    timer.tick()
    assert timer.state is TimerState.FINISHED
    timer.add_minute()  # after zero: one more minute, running
    assert timer.state is TimerState.RUNNING and timer.remaining() == 60


def test_reset_and_new_duration(clock: FakeClock) -> None:
    timer = Countdown(600, clock=clock)
    timer.start()
    clock.advance(100)
    timer.reset()
    assert timer.state is TimerState.IDLE and timer.remaining() == 600
    timer.set_duration(15 * 60)
    assert timer.remaining() == 900
    timer.toggle()
    assert timer.state is TimerState.RUNNING
    timer.toggle()
    assert timer.state is TimerState.PAUSED


def test_start_after_finish_runs_the_full_length_again(clock: FakeClock) -> None:
    timer = Countdown(10, clock=clock)
    timer.start()
    clock.advance(11)
    timer.tick()
    timer.start()
    assert timer.state is TimerState.RUNNING and timer.remaining() == 10


def test_zero_length_does_not_start(clock: FakeClock) -> None:
    timer = Countdown(0, clock=clock)
    timer.start()
    assert timer.state is TimerState.IDLE


def test_pause_at_zero_finishes(clock: FakeClock) -> None:
    timer = Countdown(5, clock=clock)
    timer.start()
    clock.advance(6)
    timer.pause()
    assert timer.state is TimerState.FINISHED


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (59.5, "1:00"), (65, "1:05"), (600, "10:00"), (3723, "1:02:03")],
)
def test_format(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_driver_emits_finished_and_stops_ticking(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    driver = CountdownDriver(30, clock=clock)
    driver.start()
    assert driver._timer.isActive()
    clock.advance(31)
    with qtbot.waitSignal(driver.finished, timeout=1000):
        driver.tick()
    assert driver.state is TimerState.FINISHED and driver.text() == "0:00"
    assert not driver._timer.isActive()


def test_driver_ticks_with_its_qtimer(qtbot, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    driver = CountdownDriver(30, clock=clock)
    driver.start()
    clock.advance(31)
    # The real QTimer notices zero on its next tick; no sleeping, just waiting for the signal.
    with qtbot.waitSignal(driver.finished, timeout=2000):
        pass
