"""Balance of voice and vote results, computed from a known board."""

from __future__ import annotations

import pytest

from tests.facilitation.conftest import stage_position
from workshop.analysis import ranked_by, theme_results, voice_balance, vote_results
from workshop.services import Services
from workshop.vocabulary import StageKind, Voice


@pytest.fixture
def voted(services: Services, room: dict[str, int]) -> dict[str, int]:
    sid = room["session"]
    services.board.add_note(sid, room["col1"], "Observer aside", role="observer")
    theme = services.board.group(sid, "Continuity", [room["n1"], room["n2"]])
    room["theme"] = theme.id
    services.sessions.set_stage(sid, stage_position(services, sid, StageKind.VOTE))
    casts = [
        ("ann", "n1"),
        ("ann", "n1"),
        ("gwen", "n3"),
        ("gwen", "n1"),
        ("raj", "n2"),
        ("raj", "n2"),
        ("kwame", "n2"),
        ("kwame", "n3"),
    ]
    for person, note in casts:
        services.votes.cast(sid, room[person], room[note])
    return room


def test_voice_balance_counts_notes_and_dots(services: Services, voted: dict[str, int]) -> None:
    balance = voice_balance(services.sessions.board(voted["session"]))
    # Notes: ann (lived experience) and gwen (carer) are citizens; raj is professional;
    # the observer's note counts for neither.
    assert (balance.citizen_notes, balance.professional_notes) == (2, 1)
    assert (balance.citizen_votes, balance.professional_votes) == (4, 4)
    assert balance.total == 11
    assert balance.professional_share == pytest.approx(5 / 11)
    assert not balance.professionals_dominate(60)
    assert balance.professionals_dominate(50) is False  # 45% is not above 50%


def test_professionals_dominate_above_threshold(services: Services, room: dict[str, int]) -> None:
    sid = room["session"]
    for text in ("A", "B", "C", "D"):
        services.board.add_note(sid, room["col0"], text, author_id=room["kwame"])
    balance = voice_balance(services.sessions.board(sid))
    # 2 citizen notes, 5 professional: 71%.
    assert balance.professional_share == pytest.approx(5 / 7)
    assert balance.professionals_dominate(70)
    assert not balance.professionals_dominate(75)


def test_empty_board_balance_never_prompts(services: Services, workshop_with_session) -> None:  # type: ignore[no-untyped-def]
    balance = voice_balance(services.sessions.board(workshop_with_session["session"]))
    assert balance.total == 0 and balance.professional_share == 0.0
    assert not balance.professionals_dominate(50)


def test_vote_results_rank_and_split_by_voice(services: Services, voted: dict[str, int]) -> None:
    board = services.sessions.board(voted["session"])
    overall = vote_results(board)
    assert [(t.note.id, t.total, t.citizen, t.professional) for t in overall] == [
        (voted["n1"], 3, 3, 0),
        (voted["n2"], 3, 0, 3),
        (voted["n3"], 2, 1, 1),
    ]
    citizen = ranked_by(overall, Voice.CITIZEN)
    professional = ranked_by(overall, Voice.PROFESSIONAL)
    assert [t.note.id for t in citizen] == [voted["n1"], voted["n3"]]
    assert [t.note.id for t in professional] == [voted["n2"], voted["n3"]]


def test_theme_results_sum_their_notes(services: Services, voted: dict[str, int]) -> None:
    board = services.sessions.board(voted["session"])
    themes = theme_results(board)
    assert len(themes) == 1
    tally = themes[0]
    assert tally.theme.id == voted["theme"]
    assert (tally.note_count, tally.total, tally.citizen, tally.professional) == (2, 6, 3, 3)
    assert ranked_by(themes, Voice.CITIZEN)[0].count(Voice.CITIZEN) == 3


def test_private_notes_left_out_of_public_results(
    services: Services, voted: dict[str, int]
) -> None:
    services.board.set_note_private(voted["n2"], True)
    board = services.sessions.board(voted["session"])
    assert voted["n2"] not in [t.note.id for t in vote_results(board, public_only=True)]
    assert voted["n2"] in [t.note.id for t in vote_results(board)]
