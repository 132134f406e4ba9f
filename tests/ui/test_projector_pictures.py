"""Notes from photos of paper keep their picture on the projector; a redacted one does not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.test_photo_review import _photo
from ui.projector import REFERENCE, PresentationWindow
from workshop.room import Room
from workshop.services import Services

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# The crops' paper, (B, G, R) (90, 235, 250) in the photo: a yellow no projector card has.
PAPER = QColor(250, 235, 90)


def _paper_pixels(image: QImage, left: int, top: int, width: int, height: int) -> int:
    found = 0
    for y in range(top, min(top + height, image.height()), 2):
        for x in range(left, min(left + width, image.width()), 2):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - PAPER.red()) < 30
                and abs(colour.green() - PAPER.green()) < 30
                and abs(colour.blue() - PAPER.blue()) < 40
            ):
                found += 1
    return found


def test_the_projector_draws_each_notes_picture_but_never_a_redacted_ones(
    qtbot: QtBot, services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    session = workshop_with_session["session"]
    lift, scrawl, secret = services.photos.add_photo(
        session, _photo("LIFT", "SCRAWL", "NAME")
    ).notes
    services.photos.accept(lift.id)
    services.photos.accept(scrawl.id, picture_only=True)
    services.photos.accept(secret.id, "Ann's flat number")
    services.board.redact_note(secret.id, "A flat number")
    services.board.add_note(session, lift.column_id, "Typed on the laptop", role="carer")
    window = PresentationWindow(Room(services))
    qtbot.addWidget(window)
    window.resize(REFERENCE)
    window.room.open(session)
    cards = window.scene.note_items()
    assert cards[lift.id].picture is not None and cards[scrawl.id].picture is not None
    # The picture shows the words as written: a redacted note's stays in the app.
    assert cards[secret.id].picture is None and cards[secret.id].text == "A flat number"
    image = window.grab().toImage()
    image.save(str(Path(os.environ.get("PROJECTOR_SHOTS", tmp_path)) / "projector-pictures.png"))
    scale = image.width() / REFERENCE.width()
    for note_id, expected in ((lift.id, True), (scrawl.id, True), (secret.id, False)):
        card = cards[note_id]
        box = card.mapRectToScene(card.boundingRect())
        found = _paper_pixels(
            image,
            round(box.x() * scale),
            round(box.y() * scale),
            round(box.width() * scale),
            round(box.height() * scale),
        )
        assert (found > 20) is expected, (note_id, found)
    # A picture-only note is mostly its picture; a note with text keeps room for the text.
    assert cards[scrawl.id].text == "" and cards[lift.id].text == "LIFT"
