"""Builds real PDFs from user text and reads them back: safety, fonts, order, extraction."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports import fonts
from exports.text import needs_shaping, rich_text, style_for, user_paragraph

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

SCRIPTS = {
    "welsh": "Mae'r ŵyl yn ŷd",
    "polish": "Zażółć gęślą jaźń łódź",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Привет мир",
    "chinese": "公共服务设计",
    "bengali": "আমরা সবাই মিলে ভালো পরিষেবা তৈরি করতে চাই",
    "arabic": "مرحبا بكم في ورشة العمل",
    "urdu": "ہم سب مل کر بہتر خدمات بنانا چاہتے ہیں",
    "emoji": "Thanks 😀 👍 🎉",
}


def build(tmp_path: Path, texts: list[str], name: str = "out.pdf") -> Path:
    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=A4).build([user_paragraph(t, STYLE) for t in texts])
    return path


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def squash(text: str) -> str:
    # Readers differ in the spaces they infer from glyph gaps and in the bidi
    # marks they add around right-to-left runs; neither is content.
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e]", "", text)


def test_markup_in_user_text_is_literal(tmp_path: Path) -> None:
    path = build(tmp_path, MARKUP)
    for reader in (pypdf_text, pdftotext):
        text = reader(path)
        for item in MARKUP:
            assert item in text, (reader.__name__, item)


def test_rich_text_escapes_before_anything_else() -> None:
    markup = rich_text('x<img src="/etc/passwd"/>&y\nz')
    assert "<img" not in markup
    assert "&lt;img" in markup
    assert "&amp;y" in markup
    assert markup.count("<br/>") == 1


@pytest.mark.parametrize("name", sorted(SCRIPTS))
def test_each_script_round_trips(tmp_path: Path, name: str) -> None:
    text = SCRIPTS[name]
    path = build(tmp_path, [text])
    # pypdf gives the text back exactly, in logical order, for every script.
    assert squash(pypdf_text(path)) == squash(text)
    if name == "urdu":
        # Nastaliq's sloping baseline puts glyphs of one word at different
        # heights, and pdftotext splits them into separate "lines"; the
        # characters are all there (ToUnicode is right) but not in order.
        assert sorted(squash(pdftotext(path))) == sorted(squash(text))
    else:
        # pdftotext writes right-to-left lines back in logical order too.
        assert squash(pdftotext(path)) == squash(text)


def test_emoji_above_bmp_extract_as_themselves(tmp_path: Path) -> None:
    path = build(tmp_path, ["a😀b 🎉"])
    assert "a😀b 🎉" in pypdf_text(path)
    assert "a😀b 🎉" in pdftotext(path)


def test_arabic_is_shaped_and_right_aligned(tmp_path: Path) -> None:
    text = SCRIPTS["arabic"]
    assert needs_shaping(text)
    assert not needs_shaping("Plain English, Ελληνικά, 中文 😀")
    style = style_for(STYLE, text)
    assert style.shaping == 1 and style.alignment == TA_RIGHT
    path = build(tmp_path, [text])
    content = pypdf.PdfReader(path).pages[0]
    fonts_used = {str(f["/BaseFont"]) for f in content["/Resources"]["/Font"].values()}
    assert any("NotoNaskhArabic" in f for f in fonts_used)
    # Shaping joins letters: joined forms are not the isolated letters' glyphs,
    # so at least some codes in the Arabic subset are minted for shaped glyphs.
    arabic = fonts.get_font(fonts.ARABIC)
    assert arabic._minted or any(
        0xFE70 <= c <= 0xFEFF for c in arabic.face.charToGlyph if c in arabic._real_chars
    )


def test_bengali_conjuncts_are_shaped(tmp_path: Path) -> None:
    text = "ক্ষমা স্ত্রী ক্রিকেট"
    path = build(tmp_path, [text])
    assert squash(pypdf_text(path)) == squash(text)
    bengali = fonts.get_font(fonts.BENGALI)
    # Conjuncts such as ক্ষ are single glyphs that ReportLab has no character for.
    assert any(text == "ক্ষ" for (_, text) in bengali._minted)


def word_boxes(path: Path) -> list[tuple[float, str]]:
    """(xMin, word) for each word pdftotext finds, as drawn: left to right, letters too."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(x), w) for x, w in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]


def test_rtl_words_are_laid_out_right_to_left(tmp_path: Path) -> None:
    first, second, third = "واحد", "اثنان", "ثلاثة"
    path = build(tmp_path, [f"{first} {second} {third}"])
    x = {drawn[::-1]: xmin for xmin, drawn in word_boxes(path)}
    # Logical first word is drawn rightmost, the last one leftmost.
    assert x[first] > x[second] > x[third]


def test_wrapped_rtl_paragraph_keeps_line_order(tmp_path: Path) -> None:
    words = [f"كلمة{n}" for n in "١٢٣٤٥٦٧٨٩"] * 6
    path = build(tmp_path, [" ".join(words)])
    lines = [line for line in pdftotext(path).splitlines() if line.strip()]
    assert len(lines) > 1
    # Wrapping happened in logical order: the top line starts the text, the
    # bottom line ends it, and every word is there once in sequence.
    assert squash(lines[0]).startswith(squash(" ".join(words[:3])))
    assert squash(lines[-1]).endswith(squash(" ".join(words[-3:])))
    assert squash("".join(lines)) == squash(" ".join(words))


def test_brackets_in_arabic_are_mirrored() -> None:
    markup = rich_text("قال (نعم) الآن")
    # Runs are emitted in drawing (left to right) order; the closing bracket of
    # the Arabic reading order is drawn on the left as "(".
    assert markup.index("(") < markup.index(")")


def test_uncovered_characters_get_a_visible_replacement(tmp_path: Path) -> None:
    path = build(tmp_path, ["Phoenician \U00010900 end"])
    text = pypdf_text(path)
    assert "\ufffd" in text and "end" in text
    content = pypdf.PdfReader(path).pages[0].get_contents().get_data()
    assert b"Helvetica" not in content  # nothing fell back to a Latin-1 font


def test_rich_text_in_exporter_markup(tmp_path: Path) -> None:
    value = "مرحبا بكم 😀 R&D"
    path = tmp_path / "label.pdf"
    para = Paragraph("<b>Owner:</b> " + rich_text(value), style_for(STYLE, value))
    SimpleDocTemplate(str(path)).build([para])
    text = pypdf_text(path)
    assert "Owner:" in text and "😀" in text and "R&D" in text and "مرحبا" in text


def test_register_fonts_is_idempotent() -> None:
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.font_for_char("ŵ") == fonts.BODY
    assert fonts.font_for_char("ب") == fonts.ARABIC
    assert fonts.font_for_char("ڈ", urdu=True) == fonts.URDU
    assert fonts.font_for_char("ক") == fonts.BENGALI
    assert fonts.font_for_char("中") == fonts.CJK
    assert fonts.font_for_char("😀") == fonts.SYMBOLS
    assert fonts.font_for_char("\U00010900") is None


def test_long_text_splits_across_pages(tmp_path: Path) -> None:
    text = "\n".join(f"سطر {n} line {n}" for n in range(200))
    path = build(tmp_path, [text])
    assert len(pypdf.PdfReader(path).pages) > 1
    assert "line 199" in pypdf_text(path)
