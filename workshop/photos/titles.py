"""Which board column a heading read from a flipchart names (light: no OpenCV, no models)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

# Text recognition slips a letter or two in marker writing; a heading this close still names it.
MIN_LIKENESS = 0.8


def _plain(text: str) -> str:
    """Letters and digits only, lower case, single spaces: "What works?" -> "what works"."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def column_for_heading(heading: str, titles: Mapping[int, str]) -> int | None:
    """The id of the column whose title the heading names, or None when none is close enough."""
    wanted = _plain(heading)
    if not wanted:
        return None
    best: tuple[float, int] | None = None
    for column_id, title in titles.items():
        likeness = difflib.SequenceMatcher(None, wanted, _plain(title)).ratio()
        if likeness >= MIN_LIKENESS and (best is None or likeness > best[0]):
            best = (likeness, column_id)
    return best[1] if best is not None else None
