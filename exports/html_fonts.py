"""Fonts that travel inside the HTML record: subsets of the bundled fonts its text needs.

A browser without Bengali, Urdu or emoji fonts shows boxes for them. The record embeds, as
CSS @font-face rules with data URLs, only the glyphs of only the fonts its characters need,
so a typical English record carries two small subsets and nothing more.
"""

from __future__ import annotations

import base64
import functools
import io
from collections import defaultdict

from exports import fonts
from workshop import bundled

# CSS family for each bundled font, and the weight it is declared with.
_FACES: dict[str, tuple[str, str]] = {
    fonts.BODY: ("Record Body", "normal"),
    fonts.BODY_BOLD: ("Record Body", "bold"),
    fonts.ARABIC: ("Record Arabic", "normal"),
    fonts.ARABIC_BOLD: ("Record Arabic", "bold"),
    fonts.URDU: ("Record Urdu", "normal"),
    fonts.BENGALI: ("Record Bengali", "normal"),
    fonts.BENGALI_BOLD: ("Record Bengali", "bold"),
    fonts.CJK: ("Record CJK", "normal"),
    fonts.SYMBOLS: ("Record Symbols", "normal"),
}

# The order a browser tries the embedded families in, after the body font.
FALLBACK_FAMILIES = ('"Record Arabic"', '"Record Bengali"', '"Record CJK"', '"Record Symbols"')
URDU_FAMILY = '"Record Urdu"'


def _needed(text: str) -> dict[str, set[int]]:
    """For each bundled font, the code points of text it will be asked to draw."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for char in set(text):
        if char.isspace() or not char.isprintable():
            continue
        for bold in (False, True):
            choice = fonts.choose(char, bold=bold)
            wanted[choice.font].add(ord(choice.char))
        if char in fonts.URDU_LETTERS or "\u0600" <= char <= "\u06ff":
            urdu = fonts.choose(char, urdu=True)
            wanted[urdu.font].add(ord(urdu.char))
    return wanted


# English and Welsh letters (ŵ, ŷ) and their punctuation: a record needing any of them gets
# all of them, so most records ask for the same subset, and cutting it (the slow part of
# writing a page, about a second per font) is done once per process.
_COMMON = (
    frozenset(range(0x20, 0x7F))
    | frozenset(range(0xA0, 0x100))
    | frozenset(range(0x174, 0x179))
    | frozenset(range(0x2010, 0x2027))
    | {0x20AC, 0x2122}
)


def _rounded(codes: set[int]) -> frozenset[int]:
    return frozenset(codes | _COMMON) if codes & _COMMON else frozenset(codes)


@functools.lru_cache(maxsize=32)
def _subset(font_name: str, codes: frozenset[int]) -> bytes:
    """The font cut down to these characters, with its shaping tables kept."""
    from fontTools import subset  # only an HTML export pays for importing fontTools

    options = subset.Options()
    options.layout_features = ["*"]  # joining, conjuncts and marks must survive
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    with bundled.as_path("fonts", fonts._FILES[font_name]) as path:
        font = subset.load_font(str(path), options)
    try:
        font.recalcTimestamp = False  # the same record gives the same file
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(codes))
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
    finally:
        font.close()  # fontTools reads lazily and keeps the file open until told
    return buffer.getvalue()


def font_faces(text: str) -> str:
    """CSS @font-face rules embedding what the text needs of the bundled fonts."""
    rules = []
    for font_name, codes in sorted(_needed(text).items()):
        family, weight = _FACES[font_name]
        data = base64.b64encode(_subset(font_name, _rounded(codes))).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}'
        )
    return "\n".join(rules)
