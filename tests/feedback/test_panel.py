"""Typing in printed feedback cards and editing the questions in the app, driven with qtbot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from ui.i18n import Language, Translations
from ui.panels.feedback import CardDialog, FeedbackPanel, QuestionsDialog
from workshop.services import Services


def choose(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def test_a_typed_in_card_counts_like_a_phone(
    qtbot: QtBot, services: Services, feedback_session: int, tmp_path: Path
) -> None:
    panel = FeedbackPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(feedback_session)
    assert panel.summary.text() == "People who gave feedback: 0 (on printed cards: 0)"
    dialog = CardDialog(services, feedback_session, panel)
    qtbot.addWidget(dialog)
    choose(dialog.choices["listened"], "4")
    choose(dialog.choices["ladder"], "asked")
    qtbot.keyClicks(dialog.texts["change"], "Larger print on the slides")
    choose(dialog.monitoring["welsh_speaker"], "yes")
    dialog.resize(640, 620)
    dialog.grab().save(str(tmp_path / "card.png"))
    with qtbot.waitSignal(services.events.feedback_changed):
        dialog.save()
    assert dialog.result() == CardDialog.DialogCode.Accepted
    results = services.feedback.results(feedback_session)
    assert results.tallies == {"listened": {"4": 1}, "ladder": {"asked": 1}}
    assert results.comments == {"change": ("Larger print on the slides",)}
    assert results.monitoring == {"welsh_speaker": {"yes": 1}}
    assert results.from_cards == 1
    qtbot.waitUntil(lambda: panel.summary.text().endswith(": 1 (on printed cards: 1)"))
    assert "Larger print on the slides" in panel.details.text()
    assert panel.details.textFormat() == Qt.TextFormat.PlainText


def test_a_refused_card_keeps_what_was_typed(
    qtbot: QtBot, services: Services, feedback_session: int
) -> None:
    dialog = CardDialog(services, feedback_session)
    qtbot.addWidget(dialog)
    dialog.save()  # nothing chosen
    assert dialog.result() != CardDialog.DialogCode.Accepted
    assert dialog.error.text() == "Answer at least one question before sending."
    services.sessions.mark_final(feedback_session)
    choose(dialog.choices["listened"], "2")
    dialog.save()
    assert "final" in dialog.error.text()
    assert dialog.choices["listened"].currentData() == "2"
    assert services.feedback.results(feedback_session).respondents == 0


def test_edit_the_questions(qtbot: QtBot, services: Services, feedback_session: int) -> None:
    dialog = QuestionsDialog(services, feedback_session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 6
    dialog.table.setCurrentCell(3, 1)
    dialog.remove_button.click()
    dialog.table.setCurrentCell(2, 1)
    dialog.remove_button.click()
    dialog.table.item(0, 1).setText("I was listened to")
    dialog.save()
    assert dialog.result() == QuestionsDialog.DialogCode.Accepted
    questions = services.feedback.questions(feedback_session)
    assert [q.id for q in questions] == ["listened", "mattered", "ladder", "change"]
    assert questions[0].en == "I was listened to"
    again = QuestionsDialog(services, feedback_session)
    qtbot.addWidget(again)
    again.table.setCurrentCell(0, 1)
    for _ in range(2):
        again.remove_button.click()
    again.save()
    assert again.error.text() == "Ask between 3 and 6 feedback questions."
    assert len(services.feedback.questions(feedback_session)) == 4


def test_in_welsh(
    qtbot: QtBot, services: Services, feedback_session: int, translations: Translations
) -> None:
    assert translations.apply(Language.WELSH)
    panel = FeedbackPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(feedback_session)
    assert panel.card_button.text() == "Teipio &cerdyn…"
    dialog = CardDialog(services, feedback_session, panel)
    qtbot.addWidget(dialog)
    listened = dialog.choices["listened"]
    assert [listened.itemText(i) for i in range(listened.count())] == [
        "Dim ateb",
        "Dim o gwbl",
        "Ddim mewn gwirionedd",
        "Ddim yn siŵr",
        "Gan amlaf",
        "Yn llwyr",
    ]
    assert dialog.monitoring["welsh_speaker"].accessibleName() == "Allwch chi siarad Cymraeg?"
    dialog.save()
    assert dialog.error.text() == "Atebwch o leiaf un cwestiwn cyn anfon."
