"""The bundled fonts for Qt: registered once, and the fallback chain the board and projector use.

Qt only knows the fonts in `resources/fonts` after `QFontDatabase.addApplicationFont`; without
them a bare Linux or an older Windows draws Urdu, Bengali and emoji as empty boxes. Every
family the board, the projector and snapshots draw with lists the same fallbacks, so Qt picks a
bundled font for each script instead of whatever the machine happens to have.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from workshop import bundled

log = logging.getLogger(__name__)

BODY = "Noto Sans"
# Tried in order for a character Noto Sans lacks. Naskh comes before Nastaliq: it covers every
# Urdu letter too and its lines are far shorter, which matters on a small note; Nastaliq stays
# last as a safety net, as in the PDF's chain (exports.fonts).
FALLBACKS: tuple[str, ...] = (
    "Noto Naskh Arabic",
    "Noto Sans Bengali",
    "Droid Sans Fallback",
    # Colour, and current to Unicode 15; Symbola (monochrome, 2015) covers the symbols it lacks.
    "Noto Color Emoji",
    "Symbola",
    "Noto Nastaliq Urdu",
)


_registered: tuple[str, ...] | None = None


def register() -> tuple[str, ...]:
    """Register every bundled TrueType font with Qt (once) and make them Noto Sans's fallbacks.

    Returns the families Qt now knows from them; nothing before a QGuiApplication exists (Qt's
    font database needs one), so a later call still registers them.
    """
    global _registered
    if _registered is not None:
        return _registered
    if QGuiApplication.instance() is None:
        return ()
    families: list[str] = []
    for entry in sorted(bundled.entry("fonts").iterdir(), key=lambda e: e.name):
        if not entry.name.lower().endswith(".ttf"):
            continue
        with bundled.as_path("fonts", entry.name) as path:
            font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            # A damaged file costs one script, not the whole board.
            log.warning("Qt could not load the bundled font %s", entry.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    # Code that asks for plain QFont("Noto Sans") gets the same fallbacks as font() gives, and
    # so do the panels' widgets in the system's font: where it lacks a script (Urdu on an older
    # Windows, Bengali on a bare Linux), Qt tries the bundled fonts before drawing a box.
    QFont.insertSubstitutions(BODY, list(FALLBACKS))
    system = QGuiApplication.font().family()
    if system and system != BODY:
        QFont.insertSubstitutions(system, [BODY, *FALLBACKS])
    _registered = tuple(families)
    return _registered


def chain(family: str = BODY) -> list[str]:
    """The families Qt tries for a character, in order: the chosen one, then the bundled ones."""
    return [family, *(f for f in (BODY, *FALLBACKS) if f != family)]


def font(pixel_size: int, *, bold: bool = False, family: str = BODY) -> QFont:
    """A font of the given pixel size that draws every script the bundled fonts cover."""
    register()
    result = QFont(family)
    result.setFamilies(chain(family))
    result.setPixelSize(max(1, pixel_size))
    result.setBold(bold)
    return result
