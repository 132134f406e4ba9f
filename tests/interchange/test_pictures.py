"""Pictures in the interchange file: base64 with their size, kept on a round trip, and an
anonymised file carries only blurred pictures of what it shares."""

from __future__ import annotations

import base64
import json

import pytest

from workshop.errors import ImportRefused
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.services import Services
from workshop.storage import open_database

JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) + b"\xff\xd9"


def _photo(*suggestions: str, blurred: bool = True) -> ProcessedPhoto:
    notes = tuple(
        FoundNote(JPEG + bytes([i]), 90, 80, "#f7e859", text, 0.1, 0.2)
        for i, text in enumerate(suggestions)
    )
    return ProcessedPhoto(JPEG, 2400, 1800, 0, blurred, notes)


def _workshop(services: Services) -> tuple[int, int]:
    workshop = services.workshops.create("Paper walls", "Riverside Council")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "Drop-in", date="2026-12-01"
    )
    accepted, _, kept, private = services.photos.add_photo(
        session.id, _photo("LIFT", "WAITING", "", "PRIVATE")
    ).notes
    services.photos.accept(accepted.id, "Lift broken again")
    services.photos.accept(kept.id, picture_only=True)
    services.photos.accept(private.id)
    services.board.set_note_private(private.id, True)
    services.photos.add_drawing(session.id, _photo(), "Table 2's map")
    services.photos.add_drawing(session.id, _photo(blurred=False), "Group photo, all agreed")
    services.photos.add_photo(session.id, _photo("MACHINE"), accept_suggestions=True)
    return workshop.id, session.id


def test_pictures_survive_a_round_trip_byte_for_byte(services: Services, tmp_path) -> None:
    workshop_id, _ = _workshop(services)
    first = services.interchange.export_text(workshop_id)
    document = json.loads(first)
    (session,) = document["workshop"]["sessions"]
    pictures = {p["id"]: p for p in session["pictures"]}
    for picture in pictures.values():
        assert base64.b64decode(picture["jpeg"]).startswith(b"\xff\xd8")
        assert picture["size"] == len(base64.b64decode(picture["jpeg"]))
    notes = {n["text"]: n for n in session["notes"]}
    # A full export is the owner's copy: notes waiting for review travel too, as they are.
    assert notes["WAITING"]["pending"] and notes["WAITING"]["source"] == "photo"
    assert notes[""]["picture"] in pictures and notes[""]["role"] == "not_recorded"
    assert notes["MACHINE"]["source"] == "machine_read"
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        copy = Services(other)
        imported = copy.interchange.import_workshop(first)
        assert copy.interchange.export_text(imported.id) == first
        (session_view,) = copy.sessions.list(imported.id)
        assert [n.text for n in copy.photos.review_queue(session_view.id)] == ["WAITING"]
    finally:
        other.dispose()


def test_an_anonymised_file_keeps_only_blurred_pictures_of_what_it_shares(
    services: Services,
) -> None:
    workshop_id, _ = _workshop(services)
    document = json.loads(services.interchange.export_text(workshop_id, anonymise=True))
    (session,) = document["workshop"]["sessions"]
    kinds = sorted((p["kind"], p["caption"]) for p in session["pictures"])
    # No unblurred picture, no whole photo of the wall, no picture of a private or waiting note.
    assert kinds == [("drawing", "Table 2's map"), ("note", ""), ("note", ""), ("note", "")]
    assert all(p["blurred"] for p in session["pictures"])
    shared = {n["picture"] for n in session["notes"] if "picture" in n}
    assert shared == {p["id"] for p in session["pictures"] if p["kind"] == "note"}
    assert "WAITING" not in json.dumps(document) and "PRIVATE" not in json.dumps(document)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"jpeg": "not base64!"}, "expected a JPEG picture in base64"),
        ({"jpeg": base64.b64encode(b"GIF89a").decode()}, "expected a JPEG picture in base64"),
        ({"size": 3}, "does not match the picture's length"),
        ({"kind": "selfie"}, "kind"),
    ],
)
def test_a_bad_picture_is_refused_with_its_place(
    services: Services, change: dict[str, object], problem: str
) -> None:
    workshop_id, _ = _workshop(services)
    document = json.loads(services.interchange.export_text(workshop_id))
    document["workshop"]["sessions"][0]["pictures"][0].update(change)
    with pytest.raises(ImportRefused) as refused:
        services.interchange.import_workshop(json.dumps(document))
    assert str(refused.value).startswith("workshop.sessions[0].pictures[0].")
    assert problem in str(refused.value)


def test_an_anonymised_file_leaves_out_a_redacted_notes_picture(services: Services) -> None:
    workshop = services.workshops.create("Paper walls", "Riverside Council")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "Drop-in", date="2026-12-01"
    )
    named, plain = services.photos.add_photo(session.id, _photo("ANN AT 4", "LIFT")).notes
    services.photos.accept(named.id)
    services.photos.accept(plain.id)
    services.board.redact_note(named.id, "A neighbour")
    document = json.loads(services.interchange.export_text(workshop.id, anonymise=True))
    (shared,) = document["workshop"]["sessions"]
    notes = {n["text"]: n for n in shared["notes"]}
    # The picture shows the words as written, which the redaction hides.
    assert "picture" not in notes["A neighbour"] and "picture" in notes["LIFT"]
    assert [p["kind"] for p in shared["pictures"]] == ["note"]
