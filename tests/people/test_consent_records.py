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

from tests.people.consent_matrix import SHARED, ConsentMatrix, MatrixPerson, problems
from workshop.services import Services

REPO = Path(__file__).resolve().parents[2]


def _never(_person: MatrixPerson) -> bool:
    return False


# The record names people only with consent, and lists the contact details and organisation of
# those who agreed to be named and to share them ("stay in touch"); never support needs.
RECORD = dataclasses.replace(
    SHARED, organisation=lambda p: p.consent_named and p.consent_share_contact
)


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


@pytest.fixture
def published(services: Services, matrix: ConsentMatrix, tmp_path: Path) -> dict[str, str]:
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
    database = services.database.path
    assert database is not None
    services.database.dispose()
    pdf, html, csv = tmp_path / "r.pdf", tmp_path / "r.html", tmp_path / "a.csv"
    _run(database, "report", str(matrix.session_id), "--output", str(pdf))
    _run(database, "report", str(matrix.session_id), "--output", str(html))
    _run(database, "actions", str(matrix.workshop_id), "--output", str(csv))
    pdf_text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    metadata = " ".join(str(v) for v in (PdfReader(pdf).metadata or {}).values())
    return {
        # Lines wrap inside long pseudonyms; compare with whitespace folded.
        "pdf": re.sub(r"\s+", " ", pdf_text + " " + metadata),
        "html": re.sub(r"\s+", " ", html.read_text(encoding="utf-8")),
        "csv": csv.read_bytes().decode("utf-8-sig"),
    }


@pytest.mark.parametrize("kind", ["pdf", "html"])
def test_record_names_only_people_who_agreed(
    published: dict[str, str], matrix: ConsentMatrix, kind: str
) -> None:
    text = published[kind]
    found = problems(text.encode("utf-8"), matrix, RECORD) + _organisation_leaks(text, matrix)
    assert not found, "\n".join(found)


def test_actions_csv_names_only_people_who_agreed(
    published: dict[str, str], matrix: ConsentMatrix
) -> None:
    text = published["csv"]
    csv_rules = dataclasses.replace(RECORD, contact=_never, organisation=_never)
    found = problems(text.encode("utf-8"), matrix, csv_rules) + _organisation_leaks(text, matrix)
    assert not found, "\n".join(found)
