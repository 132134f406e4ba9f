"""The record's layout read back page by page: running header, word breaks, plurals, no "None"."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from exports.editions import edition_options
from exports.pdf import (
    Heading,
    _heads,
    _method,
    _table,
    keep_with_what_follows,
    own,
    user_heading,
    write_pdf,
)
from exports.record_content import build_content
from exports.record_options import RecordOptions, Section
from tests.benchmarks.bench_pdf import make_snapshot
from workshop.services import Services

LONG_TITLE = (
    "A very long session title that a council officer typed in full, with its service, its "
    "area, its date and the name of the programme it belongs to, all of it"
)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def _record(services: Services, tmp_path: Path, *, title: str = "Opening hours") -> list[str]:
    workshop = services.workshops.create("Library services")
    anna = services.participants.add(
        workshop.id, "Anna Fairweather-Lindqvist", "professional", consent_named=True
    )
    ben = services.participants.add(workshop.id, "Ben Jones", "lived_experience")
    session = services.sessions.create(
        workshop.id, title, date="2026-11-03", columns=["What matters"]
    )
    for person in (anna, ben):
        services.participants.set_attendance(session.id, person.id, True)
    column = services.board.columns(session.id)[0]
    note = services.board.add_note(
        session.id, column.id, "Open the library on Sundays", author_id=anna.id
    )
    services.sessions.set_stages(session.id, [("Vote", "vote", 10)])
    services.sessions.set_stage(session.id, 0)
    services.votes.cast(session.id, ben.id, note.id)
    services.actions.create(session.id, "Sunday trial", owner_id=anna.id)
    snapshot = services.sessions.record(session.id)
    options = edition_options(snapshot, edition="participants")
    return _pages(write_pdf(snapshot, tmp_path / "record.pdf", options))


def test_running_header_is_one_line_and_elided(services: Services, tmp_path: Path) -> None:
    pages = _record(services, tmp_path, title=LONG_TITLE)
    assert len(pages) > 2
    for page in pages[1:]:
        header = next(line for line in page.splitlines() if line.startswith("Library services ·"))
        assert header.startswith("Library services · A very long session title"), header
        assert header.endswith("…") or "… " in header, header
        assert "all of it" not in header


def test_names_break_at_hyphens_not_inside_words(services: Services, tmp_path: Path) -> None:
    whole = "\n".join(_record(services, tmp_path))
    assert "Fairweather" in whole
    for match in re.finditer(r"Fairweather-?\s*(\S+)", whole):
        assert match.group(1).startswith("Lindqvist"), match.group(0)
    assert not re.search(r"Lind\s+qvist", whole)


def test_counts_of_one_read_in_the_singular_and_nothing_says_none(
    services: Services, tmp_path: Path
) -> None:
    whole = " ".join(" ".join(page.split()) for page in _record(services, tmp_path))
    assert "1 vote was cast" in whole
    assert "The one contribution in full" in whole
    assert "Each person had 5 votes" in whole
    assert "1 votes" not in whole and "1 contributions" not in whole and "1 notes" not in whole
    assert "Of 1 note," in whole and "Of 1 vote," in whole
    assert "Co-lead: No co-lead" in whole
    assert not re.search(r"\bNone\b", whole)


def _laid_out(story: list[Flowable], path: Path) -> list[str]:
    SimpleDocTemplate(str(path), pagesize=A4).build(keep_with_what_follows(story))
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def _heading_intro_table(rows: int) -> list[Flowable]:
    table = _table(
        [_heads("Role", "People")] + [[own(f"Row{n}"), own(str(n))] for n in range(rows)],
        [100, 60],
    )
    return [Heading("Zheading", 1, "h2"), own("An introduction to the table."), table]


@pytest.mark.parametrize("room", [40, 70, 95])
def test_a_heading_never_ends_a_page_without_its_table(room: float, tmp_path: Path) -> None:
    # Fill the page but for `room` points: too little for the heading, its introduction, the
    # table's header and first rows, though the heading and introduction alone would fit.
    frame = A4[1] - 2 * 72 - 12
    pages = _laid_out([Spacer(1, frame - room), *_heading_intro_table(40)], tmp_path / "r.pdf")
    assert "Zheading" not in pages[0], room
    assert pages[1].startswith("Zheading An introduction to the table. Role People Row0")


def test_a_long_table_starts_under_its_heading_when_its_first_rows_fit(tmp_path: Path) -> None:
    frame = A4[1] - 2 * 72 - 12
    pages = _laid_out([Spacer(1, frame - 200), *_heading_intro_table(60)], tmp_path / "r.pdf")
    # No page left half empty: the table starts here, and its header repeats on the next page.
    assert "Zheading" in pages[0] and "Row0" in pages[0] and "Row59" not in pages[0]
    assert pages[1].startswith("Role People")


CONTRIBUTIONS_HEADER = "Ref Contribution Contributed by Votes"


def test_everything_people_said_repeats_its_header_on_every_continuation_page(
    tmp_path: Path,
) -> None:
    snapshot = make_snapshot(150, 0)
    others = [s for s in Section if s is not Section.CONTRIBUTIONS]
    options = edition_options(snapshot, without=others)
    pages = [
        " ".join(page.split()) for page in _pages(write_pdf(snapshot, tmp_path / "r.pdf", options))
    ]
    bodies = [re.split(r"Page \d+ of \d+ ", page, maxsplit=1)[1] for page in pages]
    assert bodies[0].startswith("Everything people said")
    continued = 0
    for number, body in enumerate(bodies[1:], start=2):
        if body.startswith(("Prompt:", "Theme:", "Not grouped into a theme")):
            continue  # a new prompt or theme starts the page, with its own header below
        assert body.startswith(CONTRIBUTIONS_HEADER), (number, body[:80])
        continued += 1
    assert continued >= 5


@pytest.mark.parametrize("room", [90, 130])
def test_a_heading_and_its_introduction_stay_with_the_sub_heading_and_table(
    room: float, tmp_path: Path
) -> None:
    # "You said, we did", its introduction, "From: session 1" and its table: with room for
    # the heading and introduction alone, all of it starts the next page together.
    frame = A4[1] - 2 * 72 - 12
    story: list[Flowable] = [
        Spacer(1, frame - room),
        Heading("Zheading", 0, "h1"),
        own("An introduction to the section."),
        user_heading("Session one", 1, "h2", prefix="From: "),
        _table(
            [_heads("Role", "People")] + [[own(f"Row{n}"), own("x")] for n in range(40)], [100, 60]
        ),
    ]
    pages = _laid_out(story, tmp_path / "r.pdf")
    assert "Zheading" not in pages[0], room
    assert pages[1].startswith("Zheading An introduction to the section. From: Session one Role")


def test_no_empty_votes_bars_when_none_were_cast(services: Services, tmp_path: Path) -> None:
    workshop = services.workshops.create("Library services")
    session = services.sessions.create(workshop.id, "Opening hours", columns=["What matters"])
    column = services.board.columns(session.id)[0]
    services.board.add_note(session.id, column.id, "Open the library on Sundays", role="carer")
    snapshot = services.sessions.record(session.id)
    options = edition_options(snapshot).without(s for s in Section if s is not Section.SUMMARY)
    whole = " ".join(
        " ".join(page.split()) for page in _pages(write_pdf(snapshot, tmp_path / "r.pdf", options))
    )
    assert "Notes written" in whole
    assert "Votes cast" not in whole  # no pair of empty "0 (0%)" bars for votes


def test_about_this_record_ends_the_record_in_one_block(services: Services, tmp_path: Path) -> None:
    workshop = services.workshops.create("Library services")
    session = services.sessions.create(workshop.id, "Opening hours", columns=["What matters"])
    content = build_content(services.sessions.record(session.id), RecordOptions())
    method = _method(content, A4[0] - 144)
    start = next(i for i, f in enumerate(method) if "About this record" in getattr(f, "text", ""))
    frame = A4[1] - 2 * 72 - 12
    for room in range(20, 110, 6):
        story = [Spacer(1, frame - room), *method[start:]]
        pages = _laid_out(story, tmp_path / "r.pdf")
        last = pages[-1]
        assert "About this record" in last and "Produced on" in last, (room, pages)
