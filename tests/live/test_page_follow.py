"""The join page in headless Chromium (skipped if absent) follows the session by the pushed
stream, a change too large for one event by a compressed /state, and by polling where the
stream is blocked."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.live.browser import CHROMIUM, Page, module_chromium, phone_page  # noqa: F401  (fixture)
from tests.live.conftest import STAGE_CAPTURE, STAGE_VOTE
from workshop.live.server import LiveServer
from workshop.services import Services

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine")

# Counts the questions the page asks, by kind, from the first one on.
COUNT_QUESTIONS = """(() => {
  const asked = window.asked = {state: 0, waited: 0, events: 0};
  const send = window.fetch;
  window.fetch = function (url, options) {
    const path = String(url);
    if (path.includes('/state?')) asked[path.includes('wait=') ? 'waited' : 'state'] += 1;
    if (path.includes('/events?')) asked.events += 1;
    return send.call(this, url, options);
  };
})();"""
ASKED = "({...window.asked})"


def _on_ballot(text: str) -> str:
    return (
        "Array.from(document.querySelectorAll('#ballot .text'))"
        f".some(p => p.textContent === {text!r})"
    )


async def _join(page: Page, shown: str) -> None:
    """Join as a carer and wait until the first state shows the section with id shown."""
    await page.evaluate("document.getElementById('role-carer').click()")
    await page.evaluate("document.getElementById('join-button').click()")
    await page.wait_for("document.getElementById('stage').textContent !== ''")
    await page.wait_for(f"!document.getElementById({shown!r}).hidden")


async def _follow_by_the_stream(
    devtools_port: int, url: str, services: Services, session_id: int
) -> dict[str, Any]:
    column = services.board.columns(session_id)[0].id
    async with phone_page(devtools_port, url, first_script=COUNT_QUESTIONS) as page:
        await _join(page, "add-section")
        following = await page.evaluate("window.WorkshopJoin.following")
        # Voting opens on a board whose ballot is too large for one event (40 notes of 300
        # characters): the stream says "fetch", and the page asks /state once for it.
        services.sessions.set_stage(session_id, STAGE_VOTE)
        await page.wait_for("document.querySelectorAll('#ballot li').length === 40")
        after_voting = await page.evaluate(ASKED)
        # A new note comes as a small event on the reopened stream, with no question asked.
        services.board.add_note(session_id, column, "Pushed to the phone", role="carer")
        await page.wait_for(_on_ballot("Pushed to the phone"), timeout=5)
        await page.evaluate("document.querySelector('#ballot button').click()")
        await page.wait_for("document.getElementById('dots-left').textContent.includes('4 of 5')")
        return {
            "following": following,
            "after_voting": after_voting,
            "after_note": await page.evaluate(ASKED),
            "still": await page.evaluate("window.WorkshopJoin.following"),
        }


def test_the_join_page_follows_the_session_by_the_stream(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.set_stage(session_id, STAGE_CAPTURE)
    column = services.board.columns(session_id)[0].id
    for i in range(40):
        services.board.add_note(session_id, column, f"Idea {i:02} " + "x" * 300, role="carer")
    result = asyncio.run(
        _follow_by_the_stream(module_chromium, server.join_url, services, session_id)
    )
    assert result["following"] == "stream" and result["still"] == "stream"
    # The first state and the stream; then the large ballot (asked for), and the stream again.
    assert result["after_voting"] == {"state": 2, "waited": 0, "events": 2}
    # The note and the dot came by the stream; the dot's own refresh asked nothing either.
    assert result["after_note"] == result["after_voting"]
    assert len(services.votes.list(session_id)) == 1


async def _follow_without_the_stream(
    devtools_port: int, url: str, services: Services, session_id: int
) -> dict[str, Any]:
    column = services.board.columns(session_id)[0].id
    async with phone_page(
        devtools_port, url, blocked=["*/events*"], first_script=COUNT_QUESTIONS
    ) as page:
        await _join(page, "vote-section")
        await page.wait_for("window.WorkshopJoin.following !== 'stream'", timeout=5)
        following = await page.evaluate("window.WorkshopJoin.following")
        services.board.add_note(session_id, column, "Polled by the phone", role="carer")
        await page.wait_for(_on_ballot("Polled by the phone"), timeout=5)
        return {"following": following, "asked": await page.evaluate(ASKED)}


def test_where_the_stream_is_blocked_the_join_page_follows_by_long_polling(
    module_chromium: int,  # noqa: F811
    services: Services,
    workshop_with_session: dict[str, int],
    server: LiveServer,
) -> None:
    session_id = workshop_with_session["session"]
    services.sessions.set_stage(session_id, STAGE_VOTE)
    result = asyncio.run(
        _follow_without_the_stream(module_chromium, server.join_url, services, session_id)
    )
    assert result["following"] == "poll"
    # The held question that the new note answered.
    assert result["asked"]["waited"] >= 1
