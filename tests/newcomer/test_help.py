"""The Help window shows a guide per role and the shortcuts, in English and Welsh, all local."""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ui.dialogs.help import HelpDialog, HelpTopic, help_html
from ui.i18n import Language, Translations


def test_every_topic_exists_in_both_languages_without_web_addresses() -> None:
    folder = resources.files("resources") / "help"
    # The shortcuts page is built from ui.shortcuts (tests/ui/test_keyboard.py), not a file.
    for topic in (t for t in HelpTopic if t is not HelpTopic.SHORTCUTS):
        for language in Language:
            page = folder / f"{topic.value}.{language.value}.html"
            assert page.is_file(), page
            text = page.read_text(encoding="utf-8")
            assert not re.search(r"(https?:|www\.|src=)", text), page
    assert "Ctrl+L" in help_html(HelpTopic.SHORTCUTS, Language.ENGLISH)
    assert "Ctrl+L" in help_html(HelpTopic.SHORTCUTS, Language.WELSH)


def test_help_dialog_shows_the_guides(qtbot: QtBot) -> None:
    dialog = HelpDialog(HelpTopic.FACILITATOR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Guide for facilitators" in dialog.browser.toPlainText()
    dialog.topics.setFocus()
    QTest.keyClick(dialog.topics, Qt.Key.Key_Down)
    assert dialog.current_topic() is HelpTopic.SCRIBE
    assert "Ctrl+L" in dialog.browser.toPlainText()
    dialog.show_topic(HelpTopic.OFFICER)
    assert "jointly agreed" in dialog.browser.toPlainText()
    dialog.show_topic(HelpTopic.SHORTCUTS)
    assert "Group the selected notes into a theme" in dialog.browser.toPlainText()


def test_help_follows_the_language(qtbot: QtBot, translations: Translations) -> None:
    dialog = HelpDialog(HelpTopic.FACILITATOR)
    qtbot.addWidget(dialog)
    translations.apply(Language.WELSH)
    assert dialog.windowTitle() == "Cymorth"
    assert dialog.topics.item(0).text() == "Hwyluswyr"
    assert "Canllaw i hwyluswyr" in dialog.browser.toPlainText()
    translations.apply(Language.ENGLISH)
    assert "Guide for facilitators" in dialog.browser.toPlainText()
