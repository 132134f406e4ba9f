"""One session with every kind of note, and what each audience's real output shows of it.

Each output is produced the way a user gets it (the CLI's snapshot, the record written and read
back, the phones' API over loopback, the shared file, the facilitator's board, the projector,
the app's Export board image) and compared with one table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from exports.editions import edition_options
from exports.html import write_html
from exports.pdf import write_pdf
from exports.record_options import EDITION_AUDIENCES
from tests.live.conftest import STAGE_VOTE, Client
from ui.board.scene import BoardScene
from ui.main_window import MainWindow
from ui.projector import PresentationWindow
from workshop import audience
from workshop.audience import Audience
from workshop.cli import main as cli_main
from workshop.identity import pseudonym
from workshop.live.server import LiveServer
from workshop.photos import FoundNote, ProcessedPhoto
from workshop.room import Room
from workshop.rules import Actor
from workshop.services import Services

# One word per note, so a line break can never split what is looked for.
PLAIN = "Zplain"
QUIET = "Zquiet"  # written in silent writing, not revealed
HELD = "Zheld"  # from a phone, held for approval
PRIVATE = "Zprivate"  # off the record
ORIGINAL = "Zoriginal"  # redacted: the original text ...
REDACTED = "Zredacted"  # ... and what replaces it outside the facilitator's board
UNNAMED = "Zunnamed"  # written by a person who did not consent to be named
PHOTO = "Zphoto"  # read from a photo of paper, waiting for review
NAMED_PERSON = "Nadiaconsent"
UNNAMED_PERSON = "Ursulanoconsent"

EVERY_TEXT = (PLAIN, QUIET, HELD, PRIVATE, ORIGINAL, REDACTED, UNNAMED, PHOTO)

# What each audience may see of the session's texts. A tick means it must be there, a blank
# means it must not. REDACTED is the same note as ORIGINAL, seen through redaction.
# A suggestion read from a photo reaches nobody until a person accepts it.
#                          plain  quiet  held   private original redacted unnamed photo
TABLE: dict[Audience, tuple[bool, ...]] = {
    Audience.FACILITATOR: (True, True, True, True, True, False, True, False),
    Audience.PROJECTOR: (True, False, False, False, False, True, True, False),
    Audience.PHONE_BALLOT: (True, False, False, False, False, True, True, False),
    Audience.RECORD: (True, True, False, False, False, True, True, False),
    Audience.PARTICIPANTS_RECORD: (True, True, False, False, False, True, True, False),
    Audience.ANONYMISED_FILE: (True, True, False, False, False, True, True, False),
    Audience.BOARD_IMAGE: (True, True, False, False, False, True, True, False),
}
# Outside the app a person appears by name only with their consent.
NAMES_LEAVE_THE_APP = (
    Audience.RECORD,
    Audience.PARTICIPANTS_RECORD,
    Audience.ANONYMISED_FILE,
    Audience.BOARD_IMAGE,
)
# Nadia agreed to be named and to share this; only the participants' edition may carry it.
NADIA_CONTACT = "nadia.consent@example.org"
CONTACTS_LEAVE_THE_APP = (Audience.PARTICIPANTS_RECORD, Audience.ANONYMISED_FILE)


@dataclass
class Session:
    workshop_id: int
    session_id: int
    note_ids: dict[str, int]


@pytest.fixture
def session(services: Services) -> Session:
    workshop = services.workshops.create("Every kind of note", "Riverside Council")
    named = services.participants.add(
        workshop.id,
        NAMED_PERSON,
        "carer",
        consent_named=True,
        consent_share_contact=True,
        contact=NADIA_CONTACT,
    )
    unnamed = services.participants.add(workshop.id, UNNAMED_PERSON, "carer")
    created = services.sessions.create_from_template(
        workshop.id, "what-matters", "Audience session", date="2026-12-01"
    )
    sid = created.id
    open_column, silent_column = (c.id for c in services.board.columns(sid)[:2])
    add = services.board.add_note
    ids = {
        PLAIN: add(sid, open_column, PLAIN, author_id=named.id).id,
        PRIVATE: add(sid, open_column, PRIVATE, role="professional").id,
        ORIGINAL: add(sid, open_column, ORIGINAL, role="professional").id,
        UNNAMED: add(sid, open_column, UNNAMED, author_id=unnamed.id).id,
    }
    services.board.set_note_private(ids[PRIVATE], True)
    services.board.redact_note(ids[ORIGINAL], REDACTED)
    services.board.set_column_silent(silent_column, True)
    ids[QUIET] = add(sid, silent_column, QUIET, role="carer").id
    services.sessions.update(sid, hold_device_notes=True)
    ids[HELD] = add(sid, open_column, HELD, role="carer", actor=Actor.DEVICE).id
    (photo_note,) = services.photos.add_photo(sid, _photo_of(PHOTO), column_id=open_column).notes
    ids[PHOTO] = photo_note.id
    board = services.sessions.board(sid)
    states = {n.text: (n.hidden, n.pending, n.private) for n in board.notes}
    assert states[QUIET] == (True, False, False) and states[HELD] == (False, True, False)
    assert states[PRIVATE] == (False, False, True)
    services.sessions.set_stage(sid, STAGE_VOTE)
    return Session(workshop.id, sid, ids)


def _photo_of(suggestion: str) -> ProcessedPhoto:
    jpeg = b"\xff\xd8\xff\xd9"  # stored as given; nothing here decodes it
    note = FoundNote(jpeg, 100, 100, "#f7e859", suggestion, 0.5, 0.5)
    return ProcessedPhoto(jpeg, 100, 100, 0, True, (note,))


def expected(reader: Audience) -> dict[str, bool]:
    return dict(zip(EVERY_TEXT, TABLE[reader], strict=True))


def found(text: str) -> dict[str, bool]:
    return {word: word in text for word in EVERY_TEXT}


def check_names(reader: Audience, text: str) -> None:
    if reader in NAMES_LEAVE_THE_APP:
        assert NAMED_PERSON in text, reader
    assert UNNAMED_PERSON not in text, reader


# ----- each audience's real output, as text ---------------------------------------------------


def facilitator_board(qtbot: QtBot, services: Services, session: Session) -> str:
    scene = BoardScene(services)
    scene.load(session.session_id)
    return "\n".join(item.note.text for item in scene.notes.values())


def projector(qtbot: QtBot, services: Services, session: Session) -> str:
    # `workshop snapshot --presentation` draws this same window.
    room = Room(services)
    window = PresentationWindow(room)
    qtbot.addWidget(window)
    room.open(session.session_id)
    return "\n".join(card.text for card in window.scene.note_items().values())


def phone_ballot(qtbot: QtBot, services: Services, session: Session) -> str:
    server = LiveServer(services, session.session_id, host="127.0.0.1")
    server.start()
    try:
        assert server.port is not None
        phone = Client(server.port, server.code)
        phone.join("carer")
        state = phone.state()
        assert state["voting_open"]
        # A phone cannot put a dot on what its ballot does not list.
        for word in (QUIET, HELD, PRIVATE):
            reply = phone.api("POST", "votes", {"note": session.note_ids[word]})
            assert reply.status == 400, word
        return json.dumps(state["ballot"])
    finally:
        server.stop()


def record(
    qtbot: QtBot,
    services: Services,
    session: Session,
    tmp_path: Path,
    reader: Audience = Audience.RECORD,
) -> str:
    """One edition of the record, as `workshop report --edition` and the export dialog write it."""
    snapshot = services.sessions.record(session.session_id)
    (edition,) = (e for e, a in EDITION_AUDIENCES.items() if a is reader)
    options = edition_options(snapshot, edition=edition)
    assert options.audience is reader
    write_pdf(snapshot, tmp_path / "record.pdf", options)
    write_html(snapshot, tmp_path / "record.html", options)
    pdf = "\n".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "record.pdf").pages)
    html = (tmp_path / "record.html").read_text(encoding="utf-8")
    # The record is both files: each must hold to the rule on its own.
    assert found(pdf) == found(html)
    for part in (pdf, html):
        check_names(reader, part)
        assert (NADIA_CONTACT in part) is (reader in CONTACTS_LEAVE_THE_APP), reader
    return pdf


def anonymised_file(qtbot: QtBot, services: Services, session: Session) -> str:
    return services.interchange.export_text(session.workshop_id, anonymise=True)


def board_image(qtbot: QtBot, services: Services, session: Session, tmp_path: Path) -> str:
    svg = tmp_path / "board.svg"
    arguments = ["snapshot", str(session.session_id), "-o", str(svg)]
    assert cli_main([*arguments, "--database", services.database.url]) == 0
    text = svg.read_text(encoding="utf-8")
    # Like the record, it names someone who did not consent by the record's pseudonym.
    (unnamed,) = (
        p for p in services.participants.list(session.workshop_id) if p.name == UNNAMED_PERSON
    )
    assert pseudonym(unnamed) in text
    return text


@pytest.mark.parametrize("reader", list(Audience), ids=lambda a: a.value)
def test_each_audience_sees_what_its_rule_allows(
    reader: Audience, qtbot: QtBot, services: Services, session: Session, tmp_path: Path
) -> None:
    if reader is Audience.FACILITATOR:
        text = facilitator_board(qtbot, services, session)
    elif reader is Audience.PROJECTOR:
        text = projector(qtbot, services, session)
    elif reader is Audience.PHONE_BALLOT:
        text = phone_ballot(qtbot, services, session)
    elif reader in (Audience.RECORD, Audience.PARTICIPANTS_RECORD):
        text = record(qtbot, services, session, tmp_path, reader)
    elif reader is Audience.ANONYMISED_FILE:
        text = anonymised_file(qtbot, services, session)
    else:
        text = board_image(qtbot, services, session, tmp_path)
    assert found(text) == expected(reader)
    check_names(reader, text)


def test_the_rules_agree_with_the_table(services: Services, session: Session) -> None:
    """The functions themselves, note by note: the outputs above only ever call these."""
    notes = {n.id: n for n in services.sessions.board(session.session_id).notes}
    for reader in Audience:
        shown = expected(reader)
        for word, note_id in session.note_ids.items():
            # The redacted note is there when either of its texts is.
            visible = shown[word] or (word == ORIGINAL and shown[REDACTED])
            assert audience.sees(reader, notes[note_id]) == visible, (reader, word)
        text = audience.shown_text(reader, notes[session.note_ids[ORIGINAL]])
        assert text == (ORIGINAL if shown[ORIGINAL] else REDACTED)


def test_contact_details_reach_only_the_audiences_that_may_carry_them(
    services: Services, session: Session
) -> None:
    board = services.sessions.board(session.session_id)
    for reader in Audience:
        shown = audience.board_for(reader, board)
        contacts = {p.contact for p in shown.participants if p.name == NAMED_PERSON}
        allowed = reader is Audience.FACILITATOR or reader in CONTACTS_LEAVE_THE_APP
        assert contacts == ({NADIA_CONTACT} if allowed else {""}), reader
    # The shared file carries it by identity's rule, the same one the participants' edition uses.
    shared = services.interchange.export_text(session.workshop_id, anonymise=True)
    assert NADIA_CONTACT in shared


def test_export_board_image_in_the_app_follows_the_record(
    qtbot: QtBot,
    services: Services,
    session: Session,
    tmp_path: Path,
    settings: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(services, settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.sidebar.select_session(session.session_id)
    target = tmp_path / "from the app.svg"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "SVG drawing (*.svg)")
    )
    window.export_board_image()
    text = target.read_text(encoding="utf-8")
    assert found(text) == expected(Audience.BOARD_IMAGE)
    check_names(Audience.BOARD_IMAGE, text)
    # The facilitator's own board still shows everything.
    assert {n.note.text for n in window.scene.notes.values()} >= {HELD, PRIVATE, ORIGINAL}


def test_projected_results_leave_out_dots_on_private_notes(
    qtbot: QtBot, services: Services, session: Session
) -> None:
    from workshop.room import ProjectorMode

    people = services.participants.list(session.workshop_id)
    for person in people:
        services.votes.cast(session.session_id, person.id, session.note_ids[PRIVATE])
    services.votes.cast(session.session_id, people[0].id, session.note_ids[ORIGINAL])
    room = Room(services)
    window = PresentationWindow(room)
    qtbot.addWidget(window)
    room.open(session.session_id)
    room.show_on_projector(ProjectorMode.RESULTS)
    assert window.pages.currentWidget() is window.results_page
    projected = "\n".join(window.results_page.shown[None])
    assert REDACTED in projected
    assert PRIVATE not in projected and ORIGINAL not in projected
