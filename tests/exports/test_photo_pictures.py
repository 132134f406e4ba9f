"""Notes from photos keep their picture in the record (PDF and HTML); drawings keep their
caption; pictures of private or unreviewed notes, and whole photos of walls, stay out."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pypdf

from exports.html import write_html
from exports.pdf import write_pdf
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.services import Services


def _jpeg(colour: tuple[int, int, int], word: str, size: int = 160) -> bytes:
    image = np.full((size, size, 3), colour, np.uint8)
    cv2.putText(image, word, (10, size // 2), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.2, (30,) * 3, 2)
    return cv2.imencode(".jpg", image)[1].tobytes()


def _photo(*words: str) -> ProcessedPhoto:
    notes = tuple(
        FoundNote(_jpeg((90, 235, 250), word), 160, 160, "#fae95a", word, 0.5, 0.5)
        for word in words
    )
    return ProcessedPhoto(_jpeg((200, 200, 200), "WALL", 400), 400, 400, 0, True, notes)


def test_the_record_shows_each_published_note_with_its_picture(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    session = workshop_with_session["session"]
    shown, scrawl, private, _waiting, named = services.photos.add_photo(
        session, _photo("Lift", "Scrawl", "Secret", "Waiting", "Named")
    ).notes
    # A redacted note's picture would show the words it hides: it stays in the app.
    services.photos.accept(named.id, "Ann at number 4")
    services.board.redact_note(named.id, "A neighbour")
    services.photos.accept(shown.id, "Lift broken again")
    services.photos.accept(scrawl.id, picture_only=True)
    services.photos.accept(private.id)
    services.board.set_note_private(private.id, True)
    drawing = _photo()
    services.photos.add_drawing(session, drawing, "Table 2's map of the journey")
    record = services.sessions.record(session)
    # Only the two published notes' pictures and the drawing: no wall, no private, no waiting,
    # no redacted.
    assert sorted(p.kind for p in record.pictures) == ["drawing", "note", "note"]

    html_path = tmp_path / "record.html"
    write_html(record, html_path)
    page = html_path.read_text(encoding="utf-8")
    assert page.count('<img src="data:image/jpeg;base64,') == 3
    assert page.count('alt="The note as written on paper"') == 2
    assert '<figcaption><span dir="auto">Table 2&#x27;s map of the journey</span>' in page
    assert "Secret" not in page and "Waiting" not in page and "Ann at number 4" not in page

    pdf_path = tmp_path / "record.pdf"
    write_pdf(record, pdf_path)
    reader = pypdf.PdfReader(pdf_path)
    texts = [page.extract_text() for page in reader.pages]
    # The drawn board shows the two notes' pictures; the list of contributions shows them
    # again beside each note, and the drawing has its own page.
    board_pages = [i for i, t in enumerate(texts) if "The board, lane" in t]
    assert sum(len(reader.pages[i].images) for i in board_pages) == 2
    images = sum(len(page.images) for page in reader.pages)
    assert images == 5
    text = "\n".join(texts)
    assert "Table 2's map of the journey" in text and "Lift broken again" in text
    pages = board_pages
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "50",
            "-f",
            str(pages[0] + 1),
            "-l",
            str(pages[0] + 1),
            str(pdf_path),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    assert list(tmp_path.glob("page*.png"))
