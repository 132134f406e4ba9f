"""The record's vocabulary as the app shows it, in the chosen language.

workshop/vocabulary.py holds the English labels (the CLI and exports use them as they are);
the same strings are listed here for Qt's translation tools, and translated where shown.
A test checks this list against the vocabulary, so a new label cannot go untranslated.
"""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from workshop.dates import INVALID_DATE, is_impossible, stored_text
from workshop.identity import public_name, public_short_name
from workshop.room import ProjectorMode
from workshop.timer import STATE_LABELS, TimerState
from workshop.views import ParticipantView
from workshop.vocabulary import (
    ACTION_STATUS_LABELS,
    DESIGN_STAGE_LABELS,
    NOT_RECORDED_LABEL,
    NOT_RECORDED_ROLE,
    ROLE_LABELS,
    ROLE_PLURALS,
    SIGNAL_LABELS,
    STAGE_KIND_LABELS,
    ActionStatus,
    DesignStage,
    Role,
    SignalKind,
    StageKind,
)

CONTEXT = "Vocabulary"

MARKED = (
    QT_TRANSLATE_NOOP("Vocabulary", "person with lived experience"),
    QT_TRANSLATE_NOOP("Vocabulary", "carer"),
    QT_TRANSLATE_NOOP("Vocabulary", "community member"),
    QT_TRANSLATE_NOOP("Vocabulary", "professional"),
    QT_TRANSLATE_NOOP("Vocabulary", "facilitator"),
    QT_TRANSLATE_NOOP("Vocabulary", "observer"),
    QT_TRANSLATE_NOOP("Vocabulary", "participant"),
    QT_TRANSLATE_NOOP("Vocabulary", "role not recorded"),
    QT_TRANSLATE_NOOP("Vocabulary", "people with lived experience"),
    QT_TRANSLATE_NOOP("Vocabulary", "carers"),
    QT_TRANSLATE_NOOP("Vocabulary", "community members"),
    QT_TRANSLATE_NOOP("Vocabulary", "professionals"),
    QT_TRANSLATE_NOOP("Vocabulary", "facilitators"),
    QT_TRANSLATE_NOOP("Vocabulary", "observers"),
    QT_TRANSLATE_NOOP("Vocabulary", "participants"),
    QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
    QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    QT_TRANSLATE_NOOP("Vocabulary", "Done"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    QT_TRANSLATE_NOOP("Vocabulary", "Discover"),
    QT_TRANSLATE_NOOP("Vocabulary", "Define"),
    QT_TRANSLATE_NOOP("Vocabulary", "Develop"),
    QT_TRANSLATE_NOOP("Vocabulary", "Deliver"),
    QT_TRANSLATE_NOOP("Vocabulary", "Welcome"),
    QT_TRANSLATE_NOOP("Vocabulary", "Review earlier actions"),
    QT_TRANSLATE_NOOP("Vocabulary", "Explore (capture)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Make sense (themes)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Prioritise (vote)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Agree actions"),
    QT_TRANSLATE_NOOP("Vocabulary", "How was today? (feedback)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Close"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ready"),
    QT_TRANSLATE_NOOP("Vocabulary", "Running"),
    QT_TRANSLATE_NOOP("Vocabulary", "Paused"),
    QT_TRANSLATE_NOOP("Vocabulary", "Time is up"),
    QT_TRANSLATE_NOOP("Vocabulary", "Jargon!"),
    QT_TRANSLATE_NOOP("Vocabulary", "Slow down"),
    QT_TRANSLATE_NOOP("Vocabulary", "I'd like to speak"),
)


def vocabulary_strings() -> set[str]:
    """Every English label the app shows from workshop/vocabulary.py."""
    found = {"participant", "participants", NOT_RECORDED_LABEL}
    for table in (
        ROLE_LABELS,
        ROLE_PLURALS,
        ACTION_STATUS_LABELS,
        DESIGN_STAGE_LABELS,
        STAGE_KIND_LABELS,
        STATE_LABELS,
        SIGNAL_LABELS,
    ):
        found.update(table.values())  # type: ignore[attr-defined]
    return found


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def role_label(role: str) -> str:
    """A role in the chosen language, lower case ('carer'); 'participant' for a withheld role."""
    if role == NOT_RECORDED_ROLE:
        return _translate(NOT_RECORDED_LABEL)
    try:
        return _translate(ROLE_LABELS[Role(role)])
    except ValueError:
        return _translate("participant")


# The fixed words of a public name (workshop.identity), for the catalogue.
_PUBLIC_NAME_WORDS = (
    QT_TRANSLATE_NOOP("Vocabulary", "Participant {number}"),
    QT_TRANSLATE_NOOP("Vocabulary", "Anonymous"),
    QT_TRANSLATE_NOOP("Vocabulary", "joined by phone"),
)


def shared_name(person: ParticipantView | None, role: str = "") -> str:
    """workshop.identity.public_name in the chosen language, for what leaves the app (a board
    image): the name with consent, else the pseudonym the record uses ("Participant 4 (carer)")."""
    return public_name(person, role, words=_translate)


def short_name(person: ParticipantView | None, role: str = "") -> str:
    """workshop.identity.public_short_name in the chosen language: the name with consent,
    else the role alone ("Gofalwr"). The same decision, only the role's words differ."""
    if person is not None and person.consent_named:
        return public_short_name(person, role)
    return capitalised(role_label(person.role if person else role))


def role_plural(role: str) -> str:
    try:
        return _translate(ROLE_PLURALS[Role(role)])
    except ValueError:
        return _translate("participants")


def status_label(status: str) -> str:
    try:
        return _translate(ACTION_STATUS_LABELS[ActionStatus(status)])
    except ValueError:
        return status


def timer_state_label(state: TimerState) -> str:
    return _translate(STATE_LABELS[state])


def signal_label(kind: str) -> str:
    """A jargon-card button's words in the chosen language ("Jargon!")."""
    try:
        return _translate(SIGNAL_LABELS[SignalKind(kind)])
    except ValueError:
        return kind


def stage_kind_label(kind: str) -> str:
    try:
        return _translate(STAGE_KIND_LABELS[StageKind(kind)])
    except ValueError:
        return kind


def choice_label(member: enum.Enum) -> str:
    """A vocabulary value as the app lists it; the value itself where the app has no short label
    (involvement levels are whole sentences, so a list of them would not read as a list)."""
    if isinstance(member, Role):
        return role_label(member.value)
    if isinstance(member, ActionStatus):
        return status_label(member.value)
    if isinstance(member, StageKind):
        return stage_kind_label(member.value)
    if isinstance(member, DesignStage):
        return _translate(DESIGN_STAGE_LABELS[member])
    return str(member.value)


# ----- the projector's views, named and keyed the same in the panel and the projector ---------

# Marked for translation here; mode_label() gives them in the chosen language.
MODE_LABELS: dict[ProjectorMode, str] = {
    ProjectorMode.BOARD: QT_TRANSLATE_NOOP("PresentationWindow", "Show the whole board"),
    ProjectorMode.COLUMN: QT_TRANSLATE_NOOP("PresentationWindow", "Show this column"),
    ProjectorMode.THEME: QT_TRANSLATE_NOOP("PresentationWindow", "Show this theme"),
    ProjectorMode.RESULTS: QT_TRANSLATE_NOOP("PresentationWindow", "Show voting results"),
    ProjectorMode.ACTIONS: QT_TRANSLATE_NOOP("PresentationWindow", "Show the actions"),
}

# Alt+1…5 choose what the room sees (Ctrl+1…9 belong to the capture bar); F5 presents.
MODE_SHORTCUTS: dict[ProjectorMode, str] = {
    ProjectorMode.BOARD: "Alt+1",
    ProjectorMode.COLUMN: "Alt+2",
    ProjectorMode.THEME: "Alt+3",
    ProjectorMode.RESULTS: "Alt+4",
    ProjectorMode.ACTIONS: "Alt+5",
}
PRESENT_SHORTCUT = "F5"
WHOLE_BOARD_SHORTCUT = "Alt+0"


def mode_label(mode: ProjectorMode) -> str:
    return QCoreApplication.translate("PresentationWindow", MODE_LABELS[mode])


def date_text(day: dt.date, qt_format: str) -> str:
    """A date in the chosen language, or "invalid date (…)" for an impossible stored value."""
    if is_impossible(day):
        return _invalid(day)
    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)


def day_text(day: dt.date, strftime_format: str = "%Y-%m-%d") -> str:
    """A date in figures (ISO by default), or "invalid date (…)" for an impossible stored value."""
    return _invalid(day) if is_impossible(day) else day.strftime(strftime_format)


def _invalid(day: dt.date) -> str:
    return QCoreApplication.translate("Dates", INVALID_DATE).format(stored=stored_text(day))
