"""Writes a workshop's actions as CSV for officers' trackers: consent-respecting and formula-safe.

Encoding: UTF-8 with a byte-order mark. Without the mark, Excel on Windows reads a CSV as the
local code page and turns "ŵ", "ż" or "—" into mojibake; LibreOffice, Numbers, Google Sheets and
Python's csv module (with encoding="utf-8-sig") all accept the mark. Lines end with CRLF as in
RFC 4180, and every cell a spreadsheet could run as a formula is neutralised.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from workshop.identity import public_name
from workshop.views import ActionView, ParticipantView, SessionView
from workshop.vocabulary import ActionStatus

COLUMNS: tuple[str, ...] = (
    "id",
    "session",
    "title",
    "description",
    "owner",
    "co_lead",
    "due",
    "status",
    "agreed_by",
    "jointly_agreed",
    "source_note_count",
    "latest_update",
    "latest_update_date",
    "dropped_reason",
)

ENCODING = "utf-8-sig"

# A spreadsheet treats a cell starting with these as a formula (or, for tab and CR, may shift it
# so the next character starts one). Full-width forms are included because some spreadsheets
# normalise them to their ASCII twins before parsing.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def neutralise(cell: str) -> str:
    """Prefix a cell that a spreadsheet would run as a formula with a quote, so it stays text."""
    if cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell


def action_rows(
    actions: Iterable[ActionView],
    sessions: Mapping[int, SessionView],
    participants: Iterable[ParticipantView],
    merged_roles: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """One row of text cells per action, in COLUMNS order, people shown by the consent rules."""
    people = {person.id: person for person in participants}

    def shown(person_id: int | None) -> str:
        if person_id is None:
            return ""
        # Someone removed from the register is shown without a name, never by a stale one.
        return public_name(people.get(person_id), "", merged_roles)

    rows = []
    for action in actions:
        session = sessions.get(action.session_id)
        latest = action.latest_update
        cells = [
            str(action.id),
            _session_label(session),
            action.title,
            action.description,
            shown(action.owner_id),
            shown(action.co_lead_id),
            action.due.isoformat() if action.due else "",
            action.status,
            "; ".join(shown(person_id) for person_id in action.agreed_by),
            "yes" if action.jointly_agreed else "no",
            str(len(action.source_note_ids)),
            latest.text if latest else "",
            latest.date.isoformat() if latest else "",
            action.dropped_reason if action.status is ActionStatus.DROPPED else "",
        ]
        rows.append([neutralise(cell) for cell in cells])
    return rows


def actions_csv(
    actions: Sequence[ActionView],
    sessions: Mapping[int, SessionView],
    participants: Iterable[ParticipantView],
    merged_roles: frozenset[str] = frozenset(),
) -> bytes:
    """The whole file: header row, one row per action, encoded for spreadsheets."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(action_rows(actions, sessions, participants, merged_roles))
    return buffer.getvalue().encode(ENCODING)


def _session_label(session: SessionView | None) -> str:
    if session is None:
        return ""
    if session.date is None:
        return session.title
    return f"{session.date.isoformat()} {session.title}"
