"""What a session record includes: its sections, how small groups are shown, and export plumbing."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from workshop.audience import Audience
from workshop.progress import Cancelled

__all__ = [
    "EDITION_AUDIENCES",
    "LANGUAGES",
    "SECTION_TITLES",
    "Edition",
    "ExportCancelled",
    "Progress",
    "RecordOptions",
    "Section",
    "check_cancelled",
]


class Section(enum.Enum):
    """The parts of a record, in the order they appear; each can be switched off."""

    COVER = "cover"
    ARRANGEMENTS = "arrangements"
    SUMMARY = "summary"
    BOARD = "board"
    CONTRIBUTIONS = "contributions"
    TABLES = "tables"
    VOTES = "votes"
    ACTIONS = "actions"
    YOU_SAID = "you_said"
    NEXT_STEPS = "next_steps"
    ATTENDANCE = "attendance"
    FEEDBACK = "feedback"
    WHO_WE_HEARD_FROM = "who_we_heard_from"
    GLOSSARY = "glossary"
    STAY_IN_TOUCH = "stay_in_touch"
    METHOD = "method"


class Edition(enum.StrEnum):
    """Who a record is for; each edition decides what it may carry (more may be added)."""

    # For anyone: no contact details, small groups merged by default.
    PUBLIC = "public"
    # For the people who took part: marked "Not for publication", may carry stay-in-touch.
    PARTICIPANTS = "participants"


# Each edition is an audience of workshop.audience, which holds its rules.
EDITION_AUDIENCES: dict[Edition, Audience] = {
    Edition.PUBLIC: Audience.RECORD,
    Edition.PARTICIPANTS: Audience.PARTICIPANTS_RECORD,
}


# The record's own wording: English, Welsh, or both with Welsh first.
LANGUAGES = ("en", "cy", "cy+en")


# Headings as they appear in the record, the outline and the export dialog.
SECTION_TITLES: dict[Section, str] = {
    Section.COVER: "About this session",
    Section.ARRANGEMENTS: "Access and reimbursement",
    Section.SUMMARY: "Summary",
    Section.BOARD: "The board",
    Section.CONTRIBUTIONS: "Everything people said",
    Section.TABLES: "The tables and the plenary",
    Section.VOTES: "Priorities: how people voted",
    Section.ACTIONS: "Agreed actions",
    Section.YOU_SAID: "You said, we did",
    Section.NEXT_STEPS: "Next steps",
    Section.ATTENDANCE: "Who took part",
    Section.FEEDBACK: "How people felt about the session",
    Section.WHO_WE_HEARD_FROM: "Who we heard from",
    Section.GLOSSARY: "Words we explained",
    Section.STAY_IN_TOUCH: "Stay in touch",
    Section.METHOD: "How the session worked",
}


@dataclass(frozen=True)
class RecordOptions:
    """Choices for one export of a record."""

    sections: frozenset[Section] = field(default_factory=lambda: frozenset(Section))
    # Roles too small to show without identifying someone, shown as "participant".
    merged_roles: frozenset[str] = frozenset()
    # BCP 47 language of the record's own wording (user text keeps its own language).
    language: str = "en-GB"
    edition: Edition = Edition.PUBLIC
    # The record's fixed words: "en", "cy", or "cy+en" (both, Welsh first).
    wording: str = "en"

    @property
    def for_publication(self) -> bool:
        return self.edition is Edition.PUBLIC

    @property
    def audience(self) -> Audience:
        """Who reads this edition: workshop.audience decides what they may see of it."""
        return EDITION_AUDIENCES[self.edition]

    def includes(self, section: Section) -> bool:
        if section is Section.STAY_IN_TOUCH and self.for_publication:
            return False  # contact details never go into a record for publication
        return section in self.sections

    def without(self, sections: Iterable[Section]) -> RecordOptions:
        """A copy with some sections switched off."""
        return dataclasses.replace(self, sections=self.sections - frozenset(sections))


# progress(fraction from 0 to 1, what is happening in a few words)
Progress = Callable[[float, str], None]


class ExportCancelled(Cancelled):
    """The person exporting cancelled; no file was written."""


def check_cancelled(cancelled: Callable[[], bool] | None) -> None:
    """Stop the export here if the person asked to cancel."""
    if cancelled is not None and cancelled():
        raise ExportCancelled("The export was cancelled.")
