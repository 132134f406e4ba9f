"""Which language the app speaks: installs Qt translators for English or Welsh, live."""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from workshop import bundled
from workshop.errors import WorkshopError
from workshop.messages import REFUSAL, WORD, Choices, Word

log = logging.getLogger(__name__)

# The compiled catalogues ship in the package, so a fresh install needs no Qt tools.
CATALOGUE_PREFIX = "codesign_"
_MARKS = "i18nSources"  # dynamic property holding (context, source, setter) triples


class Language(enum.Enum):
    """The languages the app ships; the value is the ISO 639-1 code used in file names."""

    ENGLISH = "en"
    WELSH = "cy"

    @property
    def native_name(self) -> str:
        """The language's name in itself, never translated, so anyone can find their own."""
        return {Language.ENGLISH: "English", Language.WELSH: "Cymraeg"}[self]

    @property
    def locale(self) -> QLocale:
        return QLocale(
            QLocale.Language.Welsh if self is Language.WELSH else QLocale.Language.English,
            QLocale.Country.UnitedKingdom,
        )

    @classmethod
    def from_code(cls, code: str | None) -> Language:
        """The language for a code such as 'cy' or 'cy_GB'; English for anything unknown."""
        short = (code or "").replace("-", "_").split("_")[0].lower()
        return next((language for language in cls if language.value == short), cls.ENGLISH)


def current_language() -> Language:
    """The language the app speaks now (Translations.apply sets Qt's default locale)."""
    if QLocale().language() == QLocale.Language.Welsh:
        return Language.WELSH
    return Language.ENGLISH


def translations_dir() -> Path:
    """The folder holding codesign_<code>.ts and the compiled .qm files."""
    return bundled.folder_path("translations")


def english_plural(text: str, count: int) -> str:
    """A "%n thing(s)" text that no catalogue translated, made English: "1 thing", "2 things".

    Use around translate(context, "%n thing(s)", "", count): a Welsh catalogue gives Qt's
    plural forms; English has no catalogue, so the "(s)" is resolved here.
    """
    return text.replace("(s)", "" if count == 1 else "s")


def catalogue_path(language: Language) -> Path:
    return translations_dir() / f"{CATALOGUE_PREFIX}{language.value}.qm"


def translated(obj: QObject, context: str, source: str, setter: str = "setText") -> Any:
    """Set a text through `setter` in the current language and remember its source, so
    retranslate_marked() can set it again after a language switch. Returns obj.

    Mark the source for lupdate where it is written: QT_TRANSLATE_NOOP(context, "…").
    """
    marks = list(obj.property(_MARKS) or [])
    marks = [m for m in marks if m[2] != setter] + [(context, source, setter)]
    obj.setProperty(_MARKS, marks)
    getattr(obj, setter)(QCoreApplication.translate(context, source))
    return obj


def retranslate_marked(root: QObject) -> None:
    """Set again, in the current language, every text set with translated() under root."""
    for obj in (root, *root.findChildren(QObject)):
        for context, source, setter in obj.property(_MARKS) or ():
            getattr(obj, setter)(QCoreApplication.translate(context, source))


def translate(context: str, text: str) -> str:
    """Translate text outside a QObject (module-level labels marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


def _translated_param(value: object) -> object:
    if isinstance(value, Choices):
        from ui.labels import choice_label  # ui.labels reads the vocabulary; only needed here

        return ", ".join(choice_label(member) for member in value.vocabulary)
    if isinstance(value, Word):
        return QCoreApplication.translate(WORD, value)
    if isinstance(value, WorkshopError):
        return refusal_text(value)
    return value


def refusal_text(error: WorkshopError) -> str:
    """A refusal from the service layer in the chosen language, its blanks filled in.

    The sentence is looked up by its English template; vocabulary words among the parameters
    (workshop.messages.Word) are translated too, a list of allowed values (Choices) lists
    their labels, and so is a refusal given as a parameter (an
    import names the place in the file, then the rule it broke). A sentence not in the
    catalogue, or one whose translation names a blank the error does not carry, is shown in
    English as raised.
    """
    params = {name: _translated_param(value) for name, value in error.params.items()}
    try:
        return QCoreApplication.translate(REFUSAL, error.template).format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("A translated refusal does not fit its parameters: %r", error.template)
        return error.message


class Translations(QObject):
    """Owns the installed translators; switching language makes Qt send LanguageChange events.

    Widgets that implement changeEvent(LanguageChange) re-translate themselves; everything
    created after the switch is built in the new language.
    """

    language_changed = Signal(object)  # Language

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = Language.ENGLISH
        self._installed: list[QTranslator] = []

    def apply(self, language: Language) -> bool:
        """Install the catalogue for a language; False when its .qm file cannot be loaded."""
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("Create the QApplication before choosing a language.")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        loaded = True
        if language is not Language.ENGLISH:
            ours = QTranslator(self)
            loaded = ours.load(str(catalogue_path(language)))
            if loaded:
                self._installed.append(ours)
            else:
                log.warning("No translation catalogue for %s", language.value)
            # Qt's own dialogs' buttons (OK, Cancel, Yes, No), where Qt ships that language.
            qt_own = QTranslator(self)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language.value}", qt_folder):
                self._installed.append(qt_own)
        for translator in self._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(language.locale)
        # Qt posts LanguageChange; deliver it now so every open window reads the new language
        # as soon as apply() returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
        self.language_changed.emit(language)
        return loaded
