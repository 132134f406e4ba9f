"""Writes a session record as a PDF: pure functions from a RecordSnapshot and options to a file."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports import count_sentences, fonts
from exports.board_drawing import MAX_DRAWN_PAGES, BoardTile, RoleLegend, plan_tiles
from exports.board_overview import MIN_LANE_WIDTH, BoardOverview, overview_caption
from exports.charts import describe as describe_voice
from exports.charts import voice_drawing
from exports.record_content import (
    AIMS_SENTENCE,
    ActionRow,
    Contribution,
    CountLine,
    RecordContent,
    aim_text,
    build_content,
    option_words,
    signals_sentence,
    stated_level,
    table_summary,
)
from exports.record_options import (
    SECTION_TITLES,
    ExportCancelled,
    Progress,
    RecordOptions,
    Section,
    check_cancelled,
)
from exports.text import UserParagraph, rich_text, style_for, user_paragraph
from exports.wording import BILINGUAL_SEPARATOR, in_wording, say, say_with
from workshop.feedback import SCALE, SUPPRESS_BELOW, suppressed
from workshop.files import NOTHING_PROTECTED, RecordFiles, atomic_output, check_output
from workshop.views import PictureData, RecordSnapshot

__all__ = ["ExportCancelled", "RecordOptions", "Section", "build_story", "write_pdf"]

NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2A7F62")
INK = colors.HexColor("#1B1B1B")
MUTED = colors.HexColor("#4A4A4A")
RULE = colors.HexColor("#C9D1DB")
ZEBRA = colors.HexColor("#F4F6F9")
PALE = colors.HexColor("#E8EEF5")
DRAFT_RED = colors.HexColor("#B00020")

PAGE = A4
MARGIN = 20 * mm
WIDE_MARGIN = 14 * mm  # landscape board pages: every millimetre makes the notes bigger
TOP_MARGIN = 24 * mm
BOTTOM_MARGIN = 22 * mm
# Progress: building the story is quick; laying it out is most of the work.
_STORY_SHARE = 0.25

# Space inside a table cell, left and right (points).
CELL_PADDING = 5


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The record's paragraph styles, built once: they are shared by every export."""
    fonts.register_fonts()
    body = ParagraphStyle(
        "body", fontName=fonts.BODY, fontSize=10, leading=14.5, textColor=INK, spaceAfter=6
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, spaceAfter=0),
        "ref": ParagraphStyle("ref", parent=body, fontName=fonts.BODY_BOLD, fontSize=9, leading=12),
        "overdue": ParagraphStyle(
            "overdue",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=8.5,
            leading=11.5,
            textColor=DRAFT_RED,
            spaceAfter=0,
        ),
        "quote": ParagraphStyle(
            "quote", parent=body, fontSize=11, leading=15, leftIndent=10, spaceAfter=1
        ),
        "muted": ParagraphStyle(
            "muted", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=0
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5, spaceAfter=0),
        "cell_bold": ParagraphStyle(
            "cell_bold",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=9,
            leading=12.5,
            spaceAfter=0,
        ),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=colors.white,
            spaceAfter=0,
            alignment=TA_RIGHT,
        ),
        "number": ParagraphStyle(
            "number", parent=body, fontSize=9, leading=12.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=18,
            leading=23,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=10,
            # A heading never ends a page alone: it stays with what follows.
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=12,
            spaceAfter=6,
            # A heading never ends a page alone: it stays with what follows.
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=4,
            # A heading never ends a page alone: it stays with what follows.
            keepWithNext=1,
        ),
        "cover_org": ParagraphStyle(
            "cover_org",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=11,
            leading=15,
            textColor=colors.white,
            spaceAfter=10,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=24,
            leading=30,
            textColor=colors.white,
            spaceAfter=8,
        ),
        "cover_session": ParagraphStyle(
            "cover_session",
            parent=body,
            fontSize=15,
            leading=20,
            textColor=colors.white,
            spaceAfter=4,
        ),
        "cover_date": ParagraphStyle(
            "cover_date",
            parent=body,
            fontSize=11,
            leading=15,
            textColor=colors.white,
            spaceAfter=0,
        ),
        "status": ParagraphStyle(
            "status",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=10,
            leading=14,
            spaceAfter=0,
        ),
        "stat_number": ParagraphStyle(
            "stat_number",
            parent=body,
            fontName=fonts.BODY_BOLD,
            fontSize=22,
            leading=26,
            textColor=NAVY,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "stat_label": ParagraphStyle(
            "stat_label",
            parent=body,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            alignment=TA_CENTER,
            spaceAfter=0,
        ),
        "header": ParagraphStyle(
            "header", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
        ),
    }


def own(text: str, style: str = "body") -> Paragraph:
    """A paragraph of the record's own wording (escaped anyway, in case a number is odd)."""
    return Paragraph(escape(say(text)), styles()[style])


def user(text: str, style: str = "body") -> Flowable:
    """A block of text somebody typed: always through the text layer."""
    return user_paragraph(text, styles()[style])


class Heading(Paragraph):
    """A section heading that also becomes an outline entry (bookmark)."""

    def __init__(self, title: str, level: int, style: str) -> None:
        title = say(title)
        super().__init__(escape(title), styles()[style])
        self.outline = (title, level)


def user_heading(title: str, level: int, style: str, prefix: str = "") -> Flowable:
    """A heading made of user text (a prompt, a theme), bookmarked like our own."""
    flowable = user_paragraph(prefix + title, styles()[style])
    flowable.outline = (prefix + title, level)
    return flowable


class Label(Flowable):
    """A short line of the record's own wording (a reference, a count) without markup parsing."""

    def __init__(self, text: str, *, bold: bool = False, right: bool = False) -> None:
        super().__init__()
        self.text = say(text)
        self.font = fonts.BODY_BOLD if bold else fonts.BODY
        self.right = right

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = styles()["cell"].leading
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setFont(self.font, 9)
        self.canv.setFillColor(INK)
        # Baseline where a 9 pt Paragraph with 12.5 pt leading puts its first line.
        if self.right:
            self.canv.drawRightString(self.width, self.height - 9, self.text)
        else:
            self.canv.drawString(0, self.height - 9, self.text)


