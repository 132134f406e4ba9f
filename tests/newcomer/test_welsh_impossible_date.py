"""An impossible stored date reads as such in Welsh too, where the app shows it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from models.types import ImpossibleDate
from ui.i18n import Language, Translations
from ui.labels import date_text, day_text
from ui.sidebar import session_label
from workshop.services import Services


def test_an_impossible_date_reads_in_welsh(
    translations: Translations, services: Services, workshop_with_session: dict[str, int]
) -> None:
    stored = ImpossibleDate("10001-01-01")
    session = services.sessions.get(workshop_with_session["session"])
    impossible = dataclasses.replace(session, date=stored)
    assert day_text(stored) == "invalid date (10001-01-01)"
    assert translations.apply(Language.WELSH)
    assert day_text(stored) == "dyddiad annilys (10001-01-01)"
    assert date_text(stored, "d MMMM yyyy") == "dyddiad annilys (10001-01-01)"
    assert session_label(impossible).startswith("⚠ dyddiad annilys (10001-01-01)")
    # A real date is untouched by it.
    assert day_text(dt.date(2026, 12, 6)) == "2026-12-06"
