"""A direction mark left open in someone's text cannot turn round what is shown after it.

A right-to-left override (U+202E) that is never closed reverses the rest of its line wherever
the text is shown: a pasted or spoofed note would then turn round the vote count, the name or
the column that a list, label or record line shows after it. Marks that open and close keep
their effect inside the text.
"""

from __future__ import annotations

import pytest

from tests.live.conftest import Client
from workshop import validation
from workshop.identity import public_name
from workshop.services import Services

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (f"text #59{RLO}reversed", "text #59reversed"),  # never closed
        (f"{LRO}abc", "abc"),
        (f"{RLE}abc", "abc"),
        (f"{FSI}abc", "abc"),
        (f"a{PDF}b", "ab"),  # closes nothing
        (f"a{PDI}b", "ab"),
        (f"{RLO}{RLI}x{PDF}{PDI}", f"{RLI}x{PDI}"),  # a PDF does not close past an isolate
        (f"first{RLO}\nsecond{RLO}x{PDF}", f"first\nsecond{RLO}x{PDF}"),  # line by line
    ],
)
def test_a_mark_left_open_or_closing_nothing_is_dropped(typed: str, kept: str) -> None:
    assert validation.note_text(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        f"{RLO}abc{PDF} and after",
        f"{LRE}abc{PDF}",
        f"{RLI}abc{PDI} and after",
        f"{RLI}{LRO}abc{PDI}",  # the PDI ends the override opened inside its isolate
        f"{LRI}a{RLE}b{PDF}c{PDI}",
        "Urdu as typed: گھر تک رسائی",
        "Welsh as typed: mynediad i'r adeilad",
    ],
)
def test_text_whose_marks_open_and_close_is_kept_as_typed(typed: str) -> None:
    assert validation.note_text(typed) == typed


def test_a_phone_note_with_an_open_override_is_stored_without_it(phone: Client) -> None:
    column = phone.state()["columns"][0]["id"]
    sent = phone.api("POST", "notes", {"column": column, "text": f"Ramp {RLO}3 votes"})
    assert sent.status == 201, sent.body
    mine = [note["text"] for note in phone.state()["notes"]]
    assert "Ramp 3 votes" in mine, mine
    assert not any(RLO in text for text in mine)


def test_a_name_given_on_a_phone_loses_an_open_override(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    client.join("carer", name=f"Sam{RLO} (facilitator)", consent_named=True)
    device = services.participants.list(workshop_with_session["workshop"])[-1]
    assert device.name == "Sam (facilitator)"
    assert public_name(device) == "Sam (facilitator) (joined by phone)"
