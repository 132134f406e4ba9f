"""Writes a session's feedback and monitoring as CSV: counts only, small numbers suppressed.

Never an individual answer: free-text answers are counted, not quoted. Same encoding and
formula-safety as the actions CSV.
"""

from __future__ import annotations

import csv
import io

from exports.csv_actions import ENCODING, neutralise
from workshop.feedback_report import FeedbackSummary, QuestionSummary, fewer_than

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
                summary.stated_involvement,
            ]
        )
    for question in summary.monitoring:
        rows += _rows("monitoring", question, language)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue().encode(ENCODING)


__all__ = ["COLUMNS", "feedback_csv"]
