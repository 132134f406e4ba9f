"""Writes the Easy Read record as a PDF, following the Department of Health's Easy Read guidance.

A picture on the left of each point and the words on the right, one sentence a line, every
piece of text at least 16 pt in a sans-serif font (Noto Sans), plenty of space, at most 20
pages. The sentences are the ones people wrote; the writer adds only its fixed headings.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports import fonts
from exports.easy_read_words import Words, words_for
from exports.page_numbers import Footer, counting_pages
from exports.text import user_paragraph
from workshop import symbols
from workshop.easy_read import (
    MAX_PAGES,
    NOTHING_WRITTEN,
    TOO_MANY_PAGES,
    EasyReadRefused,
    sentences,
)
from workshop.easy_read_record import EasyReadPoint, EasyReadRecord, PointKind
from workshop.files import NOTHING_PROTECTED, RecordFiles, atomic_output, check_output

__all__ = ["build_pdf", "write_easy_read_pdf"]

INK = colors.HexColor("#111111")
NAVY = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#C9D1DB")
DRAFT_RED = colors.HexColor("#B00020")

PAGE = A4
MARGIN = 20 * mm
BOTTOM = 30 * mm  # room for the page number, which is 16 pt like everything else
PICTURE = 38 * mm
PICTURE_COLUMN = 48 * mm
COVER_PICTURE = 32 * mm
# The guidance's minimum is 16 pt; the body is a little bigger, the smallest text is 16 pt.
TEXT_SIZE = 18
SMALLEST = 16


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    text = ParagraphStyle(
        "easy", fontName=fonts.BODY, fontSize=TEXT_SIZE, leading=TEXT_SIZE * 1.5, textColor=INK
    )
    return {
        "text": ParagraphStyle("easy_text", parent=text, spaceAfter=10),
        "title": ParagraphStyle(
            "easy_title",
            parent=text,
            fontName=fonts.BODY_BOLD,
            fontSize=30,
            leading=40,
            textColor=NAVY,
            spaceAfter=8,
        ),
        "tag": ParagraphStyle(
            "easy_tag", parent=text, fontName=fonts.BODY_BOLD, fontSize=20, leading=28
        ),
        "heading": ParagraphStyle(
            "easy_heading",
            parent=text,
            fontName=fonts.BODY_BOLD,
            fontSize=26,
            leading=34,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=18,
        ),
        "credit": ParagraphStyle("easy_credit", parent=text, fontSize=SMALLEST, leading=24),
    }


class _Heading(Paragraph):
    """A heading of the record's own words that is also a bookmark."""

    def __init__(self, title: str, style: ParagraphStyle) -> None:
        super().__init__(escape(title), style)
        self.outline = title


def _symbol_image(file: str, size: float = PICTURE) -> Image:
    return Image(io.BytesIO(symbols.png(file)), width=size, height=size)


def _own_image(png: bytes) -> Image:
    reader = Image(io.BytesIO(png))
    width, height = reader.imageWidth, reader.imageHeight
    scale = PICTURE / max(width, height, 1)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)


def _picture(point: EasyReadPoint) -> Image:
    if point.own_picture is not None:
        return _own_image(point.own_picture)
    return _symbol_image(point.symbol)


def _row(picture: Flowable, lines: list[Flowable], width: float, space: float = 14 * mm) -> Table:
    """One point: the picture on the left, its sentences on the right, space below."""
    table = Table(
        [[picture, lines]],
        colWidths=[PICTURE_COLUMN, width - PICTURE_COLUMN],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), space),
                ("TOPPADDING", (1, 0), (1, 0), 4),
            ]
        )
    )
    return table


def _point(point: EasyReadPoint, language: str, style: ParagraphStyle, width: float) -> Table:
    # One sentence a line, as written: the writer only breaks the text where a sentence ends.
    lines: list[Flowable] = [
        user_paragraph(sentence, style) for sentence in sentences(point.text_in(language))
    ]
    return _row(_picture(point), lines, width)


def _own_lines(text: str, style: ParagraphStyle) -> list[Flowable]:
    """The record's own words, one sentence a line like everything else."""
    return [Paragraph(escape(sentence), style) for sentence in sentences(text)]


