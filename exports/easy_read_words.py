"""The Easy Read record's own few words (headings, the cover, the credit), in English and Welsh.

These are fixed wording, reviewed once, never built from what people said: every sentence
about the session itself is one a person wrote in the Easy Read panel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exports.wording import long_date
from workshop import symbols


@dataclass(frozen=True, slots=True)
class Words:
    language: str
    easy_read: str
    this_is: str
    meeting_date: str  # with {date}
    date_not_recorded: str
    from_organisation: str  # with {organisation}
    draft: str
    draft_mark: str
    messages: str
    actions: str
    about: str
    credit: str
    own_pictures: str  # with {organisation}
    own_pictures_plain: str
    page: str  # with {page} and {pages}

    def date(self, day: dt.date | None) -> str:
        if day is None:
            return self.date_not_recorded
        return long_date(day, self.language)


ENGLISH = Words(
    language="en",
    easy_read="Easy Read",
    this_is="This is an Easy Read report of our meeting.",
    meeting_date="The meeting was on {date}.",
    date_not_recorded="a date not written down",
    from_organisation="This report is from {organisation}.",
    draft="This is a draft. It has not been checked yet.",
    draft_mark="DRAFT",
    messages="What people told us",
    actions="What will happen next",
    about="About this report",
    credit=symbols.CREDIT_EN,
    own_pictures="Some pictures are from {organisation}.",
    own_pictures_plain="Some pictures are our own.",
    page="Page {page} of {pages}",
)

WELSH = Words(
    language="cy",
    easy_read="Hawdd ei Ddeall",
    this_is="Dyma adroddiad Hawdd ei Ddeall am ein cyfarfod.",
    meeting_date="Roedd y cyfarfod ar {date}.",
    date_not_recorded="ddyddiad na chafodd ei nodi",
    from_organisation="Mae'r adroddiad hwn gan {organisation}.",
    draft="Drafft yw hwn. Nid yw wedi cael ei wirio eto.",
    draft_mark="DRAFFT",
    messages="Beth ddywedodd pobl wrthym ni",
    actions="Beth fydd yn digwydd nesaf",
    about="Am yr adroddiad hwn",
    credit=symbols.CREDIT_CY,
    own_pictures="Mae rhai lluniau gan {organisation}.",
    own_pictures_plain="Ein lluniau ni yw rhai o'r lluniau.",
    page="Tudalen {page} o {pages}",
)


def words_for(language: str) -> Words:
    """The record's wording in "en" or "cy" (anything starting "cy" is Welsh)."""
    return WELSH if language.lower().startswith("cy") else ENGLISH


__all__ = ["ENGLISH", "WELSH", "Words", "words_for"]
