"""The symbols shipped for Easy Read points (a curated set of OpenMoji, CC BY-SA 4.0).

`resources/symbols/index.json` lists them with English and Welsh keywords; each has an SVG and
a PNG pre-rendered by `resources/symbols/render_symbols.py` (ReportLab draws PNG, not SVG).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from workshop import bundled

# The credit every record with these pictures carries (the licence asks for it).
CREDIT_EN = (
    "Pictures: OpenMoji, the open-source emoji and icon project (openmoji.org). "
    "Licence: CC BY-SA 4.0."
)
CREDIT_CY = (
    "Lluniau: OpenMoji, y prosiect emoji ac eiconau cod agored (openmoji.org). "
    "Trwydded: CC BY-SA 4.0."
)

# Used for a point whose facilitator chose no picture: every point has a picture on its left.
DEFAULT_MESSAGE = "1F4AC"  # speech balloon
DEFAULT_ACTION = "2705"  # tick


@dataclass(frozen=True, slots=True)
class Symbol:
    file: str  # the OpenMoji code-point name, e.g. "1F68C"
    en: str
    cy: str
    keywords_en: tuple[str, ...]
    keywords_cy: tuple[str, ...]

    def name(self, language: str) -> str:
        return self.cy if language == "cy" else self.en


@cache
def all_symbols() -> tuple[Symbol, ...]:
    rows = json.loads(bundled.read_text("symbols", "index.json"))
    return tuple(
        Symbol(r["file"], r["en"], r["cy"], tuple(r["keywords_en"]), tuple(r["keywords_cy"]))
        for r in rows
    )


@cache
def _by_file() -> dict[str, Symbol]:
    return {s.file: s for s in all_symbols()}


def find(file: str) -> Symbol | None:
    """The shipped symbol with that name, or None."""
    return _by_file().get(file)


def search(query: str, language: str = "en") -> list[Symbol]:
    """Symbols whose keywords (English or Welsh) start with the query's words.

    Matches in the chosen language come first; an empty query lists every symbol.
    """
    wanted = query.casefold().split()
    if not wanted:
        return list(all_symbols())

    def matches(keywords: tuple[str, ...]) -> bool:
        words = [w for k in keywords for w in k.casefold().replace("-", " ").split()]
        phrases = [k.casefold() for k in keywords]
        return all(
            any(w.startswith(part) for w in words) or any(part in p for p in phrases)
            for part in wanted
        )

    first, second = [], []
    for symbol in all_symbols():
        own, other = (
            (symbol.keywords_cy, symbol.keywords_en)
            if language == "cy"
            else (symbol.keywords_en, symbol.keywords_cy)
        )
        if matches(own):
            first.append(symbol)
        elif matches(other):
            second.append(symbol)
    return first + second


def png(file: str) -> bytes:
    """The symbol's picture as PNG bytes (240 pixels square)."""
    if find(file) is None:
        raise KeyError(file)
    return bundled.entry("symbols", "png", f"{file}.png").read_bytes()


def svg(file: str) -> bytes:
    if find(file) is None:
        raise KeyError(file)
    return bundled.entry("symbols", "svg", f"{file}.svg").read_bytes()


__all__ = [
    "CREDIT_CY",
    "CREDIT_EN",
    "DEFAULT_ACTION",
    "DEFAULT_MESSAGE",
    "Symbol",
    "all_symbols",
    "find",
    "png",
    "search",
    "svg",
]
