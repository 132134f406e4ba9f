"""A session whose agenda ends with a feedback stage, on a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.i18n import Language, Translations
from workshop.services import Services

FEEDBACK_STAGE = 6  # inserted before "Close" in the what-matters agenda


@pytest.fixture
def feedback_session(services: Services, workshop_with_session: dict[str, int]) -> int:
    session_id = workshop_with_session["session"]
    stages = [(s.name, s.kind, s.minutes) for s in services.sessions.get(session_id).stages]
    stages.insert(FEEDBACK_STAGE, ("How was today?", "feedback", 10))
    services.sessions.set_stages(session_id, stages)
    return session_id


def answer(number: int) -> dict[str, object]:
    """A plausible set of answers, varied by number."""
    return {
        "listened": 1 + number % 5,
        "mattered": "4",
        "ladder": ("told", "asked", "influenced", "designed", "decided")[number % 5],
        "change": f"Comment number {number}",
    }


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The app's translators; back to English afterwards so other tests read English."""
    translations = Translations()
    yield translations
    translations.apply(Language.ENGLISH)
    translations.deleteLater()
