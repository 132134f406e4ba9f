"""The interchange file's optional feedback fields of a session (the format's version stays 1).

`feedback_questions` are the organiser's questions; `feedback_results` are counts only, never
an individual answer: no free text, and no question fewer than 5 people answered. Monitoring
travels the same way, as counts per option.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop import feedback
from workshop.errors import ValidationError
from workshop.feedback import MONITORING_BY_ID, Question, QuestionKind
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.views import FeedbackResults

if TYPE_CHECKING:
    from workshop.interchange import _Reader

MAX_COUNT = 1_000_000


@dataclass
class FeedbackRecord:
    questions: tuple[Question, ...] | None = None
    respondents: int = 0
    from_cards: int = 0
    answers: dict[str, dict[str, int]] = field(default_factory=dict)
    monitoring: dict[str, dict[str, int]] = field(default_factory=dict)


def _counts(reader: _Reader, name: str, allowed: dict[str, set[str]]) -> dict[str, dict[str, int]]:
    value = reader.raw(name, required=False)
    if value is None:
        return {}
    bad = QT_TRANSLATE_NOOP("Refusal", "{place}: expected counts of known answers by question id")
    if not isinstance(value, dict):
        raise reader.fail(name, bad)
    counted: dict[str, dict[str, int]] = {}
    for question_id, counts in value.items():
        if question_id not in allowed or not isinstance(counts, dict):
            raise reader.fail(name, bad)
        for option, count in counts.items():
            if (
                option not in allowed[question_id]
                or isinstance(count, bool)
                or not isinstance(count, int)
                or not 0 <= count <= MAX_COUNT
            ):
                raise reader.fail(name, bad)
        counted[question_id] = {option: count for option, count in counts.items() if count}
    return counted


def read_feedback(session: _Reader) -> FeedbackRecord | None:
    """The session's feedback fields, checked; None when the file has neither."""
    listed = session.items("feedback_questions", required=False)
    results_value = session.raw("feedback_results", required=False)
    if not listed and results_value is None:
        return None
    record = FeedbackRecord()
    if listed:
        questions = []
        for item in listed:
            questions.append(
                Question(
                    item.key("id"),
                    QuestionKind(item.choice("kind", QuestionKind)),
                    item.text("text", max_length=feedback.MAX_QUESTION_LENGTH, blank=False),
                    item.text("text_cy", required=False, max_length=feedback.MAX_QUESTION_LENGTH),
                )
            )
        try:
            record.questions = feedback.clean_questions(questions)
        except ValidationError as error:
            raise session.fail(
                "feedback_questions",
                QT_TRANSLATE_NOOP("Refusal", "{place}: {problem}"),
                problem=error,
            ) from None
    if results_value is not None:
        from workshop.interchange import _Reader

        results = _Reader(results_value, session.at("feedback_results"))
        asked = record.questions or feedback.DEFAULT_QUESTIONS
        record.respondents = results.integer("respondents", default=0, low=0, high=MAX_COUNT) or 0
        record.from_cards = (
            results.integer("from_cards", default=0, low=0, high=record.respondents) or 0
        )
        record.answers = _counts(
            results,
            "answers",
            {q.id: {o.value for o in q.options} for q in asked if q.options},
        )
        record.monitoring = _counts(
            results,
            "monitoring",
            {q.id: {o.value for o in q.options} for q in MONITORING_BY_ID.values()},
        )
    return record


def feedback_fields(results: FeedbackResults, questions_set: bool) -> dict[str, Any]:
    """The session document's feedback fields: the questions if set, counts fit to share."""
    fields: dict[str, Any] = {}
    if questions_set:
        fields["feedback_questions"] = [
            {"id": q.id, "kind": q.kind.value, "text": q.en, "text_cy": q.cy}
            for q in results.questions
        ]
    if not feedback.suppressed(results.respondents):
        answers = {
            q.id: dict(results.tallies[q.id])
            for q in results.questions
            if q.id in results.tallies and not feedback.suppressed(results.answered(q.id))
        }
        monitoring = {
            key: dict(counts)
            for key, counts in results.monitoring.items()
            if not feedback.suppressed(results.monitoring_answered(key))
        }
        fields["feedback_results"] = {
            "respondents": results.respondents,
            "from_cards": results.from_cards,
            "answers": answers,
            "monitoring": monitoring,
        }
    return fields


__all__ = ["FeedbackRecord", "feedback_fields", "read_feedback"]
