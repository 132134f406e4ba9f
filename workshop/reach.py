"""Who a workshop heard from across its sessions, against the organiser's targets.

Monitoring answers are added up over sessions (someone who came twice counts twice: these are
answers, not people) and a question fewer than 5 people answered shows no numbers.

Suppression must also hold across the combination of outputs. Each session's record shows a
question's counts only when 5 or more answered it; if the workshop's total then added a
session with 1 to 4 answers, subtracting the published sessions' counts from the total would
give that small session's answers, person by person. So the answers of sessions too small to
show alone are added only when, together, they are 5 or more; otherwise they are left out and
the line says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.errors import ValidationError
from workshop.feedback import MONITORING_BY_ID, MONITORING_QUESTIONS, SUPPRESS_BELOW, suppressed
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.views import FeedbackResults

_TARGET = re.compile(r"^([a-z_]+)=([a-z0-9_]+):(\d{1,3})$")


@dataclass(frozen=True, slots=True)
class Target:
    """At least `percent`% of the answers to `question_id` should be `option`."""

    question_id: str
    option: str
    percent: int


@dataclass(frozen=True, slots=True)
class ReachLine:
    question_id: str
    question: str
    option: str
    answer: str
    count: int | None  # None: suppressed
    percent: int | None
    answered: int | None
    target: int | None  # the organiser's minimum share, if set
    met: bool | None  # None: no target, or too few answers to tell
    # Answers of sessions too small to show alone were left out (see the module's docstring).
    left_out: bool = False


def parse_target(text: str) -> Target:
    """A target written as QUESTION=OPTION:PERCENT, for example carer=yes:30."""
    found = _TARGET.match(text.strip())
    asked = MONITORING_BY_ID.get(found.group(1)) if found else None
    if found is None or asked is None or found.group(2) not in {o.value for o in asked.options}:
        raise ValidationError(
            "Write a target as QUESTION=OPTION:PERCENT, for example carer=yes:30, using the "
            "monitoring questions' ids and options.",
            "target",
        )
    percent = int(found.group(3))
    if not 0 <= percent <= 100:
        raise ValidationError("A target's percentage must be from 0 to 100.", "target")
    return Target(found.group(1), found.group(2), percent)


def check_targets(targets: Sequence[Target]) -> tuple[Target, ...]:
    """Targets as the organiser set them: known questions and options, 0-100%, one per answer."""
    seen: set[tuple[str, str]] = set()
    for target in targets:
        asked = MONITORING_BY_ID.get(target.question_id)
        if asked is None or target.option not in {o.value for o in asked.options}:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "A target must name a monitoring question's answer."),
                field="target",
            )
        if isinstance(target.percent, bool) or not 0 <= target.percent <= 100:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "A target's percentage must be from 0 to 100."),
                field="target",
            )
        if (target.question_id, target.option) in seen:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "Each answer can have only one target."),
                field="target",
            )
        seen.add((target.question_id, target.option))
    # In the questions' and options' own order, so every view lists them alike.
    order = {
        (q.id, o.value): n
        for n, (q, o) in enumerate((q, o) for q in MONITORING_QUESTIONS for o in q.options)
    }
    return tuple(sorted(targets, key=lambda t: order[(t.question_id, t.option)]))


def _added_up(question_id: str, results: Sequence[FeedbackResults]) -> tuple[dict[str, int], bool]:
    """One question's answers over the sessions, and whether small sessions had to be left out."""
    shown: dict[str, int] = {}
    small: dict[str, int] = {}
    for session in results:
        counts = session.monitoring.get(question_id, {})
        into = small if suppressed(sum(counts.values())) else shown
        for value, count in counts.items():
            into[value] = into.get(value, 0) + count
    small_answers = sum(small.values())
    # With no session shown on its own there is nothing to subtract from the total.
    if shown and 0 < small_answers < SUPPRESS_BELOW:
        return shown, True
    return {v: shown.get(v, 0) + small.get(v, 0) for v in shown.keys() | small.keys()}, False


def reach(results: Sequence[FeedbackResults], targets: Sequence[Target]) -> list[ReachLine]:
    """Every monitoring answer added up over the sessions, with the targets beside them."""
    wanted = {(t.question_id, t.option): t.percent for t in targets}
    lines = []
    for asked in MONITORING_QUESTIONS:
        totals, left_out = _added_up(asked.id, results)
        answered = sum(totals.values())
        hidden = suppressed(answered)
        for option in asked.options:
            count = totals.get(option.value, 0)
            percent = round(100 * count / answered) if answered else 0
            target = wanted.get((asked.id, option.value))
            lines.append(
                ReachLine(
                    asked.id,
                    asked.en,
                    option.value,
                    option.en,
                    None if hidden else count,
                    None if hidden else percent,
                    None if hidden else answered,
                    target,
                    None if target is None or hidden else percent >= target,
                    left_out,
                )
            )
    return lines


__all__ = ["ReachLine", "Target", "check_targets", "parse_target", "reach"]
