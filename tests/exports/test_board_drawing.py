"""The PDF's board drawing at room scale: never under 8 pt, and in brief when it will not fit."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports import fonts
from exports.board_drawing import MAX_DRAWN_PAGES, MIN_TEXT
from exports.editions import edition_options
from exports.pdf import write_pdf
from exports.record_options import Section
from tests.room_scale import build_board
from workshop.services import Services

THEME = "Getting there on time"
FOOTER_RULE = 14 * 72 / 25.4  # the footer's rule, 14 mm up the page
FOOTER = ("Draft:", "Page ", "Drafft:", "Tudalen ")  # English, Welsh


def _board_pdf(
    services: Services, notes: int, path: Path, themes: int = 0, odd: bool = False
) -> Path:
    """A room-scale board with a big theme and `themes` one-note themes; only the board drawn.

    `odd` adds the pasted scripts and emoji (their fonts take a second or two to load once).
    """
    room = build_board(services, notes, odd=odd)
    ids = room.note_ids
    services.board.group(room.session_id, THEME, list(ids[0:40:4]))
    for number in range(themes):
        services.board.group(room.session_id, f"Small theme {number + 1}", [ids[4 * number + 3]])
    snapshot = services.sessions.record(room.session_id)
    options = edition_options(snapshot, edition="participants")
    options = options.without(s for s in Section if s is not Section.BOARD)
    return write_pdf(snapshot, path, options)


@dataclass(frozen=True)
class Run:
    text: str
    size: float  # points, as drawn
    x: float
    y: float  # from the bottom of the page


def _read(path: Path) -> list[tuple[str, list[Run]]]:
    """Each page's text, and every run of text on it with its drawn size and place."""
    pages = []
    for page in pypdf.PdfReader(path).pages:
        runs: list[Run] = []

        def visit(
            text: str, cm: list, tm: list, font: object, size: float, runs: list[Run] = runs
        ) -> None:
            # The page count is drawn once in a form of its own, placed by each footer.
            if text.strip() and not (text.strip().isdigit() and cm[4] == cm[5] == 0):
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
                runs.append(Run(text.strip(), size * scale, x, y))

        text = page.extract_text(visitor_text=visit)
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        for run in runs:
            assert 0 <= run.x <= width and 0 <= run.y <= height, run
            # Below the footer's rule only the footer itself: nothing spills off the board.
            assert run.y > FOOTER_RULE or (run.size == 8 and run.text.startswith(FOOTER)), run
        pages.append((" ".join(text.split()), runs))
    return pages


def test_a_60_note_board_is_drawn_with_no_text_under_8_pt(
    services: Services, tmp_path: Path
) -> None:
    pages = _read(_board_pdf(services, 60, tmp_path / "board.pdf"))
    board = [(text, runs) for text, runs in pages if "lanes 1–4 of 4" in text]
    assert 1 <= len(board) <= MAX_DRAWN_PAGES
    text = " ".join(text for text, _ in board)
    assert "C1 " in text and "C60" in text  # every note is on the drawing
    sizes = [run.size for _, runs in board for run in runs]
    assert len(sizes) > 120 and min(sizes) >= MIN_TEXT - 0.01


def test_a_board_too_big_to_draw_says_so_and_shows_themes_and_top_notes(
    services: Services, tmp_path: Path
) -> None:
    pages = _read(_board_pdf(services, 120, tmp_path / "board.pdf", themes=24))
    text = " ".join(text for text, _ in pages)
    assert "The board has 120 notes: too many to draw at a readable size" in text
    assert "“Everything people said”" in text
    assert f"{THEME} · 10 notes" in text and "30 notes" in text
    # The lane of one-note themes has more than fit: the rest are counted, not drawn off the page.
    assert "Small theme 1 · 1 note" in text
    assert "more themes" in text and "more notes, in “Everything people said”" in text
    assert "lanes 1–4 of 4" not in text  # no tiles of tiny notes
    sizes = [run.size for page, runs in pages if "too many to draw" in page for run in runs]
    assert len(sizes) > 50 and min(sizes) >= MIN_TEXT - 0.01


@pytest.mark.parametrize("notes", [12])
def test_a_small_board_is_drawn_on_one_page(services: Services, tmp_path: Path, notes: int) -> None:
    pages = _read(_board_pdf(services, notes, tmp_path / "board.pdf"))
    board = [text for text, _ in pages if "lanes 1–4 of 4" in text]
    assert len(board) == 1 and "too many to draw" not in board[0]


def test_a_bilingual_votes_label_never_covers_the_note_reference(
    services: Services, tmp_path: Path
) -> None:
    room = build_board(services, 12, odd=False)
    people = [services.participants.add(room.workshop_id, f"Voter {n}", "carer") for n in range(3)]
    services.sessions.set_stages(room.session_id, [("Vote", "vote", 10)])
    services.sessions.set_stage(room.session_id, 0)
    for person in people:
        services.participants.set_attendance(room.session_id, person.id, True)
        for note in room.note_ids[:5]:
            services.votes.cast(room.session_id, person.id, note)
    snapshot = services.sessions.record(room.session_id)
    options = edition_options(snapshot, edition="participants", language="cy+en")
    options = options.without(s for s in Section if s is not Section.BOARD)
    pages = _read(write_pdf(snapshot, tmp_path / "board.pdf", options))
    runs = [run for _, page_runs in pages for run in page_runs]
    refs = [run for run in runs if re.fullmatch(r"C\d+", run.text)]
    labels = [run for run in runs if run.text.endswith("votes")]
    assert len(refs) == 12 and len(labels) == 5, [r.text for r in runs]
    for label in labels:
        for ref in refs:
            ref_end = ref.x + stringWidth(ref.text, fonts.BODY_BOLD, ref.size)
            label_end = label.x + stringWidth(label.text, fonts.BODY_BOLD, label.size)
            on_one_line = abs(ref.y - label.y) < ref.size
            assert not (on_one_line and ref.x < label_end and label.x < ref_end), (ref, label)
