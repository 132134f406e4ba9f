"""The board drawn as vector graphics: lanes, notes, themes and role cues, tiled over pages."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from exports import fonts
from exports.count_sentences import note_votes
from exports.text import user_paragraph
from exports.wording import say
from workshop import layout
from workshop.views import BoardSnapshot, ColumnView, NoteView, PictureData, ThemeView
from workshop.vocabulary import Role


@dataclass(frozen=True)
class RoleCue:
    """How a role is told apart: a colour, and a letter so colour is never the only cue."""

    colour: str
    letter: str
    label: str


# Dark Okabe–Ito hues: white letters on them pass 4.5:1, and no two are confused
# under protanopia, deuteranopia or tritanopia once the letters are read.
ROLE_CUES: dict[str, RoleCue] = {
    Role.LIVED_EXPERIENCE: RoleCue("#A04000", "L", "Lived experience"),
    Role.CARER: RoleCue("#8E3A73", "C", "Carer"),
    Role.COMMUNITY: RoleCue("#00704F", "M", "Community member"),
    Role.PROFESSIONAL: RoleCue("#005A8D", "P", "Professional"),
    Role.FACILITATOR: RoleCue("#3D3D3D", "F", "Facilitator"),
    Role.OBSERVER: RoleCue("#6B6B6B", "O", "Observer"),
}
MERGED_CUE = RoleCue("#555555", "?", "Participant")

NOTE_FILL = "#FFF6CC"
NOTE_EDGE = "#B8A44C"
LANE_FILL = "#F2F4F7"
LANE_EDGE = "#C5CCD6"
THEME_EDGE = "#4B3B7A"
THEME_FILL = "#E6E0F3"
INK = "#1B1B1B"
MUTED = "#4A4A4A"

# Note text size in board units. Whatever the scale, no text of the drawing is smaller than
# MIN_TEXT points: at the smallest scales a note shows fewer words (the list has them all).
_TEXT_SIZE = 16.0
MIN_TEXT = 8.0
_MIN_SCALE = 0.4
# Two lanes fill a landscape page's width; one lane stops at this, not at giant notes.
_MAX_SCALE = 0.85
# A board needing more landscape pages than this is shown in brief (board_overview.py).
MAX_DRAWN_PAGES = 3


def text_size(units: float, scale: float) -> float:
    """A size in board units at this scale, in points, never under MIN_TEXT."""
    return max(MIN_TEXT, units * scale)


def role_cue(role: str, merged_roles: frozenset[str] = frozenset()) -> RoleCue:
    if role in merged_roles:
        return MERGED_CUE
    return ROLE_CUES.get(role, MERGED_CUE)


@dataclass(frozen=True)
class Tile:
    """One page's worth of the board: some lanes, and a band of their height."""

    columns: tuple[ColumnView, ...]
    first_lane: int  # index of the first lane in the whole board, for "lanes 1–4"
    top: float  # board y where the band starts (below the lane header)
    bottom: float
    notes: tuple[NoteView, ...]
    scale: float
    part: int  # 1-based band number within these lanes
    parts: int


def lane_height(notes: Sequence[NoteView]) -> float:
    bottom = max((n.y + layout.NOTE_HEIGHT for n in notes), default=0.0)
    return max(bottom, layout.LANE_HEADER + layout.NOTE_HEIGHT + layout.GAP) + layout.GAP


