"""The checks on Easy Read sentences: too long, long words, glossary words and jargon."""

from __future__ import annotations

import pytest

from workshop.easy_read import (
    MAX_WORDS,
    Flag,
    check_sentence,
    check_text,
    joined_sentences,
    long_sentences,
    sentences,
)
from workshop.services import Services

SIXTEEN = "We will ask the bus company to run the number 42 bus on time every day."
FIFTEEN = "We will ask the bus company to run the number 42 bus on time daily."


def test_a_sentence_over_fifteen_words_is_flagged() -> None:
    assert len(SIXTEEN.split()) == MAX_WORDS + 1
    long = check_sentence(SIXTEEN)
    assert long.too_long and Flag.LONG_SENTENCE in {f.flag for f in long.findings}
    fine = check_sentence(FIFTEEN)
    assert fine.words == MAX_WORDS and not fine.too_long
    assert Flag.LONG_SENTENCE not in {f.flag for f in fine.findings}
    assert long_sentences(f"{FIFTEEN}\n{SIXTEEN}\n{SIXTEEN}") == 2


def test_sentences_split_at_stops_and_line_breaks() -> None:
    text = "The bus is late. Is it?\nPeople said “no.” Then we talked!\n\n"
    assert sentences(text) == ["The bus is late.", "Is it?", "People said “no.”", "Then we talked!"]


def test_long_words_glossary_words_and_jargon_are_flagged() -> None:
    check = check_sentence(
        "Our Reablement team will do a needs assessment about accommodation.",
        glossary=["needs assessment"],
    )
    found = {(f.flag, f.word.casefold()) for f in check.findings}
    assert (Flag.GLOSSARY_WORD, "needs assessment") in found
    assert (Flag.JARGON, "reablement") in found
    assert (Flag.LONG_WORD, "accommodation") in found
    assert not check_sentence("We will phone you next week.").findings


def test_welsh_jargon_is_flagged_in_welsh() -> None:
    check = check_sentence("Bydd y strategaeth yn newid.", language="cy")
    assert (Flag.JARGON, "strategaeth") in {(f.flag, f.word) for f in check.findings}
    assert not check_sentence("Bydd y strategaeth yn newid.", language="en").findings


def test_session_glossary_reaches_the_checks(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    session_id = workshop_with_session["session"]
    services.glossary.add(session_id, "respite", "a short break for a carer")
    terms = [e.term for e in services.glossary.list(session_id)]
    [check] = check_text("Carers need respite.", terms)
    assert [(f.flag, f.word) for f in check.findings] == [(Flag.GLOSSARY_WORD, "respite")]


@pytest.mark.parametrize(
    ("sentence", "joined_by"),
    [
        ("The bus is late and we miss the doctor.", "and we"),
        ("The bus is late because of roadworks.", "because"),
        ("The bus was late, we missed the doctor.", ", we"),
        ("Bring a friend; we pay for lunch.", ";"),
        ("The bus is late – we will ask why.", "–"),
        ("We like the carers but the rota changes.", "but"),
        ("The centre, which is new, has a lift.", "which"),
    ],
)
def test_a_sentence_joining_two_ideas_is_flagged(sentence: str, joined_by: str) -> None:
    (finding,) = [f for f in check_sentence(sentence).findings if f.flag is Flag.TWO_IDEAS]
    assert finding.word == joined_by


@pytest.mark.parametrize(
    "sentence",
    [
        "We had tea and cake.",  # two things, one idea
        "You can come by bus or by car.",
        "Carers, staff and people who use the service came.",
        "Time: 10 o'clock.",  # a label, not a second clause
        "But we will try.",
        "We will tell you what they say.",
    ],
)
def test_one_idea_is_not_flagged(sentence: str) -> None:
    assert Flag.TWO_IDEAS not in {f.flag for f in check_sentence(sentence).findings}


def test_two_ideas_in_welsh() -> None:
    joined = "Mae'r bws yn hwyr ac mae pobl yn colli'r meddyg."
    flags = {(f.flag, f.word) for f in check_sentence(joined, language="cy").findings}
    assert (Flag.TWO_IDEAS, "ac mae") in flags
    assert not check_sentence("Te a chacen i bawb.", language="cy").findings
    assert joined_sentences(f"Mae'r bws yn hwyr.\n{joined}", "cy") == 1