class Row(Flowable):
    """One table row as its own flowable: far cheaper than a Table for thousands of rows."""

    PAD_X, PAD_TOP, PAD_BOTTOM = 5.0, 4.0, 5.0

    def __init__(
        self,
        cells: Sequence[Flowable | list[Flowable]],
        widths: Sequence[float],
        background: colors.Color | None = None,
    ) -> None:
        super().__init__()
        self.cells = [cell if isinstance(cell, list) else [cell] for cell in cells]
        self.widths = list(widths)
        self.background = background
        self._heights: list[list[float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [
            [part.wrap(width - 2 * self.PAD_X, availHeight)[1] for part in cell]
            for cell, width in zip(self.cells, self.widths, strict=True)
        ]
        tallest = max((sum(h) for h in self._heights), default=0.0)
        self.width = sum(self.widths)
        self.height = tallest + self.PAD_TOP + self.PAD_BOTTOM
        return self.width, self.height

    def measured(self) -> float:
        """The row's height, wrapping it only the first time (its widths are fixed)."""
        if not self._heights:
            self.wrap(0, 1e6)
        return self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A row at the foot of a page, or a note longer than a page: split the cells' text
        # line by line.
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        room = availHeight - self.PAD_TOP - self.PAD_BOTTOM
        first: list[list[Flowable]] = []
        rest: list[list[Flowable]] = []
        for cell, width in zip(self.cells, self.widths, strict=True):
            head: list[Flowable] = []
            tail: list[Flowable] = []
            used = 0.0
            for part in cell:
                if tail:
                    tail.append(part)
                    continue
                _, h = part.wrap(width - 2 * self.PAD_X, room)
                if used + h <= room:
                    head.append(part)
                    used += h
                    continue
                pieces = part.split(width - 2 * self.PAD_X, room - used)
                if len(pieces) == 2:
                    head.append(pieces[0])
                    tail.append(pieces[1])
                else:
                    tail.append(part)
            first.append(head)
            rest.append(tail)
        if not any(first) or not any(rest):
            return []
        # A cell with nothing on this page but text on the next would show the row's
        # reference and contributor beside an empty box: move the whole row on instead.
        if any(tail and not head for head, tail in zip(first, rest, strict=True)):
            return []
        return [Row(first, self.widths, self.background), Row(rest, self.widths, self.background)]

    def draw(self) -> None:
        canvas = self.canv
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, 0, 1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(0, 0, self.width, 0)
        x = 0.0
        for cell, heights, width in zip(self.cells, self._heights, self.widths, strict=True):
            y = self.height - self.PAD_TOP
            for part, h in zip(cell, heights, strict=True):
                y -= h
                part.drawOn(canvas, x + self.PAD_X, y)
            x += width


class RowsUnderHeader(Flowable):
    """A header row and the rows under it, the header repeated on every page the rows reach.

    Like a Table with repeatRows=1, but its rows stay light Row flowables: a split returns the
    rows that fit under the header, then a new block with the header in front of the rest.
    """

    def __init__(self, header: Flowable, rows: list[Row]) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self._drawn: list[tuple[Flowable, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.header.wrap(availWidth, availHeight)[1]
        self.height += sum(row.measured() for row in self.rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self.split_keeping(availWidth, availHeight, 1)

    def split_keeping(self, availWidth: float, availHeight: float, least: int) -> list[Flowable]:
        """What fits with the header and at least `least` rows (or [] for none), then the rest."""
        room = availHeight - self.header.wrap(availWidth, availHeight)[1]
        fits: list[Row] = []
        index = 0
        while index < len(self.rows) and self.rows[index].measured() <= room:
            room -= self.rows[index].measured()
            fits.append(self.rows[index])
            index += 1
        rest = self.rows[index:]
        if rest and room > 0:
            # A long note at the foot of the page: its first lines here, the rest overleaf.
            pieces = rest[0].split(availWidth, room)
            if len(pieces) == 2:
                first, second = pieces
                assert isinstance(first, Row) and isinstance(second, Row)
                fits.append(first)
                rest = [second, *rest[1:]]
        if not rest:
            return [self]
        if len(fits) < least:
            return []
        return [RowsUnderHeader(self.header, fits), RowsUnderHeader(self.header, rest)]

    def draw(self) -> None:
        y = self.height
        for part in (self.header, *self.rows):
            height = part.height if isinstance(part, Row) else part.wrap(self.width, y)[1]
            y -= height
            part.drawOn(self.canv, 0, y)


def _table(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    zebra: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    if zebra:
        start = 1 if header else 0
        for index in range(start, len(rows)):
            if (index - start) % 2 == 1:
                commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


# A table split below a heading shows at least its header row and this many rows with it.
_FIRST_ROWS = 2
# At most this many short paragraphs (an introduction) travel with a heading and its table.
_INTRODUCTION = 2


class _WithWhatFollows(KeepTogether):
    """Headings (and a short introduction) kept on one page with the start of what follows.

    ReportLab keeps a heading with the one flowable after it only, and never with a block that
    is itself kept together (a chart with its caption), so a heading could end a page with its
    table or chart on the next. Here a table may still start below its heading, split in place,
    when its header row and first rows fit; anything else moves whole to the next page.
    """

    def __init__(self, flowables: list[Flowable], *, split_table: bool) -> None:
        super().__init__(flowables)
        self._split_table = split_table

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self._H:  # it all fits
            return list(self._content)
        *lead, last = self._content
        if self._split_table and isinstance(last, (Table, RowsUnderHeader)):
            used = sum(
                f.wrapOn(self.canv, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in lead
            )
            parts = _first_rows(last, aW, aH - used) if used < aH else []
            if parts:
                return [*lead, *parts]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._content)  # a fresh page can do no better: split as usual
        # Still one block on the next page, so its table can split in place there: loose,
        # ReportLab would keep a sub-heading with its whole table and move both on again.
        return [self.FrameBreak(), _WithWhatFollows(self._content, split_table=self._split_table)]


def _first_rows(table: Table | RowsUnderHeader, aW: float, aH: float) -> list[Flowable]:
    """The table split with its header and first rows in aH, or [] when they do not fit."""
    if isinstance(table, RowsUnderHeader):
        return table.split_keeping(aW, aH, min(_FIRST_ROWS, len(table.rows)))
    parts = table.split(aW, aH)
    if parts and len(parts[0]._cellvalues) >= table.repeatRows + _FIRST_ROWS:
        return list(parts)
    return []


def _is_heading(flowable: Flowable) -> bool:
    if isinstance(flowable, Paragraph):
        return bool(flowable.getKeepWithNext())
    # A heading of user text (a prompt, a theme, an earlier session).
    return isinstance(flowable, UserParagraph) and bool(getattr(flowable.style, "keepWithNext", 0))


def keep_with_what_follows(story: list[Flowable]) -> list[Flowable]:
    """The story with each run of headings tied to the table or block it introduces.

    A run is a heading, up to two short paragraphs introducing it, then any sub-headings with
    their own introductions: "You said, we did", its introduction, "From: session 1" and the
    first rows of its table stay on one page.
    """
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        if not _is_heading(story[index]):
            out.append(story[index])
            index += 1
            continue
        end = index
        while end < len(story) and _is_heading(story[end]):
            while end < len(story) and _is_heading(story[end]):
                end += 1
            introduction = 0
            while (
                end < len(story)
                and introduction < _INTRODUCTION
                and isinstance(story[end], (Paragraph, Spacer))
                and not _is_heading(story[end])
            ):
                end += 1
                introduction += 1
        block = story[end] if end < len(story) else None
        lead = story[index:end]
        if isinstance(block, (Table, RowsUnderHeader)):
            out.append(_WithWhatFollows([*lead, block], split_table=True))
        elif isinstance(block, KeepTogether) and not isinstance(block, _WithWhatFollows):
            out.append(_WithWhatFollows([*lead, *block._content], split_table=False))
        else:
            # A heading before text: ReportLab's keepWithNext already keeps the two together.
            out.append(story[index])
            index += 1
            continue
        index = end + 1
    return out


def _heads(*labels: str, right_from: int = 99) -> list[Paragraph]:
    return [
        Paragraph(escape(say(label)), styles()["head_right" if i >= right_from else "head"])
        for i, label in enumerate(labels)
    ]


def _header_fit(label: str, least: float) -> float:
    """A column's width: at least `least`, and wide enough that no word of its header (in the
    record's wording: "Pleidleisiau / Votes") breaks inside itself."""
    style = styles()["head"]
    widest = max(
        (pdfmetrics.stringWidth(w, style.fontName, style.fontSize) for w in say(label).split()),
        default=0.0,
    )
    return max(least, widest + 2 * CELL_PADDING + 1)


def _chunks(rows: list[list[Any]], size: int) -> Iterable[list[list[Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def excerpt(text: str, limit: int = 90) -> str:
    """The start of a note for cross-references, cut at a word and never mid-character."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + "…"


# ----- sections ------------------------------------------------------------------------------


def _cover(content: RecordContent, frame_width: float) -> list[Flowable]:
    band = [
        user(content.organisation or "Co-design record", "cover_org"),
        user(content.workshop_title, "cover_title"),
        user(content.session_title, "cover_session"),
        own(content.held_on, "cover_date"),
    ]
    title_block = Table([[band]], colWidths=[frame_width])
    title_block.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 18),
                ("RIGHTPADDING", (0, 0), (-1, -1), 18),
                ("TOPPADDING", (0, 0), (-1, -1), 22),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 22),
            ]
        )
    )
    colour = DRAFT_RED if not content.is_final else ACCENT
    status_rows = [[own(content.status_line, "status")]]
    status_rows += [[own(line, "small")] for line in content.history]
    status = Table(status_rows, colWidths=[frame_width])
    status.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 4, colour),
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    facts = [
        [own(f.label, "cell_bold"), user(f.value, "cell") if f.user_text else own(f.value, "cell")]
        for f in content.facts
    ]
    facts_table = _table(facts, [42 * mm, frame_width - 42 * mm], header=False, zebra=True)
    cover: list[Flowable] = [
        _CoverAnchor(SECTION_TITLES[Section.COVER]),
        title_block,
        Spacer(1, 10),
        status,
        Spacer(1, 14),
        facts_table,
    ]
    if content.merged_note:
        cover += [Spacer(1, 10), own(content.merged_note)]
    return cover


class _CoverAnchor(Flowable):
    """An invisible bookmark for the cover, which has no printed heading of its own."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.outline = (title, 0)
        self.width = self.height = 0

    def draw(self) -> None:
        return None


def _arrangements(content: RecordContent) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 8), Heading(SECTION_TITLES[Section.ARRANGEMENTS], 0, "h2")]
    if content.payment_offer.strip():
        story.append(user(content.payment_offer))
    if content.arrangements.strip():
        story.append(user(content.arrangements))
    elif not content.payment_offer.strip():
        story.append(own("No access or reimbursement arrangements were recorded for this session."))
    return story


def _stat_row(pairs: list[tuple[int, str]], width: float) -> Table:
    cells = [[own(str(n), "stat_number"), own(label, "stat_label")] for n, label in pairs]
    table = Table([cells], colWidths=[width / len(pairs)] * len(pairs))
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _summary(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [Heading(SECTION_TITLES[Section.SUMMARY], 0, "h1")]
    if content.written_summary.strip():
        story.append(Heading("What we heard", 1, "h2"))
        story += [user(part) for part in content.written_summary.split("\n\n") if part.strip()]
    if content.quotes:
        story.append(Heading("In people's words", 1, "h2"))
        for c in content.quotes:
            story.append(
                KeepTogether(
                    [
                        user(f"“{c.text}”", "quote"),
                        user(f"{c.ref} · {c.contributor}", "muted"),
                        Spacer(1, 4),
                    ]
                )
            )
    figures = (
        ("people", content.attendee_count),
        ("contributions", len(content.contributions)),
        ("votes", content.total_votes),
        ("actions", len(content.actions)),
    )
    story.append(
        _stat_row([(n, count_sentences.stat_label(kind, n)) for kind, n in figures], width)
    )
    story.append(Heading("Who took part, by role", 1, "h2"))
    if content.attendance_by_role:
        rows = [_heads("Role", "People", right_from=1)]
        rows += [
            [own(line.label, "cell"), Label(str(line.count), right=True)]
            for line in content.attendance_by_role
        ]
        story.append(_table(rows, [width - 30 * mm, 30 * mm]))
    else:
        story.append(own("Attendance was not recorded for this session."))
    story.append(Heading("Citizen voice and professional voice", 1, "h2"))
    story.append(
        own(
            "Contributions and votes from people with lived experience, carers and community "
            "members (the citizen voice), compared with those from professionals."
        )
    )
    chart = voice_drawing(content.balance, width)
    story.append(KeepTogether([chart, Spacer(1, 4), own(describe_voice(content.balance), "muted")]))
    threshold = content.board.session.voice_threshold
    if content.balance.professionals_dominate(threshold):
        story.append(
            own(
                count_sentences.professional_share_warning(
                    content.balance.professional_share, threshold
                ),
                "status",
            )
        )
    heading = Heading("Top priorities", 1, "h2")
    if content.top_priorities:
        rows = [_heads("", "Contribution", "Votes", right_from=2)]
        for index, c in enumerate(content.top_priorities, start=1):
            rows.append(
                [
                    Label(str(index), bold=True),
                    _contribution_cell(c),
                    Label(str(c.votes), right=True),
                ]
            )
        # A handful of rows: never leave the last one alone on the next page.
        votes = _header_fit("Votes", 20 * mm)
        table = _table(rows, [10 * mm, width - 10 * mm - votes, votes])
        story.append(KeepTogether([heading, table]))
    else:
        story.extend([heading, own("No votes were cast in this session.")])
    return story


def _contribution_cell(c: Contribution, *, full: bool = True) -> list[Flowable]:
    text = c.text if full else excerpt(c.text)
    cell: list[Flowable] = [user(text, "cell")]
    cell.append(user(f"{c.ref} · {c.contributor}", "muted"))
    return cell


def _board(
    content: RecordContent, frame: tuple[float, float], options: RecordOptions
) -> list[Flowable]:
    width, height = frame
    story: list[Flowable] = [NextPageTemplate("landscape"), PageBreak()]
    story.append(Heading(SECTION_TITLES[Section.BOARD], 0, "h1"))
    board = content.board
    roles = [
        r
        for r in (
            "lived_experience",
            "carer",
            "community",
            "professional",
            "facilitator",
            "observer",
        )
        if any(n.role == r for n in board.notes)
    ]
    # Room above each tile for the heading, legend and caption on the first page.
    tiles = plan_tiles(board, width, height - 100)
    if not tiles:
        story.append(own("The board had no prompts."))
    votes = {c.note.id: c.votes for c in content.contributions}
    if len(tiles) > MAX_DRAWN_PAGES:
        story += _board_in_brief(content, width, height, votes)
        tiles = []
    else:
        story.append(RoleLegend(roles, options.merged_roles))
        story.append(Spacer(1, 4))
    # The record's content holds a note's picture only where the record may show it.
    note_pictures = {c.note.id: c.picture for c in content.contributions if c.picture}
    for index, tile in enumerate(tiles):
        if index:
            story.append(PageBreak())
        caption = count_sentences.board_caption(
            tile.first_lane + 1,
            tile.first_lane + len(tile.columns),
            len(board.columns),
            tile.part,
            tile.parts,
        )
        if any(n.id in note_pictures for n in tile.notes):
            caption += " " + say("A note from a photo of paper shows its picture as written.")
        story.append(own(caption, "muted"))
        story.append(Spacer(1, 4))
        story.append(
            BoardTile(tile, board, content.refs, votes, options.merged_roles, note_pictures)
        )
    if content.drawings:
        story.append(PageBreak())
        story.append(Heading("Flipcharts and drawings", 1, "h2"))
        for drawing in content.drawings:
            figure = [_picture(drawing, width, height - 60 * mm), user(drawing.caption, "muted")]
            story.append(KeepTogether(figure))
    story += [NextPageTemplate("portrait"), PageBreak()]
    return story


def _board_in_brief(
    content: RecordContent, width: float, height: float, votes: dict[int, int]
) -> list[Flowable]:
    """A board too big to draw at 8 pt: its lanes as columns of themes and top notes."""
    board = content.board
    story: list[Flowable] = [
        own(overview_caption(len(board.notes), MAX_DRAWN_PAGES), "muted"),
        Spacer(1, 6),
    ]
    per_page = max(1, int((width + 10) // (MIN_LANE_WIDTH + 10)))
    per_page = min(per_page, 4)
    columns = list(board.columns)
    for start in range(0, len(columns), per_page):
        if start:
            story.append(PageBreak())
        group = columns[start : start + per_page]
        story.append(BoardOverview(board, group, content.refs, votes, height - 110))
    return story


def _picture(picture: PictureData, max_width: float, max_height: float) -> Flowable:
    """A stored JPEG at its shape, no larger than the room given."""
    scale = min(max_width / max(picture.width, 1), max_height / max(picture.height, 1))
    return Image(
        io.BytesIO(picture.jpeg), width=picture.width * scale, height=picture.height * scale
    )


def _contributions(
    content: RecordContent, width: float, cancelled: Callable[[], bool] | None
) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        Heading(SECTION_TITLES[Section.CONTRIBUTIONS], 0, "h1"),
        own(count_sentences.all_contributions_intro(len(content.contributions))),
    ]
    votes = _header_fit("Votes", 14 * mm)
    widths = [13 * mm, width - 13 * mm - 52 * mm - votes, 52 * mm, votes]
    header = _heads("Ref", "Contribution", "Contributed by", "Votes", right_from=3)
    row_style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    head_table = Table([header], colWidths=widths)
    head_table.setStyle(TableStyle([*row_style, ("BACKGROUND", (0, 0), (-1, -1), NAVY)]))
    contributor_cells: dict[str, Flowable] = {}
    for group in content.columns:
        check_cancelled(cancelled)
        story.append(CondPageBreak(40 * mm))
        story.append(user_heading(group.column.title, 1, "h2", prefix=say("Prompt:") + " "))
        if not group.count:
            story.append(own("No contributions under this prompt.", "muted"))
            continue
        for theme in group.groups:
            label = theme.title if theme.title is not None else say("Not grouped into a theme")
            title = (
                user_heading(theme.title, 2, "h3", prefix=say("Theme:") + " ")
                if theme.title is not None
                else Heading(label, 2, "h3")
            )
            story.append(title)  # kept with its first rows (keep_with_what_follows)
            # One light row flowable per note: cheap to lay out and to break between pages.
            rows: list[Row] = []
            for index, c in enumerate(theme.contributions):
                text: list[Flowable] = [user(c.text, "cell")]
                if c.picture is not None:
                    text.append(_picture(c.picture, 40 * mm, 40 * mm))
                if c.redacted:
                    text.append(own("Edited for publication", "muted"))
                who = contributor_cells.get(c.contributor)
                if who is None:
                    who = contributor_cells[c.contributor] = user(c.contributor, "cell")
                cells = [Label(c.ref, bold=True), text, who, Label(str(c.votes or ""), right=True)]
                rows.append(Row(cells, widths, ZEBRA if index % 2 else None))
            story.append(RowsUnderHeader(head_table, rows))
    return story


def _tables(content: RecordContent, width: float) -> list[Flowable]:
    """A part per table (its voices, its notes by prompt, what it took back), then the plenary."""
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.TABLES], 0, "h1"),
    ]
    if not content.tables:
        story.append(own("The session worked as one group; it had no tables."))
        return story
    story.append(own(count_sentences.tables_intro(len(content.tables))))
    widths = [13 * mm, width - 13 * mm - 52 * mm - 24 * mm, 52 * mm, 24 * mm]
    for table in content.tables:
        story.append(CondPageBreak(40 * mm))
        story.append(user_heading(table.name, 1, "h2", prefix=say("Table:") + " "))
        story.append(own(table_summary(table)))
        for prompt, notes in table.columns:
            story.append(user_heading(prompt, 2, "h3", prefix=say("Prompt:") + " "))
            rows = [_heads("Ref", "Contribution", "Contributed by", "Plenary")]
            rows += [
                [
                    Label(c.ref, bold=True),
                    user(c.text, "cell"),
                    user(c.contributor, "cell"),
                    own("To the plenary" if c.note.harvested else "", "cell"),
                ]
                for c in notes
            ]
            story.append(_table(rows, widths))
    story.append(CondPageBreak(40 * mm))
    story.append(Heading("The plenary", 1, "h2"))
    if not content.plenary:
        story.append(own("No table's contributions were taken to the plenary."))
        return story
    story.append(own(count_sentences.plenary_intro(len(content.plenary))))
    votes = _header_fit("Votes", 14 * mm)
    plenary_widths = [13 * mm, width - 13 * mm - 45 * mm - votes, 45 * mm, votes]
    rows = [_heads("Ref", "Contribution", "From the table", "Votes", right_from=3)]
    rows += [
        [
            Label(c.ref, bold=True),
            user(c.text, "cell"),
            user(c.table or "", "cell"),
            Label(str(c.votes or ""), right=True),
        ]
        for c in content.plenary
    ]
    story.append(_table(rows, plenary_widths))
    return story


def _votes(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        Heading(SECTION_TITLES[Section.VOTES], 0, "h1"),
    ]
    if not content.votes:
        story.append(own("No votes were cast in this session."))
        return story
    story.append(own(count_sentences.votes_intro(content.votes_per_person, content.total_votes)))
    if content.hidden_voices_note:
        story.append(own(content.hidden_voices_note))
    story.append(Heading("Citizen voice and professional voice side by side", 1, "h2"))
    half = (width - 6 * mm) / 2
    sides = []
    voices = (
        (
            "Citizen voice",
            "Citizen",
            content.citizen_top,
            "citizen_votes",
            content.citizen_votes_shown,
        ),
        (
            "Professional voice",
            "Professional",
            content.professional_top,
            "professional_votes",
            content.professional_votes_shown,
        ),
    )
    for label, _, items, key, shown in voices:
        rows = [_heads(f"{label}: top priorities", "Votes", right_from=1)]
        if shown:
            for c in items:
                rows.append(
                    [_contribution_cell(c, full=False), Label(str(getattr(c, key)), right=True)]
                )
        if not shown:
            rows.append([own("Too few to show separately.", "muted"), own("", "number")])
        elif len(rows) == 1:
            rows.append([own("No votes from this voice.", "muted"), own("", "number")])
        sides.append(_table(rows, [half - 16 * mm, 16 * mm]))
    pair = Table([sides], colWidths=[half + 3 * mm, half + 3 * mm])
    pair.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    story.append(pair)
    story.append(Heading("All results", 1, "h2"))
    shown_voices = [(short, key) for _, short, _, key, shown in voices if shown]
    number_columns = 1 + len(shown_voices)
    widths = [14 * mm, width - 14 * mm - number_columns * 24 * mm] + [24 * mm] * number_columns
    rows = []
    for index, c in enumerate(content.votes, start=1):
        rows.append(
            [
                Label(str(index), bold=True),
                _contribution_cell(c, full=False),
                Label(str(c.votes), right=True),
                *(Label(str(getattr(c, key)), right=True) for _, key in shown_voices),
            ]
        )
    header = _heads(
        "Rank", "Contribution", "All", *(short for short, _ in shown_voices), right_from=2
    )
    for chunk in _chunks(rows, 40):
        story.append(_table([header, *chunk], widths))
    return story


def _actions(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        Heading(SECTION_TITLES[Section.ACTIONS], 0, "h1"),
    ]
    if not content.actions:
        story.append(own("No actions were agreed in this session."))
        return story
    story.append(
        own(
            "What the group agreed to do, who leads it, and which contributions it came from. "
            "“Jointly agreed” means people with lived experience and professionals both agreed it. "
            "The status is as agreed on the day; later progress is under “Since then”."
        )
    )
    widths = [10 * mm, width - 10 * mm - 114 * mm, 32 * mm, 20 * mm, 26 * mm, 36 * mm]
    header = _heads("", "Action", "Owner and co-lead", "Due", "On the day", "Since then")
    rows = [header]
    for action in content.actions:
        rows.append(
            [
                own(action.ref, "ref"),
                _action_cell(action),
                [user(action.owner, "cell"), user(f"{say('Co-lead:')} {action.co_lead}", "muted")],
                own(action.due, "cell"),
                [
                    own(action.status, "cell_bold"),
                    own(f"{say('Jointly agreed:')} {action.jointly_agreed}", "muted"),
                ],
                [user(line, "cell") for line in action.since_then]
                or [own("No change since.", "muted")],
            ]
        )
    for chunk in _chunks(rows[1:], 25):
        story.append(_table([header, *chunk], widths))
    return story


def _action_cell(action: ActionRow) -> list[Flowable]:
    cell: list[Flowable] = [user(action.title, "cell_bold")]
    if action.description.strip():
        cell.append(user(action.description, "cell"))
    for source in action.sources:
        said = say_with("From {ref}:", ref=source.ref)
        cell.append(user(f"{said} “{excerpt(source.text, 70)}”", "muted"))
    if action.withheld_sources:
        cell.append(own(count_sentences.withheld_sources(action.withheld_sources), "muted"))
    return cell


def _you_said(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(80 * mm),
        Heading(SECTION_TITLES[Section.YOU_SAID], 0, "h1"),
    ]
    if not content.progress:
        story.append(own("There were no actions from earlier sessions to report on."))
        return story
    story.append(
        own(
            "Progress on the actions agreed at earlier sessions, including those that could "
            "not be done and why."
        )
    )
    widths = [width - 32 * mm - 26 * mm - 62 * mm, 32 * mm, 26 * mm, 62 * mm]
    header = _heads("What was agreed", "Owner and co-lead", "Due", "What happened")
    current = None
    rows: list[list[Any]] = []

    def flush() -> None:
        if rows:
            for chunk in _chunks(rows, 25):
                story.append(_table([header, *chunk], widths))
            rows.clear()

    for row in content.progress:
        if row.session != current:
            flush()
            current = row.session
            story.append(user_heading(row.session, 1, "h2", prefix=say("From:") + " "))
        agreed: list[Flowable] = [user(row.title, "cell_bold")]
        for said, who in row.you_said:
            agreed.append(user(f"{say('You said:')} “{excerpt(said, 90)}” — {who}", "muted"))
        if row.withheld_sources:
            agreed.append(own(count_sentences.withheld_sources(row.withheld_sources), "muted"))
        agreed.append(own(f"{say('Jointly agreed:')} {row.jointly_agreed}", "muted"))
        happened: list[Flowable] = [own(f"{say('Status now:')} {row.status}", "cell_bold")]
        happened += [user(u.line, "cell") for u in row.updates]
        if row.reason_to_show is not None:
            happened.append(own("Why it could not be done:", "cell_bold"))
            happened.append(user(row.reason_to_show, "cell"))
        if not row.updates and row.reason_to_show is None:
            happened.append(own("No progress reported yet.", "muted"))
        due: list[Flowable] = [own(row.due, "cell")]
        if row.overdue:
            due.append(own("Overdue", "overdue"))
        rows.append(
            [
                agreed,
                [user(row.owner, "cell"), user(f"{say('Co-lead:')} {row.co_lead}", "muted")],
                due,
                happened,
            ]
        )
    flush()
    return story


def _next_steps(content: RecordContent, width: float) -> list[Flowable]:
    rows = [
        [own(f.label, "cell_bold"), user(f.value, "cell") if f.user_text else own(f.value, "cell")]
        for f in content.next_steps
    ]
    return [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.NEXT_STEPS], 0, "h1"),
        _table(rows, [48 * mm, width - 48 * mm], header=False, zebra=True),
        Spacer(1, 8),
        own("Thank you to everyone who gave their time and their experience to this session."),
    ]


def _count_table(lines: tuple[CountLine, ...], width: float, first: str) -> Flowable:
    rows = [_heads(first, "People", right_from=1)]
    rows += [[own(line.label, "cell"), Label(str(line.count), right=True)] for line in lines]
    return _table(rows, [width - 30 * mm, 30 * mm])


def _attendance_more(content: RecordContent, width: float) -> list[Flowable]:
    """Voice groups, apologies, absences and the gaps the facilitator noted."""
    story: list[Flowable] = []
    if content.attendance_by_voice:
        story.append(Heading("Who took part, by voice", 1, "h2"))
        story.append(_count_table(content.attendance_by_voice, width, "Voice"))
    if content.apologies_by_role:
        story.append(Heading("Sent apologies", 1, "h2"))
        story.append(_count_table(content.apologies_by_role, width, "Role"))
    if content.absent_by_role:
        story.append(Heading("Registered but did not come", 1, "h2"))
        story.append(_count_table(content.absent_by_role, width, "Role"))
    story.append(Heading("Who was missing", 1, "h2"))
    story.append(user(content.gaps) if content.gaps.strip() else own("No gaps were noted."))
    return story


def _attendance(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.ATTENDANCE], 0, "h1"),
    ]
    if not content.attendee_count:
        story.append(own("Attendance was not recorded for this session."))
        return story + _attendance_more(content, width)
    story.append(own(count_sentences.people_took_part(content.attendee_count)))
    if content.named_attendees:
        story.append(Heading("Named with their agreement", 1, "h2"))
        for name in content.named_attendees:
            story.append(
                user_paragraph(
                    name,
                    ParagraphStyle(
                        "bullet",
                        parent=styles()["body"],
                        leftIndent=12,
                        bulletIndent=2,
                        spaceAfter=2,
                    ),
                )
            )
    if content.unnamed_by_role:
        story.append(Heading("Others who took part, by role", 1, "h2"))
        rows = [_heads("Role", "People", right_from=1)]
        rows += [
            [own(line.label, "cell"), Label(str(line.count), right=True)]
            for line in content.unnamed_by_role
        ]
        story.append(_table(rows, [width - 30 * mm, 30 * mm]))
    story += _attendance_more(content, width)
    return story


def _feedback(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.FEEDBACK], 0, "h1"),
    ]
    summary = content.feedback
    if summary is None:
        story.append(own("Nobody gave feedback at this session."))
        return story
    if suppressed(summary.respondents):
        story.append(own(count_sentences.fewer_than_answered(SUPPRESS_BELOW, "questions")))
        return story
    story.append(own(count_sentences.feedback_respondents(summary.respondents, summary.from_cards)))
    scales = [q for q in summary.questions if q.kind == "scale"]
    if scales:
        points = [option_words(option) for option in SCALE]
        rows = [_heads("", *points, "Answered", right_from=1)]
        for question in scales:
            if question.suppressed:
                rows.append(
                    [
                        user(question.text, "cell"),
                        *([own("", "number")] * len(points)),
                        own("fewer than 5", "number"),
                    ]
                )
                continue
            rows.append(
                [
                    user(question.text, "cell"),
                    *(Label(str(c.count), right=True) for c in question.counts),
                    Label(str(question.answered), right=True),
                ]
            )
        point_width = 21 * mm
        story.append(
            _table(
                rows, [width - point_width * (len(points) + 1), *[point_width] * (len(points) + 1)]
            )
        )
    ladder = summary.ladder
    if ladder is not None and summary.stated_rung is not None:
        story.append(Heading("How involved people felt", 1, "h2"))
        story.append(own(stated_level(summary.stated_rung)))
        if ladder.suppressed:
            story.append(own(count_sentences.fewer_than_answered(SUPPRESS_BELOW, "question")))
        else:
            rows = [_heads(ladder.text, "People", "Stated level", right_from=1)]
            for count in ladder.counts:
                stated = say("stated") if count.value == summary.stated_rung.value else ""
                rows.append(
                    [
                        own(count.label, "cell"),
                        Label(str(count.count), right=True),
                        own(stated, "number"),
                    ]
                )
            story.append(_table(rows, [width - 50 * mm, 22 * mm, 28 * mm]))
    for question in summary.questions:
        if question.kind != "text":
            continue
        story.append(Heading(question.text, 1, "h2"))
        if question.suppressed:
            story.append(own(count_sentences.fewer_than_answered(SUPPRESS_BELOW, "question")))
            continue
        for comment in question.comments:
            story.append(user(comment))
    return story


