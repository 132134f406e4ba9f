"""Turns raw user text into safe, multilingual ReportLab markup and paragraphs."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape

import uharfbuzz as hb

# The pure-Python implementation, not the newer bidi.get_display: only this one
# mirrors brackets on right-to-left levels (Unicode bidi rule L4).
from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from exports import fonts

__all__ = ["UserParagraph", "needs_shaping", "rich_text", "style_for", "user_paragraph"]

# The features ReportLab itself asks HarfBuzz for, so our measurements and
# glyph bookkeeping see exactly the glyphs ReportLab will draw.
_HB_FEATURES = {"kern": True, "liga": True, "dlig": True}

# Explicit bidi controls are consumed by the bidi algorithm and have no glyph.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_WHITESPACE = re.compile(r"(\s+)")


def _clean(text: str) -> str:
    """Normalise user text: NFC, plain newlines, tabs as spaces, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    # Control characters (NUL, ESC, ...) are invalid in PDF text and XML markup.
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) != "Cc")


def _is_ignorable(char: str) -> bool:
    """Zero-width format characters (ZWJ, ZWNJ, variation selectors) with no glyph of their own."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


def _is_neutral(char: str) -> bool:
    """Characters that should take the font of the text around them when it can draw them."""
    category = unicodedata.category(char)
    return category[0] in "ZPNM" or category in ("Sm", "Sc", "Sk", "Cf")


@dataclass(frozen=True)
class _Script:
    """What a piece of text needs: bold faces, Nastaliq for Urdu, shaping."""

    bold: bool
    urdu: bool


def _runs(text: str, script: _Script) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs so every character gets a font that draws it."""
    chars = list(text)
    chosen: list[str | None] = [None] * len(chars)
    # Strong characters (letters, emoji) pick their font first...
    for i, char in enumerate(chars):
        if not _is_neutral(char):
            choice = fonts.choose(char, bold=script.bold, urdu=script.urdu)
            chars[i], chosen[i] = choice.char, choice.font
    # ...then digits, punctuation, spaces and marks join a neighbour's font, so
    # "(عربي)" stays one run and ReportLab shapes it as one word with one font.
    previous: str | None = None
    for i, char in enumerate(chars):
        if chosen[i] is not None:
            previous = chosen[i]
            continue
        following = next((f for f in chosen[i + 1 :] if f is not None), None)
        for candidate in (previous, following):
            if candidate is not None and fonts.covers(candidate, char):
                chosen[i] = candidate
                break
        else:
            if _is_ignorable(char):
                chars[i] = ""  # invisible anyway; a replacement mark would be noise
                chosen[i] = previous or fonts.body_font(script.bold)
            else:
                choice = fonts.choose(char, bold=script.bold, urdu=script.urdu)
                chars[i], chosen[i] = choice.char, choice.font
        previous = chosen[i]
    runs: list[tuple[str, str]] = []
    for char, font in zip(chars, chosen, strict=True):
        assert font is not None
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return [run for run in runs if run[1]]


def _script_of(text: str, bold: bool) -> _Script:
    return _Script(bold=bold, urdu=any(c in fonts.URDU_LETTERS for c in text))


def _uses_shaped_font(text: str, script: _Script) -> bool:
    return any(font in fonts.SHAPED_FONTS for font, _ in _runs(text, script))


def _hb_is_rtl(word: str) -> bool:
    """Whether HarfBuzz, as ReportLab calls it, will lay this word out right to left."""
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    return buf.direction == "rtl"


def _visual_runs(line: str, script: _Script, rtl: bool, shaped: bool) -> list[tuple[str, str]]:
    """Font runs of one already-wrapped line, in visual (left-to-right drawing) order."""
    if rtl or any(_strong_rtl(c) for c in line):
        line = get_display(line, base_dir="R" if rtl else "L")
    runs = _runs("".join(c for c in line if c not in _BIDI_CONTROLS), script)
    if not shaped:
        return runs
    # In a shaping paragraph every word, font by font, goes through HarfBuzz,
    # which itself reverses (and mirrors) right-to-left text. Pre-reverse those
    # pieces so the two reversals cancel and bidi's visual order is what shows.
    result = []
    for font, text in runs:
        pieces = _WHITESPACE.split(text)
        for i, piece in enumerate(pieces):
            if piece and not piece.isspace() and _hb_is_rtl(piece):
                pieces[i] = "".join(MIRRORED.get(c, c) for c in reversed(piece))
        result.append((font, "".join(pieces)))
    return result


def _strong_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL", "AN")


