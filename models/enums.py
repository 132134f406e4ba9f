"""Closed vocabularies of the record, stored as their string values."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    LIVED_EXPERIENCE = "lived_experience"
    CARER = "carer"
    COMMUNITY = "community"
    PROFESSIONAL = "professional"
    FACILITATOR = "facilitator"
    OBSERVER = "observer"


class Voice(enum.StrEnum):
    CITIZEN = "citizen"
    PROFESSIONAL = "professional"
    NEITHER = "neither"


class DesignStage(enum.StrEnum):
    DISCOVER = "discover"
    DEFINE = "define"
    DEVELOP = "develop"
    DELIVER = "deliver"


class Involvement(enum.StrEnum):
    INFORMING = "informing"
    CONSULTATION = "consultation"
    ENGAGEMENT = "engagement"
    CO_DESIGN = "co_design"
    CO_PRODUCTION = "co_production"


class ActionStatus(enum.StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class RecordStatus(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class StageKind(enum.StrEnum):
    """What a stage of the agenda lets people do."""

    WELCOME = "welcome"
    REVIEW = "review"
    CAPTURE = "capture"
    THEMES = "themes"
    VOTE = "vote"
    ACTIONS = "actions"
    CLOSE = "close"


class NoteSource(enum.StrEnum):
    BOARD = "board"
    DEVICE = "device"
    IMPORT = "import"
