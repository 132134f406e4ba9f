"""Writes a session's feedback and monitoring as CSV: counts only, small numbers suppressed.

Never an individual answer: free-text answers are counted, not quoted. Same encoding and
formula-safety as the actions CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from exports.csv_actions import ENCODING, neutralise
from workshop.feedback_report import FeedbackSummary, QuestionSummary, fewer_than
from workshop.reach import ReachLine

COLUMNS: tuple[str, ...] = (
    "section",
    "question_id",
    "question",
    "answered",
    "answer_value",
    "answer",
    "count",
    "percent",
    "note",
)


def _rows(section: str, question: QuestionSummary, language: str) -> list[list[str]]:
    base = [section, question.id, question.text, str(question.answered)]
    if question.suppressed:
        # How many answered is itself a small number: say only that it was fewer than 5.
        return [[section, question.id, question.text, "", "", "", "", "", fewer_than(language)]]
    if not question.counts:  # free text: counted, never quoted
        return [[*base, "", "", "", "", "free-text answers are in the record, not in this file"]]
    return [[*base, c.value, c.label, str(c.count), str(c.percent), ""] for c in question.counts]


def feedback_csv(summary: FeedbackSummary, language: str = "en") -> bytes:
    """The summary as CSV bytes (UTF-8 with BOM, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    respondents = summary.respondents
    hidden = respondents < 5
    writer.writerow(
        [
            "respondents",
            "",
            "People who gave feedback",
            "" if hidden else str(respondents),
            "",
            "",
            "",
            "",
            fewer_than(language) if hidden else "",
        ]
    )
    rows: list[list[str]] = []
    for question in summary.questions:
        rows += _rows("feedback", question, language)
    if summary.stated_rung is not None:
        rows.append(
            [
                "involvement",
                "stated",
                "Involvement level the facilitator stated",
                "",
                summary.stated_rung.value,
                summary.stated_rung.label(language),
                "",
                "",
                summary.stated_involvement or "",
            ]
        )
    for question in summary.monitoring:
        rows += _rows("monitoring", question, language)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue().encode(ENCODING)


REACH_COLUMNS: tuple[str, ...] = (
    "question_id",
    "question",
    "answer_value",
    "answer",
    "count",
    "percent",
    "answered",
    "target_percent",
    "target_met",
    "note",
)


SMALL_SESSIONS_LEFT_OUT = (
    "Answers from sessions where fewer than 5 people answered are left out, so they cannot "
    "be worked out from the other sessions' records"
)


def reach_csv(lines: Sequence[ReachLine]) -> bytes:
    """Who a workshop heard from, against its targets, as CSV (UTF-8 with BOM, CRLF)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(REACH_COLUMNS)
    for line in lines:
        hidden = line.count is None
        met = "" if line.met is None else ("yes" if line.met else "no")
        writer.writerow(
            neutralise(cell)
            for cell in (
                line.question_id,
                line.question,
                line.option,
                line.answer,
                "" if hidden else str(line.count),
                "" if line.percent is None else str(line.percent),
                "" if line.answered is None else str(line.answered),
                "" if line.target is None else str(line.target),
                met,
                _reach_note(line),
            )
        )
    return buffer.getvalue().encode(ENCODING)


def _reach_note(line: ReachLine) -> str:
    notes = [fewer_than()] if line.count is None else []
    if line.left_out:
        notes.append(SMALL_SESSIONS_LEFT_OUT)
    return "; ".join(notes)


__all__ = ["COLUMNS", "REACH_COLUMNS", "SMALL_SESSIONS_LEFT_OUT", "feedback_csv", "reach_csv"]
