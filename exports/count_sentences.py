"""The record's sentences built from counts, in English and Welsh, for the PDF and the HTML alike.

Each counted phrase is a catalogue entry with a Welsh form per plural category (see
exports.wording), so "1 person", "2 berson", "3 pherson" and "7 o bobl" each come out right.
"""

from __future__ import annotations

from collections.abc import Sequence

from exports.wording import Counted, each_language, say, say_and, say_count, say_with

__all__ = [
    "all_contributions_intro",
    "board_caption",
    "board_overview",
    "feedback_respondents",
    "fewer_than_answered",
    "hidden_voices",
    "minutes",
    "note_votes",
    "people_took_part",
    "phones_sentence",
    "plenary_intro",
    "professional_share_warning",
    "seated_sentence",
    "signals_sentence",
    "stat_label",
    "table_summary",
    "tables_intro",
    "votes_intro",
    "votes_method",
    "withheld_from_record",
    "withheld_sources",
]

# The four figures at the top of the summary: (English singular, English plural) under the count.
_STATS = {
    "people": ("person took part", "people took part"),
    "contributions": ("contribution", "contributions"),
    "votes": ("vote cast", "votes cast"),
    "actions": ("action agreed or proposed", "actions agreed or proposed"),
}


def _notes(count: int) -> Counted:
    return Counted(count, "{count} note", "{count} notes")


def _votes(count: int) -> Counted:
    return Counted(count, "{count} vote", "{count} votes")


def _contributions(count: int) -> Counted:
    return Counted(count, "{count} contribution", "{count} contributions")


def stat_label(kind: str, count: int) -> str:
    """The words under one of the summary's big figures: "people took part", "vote cast"."""
    one, other = _STATS[kind]
    return say_count(count, one, other)


def people_took_part(count: int) -> str:
    return say_count(count, "{count} person took part.", "{count} people took part.")


def board_overview(lanes: int, notes: int) -> str:
    """The web record's introduction to the board."""
    return say_with(
        "The board had {lanes} and {notes}. It is shown here lane by lane, each note with its "
        "reference from the list of contributions, its theme, its votes, and the role of the "
        "person who wrote it as a coloured edge and a lettered badge.",
        lanes=Counted(lanes, "{count} lane", "{count} lanes"),
        notes=_notes(notes),
    )


def board_caption(first_lane: int, last_lane: int, total_lanes: int, part: int, parts: int) -> str:
    """The caption of one page of the board drawing: which lanes, which part of them."""

    def build() -> str:
        if first_lane == last_lane:
            where = say_with("lane {first} of {total}", first=first_lane, total=total_lanes)
        else:
            where = say_with(
                "lanes {first}–{last} of {total}",
                first=first_lane,
                last=last_lane,
                total=total_lanes,
            )
        if parts > 1:
            where += say_with(", part {part} of {parts}", part=part, parts=parts)
        return say_with(
            "The board, {where}. Each note shows its reference (C1, C2…) from the list of "
            "contributions, its votes, and the role of the person who wrote it as a coloured "
            "stripe and a lettered badge.",
            where=where,
        )

    return each_language(build)


def note_votes(count: int) -> str:
    """A note's votes on the web record's board: "2 votes"."""
    return say_count(count, "{count} vote", "{count} votes")


def all_contributions_intro(count: int) -> str:
    return say_with(
        "{all} in full, as people wrote them, by prompt and theme. Each is shown with the person "
        "who made it: their name if they agreed to be named, otherwise a participant number and "
        "their role. Text marked “edited for publication” was changed to protect someone.",
        all=Counted(count, "The one contribution", "All {count} contributions", "No contributions"),
    )


def votes_intro(per_person: int, total: int) -> str:
    """The opening of the votes section: how many votes each had, how many were cast."""
    return say_with(
        "Each person had {votes} to place on the contributions that mattered most to them; "
        "{cast}. The citizen voice and the professional voice are counted side by side so that "
        "differences in their priorities can be seen.",
        votes=_votes(per_person),
        cast=Counted(total, "1 vote was cast", "{count} votes were cast"),
    )


def votes_method(per_person: int) -> str:
    """How voting worked, for "About this record"."""
    return say_with(
        "Each person had {votes} to place on the notes that mattered most to them. Votes are "
        "counted separately for the citizen voice (people with lived experience, carers and "
        "community members) and the professional voice.",
        votes=_votes(per_person),
    )


def phones_sentence(from_phones: int, notes: int) -> str:
    """How many notes came from people's own phones, for "About this record"."""
    return say_with(
        "People sent {sent} of the {notes} from their own phones; the rest were written on the "
        "board by a scribe or the facilitator.",
        sent=from_phones,
        notes=_notes(notes),
    )


