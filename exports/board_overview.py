"""The board in brief, for a PDF record whose board is too big to draw at a readable size.

Each lane becomes a column of text: how many notes it holds, its themes with their counts, then
its notes with the most votes, all at 8 pt or larger. What does not fit is counted, never drawn
past the page; every note is in the record's list of contributions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from exports import fonts
from exports.board_drawing import INK, LANE_EDGE, LANE_FILL, MUTED, THEME_EDGE
from exports.text import user_paragraph
from exports.wording import say, say_count
from workshop.views import BoardSnapshot, ColumnView, NoteView

__all__ = ["MIN_LANE_WIDTH", "BoardOverview", "overview_caption"]

# A lane narrower than this cannot hold a line of 8 pt text worth reading.
MIN_LANE_WIDTH = 150.0
_GAP = 10.0
_PAD = 6.0
_EXCERPT = 110  # characters of a note shown; the list has the rest


def _style(name: str, size: float, bold: bool = False, colour: str = INK) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=fonts.BODY_BOLD if bold else fonts.BODY,
        fontSize=size,
        leading=size * 1.25,
        textColor=colors.HexColor(colour),
        spaceAfter=2,
    )


_TITLE = _style("overview-lane", 10, bold=True)
_LABEL = _style("overview-label", 8.5, bold=True, colour=MUTED)
_THEME = _style("overview-theme", 8.5, colour=THEME_EDGE)
_NOTE = _style("overview-note", 8.5)
_MORE = _style("overview-more", 8.5, colour=MUTED)


def overview_caption(notes: int, pages: int) -> str:
    """Why the board is shown in brief, said above it."""
    return say_count(
        notes,
        "The board has {count} note: too many to draw at a readable size on {pages} pages. "
        "Each lane is shown with its themes and how many notes they hold, then its notes with "
        "the most votes; every note is listed in full in “Everything people said”.",
        "The board has {count} notes: too many to draw at a readable size on {pages} pages. "
        "Each lane is shown with its themes and how many notes they hold, then its notes with "
        "the most votes; every note is listed in full in “Everything people said”.",
        pages=pages,
    )


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= _EXCERPT:
        return flat
    return (flat[:_EXCERPT].rsplit(" ", 1)[0] or flat[:_EXCERPT]) + "…"


class BoardOverview(Flowable):
    """Some lanes of the board, each as a column of text that stops where the page does."""

    def __init__(
        self,
        board: BoardSnapshot,
        columns: Sequence[ColumnView],
        refs: dict[int, str],
        votes: dict[int, int],
        height: float,
    ) -> None:
        super().__init__()
        self.board = board
        self.columns = tuple(columns)
        self.refs = refs
        self.votes = votes
        self.height = height
        self.width = 0.0
        self._placed: list[list[tuple[Flowable, float]]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = min(self.height, availHeight)
        lane_width = (availWidth - _GAP * (len(self.columns) - 1)) / max(len(self.columns), 1)
        self._placed = [
            self._fill(column, lane_width - 2 * _PAD, self.height - 2 * _PAD)
            for column in self.columns
        ]
        return availWidth, self.height

    def _lane_notes(self, column: ColumnView) -> list[NoteView]:
        return [n for n in self.board.notes if n.column_id == column.id]

    def _fill(
        self, column: ColumnView, width: float, height: float
    ) -> list[tuple[Flowable, float]]:
        """The lane's lines, top down, as many as fit with room kept for saying what is left."""
        notes = self._lane_notes(column)
        themes = {t.id: t.title for t in self.board.themes}
        counts = Counter(n.theme_id for n in notes if n.theme_id in themes)
        ranked = sorted(notes, key=lambda n: (-self.votes.get(n.id, 0), n.y, n.x, n.id))
        head: list[Flowable] = [
            user_paragraph(column.title, _TITLE),
            Paragraph(say_count(len(notes), "{count} note", "{count} notes"), _LABEL),
        ]
        # Lines are laid out only as they are placed: a lane of a 500-note board has a hundred
        # notes and room for a dozen.
        theme_lines = [
            lambda theme_id=theme_id, n=n: user_paragraph(
                f"{themes[theme_id]} · {say_count(n, '{count} note', '{count} notes')}", _THEME
            )
            for theme_id, n in counts.most_common()
        ]
        voted = any(self.votes.get(n.id, 0) for n in notes)
        note_lines = [lambda note=note: self._note_line(note) for note in ranked]
        placed: list[tuple[Flowable, float]] = []
        used = 0.0

        def place(flowable: Flowable, keep: float = 0.0) -> bool:
            nonlocal used
            _, h = flowable.wrap(width, height)
            if used + h + keep > height:
                return False
            placed.append((flowable, h))
            used += h + 2
            return True

        more_height = _MORE.leading * 2 + 4  # the closing "not shown" line, when it is needed
        for flowable in head:
            place(flowable)
        shown_themes = 0
        if theme_lines:
            place(Paragraph(say("Themes"), _LABEL), more_height)
            for theme_line in theme_lines:
                if not place(theme_line(), more_height):
                    break
                shown_themes += 1
        shown_notes = 0
        if note_lines:
            label = say("Notes with the most votes") if voted else say("Some of its notes")
            place(Paragraph(label, _LABEL), more_height)
            for note_line in note_lines:
                if not place(note_line(), more_height):
                    break
                shown_notes += 1
        left_themes = len(theme_lines) - shown_themes
        left_notes = len(note_lines) - shown_notes
        if left_themes:
            place(
                Paragraph(
                    say_count(left_themes, "+ {count} more theme", "+ {count} more themes"),
                    _MORE,
                )
            )
        if left_notes:
            place(
                Paragraph(
                    say_count(
                        left_notes,
                        "+ {count} more note, in “Everything people said”",
                        "+ {count} more notes, in “Everything people said”",
                    ),
                    _MORE,
                )
            )
        return placed

    def _note_line(self, note: NoteView) -> Flowable:
        ref = self.refs.get(note.id, "")
        count = self.votes.get(note.id, 0)
        votes = f" · {say_count(count, '{count} vote', '{count} votes')}" if count else ""
        return user_paragraph(f"{ref} · {_excerpt(note.public_text)}{votes}", _NOTE)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        lane_width = (self.width - _GAP * (len(self.columns) - 1)) / max(len(self.columns), 1)
        for index, lines in enumerate(self._placed):
            x = index * (lane_width + _GAP)
            canvas.setFillColor(colors.HexColor(LANE_FILL))
            canvas.setStrokeColor(colors.HexColor(LANE_EDGE))
            canvas.setLineWidth(0.6)
            canvas.roundRect(x, 0, lane_width, self.height, 4, 1, 1)
            y = self.height - _PAD
            for flowable, h in lines:
                y -= h
                flowable.drawOn(canvas, x + _PAD, y)
                y -= 2
