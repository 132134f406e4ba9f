"""Sentences built from counts in a Welsh record: each count in its own Welsh plural form.

Welsh has six plural categories (0, 1, 2, 3, 6 and the rest); the two sessions here put counts
of 0, 1, 2, 3, 6 and 7 into the record's figures and sentences, and read both files back.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from exports import count_sentences, wording
from exports.editions import edition_options
from exports.html import render_html
from exports.pdf import write_pdf
from workshop.services import Services

# Everything people typed is Welsh, so any English word in the record is the record's own.
PROMPT = "Beth sy'n bwysig"
NOTES = ("Llyfrgell ar agor ar y Sul", "Bws i'r dref", "Mwy o lyfrau", "Caffi", "Wi-fi", "Toiledau")
NAMES = ("Ceri", "Dafydd", "Elin", "Ffion", "Gwion", "Heledd", "Iolo")
# English words the record's own sentences use; none may be left in a Welsh record.
ENGLISH = re.compile(
    r"\b(the|and|of|was|were|people|took|part|votes?|notes?|contributions?|cast|"
    r"actions?|agreed|proposed|each|had|from|times|once|tables?|lanes?|page|draft|none)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Counts:
    people: int
    notes: int
    votes: int
    actions: int
    votes_each: int


# 7 people, 6 notes, 3 votes cast, 2 actions, 1 vote each: other, many, few, two and one.
# Zero, and every category for every sentence, are checked on the sentences themselves below.
ROOM = Counts(people=7, notes=6, votes=3, actions=2, votes_each=1)
COUNTS = (0, 1, 2, 3, 6, 7)


def _session(services: Services, counts: Counts) -> int:
    workshop = services.workshops.create("Llyfrgelloedd", organisation="Cyngor Glan-y-Môr")
    people = [
        services.participants.add(workshop.id, name, "community", consent_named=True)
        for name in NAMES[: counts.people]
    ]
    session = services.sessions.create(
        workshop.id,
        "Oriau agor",
        date="2026-12-01",
        columns=[PROMPT],
        stages=[("Pleidleisio", "vote", 10)],
        votes_per_participant=counts.votes_each,
        facilitator_id=None,
    )
    for person in people:
        services.participants.set_attendance(session.id, person.id, True)
    column = services.board.columns(session.id)[0]
    notes = [
        services.board.add_note(session.id, column.id, text, author_id=people[i % len(people)].id)
        for i, text in enumerate(NOTES[: counts.notes])
    ]
    services.sessions.set_stage(session.id, 0)
    for voter in people[: counts.votes]:
        services.votes.cast(session.id, voter.id, notes[0].id)
    for number in range(counts.actions):
        services.actions.create(session.id, f"Cam {number + 1}", source_note_ids=[notes[0].id])
    return session.id


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def _html_text(page: str) -> str:
    body = page.split("<body", 1)[1]
    body = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", body, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def test_a_welsh_record_read_back_has_its_counts_in_welsh_and_no_english(
    services: Services, tmp_path: Path
) -> None:
    snapshot = services.sessions.record(_session(services, ROOM))
    options = edition_options(snapshot, edition="participants", language="cy")
    pdf = _pdf_text(write_pdf(snapshot, tmp_path / "cy.pdf", options))
    page = _html_text(render_html(snapshot, options))
    for text in (pdf, page):
        english = sorted({m.group(0) for m in ENGLISH.finditer(text)})
        assert not english, english
        assert "Cymerodd 7 o bobl ran." in text
        assert "Y chwe chyfraniad yn llawn" in text
        assert "Roedd gan bob person 1 bleidlais" in text and "bwriwyd 3 pleidlais" in text
        assert "O'r 6 nodyn, daeth 6 gan lais y dinesydd" in text
    # The summary's figures: the number, then its words in the form the number needs.
    assert "7 o bobl a gymerodd ran" in page and "6 chyfraniad" in page
    assert "3 pleidlais a fwriwyd" in page and "2 gam gweithredu a gytunwyd" in page
    for words in ("o bobl a gymerodd ran", "chyfraniad", "pleidlais a fwriwyd", "gam gweithredu"):
        assert words in pdf, words


def test_welsh_plural_categories_are_the_six_of_cldr() -> None:
    categories = [wording.welsh_plural_category(n) for n in (0, 1, 2, 3, 4, 5, 6, 7, 11, 100)]
    assert categories == [
        "zero", "one", "two", "few", "other", "other", "many", "other", "other", "other"
    ]  # fmt: skip


def test_every_counted_phrase_has_all_six_welsh_forms_with_its_placeholders() -> None:
    plurals = wording.plural_catalogue()
    assert "{count} people took part." in plurals
    for english, forms in plurals.items():
        assert set(forms) == set(wording.PLURAL_CATEGORIES), english
        names = set(re.findall(r"{(\w+)}", english)) - {"count"}
        for form in forms.values():
            assert set(re.findall(r"{(\w+)}", form)) - {"count"} == names, (english, form)


# Every sentence the record builds from a count, at each count.
SENTENCES = {
    "people": count_sentences.people_took_part,
    "stat people": lambda n: count_sentences.stat_label("people", n),
    "stat contributions": lambda n: count_sentences.stat_label("contributions", n),
    "stat votes": lambda n: count_sentences.stat_label("votes", n),
    "stat actions": lambda n: count_sentences.stat_label("actions", n),
    "board": lambda n: count_sentences.board_overview(n, n),
    "board caption": lambda n: count_sentences.board_caption(1, max(n, 1), max(n, 1), 1, 2),
    "note votes": count_sentences.note_votes,
    "contributions": count_sentences.all_contributions_intro,
    "votes": lambda n: count_sentences.votes_intro(n, n),
    "votes method": count_sentences.votes_method,
    "phones": lambda n: count_sentences.phones_sentence(n, n),
    "hidden voices": lambda n: count_sentences.hidden_voices(n, True, n % 2 == 0),
    "tables": count_sentences.tables_intro,
    "plenary": count_sentences.plenary_intro,
    "table": lambda n: count_sentences.table_summary(n, [("Citizen voice", n)], n),
    "signals": lambda n: count_sentences.signals_sentence([("Jargon!", n), ("Slow down", n)]),
    "withheld": count_sentences.withheld_sources,
    "withheld list": count_sentences.withheld_from_record,
    "feedback": lambda n: count_sentences.feedback_respondents(n, n),
    "fewer than": lambda n: count_sentences.fewer_than_answered(n, "question"),
    "fewer than all": lambda n: count_sentences.fewer_than_answered(n, "questions"),
    "minutes": count_sentences.minutes,
    "share": lambda n: count_sentences.professional_share_warning(n / 10, n),
}


@pytest.mark.parametrize("name", SENTENCES)
def test_each_count_sentence_is_welsh_at_every_plural_category(name: str) -> None:
    sentence = SENTENCES[name]
    with wording.in_wording("cy"):
        welsh = [sentence(n) for n in COUNTS]
    for text in welsh:
        assert not ENGLISH.search(text), text
    with wording.in_wording("en"):
        english = [sentence(n) for n in COUNTS]
    assert welsh != english
    with wording.in_wording("cy+en"):
        both = [sentence(n) for n in COUNTS]
    assert both == [f"{cy} / {en}" for cy, en in zip(welsh, english, strict=True)]


def test_counted_words_take_the_form_each_count_needs() -> None:
    with wording.in_wording("cy"):
        people = [count_sentences.people_took_part(n) for n in COUNTS]
        votes = [count_sentences.note_votes(n) for n in COUNTS]
        times = [count_sentences.signals_sentence([("Slow down", n)]) for n in COUNTS]
    assert people == [
        "Cymerodd 0 o bobl ran.",
        "Cymerodd 1 person ran.",
        "Cymerodd 2 berson ran.",
        "Cymerodd 3 pherson ran.",
        "Cymerodd 6 pherson ran.",
        "Cymerodd 7 o bobl ran.",
    ]
    assert votes == [
        "0 pleidleisiau",
        "1 bleidlais",
        "2 bleidlais",
        "3 pleidlais",
        "6 phleidlais",
        "7 pleidlais",
    ]
    assert times[1] == "Ar eu ffonau, pwysodd pobl “Arafwch” unwaith."
    assert times[2] == "Ar eu ffonau, pwysodd pobl “Arafwch” ddwywaith."
    with wording.in_wording("en"):
        assert count_sentences.people_took_part(1) == "1 person took part."
        assert count_sentences.people_took_part(0) == "0 people took part."
        assert count_sentences.all_contributions_intro(0).startswith("No contributions in full")
        pressed = count_sentences.signals_sentence([("Jargon!", 4), ("Slow down", 1)])
        assert pressed == "On their phones, people pressed “Jargon!” 4 times and “Slow down” once."