def _who_we_heard_from(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.WHO_WE_HEARD_FROM], 0, "h1"),
        own(
            "People could answer a few equality monitoring questions with their feedback. "
            "The answers are kept apart from everything else and cannot be linked to anyone."
        ),
    ]
    summary = content.feedback
    asked = summary.monitoring if summary is not None else ()
    if not any(question.answered for question in asked):
        story.append(own("Nobody answered the equality monitoring questions at this session."))
        return story
    aims = content.reach_targets
    if aims:
        story.append(own(AIMS_SENTENCE))
    for question in asked:
        story.append(Heading(question.text, 1, "h2"))
        if question.suppressed:
            story.append(own(count_sentences.fewer_than_answered(SUPPRESS_BELOW, "question")))
            continue
        aimed = any((question.id, c.value) in aims for c in question.counts)
        heads = ("Answer", "People", "Share", *(("Workshop's aim",) if aimed else ()))
        rows = [_heads(*heads, right_from=1)]
        for c in question.counts:
            row = [
                own(c.label, "cell"),
                Label(str(c.count), right=True),
                Label(f"{c.percent}%", right=True),
            ]
            if aimed:
                aim = aims.get((question.id, c.value))
                row.append(own(aim_text(aim) if aim is not None else "", "number"))
            rows.append(row)
        widths = [width - 50 * mm, 25 * mm, 25 * mm]
        if aimed:
            widths = [width - 85 * mm, 25 * mm, 25 * mm, 35 * mm]
        story.append(_table(rows, widths))
    return story