def hidden_voices(size: int, citizen_hidden: bool, professional_hidden: bool) -> str:
    """Why a voice's own vote results are not shown (too few voters to keep ballots secret)."""

    def build() -> str:
        if citizen_hidden and professional_hidden:
            groups = say("the citizen voice and the professional voice")
        elif citizen_hidden:
            groups = say("the citizen voice")
        else:
            groups = say("the professional voice")
        return say_count(
            size,
            "Fewer than {count} person voted in {groups}: too few to show separately without "
            "revealing how someone voted. Their votes are counted in “All”.",
            "Fewer than {count} people voted in {groups}: too few to show separately without "
            "revealing how someone voted. Their votes are counted in “All”.",
            groups=groups,
        )

    return each_language(build)


def tables_intro(tables: int) -> str:
    return say_with(
        "The room worked at {tables}. Each table's contributions are listed under it by prompt, "
        "with their references in “Everything people said”; “To the plenary” marks those the "
        "table brought back to the whole room.",
        tables=Counted(tables, "{count} table", "{count} tables"),
    )


def plenary_intro(contributions: int) -> str:
    return say_with(
        "The tables brought {contributions} back to the whole room. Their votes and the actions "
        "that came from them are in the sections that follow.",
        contributions=_contributions(contributions),
    )


def table_summary(count: int, voices: Sequence[tuple[str, int]], harvested: int) -> str:
    """One sentence on a table: how many contributions, whose voices, how many went back.

    `voices` holds (English voice label, count) pairs.
    """
    if not count:
        return say("No contributions were recorded at this table.")

    def build() -> str:
        by_voice = ", ".join(f"{say(label)}: {n}" for label, n in voices)
        return say_with(
            "{contributions} ({voices}); {harvested} taken to the plenary.",
            contributions=_contributions(count),
            voices=by_voice,
            harvested=harvested,
        )

    return each_language(build)


def seated_sentence(voices: Sequence[tuple[str, int]]) -> str:
    """Who sat at a table, by voice only: "People at this table, by voice: Citizen voice: 2.".

    `voices` holds (English voice label, count) pairs.
    """

    def build() -> str:
        by_voice = ", ".join(f"{say(label)}: {n}" for label, n in voices)
        return say_with("People at this table, by voice: {voices}.", voices=by_voice)

    return each_language(build)


def signals_sentence(counts: Sequence[tuple[str, int]]) -> str:
    """The jargon card in one sentence: "People pressed “Jargon!” 4 times and “Slow down” once".

    `counts` holds (English button label, times pressed) pairs.
    """
    if not counts:
        return say("Nobody pressed the jargon card's buttons.")

    def build() -> str:
        parts = [f"“{say(label)}” {say_count(n, 'once', '{count} times')}" for label, n in counts]
        joined = say_and(parts)
        return say_with("On their phones, people pressed {joined}.", joined=joined)

    return each_language(build)


def withheld_sources(count: int) -> str:
    """Below an action's sources: how many others are not in this edition."""
    return say_count(
        count,
        "Also from {count} contribution not in the public record.",
        "Also from {count} contributions not in the public record.",
    )


def withheld_from_record(count: int) -> str:
    """In a list of an action's sources: how many others are not in this edition."""
    return say_count(
        count,
        "{count} contribution not in the public record",
        "{count} contributions not in the public record",
    )


def feedback_respondents(people: int, from_cards: int) -> str:
    """How many people gave feedback, and how many of them on printed cards."""

    def build() -> str:
        cards = say_with(" ({cards} on printed cards)", cards=from_cards) if from_cards else ""
        return say_count(
            people,
            "{count} person gave feedback{cards}.",
            "{count} people gave feedback{cards}.",
            cards=cards,
        )

    return each_language(build)


def fewer_than_answered(size: int, what: str) -> str:
    """Why a feedback result shows no numbers; `what` is "this question" or "the questions"."""
    if what == "questions":
        return say_count(
            size,
            "Fewer than {count} person answered the feedback questions, so no numbers are shown.",
            "Fewer than {count} people answered the feedback questions, so no numbers are shown.",
        )
    return say_count(
        size,
        "Fewer than {count} person answered this question.",
        "Fewer than {count} people answered this question.",
    )


def minutes(count: int) -> str:
    """A stage's length on the agenda: "20 min"."""
    return say_count(count, "{count} min", "{count} min")


def professional_share_warning(share: float, threshold: int) -> str:
    """The warning when professionals made more of the contributions than the session allowed."""
    return say_with(
        "Professionals made {share} of contributions, more than the {threshold}% this session "
        "set as its limit for balance.",
        share=f"{share:.0%}",
        threshold=threshold,
    )
