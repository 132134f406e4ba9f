"""The main window as assembled: File menu commands and the access warning above the board."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.involvement.conftest import Clock, World
from ui.dialogs.access_plan import AccessPlanDialog, AccessWarningBanner
from ui.dialogs.payments import PaymentsDialog
from ui.main_window import MainWindow
from ui.workspace import Workspace, assemble
from workshop.services import Services


@pytest.fixture
def workspace(
    qtbot: QtBot, timed: Services, world: World, clock: Clock, tmp_path: Path
) -> Iterator[Workspace]:
    clock.set_day("2026-12-10")  # four days before the session
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(timed, settings)
    qtbot.addWidget(window)
    built = assemble(window, timed)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield built
    built.room.close()
    built.projector.close()


def _action(window: MainWindow, text: str) -> object:
    return next(a for a in window.file_menu.actions() if a.text() == text)


def test_the_planner_warns_above_the_board_and_the_menu_opens_the_plan(
    qtbot: QtBot, workspace: Workspace, timed: Services, world: World
) -> None:
    window = workspace.window
    banner = window.findChild(AccessWarningBanner)
    assert banner is not None and banner.isHidden()
    window.open_session(world.session)
    assert banner.isVisible()
    assert banner.label.text() == "4 access bookings not done; the session is on 14/12/2026."
    assert "BSL interpreter" in banner.label.toolTip()
    if os.environ.get("I20_SHOTS"):
        window.grab().save(str(Path(os.environ["I20_SHOTS"]) / "window.png"))
    _action(window, "&Access plan…").trigger()  # type: ignore[attr-defined]
    plan = window.findChild(AccessPlanDialog)
    assert plan is not None and plan.isVisible()
    for kind in ("bsl_interpreter", "large_print", "breaks", "dietary"):
        timed.access.set_booking_done(world.session, kind, True)
    assert banner.isHidden()
    _action(window, "&Payments and expenses…").trigger()  # type: ignore[attr-defined]
    assert window.findChild(PaymentsDialog) is not None


def test_commands_wait_for_a_session(workspace: Workspace) -> None:
    window = workspace.window
    window.open_session(None)
    assert not _action(window, "&Access plan…").isEnabled()  # type: ignore[attr-defined]
    assert not _action(window, "&Payments and expenses…").isEnabled()  # type: ignore[attr-defined]