def _base_is_rtl(text: str) -> bool:
    """Base direction from the first strong character, like HTML's dir="auto"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _markup(runs: list[tuple[str, str]]) -> str:
    # Escaping happens here, on every piece of user text, before anything else
    # touches it: ReportLab must never see user text as tags or entities.
    return "".join(f'<font name="{font}">{escape(text)}</font>' for font, text in runs)


def _shape_width(font_name: str, text: str, size: float) -> float:
    """Width of text as ReportLab will draw it after shaping."""
    font = fonts.get_font(font_name)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font.hbFont(size), buf, _HB_FEATURES)
    return sum(font.pdfScale(p.x_advance) for p in buf.glyph_positions) * size / 1000


# Words repeat a great deal across a record's thousands of notes; measuring each
# distinct word once saves about a sixth of the time of a large record.
@functools.lru_cache(maxsize=65536)
def _word_width(word: str, script: _Script, size: float, shaped: bool) -> float:
    total = 0.0
    for font, text in _runs(word, script):
        if shaped and font in fonts.SHAPED_FONTS:
            total += _shape_width(font, text, size)
        else:
            total += stringWidth(text, font, size)
    return total


def _split_long_word(word: str, script: _Script, size: float, width: float) -> list[str]:
    """Break a word wider than the line between characters, never before a combining mark."""
    pieces: list[str] = []
    current = ""
    for char in word:
        attaches = unicodedata.category(char).startswith("M") or _is_ignorable(char)
        if current and not attaches and _word_width(current + char, script, size, False) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _wrap(line: str, script: _Script, size: float, widths: list[float], shaped: bool) -> list[str]:
    """Greedy line breaking in logical order, measuring words as they will be drawn."""
    words = line.split(" ")
    space = stringWidth(" ", fonts.body_font(script.bold), size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0

    def width_now() -> float:
        return widths[min(len(lines), len(widths) - 1)]

    for word in words:
        word_width = _word_width(word, script, size, shaped)
        extra = word_width + (space if current else 0.0)
        if current and used + extra > width_now():
            lines.append(" ".join(current))
            current, used = [], 0.0
            extra = word_width
        if not current and word_width > width_now():
            *full, word = _split_long_word(word, script, size, width_now())
            lines.extend(full)
            word_width = extra = _word_width(word, script, size, shaped)
        current.append(word)
        used += extra
    lines.append(" ".join(current))
    return lines


def needs_shaping(text: str, *, bold: bool = False) -> bool:
    """Whether text contains a script (Arabic, Urdu, Bengali) that must be shaped to be readable."""
    fonts.register_fonts()
    cleaned = _clean(text)
    return _uses_shaped_font(cleaned, _script_of(cleaned, bold))


def rich_text(text: str, *, bold: bool = False) -> str:
    """Safe Paragraph markup for user text: escaped, per-script fonts, newlines as <br/>.

    Each line is put in visual order for right-to-left scripts, which is right as
    long as the line does not wrap; use user_paragraph() for text that may wrap.
    Use with a style from style_for() so complex scripts get shaped.
    """
    fonts.register_fonts()
    cleaned = _clean(text)
    script = _script_of(cleaned, bold)
    shaped = _uses_shaped_font(cleaned, script)
    rtl = _base_is_rtl(cleaned)
    return "<br/>".join(
        _markup(_visual_runs(line, script, rtl, shaped)) for line in cleaned.split("\n")
    )


def style_for(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """A copy of style set up for this user text: bundled fonts, shaping, RTL alignment, leading."""
    fonts.register_fonts()
    cleaned = _clean(text)
    bold = "bold" in style.fontName.lower()
    script = _script_of(cleaned, bold)
    shaped = _uses_shaped_font(cleaned, script)
    changes: dict[str, object] = {
        "fontName": fonts.body_font(bold),
        # Shaping is several times slower, so only paragraphs that need it pay.
        "shaping": 1 if shaped else 0,
    }
    if _base_is_rtl(cleaned) and style.alignment != TA_CENTER:
        changes["alignment"] = TA_RIGHT
    if script.urdu:
        # Nastaliq letters reach far above and below the line.
        changes["leading"] = max(style.leading, style.fontSize * 2.2)
    return ParagraphStyle(f"{style.name}+user", parent=style, **changes)


class UserParagraph(Flowable):
    """A Paragraph of user text that wraps in logical order, then lays each line out visually."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        fonts.register_fonts()
        self.text = _clean(text)
        self.style = style_for(style, self.text)
        self._script = _script_of(self.text, "bold" in self.style.fontName.lower())
        self._shaped = bool(self.style.shaping)
        self._rtl = _base_is_rtl(self.text)
        self._built_for: float | None = None
        self._inner: Paragraph | None = None

    def _build(self, avail_width: float) -> Paragraph:
        if self._inner is not None and self._built_for == avail_width:
            return self._inner
        style = self.style
        # Half a point of slack so rounding never makes ReportLab re-break our lines.
        width = avail_width - style.leftIndent - style.rightIndent - 0.5
        widths = [width - style.firstLineIndent, width]
        lines: list[str] = []
        for hard_line in self.text.split("\n"):
            lines.extend(_wrap(hard_line, self._script, style.fontSize, widths, self._shaped))
        markup = "<br/>".join(
            _markup(_visual_runs(line, self._script, self._rtl, self._shaped)) for line in lines
        )
        self._inner = Paragraph(markup, style)
        self._built_for = avail_width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._build(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._build(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None, "wrap() must run before draw()"
        self._inner.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


def user_paragraph(text: str, style: ParagraphStyle) -> UserParagraph:
    """The flowable every exporter should use for a block of user-written text."""
    return UserParagraph(text, style)
