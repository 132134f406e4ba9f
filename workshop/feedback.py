"""The questions of end-of-session feedback and equality monitoring, in English and Welsh.

Feedback questions are the organiser's to edit (3 to 6 of them); the five-point scale, the
ladder of involvement in plain words, and the monitoring questions (ONS harmonised categories
where they exist) are fixed, so answers from different sessions can be added up.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workshop import validation
from workshop.errors import ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.vocabulary import Involvement

MIN_QUESTIONS = 3
MAX_QUESTIONS = 6
MAX_QUESTION_LENGTH = 200
MAX_COMMENT_LENGTH = 1000
# Fewer answers than this are never shown as numbers outside the app.
SUPPRESS_BELOW = 5
PREFER_NOT_TO_SAY = "prefer_not_to_say"


class QuestionKind(enum.StrEnum):
    SCALE = "scale"
    LADDER = "ladder"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Option:
    """One answer people can choose: a stable value and its words in each language."""

    value: str
    en: str
    cy: str

    def label(self, language: str = "en") -> str:
        return self.cy if language == "cy" else self.en


@dataclass(frozen=True, slots=True)
class Question:
    """One feedback question as the organiser set it."""

    id: str
    kind: QuestionKind
    en: str
    cy: str = ""

    def text(self, language: str = "en") -> str:
        return self.cy if language == "cy" and self.cy else self.en

    @property
    def options(self) -> tuple[Option, ...]:
        if self.kind is QuestionKind.SCALE:
            return SCALE
        if self.kind is QuestionKind.LADDER:
            return LADDER
        return ()


@dataclass(frozen=True, slots=True)
class MonitoringQuestion:
    id: str
    en: str
    cy: str
    options: tuple[Option, ...]

    def text(self, language: str = "en") -> str:
        return self.cy if language == "cy" else self.en


# Five points, least to most; the phone draws a face beside each, so colour is never alone.
SCALE = (
    Option("1", "Not at all", "Dim o gwbl"),
    Option("2", "Not really", "Ddim mewn gwirionedd"),
    Option("3", "Not sure", "Ddim yn siŵr"),
    Option("4", "Mostly", "Gan amlaf"),
    Option("5", "Yes, completely", "Yn llwyr"),
)

# The ladder of involvement in plain words, from being told to deciding together.
LADDER = (
    Option(
        "told",
        "We were told about decisions already made",
        "Cawson ni wybod am benderfyniadau oedd wedi'u gwneud yn barod",
    ),
    Option(
        "asked",
        "We were asked what we think; others decided",
        "Cawson ni ein holi beth rydyn ni'n ei feddwl; pobl eraill oedd yn penderfynu",
    ),
    Option(
        "influenced",
        "What we said changed what was decided",
        "Newidiodd yr hyn a ddywedon ni beth gafodd ei benderfynu",
    ),
    Option(
        "designed",
        "We designed things together with staff",
        "Fe wnaethon ni gynllunio pethau gyda'r staff",
    ),
    Option(
        "decided",
        "We decided together, as equals",
        "Fe wnaethon ni benderfynu gyda'n gilydd, fel pobl gyfartal",
    ),
)

# Which rung of the ladder each stated involvement level claims.
LADDER_FOR_INVOLVEMENT: dict[str, str] = {
    Involvement.INFORMING: "told",
    Involvement.CONSULTATION: "asked",
    Involvement.ENGAGEMENT: "influenced",
    Involvement.CO_DESIGN: "designed",
    Involvement.CO_PRODUCTION: "decided",
}

DEFAULT_QUESTIONS = (
    Question(
        "listened",
        QuestionKind.SCALE,
        "I felt listened to",
        "Roeddwn i'n teimlo bod pobl yn gwrando arna i",
    ),
    Question(
        "mattered",
        QuestionKind.SCALE,
        "I could say what mattered to me",
        "Roeddwn i'n gallu dweud beth oedd yn bwysig i mi",
    ),
    Question(
        "accessible",
        QuestionKind.SCALE,
        "The session was accessible to me",
        "Roedd y sesiwn yn hygyrch i mi",
    ),
    Question(
        "thanked",
        QuestionKind.SCALE,
        "I was fairly thanked or paid",
        "Cefais fy niolch neu fy nhalu'n deg",
    ),
    Question(
        "ladder",
        QuestionKind.LADDER,
        "Which best describes today?",
        "Beth sy'n disgrifio heddiw orau?",
    ),
    Question("change", QuestionKind.TEXT, "One thing to change", "Un peth i'w newid"),
)

_PREFER_NOT = Option(PREFER_NOT_TO_SAY, "Prefer not to say", "Mae'n well gen i beidio â dweud")
_YES = Option("yes", "Yes", "Ydw")
_NO = Option("no", "No", "Nac ydw")

# ONS harmonised standards (age bands of the census, the disability and unpaid care questions,
# the Welsh-language question, and the five high-level ethnic groups as worded in Wales).
MONITORING_QUESTIONS = (
    MonitoringQuestion(
        "age",
        "How old are you?",
        "Faint yw eich oed?",
        (
            Option("under_16", "Under 16", "O dan 16"),
            Option("16_24", "16 to 24", "16 i 24"),
            Option("25_34", "25 to 34", "25 i 34"),
            Option("35_44", "35 to 44", "35 i 44"),
            Option("45_54", "45 to 54", "45 i 54"),
            Option("55_64", "55 to 64", "55 i 64"),
            Option("65_74", "65 to 74", "65 i 74"),
            Option("75_plus", "75 or over", "75 neu'n hŷn"),
            _PREFER_NOT,
        ),
    ),
    MonitoringQuestion(
        "disability",
        "Do you have a physical or mental health condition or illness lasting or expected to "
        "last 12 months or more?",
        "Oes gennych chi gyflwr iechyd corfforol neu feddyliol neu salwch sydd wedi para, neu "
        "sy'n debygol o bara, 12 mis neu fwy?",
        (Option("yes", "Yes", "Oes"), Option("no", "No", "Nac oes"), _PREFER_NOT),
    ),
    MonitoringQuestion(
        "ethnic_group",
        "What is your ethnic group?",
        "Beth yw eich grŵp ethnig?",
        (
            Option("white", "White", "Gwyn"),
            Option("mixed", "Mixed or Multiple ethnic groups", "Grwpiau ethnig cymysg neu luosog"),
            Option(
                "asian",
                "Asian, Asian Welsh or Asian British",
                "Asiaidd, Asiaidd Cymreig neu Asiaidd Prydeinig",
            ),
            Option(
                "black",
                "Black, Black Welsh, Black British, Caribbean or African",
                "Du, Du Cymreig, Du Prydeinig, Caribïaidd neu Affricanaidd",
            ),
            Option("other", "Other ethnic group", "Grŵp ethnig arall"),
            _PREFER_NOT,
        ),
    ),
    MonitoringQuestion(
        "sex",
        "What is your sex?",
        "Beth yw eich rhyw?",
        (Option("female", "Female", "Benyw"), Option("male", "Male", "Gwryw"), _PREFER_NOT),
    ),
    MonitoringQuestion(
        "gender_identity",
        "Is the gender you identify with the same as your sex registered at birth?",
        "A yw'r rhywedd rydych chi'n uniaethu ag ef yr un peth â'r rhyw a gofrestrwyd adeg eich "
        "geni?",
        (Option("yes", "Yes", "Ydy"), Option("no", "No", "Nac ydy"), _PREFER_NOT),
    ),
    MonitoringQuestion(
        "carer",
        "Do you look after, or give any help or support to, anyone because of their long-term "
        "health condition, disability or problems related to old age?",
        "Ydych chi'n gofalu am unrhyw un, neu'n rhoi help neu gefnogaeth iddyn nhw, oherwydd "
        "cyflwr iechyd hirdymor, anabledd neu broblemau sy'n gysylltiedig â henaint?",
        (_YES, _NO, _PREFER_NOT),
    ),
    MonitoringQuestion(
        "welsh_speaker",
        "Can you speak Welsh?",
        "Allwch chi siarad Cymraeg?",
        (Option("yes", "Yes", "Gallaf"), Option("no", "No", "Na allaf"), _PREFER_NOT),
    ),
)

MONITORING_BY_ID = {q.id: q for q in MONITORING_QUESTIONS}


# ----- the organiser's questions, stored as JSON on the session's form ------------------------


def questions_to_json(questions: Sequence[Question]) -> str:
    return json.dumps(
        [{"id": q.id, "kind": q.kind.value, "en": q.en, "cy": q.cy} for q in questions],
        ensure_ascii=False,
    )


def questions_from_json(text: str) -> tuple[Question, ...]:
    """The stored questions; the defaults when none were ever set."""
    if not text:
        return DEFAULT_QUESTIONS
    return tuple(
        Question(item["id"], QuestionKind(item["kind"]), item["en"], item.get("cy", ""))
        for item in json.loads(text)
    )


def clean_questions(questions: Sequence[Question]) -> tuple[Question, ...]:
    """Questions as the organiser edited them: 3 to 6, each with words and a known kind.

    A question without an id (a new one) gets the next free `qN`.
    """
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "Ask between {low} and {high} feedback questions."),
            field="questions",
            low=MIN_QUESTIONS,
            high=MAX_QUESTIONS,
        )
    used = {q.id for q in questions if q.id}
    clean: list[Question] = []
    number = 0
    for question in questions:
        question_id = question.id
        if not question_id:
            number += 1
            while f"q{number}" in used:
                number += 1
            question_id = f"q{number}"
            used.add(question_id)
        elif len(question_id) > 32 or any(q.id == question_id for q in clean):
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "Each feedback question needs its own id."),
                field="questions",
            )
        kind = validation.choice(question.kind, QuestionKind, "kind")
        english = validation.clean_text(
            question.en, "question", max_length=MAX_QUESTION_LENGTH
        ).strip()
        welsh = validation.clean_text(
            question.cy, "question", max_length=MAX_QUESTION_LENGTH, required=False
        ).strip()
        clean.append(Question(question_id, kind, english, welsh))
    return tuple(clean)


# ----- answers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CleanAnswers:
    """A submission checked against the questions: chosen values and free text, by question."""

    choices: dict[str, str]
    comments: dict[str, str]
    monitoring: dict[str, str]


def _refuse_unknown(field: str) -> ValidationError:
    # Never echo the id that was sent: it may be huge, multi-line or hostile.
    if field == "monitoring":
        return ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "There is no such equality monitoring question."),
            field=field,
        )
    return ValidationError.of(
        QT_TRANSLATE_NOOP("Refusal", "There is no such feedback question on this form."),
        field=field,
    )


def clean_answers(
    questions: Sequence[Question], answers: object, monitoring: object
) -> CleanAnswers:
    """Check a submission: only known ids, only values the question offers; nothing kept else."""
    if not isinstance(answers, Mapping):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "The answers must be an object of question ids."),
            field="answers",
        )
    if monitoring is None:
        monitoring = {}
    if not isinstance(monitoring, Mapping):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP(
                "Refusal", "The monitoring answers must be an object of question ids."
            ),
            field="monitoring",
        )
    by_id = {q.id: q for q in questions}
    choices: dict[str, str] = {}
    comments: dict[str, str] = {}
    for key, value in answers.items():
        question = by_id.get(key) if isinstance(key, str) else None
        if question is None:
            raise _refuse_unknown("answers")
        if question.kind is QuestionKind.TEXT:
            if value is None:
                continue
            text = validation.clean_text(
                value, "answer", max_length=MAX_COMMENT_LENGTH, required=False
            ).strip()
            if text:
                comments[question.id] = text
            continue
        # A scale point may come as the number 4 or the text "4".
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or value not in {o.value for o in question.options}:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "That is not one of the answers to “{question}”."),
                field="answers",
                question=question.en,
            )
        choices[question.id] = value
    chosen: dict[str, str] = {}
    for key, value in monitoring.items():
        asked = MONITORING_BY_ID.get(key) if isinstance(key, str) else None
        if asked is None:
            raise _refuse_unknown("monitoring")
        if not isinstance(value, str) or value not in {o.value for o in asked.options}:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Refusal", "That is not one of the answers to “{question}”."),
                field="monitoring",
                question=asked.en,
            )
        chosen[asked.id] = value
    if not choices and not comments and not chosen:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Refusal", "Answer at least one question before sending."),
            field="answers",
        )
    return CleanAnswers(choices, comments, chosen)


def suppressed(count: int) -> bool:
    """Whether a number of answers is too small to show outside the app."""
    return count < SUPPRESS_BELOW


__all__ = [
    "DEFAULT_QUESTIONS",
    "LADDER",
    "LADDER_FOR_INVOLVEMENT",
    "MONITORING_BY_ID",
    "MONITORING_QUESTIONS",
    "PREFER_NOT_TO_SAY",
    "SCALE",
    "SUPPRESS_BELOW",
    "CleanAnswers",
    "MonitoringQuestion",
    "Option",
    "Question",
    "QuestionKind",
    "clean_answers",
    "clean_questions",
    "questions_from_json",
    "questions_to_json",
    "suppressed",
]
