"""The consent matrix against every published format: the PDF record, its HTML twin and the CSV.

Each file is made through the real `workshop` command, as an officer would make it.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.people import consent_matrix
from tests.people.consent_matrix import SHARED, ConsentMatrix, MatrixPerson, problems
from tests.records import copy_record
from workshop.services import Services
from workshop.storage import open_database

REPO = Path(__file__).resolve().parents[2]


def _never(_person: MatrixPerson) -> bool:
    return False


# The participants' edition names people only with consent, and lists the contact details and
# organisation of those who agreed to be named and to share them ("stay in touch"); never
# support needs.
RECORD = dataclasses.replace(
    SHARED, organisation=lambda p: p.consent_named and p.consent_share_contact
)
# The public edition (the default) never carries anyone's contact details or organisation.
PUBLIC_RECORD = dataclasses.replace(RECORD, contact=_never, organisation=_never)


def _run(database: Path, *args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "workshop", *args, "--database", str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def _organisation_leaks(text: str, matrix: ConsentMatrix) -> list[str]:
    return [
        f"organisation of participant {p.number} leaked"
        for p in matrix.people
        if not p.consent_named and p.organisation in text
    ]


@pytest.fixture(scope="module")
def published_world(
    tmp_path_factory: pytest.TempPathFactory, migrated_record: Path
) -> tuple[ConsentMatrix, dict[str, str]]:
    """The matrix's record, published once through the real command in every format.

    Built once for the module: each test only reads the files, and making them takes five
    runs of the command.
    """
    tmp_path = tmp_path_factory.mktemp("consent-records")
    database = copy_record(migrated_record, tmp_path / "record.sqlite3")
    opened = open_database(str(database))
    services = Services(opened)
    matrix = consent_matrix.build(services)
    people = matrix.people
    # Actions owned, co-led and agreed across the matrix, so the CSV has people in every column.
    for index, owner in enumerate(people):
        co_lead = people[(index + 5) % len(people)]
        services.actions.create(
            matrix.session_id,
            f"Action {index}",
            owner_id=owner.id,
            co_lead_id=co_lead.id,
            agreed_by=[owner.id, co_lead.id],
        )
    opened.dispose()
    pdf, html, csv = tmp_path / "r.pdf", tmp_path / "r.html", tmp_path / "a.csv"
    public_pdf, public_html = tmp_path / "public.pdf", tmp_path / "public.html"
    participants = ("--edition", "participants")
    _run(database, "report", str(matrix.session_id), "--output", str(pdf), *participants)
    _run(database, "report", str(matrix.session_id), "--output", str(html), *participants)
    _run(database, "report", str(matrix.session_id), "--output", str(public_pdf))
    _run(database, "report", str(matrix.session_id), "--output", str(public_html))
    _run(database, "actions", str(matrix.workshop_id), "--output", str(csv))

    def pdf_text(path: Path) -> str:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
        metadata = " ".join(str(v) for v in (PdfReader(path).metadata or {}).values())
        # Lines wrap inside long pseudonyms; compare with whitespace folded.
        return re.sub(r"\s+", " ", text + " " + metadata)

    return matrix, {
        "pdf": pdf_text(pdf),
        "html": re.sub(r"\s+", " ", html.read_text(encoding="utf-8")),
        "public pdf": pdf_text(public_pdf),
        "public html": re.sub(r"\s+", " ", public_html.read_text(encoding="utf-8")),
        "csv": csv.read_bytes().decode("utf-8-sig"),
    }


@pytest.mark.parametrize("kind", ["pdf", "html", "public pdf", "public html"])
def test_record_names_only_people_who_agreed(
    published_world: tuple[ConsentMatrix, dict[str, str]], kind: str
) -> None:
    matrix, published = published_world
    text = published[kind]
    rules = PUBLIC_RECORD if kind.startswith("public") else RECORD
    found = problems(text.encode("utf-8"), matrix, rules) + _organisation_leaks(text, matrix)
    assert not found, "\n".join(found)


def test_actions_csv_names_only_people_who_agreed(
    published_world: tuple[ConsentMatrix, dict[str, str]],
) -> None:
    matrix, published = published_world
    text = published["csv"]
    csv_rules = dataclasses.replace(RECORD, contact=_never, organisation=_never)
    found = problems(text.encode("utf-8"), matrix, csv_rules) + _organisation_leaks(text, matrix)
    assert not found, "\n".join(found)
