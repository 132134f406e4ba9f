"""The language a note is written in: recorded where known, detected where not, on every path."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from exports.editions import edition_options
from exports.html import render_html
from workshop.errors import LockedError, ValidationError
from workshop.note_language import clean_language, detect
from workshop.services import Services
from workshop.storage import open_database

WELSH = "Mae angen bws ar ôl chwech o'r gloch"
POLISH = "Potrzebujemy tłumacza na każdej wizycie"
ENGLISH = "The bus stops running before the evening shift ends"


@pytest.fixture
def board(services: Services) -> tuple[int, int]:
    workshop = services.workshops.create("Ieithoedd", organisation="Cyngor")
    session = services.sessions.create(workshop.id, "Languages", columns=["What matters"])
    return session.id, services.board.columns(session.id)[0].id


def test_tags_are_checked_and_written_one_way() -> None:
    assert clean_language("pl-pl") == "pl-PL"
    assert clean_language("SR-latn") == "sr-Latn"
    assert clean_language("") is None and clean_language(None) is None
    for bad in ("Polish", "p", "en_GB", "<b>", 7):
        with pytest.raises(ValidationError, match="not a language tag"):
            clean_language(bad)


def test_detection_names_the_language_and_declines_when_there_is_too_little() -> None:
    assert [detect(t) for t in (WELSH, POLISH, ENGLISH)] == ["cy", "pl", "en"]
    assert detect("ok 👍") is None


def test_a_note_keeps_its_language_through_changes_and_undo(
    services: Services, board: tuple[int, int]
) -> None:
    session, column = board
    note = services.board.add_note(session, column, POLISH, role="carer", language="pl-pl")
    assert services.board.get_note(note.id).language == "pl-PL"
    with pytest.raises(ValidationError, match="not a language tag"):
        services.board.add_note(session, column, "x", role="carer", language="Polish")
    changed = services.board.set_note_language(note.id, "cy")
    assert changed.language == "cy"
    deleted = services.board.delete_notes([note.id])
    assert services.board.restore_notes(deleted)[0].language == "cy"
    services.board.set_note_language(note.id, None)
    assert services.board.get_note(note.id).language is None


def test_a_final_record_refuses_a_language_change(
    services: Services, board: tuple[int, int]
) -> None:
    session, column = board
    note = services.board.add_note(session, column, WELSH, role="carer")
    services.sessions.mark_final(session, "2026-12-01", checked_by="Forum")
    with pytest.raises(LockedError, match="final"):
        services.board.set_note_language(note.id, "cy")


def test_the_language_travels_in_the_interchange_file(
    services: Services, board: tuple[int, int], tmp_path: Path
) -> None:
    session, column = board
    services.board.add_note(session, column, WELSH, role="carer", language="cy")
    services.board.add_note(session, column, ENGLISH, role="carer")
    workshop = services.sessions.get(session).workshop_id
    text = services.interchange.export_text(workshop)
    notes = json.loads(text)["workshop"]["sessions"][0]["notes"]
    assert [n.get("language") for n in notes] == ["cy", None]
    other = Services(open_database(tmp_path / "other.sqlite3"))
    imported = other.interchange.import_workshop(text.encode("utf-8"))
    assert other.interchange.export_text(imported.id) == text
    document = json.loads(text)
    document["workshop"]["sessions"][0]["notes"][0]["language"] = "Welsh"
    with pytest.raises(Exception, match="language"):
        other.interchange.import_workshop(json.dumps(document).encode("utf-8"))


def test_the_web_record_marks_each_note_with_its_language(
    services: Services, board: tuple[int, int]
) -> None:
    session, column = board
    # Recorded as Polish although it reads as English: what was recorded wins.
    services.board.add_note(session, column, ENGLISH, role="carer", language="pl")
    services.board.add_note(session, column, WELSH, role="carer")  # detected
    services.board.add_note(session, column, "ok", role="carer")  # too little to tell
    snapshot = services.sessions.record(session)
    page = render_html(snapshot, edition_options(snapshot))
    langs = {
        text: lang
        for lang, text in re.findall(
            r'<span dir="auto"(?: lang="([^"]+)")? class="user">([^<]*)<', page
        )
    }
    assert langs[ENGLISH] == "pl"
    assert langs[WELSH.replace("'", "&#x27;")] == "cy"
    assert langs["ok"] == ""
