"""Feedback through the service: questions, answers as counts, stage and validation rules."""

from __future__ import annotations

import pytest

from tests.feedback.conftest import FEEDBACK_STAGE, answer
from workshop.errors import ConflictError, LockedError, StageError, ValidationError
from workshop.feedback import DEFAULT_QUESTIONS, Question, QuestionKind
from workshop.rules import Actor
from workshop.services import Services


def test_default_questions_until_the_organiser_edits_them(
    services: Services, feedback_session: int
) -> None:
    assert services.feedback.questions(feedback_session) == DEFAULT_QUESTIONS
    edited = services.feedback.set_questions(
        feedback_session,
        [
            DEFAULT_QUESTIONS[0],
            Question(
                "",
                QuestionKind.SCALE,
                "The room was warm enough",
                "Roedd yr ystafell yn ddigon cynnes",
            ),
            DEFAULT_QUESTIONS[5],
        ],
    )
    assert [q.id for q in edited] == ["listened", "q1", "change"]
    assert services.feedback.questions(feedback_session) == edited


@pytest.mark.parametrize("count", [2, 7])
def test_question_count_is_three_to_six(
    services: Services, feedback_session: int, count: int
) -> None:
    questions = [Question("", QuestionKind.SCALE, f"Question {n}") for n in range(count)]
    with pytest.raises(ValidationError, match="between 3 and 6"):
        services.feedback.set_questions(feedback_session, questions)


def test_answers_become_counts(services: Services, feedback_session: int) -> None:
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    for number in range(6):
        services.feedback.submit(feedback_session, answer(number), actor=Actor.DEVICE)
    services.feedback.submit(feedback_session, {"listened": 5}, {"carer": "yes"})
    results = services.feedback.results(feedback_session)
    assert results.respondents == 7
    assert results.from_cards == 1
    assert results.tallies["listened"] == {"1": 2, "2": 1, "3": 1, "4": 1, "5": 2}
    assert results.tallies["mattered"] == {"4": 6}
    assert results.answered("ladder") == 6
    assert results.comments["change"] == tuple(sorted(f"Comment number {n}" for n in range(6)))
    assert results.monitoring == {"carer": {"yes": 1}}


def test_questions_freeze_once_answered(services: Services, feedback_session: int) -> None:
    services.feedback.submit(feedback_session, {"listened": 3})
    with pytest.raises(ConflictError):
        services.feedback.set_questions(feedback_session, DEFAULT_QUESTIONS[:3])


def test_phones_answer_only_in_the_feedback_stage(
    services: Services, feedback_session: int
) -> None:
    services.sessions.set_stage(feedback_session, 2)
    with pytest.raises(StageError):
        services.feedback.submit(feedback_session, {"listened": 3}, actor=Actor.DEVICE)
    # A printed card typed in by the facilitator is not bound to the stage.
    services.feedback.submit(feedback_session, {"listened": 3})
    assert services.feedback.results(feedback_session).respondents == 1


def test_final_record_takes_no_answers(services: Services, feedback_session: int) -> None:
    services.sessions.mark_final(feedback_session)
    with pytest.raises(LockedError):
        services.feedback.submit(feedback_session, {"listened": 3})


@pytest.mark.parametrize(
    ("answers", "monitoring", "field"),
    [
        ({"nope": 3}, None, "answers"),
        ({"listened": 6}, None, "answers"),
        ({"listened": True}, None, "answers"),
        ({"ladder": "maybe"}, None, "answers"),
        ({"change": 5}, None, "answer"),
        ({"listened": 3}, {"shoe_size": "9"}, "monitoring"),
        ({"listened": 3}, {"carer": "sometimes"}, "monitoring"),
        ([3], None, "answers"),
        ({}, {}, "answers"),
    ],
)
def test_unknown_ids_and_values_are_refused_and_nothing_counted(
    services: Services,
    feedback_session: int,
    answers: object,
    monitoring: object,
    field: str,
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.feedback.submit(feedback_session, answers, monitoring)
    assert refused.value.field == field
    results = services.feedback.results(feedback_session)
    assert results.respondents == 0 and results.tallies == {} and results.monitoring == {}