def _glossary(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        Heading(SECTION_TITLES[Section.GLOSSARY], 0, "h1"),
        own(signals_sentence(content.signal_counts)),
    ]
    if not content.glossary:
        story.append(own("No words were written in the glossary at this session."))
        return story
    rows = [_heads("Word", "What it means")]
    rows += [[user(term, "cell"), user(meaning, "cell")] for term, meaning in content.glossary]
    story.append(_table(rows, [width * 0.3, width * 0.7]))
    return story


def _stay_in_touch(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.STAY_IN_TOUCH], 0, "h1"),
    ]
    if not content.contacts:
        story.append(own("Nobody asked for their contact details to be shared."))
        return story
    story.append(
        own("These people agreed to share their contact details with everyone who took part.")
    )
    rows = [_heads("Name", "Organisation", "Contact")]
    for line in content.contacts:
        rows.append(
            [
                user(line.name, "cell"),
                user(line.organisation or "", "cell"),
                user(line.contact, "cell"),
            ]
        )
    story.append(_table(rows, [width * 0.36, width * 0.32, width * 0.32]))
    return story


def _method(content: RecordContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Heading(SECTION_TITLES[Section.METHOD], 0, "h1"),
    ]
    story += [own(line) for line in content.method]
    if content.stages:
        story.append(Heading("Agenda", 1, "h2"))
        rows = [_heads("Stage", "What people did", "Time", right_from=2)]
        rows += [
            [user(name, "cell"), own(kind, "cell"), own(minutes, "number")]
            for name, kind, minutes in content.stages
        ]
        story.append(_table(rows, [width - 70 * mm, 50 * mm, 20 * mm]))
    story.append(Heading("About this record", 1, "h2"))
    # One block, so its last line never ends the record alone on a page of its own.
    about = [own(content.status_line), *(own(line, "small") for line in content.history)]
    about.append(own(say_with("Produced on {day}.", day=dt.date.today()), "muted"))
    story.append(KeepTogether(about))
    return story


