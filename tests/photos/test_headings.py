"""Flipcharts with headed columns: each note keeps the heading it sat under, and lands in the
board column that heading names."""

from __future__ import annotations

import cv2
import numpy as np

from tests.photos.wall import draw_flipchart
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.photos.pipeline import process_photo
from workshop.photos.titles import column_for_heading
from workshop.services import Services

WORKS, IN_THE_WAY = "What works well now", "What gets in the way"


def test_each_note_keeps_the_heading_it_sat_under_not_the_sheets_title() -> None:
    sheet = draw_flipchart(
        ("WHAT WORKS WELL NOW", "WHAT GETS IN THE WAY"),
        2,
        width=720,
        height=540,
        title="HOUSING REPAIRS",
    )
    # No one is in this photo; skipping the face search keeps the test quick.
    photo = process_photo(sheet.jpeg, everyone_agreed=True)
    assert len(photo.notes) == 4
    titles = {1: WORKS, 2: IN_THE_WAY}
    read = [column_for_heading(note.heading, titles) for note in photo.notes]
    expected = [column_for_heading(heading, titles) for heading in sheet.under]
    assert read == expected == [1, 2, 1, 2]
    # The title across the sheet is read too, but no note sits under it.
    assert any("HOUSING" in heading for heading in photo.headings)
    assert not any("HOUSING" in note.heading for note in photo.notes)


def test_a_heading_names_a_column_despite_case_punctuation_and_a_slipped_letter() -> None:
    titles = {3: "What matters to you", 4: WORKS, 5: IN_THE_WAY}
    assert column_for_heading("WHAT WORKS WELL NOW?", titles) == 4
    assert column_for_heading("what gets in the wav", titles) == 5
    assert column_for_heading("HOUSING REPAIRS", titles) is None
    assert column_for_heading("", titles) is None


def _crop() -> bytes:
    return cv2.imencode(".jpg", np.full((60, 60, 3), (90, 235, 250), np.uint8))[1].tobytes()


def test_notes_under_a_heading_land_in_the_column_it_names(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    columns = {c.title: c.id for c in services.board.columns(session)}
    chosen = columns["What matters to you"]
    notes = tuple(
        FoundNote(_crop(), 60, 60, "#fae95a", text, 0.5, 0.5, heading)
        for text, heading in (
            ("RING SOONER", "WHAT WORKS WELL NOW"),
            ("LIFT BROKEN", "WHAT GETS IN THE WAV"),
            ("STAFF KIND", "WHAT WORKS WELL NOW"),
            ("NO HEADING", ""),
            ("ODD HEADING", "HOUSING REPAIRS"),
        )
    )
    photo = ProcessedPhoto(_crop(), 60, 60, 0, True, notes, ("WHAT WORKS WELL NOW",))
    added = services.photos.add_photo(session, photo, column_id=chosen)
    where = {note.text: note.column_id for note in added.notes}
    assert where == {
        "RING SOONER": columns[WORKS],
        "LIFT BROKEN": columns[IN_THE_WAY],
        "STAFF KIND": columns[WORKS],
        "NO HEADING": chosen,
        "ODD HEADING": chosen,  # a heading naming no column: the chosen one
    }
    # Notes that share a column are placed apart, not on top of each other.
    works = [n for n in added.notes if n.column_id == columns[WORKS]]
    assert (works[0].x, works[0].y) != (works[1].x, works[1].y)
    # The board's columns are as they were: a photo never renames or adds one.
    assert {c.title: c.id for c in services.board.columns(session)} == columns
