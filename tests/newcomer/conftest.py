"""Fixtures for the newcomer's experience: settings in a temp folder, a language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.i18n import Language, Translations
from ui.preferences import Preferences

OFFSCREEN_NOTICE = r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/newcomer/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOTICE))


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The app's translators; always back to English afterwards so other tests read English."""
    translations = Translations()
    yield translations
    translations.apply(Language.ENGLISH)
    translations.deleteLater()
