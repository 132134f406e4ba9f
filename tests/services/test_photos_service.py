"""Photos into the record: pictures stored, notes waiting for review until a person accepts them."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.html import write_html
from workshop import audience
from workshop.errors import ValidationError
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.services import Services
from workshop.vocabulary import PictureKind

JPEG = b"\xff\xd8\xff\xe0 stored as given \xff\xd9"


def _photo(*suggestions: str, blurred: bool = True) -> ProcessedPhoto:
    notes = tuple(
        FoundNote(JPEG + bytes([i]), 120, 110, "#f7e859", text, 0.1 * i, 0.5)
        for i, text in enumerate(suggestions)
    )
    return ProcessedPhoto(JPEG, 2400, 1800, 1, blurred, notes)


def test_found_notes_wait_for_review_with_their_pictures(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    second = services.board.columns(session)[1]
    added = services.photos.add_photo(session, _photo("BUS STOP", "RING BACK"), column_id=second.id)
    assert added.waiting == 2
    assert [n.text for n in services.photos.review_queue(session)] == ["BUS STOP", "RING BACK"]
    for note in added.notes:
        assert audience.waiting_for_review(note) and note.column_id == second.id
        assert note.role == "not_recorded" and note.author_id is None
        assert note.colour == "#f7e859"
        assert services.photos.jpeg(note.picture_id).startswith(JPEG)
    photo = services.photos.pictures(session, [PictureKind.PHOTO])
    assert [(p.width, p.height, p.blurred, p.size) for p in photo] == [
        (2400, 1800, True, len(JPEG))
    ]
    assert len(services.photos.pictures(session, [PictureKind.NOTE])) == 2


def test_accepting_as_suggested_corrected_or_picture_only(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    first, second, third = services.photos.add_photo(session, _photo("BUS", "RNG BAK", "")).notes
    assert services.photos.accept(first.id).text == "BUS"
    assert services.photos.accept(second.id, "Ring back sooner").text == "Ring back sooner"
    kept = services.photos.accept(third.id, picture_only=True)
    assert kept.text == "" and kept.picture_id == third.picture_id and not kept.pending
    assert services.photos.review_queue(session) == []
    with pytest.raises(ValidationError, match="not waiting for review"):
        services.photos.accept(first.id)
    with pytest.raises(ValidationError):
        services.photos.accept(services.photos.add_photo(session, _photo("X")).notes[0].id, "  ")


def test_unreviewed_suggestions_never_reach_the_record(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    session = workshop_with_session["session"]
    waiting, accepted = services.photos.add_photo(session, _photo("UNREVIEWED", "CHECKED")).notes
    services.photos.accept(accepted.id, "Checked by a person")
    output = tmp_path / "record.html"
    write_html(services.sessions.record(session), output)
    page = output.read_text(encoding="utf-8")
    assert "Checked by a person" in page
    assert "UNREVIEWED" not in page
    assert waiting.pending


def test_accepting_suggestions_marks_notes_machine_read(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    added = services.photos.add_photo(session, _photo("LIFT BROKEN"), accept_suggestions=True)
    (note,) = added.notes
    assert (note.text, note.source, note.pending) == ("LIFT BROKEN", "machine_read", False)
    assert added.waiting == 0 and services.photos.review_queue(session) == []


def test_a_drawing_is_kept_with_its_caption(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    drawing = services.photos.add_drawing(session, _photo(), "Table 2's map of the journey")
    assert (drawing.kind, drawing.caption) == ("drawing", "Table 2's map of the journey")
    renamed = services.photos.set_caption(drawing.id, "The journey to the clinic")
    assert services.photos.pictures(session, [PictureKind.DRAWING]) == [renamed]
    with pytest.raises(ValidationError):
        services.photos.add_drawing(session, _photo(), "   ")


def test_a_column_of_another_session_is_refused(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    other = services.sessions.create_from_template(ids["workshop"], "what-matters", "Second")
    column = services.board.columns(other.id)[0]
    with pytest.raises(ValidationError, match="another session"):
        services.photos.add_photo(ids["session"], _photo("A"), column_id=column.id)
    assert services.photos.pictures(ids["session"]) == []
