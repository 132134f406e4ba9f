"""What the record says about a session: an honest header, the summary, next steps, attendance."""

from __future__ import annotations

from pathlib import Path

import pypdf

from exports.editions import edition_options
from exports.html import render_html
from exports.pdf import write_pdf
from workshop.services import Services


def _flat(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def _session(services: Services) -> tuple[int, dict[str, int]]:
    workshop = services.workshops.create("Library services", organisation="Riverside Council")
    add = services.participants.add
    people = {
        "ann": add(workshop.id, "Ann Example", "lived_experience", consent_named=True).id,
        "bea": add(workshop.id, "Bea Example", "lived_experience").id,
        "cy": add(workshop.id, "Cy Example", "lived_experience").id,
        "dev": add(workshop.id, "Dev Example", "professional").id,
        "eve": add(workshop.id, "Eve Example", "carer").id,
        "fay": add(workshop.id, "Fay Example", "carer").id,
    }
    session = services.sessions.create(
        workshop.id, "Opening hours", date="2026-11-03", columns=["What matters"]
    )
    for key in ("ann", "bea", "cy", "dev"):
        services.participants.set_attendance(session.id, people[key], True)
    services.participants.set_apologies(session.id, people["eve"], True)
    return session.id, people


def test_stage_and_level_are_not_recorded_until_someone_sets_them(
    services: Services, tmp_path: Path
) -> None:
    session, people = _session(services)
    column = services.board.columns(session)[0]
    services.board.add_note(session, column.id, "Open on Sundays", author_id=people["ann"])
    services.actions.create(
        session, "Sunday trial", owner_id=people["dev"], agreed_by=[people["dev"]]
    )
    snapshot = services.sessions.record(session)
    text = _flat(write_pdf(snapshot, tmp_path / "r.pdf", edition_options(snapshot)))
    assert "Design stage Not recorded" in text
    assert "Level of involvement Not recorded" in text
    assert "Co-design" not in text and "Discover" not in text
    assert (
        "jointly agreed actions: 0 of 1; votes cast: 0; notes from the citizen voice: 1 of 1"
        in text
    )

    services.sessions.update(
        session, involvement="co_production", involvement_set_by="Jo Evans, facilitator"
    )
    snapshot = services.sessions.record(session)
    text = _flat(write_pdf(snapshot, tmp_path / "set.pdf", edition_options(snapshot)))
    assert "Co-production: people who use the service" in text
    assert "Set by Jo Evans, facilitator." in text
    assert "jointly agreed actions: 0 of 1" in text
    # A new level is a new claim: who set the old one did not set it.
    services.sessions.update(session, involvement="consultation")
    assert services.sessions.get(session).involvement_set_by == ""


def test_summary_quotes_next_steps_and_attendance(services: Services, tmp_path: Path) -> None:
    session, people = _session(services)
    column = services.board.columns(session)[0]
    quoted = services.board.add_note(
        session, column.id, "The library is my warm room", author_id=people["bea"]
    )
    private = services.board.add_note(
        session, column.id, "PRIVATE do not quote", author_id=people["cy"]
    )
    services.board.set_quoted(quoted.id, True)
    services.board.set_quoted(private.id, True)
    services.board.set_note_private(private.id, True)  # made private after being chosen
    services.sessions.update(
        session,
        summary="People rely on the library in winter.",
        next_session_date="2027-01-12",
        findings_go_to="Communities Committee, February",
        hear_back="A letter within four weeks",
        contact="Libraries team",
        gaps="No young parents came.",
    )
    snapshot = services.sessions.record(session)
    path = write_pdf(snapshot, tmp_path / "r.pdf", edition_options(snapshot))
    text = _flat(path)
    assert "What we heard People rely on the library in winter." in text
    assert "“The library is my warm room”" in text
    assert "PRIVATE" not in text
    assert "Next session 12 January 2027" in text
    assert "Where the findings go Communities Committee, February" in text
    assert "How you will hear back A letter within four weeks" in text
    assert "Contact Libraries team" in text
    assert "4 people took part." in text
    assert "Sent apologies" in text and "Registered but did not come" in text
    assert "Citizen voice (lived experience, carers, community) 3" in text
    assert "Professional voice 1" in text
    assert "Who was missing No young parents came." in text
    assert "None" not in text
    html = render_html(snapshot, edition_options(snapshot))
    assert "The library is my warm room" in html and "PRIVATE" not in html
    assert 'id="next-steps"' in html and "No young parents came." in html


def test_one_person_reads_in_the_singular(services: Services, tmp_path: Path) -> None:
    session, people = _session(services)
    for key in ("bea", "cy", "dev"):
        services.participants.set_attendance(session, people[key], False)
    snapshot = services.sessions.record(session)
    text = _flat(write_pdf(snapshot, tmp_path / "r.pdf", edition_options(snapshot)))
    assert "1 person took part." in text and "1 people" not in text


def test_actions_as_agreed_on_the_day_and_you_said_we_did(
    services: Services, tmp_path: Path
) -> None:
    from workshop.demo import create_demo

    first, second = (sid for sid, _ in create_demo(services).sessions)
    snapshot = services.sessions.record(first)
    pages = [
        " ".join(p.extract_text().split())
        for p in pypdf.PdfReader(
            write_pdf(snapshot, tmp_path / "first.pdf", edition_options(snapshot))
        ).pages
    ]
    actions = " ".join(p for p in pages if "On the day" in p)
    # Progress recorded at the second session stays out of "on the day" and shows after it.
    assert "Agreed Jointly agreed: Yes" in actions
    assert "Done Jointly agreed" not in actions and "In progress Jointly agreed" not in actions
    assert "In progress: Work has started" in actions
    assert "Done: texts go out" in actions
    # Every continuation page of the actions table repeats its header row.
    for page in pages:
        if "Jointly agreed:" in page:
            assert "Owner and co-lead Due On the day Since then" in page

    snapshot = services.sessions.record(second)
    text = _flat(write_pdf(snapshot, tmp_path / "second.pdf", edition_options(snapshot)))
    assert "You said: “No-one tells you when the visit is cancelled”" in text
    # Who said it follows a dash: no brackets inside brackets.
    assert "” — Maureen Ellis, person with lived experience" in text
    assert "experience))" not in text and "(Maureen Ellis (" not in text
    assert "Status now: Done" in text and "(Done): Done" not in text
    assert "Co-lead: Maureen Ellis" in text
    assert "Status now: Dropped" in text and "the framework contract does not allow" in text
