"""How a person is shown outside the app: named only with consent, otherwise a stable pseudonym.

Every path that leaves the app (PDF, HTML, CSV, shared JSON, the phones' API) uses these.
"""

from __future__ import annotations

from collections.abc import Callable

from workshop.views import ParticipantView
from workshop.vocabulary import NOT_RECORDED_LABEL, NOT_RECORDED_ROLE, ROLE_LABELS, Role

GENERIC_ROLE_LABEL = "participant"

# Puts the fixed English words of a public name into the language of what is being written
# (a Welsh record passes its catalogue); people's names are never passed through it.
Words = Callable[[str], str]


def _english(words: str) -> str:
    return words


def role_label(
    role: str, merged_roles: frozenset[str] = frozenset(), words: Words = _english
) -> str:
    """The plain-English role, or 'participant' where a small group's label is merged away."""
    if role in merged_roles:
        return words(GENERIC_ROLE_LABEL)
    if role == NOT_RECORDED_ROLE:
        return words(NOT_RECORDED_LABEL)
    try:
        return words(ROLE_LABELS[Role(role)])
    except ValueError:
        return words(GENERIC_ROLE_LABEL)


def pseudonym(
    person: ParticipantView, merged_roles: frozenset[str] = frozenset(), words: Words = _english
) -> str:
    participant = words("Participant {number}").format(number=person.number)
    return f"{participant} ({role_label(person.role, merged_roles, words)})"


def public_name(
    person: ParticipantView | None,
    role: str = "",
    merged_roles: frozenset[str] = frozenset(),
    words: Words = _english,
) -> str:
    """The one decision of how a person appears in anything that leaves the app."""
    who, qualifier = public_name_parts(person, role, merged_roles, words)
    return f"{who} ({qualifier})"


def public_name_parts(
    person: ParticipantView | None,
    role: str = "",
    merged_roles: frozenset[str] = frozenset(),
    words: Words = _english,
) -> tuple[str, str]:
    """public_name as (who, what they were there as), for text already inside brackets."""
    if person is None:
        return words("Anonymous"), role_label(role, merged_roles, words)
    if person.consent_named and person.joined_from_device:
        # A name typed on a phone is a claim, not an identity, until the facilitator links it.
        return person.name, words("joined by phone")
    if person.consent_named:
        return person.name, role_label(person.role, merged_roles, words)
    participant = words("Participant {number}").format(number=person.number)
    return participant, role_label(person.role, merged_roles, words)


def public_short_name(person: ParticipantView | None, role: str = "") -> str:
    """A name for tight spaces (board notes): the name with consent, else the role alone."""
    if person is not None and person.consent_named:
        return f"{person.name} (joined by phone)" if person.joined_from_device else person.name
    label = role_label(person.role if person else role)
    return label[:1].upper() + label[1:]


def shares_contact(person: ParticipantView) -> bool:
    """Whether a person's contact details may appear in anything shared ("stay in touch").

    Both consents are needed: contact details usually carry a name, so sharing them without
    consent to be named would name the person after all.
    """
    return person.consent_named and person.consent_share_contact and bool(person.contact.strip())
