"""Who said it: the choices a scribe can type (part of a name, or a role), and what they mean."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate
from ui.labels import role_label
from workshop.views import ParticipantView
from workshop.vocabulary import Role

# Marked for lupdate here, translated where the choices are built (so a language switch shows it).
ROLE_ONLY = QT_TRANSLATE_NOOP("CaptureBar", "{role} (role only)")


@dataclass(frozen=True)
class Speaker:
    """Who said it: a registered participant, or only a role."""

    label: str
    author_id: int | None
    role: str


class SpeakerChoices:
    """The register's people and the roles, by the label a scribe sees and types."""

    def __init__(self) -> None:
        self.people: dict[int, ParticipantView] = {}
        self.by_label: dict[str, Speaker] = {}

    def rebuild(self, people: Iterable[ParticipantView]) -> None:
        self.people = {person.id: person for person in people}
        choices: dict[str, Speaker] = {}
        for person in sorted(self.people.values(), key=lambda p: p.name.casefold()):
            label = f"{person.name} — {role_label(person.role)}"
            choices[label] = Speaker(label, person.id, person.role)
        for role in Role:
            label = role_label(role.value)
            label = translate("CaptureBar", ROLE_ONLY).format(role=label[:1].upper() + label[1:])
            choices[label] = Speaker(label, None, role.value)
        self.by_label = choices

    def labels(self) -> list[str]:
        return list(self.by_label)

    def resolve(self, typed: str) -> Speaker | None:
        """The speaker meant: a chosen entry, the one matching name, or the one matching role."""
        text = typed.strip()
        if not text:
            return None
        if text in self.by_label:
            return self.by_label[text]
        wanted = text.casefold()
        named = [
            s
            for s in self.by_label.values()
            if s.author_id is not None and wanted in self.people[s.author_id].name.casefold()
        ]
        if len(named) == 1:
            return named[0]
        roles = [s for s in self.by_label.values() if s.author_id is None]
        by_role = [s for s in roles if wanted in s.label.casefold()]
        if len(by_role) == 1 and not named:
            return by_role[0]
        return None

    def find(self, author_id: int | None, role: str) -> Speaker | None:
        """The choice for a note's speaker (a person by id; otherwise their role)."""
        return next(
            (
                s
                for s in self.by_label.values()
                if (s.author_id, s.role if s.author_id is None else None)
                == (author_id, role if author_id is None else None)
            ),
            None,
        )
