"""Every path out of the app: the public record says what was offered, never who was paid what,
and no output but the organisers' own carries access needs."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.html import write_html
from exports.pdf import write_pdf
from tests.involvement.conftest import World
from workshop.cli import main
from workshop.services import Services

ROOT = Path(__file__).resolve().parents[2]
OFFER = "Everyone was offered £25 for their time and travel costs."
# Distinctive details of one payment and of people's needs: none may appear in a public output.
PAYMENT_SECRETS = ("1234.57", "Quillon Finance", "Voucher", "bus from Quarrytown")
NEED_SECRETS = ("24 point", "no gluten", "dementia", "Dee (organiser)", "BSL")


def _fill(services: Services, world: World) -> None:
    services.payments.update_settings(world.workshop, offer=OFFER, rate_pence_per_hour=2500)
    services.payments.add(
        world.session,
        world.cara,
        method="voucher",
        expenses_pence=123457,
        expenses_note="bus from Quarrytown",
        status="approved",
        approved_by="Quillon Finance",
    )
    column = services.board.columns(world.session)[0]
    services.board.add_note(world.session, column.id, "Visits are rushed", author_id=world.cara)


def test_record_says_what_was_offered_and_nothing_of_payments_or_needs(
    timed: Services, world: World, tmp_path: Path
) -> None:
    _fill(timed, world)
    snapshot = timed.sessions.record(world.session)
    pdf = write_pdf(snapshot, tmp_path / "record.pdf")
    html = write_html(snapshot, tmp_path / "record.html")
    pdf_text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages))
    html_text = html.read_text(encoding="utf-8")
    for text in (pdf_text, html_text):
        assert OFFER in text
        for secret in PAYMENT_SECRETS + NEED_SECRETS + ("Cara Wynne",):
            assert secret not in text, secret


def test_board_image_and_anonymised_file_carry_no_needs_or_payments(
    timed: Services, world: World, tmp_path: Path, db_path: Path
) -> None:
    _fill(timed, world)
    shared = timed.interchange.export_text(world.workshop, anonymise=True)
    for secret in (*NEED_SECRETS, "Quillon Finance", "bus from Quarrytown", "Cara Wynne"):
        assert secret not in shared, secret
    timed.database.dispose()
    image = tmp_path / "board.svg"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop",
            "--database",
            str(db_path),
            "snapshot",
            str(world.session),
            "--output",
            str(image),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    drawn = image.read_text(encoding="utf-8")
    assert "Visits are rushed" in drawn  # the check reads the image's text at all
    for secret in PAYMENT_SECRETS + NEED_SECRETS + ("Cara Wynne",):
        assert secret not in drawn, secret


# Every other file the app writes, as the command line writes it; the text people typed about
# needs (and who asked) must be in none of them. The venue's access plan is for meeting needs, so
# it may say "24 point" or "no gluten", but never whose they are, the notes or who asked.
OUTPUTS = {
    "participants record": (["report", "{session}", "--edition", "participants"], "html"),
    "Easy Read record": (["report", "{session}", "--edition", "easy-read"], "html"),
    "actions": (["actions", "{workshop}"], "csv"),
    "payments": (["payments", "{workshop}"], "csv"),
    "feedback": (["feedback", "{session}"], "csv"),
    "reach": (["reach", "{workshop}"], "csv"),
    "venue's access plan": (["access-plan", "{session}", "--for", "venue"], "html"),
}
VENUE_SECRETS = ("dementia", "Dee (organiser)", "Ann Lowri", "Cara Wynne", "Raj Patel")


@pytest.mark.parametrize("output", OUTPUTS)
def test_no_other_output_carries_access_needs(
    timed: Services, world: World, tmp_path: Path, db_path: Path, output: str
) -> None:
    _fill(timed, world)
    timed.easy_read.add_message(world.session, "We will send you the record in large print.")
    words, suffix = OUTPUTS[output]
    target = tmp_path / f"out.{suffix}"
    ids = {"session": str(world.session), "workshop": str(world.workshop)}
    args = [word.format(**ids) for word in words]
    timed.database.dispose()
    assert main(["--database", str(db_path), *args, "--output", str(target)]) == 0
    text = html.unescape(target.read_bytes().decode("utf-8-sig"))
    assert len(text) > 100  # something was written, so its silence means something
    secrets = VENUE_SECRETS if output == "venue's access plan" else NEED_SECRETS
    for secret in secrets:
        assert secret not in text, secret
