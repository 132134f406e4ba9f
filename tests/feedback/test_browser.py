"""The phone's feedback screen in headless Chromium (skipped if absent): answer once, thanked."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from tests.feedback.conftest import FEEDBACK_STAGE
from tests.feedback.test_api import server  # noqa: F401  (fixture)
from tests.live.browser import CHROMIUM, chromium, phone_page, screenshot_folder  # noqa: F401  (fixtures)
from workshop.live.server import LiveServer
from workshop.services import Services

pytestmark = __import__("pytest").mark.skipif(CHROMIUM is None, reason="no Chromium")


async def _answer(
    devtools_port: int, url: str, services: Services, session_id: int, shots: Path
) -> dict[str, Any]:
    async with phone_page(devtools_port, url) as page:
        await page.evaluate("document.getElementById('role-carer').click()")
        await page.evaluate("document.getElementById('join-button').click()")
        await page.wait_for("!document.getElementById('work-view').hidden")
        services.sessions.set_stage(session_id, FEEDBACK_STAGE)
        await page.wait_for("!document.getElementById('feedback-section').hidden", timeout=5)
        await page.wait_for("!!document.getElementById('fb-listened-3')")
        # The faces are read once they have loaded (a slow machine loads them after the form).
        await page.wait_for(
            "Array.from(document.querySelectorAll('#feedback-form fieldset')[0]"
            ".querySelectorAll('.picture img')).every(i => i.complete && i.naturalWidth > 0)"
        )
        pictures = await page.evaluate(
            "Array.from(document.querySelectorAll('#feedback-form fieldset')[0]"
            ".querySelectorAll('.picture')).map(p => p.querySelector('img').getAttribute('src')"
            " + '|' + p.getAttribute('aria-hidden') + '|' + p.querySelector('img').naturalWidth)"
        )
        words = await page.evaluate(
            "Array.from(document.querySelectorAll('#feedback-form fieldset')[0]"
            ".querySelectorAll('.words')).map(p => p.textContent)"
        )
        await page.screenshot(shots / "feedback.png")
        await page.evaluate("document.getElementById('fb-listened-4').click()")
        await page.evaluate("document.getElementById('fb-ladder-2').click()")
        await page.evaluate("document.getElementById('fb-change').focus()")
        await page.send("Input.insertText", text="<b>More breaks</b>")
        await page.evaluate(
            "(() => { const s = document.getElementById('mon-carer'); s.value = 'yes'; })()"
        )
        await page.evaluate("document.getElementById('feedback-send').click()")
        await page.wait_for("!document.getElementById('feedback-thanks').hidden")
        await page.screenshot(shots / "feedback-sent.png")
        bold = await page.evaluate("document.querySelectorAll('#feedback-section b').length")
        return {"pictures": pictures, "words": words, "bold": bold}


def test_feedback_on_a_phone(
    chromium: int,  # noqa: F811
    services: Services,
    feedback_session: int,
    server: LiveServer,  # noqa: F811
    screenshot_folder: Path,  # noqa: F811
) -> None:
    shots = screenshot_folder
    result = asyncio.run(_answer(chromium, server.join_url, services, feedback_session, shots))
    # Every face is a shipped picture that loaded (CSP allows only our own images).
    sources = [p.rsplit("|", 1)[0] for p in result["pictures"]]
    assert sources == [f"/static/face-{n}.svg|true" for n in range(1, 6)]
    assert all(int(p.rsplit("|", 1)[1]) > 0 for p in result["pictures"])  # 0: did not load
    assert result["words"] == ["Not at all", "Not really", "Not sure", "Mostly", "Yes, completely"]
    assert result["bold"] == 0
    results = services.feedback.results(feedback_session)
    assert results.respondents == 1
    assert results.tallies["listened"] == {"5": 1}
    assert results.tallies["ladder"] == {"influenced": 1}
    assert results.comments["change"] == ("<b>More breaks</b>",)
    assert results.monitoring == {"carer": {"yes": 1}}
