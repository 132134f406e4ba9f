"""The consent matrix against the JSON exports: anonymised interchange and access export."""

from __future__ import annotations

import json

import pytest

from tests.people import consent_matrix
from tests.people.consent_matrix import SHARED, ConsentMatrix, access_export_for, assert_consent
from workshop.services import Services


def test_anonymised_interchange_respects_every_consent_choice(
    services: Services, matrix: ConsentMatrix
) -> None:
    data = services.interchange.export_text(matrix.workshop_id, anonymise=True).encode("utf-8")
    assert_consent(data, matrix, SHARED)


def test_full_backup_keeps_everything_for_the_data_owner(
    services: Services, matrix: ConsentMatrix
) -> None:
    data = services.interchange.export_text(matrix.workshop_id).encode("utf-8")
    for person in matrix.people:
        for value in (
            person.name,
            person.contact,
            person.support_needs,
            person.organisation,
            person.access_need,
            person.access_note,
        ):
            assert consent_matrix.contains(data, value)


@pytest.mark.parametrize("index", [0, 5, 10, 23])
def test_access_export_holds_only_that_persons_details(
    services: Services, matrix: ConsentMatrix, index: int
) -> None:
    person = matrix.people[index]
    data = services.rights.access_export_text(person.id).encode("utf-8")
    assert_consent(data, matrix, access_export_for(person.id))


def test_the_checker_catches_a_leak(services: Services, matrix: ConsentMatrix) -> None:
    """The helper must fail on a file that shows an unnamed person: otherwise it proves nothing."""
    data = services.interchange.export_text(matrix.workshop_id, anonymise=True)
    unnamed = next(p for p in matrix.people if not p.consent_named)
    leaky = data.replace(unnamed.pseudonym, unnamed.name).encode("utf-8")
    found = consent_matrix.problems(leaky, matrix, SHARED)
    assert f"name of participant {unnamed.number} ({unnamed.name!r}) leaked" in found
    escaped = json.dumps({"name": unnamed.name}).encode("ascii")
    assert consent_matrix.contains(escaped, unnamed.name)


def test_anonymised_file_with_merged_roles_imports_again(
    services: Services, matrix: ConsentMatrix
) -> None:
    merged = frozenset({"observer"})
    text = services.interchange.export_text(matrix.workshop_id, anonymise=True, merged_roles=merged)
    document = json.loads(text)
    people = document["workshop"]["participants"]
    assert all(p["role"] != "observer" for p in people)
    assert sum(p["role"] == "participant" for p in people) == 4
    notes = document["workshop"]["sessions"][0]["notes"]
    assert all(n["role"] != "observer" for n in notes)
    assert not any("(observer)" in p["name"] for p in people)
    copy = services.interchange.import_workshop(text)
    roles = {p.role for p in services.participants.list(copy.id)}
    assert "participant" in roles and "observer" not in roles
