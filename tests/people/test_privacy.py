"""Small role groups: whose quotes would let them be recognised, and merging their label."""

from __future__ import annotations

from workshop import identity, privacy
from workshop.services import Services


def _people(services: Services, workshop_id: int, session_id: int, roles: dict[str, int]) -> None:
    for role, count in roles.items():
        for index in range(count):
            services.participants.add(
                workshop_id, f"{role} {index}", role, attending_session_id=session_id
            )


def test_small_role_groups_finds_roles_with_fewer_than_three_quoted(services: Services) -> None:
    workshop = services.workshops.create("Small groups")
    session = services.sessions.create(workshop.id, "S", columns=["Ideas"], date="2026-11-01")
    _people(services, workshop.id, session.id, {"carer": 2, "lived_experience": 3, "observer": 1})
    column = services.board.columns(session.id)[0]
    people = services.participants.list(workshop.id)
    for person in people:
        services.board.add_note(session.id, column.id, "A view", author_id=person.id)
    board = services.sessions.board(session.id)
    # Observers are one person, carers two: both small; lived experience three: not small.
    assert privacy.small_role_groups(board) == frozenset({"carer", "observer"})
    assert privacy.small_role_groups(services.sessions.record(session.id)) == {"carer", "observer"}

    # A role whose quotes are all private does not appear in exports, so it is not a concern.
    for note in services.board.notes(session.id):
        if note.role == "observer":
            services.board.set_note_private(note.id, True)
    assert privacy.small_role_groups(services.sessions.board(session.id)) == {"carer"}


def test_scribed_note_for_a_role_nobody_registered_counts_as_one_person(
    services: Services,
) -> None:
    workshop = services.workshops.create("Scribed")
    session = services.sessions.create(workshop.id, "S", columns=["Ideas"], date="2026-11-01")
    column = services.board.columns(session.id)[0]
    services.board.add_note(session.id, column.id, "A carer said this", role="carer")
    assert privacy.small_role_groups(services.sessions.board(session.id)) == {"carer"}


def test_merged_roles_feed_identity(services: Services) -> None:
    workshop = services.workshops.create("Merge")
    person = services.participants.add(workshop.id, "Quiet Person", "carer")
    merged = privacy.merged_roles(frozenset({"carer"}), merge=True)
    assert identity.public_name(person, merged_roles=merged) == (
        f"Participant {person.number} (participant)"
    )
    assert privacy.merged_roles(frozenset({"carer"}), merge=False) == frozenset()


def test_warning_names_the_groups_and_the_flag() -> None:
    text = privacy.small_group_warning({"observer", "carer"}, cli=True)
    assert "carers and observers" in text and "--merge-small-groups" in text
    assert privacy.small_group_warning(set()) == ""


def test_roles_the_record_shows_beyond_the_board_count_too(services: Services) -> None:
    workshop = services.workshops.create("Beyond the board")
    first = services.sessions.create(workshop.id, "One", columns=["Ideas"], date="2026-11-01")
    second = services.sessions.create(workshop.id, "Two", columns=["Ideas"], date="2026-12-01")
    _people(services, workshop.id, second.id, {"lived_experience": 3, "community": 2})
    observer = services.participants.add(
        workshop.id, "Olu Observer", "observer", attending_session_id=first.id
    )
    people = services.participants.list(workshop.id)
    column = services.board.columns(second.id)[0]
    for person in people:
        if person.role == "lived_experience":
            services.board.add_note(second.id, column.id, "A view", author_id=person.id)
    # On the board alone, only people with lived experience are quoted, and they are three.
    assert privacy.small_role_groups(services.sessions.board(second.id)) == frozenset()

    # An action co-led by one of the two community members shows their role in the record.
    community = next(p for p in people if p.role == "community")
    action = services.actions.create(second.id, "Bus times", co_lead_id=community.id)
    assert privacy.small_role_groups(services.sessions.record(second.id)) == {"community"}
    services.actions.update(action.id, co_lead_id=None)
    assert privacy.small_role_groups(services.sessions.record(second.id)) == frozenset()

    # "You said, we did" quotes an earlier session's observer, and no observer is here.
    earlier = services.board.columns(first.id)[0]
    said = services.board.add_note(first.id, earlier.id, "Late buses", author_id=observer.id)
    services.actions.create(first.id, "Later buses", source_note_ids=[said.id])
    assert privacy.small_role_groups(services.sessions.record(second.id)) == {"observer"}
