"""Whose notes a view shows when the room works at tables: every note, the plenary, or a table.

A scope is `None` (every note), `PLENARY` (the whole room's board: notes written there and
those harvested from tables), `SIDE_BY_SIDE` (every table's notes, each table apart) or a
table's id. Votes, results and the balance of voice for a scope count only its notes.
"""

from __future__ import annotations

import dataclasses

from workshop.views import BoardSnapshot, NoteView

PLENARY = 0
SIDE_BY_SIDE = -1


def in_scope(note: NoteView, scope: int | None) -> bool:
    if scope is None:
        return True
    if scope == PLENARY:
        return note.on_plenary
    if scope == SIDE_BY_SIDE:
        return note.table_id is not None
    return note.table_id == scope


def board_in_scope(board: BoardSnapshot, scope: int | None) -> BoardSnapshot:
    """The board with only the scope's notes and the dots on them (the same board for None)."""
    if scope is None:
        return board
    notes = tuple(n for n in board.notes if in_scope(n, scope))
    kept = {n.id for n in notes}
    votes = tuple(v for v in board.votes if v.note_id in kept)
    return dataclasses.replace(board, notes=notes, votes=votes)


def scope_name(board: BoardSnapshot, scope: int | None) -> str | None:
    """The table's name for a table's scope; None for every other scope."""
    table = board.table(scope) if scope not in (None, PLENARY, SIDE_BY_SIDE) else None
    return table.name if table is not None else None
