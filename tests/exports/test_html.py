"""Builds the accessible HTML record and parses it back: structure, language, text, privacy."""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from exports.html import language_hint, render_html, write_html
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
)
from workshop.services import Services


class Outline(HTMLParser):
    """Collects what an accessibility check looks at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[tuple[int, str]] = []
        self.texts: list[str] = []  # text of each element with dir="auto", whole
        self.data: list[str] = []
        self.tables = 0
        self.captions = 0
        self._heading: list[str] | None = None
        self._user: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._heading = []
        if tag == "table":
            self.tables += 1
        if tag == "caption":
            self.captions += 1
        if attributes.get("dir") == "auto":
            self._user.append([])
        self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            return
        opened, attributes = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self._heading is not None:
            self.headings.append((int(tag[1]), "".join(self._heading)))
            self._heading = None
        if attributes.get("dir") == "auto":
            self.texts.append("".join(self._user.pop()))

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._heading is not None:
            self._heading.append(data)
        for parts in self._user:
            parts.append(data)


VOID = {"br", "meta", "img", "input", "hr", "link", "rect", "line"}


def parse(page: str) -> Outline:
    # html.parser has no idea of void elements; close them so the stack stays honest.
    outline = Outline()
    original = outline.handle_starttag

    def start(tag: str, attrs: list[tuple[str, str | None]]) -> None:
        original(tag, attrs)
        if tag in VOID:
            outline.stack.pop()

    outline.handle_starttag = start  # type: ignore[method-assign]
    outline.handle_startendtag = lambda tag, attrs: (original(tag, attrs), outline.stack.pop())  # type: ignore[method-assign,assignment]
    outline.feed(page)
    outline.close()
    return outline


PARTICIPANTS_EDITION = RecordOptions(edition=Edition.PARTICIPANTS)


@pytest.fixture(scope="module")
def page(shared_multilingual: Multilingual) -> str:
    """The participants' edition: every section, contact details where people agreed."""
    return render_html(
        shared_multilingual.services.sessions.record(shared_multilingual.session),
        PARTICIPANTS_EDITION,
    )


def test_document_language_title_and_no_external_addresses(page: str) -> None:
    outline = parse(page)
    html_tag = next(attrs for tag, attrs in outline.tags if tag == "html")
    assert html_tag["lang"] == "en-GB"
    assert (
        "<title>Tenancy support: Glan-y-Môr: Iaith a lleisiau: languages &amp; voices</title>"
        in page
    )
    lowered = page.lower()
    assert "http://" not in lowered and "https://" not in lowered
    for tag, attrs in outline.tags:
        assert tag not in ("script", "link", "img", "iframe")
        for name in ("src", "href"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith("#"), value


def test_headings_are_real_and_in_order(page: str) -> None:
    outline = parse(page)
    levels = [level for level, _ in outline.headings]
    assert levels[0] == 1
    assert levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, (before, after)
    titles = [title for _, title in outline.headings]
    for title in SECTION_TITLES.values():
        assert title in titles


def test_tables_have_captions_and_scoped_headers(page: str) -> None:
    outline = parse(page)
    assert outline.tables >= 5
    assert outline.captions == outline.tables
    headers = [attrs for tag, attrs in outline.tags if tag == "th"]
    assert headers and all(attrs.get("scope") in ("col", "row") for attrs in headers)


def test_every_text_is_carried_exactly(shared_multilingual: Multilingual, page: str) -> None:
    outline = parse(page)
    for label, text in shared_multilingual.texts.items():
        assert text in outline.texts, label


def test_markup_in_user_text_is_text_not_tags(page: str) -> None:
    outline = parse(page)
    tags = {tag for tag, _ in outline.tags}
    assert "font" not in tags and "b" not in tags and "i" not in tags and "para" not in tags
    assert "Translate forms <i>now</i> & check" in outline.texts
    assert "Neuadd y Dref <main hall>" in outline.texts


def test_right_to_left_and_other_scripts_declared(
    shared_multilingual: Multilingual, page: str
) -> None:
    texts = shared_multilingual.texts
    outline = parse(page)
    arabic = texts["arabic"]
    spans = [attrs for tag, attrs in outline.tags if attrs.get("lang") == "ar"]
    assert spans and all(attrs.get("dir") == "auto" for attrs in spans)
    assert f'lang="ar" class="user">{arabic}<' in page
    assert language_hint(texts["urdu"]) == "ur"
    assert language_hint(texts["bengali"]) == "bn"
    assert language_hint(texts["welsh"]) is None


def test_charts_and_board_have_text_alternatives(page: str) -> None:
    outline = parse(page)
    svgs = [attrs for tag, attrs in outline.tags if tag == "svg"]
    assert svgs and all(
        attrs.get("role") == "img" and attrs.get("aria-labelledby") for attrs in svgs
    )
    assert "<desc" in page and "The chart&#x27;s figures" in page
    assert "The board had 4 lanes" in page


def test_consent_privacy_and_redaction(page: str) -> None:
    for secret in (
        SECRET_NAME,
        SECRET_NAME_2,
        SUPPORT_NEED,
        HIDDEN_CONTACT,
        "Secret Org Ltd",
        PRIVATE_TEXT,
        ORIGINAL_TEXT,
    ):
        assert secret not in page, secret
    assert REDACTED_TEXT in page
    # Shared contact details need consent to be named too.
    assert SHARED_CONTACT not in page
    assert "ceri@example.org" in page
    assert "Participant 2 (carer)" in page
    assert DROPPED_REASON in page


def test_draft_mark_and_print_stylesheet(multilingual: Multilingual) -> None:
    services = multilingual.services
    draft = render_html(services.sessions.record(multilingual.session))
    assert "DRAFT" in draft and "@media print" in draft
    services.sessions.mark_final(multilingual.session, "2026-11-20")
    final = render_html(services.sessions.record(multilingual.session))
    assert "DRAFT" not in final
    assert "checked by the people who took part on 20 November 2026" in final


def test_sections_switch_off_and_write_is_atomic(
    multilingual: Multilingual, tmp_path: Path
) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    folder = tmp_path / "out"
    folder.mkdir()
    options = RecordOptions().without([Section.STAY_IN_TOUCH])
    path = write_html(snapshot, folder / "record.html", options)
    written = path.read_text(encoding="utf-8")
    assert SECTION_TITLES[Section.STAY_IN_TOUCH] not in written
    assert SHARED_CONTACT not in written
    with pytest.raises(ExportCancelled):
        write_html(snapshot, folder / "cancelled.html", cancelled=lambda: True)
    assert [p.name for p in folder.iterdir()] == ["record.html"]


def test_demo_html_carries_every_note(demo: tuple[Services, list[int]]) -> None:
    services, sessions = demo
    page = render_html(services.sessions.record(sessions[0]))
    outline = parse(page)
    for note in services.sessions.board(sessions[0]).notes:
        assert note.public_text in outline.texts
    assert "Tariq Hussain" not in page


def test_a_paragraph_starts_its_table_cell_at_the_top_of_its_row(page: str) -> None:
    # "What happened" opens with a <p>: its default top margin would drop it a line below
    # the other cells of its row.
    assert re.search(r"<td[^>]*><p", page)
    style = page[page.index("<style") : page.index("</style>")]
    assert re.search(r"td > p:first-child \{[^}]*margin-top: 0", style)
