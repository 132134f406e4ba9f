"""Who a workshop heard from across its sessions, against the organiser's targets.

Monitoring answers are added up over sessions (someone who came twice counts twice: these are
answers, not people) and a question fewer than 5 people answered shows no numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.errors import ValidationError
from workshop.feedback import MONITORING_BY_ID, MONITORING_QUESTIONS, suppressed
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


def reach(results: Sequence[FeedbackResults], targets: Sequence[Target]) -> list[ReachLine]:
    """Every monitoring answer added up over the sessions, with the targets beside them."""
    wanted = {(t.question_id, t.option): t.percent for t in targets}
    lines = []
    for asked in MONITORING_QUESTIONS:
        totals = {o.value: 0 for o in asked.options}
        for session in results:
            for value, count in session.monitoring.get(asked.id, {}).items():
                totals[value] = totals.get(value, 0) + count
        answered = sum(totals.values())
        hidden = suppressed(answered)
        for option in asked.options:
            count = totals[option.value]
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
                )
            )
    return lines


__all__ = ["ReachLine", "Target", "parse_target", "reach"]