def plan_tiles(board: BoardSnapshot, width: float, height: float) -> list[Tile]:
    """Cut the board into page-sized tiles without cutting any note in half."""
    columns = list(board.columns)
    if not columns:
        return []
    per_page = max(
        1,
        int(
            (width / _MIN_SCALE + layout.LANE_SPACING) // (layout.LANE_WIDTH + layout.LANE_SPACING)
        ),
    )
    per_page = min(per_page, len(columns))
    lanes_width = per_page * layout.LANE_WIDTH + (per_page - 1) * layout.LANE_SPACING
    scale = min(_MAX_SCALE, width / lanes_width)
    # Board units of notes that fit below the repeated lane header.
    band = (height - layout.LANE_HEADER * scale) / scale - layout.GAP
    by_column: dict[int, list[NoteView]] = {}
    for note in board.notes:
        by_column.setdefault(note.column_id, []).append(note)
    tiles: list[Tile] = []
    for start in range(0, len(columns), per_page):
        group = tuple(columns[start : start + per_page])
        notes = sorted(
            (n for c in group for n in by_column.get(c.id, [])), key=lambda n: (n.y, n.id)
        )
        bands: list[tuple[float, float, list[NoteView]]] = []
        remaining = notes
        top = float(layout.LANE_HEADER)
        while True:
            bottom = top + band
            inside = [n for n in remaining if n.y + layout.NOTE_HEIGHT <= bottom or n.y <= top]
            bands.append((top, bottom, inside))
            taken = {n.id for n in inside}
            remaining = [n for n in remaining if n.id not in taken]
            if not remaining:
                break
            top = min(n.y for n in remaining)
        for part, (top, bottom, inside) in enumerate(bands, start=1):
            # A short board gets short lanes, not a page of empty grey.
            content = max((n.y + layout.NOTE_HEIGHT for n in inside), default=top)
            bottom = min(bottom, max(content, top + layout.NOTE_HEIGHT))
            tiles.append(Tile(group, start, top, bottom, tuple(inside), scale, part, len(bands)))
    return tiles


