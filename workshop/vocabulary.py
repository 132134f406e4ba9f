"""The record's closed vocabularies, stored as their string values, and their plain labels."""

from __future__ import annotations

import enum

__all__ = [
    "ACTION_STATUS_LABELS",
    "CITIZEN_ROLES",
    "DESIGN_STAGE_LABELS",
    "INVOLVEMENT_LABELS",
    "NOT_RECORDED_LABEL",
    "NOT_RECORDED_ROLE",
    "ROLE_LABELS",
    "ROLE_PLURALS",
    "SIGNAL_LABELS",
    "STAGE_KIND_LABELS",
    "ActionStatus",
    "DesignStage",
    "Involvement",
    "NoteSource",
    "PictureKind",
    "RecordStatus",
    "Role",
    "SignalKind",
    "StageKind",
    "Voice",
    "voice_of",
]


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
    FEEDBACK = "feedback"
    CLOSE = "close"


class SignalKind(enum.StrEnum):
    """The jargon card's three buttons on every phone."""

    JARGON = "jargon"
    SLOW_DOWN = "slow_down"
    SPEAK = "speak"


class NoteSource(enum.StrEnum):
    BOARD = "board"
    DEVICE = "device"
    IMPORT = "import"
    # Read from a photo of paper: waiting for review while pending, then accepted by a person.
    PHOTO = "photo"
    # Read from a photo and added without review (`workshop photo --accept-suggestions`).
    MACHINE_READ = "machine_read"


class PictureKind(enum.StrEnum):
    PHOTO = "photo"  # a photo of a wall or table the notes were cut from
    NOTE = "note"  # one sticky note, straightened
    DRAWING = "drawing"  # a flipchart or drawing kept as it is, with a caption


# A note read from paper has no known author; its role stays unknown until the scribe sets one.
NOT_RECORDED_ROLE = "not_recorded"
NOT_RECORDED_LABEL = "role not recorded"


CITIZEN_ROLES = frozenset({Role.LIVED_EXPERIENCE, Role.CARER, Role.COMMUNITY})

ROLE_LABELS: dict[Role, str] = {
    Role.LIVED_EXPERIENCE: "person with lived experience",
    Role.CARER: "carer",
    Role.COMMUNITY: "community member",
    Role.PROFESSIONAL: "professional",
    Role.FACILITATOR: "facilitator",
    Role.OBSERVER: "observer",
}

ROLE_PLURALS: dict[Role, str] = {
    Role.LIVED_EXPERIENCE: "people with lived experience",
    Role.CARER: "carers",
    Role.COMMUNITY: "community members",
    Role.PROFESSIONAL: "professionals",
    Role.FACILITATOR: "facilitators",
    Role.OBSERVER: "observers",
}

ACTION_STATUS_LABELS: dict[ActionStatus, str] = {
    ActionStatus.PROPOSED: "Proposed",
    ActionStatus.AGREED: "Agreed",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
}

DESIGN_STAGE_LABELS: dict[DesignStage, str] = {
    DesignStage.DISCOVER: "Discover",
    DesignStage.DEFINE: "Define",
    DesignStage.DEVELOP: "Develop",
    DesignStage.DELIVER: "Deliver",
}

# Stated plainly on the record's cover: what people could and could not influence.
INVOLVEMENT_LABELS: dict[Involvement, str] = {
    Involvement.INFORMING: "Informing: people were told about decisions already made.",
    Involvement.CONSULTATION: "Consultation: people gave views; decisions were made elsewhere.",
    Involvement.ENGAGEMENT: "Engagement: people influenced decisions that professionals made.",
    Involvement.CO_DESIGN: "Co-design: people who use the service and professionals designed "
    "it together.",
    Involvement.CO_PRODUCTION: "Co-production: people who use the service and professionals "
    "share power and decide together as equals.",
}

STAGE_KIND_LABELS: dict[StageKind, str] = {
    StageKind.WELCOME: "Welcome",
    StageKind.REVIEW: "Review earlier actions",
    StageKind.CAPTURE: "Explore (capture)",
    StageKind.THEMES: "Make sense (themes)",
    StageKind.VOTE: "Prioritise (vote)",
    StageKind.ACTIONS: "Agree actions",
    StageKind.FEEDBACK: "How was today? (feedback)",
    StageKind.CLOSE: "Close",
}


SIGNAL_LABELS: dict[SignalKind, str] = {
    SignalKind.JARGON: "Jargon!",
    SignalKind.SLOW_DOWN: "Slow down",
    SignalKind.SPEAK: "I'd like to speak",
}


def voice_of(role: str) -> Voice:
    """Whose voice a role speaks with: citizen, professional, or neither."""
    if role in CITIZEN_ROLES:
        return Voice.CITIZEN
    if role == Role.PROFESSIONAL:
        return Voice.PROFESSIONAL
    return Voice.NEITHER
