"""The text layer's fast paths: body-font text and unshaped text drawn without markup parsing."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, SimpleDocTemplate

from exports import fonts
from exports.pdf import Label, Row, user
from exports.text import UserParagraph, _clean, _needs, _plain_chars, _runs, _Script, user_paragraph

STYLE = ParagraphStyle("body", fontName="Body", fontSize=11, leading=15, spaceAfter=4)

MARKUP = [
    "<b>bold</b>",
    "<font color=red>red</font>",
    "a<b",
    "R&D",
    "5<x>7",
    "</para>",
    '<img src="/etc/passwd">',
    "&amp; &lt; &#65;",
]
BODY_FONT_TEXTS = [
    *MARKUP,
    "Mae'r ŵyl yn ŷd",
    "Zażółć gęślą jaźń — łódź",
    "Καλημέρα κόσμε",
    "Привет, мир",
    "Costs £5 (or €6) per 1½ hours; 100% “quoted”",
]


def build(path: Path, flowables: list[Flowable]) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4).build(flowables)
    return path


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdftotext(path: Path, *options: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in pypdf.PdfReader(path).pages:
        names |= {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    return names


def word_boxes(path: Path) -> list[tuple[str, float, float, int]]:
    """(word, xMin, yMin, page) for every word poppler finds."""
    html = pdftotext(path, "-bbox")
    boxes = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for x, y, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', body
        ):
            boxes.append((word, float(x), float(y), page))
    return boxes


def test_body_font_text_takes_the_fast_path_and_stays_literal(tmp_path: Path) -> None:
    for text in BODY_FONT_TEXTS:
        assert user_paragraph(text, STYLE)._needs.plain, text
    path = build(tmp_path / "fast.pdf", [user_paragraph(t, STYLE) for t in BODY_FONT_TEXTS])
    for reader in (pypdf_text, pdftotext):
        extracted = reader(path)
        for text in BODY_FONT_TEXTS:
            assert text in extracted, (reader.__name__, text)
    # Only the body font was embedded (the "+" marks embedded subsets; the
    # canvas's untouched initial Helvetica is a reference, not used for text).
    embedded = {name for name in embedded_fonts(path) if "+" in name}
    assert embedded == {next(iter(embedded))} and "NotoSans-Regular" in embedded.pop()


@pytest.mark.parametrize(
    "text",
    [
        "Please bring the خدمات leaflet",  # one Arabic word among Latin
        "Tea ☕ please",  # a symbol from the emoji font
        "中文 notes",
        "ক্ষমা first",
        "zero\u200dwidth joiner",  # format characters are dropped by the full path
        "mark\u200fhere",  # a bidi control
        "soft\u00adhyphen",
        "digits ١٢٣",  # Arabic-Indic digits are right to left
    ],
)
def test_text_needing_more_than_the_body_font_leaves_the_fast_path(text: str) -> None:
    assert not _needs(_clean(text), False).plain
    assert not _needs(_clean(text), True).plain


def test_latin_note_with_one_arabic_word_is_shaped_and_extractable(tmp_path: Path) -> None:
    text = "Please bring the خدمات leaflet to the library"
    paragraph = user_paragraph(text, STYLE)
    assert not paragraph._needs.plain and paragraph._needs.shaped
    path = build(tmp_path / "mixed.pdf", [paragraph])
    assert any("NotoNaskhArabic" in name for name in embedded_fonts(path))
    # Readers mark the right-to-left run with bidi controls; they are not content.
    squashed = re.sub(r"[\s\u200e\u200f\u202a-\u202e]", "", pdftotext(path))
    assert squashed == re.sub(r"\s", "", text)


@pytest.mark.parametrize("bold", [False, True])
def test_every_fast_character_gets_the_body_font_on_the_full_path(bold: bool) -> None:
    # The precomputed set must agree with the per-character font choice it
    # replaces, alone, between letters and at either end of a word.
    body = fonts.body_font(bold)
    script = _Script(bold=bold, urdu=False)
    for char in _plain_chars(bold) - {"\n"}:
        for text in (char, f"a{char}b", f"{char}a", f"1{char}"):
            assert _runs(text, script) == [(body, text)], hex(ord(char))


def draw_as_paragraph(text: str, style: ParagraphStyle) -> UserParagraph:
    """The same text laid out through a markup Paragraph, as every note was before."""
    flowable = user_paragraph(text, style)
    flowable._direct = False
    return flowable


LAYOUT_TEXTS = [
    "A short note",
    "A much longer note that will certainly wrap over several lines of the column "
    "because it goes on and on about carers, visits and the evening coordinator",
    "Double  spaces   inside and  at the end  ",
    "  Leading spaces",
    "First line\nSecond line\n\nAfter an empty line\n",
    "\n",
    "",
    "Averyveryveryverylongwordwithoutanyspacesthatmustbebrokenbetweencharacters" * 2,
    "No\u00a0break\u00a0spaces stay as typed",
]


@pytest.mark.parametrize(
    "style",
    [
        STYLE,
        ParagraphStyle("indented", parent=STYLE, leftIndent=12, firstLineIndent=-6),
        ParagraphStyle("centred", parent=STYLE, alignment=TA_CENTER, rightIndent=20),
        ParagraphStyle("right", parent=STYLE, alignment=TA_RIGHT, textColor="#884400"),
    ],
    ids=lambda s: s.name,
)
def test_drawn_text_lands_where_a_paragraph_put_it(tmp_path: Path, style: ParagraphStyle) -> None:
    narrow = 180.0

    def story(make: Callable[[str, ParagraphStyle], UserParagraph]) -> list[Flowable]:
        return [Row([make(text, style)], [narrow]) for text in LAYOUT_TEXTS]

    fast = build(tmp_path / "fast.pdf", story(user_paragraph))
    slow = build(tmp_path / "slow.pdf", story(draw_as_paragraph))
    fast_words, slow_words = word_boxes(fast), word_boxes(slow)
    assert [w for w, *_ in fast_words] == [w for w, *_ in slow_words]
    for (word, x1, y1, p1), (_, x2, y2, p2) in zip(fast_words, slow_words, strict=True):
        assert (p1, round(y1, 1)) == (p2, round(y2, 1)), word
        assert abs(x1 - x2) < 0.05, word


def test_long_body_text_splits_across_pages_without_losing_lines(tmp_path: Path) -> None:
    text = "\n".join(f"Line {n} of a very long note" for n in range(200))
    paragraph = user_paragraph(text, STYLE)
    assert paragraph._needs.plain
    path = build(tmp_path / "long.pdf", [paragraph])
    assert len(pypdf.PdfReader(path).pages) > 1
    lines = [line for line in pdftotext(path).splitlines() if line.startswith("Line ")]
    assert lines == [f"Line {n} of a very long note" for n in range(200)]


def test_a_row_never_splits_leaving_its_text_cell_empty() -> None:
    long_text = " ".join(["neighbourhood respite coordinator"] * 30)
    widths = [40.0, 200.0, 120.0]
    row = Row([Label("C1", bold=True), [user(long_text, "cell")], user("Person 1", "cell")], widths)
    # Room for the reference and the contributor, but not for two lines of the note.
    assert row.split(sum(widths), 25.0) == []
    first, rest = row.split(sum(widths), 80.0)
    first.wrap(sum(widths), 80.0)
    assert first.height <= 80.0
    assert all(cell for cell in first.cells) and rest.cells[1]
