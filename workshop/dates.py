"""Dates read from the record: one that stands for an impossible stored value is shown as such.

models.types reads a stored date that is not one (`10001-01-01`, `garbage`) as a stand-in
that computes as 1900-01-01 and whose every text reads "invalid date (10001-01-01)". Code that
decides something from a date asks `is_impossible` first; this module does not import the
model layer, so exports may use it too.
"""

from __future__ import annotations

from workshop.messages import QT_TRANSLATE_NOOP

# The app shows it translated (context "Dates"); exports and the CLI show the English.
INVALID_DATE = QT_TRANSLATE_NOOP("Dates", "invalid date ({stored})")


def is_impossible(value: object) -> bool:
    """Whether a date or time read from the record stands for a stored value that is not one."""
    return getattr(value, "impossible", False) is True


def stored_text(value: object) -> str:
    """What an impossible date held in the record, as far as it can be shown."""
    return str(getattr(value, "stored", ""))
