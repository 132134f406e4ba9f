"""Editions of a record: the choices each edition makes, worked out once for the CLI and the app."""

from __future__ import annotations

from collections.abc import Iterable

from exports.record_options import LANGUAGES, Edition, RecordOptions, Section
from workshop import privacy
from workshop.errors import WorkshopError
from workshop.views import RecordSnapshot

# The HTML lang of the record's own wording for each choice of language.
_LANGUAGE_TAGS = {"en": "en-GB", "cy": "cy", "cy+en": "cy"}


def language_tag(language: str) -> str:
    """The BCP 47 tag for a record language choice ("en", "cy", "cy+en"); older tags pass."""
    return _LANGUAGE_TAGS.get(language, language)


def edition_options(
    snapshot: RecordSnapshot,
    *,
    edition: Edition | str = Edition.PUBLIC,
    merge_small_groups: bool | None = None,
    language: str = "en",
    without: Iterable[Section] = (),
) -> RecordOptions:
    """The options for one edition of a session's record.

    Small role groups are merged into "participant" by default in the public edition (it may
    be read by anyone) and kept in the participants' edition; merge_small_groups overrides.
    """
    try:
        chosen = Edition(edition)
    except ValueError:
        allowed = ", ".join(e.value for e in Edition)
        raise WorkshopError(f"Unknown edition {edition!r}; use one of: {allowed}.") from None
    if language not in LANGUAGES and language not in _LANGUAGE_TAGS.values():
        raise WorkshopError(f"Unknown language {language!r}; use one of: {', '.join(LANGUAGES)}.")
    merge = chosen is Edition.PUBLIC if merge_small_groups is None else merge_small_groups
    small = privacy.small_role_groups(snapshot)
    return RecordOptions(
        merged_roles=privacy.merged_roles(small, merge),
        language=language_tag(language),
        edition=chosen,
        wording=language if language in LANGUAGES else "en",
    ).without(without)