# ----- document ------------------------------------------------------------------------------


def build_story(
    content: RecordContent,
    options: RecordOptions,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Flowable]:
    """The record as a list of flowables, section by section as the options ask."""
    width = PAGE[0] - 2 * MARGIN
    land = landscape(PAGE)
    board_frame = (land[0] - 2 * WIDE_MARGIN, land[1] - TOP_MARGIN - BOTTOM_MARGIN)
    builders: list[tuple[Section, Callable[[], list[Flowable]]]] = [
        (Section.COVER, lambda: _cover(content, width)),
        (Section.ARRANGEMENTS, lambda: _arrangements(content)),
        (Section.SUMMARY, lambda: [PageBreak(), *_summary(content, width)]),
        (Section.BOARD, lambda: _board(content, board_frame, options)),
        (Section.CONTRIBUTIONS, lambda: _contributions(content, width, cancelled)),
        (Section.TABLES, lambda: _tables(content, width)),
        (Section.VOTES, lambda: _votes(content, width)),
        (Section.ACTIONS, lambda: _actions(content, width)),
        (Section.YOU_SAID, lambda: _you_said(content, width)),
        (Section.NEXT_STEPS, lambda: _next_steps(content, width)),
        (Section.ATTENDANCE, lambda: _attendance(content, width)),
        (Section.FEEDBACK, lambda: _feedback(content, width)),
        (Section.WHO_WE_HEARD_FROM, lambda: _who_we_heard_from(content, width)),
        (Section.GLOSSARY, lambda: _glossary(content, width)),
        (Section.STAY_IN_TOUCH, lambda: _stay_in_touch(content, width)),
        (Section.METHOD, lambda: _method(content, width)),
    ]
    chosen = [(s, b) for s, b in builders if options.includes(s)]
    story: list[Flowable] = []
    for index, (section, builder) in enumerate(chosen):
        check_cancelled(cancelled)
        if progress is not None:
            progress(
                _STORY_SHARE * index / max(len(chosen), 1),
                f"Preparing {SECTION_TITLES[section].lower()}",
            )
        story.extend(builder())
    # A board section ends with a page break; a trailing one would leave a blank page.
    while story and isinstance(story[-1], (PageBreak, NextPageTemplate)):
        story.pop()
    if story and isinstance(story[0], PageBreak):
        story.pop(0)
    return keep_with_what_follows(story)


