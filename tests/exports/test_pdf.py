"""Builds real PDF records from fixtures and reads them back: sections, text, consent, structure."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf
import pytest

from exports.pdf import write_pdf
from exports.record_content import long_date
from exports.record_options import SECTION_TITLES, Edition, ExportCancelled, RecordOptions, Section
from tests.exports.conftest import (
    DROPPED_REASON,
    HIDDEN_CONTACT,
    ORIGINAL_TEXT,
    PRIVATE_TEXT,
    REDACTED_TEXT,
    SECRET_NAME,
    SECRET_NAME_2,
    SHARED_CONTACT,
    SUPPORT_NEED,
    Multilingual,
    pdftotext,
    pypdf_text,
    raw_uncompressed,
    squash,
)
from workshop.services import Services
from workshop.views import NoteView


def flat(text: str) -> str:
    """Text with any run of whitespace as one space: line breaks fall where the layout puts them."""
    return " ".join(text.split())


@pytest.fixture
def multilingual_pdf(multilingual: Multilingual, tmp_path: Path) -> Path:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    out = tmp_path / "out"
    out.mkdir()
    # The participants' edition: every section, contact details where people agreed.
    return write_pdf(snapshot, out / "record.pdf", RecordOptions(edition=Edition.PARTICIPANTS))


def test_every_section_is_present_and_bookmarked(multilingual_pdf: Path) -> None:
    text = pypdf_text(multilingual_pdf)
    reader = pypdf.PdfReader(multilingual_pdf)
    outline_titles = [item.title for item in reader.outline if not isinstance(item, list)]
    for section, title in SECTION_TITLES.items():
        assert title in outline_titles, title
        if section is not Section.COVER:  # the cover's bookmark has no printed heading
            assert title in text, title


def test_every_contribution_is_there_exactly(
    multilingual: Multilingual, multilingual_pdf: Path
) -> None:
    extracted = squash(pypdf_text(multilingual_pdf))
    for label, text in multilingual.texts.items():
        assert squash(text) in extracted, label


def test_markup_in_user_text_stays_literal(multilingual_pdf: Path) -> None:
    # Line breaks fall where the layout puts them; the characters must be as typed.
    text = " ".join(pdftotext(multilingual_pdf).split())
    for piece in (
        "<b>bold</b>",
        "<font name=x>f</font>",
        "R&D",
        "a<b",
        "5<x>7",
        "&amp;",
        "</para>",
    ):
        assert piece in text, piece
    # Markup in titles, venues and theme names is literal too.
    for piece in (
        "Translate forms <i>now</i> & check",
        "Neuadd y Dref <main hall>",
        "Iaith <b>gyntaf</b>",
    ):
        assert piece in text, piece


def test_multilingual_text_is_extractable_by_poppler(
    multilingual: Multilingual, multilingual_pdf: Path
) -> None:
    text = squash(pdftotext(multilingual_pdf))
    for label in ("welsh", "polish", "greek", "cyrillic", "chinese", "bengali", "arabic", "emoji"):
        assert squash(multilingual.texts[label]) in text, label


def test_consent_rules(multilingual_pdf: Path) -> None:
    text = flat(pypdf_text(multilingual_pdf)) + flat(pdftotext(multilingual_pdf))
    raw = raw_uncompressed(multilingual_pdf)
    for secret in (SECRET_NAME, SECRET_NAME_2, SUPPORT_NEED, HIDDEN_CONTACT, "Secret Org Ltd"):
        assert secret not in text, secret
        for encoding in ("utf-8", "utf-16-be"):
            assert secret.encode(encoding) not in raw, secret
    # Named with consent; pseudonyms otherwise; contact details only for someone who agreed
    # both to be named and to share them (an address would name the person after all).
    assert "Ceri Ŵyn (person with lived experience)" in text
    assert "Participant 2 (carer)" in text
    assert "Participant 3 (professional)" in text
    assert SHARED_CONTACT not in text
    assert "ceri@example.org" in text


def test_private_notes_left_out_and_redactions_shown(multilingual_pdf: Path) -> None:
    text = flat(pypdf_text(multilingual_pdf))
    raw = raw_uncompressed(multilingual_pdf)
    for hidden in (PRIVATE_TEXT, ORIGINAL_TEXT):
        assert squash(hidden) not in squash(text)
        assert hidden.encode() not in raw
    assert squash(REDACTED_TEXT) in squash(text)
    assert "Edited for publication" in text
    # The action that came partly from the private note says so without showing it.
    assert "Also from 1 contribution not in the public record." in text


def test_you_said_we_did_includes_dropped_reasons(multilingual_pdf: Path) -> None:
    text = flat(pypdf_text(multilingual_pdf))
    assert "Hire a tenancy officer" in text
    assert DROPPED_REASON in text
    assert "Leaflet in Welsh" in text
    assert "Printed and sent." in text


def test_metadata_language_and_page_numbers(multilingual_pdf: Path) -> None:
    reader = pypdf.PdfReader(multilingual_pdf)
    info = reader.metadata
    assert info is not None
    assert info.title == "Tenancy support: Glan-y-Môr: Iaith a lleisiau: languages & voices"
    assert info.author == "Cyngor Glan-y-Môr Council"
    assert info.subject and "1 November 2026" in info.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in flat(page.extract_text())


def test_draft_mark_on_every_page_until_final(multilingual: Multilingual, tmp_path: Path) -> None:
    services = multilingual.services
    draft = write_pdf(services.sessions.record(multilingual.session), tmp_path / "draft.pdf")
    assert all("DRAFT" in page.extract_text() for page in pypdf.PdfReader(draft).pages)

    services.sessions.mark_final(
        multilingual.session, "2026-11-20", checked_by="Riverside Carers' Forum"
    )
    final = write_pdf(services.sessions.record(multilingual.session), tmp_path / "final.pdf")
    final_text = flat(pypdf_text(final))
    assert "DRAFT" not in final_text
    assert "checked by Riverside Carers' Forum on 20 November 2026" in final_text
    assert "Amended" not in final_text

    services.sessions.reopen(multilingual.session)
    reopened = flat(
        pypdf_text(
            write_pdf(services.sessions.record(multilingual.session), tmp_path / "reopened.pdf")
        )
    )
    assert "DRAFT" in reopened
    assert f"Reopened for changes on {long_date(dt.date.today())}." in reopened
    assert f"Amended on {long_date(dt.date.today())}" in reopened
    services.sessions.mark_final(multilingual.session, "2026-11-27", checked_by="Jo Evans")
    amended = flat(
        pypdf_text(
            write_pdf(services.sessions.record(multilingual.session), tmp_path / "amended.pdf")
        )
    )
    assert "DRAFT" not in amended
    assert "checked by Jo Evans on 27 November 2026" in amended
    assert f"Amended on {long_date(dt.date.today())}" in amended


def test_sections_can_be_switched_off(multilingual: Multilingual, tmp_path: Path) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    options = RecordOptions().without([Section.BOARD, Section.STAY_IN_TOUCH, Section.VOTES])
    path = write_pdf(snapshot, tmp_path / "short.pdf", options)
    text = pypdf_text(path)
    assert SECTION_TITLES[Section.STAY_IN_TOUCH] not in text
    assert SECTION_TITLES[Section.VOTES] not in text
    assert SHARED_CONTACT not in text
    assert SECTION_TITLES[Section.ACTIONS] in text
    # Without the board there are no landscape pages.
    assert all(p.mediabox.width < p.mediabox.height for p in pypdf.PdfReader(path).pages)


def test_board_is_drawn_on_landscape_pages(multilingual_pdf: Path) -> None:
    reader = pypdf.PdfReader(multilingual_pdf)
    landscape = [p for p in reader.pages if p.mediabox.width > p.mediabox.height]
    assert landscape
    board_text = squash("".join(p.extract_text() for p in landscape))
    assert "C1" in board_text
    assert squash("Καλημέρα κόσμε") in board_text


def test_merged_small_groups_hide_roles(multilingual: Multilingual, tmp_path: Path) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    options = RecordOptions(merged_roles=frozenset({"carer"}))
    text = flat(pypdf_text(write_pdf(snapshot, tmp_path / "merged.pdf", options)))
    assert "Participant 2 (participant)" in text
    assert "(carer)" not in text


def test_cancelling_leaves_no_file(multilingual: Multilingual, tmp_path: Path) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    calls: list[float] = []
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        write_pdf(
            snapshot,
            target,
            progress=lambda fraction, _: calls.append(fraction),
            cancelled=lambda: len(calls) >= 3,
        )
    assert list(folder.iterdir()) == []


def test_progress_rises_to_done(multilingual: Multilingual, tmp_path: Path) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    seen: list[float] = []
    write_pdf(snapshot, tmp_path / "p.pdf", progress=lambda f, _: seen.append(f))
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def test_failed_write_leaves_nothing_half_written(
    multilingual: Multilingual, tmp_path: Path
) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "record.pdf"
    target.write_bytes(b"the old record")

    def explode(fraction: float, message: str) -> None:
        if fraction > 0.3:
            raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_pdf(snapshot, target, progress=explode)
    assert target.read_bytes() == b"the old record"
    assert [p.name for p in folder.iterdir()] == ["record.pdf"]


def test_demo_record_reads_well(demo: tuple[Services, list[int]], tmp_path: Path) -> None:
    services, sessions = demo
    first, second = sessions
    path = write_pdf(services.sessions.record(first), tmp_path / "first.pdf")
    text = pypdf_text(path)
    board = services.sessions.board(first)
    for note in board.notes:
        assert squash(note.public_text) in squash(text), note.id
    # Not named without consent: Tariq Hussain, Piotr Nowak, Dev Patel, Dr Helen Ward, Iwan Jones.
    for name in ("Tariq Hussain", "Piotr Nowak", "Dev Patel", "Helen Ward", "Iwan Jones"):
        assert name not in text
    # Support needs never leave the app.
    for need in ("Large print", "Step-free access"):
        assert need not in text
    second_text = flat(
        pypdf_text(write_pdf(services.sessions.record(second), tmp_path / "second.pdf"))
    )
    assert "framework contract does not allow banked minutes" in second_text


def _bulk_board(services: Services, count: int) -> int:
    """A session with count notes, added in one go through the services."""
    workshop = services.workshops.create("Bulk", "Big Council")
    people = [
        services.participants.add(workshop.id, f"Person {i}", role, consent_named=i % 2 == 0)
        for i, role in enumerate(["lived_experience", "carer", "professional", "community"])
    ]
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "Large", date="2026-12-01"
    )
    columns = services.board.columns(session.id)
    for i in range(count):
        services.board.add_note(
            session.id,
            columns[i % len(columns)].id,
            f"Note number {i}: " + "a longer thought about the service " * (i % 4),
            author_id=people[i % len(people)].id,
        )
    return session.id


def test_page_count_is_sane_for_a_large_session(services: Services, tmp_path: Path) -> None:
    session = _bulk_board(services, 300)
    path = write_pdf(services.sessions.record(session), tmp_path / "large.pdf")
    pages = len(pypdf.PdfReader(path).pages)
    # About 25 contributions a page in the list, 20 notes a page on the board.
    assert 15 <= pages <= 60, pages
    text = squash(pypdf_text(path))
    assert all(squash(f"Note number {i}:") in text for i in range(300))


def test_notes_are_never_cut_between_board_pages(multilingual: Multilingual) -> None:
    from exports.board_drawing import plan_tiles
    from exports.record_content import public_board

    board = public_board(multilingual.services.sessions.board(multilingual.session))
    moved = [
        NoteView(**{**{s: getattr(n, s) for s in NoteView.__slots__}, "y": 64 + 600 * i})
        for i, n in enumerate(board.notes)
    ]
    tall = dataclasses.replace(board, notes=tuple(moved))
    tiles = plan_tiles(tall, 760, 360)
    seen = [n.id for t in tiles for n in t.notes]
    assert sorted(seen) == sorted(n.id for n in tall.notes)
    for tile in tiles:
        for note in tile.notes:
            assert (tile.top <= note.y and note.y + 140 <= tile.bottom) or note.y == tile.top
    assert len(tiles) > 2