def _fits_a_note(text: str, limit: int) -> str:
    """Text cut to about what a drawn note can show; the full text is in the list."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def one_line(text: str, style: ParagraphStyle, width: float) -> tuple[Flowable, float]:
    """User text cut at a word, with an ellipsis, so that it fits on one line.

    A single word too wide for the line is cut inside, as a last resort (a theme band at 8 pt).
    """
    words = text.split()
    candidate = text
    while True:
        para = user_paragraph(candidate, style)
        _, height = para.wrap(width, 1000)
        if height <= style.leading * 1.5:
            return para, height
        if len(words) > 1:
            words = words[:-1]
            candidate = " ".join(words) + "…"
        elif len(words[0]) > 1 if words else False:
            words = [words[0][:-1]]
            candidate = words[0] + "…"
        else:
            return para, height


class BoardTile(Flowable):
    """Draws one tile of the board at its planned scale."""

    def __init__(
        self,
        tile: Tile,
        board: BoardSnapshot,
        refs: dict[int, str],
        votes: dict[int, int],
        merged_roles: frozenset[str] = frozenset(),
        pictures: Mapping[int, PictureData] | None = None,
    ) -> None:
        super().__init__()
        self.tile = tile
        # Notes' own pictures by note id: only those the record may show (its content decides).
        self.pictures = pictures or {}
        self.board = board
        self.refs = refs
        self.votes = votes
        self.merged_roles = merged_roles
        self._bands: dict[int, tuple[Flowable, float]] = {}
        s = tile.scale
        self.width = (
            len(tile.columns) * layout.LANE_WIDTH + (len(tile.columns) - 1) * layout.LANE_SPACING
        ) * s
        self.height = (layout.LANE_HEADER + (tile.bottom - tile.top) + layout.GAP) * s
        note_size = text_size(_TEXT_SIZE, s)
        self._note_style = ParagraphStyle(
            "board-note",
            fontName=fonts.BODY,
            fontSize=note_size,
            leading=note_size * 1.25,
            textColor=colors.HexColor(INK),
            # A note cut to one line (its theme and votes take the rest) still shows that line.
            allowOrphans=1,
        )
        lane_size = text_size(17, s)
        self._lane_style = ParagraphStyle(
            "board-lane",
            fontName=fonts.BODY_BOLD,
            fontSize=lane_size,
            leading=lane_size * 1.18,
            textColor=colors.HexColor(INK),
        )
        theme_size = text_size(11.5, s)
        self._theme_style = ParagraphStyle(
            "board-theme",
            fontName=fonts.BODY_BOLD,
            fontSize=theme_size,
            leading=theme_size * 1.13,
            textColor=colors.HexColor(THEME_EDGE),
        )
        self._small = text_size(11, s)  # reference, votes and the badge's letter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    # Board coordinates -> drawing coordinates (origin bottom-left, y up).
    def _x(self, lane: int, x: float) -> float:
        return (lane * (layout.LANE_WIDTH + layout.LANE_SPACING) + x) * self.tile.scale

    def _y(self, y: float) -> float:
        return self.height - (layout.LANE_HEADER + y - self.tile.top) * self.tile.scale

    def draw(self) -> None:
        canvas: Canvas = self.canv
        lane_of = {c.id: i for i, c in enumerate(self.tile.columns)}
        for index, column in enumerate(self.tile.columns):
            self._draw_lane(canvas, index, column)
        themes = {t.id: t for t in self.board.themes}
        for note in self.tile.notes:
            self._draw_note(
                canvas,
                lane_of[note.column_id],
                note,
                themes.get(note.theme_id) if note.theme_id is not None else None,
            )

    def _draw_lane(self, canvas: Canvas, index: int, column: ColumnView) -> None:
        s = self.tile.scale
        canvas.setFillColor(colors.HexColor(LANE_FILL))
        canvas.setStrokeColor(colors.HexColor(LANE_EDGE))
        canvas.setLineWidth(0.6)
        canvas.roundRect(self._x(index, 0), 0, layout.LANE_WIDTH * s, self.height, 6 * s, 1, 1)
        title = column.title + (f" ({say('continued')})" if self.tile.part > 1 else "")
        para = user_paragraph(title, self._lane_style)
        inner = (layout.LANE_WIDTH - 2 * layout.GAP) * s
        _, h = para.wrap(inner, layout.LANE_HEADER * s)
        two_lines = 2 * self._lane_style.leading + 2
        pieces = (
            para.split(inner, max(two_lines, layout.LANE_HEADER * s - 4 * s))
            if h > two_lines
            else [para]
        )
        if pieces:
            piece = pieces[0]
            _, ph = piece.wrap(inner, layout.LANE_HEADER * s)
            piece.drawOn(
                canvas, self._x(index, layout.GAP), self.height - (layout.LANE_HEADER * s + ph) / 2
            )

    def _draw_note(
        self, canvas: Canvas, lane: int, note: NoteView, theme: ThemeView | None
    ) -> None:
        s = self.tile.scale
        x0 = self._x(lane, note.x)
        y1 = self._y(note.y)
        w, h = layout.NOTE_WIDTH * s, layout.NOTE_HEIGHT * s
        y0 = y1 - h
        cue = role_cue(note.role, self.merged_roles)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(note.colour or NOTE_FILL))
        canvas.setStrokeColor(colors.HexColor(NOTE_EDGE))
        canvas.setLineWidth(0.5)
        canvas.rect(x0, y0, w, h, 1, 1)
        # Role stripe along the left edge, and a lettered badge: colour plus shape.
        canvas.setFillColor(colors.HexColor(cue.colour))
        canvas.rect(x0, y0, 6 * s, h, 0, 1)
        small = self._small
        radius = max(11 * s, small * 0.75)
        cx, cy = x0 + w - radius - 5 * s, y1 - radius - 5 * s
        canvas.circle(cx, cy, radius, 0, 1)
        canvas.setFillColor(colors.white)
        canvas.setFont(fonts.BODY_BOLD, small)
        canvas.drawCentredString(cx, cy - small * 0.36, cue.letter)
        # Reference and votes along the bottom, so the list can be found from here.
        canvas.setFillColor(colors.HexColor(MUTED))
        canvas.setFont(fonts.BODY_BOLD, small)
        ref = self.refs.get(note.id, "")
        votes = self.votes.get(note.id, 0)
        canvas.drawString(x0 + 12 * s, y0 + 6 * s, ref)
        footer = max(20 * s, small + 4)
        if votes:
            label = note_votes(votes)
            room = w - 18 * s - stringWidth(ref, fonts.BODY_BOLD, small)
            if stringWidth(label, fonts.BODY_BOLD, small) + 4 * s > room:
                # A long label ("1 bleidlais / 1 vote") would print over the reference: it
                # takes a line of its own above it, and the note's text gives up that line.
                canvas.drawRightString(x0 + w - 6 * s, y0 + 6 * s + small * 1.05, label)
                footer += small * 1.05
            else:
                canvas.drawRightString(x0 + w - 6 * s, y0 + 6 * s, label)
        canvas.restoreState()
        band = 0.0
        if theme is not None:
            band = self._draw_theme_band(canvas, x0, y1, w, theme)
        # The note's text, cut to the note with a mark when it is longer.
        text_w = w - 12 * s - 2 * radius - 10 * s
        text_h = h - 10 * s - footer - band
        picture = self.pictures.get(note.id)
        if picture is not None:
            if not note.public_text:
                # Kept as its picture only: the picture is the note.
                self._draw_picture(canvas, picture, x0 + 12 * s, y0 + footer, text_w, text_h)
                return
            # Beside the text, below the badge; the text gives up that much of its width.
            side = min(h - 2 * radius - 10 * s - footer - band, w * 0.32)
            self._draw_picture(
                canvas, picture, x0 + w - 6 * s - side, y0 + footer, side, side, right=True
            )
            text_w = min(text_w, w - 24 * s - side)
        # Exports show the redacted text where there is one, never the original.
        # Cut long text to about what the note can show before laying it out: the
        # full text is in the list of contributions, and layout costs per word.
        lines = max(1, int(text_h // self._note_style.leading))
        limit = int(lines * text_w / (0.45 * self._note_style.fontSize)) + 8
        para = user_paragraph(_fits_a_note(note.public_text, limit), self._note_style)
        _, ph = para.wrap(text_w, text_h)
        if ph > text_h:
            pieces = para.split(text_w, text_h)
            # The mark says there is more, even where not one line fits (a tall script).
            canvas.setFont(fonts.BODY_BOLD, small)
            canvas.setFillColor(colors.HexColor(MUTED))
            canvas.drawRightString(x0 + w - 8 * s, y0 + footer, "…")
            if not pieces:
                return
            para = pieces[0]
            _, ph = para.wrap(text_w, text_h)
        para.drawOn(canvas, x0 + 12 * s, y1 - 6 * s - band - ph)

    @staticmethod
    def _draw_picture(
        canvas: Canvas,
        picture: PictureData,
        x: float,
        y: float,
        width: float,
        height: float,
        *,
        right: bool = False,
    ) -> None:
        """The picture as large as fits the box at (x, y), its shape kept, with a thin edge."""
        if width <= 0 or height <= 0:
            return
        scale = min(width / max(picture.width, 1), height / max(picture.height, 1))
        shown_w, shown_h = picture.width * scale, picture.height * scale
        left = x + width - shown_w if right else x
        top = y + height - shown_h
        canvas.drawImage(ImageReader(io.BytesIO(picture.jpeg)), left, top, shown_w, shown_h)
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(NOTE_EDGE))
        canvas.setLineWidth(0.4)
        canvas.rect(left, top, shown_w, shown_h, 1, 0)
        canvas.restoreState()

    def _draw_theme_band(
        self, canvas: Canvas, x0: float, y1: float, w: float, theme: ThemeView
    ) -> float:
        """The theme's name across the top of a grouped note; returns the band's height."""
        s = self.tile.scale
        height = max(19 * s, self._theme_style.leading + 3)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(THEME_FILL))
        canvas.rect(x0 + 6 * s, y1 - height, w - 6 * s - 28 * s, height, 0, 1)
        canvas.restoreState()
        inner = w - 6 * s - 36 * s
        cached = self._bands.get(theme.id)
        if cached is None:
            # Every note of a theme shows the same band: lay it out once per tile.
            cached = self._bands[theme.id] = one_line(theme.title, self._theme_style, inner)
        para, ph = cached
        para.drawOn(canvas, x0 + 10 * s, y1 - height + (height - ph) / 2 + 1 * s)
        return height + 2 * s


class RoleLegend(Flowable):
    """A key to the role cues: badge, letter and role name."""

    def __init__(self, roles: Sequence[str], merged_roles: frozenset[str] = frozenset()) -> None:
        super().__init__()
        seen: list[RoleCue] = []
        for role in roles:
            cue = role_cue(role, merged_roles)
            if cue not in seen:
                seen.append(cue)
        self.cues = seen
        self.height = 16.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        x = 0.0
        for cue in self.cues:
            canvas.setFillColor(colors.HexColor(cue.colour))
            canvas.circle(x + 6, 7, 6, 0, 1)
            canvas.setFillColor(colors.white)
            canvas.setFont(fonts.BODY_BOLD, MIN_TEXT)
            canvas.drawCentredString(x + 6, 4.4, cue.letter)
            canvas.setFillColor(colors.HexColor(INK))
            canvas.setFont(fonts.BODY, 8.5)
            label = say(cue.label)
            canvas.drawString(x + 16, 4, label)
            x += 16 + canvas.stringWidth(label, fonts.BODY, 8.5) + 18
