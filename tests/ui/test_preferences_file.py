"""Preferences survive a restart, and the broken version 1 settings file is mended."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from ui.i18n import Language
from ui.preferences import DATABASE, LANGUAGE, Preferences

READ_BACK = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from ui.preferences import DATABASE, LANGUAGE, Preferences
app = QCoreApplication([])
preferences = Preferences(QSettings(sys.argv[1], QSettings.Format.IniFormat))
print(preferences.get(LANGUAGE).value, preferences.get(DATABASE))
"""


def _read_in_fresh_process(path: Path) -> str:
    """What a restarted app reads: QSettings caches files per process, so ask another one."""
    done = subprocess.run(
        [sys.executable, "-c", READ_BACK, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    return done.stdout.strip()


def test_welsh_chosen_in_one_run_is_welsh_in_the_next(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    preferences = Preferences(QSettings(str(path), QSettings.Format.IniFormat))
    preferences.set(LANGUAGE, Language.WELSH)
    preferences.set(DATABASE, "record.sqlite3")

    assert _read_in_fresh_process(path) == "cy record.sqlite3"
    assert "[%General]" not in path.read_text()


def test_the_file_version_1_wrote_is_mended_and_keeps_the_last_choice(tmp_path: Path) -> None:
    # What earlier versions left after choosing English, restarting, then choosing Welsh.
    path = tmp_path / "settings.ini"
    path.write_text(
        "[%General]\ndatabase=old.sqlite3\nlanguage=en\n\n"
        "[%General]\nlanguage=cy\n\n"
        "[preferences]\nversion=1\n"
    )

    assert _read_in_fresh_process(path) == "cy old.sqlite3"
    text = path.read_text()
    assert "[%General]" not in text
    assert "version=2" in text
