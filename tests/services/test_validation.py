"""Validation rules for what people type, through the real service layer."""

from __future__ import annotations

import pytest

from workshop import validation
from workshop.errors import NotFoundError, ValidationError
from workshop.services import Services


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n", "\x00\x01"])
def test_blank_note_text_is_refused(services: Services, workshop_with_session, text: str) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    with pytest.raises(ValidationError, match="empty"):
        services.board.add_note(ids["session"], column.id, text, author_id=ids["ann"])
    assert services.board.notes(ids["session"]) == []


def test_note_text_over_two_thousand_characters_is_refused(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    services.board.add_note(ids["session"], column.id, "x" * 2000, author_id=ids["ann"])
    with pytest.raises(ValidationError, match="2,001 characters"):
        services.board.add_note(ids["session"], column.id, "x" * 2001, author_id=ids["ann"])
    assert len(services.board.notes(ids["session"])) == 1


def test_control_characters_removed_everything_else_kept(
    services: Services, workshop_with_session
) -> None:
    ids = workshop_with_session
    column = services.board.columns(ids["session"])[0]
    typed = "Line one\x07\nTab\there <b>&amp;</b> R&D 5<x>7 ŵŷ żł مرحبا 你好 🙂\x1b"
    note = services.board.add_note(ids["session"], column.id, typed, author_id=ids["ann"])
    expected = "Line one\nTab\there <b>&amp;</b> R&D 5<x>7 ŵŷ żł مرحبا 你好 🙂"
    assert note.text == expected
    assert services.board.get_note(note.id).text == expected


@pytest.mark.parametrize("role", ["doctor", "", "Professional", None])
def test_unknown_role_is_refused(services: Services, workshop_with_session, role) -> None:
    ids = workshop_with_session
    with pytest.raises(ValidationError):
        services.participants.add(ids["workshop"], "Someone", role)
    column = services.board.columns(ids["session"])[0]
    with pytest.raises(ValidationError):
        services.board.add_note(ids["session"], column.id, "hello", role=role)


def test_unknown_action_status_is_refused(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    with pytest.raises(ValidationError, match="Unknown status 'finished'"):
        services.actions.create(ids["session"], "Do it", status="finished")
    assert services.actions.for_session(ids["session"]) == []


def test_dates_must_be_iso(services: Services, workshop_with_session) -> None:
    ids = workshop_with_session
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        services.actions.create(ids["session"], "Do it", due="31/12/2026")
    assert validation.optional_date("2026-12-31", "due").isoformat() == "2026-12-31"


def test_missing_things_are_named(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no session with id 999"):
        services.sessions.get(999)


def test_consent_defaults_to_no(services: Services) -> None:
    workshop = services.workshops.create("W")
    person = services.participants.add(workshop.id, "Pat", "carer")
    assert not person.consent_named
    assert not person.consent_contact
    assert not person.consent_share_contact


def test_pseudonym_numbers_are_never_reused_after_erasure(services: Services) -> None:
    workshop = services.workshops.create("W")
    services.participants.add(workshop.id, "First", "carer")
    last = services.participants.add(workshop.id, "Second", "carer")
    services.rights.erase(last.id)
    newcomer = services.participants.add(workshop.id, "Third", "carer")
    assert newcomer.number == 3
