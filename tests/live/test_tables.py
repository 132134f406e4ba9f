"""Tables over real HTTP: a table's join page, hosts writing down who spoke, phones at a table."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from tests.live.conftest import STAGE_CAPTURE, STAGE_VOTE, Client
from ui.panels.tables_overview import TablesOverview
from workshop.live.server import LiveServer
from workshop.room import Room
from workshop.services import Services


def _at_capture(services: Services, session_id: int) -> int:
    services.sessions.set_stage(session_id, STAGE_CAPTURE)
    return services.board.columns(session_id)[0].id


def test_a_tables_join_page_opens_and_an_unknown_table_is_refused(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    table = services.tables.add(workshop_with_session["session"], "Riverside table")
    page = client.request("GET", f"/j/{client.code}?table={table.id}")
    assert page.status == 200
    assert page.header("Content-Type") == "text/html; charset=utf-8"
    for wrong in ("424242", "abc", "-1", "9" * 40):
        refused = client.request("GET", f"/j/{client.code}?table={wrong}")
        assert refused.status == 400, wrong
        assert refused.body == {
            "error": "There is no such table at this session; scan your table's code again.",
            "field": "table",
        }


def test_a_host_writes_down_who_spoke_and_the_notes_land_on_the_table(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    sid = workshop_with_session["session"]
    column = _at_capture(services, sid)
    services.tables.add(sid, "Table 1")
    river = services.tables.add(sid, "Riverside table")
    client.join("professional", table=river.id, host=True)
    state = client.state()
    assert state["table"] == {"id": river.id, "name": "Riverside table"}
    assert state["host"] is True and "carer" in state["roles"]
    said = {"column": column, "text": "The bus stops at six", "role": "carer", "client_id": "h-1"}
    first = client.api("POST", "notes", said)
    assert first.status == 201, first.body
    again = client.api("POST", "notes", said)  # the host's phone retries on a flaky Wi-Fi
    assert again.status == 201 and again.body["id"] == first.body["id"]
    second = client.api(
        "POST", "notes", {"column": column, "text": "Ring first", "role": "lived_experience"}
    )
    assert second.status == 201
    notes = {n.text: n for n in services.board.notes(sid)}
    assert len(notes) == 2
    bus = notes["The bus stops at six"]
    # Filed under the speaker's role, not the host's, and under nobody's name.
    assert (bus.table_id, bus.role, bus.author_id) == (river.id, "carer", None)
    assert notes["Ring first"].role == "lived_experience"
    bad = client.api("POST", "notes", {"column": column, "text": "x", "role": "wizard"})
    assert bad.status == 400 and bad.body["field"] == "role"
    # A renamed table reaches the host's page.
    services.tables.rename(river.id, "River")
    assert client.state()["table"] == {"id": river.id, "name": "River"}


def test_phones_at_a_table_add_their_own_notes_there(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    sid = workshop_with_session["session"]
    column = _at_capture(services, sid)
    table = services.tables.add(sid, "Table 1")
    assert server.port is not None
    at_table = Client(server.port, server.code)
    at_table.join("carer", table=table.id)
    in_plenary = Client(server.port, server.code)
    in_plenary.join("community")
    assert at_table.state()["table"] == {"id": table.id, "name": "Table 1"}
    assert "table" not in in_plenary.state() and "host" not in in_plenary.state()
    for phone, text in ((at_table, "From the table"), (in_plenary, "From the room")):
        reply = phone.api("POST", "notes", {"column": column, "text": text})
        assert reply.status == 201, reply.body
    notes = {n.text: n for n in services.board.notes(sid)}
    assert notes["From the table"].table_id == table.id
    assert notes["From the table"].author_id is not None
    assert notes["From the room"].table_id is None
    # Only a host says who spoke; a phone's notes are its own.
    refused = at_table.api("POST", "notes", {"column": column, "text": "x", "role": "carer"})
    assert refused.status == 403
    assert refused.body == {"error": "Only a table's host says who spoke; your notes are your own."}


def test_joining_an_unknown_table_is_refused_in_one_sentence(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    services.tables.add(workshop_with_session["session"], "Table 1")
    people = len(services.participants.list(workshop_with_session["workshop"]))
    for table in (424242, "1", True, 1.0, [1]):
        reply = client.api("POST", "join", {"role": "carer", "table": table})
        assert reply.status == 400, table
        assert reply.body["field"] == "table"
        assert reply.body["error"].count(".") == 1
    reply = client.api("POST", "join", {"role": "carer", "host": "yes"})
    assert reply.status == 400 and reply.body["field"] == "host"
    # Nobody was added to the register by a refused join.
    assert len(services.participants.list(workshop_with_session["workshop"])) == people


def test_a_host_names_a_speaker_only_if_they_are_in_the_room_and_agreed_to_be_named(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    sid = workshop_with_session["session"]
    ann, raj = workshop_with_session["ann"], workshop_with_session["raj"]  # Raj agreed
    column = _at_capture(services, sid)
    table = services.tables.add(sid, "Table 1")
    services.participants.set_attendance(sid, ann, True)
    assert server.port is not None
    host = Client(server.port, server.code)
    host.join("professional", table=table.id, host=True)
    # Raj is not in the room yet: nobody can be named.
    assert host.state()["speakers"] == []
    services.participants.set_attendance(sid, raj, True)
    # A phone that joined with a name and agreed to be named is in the room too.
    named_phone = Client(server.port, server.code)
    named_phone.join("carer", name="Cerys Phone", consent_named=True)
    unnamed_phone = Client(server.port, server.code)
    unnamed_phone.join("carer", name="Dai Phone")
    speakers = {s["name"]: s for s in host.state()["speakers"]}
    # Ann is present but did not agree; Dai did not agree: neither name leaves the app.
    assert set(speakers) == {"Raj Example", "Cerys Phone"}
    assert speakers["Raj Example"] == {"id": raj, "name": "Raj Example", "role": "professional"}
    said = {"column": column, "text": "Buses stop at six", "speaker": raj, "client_id": "s-1"}
    first = host.api("POST", "notes", said)
    assert first.status == 201, first.body
    assert host.api("POST", "notes", said).body["id"] == first.body["id"]  # a retry
    note = services.board.get_note(first.body["id"])
    # The note is Raj's (so the record names him, as he agreed), at the host's table.
    assert (note.author_id, note.role, note.table_id) == (raj, "professional", table.id)
    for wrong in (ann, 424242, "Raj", True):
        refused = host.api("POST", "notes", {"column": column, "text": "x", "speaker": wrong})
        assert refused.status == 400, wrong
        assert refused.body == {
            "error": "Choose someone who agreed to be named, or say who spoke by their role.",
            "field": "speaker",
        }
    # Only a host names a speaker.
    refused = named_phone.api("POST", "notes", {"column": column, "text": "x", "speaker": raj})
    assert refused.status == 403
    assert len(services.board.notes(sid)) == 1
    # Ordinary phones are never told who may be named.
    assert "speakers" not in named_phone.state()
    # Who sat at the table: its host, and Raj whom the host named (the plenary phones did not).
    seated = services.tables.get(table.id).seated
    assert raj in seated and len(seated) == 2


def test_each_table_votes_on_its_own_notes_and_the_plenary_on_the_plenarys(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    sid = workshop_with_session["session"]
    column = services.board.columns(sid)[0].id
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    add = services.board.add_note
    at_one = add(sid, column, "At table one", role="carer", table_id=one.id).id
    at_two = add(sid, column, "At table two", role="carer", table_id=two.id).id
    whole = add(sid, column, "Whole room", role="carer").id
    services.sessions.set_stage(sid, STAGE_VOTE)
    assert server.port is not None
    phones = {}
    for name, table in (("one", one.id), ("two", two.id), ("plenary", None)):
        phones[name] = Client(server.port, server.code)
        phones[name].join("carer", **({"table": table} if table else {}))

    def ballot(name: str) -> set[int]:
        return {entry["id"] for entry in phones[name].state()["ballot"]}

    assert ballot("one") == {at_one, whole}
    assert ballot("two") == {at_two, whole}
    assert ballot("plenary") == {whole}
    # The count a phone gets is of what it may vote on, not of the whole session's ballot.
    assert [phones[name].state()["board_notes"] for name in ("one", "two", "plenary")] == [2, 2, 1]
    refused = phones["one"].api("POST", "votes", {"note": at_two})
    assert refused.status == 400
    assert refused.body == {"error": "That note is on another table's board.", "field": "note"}
    assert phones["one"].api("POST", "votes", {"note": at_one}).status == 201
    # Table 2 takes its note to the plenary: now the whole room may vote on it.
    services.tables.mark([at_two], True)
    services.tables.harvest(two.id)
    assert ballot("plenary") == {whole, at_two}
    assert ballot("one") == {at_one, whole, at_two}
    assert phones["plenary"].state()["board_notes"] == 2
    assert phones["plenary"].api("POST", "votes", {"note": at_two}).status == 201
    # A harvest undone: a phone following by deltas loses the note again.
    version = phones["plenary"].state()["version"]
    services.tables.unharvest([at_two])
    delta = phones["plenary"].api("GET", f"state?since={version}").body
    assert delta["delta"] is True and at_two in delta["ballot_removed"]


def test_a_tables_host_marks_notes_for_the_plenary_and_the_overview_shows_it_live(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = workshop_with_session["session"]
    column = _at_capture(services, sid)
    one = services.tables.add(sid, "Table 1")
    two = services.tables.add(sid, "Table 2")
    add = services.board.add_note
    bus = add(sid, column, "The bus stops at six", role="carer", table_id=one.id)
    ring = add(sid, column, "Ring first", role="carer", table_id=one.id)
    elsewhere = add(sid, column, "At table two", role="carer", table_id=two.id)
    room = Room(services)
    room.open(sid)
    overview = TablesOverview(room)
    qtbot.addWidget(overview)
    assert server.port is not None
    host = Client(server.port, server.code)
    host.join("professional", table=one.id, host=True)
    seen = host.state()["table_notes"]
    assert [(n["id"], n["marked"], n["harvested"]) for n in seen] == [
        (bus.id, False, False),
        (ring.id, False, False),
    ]
    # From here the laptop folds the change in; nothing reads the whole board again.
    reads: list[int] = []
    real_board = services.sessions.board
    monkeypatch.setattr(services.sessions, "board", lambda s: reads.append(s) or real_board(s))
    marked = host.api("POST", f"notes/{bus.id}/plenary", {"marked": True})
    assert marked.status == 200 and marked.body == {"id": bus.id, "marked": True}
    qtbot.waitUntil(lambda: overview.cards[one.id].counts.text().endswith("· 1 for the plenary"))
    assert reads == []
    assert [n["marked"] for n in host.state()["table_notes"]] == [True, False]

    # Only the host at the note's table marks it, in one sentence.
    phone = Client(server.port, server.code)
    phone.join("carer", table=one.id)
    refused = phone.api("POST", f"notes/{ring.id}/plenary", {"marked": True})
    assert refused.status == 403
    assert refused.body == {"error": "Only a table's host marks notes for the plenary."}
    assert "table_notes" not in phone.state()
    other = host.api("POST", f"notes/{elsewhere.id}/plenary", {"marked": True})
    assert other.status == 403
    assert other.body == {"error": "Only the host at that note's table marks it for the plenary."}
    bad = host.api("POST", f"notes/{ring.id}/plenary", {"marked": "yes"})
    assert bad.status == 400 and bad.body["field"] == "marked"
    assert not services.board.get_note(ring.id).marked

    # The harvest takes what the host marked (the one rule: TableService.mark/harvest).
    taken = services.tables.harvest(one.id)
    assert [n.id for n in taken] == [bus.id]
    assert services.board.get_note(bus.id).on_plenary
    assert host.state()["table_notes"][0]["harvested"] is True
    # A final record is not changed from a phone.
    services.sessions.mark_final(sid)
    final = host.api("POST", f"notes/{ring.id}/plenary", {"marked": True})
    assert final.status == 409 and final.body["error"].count(".") == 1
    assert not services.board.get_note(ring.id).marked


def test_a_hosts_question_is_held_until_something_changes(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    # A host may send photos, which marks its ETag; the mark must not stop the long poll.
    table = services.tables.add(workshop_with_session["session"], "Riverside table")
    client.join("professional", table=table.id, host=True)
    etag = client.api("GET", "state").header("ETag")
    assert str(etag).endswith('-photos"')
    started = time.monotonic()
    reply = client.api("GET", "state?wait=0.5", headers={"If-None-Match": str(etag)})
    assert reply.status == 304 and time.monotonic() - started >= 0.45


def test_a_phone_linked_to_a_registered_person_makes_them_nameable_with_its_first_note(
    services: Services, workshop_with_session: dict[str, int], server: LiveServer
) -> None:
    sid = workshop_with_session["session"]
    raj = workshop_with_session["raj"]  # registered, agreed to be named, not marked present
    column = _at_capture(services, sid)
    table = services.tables.add(sid, "Table 1")
    assert server.port is not None
    host = Client(server.port, server.code)
    host.join("professional", table=table.id, host=True)
    phone = Client(server.port, server.code)
    phone.join("professional", name="Raj")
    assert host.state()["speakers"] == []  # "Raj" on a phone is a claim, not Raj
    placeholder = next(d.participant_id for d in server.devices() if d.name == "Raj")
    server.relink_device(placeholder, raj)
    assert phone.api("POST", "notes", {"column": column, "text": "Mine"}).status == 201
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not host.state()["speakers"]:
        time.sleep(0.05)
    # His first note marked him present: now in the room, and he agreed to be named.
    assert [s["id"] for s in host.state()["speakers"]] == [raj]