class _RecordCanvas(Canvas):
    """A canvas that writes the total page count into every footer once it is known."""

    pages = 0

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        # Every footer drew this form; defining it last fills in "of Y" on all pages.
        self.beginForm("page-total")
        self.setFont(fonts.BODY, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


def _elided(text: str, width: float, size: float = 8) -> str:
    """Text of the record's own wording cut at a word with "…" to fit width on one line."""
    if pdfmetrics.stringWidth(text, fonts.BODY, size) <= width:
        return text
    words = text.split()
    while words and pdfmetrics.stringWidth(" ".join(words) + " …", fonts.BODY, size) > width:
        words.pop()
    return " ".join(words) + " …"


def _one_line(text: str, width: float) -> Paragraph:
    """The running header: the text on one line, cut at a word with "…" if it is too long."""

    def header(candidate: str) -> Paragraph:
        return Paragraph(rich_text(candidate), style_for(styles()["header"], candidate))

    style = styles()["header"]
    paragraph = header(text)
    if paragraph.wrap(width, 100)[1] <= style.leading * 1.5:
        return paragraph
    words = text.split(" ")
    low, high = 1, len(words)
    while low < high:  # the most words that still fit on one line with the ellipsis
        middle = (low + high + 1) // 2
        if header(" ".join(words[:middle]) + "…").wrap(width, 100)[1] <= style.leading * 1.5:
            low = middle
        else:
            high = middle - 1
    return header(" ".join(words[:low]) + "…")


class _RecordDocument(BaseDocTemplate):
    """Portrait and landscape pages; bookmarks, progress and cancelling while laying out."""

    def __init__(
        self,
        filename: str,
        content: RecordContent,
        *,
        total: int,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(filename, **kwargs)
        self.content = content
        self._total = max(total, 1)
        self._done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._bookmarks = 0
        marks = []
        if content.not_for_publication:
            marks.append(say("Not for publication"))
        if not content.is_final:
            marks.append(say("DRAFT"))
        self._marks = " · ".join(marks)
        # The running header gives way to the marks beside it (bilingual ones are long).
        self._marks_width = max(
            60 * mm, pdfmetrics.stringWidth(self._marks, fonts.BODY_BOLD, 8.5) + 6 * mm
        )
        header_text = f"{content.workshop_title} · {content.session_title}"
        self._header = _one_line(header_text, PAGE[0] - 2 * MARGIN - self._marks_width)
        portrait = Frame(
            MARGIN,
            BOTTOM_MARGIN,
            PAGE[0] - 2 * MARGIN,
            PAGE[1] - TOP_MARGIN - BOTTOM_MARGIN,
            id="portrait",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        land = landscape(PAGE)
        wide = Frame(
            WIDE_MARGIN,
            BOTTOM_MARGIN,
            land[0] - 2 * WIDE_MARGIN,
            land[1] - TOP_MARGIN - BOTTOM_MARGIN,
            id="landscape",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("portrait", [portrait], onPage=self._decorate, pagesize=PAGE),
                PageTemplate("landscape", [wide], onPage=self._decorate, pagesize=land),
            ]
        )

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        margin = WIDE_MARGIN if width > height else MARGIN
        canvas.saveState()
        if not self.content.is_final:
            # Under the page's content, and in every page's text so it cannot be missed.
            canvas.saveState()
            canvas.setFillColor(DRAFT_RED)
            canvas.setFillAlpha(0.07)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            canvas.setFont(fonts.BODY_BOLD, 130)
            marks_drawn = say("DRAFT").split(BILINGUAL_SEPARATOR)
            # Bilingual: the Welsh above the English, each as large as one would be.
            for line, word in enumerate(marks_drawn):
                canvas.drawCentredString(0, -45 - 120 * (line - (len(marks_drawn) - 1) / 2), word)
            canvas.restoreState()
        # Header: the record it belongs to, and the draft mark in words.
        _, h = self._header.wrap(width - 2 * margin - self._marks_width, 20)
        self._header.drawOn(canvas, margin, height - 14 * mm - h + 8)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - 16 * mm, width - margin, height - 16 * mm)
        if self._marks:
            canvas.setFont(fonts.BODY_BOLD, 8.5)
            canvas.setFillColor(DRAFT_RED)
            canvas.drawRightString(width - margin, height - 14 * mm, self._marks)
        # Footer: status and page number.
        canvas.line(margin, 14 * mm, width - margin, 14 * mm)
        canvas.setFont(fonts.BODY, 8)
        canvas.setFillColor(MUTED)
        label = f"{say('Page')} {canvas.getPageNumber()} {say('of')} "
        x = width - margin - 12 * mm
        # The status line gives way to the page number (a bilingual one can be long).
        room = x - canvas.stringWidth(label, fonts.BODY, 8) - 6 * mm - margin
        canvas.drawString(margin, 10 * mm, _elided(self.content.status_line, room))
        canvas.drawRightString(x, 10 * mm, label)
        canvas.saveState()
        canvas.translate(x, 10 * mm)
        canvas.doForm("page-total")
        canvas.restoreState()
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            title, level = outline
            key = f"section-{self._bookmarks}"
            self._bookmarks += 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level >= 1)
            if key == "section-0":
                self.canv.showOutline()
        self._done += 1
        if self._done % 25 == 0:
            check_cancelled(self._cancelled)
            if self._progress is not None:
                share = min(self._done / self._total, 1.0)
                self._progress(_STORY_SHARE + (1 - _STORY_SHARE) * 0.97 * share, "Laying out pages")


