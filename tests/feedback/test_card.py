"""The printable feedback card: written through the one output writer, read back as text."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pdfplumber
from pytestqt.qtbot import QtBot

from ui.panels.feedback import FeedbackPanel
from workshop.cli import main
from workshop.feedback import LADDER, MONITORING_QUESTIONS, SCALE, Question, QuestionKind
from workshop.services import Services
from workshop.storage import Database


def words(text: str) -> str:
    return " ".join(text.split())


def test_the_card_carries_the_sessions_questions_with_faces_and_monitoring(
    qtbot: QtBot, services: Services, feedback_session: int, tmp_path: Path
) -> None:
    services.feedback.set_questions(
        feedback_session,
        [
            Question(
                "", QuestionKind.SCALE, "The room was <b>warm</b> & quiet", "Roedd yr ystafell"
            ),
            Question("ladder", QuestionKind.LADDER, "Which best describes today?"),
            Question("change", QuestionKind.TEXT, "One thing to change"),
        ],
    )
    panel = FeedbackPanel(services)
    qtbot.addWidget(panel)
    panel.set_session(feedback_session)
    target = panel.save_card("en", tmp_path / "card.pdf")
    assert target is not None and panel.message.text().startswith("Saved the feedback card")
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 2
        first = words(pdf.pages[0].extract_text())
        second = words(pdf.pages[1].extract_text())
        faces = pdf.pages[0].images
    assert "How was today?" in first and "First session" in first
    assert "The room was <b>warm</b> & quiet" in first  # as typed, never read as markup
    assert all(option.en in first for option in (*SCALE, *LADDER))
    assert "Write here" in first and "OpenMoji" in first
    assert len(faces) == len(SCALE)  # one picture per point of the one scale question
    for asked in MONITORING_QUESTIONS:
        assert words(asked.en) in second
    assert second.count("Prefer not to say") == len(MONITORING_QUESTIONS)
    # Looked at as a picture, as people will see it.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(target), str(tmp_path / "card")],
        check=True,
    )
    assert (tmp_path / "card-1.png").stat().st_size > 0


def test_workshop_feedback_card_in_welsh(
    database: Database, feedback_session: int, tmp_path: Path
) -> None:
    output = tmp_path / "cerdyn.pdf"
    argv = ["feedback-card", str(feedback_session), "-o", str(output), "--language", "cy"]
    assert main([*argv, "--database", str(database.path)]) == 0
    with pdfplumber.open(output) as pdf:
        text = words(" ".join(page.extract_text() for page in pdf.pages))
    assert "Sut aeth heddiw?" in text
    assert "Roeddwn i'n teimlo bod pobl yn gwrando arna i" in text
    assert "Allwch chi siarad Cymraeg?" in text
    wrong = ["feedback-card", str(feedback_session), "-o", str(tmp_path / "card.csv")]
    assert main([*wrong, "--database", str(database.path)]) == 2
    assert not (tmp_path / "card.csv").exists()
