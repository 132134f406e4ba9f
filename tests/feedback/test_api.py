"""Feedback from phones over real HTTP on loopback: the state block, 201, 409 and 400."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.feedback.conftest import FEEDBACK_STAGE, answer
from tests.live.conftest import Client
from workshop.live.server import LiveServer
from workshop.services import Services


@pytest.fixture
def server(services: Services, feedback_session: int) -> Iterator[LiveServer]:
    live = LiveServer(services, feedback_session, host="127.0.0.1")
    live.start()
    yield live
    live.stop()


def phone(server: LiveServer, role: str = "carer") -> Client:
    assert server.port is not None
    client = Client(server.port, server.code)
    client.join(role)
    return client


def test_state_carries_feedback_only_during_its_stage(
    services: Services, feedback_session: int, server: LiveServer
) -> None:
    client = phone(server)
    assert "feedback" not in client.state()
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    block = client.state()["feedback"]
    questions = {q["id"]: q for q in block["questions"]}
    assert list(questions) == ["listened", "mattered", "accessible", "thanked", "ladder", "change"]
    assert questions["listened"]["text"] == "I felt listened to"
    assert questions["listened"]["kind"] == "scale"
    assert [o["value"] for o in questions["listened"]["options"]] == ["1", "2", "3", "4", "5"]
    assert questions["ladder"]["kind"] == "ladder"
    assert questions["ladder"]["options"][0]["text"] == "We were told about decisions already made"
    assert questions["change"]["kind"] == "text" and "options" not in questions["change"]
    monitoring = {q["id"]: q for q in block["monitoring"]}
    assert set(monitoring) == {
        "age",
        "disability",
        "ethnic_group",
        "sex",
        "gender_identity",
        "carer",
        "welsh_speaker",
    }
    for question in monitoring.values():
        assert question["options"][-1]["value"] == "prefer_not_to_say"
    assert block["answered"] is False


def test_state_in_welsh(services: Services, feedback_session: int, server: LiveServer) -> None:
    client = phone(server)
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    reply = client.api("GET", "state?lang=cy")
    questions = {q["id"]: q for q in reply.body["feedback"]["questions"]}
    assert questions["listened"]["text"] == "Roeddwn i'n teimlo bod pobl yn gwrando arna i"
    assert questions["listened"]["options"][2]["text"] == "Ddim yn siŵr"
    monitoring = {q["id"]: q for q in reply.body["feedback"]["monitoring"]}
    assert monitoring["welsh_speaker"]["text"] == "Allwch chi siarad Cymraeg?"


def test_once_per_device(services: Services, feedback_session: int, server: LiveServer) -> None:
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    client = phone(server)
    body = {"answers": answer(1), "monitoring": {"carer": "yes", "age": "35_44"}}
    first = client.api("POST", "feedback", body)
    assert first.status == 201, first.body
    assert client.state()["feedback"]["answered"] is True
    second = client.api("POST", "feedback", body)
    assert second.status == 409
    assert "already" in second.body["error"]
    other = phone(server, "professional")
    assert other.api("POST", "feedback", {"answers": {"listened": 5}}).status == 201
    results = services.feedback.results(feedback_session)
    assert results.respondents == 2
    assert results.tallies["listened"] == {"2": 1, "5": 1}
    assert results.monitoring == {"carer": {"yes": 1}, "age": {"35_44": 1}}


def test_outside_the_stage_is_409(services: Services, server: LiveServer) -> None:
    client = phone(server)
    reply = client.api("POST", "feedback", {"answers": {"listened": 4}})
    assert reply.status == 409
    assert reply.body["error"] == "Feedback is closed; it opens at the end of the session."


@pytest.mark.parametrize(
    "body",
    [
        {"answers": {"unknown": 3}},
        {"answers": {"listened": 9}},
        {"answers": {"ladder": "we ran it"}},
        {"answers": {"listened": 3}, "monitoring": {"religion": "none"}},
        {"answers": {"listened": 3}, "monitoring": {"age": "101"}},
        {"answers": "all good"},
    ],
)
def test_unknown_ids_or_values_are_400_and_the_device_may_try_again(
    services: Services, feedback_session: int, server: LiveServer, body: dict[str, object]
) -> None:
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    client = phone(server)
    refused = client.api("POST", "feedback", body)
    assert refused.status == 400
    assert refused.body["field"] in {"answers", "monitoring"}
    assert services.feedback.results(feedback_session).respondents == 0
    assert client.api("POST", "feedback", {"answers": {"listened": 3}}).status == 201


def test_feedback_needs_a_token_and_json(
    services: Services, feedback_session: int, server: LiveServer
) -> None:
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    client = phone(server)
    assert client.api("POST", "feedback", {"answers": {}}, token="wrong").status == 401
    plain = client.api(
        "POST", "feedback", raw=b"listened=3", headers={"Content-Type": "text/plain"}
    )
    assert plain.status == 415


def test_a_question_in_the_feedback_stage_is_held_until_something_changes(
    services: Services, feedback_session: int, server: LiveServer
) -> None:
    # The feedback digest in the ETag must not end the long poll: an idle room stays idle.
    services.sessions.set_stage(feedback_session, FEEDBACK_STAGE)
    client = phone(server)
    etag = str(client.api("GET", "state").header("ETag"))
    assert etag.count("-") == 3  # the feed's three parts and the digest
    started = time.monotonic()
    reply = client.api("GET", "state?wait=0.5", headers={"If-None-Match": etag})
    assert reply.status == 304 and time.monotonic() - started >= 0.45
    # Its own answer changes its reply: the next question gets the new state at once.
    body = {"answers": answer(1), "monitoring": {}}
    assert client.api("POST", "feedback", body).status == 201
    started = time.monotonic()
    reply = client.api("GET", "state?wait=5", headers={"If-None-Match": etag})
    assert reply.status == 200 and reply.body["feedback"]["answered"] is True
    assert time.monotonic() - started < 2
