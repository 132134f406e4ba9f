"""Small-group detection: role groups so small that their quotes could identify the people in them.

A pseudonym does not protect the only carer in the room. Exports ask `small_role_groups` which
role labels would single people out, warn, and (if the user agrees) pass the result to
`workshop.identity` as `merged_roles`, which shows those roles as plain "participant".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from workshop import audience
from workshop.views import BoardSnapshot, NoteView, ParticipantView, RecordSnapshot
from workshop.vocabulary import ROLE_PLURALS, Role

# Fewer people than this in a role group, and a quote may point at one of them.
SMALL_GROUP_SIZE = 3

MERGE_FLAG = "--merge-small-groups"


def _records(
    source: BoardSnapshot | RecordSnapshot | Iterable[BoardSnapshot | RecordSnapshot],
) -> list[tuple[BoardSnapshot, RecordSnapshot | None]]:
    """Each session's board, with its whole record where given (quotes and names beyond it)."""
    items = [source] if isinstance(source, BoardSnapshot | RecordSnapshot) else list(source)
    return [
        (item.board, item) if isinstance(item, RecordSnapshot) else (item, None) for item in items
    ]


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
    Given a whole record, every role it shows counts as quoted: the earlier notes that
    "You said, we did" quotes and the owners and co-leads of actions, not only this board.
    """
    small: set[str] = set()
    for board, record in _records(source):
        by_id = {person.id: person for person in board.participants}
        shown_roles = {note.role for note in board.notes if quoted(note)}
        anonymous_roles: set[str] = set()
        if record is not None:
            shown_roles |= _roles_shown_beyond_the_board(record, by_id, anonymous_roles)
        if not shown_roles:
            continue
        people: dict[str, set[int]] = defaultdict(set)
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
        for role in shown_roles:
            size = len(people[role])
            if size == 0 and role in anonymous_roles:
                size = 1
            if size < minimum:
                small.add(role)
    return frozenset(small)


def _roles_shown_beyond_the_board(
    record: RecordSnapshot, by_id: dict[int, ParticipantView], anonymous_roles: set[str]
) -> set[str]:
    """Roles the record names outside this board's quotes: the words earlier actions answer
    ("You said, we did") and every action's owner and co-lead. Each is set beside this
    session's counts by role, so a small group there is as recognisable as one quoted here."""
    roles: set[str] = set()
    for note in record.earlier_notes:
        if quoted(note):
            roles.add(note.role)
            if note.author_id is None:
                anonymous_roles.add(note.role)
    for action in (*record.actions, *record.earlier_actions):
        for person_id in (action.owner_id, action.co_lead_id):
            person = by_id.get(person_id) if person_id is not None else None
            if person is not None:
                roles.add(person.role)
    return roles


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
