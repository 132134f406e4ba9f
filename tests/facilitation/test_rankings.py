"""Rankings by voice: places for everyone, citizens and professionals, and where they differ."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.facilitation.conftest import stage_position
from workshop import analysis, audience, rankings
from workshop.audience import Audience
from workshop.rankings import competition_ranks, ranked_for, standings
from workshop.services import Services
from workshop.vocabulary import StageKind, Voice


def test_competition_ranks_share_places_and_skip_after_ties() -> None:
    assert competition_ranks({"a": 5, "b": 3, "c": 3, "d": 1, "e": 0}) == {
        "a": 1,
        "b": 2,
        "c": 2,
        "d": 4,
    }
    assert competition_ranks({}) == {}


@given(st.dictionaries(st.integers(0, 50), st.integers(0, 9)))
def test_a_place_is_one_more_than_the_keys_with_more_dots(counts: dict[int, int]) -> None:
    ranks = competition_ranks(counts)
    assert set(ranks) == {k for k, c in counts.items() if c > 0}
    for key, place in ranks.items():
        assert place == 1 + sum(1 for c in counts.values() if c > counts[key])


def test_a_room_where_citizens_and_professionals_disagree(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    sid = ids["session"]
    columns = services.board.columns(sid)
    citizens = [
        services.participants.add(ids["workshop"], f"Citizen {n}", "carer").id for n in range(6)
    ]
    pros = [
        services.participants.add(ids["workshop"], f"Pro {n}", "professional").id for n in range(4)
    ]
    notes = [
        services.board.add_note(sid, columns[n % 4].id, f"Idea {n}", role="carer").id
        for n in range(8)
    ]
    private = services.board.add_note(sid, columns[0].id, "Off the record", role="carer").id
    services.sessions.update(sid, votes_per_participant=5)
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    # Citizens: Idea 0 first (6 dots), Idea 1 second (4). Professionals: Idea 4 first (4),
    # Idea 1 second (3), Idea 2 third (2), Idea 0 last (1).
    for person in citizens:
        services.votes.cast(sid, person, notes[0])
    for person in citizens[:4]:
        services.votes.cast(sid, person, notes[1])
    for person in pros:
        services.votes.cast(sid, person, notes[4])
    for person in pros[:3]:
        services.votes.cast(sid, person, notes[1])
    for person in pros[:2]:
        services.votes.cast(sid, person, notes[2])
    services.votes.cast(sid, pros[0], notes[0])
    for person in citizens[:3]:
        services.votes.cast(sid, person, private)
    services.board.set_note_private(private, True)

    # What the projector may show: the private note and its dots are gone.
    board = audience.board_for(Audience.PROJECTOR, services.sessions.board(sid))
    table = standings(analysis.vote_results(board))
    by_text = {s.text: s for s in table}
    assert "Off the record" not in by_text
    assert [s.text for s in table] == ["Idea 0", "Idea 1", "Idea 4", "Idea 2"]

    idea0, idea1, idea4, idea2 = (by_text[f"Idea {n}"] for n in (0, 1, 4, 2))
    assert (idea0.dots_from(None), idea0.dots_from(Voice.CITIZEN)) == (7, 6)
    assert (idea0.rank_for(Voice.CITIZEN), idea0.rank_for(Voice.PROFESSIONAL)) == (1, 4)
    assert idea0.voices_differ  # 1st against 4th
    assert (idea1.rank_for(Voice.CITIZEN), idea1.rank_for(Voice.PROFESSIONAL)) == (2, 2)
    assert not idea1.voices_differ
    assert (idea4.rank_for(Voice.CITIZEN), idea4.rank_for(Voice.PROFESSIONAL)) == (None, 1)
    assert idea4.voices_differ  # only professionals put dots on it
    assert idea2.rank_for(Voice.CITIZEN) is None and idea2.voices_differ

    assert [s.text for s in ranked_for(table, Voice.CITIZEN)] == ["Idea 0", "Idea 1"]
    assert [s.text for s in ranked_for(table, Voice.PROFESSIONAL)] == [
        "Idea 4",
        "Idea 1",
        "Idea 2",
        "Idea 0",
    ]
    # Ideas 0 and 1 have seven dots each: they share first place.
    assert [s.rank_for(None) for s in table] == [1, 1, 3, 4]


def test_themes_rank_the_same_way(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    ids = workshop_with_session
    sid = ids["session"]
    columns = services.board.columns(sid)
    a, b, c = (
        services.board.add_note(sid, columns[n].id, f"Note {n}", role="carer").id for n in range(3)
    )
    bus = services.board.group(sid, "Buses", [a, b])
    clinic = services.board.group(sid, "Clinic", [c])
    citizen = services.participants.add(ids["workshop"], "Cit", "lived_experience").id
    pro = services.participants.add(ids["workshop"], "Pro", "professional").id
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    services.votes.cast(sid, citizen, a)
    services.votes.cast(sid, citizen, b)
    services.votes.cast(sid, pro, c)
    table = standings(analysis.theme_results(services.sessions.board(sid)))
    assert [(s.key, s.rank_for(Voice.CITIZEN), s.rank_for(Voice.PROFESSIONAL)) for s in table] == [
        (bus.id, 1, None),
        (clinic.id, None, 1),
    ]
    assert all(s.voices_differ for s in table)
    assert rankings.PLACES_APART == 2
