"""A consent matrix: people across every role and consent choice, and checks of exported bytes.

Reusable for every export format: build the matrix once, export, then call `assert_consent` on
the exported bytes (or on the text extracted from a PDF, encoded as UTF-8) with the
expectations of that export, e.g. `SHARED` for anything that leaves the organisers.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from workshop.services import Services
from workshop.vocabulary import ROLE_LABELS, Role


@dataclass(frozen=True)
class MatrixPerson:
    id: int
    number: int
    name: str
    role: str
    organisation: str
    consent_named: bool
    consent_contact: bool
    consent_share_contact: bool
    contact: str
    support_needs: str
    # Structured access needs and their free-text notes: special-category, like support needs.
    access_need: str = ""
    access_note: str = ""

    @property
    def pseudonym(self) -> str:
        return f"Participant {self.number} ({ROLE_LABELS[Role(self.role)]})"


@dataclass(frozen=True)
class ConsentMatrix:
    workshop_id: int
    session_id: int
    people: tuple[MatrixPerson, ...]


Rule = Callable[[MatrixPerson], bool]


@dataclass(frozen=True)
class Expectations:
    """For each kind of personal detail, whether a person's may appear in the export.

    A detail that may appear must appear too (otherwise the export would be hiding people who
    agreed to be shown, or the check would be passing on an empty file).
    """

    name: Rule
    organisation: Rule
    contact: Rule
    support_needs: Rule
    pseudonym: Rule
    access_needs: Rule = field(default=lambda _p: False)


def _never(_person: MatrixPerson) -> bool:
    return False


# Anything shared beyond the organisers: anonymised interchange, the PDF/HTML record, CSV.
SHARED = Expectations(
    name=lambda p: p.consent_named,
    organisation=lambda p: p.consent_named,
    contact=lambda p: p.consent_named and p.consent_share_contact,
    support_needs=_never,
    pseudonym=lambda p: not p.consent_named,
)


def access_export_for(person_id: int) -> Expectations:
    """One person's own data: everything of theirs, nothing identifying anyone else."""

    def mine(p: MatrixPerson) -> bool:
        return p.id == person_id

    return Expectations(
        name=mine,
        organisation=mine,
        contact=mine,
        support_needs=mine,
        pseudonym=lambda p: mine(p) and not p.consent_named,
        access_needs=mine,
    )


ROLES = tuple(Role)
# A non-ASCII letter in every name, so exporters' escaping is covered by the byte search too.
_FIRST = ("Siân", "Ōtis", "Zofia", "Renée")


def build(services: Services) -> ConsentMatrix:
    """A workshop with one session and a person for every role x (named?) x (share contact?).

    Each person attends, writes a note that names nobody, and votes; consent to be contacted
    varies too. Every personal detail is a distinctive string found nowhere else.
    """
    workshop = services.workshops.create("Consent matrix", "Matrix Council")
    session = services.sessions.create_from_template(
        workshop.id, "what-matters", "Matrix session", date="2026-11-02"
    )
    column = services.board.columns(session.id)[0]
    people = []
    for index, (role, named, share) in enumerate(
        itertools.product(ROLES, (False, True), (False, True))
    ):
        tag = f"{role.value[:4]}{int(named)}{int(share)}"
        view = services.participants.add(
            workshop.id,
            f"{_FIRST[index % 4]} Quorvath-{tag}",
            role.value,
            organisation=f"Orgvane-{tag}",
            consent_named=named,
            consent_contact=index % 3 == 0,
            consent_share_contact=share,
            contact=f"mailbox-{tag}@example.org",
            support_needs=f"Needsvane-{tag} hearing loop",
            attending_session_id=session.id,
        )
        need = services.access.add_need(
            view.id,
            "language_interpreter",
            detail=f"Accessvane-{tag} Tigrinya",
            asked_by="Brynmor the organiser",
        )
        note = f"Accessnote-{tag} arrives by taxi"
        services.access.set_notes(view.id, note)
        people.append(
            MatrixPerson(
                id=view.id,
                number=view.number,
                name=view.name,
                role=view.role,
                organisation=view.organisation,
                consent_named=view.consent_named,
                consent_contact=view.consent_contact,
                consent_share_contact=view.consent_share_contact,
                contact=view.contact,
                support_needs=view.support_needs,
                access_need=need.detail,
                access_note=note,
            )
        )
        services.board.add_note(
            session.id,
            column.id,
            f"Contribution number {index} about the service",
            author_id=view.id,
        )
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(session.id, vote_stage)
    notes = services.board.notes(session.id)
    for person, note in zip(people, reversed(notes), strict=True):
        services.votes.cast(session.id, person.id, note.id)
    return ConsentMatrix(workshop.id, session.id, tuple(people))


def forms(text: str) -> list[bytes]:
    """The ways a string can sit in exported bytes: UTF-8, JSON-escaped ASCII, UTF-16."""
    escaped = json.dumps(text)[1:-1]
    return list(
        dict.fromkeys(
            [
                text.encode("utf-8"),
                escaped.encode("ascii", "backslashreplace"),
                text.encode("utf-16-be"),
            ]
        )
    )


def contains(data: bytes, text: str) -> bool:
    return any(form in data for form in forms(text))


def problems(data: bytes, matrix: ConsentMatrix, expect: Expectations) -> list[str]:
    """Every way the exported bytes break the expectations, as readable lines."""
    found = []
    for person in matrix.people:
        checks = [
            ("name", person.name, expect.name(person)),
            ("organisation", person.organisation, expect.organisation(person)),
            ("contact", person.contact, expect.contact(person)),
            ("support needs", person.support_needs, expect.support_needs(person)),
            ("access need", person.access_need, expect.access_needs(person)),
            ("access note", person.access_note, expect.access_needs(person)),
            ("pseudonym", person.pseudonym, expect.pseudonym(person)),
        ]
        for what, value, allowed in checks:
            present = contains(data, value)
            if present and not allowed:
                found.append(f"{what} of participant {person.number} ({value!r}) leaked")
            if allowed and not present:
                found.append(f"{what} of participant {person.number} ({value!r}) is missing")
    return found


def assert_consent(data: bytes, matrix: ConsentMatrix, expect: Expectations) -> None:
    found = problems(data, matrix, expect)
    assert not found, "\n".join(found)
