"""Small-group detection: role groups so small that their quotes could identify the people in them.

A pseudonym does not protect the only carer in the room. Exports ask `small_role_groups` which
role labels would single people out, warn, and (if the user agrees) pass the result to
`workshop.identity` as `merged_roles`, which shows those roles as plain "participant".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from workshop import audience
from workshop.views import BoardSnapshot, NoteView, RecordSnapshot
from workshop.vocabulary import ROLE_PLURALS, Role

# Fewer people than this in a role group, and a quote may point at one of them.
SMALL_GROUP_SIZE = 3

MERGE_FLAG = "--merge-small-groups"


def _boards(
    source: BoardSnapshot | RecordSnapshot | Iterable[BoardSnapshot | RecordSnapshot],
) -> list[BoardSnapshot]:
    if isinstance(source, BoardSnapshot):
        return [source]
    if isinstance(source, RecordSnapshot):
        return [source.board]
    return [item.board if isinstance(item, RecordSnapshot) else item for item in source]


def quoted(note: NoteView) -> bool:
    """Whether a note would appear as a quote in an export: the record's rule."""
    return audience.record(note)


def small_role_groups(
    source: BoardSnapshot | RecordSnapshot | Iterable[BoardSnapshot | RecordSnapshot],
    *,
    minimum: int = SMALL_GROUP_SIZE,
) -> frozenset[str]:
    """Roles (their stored values) whose exported quotes come from a group of fewer than minimum.

    The group of a role in a session is everyone of that role who took part: those ticked as
    present, and every author of a note. Where nobody was ticked present, the whole register of
    the workshop counts instead. A quote written for a role without any known person in it
    (a scribe's "a carer said") counts as one person. For several sessions, a role is small if it
    is small in any session whose quotes appear, because each session's record stands alone.
    """
    small: set[str] = set()
    for board in _boards(source):
        quoted_roles = {note.role for note in board.notes if quoted(note)}
        if not quoted_roles:
            continue
        people: dict[str, set[int]] = defaultdict(set)
        anonymous_roles: set[str] = set()
        by_id = {person.id: person for person in board.participants}
        present = board.attendee_ids or frozenset(by_id)
        for person_id in present:
            person = by_id.get(person_id)
            if person is not None:
                people[person.role].add(person.id)
        for note in board.notes:
            if note.author_id is not None and note.author_id in by_id:
                people[by_id[note.author_id].role].add(note.author_id)
            elif note.author_id is None:
                anonymous_roles.add(note.role)
        for role in quoted_roles:
            size = len(people[role])
            if size == 0 and role in anonymous_roles:
                size = 1
            if size < minimum:
                small.add(role)
    return frozenset(small)


def merged_roles(small: frozenset[str], merge: bool) -> frozenset[str]:
    """What to hand identity.public_name as merged_roles: the small groups if merging, else none."""
    return small if merge else frozenset()


def describe_roles(roles: Iterable[str]) -> str:
    """Plain plural names of roles, in a stable order: "carers and observers"."""
    names = []
    for role in sorted(roles):
        try:
            names.append(ROLE_PLURALS[Role(role)])
        except ValueError:
            names.append("people of another role")
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def small_group_warning(roles: Iterable[str], *, cli: bool = False) -> str:
    """The warning shown before an export that would quote a small role group."""
    roles = list(roles)
    if not roles:
        return ""
    how = (
        f"add {MERGE_FLAG} to show them as 'participant'"
        if cli
        else "you can show them as 'participant' instead"
    )
    return (
        f"Quotes would come from groups of fewer than {SMALL_GROUP_SIZE} people "
        f"({describe_roles(roles)}), who may be recognised by them; {how}."
    )
