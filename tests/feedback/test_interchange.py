"""Feedback in the interchange file: optional fields, counts only, round trip, bad input refused."""

from __future__ import annotations

import json

import pytest

from tests.feedback.conftest import answer
from workshop.errors import ImportRefused
from workshop.feedback import Question, QuestionKind
from workshop.services import Services


def _session_document(services: Services, workshop_id: int) -> dict[str, object]:
    document = services.interchange.export_workshop(workshop_id)
    return document["workshop"]["sessions"][0]


def test_counts_travel_and_individual_answers_never_do(
    services: Services, workshop_with_session: dict[str, int], feedback_session: int
) -> None:
    services.feedback.set_questions(
        feedback_session,
        [
            Question("listened", QuestionKind.SCALE, "I felt listened to", "Roeddwn i'n teimlo"),
            Question("ladder", QuestionKind.LADDER, "Which best describes today?"),
            Question("change", QuestionKind.TEXT, "One thing to change"),
        ],
    )
    for number in range(6):
        given = {k: v for k, v in answer(number).items() if k != "mattered"}
        services.feedback.submit(feedback_session, given, {"age": "25_34"})
    services.feedback.submit(feedback_session, {"listened": 2}, {"carer": "yes"})
    document = _session_document(services, workshop_with_session["workshop"])
    text = json.dumps(document)
    assert "Comment number" not in text
    assert document["feedback_questions"][0] == {
        "id": "listened",
        "kind": "scale",
        "text": "I felt listened to",
        "text_cy": "Roeddwn i'n teimlo",
    }
    results = document["feedback_results"]
    assert results["respondents"] == 7
    assert results["answers"]["listened"] == {"1": 2, "2": 2, "3": 1, "4": 1, "5": 1}
    # One carer answered: too few to travel.
    assert results["monitoring"] == {"age": {"25_34": 6}}

    imported = services.interchange.import_workshop(
        services.interchange.export_text(workshop_with_session["workshop"])
    )
    (copy,) = services.sessions.list(imported.id)
    again = services.feedback.results(copy.id)
    assert again.respondents == 7
    assert again.tallies["listened"] == {"1": 2, "2": 2, "3": 1, "4": 1, "5": 1}
    assert again.monitoring == {"age": {"25_34": 6}}
    assert [q.id for q in again.questions] == ["listened", "ladder", "change"]
    assert _session_document(services, imported.id)["feedback_results"] == results


def test_a_session_without_feedback_has_no_fields(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    document = _session_document(services, workshop_with_session["workshop"])
    assert "feedback_questions" not in document and "feedback_results" not in document


@pytest.mark.parametrize(
    "fields",
    [
        {"feedback_results": {"respondents": 5, "answers": {"listened": {"9": 5}}}},
        {"feedback_results": {"respondents": 5, "answers": {"nope": {"1": 5}}}},
        {"feedback_results": {"respondents": 5, "monitoring": {"age": {"1": 5}}}},
        {"feedback_results": {"respondents": -1}},
        {"feedback_questions": [{"id": "a", "kind": "scale", "text": "One"}]},
        {"feedback_questions": [{"id": "a", "kind": "poll", "text": "One"}]},
    ],
)
def test_bad_feedback_fields_are_refused_whole(
    services: Services, workshop_with_session: dict[str, int], fields: dict[str, object]
) -> None:
    document = services.interchange.export_workshop(workshop_with_session["workshop"])
    document["workshop"]["sessions"][0].update(fields)
    before = len(services.workshops.list())
    with pytest.raises(ImportRefused, match=r"workshop\.sessions\[0\]\.feedback"):
        services.interchange.import_workshop(json.dumps(document))
    assert len(services.workshops.list()) == before
