"""A record made from an imported file says what the exported one said: amended, not recorded."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from exports.editions import edition_options
from exports.html import render_html
from exports.record_content import long_date
from tests.interchange.test_roundtrip import _minimal
from workshop.errors import ImportRefused
from workshop.services import Services
from workshop.storage import open_database


def _record_text(services: Services, session_id: int) -> str:
    snapshot = services.sessions.record(session_id)
    page = render_html(snapshot, edition_options(snapshot))
    return " ".join(re.sub(r"<[^>]+>", " ", page).replace("&#x27;", "'").split())


def test_an_amended_final_record_is_still_amended_after_a_round_trip(
    services: Services, tmp_path: Path
) -> None:
    workshop = services.workshops.create("Library services")
    session = services.sessions.create(workshop.id, "Opening hours", date="2026-11-03")
    services.sessions.mark_final(session.id, "2026-11-10", checked_by="Riverside Carers' Forum")
    services.sessions.reopen(session.id)
    services.sessions.mark_final(session.id, "2026-11-20", checked_by="Riverside Carers' Forum")
    amended = services.sessions.get(session.id).amended_on
    assert amended == (dt.date.today(),)

    document = services.interchange.export_text(workshop.id)
    assert json.loads(document)["workshop"]["sessions"][0]["amended_on"] == [
        dt.date.today().isoformat()
    ]
    other = Services(open_database(tmp_path / "other.sqlite3"))
    imported = other.interchange.import_workshop(document)
    imported_session = other.sessions.list(imported.id)[0]
    assert imported_session.amended_on == amended
    text = _record_text(other, imported_session.id)
    day = long_date(dt.date.today())
    assert (
        f"Final record, checked by Riverside Carers' Forum on 20 November 2026. Amended on {day}."
        in text
    )
    # And it goes out again as it came in.
    assert other.interchange.export_text(imported.id) == document


def test_a_file_with_no_stage_or_level_reads_not_recorded(services: Services) -> None:
    workshop = services.interchange.import_workshop(json.dumps(_minimal()))
    session = services.sessions.list(workshop.id)[0]
    assert session.design_stage is None and session.involvement is None
    text = _record_text(services, session.id)
    assert "Design stage Not recorded" in text
    assert "Level of involvement Not recorded" in text
    assert "Discover" not in text and "Co-design" not in text
    assert "Amended" not in text


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2026-11-20", "sessions[0].amended_on: expected a list of dates YYYY-MM-DD"),
        (["2026-11-20", "20/11/2026"], 'sessions[0].amended_on[1]: "20/11/2026" is not a date'),
    ],
)
def test_a_bad_amended_on_is_refused_naming_the_place(
    services: Services, value: object, message: str
) -> None:
    document = _minimal()
    document["workshop"]["sessions"][0]["amended_on"] = value
    with pytest.raises(ImportRefused) as refusal:
        services.interchange.import_workshop(json.dumps(document))
    assert message in str(refusal.value)
