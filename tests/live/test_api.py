"""The participants' API over real HTTP: joining, notes and votes under the stage rules."""

from __future__ import annotations

from tests.live.conftest import STAGE_CAPTURE, STAGE_THEMES, STAGE_VOTE, Client, another_phone
from workshop.live.server import LiveServer
from workshop.services import Services


def test_join_registers_a_device_participant_not_yet_attending(
    services: Services, workshop_with_session: dict[str, int], client: Client, server: LiveServer
) -> None:
    reply = client.api("POST", "join", {"role": "lived_experience"})
    assert reply.status == 201
    token = reply.body["token"]
    assert len(token) >= 43  # 32 random bytes, URL-safe base64
    people = [p for p in services.participants.list(workshop_with_session["workshop"])]
    device = people[-1]
    assert device.joined_from_device
    assert device.role == "lived_experience"
    assert device.name.startswith("Phone participant")
    assert not device.consent_named
    # Joining is not taking part: only a note or a dot (or the facilitator) makes it so.
    assert device.id not in services.participants.attendees(workshop_with_session["session"])
    assert [d.participant_id for d in server.devices()] == [device.id]


def test_a_name_is_kept_and_named_only_with_consent(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    client.join("professional", name="Dafydd ap Gwilym", consent_named=True)
    other = Client(client.port, client.code)
    other.join("carer", name="Sam Example")
    people = {p.name: p for p in services.participants.list(workshop_with_session["workshop"])}
    assert people["Dafydd ap Gwilym"].consent_named
    assert not people["Sam Example"].consent_named
    third = Client(client.port, client.code)
    third.join("community", consent_named=True)  # consent without a name means nothing
    assert not services.participants.list(workshop_with_session["workshop"])[-1].consent_named


def test_join_refusals_give_the_reason(client: Client) -> None:
    for body, field in [
        ({}, "role"),
        ({"role": "facilitator"}, "role"),
        ({"role": "wizard"}, "role"),
        ({"role": "carer", "consent_named": "yes"}, "consent_named"),
        ({"role": "carer", "name": 7}, "name"),
        ({"role": "carer", "name": "x" * 201}, "name"),
    ]:
        reply = client.api("POST", "join", body)
        assert reply.status == 400, body
        assert reply.body["error"]
        assert reply.body.get("field") == field


def test_state_before_any_stage_is_open_for_notes_with_voting_closed(phone: Client) -> None:
    state = phone.state()
    assert state["stage"] is None
    assert state["can_add_notes"]
    assert [c["title"] for c in state["columns"]][:2] == [
        "What matters to you",
        "What works well now",
    ]
    assert not state["voting_open"]
    assert state["votes_left"] == 5
    assert state["notes"] == []
    assert state["ballot"] == []


def test_a_note_is_committed_before_201_and_reaches_the_board(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][1]["id"]
    reply = phone.api("POST", "notes", {"column": column, "text": "Ring before you come"})
    assert reply.status == 201
    note = services.board.get_note(reply.body["id"])
    assert (note.text, note.column_id, note.source) == ("Ring before you come", column, "device")
    assert note.role == "carer"
    assert [n["text"] for n in phone.state()["notes"]] == ["Ring before you come"]


def test_a_repeated_client_id_adds_nothing(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][0]["id"]
    body = {"column": column, "text": "Same carers each week", "client_id": "retry-1"}
    first = phone.api("POST", "notes", body)
    second = phone.api("POST", "notes", body)
    assert first.status == second.status == 201
    assert first.body["id"] == second.body["id"]
    assert len(services.board.notes(workshop_with_session["session"])) == 1
    # Another device may use the same client id for its own, separate note.
    other = another_phone_from(phone)
    third = other.api("POST", "notes", body)
    assert third.status == 201 and third.body["id"] != first.body["id"]


def another_phone_from(phone: Client) -> Client:
    other = Client(phone.port, phone.code)
    other.join("professional")
    return other


def test_a_device_sees_only_its_own_notes(phone: Client, server: LiveServer) -> None:
    other = another_phone(server)
    column = phone.state()["columns"][0]["id"]
    phone.api("POST", "notes", {"column": column, "text": "mine"})
    other.api("POST", "notes", {"column": column, "text": "theirs"})
    assert [n["text"] for n in phone.state()["notes"]] == ["mine"]
    assert [n["text"] for n in other.state()["notes"]] == ["theirs"]


def test_note_validation_refusals_are_400_with_reason(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][0]["id"]
    other_session = services.sessions.create(
        workshop_with_session["workshop"], "Other", columns=["Elsewhere"]
    )
    elsewhere = services.board.columns(other_session.id)[0].id
    cases = [
        {"column": column, "text": "   "},
        {"column": column, "text": "x" * 2001},
        {"column": column},
        {"column": "1", "text": "hi"},
        {"column": True, "text": "hi"},
        {"column": elsewhere, "text": "hi"},
        {"column": 999_999, "text": "hi"},
        {"column": column, "text": "hi", "client_id": 5},
    ]
    for body in cases:
        reply = phone.api("POST", "notes", body)
        assert reply.status == 400, body
        assert isinstance(reply.body["error"], str) and reply.body["error"]
    assert services.board.notes(workshop_with_session["session"]) == []


def test_notes_follow_the_stage_rules(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    column = phone.state()["columns"][0]["id"]
    services.sessions.set_stage(session_id, STAGE_THEMES)
    state = phone.state()
    assert state["stage"]["kind"] == "themes"
    assert not state["can_add_notes"] and state["columns"] == []
    closed = phone.api("POST", "notes", {"column": column, "text": "too late"})
    assert closed.status == 409
    assert "closed" in closed.body["error"]
    services.sessions.set_stage(session_id, STAGE_CAPTURE)
    assert phone.api("POST", "notes", {"column": column, "text": "now"}).status == 201
    services.sessions.update(session_id, board_locked=True)
    assert phone.api("POST", "notes", {"column": column, "text": "locked"}).status == 409
    assert [n.text for n in services.board.notes(session_id)] == ["now"]


def test_held_notes_wait_for_approval(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    services.sessions.update(workshop_with_session["session"], hold_device_notes=True)
    column = phone.state()["columns"][0]["id"]
    reply = phone.api("POST", "notes", {"column": column, "text": "please check"})
    assert reply.status == 201 and reply.body["waiting_approval"]
    assert phone.state()["notes"][0]["waiting_approval"]
    services.board.approve_note(reply.body["id"])
    assert not phone.state()["notes"][0]["waiting_approval"]


def test_votes_follow_the_stage_and_the_dots_left(
    services: Services, workshop_with_session: dict[str, int], phone: Client, server: LiveServer
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.update(session_id, votes_per_participant=2)
    column = phone.state()["columns"][0]["id"]
    note = phone.api("POST", "notes", {"column": column, "text": "Fix the lifts"}).body["id"]
    other = another_phone(server)
    theirs = other.api("POST", "notes", {"column": column, "text": "Answer the phone"}).body["id"]

    closed = phone.api("POST", "votes", {"note": note})
    assert closed.status == 409 and "closed" in closed.body["error"].lower()

    services.sessions.set_stage(session_id, STAGE_VOTE)
    state = phone.state()
    assert state["voting_open"] and state["votes_left"] == 2
    ballot = {item["id"]: item for item in state["ballot"]}
    assert set(ballot) == {note, theirs}
    assert ballot[note]["mine"] and not ballot[theirs]["mine"]
    assert "author" not in ballot[theirs] and "role" not in ballot[theirs]

    first = phone.api("POST", "votes", {"note": theirs})
    assert first.status == 201 and first.body["votes_left"] == 1
    assert phone.api("POST", "votes", {"note": theirs}).status == 201
    spent = phone.api("POST", "votes", {"note": note})
    assert spent.status == 409 and "dots" in spent.body["error"]
    state = phone.state()
    assert state["votes_left"] == 0
    assert {i["id"]: i["my_dots"] for i in state["ballot"]} == {note: 0, theirs: 2}
    assert len(services.votes.list(session_id)) == 2
    assert phone.api("POST", "votes", {"note": "1"}).status == 400


def test_ballot_leaves_out_private_and_held_notes(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    session_id = workshop_with_session["session"]
    column = phone.state()["columns"][0]["id"]
    shown = services.board.add_note(session_id, column, "shown", role="carer").id
    private = services.board.add_note(session_id, column, "private", role="carer").id
    services.board.set_note_private(private, True)
    services.sessions.update(session_id, hold_device_notes=True)
    held = phone.api("POST", "notes", {"column": column, "text": "held"}).body["id"]
    services.sessions.set_stage(session_id, STAGE_VOTE)
    assert [i["id"] for i in phone.state()["ballot"]] == [shown]
    assert phone.api("POST", "votes", {"note": private}).status == 400
    assert phone.api("POST", "votes", {"note": held}).status == 400


def test_text_is_stored_and_returned_exactly_as_typed(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][0]["id"]
    text = '<script>alert("x")</script> & <img src=x onerror=alert(1)> ŵ 😀 "quotes"'
    note_id = phone.api("POST", "notes", {"column": column, "text": text}).body["id"]
    assert services.board.get_note(note_id).text == text
    assert phone.state()["notes"][0]["text"] == text


def test_the_private_access_answer_goes_to_the_register_not_the_board(
    services: Services, workshop_with_session: dict[str, int], client: Client
) -> None:
    answer = "I am hard of hearing; please face me when you speak"
    reply = client.api("POST", "join", {"role": "carer", "access_needs": answer})
    assert reply.status == 201
    person = services.participants.list(workshop_with_session["workshop"])[-1]
    needs = services.access.register(person.id).needs
    assert [(n.kind, n.detail, n.asked_by) for n in needs] == [
        ("other", answer, "the person, on the join page")
    ]
    assert services.board.notes(workshop_with_session["session"]) == []
    phone = Client(client.port, client.code)
    phone.token = reply.body["token"]
    assert answer not in str(phone.state())
    for bad in (7, "x" * 2001):
        refused = client.api("POST", "join", {"role": "carer", "access_needs": bad})
        assert refused.status == 400 and refused.body.get("field") == "access_needs"


def test_a_phone_sends_its_language_with_a_note(
    services: Services, workshop_with_session: dict[str, int], phone: Client
) -> None:
    column = phone.state()["columns"][0]["id"]
    body = {"column": column, "text": "Mae angen bws ar ôl chwech", "language": "cy-GB"}
    reply = phone.api("POST", "notes", body)
    assert reply.status == 201
    assert services.board.get_note(reply.body["id"]).language == "cy-GB"
    refused = phone.api("POST", "notes", {**body, "language": "Cymraeg", "client_id": "2"})
    assert refused.status == 400 and "language" in refused.body["error"]
