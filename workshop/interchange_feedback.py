"""The interchange file's optional feedback fields of a session (the format's version stays 1).

`feedback_questions` are the organiser's questions; `feedback_results` are counts only, never
an individual answer: no free text, and no question fewer than 5 people answered. Monitoring
travels the same way, as counts per option. A workshop's `reach_targets` (whom the organisers
want to hear from) travel as `[{"question", "option", "percent"}]`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workshop import feedback
from workshop.errors import ValidationError
from workshop.feedback import MONITORING_BY_ID, Question, QuestionKind
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.reach import Target, check_targets
from workshop.views import FeedbackResults

if TYPE_CHECKING:
    from workshop.interchange import _Reader

MAX_COUNT = 1_000_000


def read_reach_targets(workshop: _Reader) -> tuple[Target, ...]:
    """The workshop's optional `reach_targets`, checked as when set in the app."""
    targets = []
    for item in workshop.items("reach_targets", required=False):
        question = item.text("question", max_length=32)
        option = item.text("option", max_length=32)
        asked = MONITORING_BY_ID.get(question)
        if asked is None:
            raise item.fail(
                "question", QT_TRANSLATE_NOOP("Refusal", "{place}: not a monitoring question")
            )
        if option not in {o.value for o in asked.options}:
            raise item.fail(
                "option", QT_TRANSLATE_NOOP("Refusal", "{place}: not an answer to that question")
            )
        percent = item.integer("percent", default=None, low=0, high=100)
        if percent is None:
            raise item.fail("percent", QT_TRANSLATE_NOOP("Refusal", "{place}: missing"))
        targets.append(Target(question, option, percent))
    try:
        return check_targets(targets)
    except ValidationError:  # the same answer twice
        raise workshop.fail(
            "reach_targets",
            QT_TRANSLATE_NOOP("Refusal", "{place}: each answer can have only one target"),
        ) from None


def reach_targets_document(targets: tuple[Target, ...]) -> dict[str, Any]:
    """The workshop's optional `reach_targets` field (written only when there are some)."""
    if not targets:
        return {}
    return {
        "reach_targets": [
            {"question": t.question_id, "option": t.option, "percent": t.percent} for t in targets
        ]
    }


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
