"""Registers the bundled TrueType fonts with ReportLab and picks a font for each character."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from workshop import bundled

# Family names that exporters put in their ParagraphStyles.
BODY = "Body"
BODY_BOLD = "Body-Bold"

ARABIC = "Body-Arabic"
ARABIC_BOLD = "Body-Arabic-Bold"
URDU = "Body-Urdu"
BENGALI = "Body-Bengali"
BENGALI_BOLD = "Body-Bengali-Bold"
CJK = "Body-CJK"
SYMBOLS = "Body-Symbols"

# Drawn for a character that no bundled font covers: the Unicode replacement
# character is the conventional, clearly visible "could not show this" mark.
REPLACEMENT = "\ufffd"

_FILES: dict[str, str] = {
    BODY: "NotoSans-Regular.ttf",
    BODY_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    URDU: "NotoNastaliqUrdu-Regular.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
    BENGALI_BOLD: "NotoSansBengali-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    SYMBOLS: "Symbola.ttf",
}

# Fonts whose scripts need OpenType shaping (joining, conjuncts, mark placement).
SHAPED_FONTS: frozenset[str] = frozenset({ARABIC, ARABIC_BOLD, URDU, BENGALI, BENGALI_BOLD})

# Tried in order for a character; Arabic and Urdu are swapped for Urdu text so
# shared Arabic-script letters come out in one consistent Nastaliq style.
_CHAIN_REGULAR = (BODY, ARABIC, BENGALI, CJK, SYMBOLS, URDU)
_CHAIN_BOLD = (BODY_BOLD, ARABIC_BOLD, BENGALI_BOLD, CJK, SYMBOLS, URDU)

# Letters only Urdu uses (not Arabic or Persian): their presence selects Nastaliq.
URDU_LETTERS = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c2\u06d2\u06d3")

# First code of Unicode's Supplementary Private Use Area-A.
_PRIVATE_BASE = 0xF0000

_lock = threading.Lock()
_registered = False


def _as_utf16_hex(text: str) -> str:
    """Hex UTF-16BE of text, so characters above U+FFFF become surrogate pairs."""
    return text.encode("utf-16-be").hex().upper()


def _tounicode_cmap(cmap_name: str, codes: list[str]) -> str:
    """A ToUnicode CMap mapping byte code i to the text codes[i]."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({cmap_name})",
        f"/Ordering ({cmap_name})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{cmap_name} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(codes) - 1:02X}>",
        "endcodespacerange",
    ]
    # Glyphs that carry no text of their own (the second half of a shaped
    # cluster) map to an empty string, so readers neither guess nor invent one.
    pairs = [(i, text) for i, text in enumerate(codes) if i]
    # A bfchar block may hold at most 100 entries (PDF reference, CMap syntax).
    for start in range(0, len(pairs), 100):
        block = pairs[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{i:02X}> <{_as_utf16_hex(text)}>" for i, text in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class ExtractableTTFont(TTFont):
    """A TTFont whose ToUnicode CMap lets readers copy and search the text.

    ReportLab writes each subset code's character as four hex digits, which is
    malformed for characters above U+FFFF (emoji), and it maps glyphs created by
    shaping to private-use code points. This subclass rewrites the CMap after
    ReportLab builds it: astral characters as UTF-16 surrogate pairs, shaped
    glyphs as the text they were shaped from, presentation forms as the letters.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._real_chars = frozenset(self.face.charToGlyph)
        # Codes we mint for shaped glyphs: (glyph id, text) -> code, code -> text.
        self._minted: dict[tuple[int, str], int] = {}
        self._minted_text: dict[int, str] = {}

    def code_for(self, gid: int, text: str, width: float) -> int:
        """A code that draws glyph gid and reads back as text.

        One glyph can stand for different text in different words (a Nastaliq
        letter body shared by several letters, a Bengali vowel sign drawn before
        its consonant), so codes are minted per (glyph, text) pair, from the
        supplementary private use plane that no font here maps.
        """
        key = (gid, text)
        code = self._minted.get(key)
        if code is None:
            code = _PRIVATE_BASE + len(self._minted)
            self._minted[key] = code
            self._minted_text[code] = text
            self.face.charToGlyph[code] = gid
            self.face.charWidths[code] = width
        return code

    def text_for_code(self, code: int) -> str:
        """The text a reader should get for a subset code of this font."""
        if code in self._minted_text:
            return self._minted_text[code]
        if code == 0 or code not in self._real_chars:
            # notdef, or a private code ReportLab invented for a glyph we never saw.
            return ""
        char = chr(code)
        if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            # Arabic presentation forms: readers want the underlying letters.
            return unicodedata.normalize("NFKC", char)
        return char

    def addObjects(self, doc: PDFDocument) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((_subset_tag(n), b"+", self.face.name, self.face.subfontNameX)).decode(
                "pdfdoc"
            )
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _tounicode_cmap(base, [self.text_for_code(c) for c in subset])


def _subset_tag(n: int) -> bytes:
    """ReportLab's six-letter subset prefix for subset n (same scheme as ttfonts.SUBSETN)."""
    return f"{n:06d}".encode().translate(bytes.maketrans(b"0123456789", b"ABCDEFGIJK"))


_shape_fragword = ttfonts.shapeFragWord


def _shape_each_font(word: list, *args: object, **kwargs: object) -> list:
    """ReportLab's shapeFragWord, fixed to shape per font and to keep text extractable.

    ReportLab shapes a whole word with the font of its first fragment, so a word
    such as "(عربي)" whose brackets come from another font turns into missing
    glyphs; here each font's part is shaped with that font. Then every cluster
    whose glyphs would not read back as its characters gets minted codes (see
    ExtractableTTFont.code_for), so copy and search give the typed text.
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    groups: list[list] = []
    for frag, text in word[1:]:
        if groups and groups[-1][0][0].fontName == frag.fontName:
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    total = 0.0
    pieces: list = []
    shaped = False
    for group in groups:
        width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in group)
        result = _shape_fragword([width, *group], *args, **kwargs)
        if isinstance(result, ttfonts.ShapedFragWord):
            shaped = True
            result = [result[0], *_mint_cluster_codes(group, result[1:])]
        total += result[0]
        pieces.extend(result[1:])
    cls = ttfonts.makeShapedFragWord(word) if shaped else word.__class__
    return cls([total, *pieces])


def _mint_cluster_codes(group: list, pieces: list) -> list:
    """Replace the codes of clusters that would read back wrongly with minted ones."""
    text = "".join(t for _, t in group)
    glyphs = [
        (p, i, sd.cluster)
        for p, (_, s) in enumerate(pieces)
        if isinstance(s, ttfonts.ShapedStr)
        for i, sd in enumerate(s.__shapeData__)
    ]
    starts = sorted({cluster for _, _, cluster in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    by_cluster: dict[int, list[tuple[int, int]]] = {}
    for p, i, cluster in glyphs:
        by_cluster.setdefault(cluster, []).append((p, i))
    new_chars = [list(s) for _, s in pieces]
    for cluster, members in by_cluster.items():
        logical = text[cluster : ends[cluster]]
        font = pdfmetrics.getFont(pieces[members[0][0]][0].fontName)
        if not isinstance(font, ExtractableTTFont):
            continue
        # Glyphs come in visual order and readers reverse right-to-left runs, so
        # there the logical first glyph is the last one; it carries the text.
        rtl = _is_rtl_run(pieces)
        texts = [font.text_for_code(ord(pieces[p][1][i])) for p, i in members]
        if "".join(reversed(texts) if rtl else texts) == logical:
            continue
        # Hand the characters out one per glyph in reading order, the rest to
        # the last glyph: a glyph that reads as nothing leaves a gap that
        # readers turn into a spurious space.
        order = list(reversed(members)) if rtl else members
        shares = [logical[k : k + 1] for k in range(len(order) - 1)]
        shares.append(logical[len(order) - 1 :])
        for (p, i), share in zip(order, shares, strict=True):
            old = ord(pieces[p][1][i])
            gid = font.face.charToGlyph.get(old, 0)
            width = font.face.charWidths.get(old, font.face.defaultWidth)
            new_chars[p][i] = chr(font.code_for(gid, share, width))
    return [
        (frag, ttfonts.ShapedStr("".join(chars), shapeData=s.__shapeData__))
        if isinstance(s, ttfonts.ShapedStr)
        else (frag, s)
        for (frag, s), chars in zip(pieces, new_chars, strict=True)
    ]


def _is_rtl_run(pieces: list) -> bool:
    # HarfBuzz emits right-to-left runs with their clusters descending.
    clusters = [
        sd.cluster for _, s in pieces if isinstance(s, ttfonts.ShapedStr) for sd in s.__shapeData__
    ]
    return len(clusters) > 1 and clusters[0] > clusters[-1]


_loaded: set[str] = set()


def _load(name: str) -> None:
    """Parse and register one bundled font, the first time something needs it."""
    if name in _loaded:
        return
    with _lock:
        if name in _loaded:
            return
        with bundled.as_path("fonts", _FILES[name]) as path:
            pdfmetrics.registerFont(ExtractableTTFont(name, str(path)))
        _loaded.add(name)


def loaded_fonts() -> frozenset[str]:
    """The bundled fonts parsed so far (an English record needs only the two body faces)."""
    return frozenset(_loaded)


def register_fonts() -> None:
    """Register the body fonts and the font mappings; other scripts' fonts load on first use.

    Parsing all nine bundled fonts takes about 0.2 s, and a record in English needs two.
    Safe to call any number of times.
    """
    global _registered
    if _registered:
        return
    _load(BODY)
    _load(BODY_BOLD)
    with _lock:
        if _registered:
            return
        # So <b> inside our own markup picks the bold faces.
        for regular, bold in ((BODY, BODY_BOLD), (ARABIC, ARABIC_BOLD), (BENGALI, BENGALI_BOLD)):
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        for single in (URDU, CJK, SYMBOLS):
            for bold_flag in (0, 1):
                for italic_flag in (0, 1):
                    addMapping(single, bold_flag, italic_flag, single)
        _coverage.clear()
        # Paragraph looks shapeFragWord up in its own module globals at wrap time.
        rl_paragraph.shapeFragWord = _shape_each_font
        _registered = True


def get_font(name: str) -> ExtractableTTFont:
    """The registered font object for one of this module's font names."""
    register_fonts()
    _load(name)
    font = pdfmetrics.getFont(name)
    assert isinstance(font, ExtractableTTFont)
    return font


_coverage: dict[str, frozenset[int]] = {}


def covers(font_name: str, char: str) -> bool:
    """Whether the font has a glyph for char, read from its cmap table."""
    cover = _coverage.get(font_name)
    if cover is None:
        cover = _coverage[font_name] = frozenset(get_font(font_name).face.charToGlyph)
    return ord(char) in cover


@dataclass(frozen=True)
class FontChoice:
    """How to draw one character: with which font, and as which character."""

    font: str
    char: str


def _chain(bold: bool, urdu: bool) -> Iterable[str]:
    chain = _CHAIN_BOLD if bold else _CHAIN_REGULAR
    if urdu:
        # Nastaliq first for the Arabic script, everything else unchanged.
        return (chain[0], URDU, *chain[1:-1])
    return chain


def font_for_char(char: str, *, bold: bool = False, urdu: bool = False) -> str | None:
    """The first font in the fallback chain that can draw char, or None."""
    for name in _chain(bold, urdu):
        if covers(name, char):
            return name
    return None


def choose(char: str, *, bold: bool = False, urdu: bool = False) -> FontChoice:
    """The font for char, or a visible replacement mark if no font covers it."""
    name = font_for_char(char, bold=bold, urdu=urdu)
    if name is not None:
        return FontChoice(name, char)
    fallback = font_for_char(REPLACEMENT, bold=bold) or SYMBOLS
    return FontChoice(fallback, REPLACEMENT)


def body_font(bold: bool = False) -> str:
    """The registered family name for ordinary body text."""
    register_fonts()
    return BODY_BOLD if bold else BODY
