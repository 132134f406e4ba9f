"""End-of-session feedback and equality monitoring: the questions, the answers, the counts.

Answers become counts the moment they arrive (free text becomes a row under a random id), and
monitoring goes to its own table of counts, so nothing stored links an answer to a person, a
device, a note, a vote, a time or another answer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from models.feedback import (
    FeedbackComment,
    FeedbackForm,
    FeedbackTally,
    MonitoringCount,
    ReachTarget,
)
from models.people import Session, Workshop
from workshop import feedback
from workshop.errors import ConflictError, LockedError, StageError
from workshop.feedback import MONITORING_QUESTIONS, Question
from workshop.interchange_feedback import FeedbackRecord, feedback_fields
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.reach import Target, check_targets
from workshop.rules import Actor
from workshop.services.base import Service, get_row
from workshop.services.convert import session_view
from workshop.views import FeedbackResults
from workshop.vocabulary import RecordStatus, StageKind

_random = random.SystemRandom()
# Comment ids fit a signed 32-bit column, so PostgreSQL's INTEGER holds them too.
_MAX_COMMENT_ID = 2**31 - 1


class FeedbackService(Service):
    def questions(self, session_id: int) -> tuple[Question, ...]:
        """The session's feedback questions: the organiser's, or the defaults."""
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            form = db.get(FeedbackForm, session_id)
            return feedback.questions_from_json(form.questions if form else "")

    def set_questions(self, session_id: int, questions: Sequence[Question]) -> tuple[Question, ...]:
        """Replace the questions; refused once anyone has answered, so results stay whole."""
        clean = feedback.clean_questions(questions)
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            self._check_draft(session)
            form = self._form(db, session_id)
            if form.respondents:
                raise ConflictError(
                    QT_TRANSLATE_NOOP(
                        "Refusal",
                        "People have already answered, so the feedback questions stay as they "
                        "were.",
                    )
                )
            form.questions = feedback.questions_to_json(clean)
        self._events.feedback_changed.emit(session_id)
        self._publish_saved()
        return clean

    def submit(
        self,
        session_id: int,
        answers: object,
        monitoring: object = None,
        *,
        actor: Actor = Actor.FACILITATOR,
    ) -> None:
        """Add one person's answers to the counts.

        A phone may answer only during a feedback stage; the facilitator types printed cards in
        at any time while the record is a draft. Both are checked by the same rules.
        """
        with self._db.unit_of_work() as db:
            session = get_row(db, Session, session_id, "session")
            self._check_draft(session)
            if actor is not Actor.FACILITATOR and not self._in_feedback_stage(db, session):
                raise StageError(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "Feedback is closed; it opens at the end of the session."
                    )
                )
            form = self._form(db, session_id)
            questions = feedback.questions_from_json(form.questions)
            clean = feedback.clean_answers(questions, answers, monitoring)
            # The questions answered against are frozen from now on.
            form.questions = feedback.questions_to_json(questions)
            form.respondents += 1
            if actor is Actor.FACILITATOR:
                form.from_cards += 1
            exists = db.scalar(
                select(FeedbackTally.question_id).where(FeedbackTally.session_id == session_id)
            )
            if exists is None:
                # Every answer's row, in the questions' order, before any count: the table's
                # order then says nothing of what the first person chose.
                db.add_all(_tally_rows(session_id, questions))
                db.flush()
            for question_id, value in clean.choices.items():
                tally = db.get(FeedbackTally, (session_id, question_id, value))
                if tally is None:  # cannot happen since questions freeze; kept safe anyway
                    tally = FeedbackTally(
                        session_id=session_id, question_id=question_id, value=value, count=0
                    )
                    db.add(tally)
                tally.count += 1
            for question_id, text in clean.comments.items():
                db.add(
                    FeedbackComment(
                        id=self._free_comment_id(db),
                        session_id=session_id,
                        question_id=question_id,
                        text=text,
                    )
                )
            if clean.monitoring:
                self._count_monitoring(db, session_id, clean.monitoring)
        self._events.feedback_changed.emit(session_id)
        self._publish_saved()

    def results(self, session_id: int) -> FeedbackResults:
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            return self.results_in(db, session_id)

    def results_for(self, session_ids: Sequence[int]) -> list[FeedbackResults]:
        """Results of several sessions read together (a workshop's report)."""
        with self._db.read() as db:
            return [self.results_in(db, session_id) for session_id in session_ids]

    def reach_targets(self, workshop_id: int) -> tuple[Target, ...]:
        """Whom the organisers of a workshop want to hear from, in the questions' order."""
        with self._db.read() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            return self.reach_targets_in(db, workshop_id)

    @staticmethod
    def reach_targets_in(db: OrmSession, workshop_id: int) -> tuple[Target, ...]:
        rows = db.scalars(select(ReachTarget).where(ReachTarget.workshop_id == workshop_id))
        return check_targets([Target(r.question_id, r.option, r.percent) for r in rows])

    def set_reach_targets(self, workshop_id: int, targets: Sequence[Target]) -> tuple[Target, ...]:
        """Replace a workshop's reach targets (the organiser's aims; no answer is touched)."""
        clean = check_targets(targets)
        with self._db.unit_of_work() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            for row in db.scalars(
                select(ReachTarget).where(ReachTarget.workshop_id == workshop_id)
            ):
                db.delete(row)
            db.flush()
            self.write_reach_targets(db, workshop_id, clean)
        self._events.reach_targets_changed.emit(workshop_id)
        self._publish_saved()
        return clean

    @staticmethod
    def write_reach_targets(db: OrmSession, workshop_id: int, targets: Sequence[Target]) -> None:
        """Add a workshop's targets inside another unit of work (an import)."""
        db.add_all(
            ReachTarget(
                workshop_id=workshop_id,
                question_id=t.question_id,
                option=t.option,
                percent=t.percent,
            )
            for t in targets
        )

    @staticmethod
    def results_in(db: OrmSession, session_id: int) -> FeedbackResults:
        """The results read inside another read (the record's snapshot)."""
        form = db.get(FeedbackForm, session_id)
        tallies: dict[str, dict[str, int]] = {}
        for tally in db.scalars(
            select(FeedbackTally).where(FeedbackTally.session_id == session_id)
        ):
            if tally.count:
                tallies.setdefault(tally.question_id, {})[tally.value] = tally.count
        texts: dict[str, list[str]] = {}
        for comment in db.scalars(
            select(FeedbackComment).where(FeedbackComment.session_id == session_id)
        ):
            texts.setdefault(comment.question_id, []).append(comment.text)
        counted: dict[str, dict[str, int]] = {}
        for row in db.scalars(
            select(MonitoringCount).where(MonitoringCount.session_id == session_id)
        ):
            if row.count:
                counted.setdefault(row.question_id, {})[row.option] = row.count
        return FeedbackResults(
            session_id=session_id,
            questions=feedback.questions_from_json(form.questions if form else ""),
            respondents=form.respondents if form else 0,
            from_cards=form.from_cards if form else 0,
            tallies=tallies,
            comments={key: tuple(sorted(value, key=str.casefold)) for key, value in texts.items()},
            monitoring=counted,
        )

    @staticmethod
    def _form(db: OrmSession, session_id: int) -> FeedbackForm:
        form = db.get(FeedbackForm, session_id)
        if form is None:
            form = FeedbackForm(session_id=session_id, questions="", respondents=0, from_cards=0)
            db.add(form)
            db.flush()
        return form

    @staticmethod
    def _check_draft(session: Session) -> None:
        if session.record_status == RecordStatus.FINAL:
            raise LockedError(
                QT_TRANSLATE_NOOP(
                    "Refusal", "The record of this session is final; unlock it before changing it."
                )
            )

    @staticmethod
    def _in_feedback_stage(db: OrmSession, session: Session) -> bool:
        stage = session_view(db, session).stage
        return stage is not None and stage.kind == StageKind.FEEDBACK

    @staticmethod
    def _free_comment_id(db: OrmSession) -> int:
        while True:
            candidate = _random.randint(1, _MAX_COMMENT_ID)
            if db.get(FeedbackComment, candidate) is None:
                return candidate

    @staticmethod
    def _count_monitoring(db: OrmSession, session_id: int, chosen: dict[str, str]) -> None:
        exists = db.scalar(
            select(MonitoringCount.question_id).where(MonitoringCount.session_id == session_id)
        )
        if exists is None:
            # Every option's row, in the questions' order, before any count: the table's order
            # is then the same whatever the first person answered.
            db.add_all(_monitoring_rows(session_id))
            db.flush()
        for question_id, option in chosen.items():
            row = db.get(MonitoringCount, (session_id, question_id, option))
            assert row is not None  # every known option was written above
            row.count += 1


def _tally_rows(session_id: int, questions: Sequence[Question]) -> list[FeedbackTally]:
    """Every offered answer's row, in the questions' order, each counting nobody yet."""
    return [
        FeedbackTally(session_id=session_id, question_id=q.id, value=o.value, count=0)
        for q in questions
        for o in q.options
    ]


def _monitoring_rows(session_id: int) -> list[MonitoringCount]:
    """Every option's row, in the questions' order, each counting nobody yet."""
    return [
        MonitoringCount(session_id=session_id, question_id=q.id, option=o.value, count=0)
        for q in MONITORING_QUESTIONS
        for o in q.options
    ]


def write_imported_feedback(db: OrmSession, session_id: int, record: FeedbackRecord) -> None:
    """An imported session's feedback, as the counts the file carries (part of an import)."""
    form = FeedbackForm(
        session_id=session_id,
        questions=feedback.questions_to_json(record.questions) if record.questions else "",
        respondents=record.respondents,
        from_cards=record.from_cards,
    )
    db.add(form)
    if record.answers:
        tallies = _tally_rows(session_id, record.questions or feedback.DEFAULT_QUESTIONS)
        for tally in tallies:
            tally.count = record.answers.get(tally.question_id, {}).get(tally.value, 0)
        db.add_all(tallies)
    if record.monitoring:
        counts = _monitoring_rows(session_id)
        for count in counts:
            count.count = record.monitoring.get(count.question_id, {}).get(count.option, 0)
        db.add_all(counts)
    db.flush()


def exported_feedback(db: OrmSession, session_id: int) -> dict[str, Any]:
    """The session document's optional feedback fields (counts only; see interchange_feedback)."""
    form = db.get(FeedbackForm, session_id)
    if form is None:
        return {}
    results = FeedbackService.results_in(db, session_id)
    return feedback_fields(results, questions_set=bool(form.questions))


__all__ = ["FeedbackService", "exported_feedback", "write_imported_feedback"]
