"""Fixtures for record exports: the demo workshop and a multilingual session full of traps."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pypdf
import pytest

from tests.records import copy_record
from workshop.demo import create_demo
from workshop.services import Services
from workshop.storage import open_database

MULTILINGUAL = {
    "welsh": "Mae'r ŵyl yn ŷd ar y bryn",
    "polish": "Zażółć gęślą jaźń — łódź",
    "greek": "Καλημέρα κόσμε",
    "cyrillic": "Привет, мир",
    "arabic": "مرحبا بكم في ورشة العمل",
    "urdu": "ہم سب مل کر بہتر خدمات بنانا چاہتے ہیں",
    "bengali": "আমরা সবাই মিলে ভালো পরিষেবা তৈরি করতে চাই",
    "chinese": "公共服务设计",
    "emoji": "Thanks 😀 👍 for the tea",
    "markup": "<b>bold</b> <font name=x>f</font> R&D a<b 5<x>7 &amp; </para>",
}

SECRET_NAME = "Zebulon Quibbleworth"
SECRET_NAME_2 = "Yolanda Xenakis"
SUPPORT_NEED = "Needs a quiet room SUPPORTNEED"
HIDDEN_CONTACT = "zq-hidden@example.org"
SHARED_CONTACT = "yx-shared@example.org"
PRIVATE_TEXT = "PRIVATE Kestrel note, not for publication"
ORIGINAL_TEXT = "Original Osprey remark naming a worker"
REDACTED_TEXT = "A remark about a worker [name removed]"
DROPPED_REASON = "Budget was withdrawn in March"


@dataclass
class Multilingual:
    services: Services
    workshop: int
    session: int
    earlier: int
    texts: dict[str, str] = field(default_factory=dict)  # label -> public text on the board


@pytest.fixture
def demo(services: Services) -> tuple[Services, list[int]]:
    ids = create_demo(services)
    return services, [sid for sid, _ in ids.sessions]


@pytest.fixture
def multilingual(services: Services) -> Multilingual:
    """A session whose notes cover every script, markup traps, privacy and consent cases."""
    return build_multilingual(services)


@pytest.fixture(scope="module")
def shared_multilingual(
    tmp_path_factory: pytest.TempPathFactory, migrated_record: Path
) -> Iterator[Multilingual]:
    """The same session, built once for a module whose tests only read it."""
    path = copy_record(migrated_record, tmp_path_factory.mktemp("multilingual") / "r.sqlite3")
    database = open_database(str(path))
    yield build_multilingual(Services(database))
    database.dispose()


def build_multilingual(services: Services) -> Multilingual:
    workshop = services.workshops.create(
        "Tenancy support: Glan-y-Môr", organisation="Cyngor Glan-y-Môr Council"
    )
    ceri = services.participants.add(
        workshop.id,
        "Ceri Ŵyn",
        "lived_experience",
        consent_named=True,
        consent_share_contact=True,
        contact="ceri@example.org",
    )
    secret = services.participants.add(
        workshop.id,
        SECRET_NAME,
        "carer",
        consent_contact=True,
        contact=HIDDEN_CONTACT,
        support_needs=SUPPORT_NEED,
    )
    secret2 = services.participants.add(
        workshop.id,
        SECRET_NAME_2,
        "professional",
        organisation="Secret Org Ltd",
        consent_share_contact=True,
        contact=SHARED_CONTACT,
    )
    fran = services.participants.add(
        workshop.id, "Fran Facilitator", "facilitator", consent_named=True
    )
    earlier = services.sessions.create_from_template(
        workshop.id, "what-matters", "First look", date="2026-09-01", facilitator_id=fran.id
    )
    column = services.board.columns(earlier.id)[0]
    source = services.board.add_note(earlier.id, column.id, "Earlier idea", author_id=ceri.id)
    dropped = services.actions.create(
        earlier.id, "Hire a tenancy officer", owner_id=secret2.id, source_note_ids=[source.id]
    )
    services.actions.update(dropped.id, status="agreed")
    services.actions.add_update(
        dropped.id,
        None,
        "We tried.",
        date="2026-10-01",
        status="dropped",
        dropped_reason=DROPPED_REASON,
    )
    done = services.actions.create(earlier.id, "Leaflet in Welsh", owner_id=fran.id)
    services.actions.update(done.id, status="agreed")
    services.actions.add_update(
        done.id, None, "Printed and sent.", date="2026-10-02", status="done"
    )

    session = services.sessions.create_from_template(
        workshop.id,
        "what-matters",
        "Iaith a lleisiau: languages & voices",
        date="2026-11-01",
        venue="Neuadd y Dref <main hall>",
        facilitator_id=fran.id,
        purpose="Hear people in their own languages & words",
        involvement="co_design",
        arrangements="Interpreters booked; travel paid; إمكانية الوصول",
    )
    for person in (ceri, secret, secret2, fran):
        services.participants.set_attendance(session.id, person.id, True)
    columns = services.board.columns(session.id)
    texts: dict[str, str] = {}
    notes = {}
    authors = [ceri.id, secret.id, secret2.id]
    for index, (label, text) in enumerate(MULTILINGUAL.items()):
        note = services.board.add_note(
            session.id, columns[index % len(columns)].id, text, author_id=authors[index % 3]
        )
        texts[label] = text
        notes[label] = note
    private = services.board.add_note(session.id, columns[0].id, PRIVATE_TEXT, author_id=ceri.id)
    services.board.set_note_private(private.id, True)
    redacted = services.board.add_note(session.id, columns[1].id, ORIGINAL_TEXT, author_id=ceri.id)
    services.board.redact_note(redacted.id, REDACTED_TEXT)
    texts["redacted"] = REDACTED_TEXT
    multi_line = services.board.add_note(
        session.id, columns[2].id, "First line\nSecond line", author_id=secret.id
    )
    texts["multi_line"] = "First line\nSecond line"
    services.board.group(session.id, "Iaith <b>gyntaf</b>", [notes["welsh"].id, multi_line.id])
    vote_stage = next(s.position for s in session.stages if s.kind == "vote")
    services.sessions.set_stage(session.id, vote_stage)
    for person, label in ((ceri.id, "welsh"), (secret.id, "welsh"), (secret2.id, "arabic")):
        services.votes.cast(session.id, person, notes[label].id)
    services.votes.cast(session.id, ceri.id, private.id)
    actions_stage = next(s.position for s in session.stages if s.kind == "actions")
    services.sessions.set_stage(session.id, actions_stage)
    services.actions.create(
        session.id,
        "Translate forms <i>now</i> & check",
        description="With people who use them",
        owner_id=secret2.id,
        co_lead_id=ceri.id,
        due="2027-01-15",
        source_note_ids=[notes["polish"].id, private.id],
        agreed_by=[ceri.id, secret2.id],
    )
    return Multilingual(services, workshop.id, session.id, earlier.id, texts)


# ----- reading records back ---------------------------------------------------------------------


def squash(text: str) -> str:
    """Text without whitespace and bidi marks: readers differ in both, neither is content."""
    return re.sub(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


def pypdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def raw_uncompressed(path: Path) -> bytes:
    """The file's bytes with every stream decompressed, for searching what it really holds."""
    reader = pypdf.PdfReader(path)
    chunks = [path.read_bytes()]
    for number in range(1, int(reader.trailer["/Size"])):
        obj = reader.get_object(number)
        if isinstance(obj, pypdf.generic.StreamObject):
            chunks.append(obj.get_data())
        elif obj is not None:
            chunks.append(repr(obj).encode("utf-8", "replace"))
    return b"\n".join(chunks)
