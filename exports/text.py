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
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
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
# Whitespace that ReportLab's Paragraph collapses between words: every space but no-break space.
_COLLAPSIBLE = re.compile(r"[^\S\u00a0]+")
# Control characters (category Cc) other than the newline.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# ReportLab's own layout tolerance.
_FUZZ = 1e-6


def _clean(text: str) -> str:
    """Normalise user text: NFC, plain newlines, tabs as spaces, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    # Control characters (NUL, ESC, ...) are invalid in PDF text and XML markup.
    return _CONTROLS.sub("", text)


# Called for every character of every note: each answer is cached, as there are few distinct ones.
@functools.lru_cache(maxsize=8192)
def _is_ignorable(char: str) -> bool:
    """Zero-width format characters (ZWJ, ZWNJ, variation selectors) with no glyph of their own."""
    return unicodedata.category(char) == "Cf" or 0xFE00 <= ord(char) <= 0xFE0F


@functools.lru_cache(maxsize=8192)
def _is_neutral(char: str) -> bool:
    """Characters that should take the font of the text around them when it can draw them."""
    category = unicodedata.category(char)
    return category[0] in "ZPNM" or category in ("Sm", "Sc", "Sk", "Cf")


@functools.lru_cache(maxsize=16384)
def _choose(char: str, bold: bool, urdu: bool) -> fonts.FontChoice:
    return fonts.choose(char, bold=bold, urdu=urdu)


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
            choice = _choose(char, script.bold, script.urdu)
            chars[i], chosen[i] = choice.char, choice.font
    # The font of the next strong character after each position, found in one sweep.
    following: list[str | None] = [None] * len(chars)
    upcoming: str | None = None
    for i in range(len(chars) - 1, -1, -1):
        following[i] = upcoming
        upcoming = chosen[i] or upcoming
    # ...then digits, punctuation, spaces and marks join a neighbour's font, so
    # "(عربي)" stays one run and ReportLab shapes it as one word with one font.
    previous: str | None = None
    for i, char in enumerate(chars):
        if chosen[i] is not None:
            previous = chosen[i]
            continue
        for candidate in (previous, following[i]):
            if candidate is not None and fonts.covers(candidate, char):
                chosen[i] = candidate
                break
        else:
            if _is_ignorable(char):
                chars[i] = ""  # invisible anyway; a replacement mark would be noise
                chosen[i] = previous or fonts.body_font(script.bold)
            else:
                choice = _choose(char, script.bold, script.urdu)
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


@functools.lru_cache(maxsize=2)
def _plain_chars(bold: bool) -> frozenset[str]:
    """Characters that need nothing but the body font: drawn by it, left to right, unshaped.

    Text made only of these is laid out exactly as _runs would lay it out (one
    body-font run per line), so it can skip the per-character font choice.
    Format and control characters, right-to-left letters and bidi controls are
    left out, because the full path treats them specially.
    """
    face = fonts.get_font(fonts.body_font(bold)).face
    plain = {
        char
        for char in map(chr, face.charToGlyph)
        if unicodedata.category(char)[0] != "C"
        and not 0xFE00 <= ord(char) <= 0xFE0F
        and unicodedata.bidirectional(char) not in ("R", "AL", "AN")
        and char not in _BIDI_CONTROLS
    }
    return frozenset({*plain, "\n"})


@dataclass(frozen=True)
class _Needs:
    """What one block of user text needs to be drawn right."""

    script: _Script
    shaped: bool  # has runs in a font that HarfBuzz must shape
    rtl: bool  # its base direction is right to left
    plain: bool  # body font only, left to right, unshaped: every line is one run


def _needs(cleaned: str, bold: bool) -> _Needs:
    # Most notes are in a script the body font covers: one set test settles them.
    if _plain_chars(bold).issuperset(cleaned):
        return _Needs(_Script(bold=bold, urdu=False), shaped=False, rtl=False, plain=True)
    script = _script_of(cleaned, bold)
    return _Needs(
        script,
        shaped=_uses_shaped_font(cleaned, script),
        rtl=_base_is_rtl(cleaned),
        plain=False,
    )


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


def _visual_runs(line: str, needs: _Needs) -> list[tuple[str, str]]:
    """Font runs of one already-wrapped line, in visual (left-to-right drawing) order."""
    if needs.plain:
        return [(fonts.body_font(needs.script.bold), line)] if line else []
    script, rtl, shaped = needs.script, needs.rtl, needs.shaped
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


@functools.lru_cache(maxsize=65536)
def _space_after(word: str, script: _Script, size: float) -> float:
    """Width of the space after word as drawn: spaces take the font of the text before them."""
    runs = _runs(word + " ", script)
    font = runs[-1][0] if runs else fonts.body_font(script.bold)
    return stringWidth(" ", font, size)


def _fitting_prefix(word: str, script: _Script, size: float, width: float) -> tuple[str, str]:
    """The longest start of a too-wide word that fits width (at least one character), and the rest.

    Never breaks before a combining mark or a zero-width character.
    """
    current = ""
    for index, char in enumerate(word):
        attaches = unicodedata.category(char).startswith("M") or _is_ignorable(char)
        if current and not attaches and _word_width(current + char, script, size, False) > width:
            return current, word[index:]
        current += char
    return current, ""


# A line may end after a hyphen or dash inside a word ("Fairweather-" / "Lindqvist"), never
# after a slash: "and/or" and "<i>now</i>" are words as people typed them.
_BREAK_AFTER = frozenset("-\u2010\u2013\u2014")
# In a token too wide for its column (an address, a link), before these as a last resort.
_BREAK_BEFORE = frozenset("@.?&=_/")


def _hyphen_prefix(
    word: str, script: _Script, size: float, width: float, *, wide: bool = False
) -> tuple[str, str]:
    """The longest start of word that ends at a hyphen (or, if wide, before @ . and the like)
    and fits width, and the rest; ("", word) where there is none."""
    best = ""
    for index in range(1, len(word)):
        after = word[index - 1] in _BREAK_AFTER
        before = wide and word[index] in _BREAK_BEFORE
        if not (after or before):
            continue
        head = word[:index]
        if _word_width(head, script, size, False) > width:
            break
        best = head
    return (best, word[len(best) :]) if best else ("", word)


def _wrap(
    line: str, needs: _Needs, size: float, widths: list[float], *, drawn_spaces: bool = False
) -> list[str]:
    """Greedy line breaking in logical order, measuring words as they will be drawn.

    With drawn_spaces, each space is measured in the font it will be drawn in
    (our own drawing); otherwise in the body font, as ReportLab's re-check after
    shaping has always been given.
    """
    script, shaped = needs.script, needs.shaped
    words = line.split(" ")
    body_space = stringWidth(" ", fonts.body_font(script.bold), size)
    per_word_space = drawn_spaces and not needs.plain
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    space = body_space

    def width_now() -> float:
        return widths[min(len(lines), len(widths) - 1)]

    for word in words:
        word_width = _word_width(word, script, size, shaped)
        extra = word_width + (space if current else 0.0)
        if current and used + extra > width_now():
            # A hyphenated word may end this line at one of its hyphens.
            room = width_now() - used - space
            head, rest = ("", word) if shaped else _hyphen_prefix(word, script, size, room)
            if head:
                current.append(head)
                word = rest
                word_width = _word_width(word, script, size, shaped)
            lines.append(" ".join(current))
            current, used = [], 0.0
            extra = word_width
        # A word wider than a line breaks at a hyphen where it can, else (an address, a long
        # number) between characters, each piece as wide as its own line allows.
        while not current and word_width > width_now():
            head, rest = (
                ("", word) if shaped else _hyphen_prefix(word, script, size, width_now(), wide=True)
            )
            if not head:
                head, rest = _fitting_prefix(word, script, size, width_now())
            if not rest:
                break
            lines.append(head)
            word = rest
            word_width = extra = _word_width(word, script, size, shaped)
        current.append(word)
        used += extra
        if per_word_space:
            space = _space_after(word, script, size)
    lines.append(" ".join(current))
    return lines


def needs_shaping(text: str, *, bold: bool = False) -> bool:
    """Whether text contains a script (Arabic, Urdu, Bengali) that must be shaped to be readable."""
    fonts.register_fonts()
    return _needs(_clean(text), bold).shaped


def rich_text(text: str, *, bold: bool = False) -> str:
    """Safe Paragraph markup for user text: escaped, per-script fonts, newlines as <br/>.

    Each line is put in visual order for right-to-left scripts, which is right as
    long as the line does not wrap; use user_paragraph() for text that may wrap.
    Use with a style from style_for() so complex scripts get shaped.
    """
    fonts.register_fonts()
    cleaned = _clean(text)
    needs = _needs(cleaned, bold)
    return "<br/>".join(_markup(_visual_runs(line, needs)) for line in cleaned.split("\n"))


def style_for(style: ParagraphStyle, text: str) -> ParagraphStyle:
    """A copy of style set up for this user text: bundled fonts, shaping, RTL alignment, leading."""
    fonts.register_fonts()
    bold = "bold" in style.fontName.lower()
    return _user_style(style, _needs(_clean(text), bold))


# Thousands of notes share a handful of styles: derive each variant once. The
# cache holds the base style itself, so an id is never reused while cached.
@functools.lru_cache(maxsize=512)
def _user_style(style: ParagraphStyle, needs: _Needs) -> ParagraphStyle:
    changes: dict[str, object] = {
        "fontName": fonts.body_font(needs.script.bold),
        # Shaping is several times slower, so only paragraphs that need it pay.
        "shaping": 1 if needs.shaped else 0,
    }
    if needs.rtl and style.alignment != TA_CENTER:
        changes["alignment"] = TA_RIGHT
    if needs.script.urdu:
        # Nastaliq letters reach far above and below the line.
        changes["leading"] = max(style.leading, style.fontSize * 2.2)
    return ParagraphStyle(f"{style.name}+user", parent=style, **changes)


def _draws_directly(style: ParagraphStyle) -> bool:
    """Whether a style asks for nothing _DrawnText cannot draw (shaping, boxes, justifying)."""
    return (
        not style.shaping
        and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
        and not style.backColor
        and not (style.borderWidth and style.borderColor)
        and not style.wordWrap
        and not style.textTransform
        and not style.endDots
        and not getattr(style, "autoLeading", "")
        and not getattr(style, "underline", False)
        and not getattr(style, "strike", False)
    )


@dataclass(frozen=True)
class _Line:
    """One laid-out line: its font runs in drawing order, and their width."""

    runs: tuple[tuple[str, str], ...]
    width: float


class _DrawnText(Flowable):
    """Already-broken lines of unshaped user text, drawn with the canvas's text operators.

    This is what a Paragraph would draw for the same lines (same baselines,
    alignment, splitting rules), without parsing markup or breaking lines again:
    user text never passes through a markup parser on this path at all.
    """

    def __init__(self, lines: list[_Line], style: ParagraphStyle, *, first: bool = True) -> None:
        super().__init__()
        self.lines = lines
        self.style = style
        self._first = first  # whether the first line is the text's first (firstLineIndent)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Paragraph.split's rules, so page and cell breaks fall where they always did.
        style = self.style
        if not self.lines or availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        fits = int(availHeight / style.leading)
        if (not style.allowOrphans and fits <= 1) or fits == 0:
            return []
        count = len(self.lines)
        if count <= fits:
            return [self]
        if not style.allowWidows and count == fits + 1:
            if (style.allowOrphans and count == 3) or count > 3:
                fits -= 1
            else:
                return []
        return [
            _DrawnText(self.lines[:fits], style, first=self._first),
            _DrawnText(self.lines[fits:], style, first=False),
        ]

    def draw(self) -> None:
        canvas = self.canv
        style = self.style
        size = style.fontSize
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        text = canvas.beginText()
        current_font = None
        y = self.height - size  # where Paragraph puts the first baseline
        for index, line in enumerate(self.lines):
            indent = style.firstLineIndent if index == 0 and self._first else 0.0
            x = style.leftIndent + indent
            room = self.width - style.leftIndent - style.rightIndent - indent
            if style.alignment == TA_RIGHT:
                x += room - line.width
            elif style.alignment == TA_CENTER:
                x += (room - line.width) / 2
            if line.runs:
                text.setTextOrigin(x, y)
                for font, piece in line.runs:
                    if font != current_font:
                        text.setFont(font, size)
                        current_font = font
                    text.textOut(piece)
            y -= style.leading
        canvas.drawText(text)
        canvas.restoreState()


def _drawn_lines(lines: list[str], needs: _Needs, size: float) -> list[_Line]:
    result = []
    for line in lines:
        # Runs of spaces count as one between words, and none at either end of a
        # line, as in a Paragraph; no-break spaces are kept as typed.
        runs = _visual_runs(_COLLAPSIBLE.sub(" ", line).strip(" "), needs)
        width = sum(stringWidth(piece, font, size) for font, piece in runs)
        result.append(_Line(tuple(runs), width))
    # A Paragraph shows no line for a final line break, nor for an empty text.
    if result and not result[-1].runs:
        result.pop()
    if len(result) == 1 and not result[0].runs:
        result.pop()
    return result


class UserParagraph(Flowable):
    """User text that wraps in logical order, then lays each line out visually.

    Text that needs no shaping is drawn line by line on the canvas (_DrawnText);
    Arabic, Urdu and Bengali go through a shaping Paragraph. Either way every
    line is broken here, measuring words as they will be drawn.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        fonts.register_fonts()
        self.text = _clean(text)
        self._needs = _needs(self.text, "bold" in style.fontName.lower())
        self.style = _user_style(style, self._needs)
        self._direct = _draws_directly(self.style)
        self._built_for: float | None = None
        self._inner: Flowable | None = None

    def _build(self, avail_width: float) -> Flowable:
        if self._inner is not None and self._built_for == avail_width:
            return self._inner
        style = self.style
        needs = self._needs
        # Half a point of slack so rounding never makes ReportLab re-break our lines.
        width = avail_width - style.leftIndent - style.rightIndent - 0.5
        widths = [width - style.firstLineIndent, width]
        lines: list[str] = []
        for hard_line in self.text.split("\n"):
            lines.extend(_wrap(hard_line, needs, style.fontSize, widths, drawn_spaces=self._direct))
        inner: Flowable
        if self._direct:
            inner = _DrawnText(_drawn_lines(lines, needs, style.fontSize), style)
        else:
            inner = Paragraph("<br/>".join(_markup(_visual_runs(ln, needs)) for ln in lines), style)
        self._inner = inner
        self._built_for = avail_width
        return inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        inner = self._build(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._build(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._inner is not None, "wrap() must run before draw()"
        # The inner flowable sits at this one's origin, and this one's drawOn already saved the
        # canvas state: draw it in place (drawOn again would push a state and translate by 0,0
        # for each of a record's thousands of paragraphs).
        self._inner._drawOn(self.canv)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


def user_paragraph(text: str, style: ParagraphStyle) -> UserParagraph:
    """The flowable every exporter should use for a block of user-written text."""
    return UserParagraph(text, style)
