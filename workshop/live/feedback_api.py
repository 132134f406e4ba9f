"""The phones' side of end-of-session feedback: the questions in `state`, and one answer each.

Which devices have answered is kept only in the server's memory (as participant ids, never
beside the answers), so the once-per-device rule leaves no trace in the record.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from aiohttp import web

from workshop.feedback import MONITORING_QUESTIONS, Question
from workshop.rules import Actor
from workshop.services import Services
from workshop.views import SessionView
from workshop.vocabulary import StageKind

if TYPE_CHECKING:
    from workshop.live.api import LiveApi

LANGUAGES = ("en", "cy")


def language_of(request: web.Request) -> str:
    """The language a phone asked for with ?lang=cy; English otherwise."""
    wanted = request.query.get("lang", "en")
    return wanted if wanted in LANGUAGES else "en"


def feedback_open(session: SessionView) -> bool:
    stage = session.stage
    return not session.is_final and stage is not None and stage.kind == StageKind.FEEDBACK


def _question(question: Question, language: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": question.id,
        "text": question.text(language),
        "kind": question.kind.value,
    }
    if question.options:
        item["options"] = [{"value": o.value, "text": o.label(language)} for o in question.options]
    return item


def feedback_block(
    questions: tuple[Question, ...], language: str, answered: bool
) -> dict[str, Any]:
    """What `state` carries while the feedback stage is on."""
    return {
        "questions": [_question(q, language) for q in questions],
        "monitoring": [
            {
                "id": q.id,
                "text": q.text(language),
                "options": [{"value": o.value, "text": o.label(language)} for o in q.options],
            }
            for q in MONITORING_QUESTIONS
        ],
        "answered": answered,
    }


class FeedbackRoutes:
    """`POST /api/CODE/feedback` and the feedback part of `state`, for one live session."""

    def __init__(self, api: LiveApi) -> None:
        self._api = api
        self._answered: set[int] = set()
        self._lock = threading.Lock()

    def add_to(self, app: web.Application) -> None:
        app.router.add_post("/api/{code}/feedback", self.submit)

    def has_answered(self, participant_id: int) -> bool:
        with self._lock:
            return participant_id in self._answered

    def state_part(
        self, services: Services, session: SessionView, participant_id: int, language: str
    ) -> dict[str, Any] | None:
        """The `feedback` block of `state` (runs in a worker thread), or None outside the stage."""
        if not feedback_open(session):
            return None
        questions = services.feedback.questions(session.id)
        return feedback_block(questions, language, self.has_answered(participant_id))

    async def submit(self, request: web.Request) -> web.Response:
        from workshop.live.api import Refusal, _json

        api = self._api
        api._check_code(request)
        device = api._device(request)
        api._check_write(request)
        body = await api._read_json(request)
        who = device.participant_id
        with self._lock:
            if who in self._answered:
                raise Refusal(409, "This phone has already sent its feedback; thank you.")
            # Held while the answer is written, so two quick taps cannot both count.
            self._answered.add(who)
        try:
            await api._call(
                api.services.feedback.submit,
                api.session_id,
                body.get("answers"),
                body.get("monitoring"),
                actor=Actor.DEVICE,
            )
        except BaseException:
            with self._lock:
                self._answered.discard(who)
            raise
        api._feed.personal_changed(who)  # its held question now says it has answered
        return _json(201, {"thanks": True})


__all__ = ["FeedbackRoutes", "feedback_block", "feedback_open", "language_of"]
