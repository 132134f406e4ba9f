"""The record in Welsh and bilingual (Welsh first): its own words change, people's words do not."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from exports import wording
from exports.editions import edition_options
from exports.html import render_html
from exports.pdf import write_pdf
from exports.record_options import SECTION_TITLES, Section
from workshop.services import Services

# Typed by people: stays exactly as written whatever the record's language.
NOTE = "Done: open the library on Sundays"
COLUMN = "What matters"


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def session(services: Services) -> int:
    workshop = services.workshops.create("Library services", organisation="Cyngor Glan-y-Môr")
    ann = services.participants.add(workshop.id, "Ann Example", "carer", consent_named=True)
    created = services.sessions.create(
        workshop.id, "Opening hours", date="2026-12-01", columns=[COLUMN]
    )
    services.participants.set_attendance(created.id, ann.id, True)
    column = services.board.columns(created.id)[0]
    services.board.add_note(created.id, column.id, NOTE, author_id=ann.id)
    services.sessions.update(created.id, involvement="co_design", involvement_set_by="Jo Evans")
    return created.id


def test_the_catalogue_covers_every_heading_and_keeps_its_placeholders() -> None:
    welsh = wording.catalogue()
    for title in SECTION_TITLES.values():
        assert title in welsh, title
    for english, cymraeg in welsh.items():
        names = set(re.findall(r"{(\w+)}", english))
        assert names == set(re.findall(r"{(\w+)}", cymraeg)), english


def test_welsh_pdf_has_welsh_headings_banner_dates_and_pages(
    services: Services, session: int, tmp_path: Path
) -> None:
    snapshot = services.sessions.record(session)
    options = edition_options(snapshot, edition="participants", language="cy")
    pages = _pages(write_pdf(snapshot, tmp_path / "cy.pdf", options))
    text = " ".join(pages)
    for section in (Section.SUMMARY, Section.CONTRIBUTIONS, Section.ACTIONS, Section.ATTENDANCE):
        assert wording.catalogue()[SECTION_TITLES[section]] in text, section
        assert SECTION_TITLES[section] not in text, section
    assert "1 Rhagfyr 2026" in text and "December" not in text
    assert "Cyd-ddylunio:" in text and "Gosodwyd gan Jo Evans." in text
    # What the session shows, beside the level it claims.
    assert "camau gweithredu a gytunwyd ar y cyd: 0 o 0; pleidleisiau a fwriwyd: 0" in text
    for number, page in enumerate(pages, start=1):
        assert "DRAFFT" in page and "Nid i'w gyhoeddi" in page, number
        assert f"Tudalen {number} o {len(pages)}" in page, number
        assert "DRAFT " not in page and "Not for publication" not in page and "Page " not in page
    # People's words and the board's prompts are left as they were written.
    assert NOTE in text and COLUMN in text


def test_bilingual_pdf_and_html_put_welsh_first(
    services: Services, session: int, tmp_path: Path
) -> None:
    snapshot = services.sessions.record(session)
    options = edition_options(snapshot, language="cy+en")
    text = " ".join(_pages(write_pdf(snapshot, tmp_path / "both.pdf", options)))
    assert "Crynodeb / Summary" in text
    assert "Popeth a ddywedodd pobl / Everything people said" in text
    assert "1 Rhagfyr 2026 / 1 December 2026" in text
    # A narrow column widens for its header's longest word rather than break inside it.
    assert "Pleidleisiau" in text.split(), "the votes header broke inside a word"
    page = render_html(snapshot, options)
    assert '<html lang="cy">' in page
    assert ">Crynodeb / Summary</h2>" in page and ">Cynnwys / Contents</h2>" in page
    assert NOTE in page


def test_english_is_unchanged_and_welsh_html_has_no_english_headings(
    services: Services, session: int
) -> None:
    snapshot = services.sessions.record(session)
    english = render_html(snapshot, edition_options(snapshot))
    assert ">Summary</h2>" in english and "Crynodeb" not in english
    welsh = render_html(snapshot, edition_options(snapshot, language="cy"))
    headings = re.findall(r"<h[23][^>]*>([^<]*)</h[23]>", welsh)
    assert headings, "the page has headings"
    for heading in headings:
        assert heading not in SECTION_TITLES.values(), heading
    assert "DRAFFT" in welsh and ">DRAFT<" not in welsh


def test_a_final_and_amended_record_tells_its_history_in_welsh(
    services: Services, session: int
) -> None:
    services.sessions.mark_final(session, "2026-12-02", checked_by="Fforwm Gofalwyr")
    services.sessions.reopen(session)
    services.sessions.mark_final(session, "2026-12-04", checked_by="Fforwm Gofalwyr Glan-y-Môr")
    snapshot = services.sessions.record(session)
    page = render_html(snapshot, edition_options(snapshot, language="cy"))
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "Marciwyd yn derfynol ar " in text
    assert "Ailagorwyd ar gyfer newidiadau ar " in text
    assert (
        "Marciwyd yn derfynol, wedi'i wirio gan Fforwm Gofalwyr Glan-y-Môr ar 4 Rhagfyr 2026."
        in text.replace("&#x27;", "'")
    )
    # Nothing of the English audit log: its words, or its ISO dates.
    for english in ("marked", "reopened", "checked on", "unlocked"):
        assert english not in text.lower(), english
    assert not re.search(r"\d{4}-\d\d-\d\d", text)


def test_welsh_and_is_ac_before_a_vowel_in_the_small_groups_sentence() -> None:
    from exports.record_content import _merged_roles

    with wording.in_wording("cy"):
        welsh = _merged_roles(frozenset({"carer", "community"}))
        assert "gofalwyr ac aelodau'r gymuned" in welsh, welsh
        assert wording.say_and(["aelodau'r gymuned", "gofalwyr"]) == "aelodau'r gymuned a gofalwyr"
    with wording.in_wording("cy+en"):
        both = _merged_roles(frozenset({"carer", "community"}))
        assert "gofalwyr ac aelodau'r gymuned" in both and "carers and community members" in both
    with wording.in_wording("en"):
        assert wording.say_and(["carers", "observers"]) == "carers and observers"
