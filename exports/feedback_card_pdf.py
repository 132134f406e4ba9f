"""Writes the printable feedback card: the session's questions on paper, for people without phones.

Page one holds the organiser's feedback questions (five faces with words and a box to tick for
each scale question, the ladder in plain words, a box to write in); page two the optional
equality monitoring questions, each with "prefer not to say". Printed double-sided it is one
sheet a person; the facilitator types the ticked answers in (Feedback panel › Type in a card).
No name, number or mark on the card identifies who filled it in.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from exports import fonts
from exports.page_numbers import Footer, counting_pages
from exports.text import user_paragraph
from workshop import bundled
from workshop.feedback import MONITORING_QUESTIONS, Option, Question, QuestionKind
from workshop.files import NOTHING_PROTECTED, RecordFiles, atomic_output, check_output

__all__ = ["CardWords", "build_card", "card_words", "write_feedback_card"]

INK = colors.HexColor("#111111")
NAVY = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#8A96A6")

PAGE = A4
MARGIN = 15 * mm
BOTTOM = 17 * mm
FACE = 11 * mm
BOX = 6 * mm
TEXT_SIZE = 13
SMALL = 11


@dataclass(frozen=True, slots=True)
class CardWords:
    """The card's own words in one language (fixed wording, never built from what people said)."""

    language: str
    title: str
    how_to: str
    about_you: str
    about_you_why: str
    write_here: str
    credit: str
    page: str  # with {page} and {pages}


ENGLISH = CardWords(
    language="en",
    title="How was today?",
    how_to="Tick one box for each question. You can leave out any question. "
    "Please do not write your name.",
    about_you="About you (you can leave this page out)",
    about_you_why="These questions help us see who we heard from. Your answers are added "
    "up with everyone else's and kept apart from your other answers.",
    write_here="Write here",
    credit="Faces: OpenMoji (openmoji.org), CC BY-SA 4.0.",
    page="Page {page} of {pages}",
)

WELSH = CardWords(
    language="cy",
    title="Sut aeth heddiw?",
    how_to="Ticiwch un blwch ar gyfer pob cwestiwn. Gallwch chi adael unrhyw gwestiwn allan. "
    "Peidiwch ag ysgrifennu eich enw.",
    about_you="Amdanoch chi (gallwch chi adael y dudalen hon allan)",
    about_you_why="Mae'r cwestiynau hyn yn ein helpu i weld pwy glywson ni ganddyn nhw. Caiff "
    "eich atebion eu hadio gydag atebion pawb arall a'u cadw ar wahân i'ch atebion eraill.",
    write_here="Ysgrifennwch yma",
    credit="Wynebau: OpenMoji (openmoji.org), CC BY-SA 4.0.",
    page="Tudalen {page} o {pages}",
)


def card_words(language: str) -> CardWords:
    return WELSH if language == "cy" else ENGLISH


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    text = ParagraphStyle(
        "card", fontName=fonts.BODY, fontSize=TEXT_SIZE, leading=TEXT_SIZE * 1.3, textColor=INK
    )
    return {
        "text": text,
        "title": ParagraphStyle(
            "card_title", parent=text, fontName=fonts.BODY_BOLD, fontSize=24, leading=30,
            textColor=NAVY,
        ),
        "session": ParagraphStyle("card_session", parent=text, fontSize=14, leading=19),
        "question": ParagraphStyle(
            "card_question", parent=text, fontName=fonts.BODY_BOLD, spaceBefore=5, spaceAfter=2
        ),
        "label": ParagraphStyle(
            "card_label", parent=text, fontSize=SMALL, leading=SMALL * 1.2, alignment=TA_CENTER
        ),
        "option": ParagraphStyle("card_option", parent=text, fontSize=12, leading=15),
        "heading": ParagraphStyle(
            "card_heading", parent=text, fontName=fonts.BODY_BOLD, fontSize=18, leading=24,
            textColor=NAVY, spaceAfter=4,
        ),
    }  # fmt: skip


class TickBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WritingBox(Flowable):
    """A framed box with ruled lines to write an answer in."""

    def __init__(self, width: float, height: float, label: str) -> None:
        super().__init__()
        self.box_width = width
        self.box_height = height
        self.label = label

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.box_width = min(self.box_width, available_width)
        return self.box_width, self.box_height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.2)
        canvas.roundRect(0, 0, self.box_width, self.box_height, 3 * mm, stroke=1, fill=0)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line = 9 * mm
        y = self.box_height - line
        while y > 4 * mm:
            canvas.line(4 * mm, y, self.box_width - 4 * mm, y)
            y -= line
        canvas.setFillColor(RULE)
        canvas.setFont(fonts.BODY, SMALL)
        canvas.drawString(4 * mm, self.box_height - 6 * mm + 1, self.label)


