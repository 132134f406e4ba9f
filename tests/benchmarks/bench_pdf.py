"""How long the PDF record takes for large sessions, against bare ReportLab with the same text."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from exports import fonts
from exports.pdf import write_pdf
from workshop import layout
from workshop.views import (
    ActionView,
    BoardSnapshot,
    ColumnView,
    NoteView,
    ParticipantView,
    RecordSnapshot,
    SessionView,
    ThemeView,
    VoteView,
    WorkshopView,
)

ROLES = ["lived_experience", "carer", "community", "professional"]
WORDS = [
    *("carers", "visits", "time", "travel", "home", "support", "evening", "coordinator"),
    *("letters", "forms", "language", "continuity", "team", "neighbourhood", "respite"),
]


def make_snapshot(notes: int, actions: int, seed: int = 7) -> RecordSnapshot:
    """A realistic session built directly from views: four lanes, themes, votes, actions."""
    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1, 10, 0)
    workshop = WorkshopView(
        1,
        "Home care: redesigning it together",
        "Riverside Council",
        "Adult social care",
        "Riverside",
        7,
        now,
    )
    people = tuple(
        ParticipantView(
            i,
            1,
            i,
            f"Person {i}",
            ROLES[i % 4],
            "",
            i % 3 == 0,
            False,
            i % 5 == 0,
            f"p{i}@example.org",
            "",
        )
        for i in range(1, 41)
    )
    session = SessionView(
        1,
        1,
        "A large session",
        dt.date(2026, 11, 1),
        "Town Hall",
        1,
        "Purpose",
        "discover",
        "co_design",
        "Travel paid",
        "what-matters",
        None,
        False,
        False,
        5,
        70,
        "draft",
        None,
        1,
    )
    columns = tuple(ColumnView(c + 1, 1, c, f"Prompt {c + 1}", False) for c in range(4))
    themes = tuple(ThemeView(t + 1, 1, (t % 4) + 1, f"Theme {t + 1}") for t in range(12))
    per_lane: dict[int, int] = {}
    note_views = []
    for n in range(1, notes + 1):
        column = rng.randrange(4) + 1
        index = per_lane.get(column, 0)
        per_lane[column] = index + 1
        x, y = layout.slot_position(index)
        author = people[rng.randrange(len(people))]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 30))).capitalize()
        theme = rng.choice([None, None, *[t.id for t in themes if t.column_id == column]])
        note_views.append(
            NoteView(
                n,
                1,
                column,
                text,
                author.id,
                author.role,
                theme,
                x,
                y,
                "",
                False,
                False,
                False,
                None,
                "board",
                now,
                now,
                1,
            )
        )
    votes = tuple(
        VoteView(v, 1, people[rng.randrange(len(people))].id, rng.randrange(notes) + 1)
        for v in range(1, min(notes, 200) + 1)
    )
    board = BoardSnapshot(
        workshop,
        session,
        columns,
        themes,
        tuple(note_views),
        votes,
        people,
        frozenset(p.id for p in people),
    )
    action_views = tuple(
        ActionView(
            a,
            1,
            f"Action {a}: " + " ".join(rng.choice(WORDS) for _ in range(8)),
            "What will be done and how.",
            people[a % 40].id,
            people[(a + 1) % 40].id,
            dt.date(2027, 1, 1),
            "agreed",
            "",
            (a, a + 1),
            (1, 2),
            (),
            True,
            1,
            now,
        )
        for a in range(1, actions + 1)
    )
    return RecordSnapshot(board, action_views, (), ())


def baseline(snapshot: RecordSnapshot, path: Path) -> None:
    """Bare ReportLab: the same note and action text as escaped paragraphs, nothing else."""
    fonts.register_fonts()
    style = ParagraphStyle("plain", fontName=fonts.BODY, fontSize=9, leading=12.5)
    story = [Paragraph(escape(n.text), style) for n in snapshot.board.notes]
    story += [Paragraph(escape(a.title), style) for a in snapshot.actions]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def _time(function, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def run(small: bool = False) -> list[dict]:
    cases = [(60, 6, 3.0)] if small else [(500, 50, 3.0), (5000, 50, 20.0)]
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for notes, actions, limit in cases:
            snapshot = make_snapshot(notes, actions)
            ours = _time(write_pdf, snapshot, Path(folder) / "ours.pdf")
            bare = _time(baseline, snapshot, Path(folder) / "bare.pdf")
            ratio = ours / bare if bare else None
            results.append(
                {
                    "figure": f"PDF record, {notes} notes and {actions} actions",
                    "ours_s": round(ours, 3),
                    "baseline_s": round(bare, 3),
                    "ratio": round(ratio, 2) if ratio else None,
                    "target": f"< {limit:g} s; baseline is bare ReportLab with the same text",
                    "passed": ours < limit,
                    "pages": _pages(Path(folder) / "ours.pdf"),
                }
            )
    return results


def _pages(path: Path) -> int:
    import pypdf

    return len(pypdf.PdfReader(path).pages)


if __name__ == "__main__":
    for row in run():
        print(row)