def write_pdf(
    snapshot: RecordSnapshot,
    path: str | os.PathLike[str],
    options: RecordOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    """Write the record to path; a cancelled or failed export leaves no file behind.

    Raises ExportCancelled when cancelled() turns true, OutputRefused when the file may not or
    cannot be written (the open database's own files, given as `protect`, never are).
    """
    options = options or RecordOptions()
    target = check_output(path, protect)
    with in_wording(options.wording):
        return _write(snapshot, target, options, progress, cancelled, protect)


def _write(
    snapshot: RecordSnapshot,
    target: Path,
    options: RecordOptions,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    protect: RecordFiles,
) -> Path:
    content = build_content(snapshot, options)
    story = build_story(content, options, progress=progress, cancelled=cancelled)
    # A published record is an ordinary readable file.
    with atomic_output(target, protect, mode=0o644) as temporary:
        document = _RecordDocument(
            str(temporary),
            content,
            total=len(story),
            progress=progress,
            cancelled=cancelled,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=content.title,
            author=content.organisation or "Co-design workshop",
            subject=say_with("Record of a co-design session held on {day}", day=content.date),
            creator="Co-design workshop",
            keywords=["co-design", "session record"],
            lang=options.language,
            initialFontName=fonts.BODY,
        )
        document.build(story, canvasmaker=_RecordCanvas)
        check_cancelled(cancelled)
    if progress is not None:
        progress(1.0, "Done")
    return target
