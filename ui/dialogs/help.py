"""The Help window: a short guide per role and the keyboard shortcuts, in the chosen language."""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Language
from workshop import bundled


class HelpTopic(enum.Enum):
    """One page of help; the value names resources/help/<value>.<language>.html."""

    FACILITATOR = "facilitator"
    SCRIBE = "scribe"
    OFFICER = "officer"
    SHORTCUTS = "shortcuts"


def current_language() -> Language:
    """The language the app speaks now (set with the translators by ui.i18n)."""
    return Language.WELSH if QLocale().language() == QLocale.Language.Welsh else Language.ENGLISH


def help_html(topic: HelpTopic, language: Language) -> str:
    """A help page in the language, falling back to English where it has no translation."""
    if topic is HelpTopic.SHORTCUTS:
        # Built from the table the main window binds its keys from, so the two cannot disagree.
        from ui.shortcuts import shortcuts_html

        return shortcuts_html()
    folder = bundled.entry("help")
    page = folder / f"{topic.value}.{language.value}.html"
    if not page.is_file():
        page = folder / f"{topic.value}.en.html"
    return page.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """Topics on the left, the page on the right; pages are local files, never web addresses."""

    def __init__(
        self, topic: HelpTopic = HelpTopic.FACILITATOR, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.resize(860, 600)
        self.topics = QListWidget()
        self.topics.setMaximumWidth(240)
        for _topic in HelpTopic:
            self.topics.addItem("")
        self.browser = QTextBrowser()
        # Help never reaches the network: links to elsewhere are neither followed nor opened.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.topics.currentRowChanged.connect(lambda _row: self._show_current())
        self.retranslate_ui()
        self.show_topic(topic)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Help"))
        names = {
            HelpTopic.FACILITATOR: self.tr("Facilitators"),
            HelpTopic.SCRIBE: self.tr("Scribes and participants"),
            HelpTopic.OFFICER: self.tr("Officers"),
            HelpTopic.SHORTCUTS: self.tr("Keyboard shortcuts"),
        }
        for row, topic in enumerate(HelpTopic):
            self.topics.item(row).setText(names[topic])
        self.topics.setAccessibleName(self.tr("Help topics"))
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_topic(self, topic: HelpTopic) -> None:
        self.topics.setCurrentRow(list(HelpTopic).index(topic))
        self._show_current()

    def current_topic(self) -> HelpTopic:
        return list(HelpTopic)[max(self.topics.currentRow(), 0)]

    def _show_current(self) -> None:
        self.browser.setHtml(help_html(self.current_topic(), current_language()))