def _cover(
    record: EasyReadRecord, words: Words, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    text = styles["text"]
    rows: list[tuple[str, list[Flowable]]] = []
    if not record.is_final:
        rows.append(("26A0", _own_lines(words.draft, text)))
    rows.append(("1F465", _own_lines(words.this_is, text)))
    when = words.meeting_date.format(date=words.date(record.date))
    rows.append(("1F4C5", _own_lines(when, text)))
    if record.organisation.strip():
        line = words.from_organisation.format(organisation=record.organisation.strip())
        rows.append(("1F3E2", [user_paragraph(line, text)]))
    return [
        Paragraph(escape(words.easy_read), styles["tag"]),
        Spacer(1, 4 * mm),
        user_paragraph(record.session_title, styles["title"]),
        Spacer(1, 8 * mm),
        *(_row(_symbol_image(f, COVER_PICTURE), lines, width, 8 * mm) for f, lines in rows),
    ]


def _about(
    record: EasyReadRecord, words: Words, styles: dict[str, ParagraphStyle], width: float
) -> list[Flowable]:
    lines = _own_lines(words.credit, styles["credit"])
    if any(p.own_picture is not None for p in record.points):
        organisation = record.organisation.strip()
        line = (
            words.own_pictures.format(organisation=organisation)
            if organisation
            else words.own_pictures_plain
        )
        lines.append(user_paragraph(line, styles["credit"]))
    return [
        _Heading(words.about, styles["heading"]),
        _row(_symbol_image("1F4D6"), lines, width),
    ]


def build_story(record: EasyReadRecord, language: str) -> list[Flowable]:
    """The Easy Read record as flowables; refused when nobody wrote a point in that language."""
    points = record.published(language)
    if not points:
        raise EasyReadRefused(NOTHING_WRITTEN)
    words = words_for(language)
    styles = _styles()
    width = PAGE[0] - 2 * MARGIN
    story = _cover(record, words, styles, width)
    for kind, heading in ((PointKind.MESSAGE, words.messages), (PointKind.ACTION, words.actions)):
        chosen = [p for p in points if p.kind is kind]
        if not chosen:
            continue
        story.append(PageBreak())
        story.append(_Heading(heading, styles["heading"]))
        story.extend(_point(p, language, styles["text"], width) for p in chosen)
    story.append(PageBreak())
    story.extend(_about(record, words, styles, width))
    return story


def _footer(words: Words) -> Footer:
    """Each page's foot: "Page N of M", centred."""

    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.BODY, SMALLEST)
        canvas.setFillColor(INK)
        text = words.page.format(page=number, pages=total)
        canvas.drawCentredString(PAGE[0] / 2, 14 * mm, text)

    return draw


class _Document(BaseDocTemplate):
    def __init__(self, filename: Any, record: EasyReadRecord, words: Words, **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        self.page_count = 0
        frame = Frame(
            MARGIN,
            BOTTOM,
            PAGE[0] - 2 * MARGIN,
            PAGE[1] - MARGIN - BOTTOM,
            id="easy",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("easy", [frame], onPage=self._count, pagesize=PAGE)])
        self._record = record
        self._words = words

    def _count(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.page_count = canvas.getPageNumber()
        if not self._record.is_final:
            # A draft says so on every page, in words (not only in colour).
            canvas.saveState()
            canvas.setFont(fonts.BODY_BOLD, SMALLEST)
            canvas.setFillColor(DRAFT_RED)
            canvas.drawRightString(PAGE[0] - MARGIN, PAGE[1] - 12 * mm, self._words.draft_mark)
            canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if isinstance(outline, str):
            key = f"part-{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(outline, key, level=0)


def build_pdf(record: EasyReadRecord, language: str) -> tuple[bytes, int]:
    """The Easy Read record's PDF bytes and its number of pages."""
    words = words_for(language)
    story = build_story(record, language)
    buffer = io.BytesIO()
    title = f"{words.easy_read}: {record.session_title}"
    document = _Document(
        buffer,
        record,
        words,
        pagesize=PAGE,
        title=title,
        author=record.organisation or "Co-design workshop",
        subject=words.this_is,
        creator="Co-design workshop",
        lang="cy-GB" if words.language == "cy" else "en-GB",
        initialFontName=fonts.BODY,
    )
    document.build(story, canvasmaker=counting_pages(_footer(words)))
    return buffer.getvalue(), document.page_count


def write_easy_read_pdf(
    record: EasyReadRecord,
    path: str | os.PathLike[str],
    language: str = "en",
    *,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    """Write the Easy Read record to path; refused (nothing written) past 20 pages."""
    target = check_output(path, protect)
    data, pages = build_pdf(record, language)
    if pages > MAX_PAGES:
        raise EasyReadRefused.of(TOO_MANY_PAGES, pages=pages)
    with atomic_output(target, protect, mode=0o644) as temporary:
        temporary.write_bytes(data)
    return target
