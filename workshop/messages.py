"""Marks refusal sentences for the translators while keeping workshop/ free of Qt.

pyside6-lupdate reads the sources as text, so a call to QT_TRANSLATE_NOOP("Refusal", "…")
here puts the sentence into the catalogue; at run time it returns the English unchanged.
The UI translates it when it shows the refusal (ui.i18n.refusal_text).
"""

from __future__ import annotations

import enum

REFUSAL = "Refusal"  # the catalogue context of every refusal sentence
WORD = "RefusalWord"  # the context of vocabulary words put into refusal sentences


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return text unchanged; its only job is to be found by lupdate."""
    return text


class Word(str):
    """A vocabulary word put into a refusal ("session", "note"): the app shows it translated.

    It is still a plain str, so the English message reads exactly as before.
    """

    __slots__ = ()


class Choices(str):
    """The allowed values of a vocabulary, put into a refusal ("carer, professional, …").

    In English it reads as the values joined by commas, exactly as before; the app lists the
    values' labels in the chosen language instead.
    """

    vocabulary: type[enum.Enum]

    def __new__(cls, vocabulary: type[enum.Enum]) -> Choices:
        joined = super().__new__(cls, ", ".join(str(member.value) for member in vocabulary))
        joined.vocabulary = vocabulary
        return joined


# Every Word passed to a refusal, listed for lupdate (context WORD).
WORDS = (
    QT_TRANSLATE_NOOP("RefusalWord", "workshop"),
    QT_TRANSLATE_NOOP("RefusalWord", "session"),
    QT_TRANSLATE_NOOP("RefusalWord", "note"),
    QT_TRANSLATE_NOOP("RefusalWord", "column"),
    QT_TRANSLATE_NOOP("RefusalWord", "theme"),
    QT_TRANSLATE_NOOP("RefusalWord", "participant"),
    QT_TRANSLATE_NOOP("RefusalWord", "action"),
    QT_TRANSLATE_NOOP("RefusalWord", "stage"),
    QT_TRANSLATE_NOOP("RefusalWord", "vote"),
    QT_TRANSLATE_NOOP("RefusalWord", "device"),
    QT_TRANSLATE_NOOP("RefusalWord", "note text"),
    QT_TRANSLATE_NOOP("RefusalWord", "title"),
    QT_TRANSLATE_NOOP("RefusalWord", "name"),
    QT_TRANSLATE_NOOP("RefusalWord", "description"),
    QT_TRANSLATE_NOOP("RefusalWord", "owner"),
    QT_TRANSLATE_NOOP("RefusalWord", "due date"),
    QT_TRANSLATE_NOOP("RefusalWord", "date"),
    QT_TRANSLATE_NOOP("RefusalWord", "role"),
    QT_TRANSLATE_NOOP("RefusalWord", "status"),
    QT_TRANSLATE_NOOP("RefusalWord", "contact"),
    QT_TRANSLATE_NOOP("RefusalWord", "support needs"),
    QT_TRANSLATE_NOOP("RefusalWord", "notes"),
    QT_TRANSLATE_NOOP("RefusalWord", "minutes"),
    QT_TRANSLATE_NOOP("RefusalWord", "organisation"),
    QT_TRANSLATE_NOOP("RefusalWord", "design stage"),
    QT_TRANSLATE_NOOP("RefusalWord", "involvement"),
    QT_TRANSLATE_NOOP("RefusalWord", "kind"),
    QT_TRANSLATE_NOOP("RefusalWord", "question"),
    QT_TRANSLATE_NOOP("RefusalWord", "answer"),
    QT_TRANSLATE_NOOP("RefusalWord", "term"),
    QT_TRANSLATE_NOOP("RefusalWord", "meaning"),
    QT_TRANSLATE_NOOP("RefusalWord", "prompt"),
    QT_TRANSLATE_NOOP("RefusalWord", "summary"),
    QT_TRANSLATE_NOOP("RefusalWord", "location"),
    QT_TRANSLATE_NOOP("RefusalWord", "co-lead"),
    QT_TRANSLATE_NOOP("RefusalWord", "proposed"),
    QT_TRANSLATE_NOOP("RefusalWord", "agreed"),
    QT_TRANSLATE_NOOP("RefusalWord", "in progress"),
    QT_TRANSLATE_NOOP("RefusalWord", "done"),
    QT_TRANSLATE_NOOP("RefusalWord", "dropped"),
    QT_TRANSLATE_NOOP("RefusalWord", "column title"),
    QT_TRANSLATE_NOOP("RefusalWord", "theme title"),
    QT_TRANSLATE_NOOP("RefusalWord", "due"),
    QT_TRANSLATE_NOOP("RefusalWord", "locality"),
    QT_TRANSLATE_NOOP("RefusalWord", "service area"),
    QT_TRANSLATE_NOOP("RefusalWord", "progress update"),
    QT_TRANSLATE_NOOP("RefusalWord", "dropped reason"),
    QT_TRANSLATE_NOOP("RefusalWord", "checked on"),
    QT_TRANSLATE_NOOP("RefusalWord", "retention years"),
    QT_TRANSLATE_NOOP("RefusalWord", "stage kind"),
    QT_TRANSLATE_NOOP("RefusalWord", "venue"),
    QT_TRANSLATE_NOOP("RefusalWord", "purpose"),
    QT_TRANSLATE_NOOP("RefusalWord", "arrangements"),
    QT_TRANSLATE_NOOP("RefusalWord", "votes per participant"),
    QT_TRANSLATE_NOOP("RefusalWord", "voice threshold"),
    QT_TRANSLATE_NOOP("RefusalWord", "consent named"),
    QT_TRANSLATE_NOOP("RefusalWord", "consent contact"),
    QT_TRANSLATE_NOOP("RefusalWord", "consent share contact"),
    QT_TRANSLATE_NOOP("RefusalWord", "file"),
    QT_TRANSLATE_NOOP("RefusalWord", "table"),
    QT_TRANSLATE_NOOP("RefusalWord", "table name"),
    QT_TRANSLATE_NOOP("RefusalWord", "round"),
    QT_TRANSLATE_NOOP("RefusalWord", "text"),
    QT_TRANSLATE_NOOP("RefusalWord", "symbol"),
    QT_TRANSLATE_NOOP("RefusalWord", "language"),
    QT_TRANSLATE_NOOP("RefusalWord", "picture"),
    QT_TRANSLATE_NOOP("RefusalWord", "point"),
)
