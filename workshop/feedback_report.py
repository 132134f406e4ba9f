"""Feedback and monitoring as they may leave the app: counts only, small numbers suppressed.

Every path out (the record, the CSV, the interchange file) reads this summary, so the rule
"fewer than 5 answers are never shown as numbers" lives in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop.feedback import (
    LADDER,
    LADDER_FOR_INVOLVEMENT,
    MONITORING_QUESTIONS,
    SUPPRESS_BELOW,
    Option,
    QuestionKind,
    suppressed,
)
from workshop.views import FeedbackResults

FEWER_THAN = f"Fewer than {SUPPRESS_BELOW} people answered"
FEWER_THAN_CY = f"Atebodd llai na {SUPPRESS_BELOW} o bobl"


@dataclass(frozen=True, slots=True)
class AnswerCount:
    value: str
    label: str
    count: int
    percent: int  # of those who answered the question, rounded


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    """One question's answers; `counts` and `comments` are empty when suppressed."""

    id: str
    text: str
    kind: str
    answered: int
    suppressed: bool
    counts: tuple[AnswerCount, ...] = ()
    comments: tuple[str, ...] = ()

    @property
    def top(self) -> AnswerCount | None:
        """The answer most people chose (the first of a tie, in the scale's order)."""
        if not self.counts:
            return None
        return max(self.counts, key=lambda c: c.count)


@dataclass(frozen=True, slots=True)
class FeedbackSummary:
    respondents: int
    from_cards: int
    questions: tuple[QuestionSummary, ...]
    monitoring: tuple[QuestionSummary, ...]
    # The session's involvement level as the facilitator set it; None when nobody set it.
    stated_involvement: str | None
    stated_rung: Option | None  # the ladder's words for that level

    @property
    def ladder(self) -> QuestionSummary | None:
        for question in self.questions:
            if question.kind == QuestionKind.LADDER:
                return question
        return None

    @property
    def monitoring_answered(self) -> int:
        return max((q.answered for q in self.monitoring), default=0)


def _counts(
    options: Sequence[Option], tally: dict[str, int], answered: int, language: str
) -> tuple[AnswerCount, ...]:
    return tuple(
        AnswerCount(
            o.value,
            o.label(language),
            tally.get(o.value, 0),
            round(100 * tally.get(o.value, 0) / answered) if answered else 0,
        )
        for o in options
    )


def summarise(
    results: FeedbackResults,
    involvement: str | None,
    *,
    language: str = "en",
    with_comments: bool = True,
) -> FeedbackSummary:
    """The session's feedback fit to leave the app, in English or Welsh ("cy")."""
    questions = []
    for question in results.questions:
        answered = results.answered(question.id)
        hidden = suppressed(answered)
        counts: tuple[AnswerCount, ...] = ()
        comments: tuple[str, ...] = ()
        if not hidden and question.kind is QuestionKind.TEXT:
            comments = results.comments.get(question.id, ()) if with_comments else ()
        elif not hidden:
            counts = _counts(
                question.options, results.tallies.get(question.id, {}), answered, language
            )
        questions.append(
            QuestionSummary(
                question.id,
                question.text(language),
                question.kind.value,
                answered,
                hidden,
                counts,
                comments,
            )
        )
    monitoring = []
    for asked in MONITORING_QUESTIONS:
        answered = results.monitoring_answered(asked.id)
        hidden = suppressed(answered)
        monitoring.append(
            QuestionSummary(
                asked.id,
                asked.text(language),
                "choice",
                answered,
                hidden,
                ()
                if hidden
                else _counts(
                    asked.options, results.monitoring.get(asked.id, {}), answered, language
                ),
            )
        )
    rung = LADDER_FOR_INVOLVEMENT.get(involvement) if involvement else None
    return FeedbackSummary(
        respondents=results.respondents,
        from_cards=results.from_cards,
        questions=tuple(questions),
        monitoring=tuple(monitoring),
        stated_involvement=involvement,
        stated_rung=next((o for o in LADDER if o.value == rung), None),
    )


def fewer_than(language: str = "en") -> str:
    return FEWER_THAN_CY if language == "cy" else FEWER_THAN


__all__ = [
    "FEWER_THAN",
    "AnswerCount",
    "FeedbackSummary",
    "QuestionSummary",
    "fewer_than",
    "summarise",
]