def _face(value: str) -> Image:
    data = bundled.entry("cards", f"face-{value}.png").read_bytes()
    return Image(io.BytesIO(data), width=FACE, height=FACE)


def _grid(rows: list[list[Any]], widths: Sequence[float], padding: float = 2) -> Table:
    table = Table(rows, colWidths=list(widths), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return table


def _scale(options: Sequence[Option], language: str, styles: dict[str, ParagraphStyle]) -> Table:
    """Five faces, each with a box to its left and its words below: the picture, not colour."""
    width = (PAGE[0] - 2 * MARGIN) / len(options)
    pictures = [
        _grid([[TickBox(), _face(o.value)]], [BOX + 4, FACE + 4], padding=0) for o in options
    ]
    labels = [Paragraph(escape(o.label(language)), styles["label"]) for o in options]
    table = _grid([pictures, labels], [width] * len(options))
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, 0), "CENTER")]))
    return table


def _choices(
    options: Sequence[Option], language: str, style: ParagraphStyle, columns: int
) -> Table:
    """Options as boxes to tick, `columns` to a row."""
    width = (PAGE[0] - 2 * MARGIN) / columns
    cells = [
        _grid([[TickBox(), Paragraph(escape(o.label(language)), style)]], [BOX + 6, width - 16])
        for o in options
    ]
    rows = [cells[n : n + columns] for n in range(0, len(cells), columns)]
    rows[-1] += [""] * (columns - len(rows[-1]))
    return _grid(rows, [width] * columns, padding=1)


def _question(
    question: Question, language: str, styles: dict[str, ParagraphStyle], words: CardWords
) -> Flowable:
    parts: list[Flowable] = [user_paragraph(question.text(language), styles["question"])]
    if question.kind is QuestionKind.SCALE:
        parts.append(_scale(question.options, language, styles))
    elif question.kind is QuestionKind.LADDER:
        parts.append(_choices(question.options, language, styles["option"], 1))
    else:
        parts.append(WritingBox(PAGE[0] - 2 * MARGIN, 27 * mm, words.write_here))
    parts.append(Spacer(1, 2 * mm))
    return KeepTogether(parts)


def build_story(
    title: str, date: dt.date | None, questions: Sequence[Question], language: str
) -> list[Flowable]:
    """The card: the feedback questions, then (on a page of its own) the monitoring questions."""
    words = card_words(language)
    styles = _styles()
    heading = title if date is None else f"{title} · {date.isoformat()}"
    story: list[Flowable] = [
        Paragraph(escape(words.title), styles["title"]),
        user_paragraph(heading, styles["session"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(words.how_to), styles["text"]),
    ]
    story.extend(_question(q, language, styles, words) for q in questions)
    story.append(PageBreak())
    story.append(Paragraph(escape(words.about_you), styles["heading"]))
    story.append(Paragraph(escape(words.about_you_why), styles["text"]))
    for asked in MONITORING_QUESTIONS:
        columns = 3 if len(asked.options) > 3 else len(asked.options)
        story.append(CondPageBreak(30 * mm))
        story.append(
            KeepTogether(
                [
                    Paragraph(escape(asked.text(language)), styles["question"]),
                    _choices(asked.options, language, styles["option"], columns),
                ]
            )
        )
    return story


def _footer(words: CardWords) -> Footer:
    """Each page's foot: the faces' credit, and "Page N of M"."""

    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.BODY, SMALL)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, 10 * mm, words.credit)
        page = words.page.format(page=number, pages=total)
        canvas.drawRightString(PAGE[0] - MARGIN, 10 * mm, page)

    return draw


def build_card(
    title: str, date: dt.date | None, questions: Sequence[Question], language: str = "en"
) -> bytes:
    """The printable feedback card of a session as PDF bytes."""
    words = card_words(language)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        title=f"{words.title} {title}",
        author="Co-design workshop",
        creator="Co-design workshop",
        lang="cy-GB" if language == "cy" else "en-GB",
        initialFontName=fonts.BODY,
    )
    frame = Frame(
        MARGIN, BOTTOM, PAGE[0] - 2 * MARGIN, PAGE[1] - MARGIN - BOTTOM, id="card",
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
    )  # fmt: skip
    document.addPageTemplates([PageTemplate("card", [frame], pagesize=PAGE)])
    story = build_story(title, date, questions, language)
    document.build(story, canvasmaker=counting_pages(_footer(words)))
    return buffer.getvalue()


def write_feedback_card(
    title: str,
    date: dt.date | None,
    questions: Sequence[Question],
    path: str | os.PathLike[str],
    language: str = "en",
    *,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    """Write the printable card to path (checked first; written whole or not at all)."""
    target = check_output(path, protect)
    data = build_card(title, date, questions, language)
    with atomic_output(target, protect, mode=0o644) as temporary:
        temporary.write_bytes(data)
    return target
