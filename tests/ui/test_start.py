"""The desktop app's start: the main window first in its opening state, then the record."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow, WindowSettings
from workshop.services import Services

ROOT = Path(__file__).resolve().parents[2]

# Runs `workshop` as its console script does (sys.argv, then workshop.cli.main), watched by an
# application-wide event filter that prints what the first painted main window showed and the
# text of any message box, then answers the box with Enter as a person would.
_WATCHED_START = """
import sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


class _Watch(QObject):
    painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            window = watched.window()
            kind = type(window)
            if not self.painted and (kind.__module__, kind.__name__) == (
                "ui.main_window",
                "MainWindow",
            ):
                self.painted = True
                menus = [
                    menu.menuAction().isEnabled()
                    for menu in (window.file_menu, window.edit_menu, window.help_menu)
                ]
                print("FIRST-PAINT", "ready" if window.is_ready else "opening", flush=True)
                print("CENTRE", window.centralWidget().objectName(), flush=True)
                print("MENUS-ENABLED", any(menus), flush=True)
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            print("BOX-TITLE", watched.windowTitle(), flush=True)
            print("BOX-TEXT", watched.text(), flush=True)
            QTimer.singleShot(0, lambda: QTest.keyClick(watched, Qt.Key.Key_Return))
        return False


_app = QApplication(sys.argv[:1])
_watch = _Watch()
_app.installEventFilter(_watch)
from workshop.cli import main

sys.exit(main())
"""


def _start(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    env.pop("WORKSHOP_DATABASE", None)
    return subprocess.run(
        [sys.executable, "-c", _WATCHED_START, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
        cwd=ROOT,
    )


def _lines(done: subprocess.CompletedProcess[str], key: str) -> list[str]:
    prefix = key + " "
    return [line[len(prefix) :] for line in done.stdout.splitlines() if line.startswith(prefix)]


def test_a_refused_database_at_start_shows_one_sentence_and_exits_2(tmp_path: Path) -> None:
    not_a_database = tmp_path / "not-a-db.txt"
    not_a_database.write_text("Shopping list: milk, bread.\n", encoding="utf-8")
    settings = tmp_path / "config" / "codesign-workshop" / "codesign-workshop.conf"
    settings.parent.mkdir(parents=True)
    # A previous run's last session, which a refused start must not forget.
    settings.write_text("[session]\nlast=7\n", encoding="utf-8")

    done = _start(["--database", str(not_a_database)], tmp_path)

    assert done.returncode == 2, done.stderr
    # The window came first, still opening, with nothing to click.
    assert _lines(done, "FIRST-PAINT") == ["opening"]
    assert _lines(done, "CENTRE") == ["openingState"]
    assert _lines(done, "MENUS-ENABLED") == ["False"]
    assert _lines(done, "BOX-TITLE") == ["Cannot open the workshop database"]
    (text,) = _lines(done, "BOX-TEXT")
    assert "not-a-db.txt" in text
    # One sentence: a single full stop, at the end.
    assert len(re.findall(r"[.!?](\s|$)", text)) == 1 and text.endswith("."), text
    assert "Traceback" not in done.stderr
    remembered = settings.read_text(encoding="utf-8")
    assert "last=7" in remembered and "not-a-db" not in remembered


def test_the_window_shows_the_opening_state_then_the_record(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert not window.is_ready
    opening = window.centralWidget()
    assert isinstance(opening, QLabel) and opening.text() == "Opening your workshops…"
    assert window.windowTitle() == "Co-design workshop"
    menus = (window.file_menu, window.edit_menu, window.board_menu, window.view_menu)
    assert all(not menu.menuAction().isEnabled() for menu in (*menus, window.help_menu))
    assert window.toolbar.isHidden()
    # Nothing there to take a keystroke that could be lost before the record is open.
    assert window.actions() == [] and window.toolbar.actions() == []

    with qtbot.waitSignal(window.attached):
        window.attach(services)
    assert window.is_ready
    assert window.centralWidget() is window.splitter
    assert all(menu.menuAction().isEnabled() for menu in menus)
    assert not window.toolbar.isHidden() and window.toolbar.actions()
    window.restore_state_from_settings()
    window.sidebar.select_session(workshop_with_session["session"])
    window.open_session(workshop_with_session["session"])
    assert window.session_id == workshop_with_session["session"]
    assert window.windowTitle().endswith("— Co-design workshop")


def test_closing_while_opening_keeps_the_last_session_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("session/last", 5)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert WindowSettings(settings).last_session() == 5
