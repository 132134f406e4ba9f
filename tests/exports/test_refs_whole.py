"""References in the record's tables never wrap: "A12" and "C123" are read whole, never "A1 / 2"."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pypdf

from exports.editions import edition_options
from exports.pdf import write_pdf
from workshop.services import Services


def test_action_references_are_never_broken_across_lines(
    services: Services, tmp_path: Path
) -> None:
    workshop = services.workshops.create("Repairs", organisation="Riverside Council")
    session = services.sessions.create(workshop.id, "First", date="2026-12-01", columns=["Ideas"])
    for number in range(1, 13):
        services.actions.create(session.id, f"Action number {number} with a longer title")
    snapshot = services.sessions.record(session.id)
    path = write_pdf(snapshot, tmp_path / "r.pdf", edition_options(snapshot))
    lines = [
        line.strip()
        for page in pypdf.PdfReader(path).pages
        for line in page.extract_text().splitlines()
    ]
    refs = {token for line in lines for token in re.findall(r"\bA\d+\b", line)}
    assert {f"A{n}" for n in range(1, 13)} <= refs
    # A broken reference leaves its last digit on a line of its own under "A1".
    broken = [
        (line, after)
        for line, after in itertools.pairwise(lines)
        if re.fullmatch(r"A\d", line) and re.fullmatch(r"\d", after)
    ]
    assert not broken
