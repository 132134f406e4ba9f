"""Editions of the record: public (no contact details, small groups protected) and participants'."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from exports.editions import edition_options
from exports.html import render_html
from exports.pdf import write_pdf
from exports.record_options import Edition
from tests.exports.conftest import SHARED_CONTACT, Multilingual
from workshop.errors import WorkshopError

PHONE = "07700 900123"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_NUMBER = re.compile(r"\b0\d{4} ?\d{6}\b")


def _with_phone(multilingual: Multilingual) -> None:
    """Someone named who agreed to share a phone number: the participants' edition may carry it."""
    services = multilingual.services
    dafydd = services.participants.add(
        multilingual.workshop,
        "Dafydd Rhys",
        "community",
        consent_named=True,
        consent_share_contact=True,
        contact=PHONE,
    )
    services.participants.set_attendance(multilingual.session, dafydd.id, True)


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def test_public_edition_has_no_contact_details_and_says_where_groups_merged(
    multilingual: Multilingual, tmp_path: Path
) -> None:
    _with_phone(multilingual)
    snapshot = multilingual.services.sessions.record(multilingual.session)
    options = edition_options(snapshot)  # public is the default
    assert options.edition is Edition.PUBLIC and options.merged_roles
    pages = _pages(write_pdf(snapshot, tmp_path / "public.pdf", options))
    whole = " ".join(pages)
    assert not EMAIL.search(whole), EMAIL.search(whole)
    assert not PHONE_NUMBER.search(whole)
    assert "Stay in touch" not in whole
    assert "Not for publication" not in whole
    # Every role had one or two people there: all are shown as "participant", and it says so.
    assert "To protect people in small groups" in whole
    assert "(carer)" not in whole and "Carers 1" not in whole
    html = render_html(snapshot, options)
    assert not EMAIL.search(html) and PHONE not in html
    assert "To protect people in small groups" in html


def test_participants_edition_is_not_for_publication_on_every_page(
    multilingual: Multilingual, tmp_path: Path
) -> None:
    _with_phone(multilingual)
    snapshot = multilingual.services.sessions.record(multilingual.session)
    options = edition_options(snapshot, edition="participants")
    assert not options.merged_roles
    pages = _pages(write_pdf(snapshot, tmp_path / "participants.pdf", options))
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert "Not for publication" in page, number
    whole = " ".join(pages)
    assert "Stay in touch" in whole and PHONE in whole and "ceri@example.org" in whole
    # Consent still rules: a shared address of someone not named stays out.
    assert SHARED_CONTACT not in whole
    html = render_html(snapshot, options)
    assert "Not for publication" in html and "position: fixed" in html


def test_a_voice_with_fewer_than_three_voters_is_not_shown_separately(
    multilingual: Multilingual, tmp_path: Path
) -> None:
    # Two citizens and one professional voted: neither voice may be shown on its own.
    snapshot = multilingual.services.sessions.record(multilingual.session)
    for edition in Edition:
        options = edition_options(snapshot, edition=edition)
        whole = " ".join(_pages(write_pdf(snapshot, tmp_path / f"{edition}.pdf", options)))
        assert "too few to show separately" in whole
        assert "Too few to show separately." in whole
        results = whole[whole.index("All results") :]
        assert "Rank Contribution All" in results
        assert "Professional" not in results.split("Agreed actions")[0]


def test_unknown_edition_or_language_is_refused_in_one_sentence(
    multilingual: Multilingual,
) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    with pytest.raises(WorkshopError, match="Unknown edition 'press'; use one of: public"):
        edition_options(snapshot, edition="press")
    with pytest.raises(WorkshopError, match="use one of: en, cy, cy\\+en"):
        edition_options(snapshot, language="fr")
