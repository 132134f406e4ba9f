"""`workshop report --edition easy-read`: the Easy Read record from the command line."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from tests.easy_read.conftest import BUS_CY, UNWRITTEN_THEME, EasyReadWorld
from workshop.cli import main
from workshop.services import Services

LONG = "We will ask the bus company to run the number 42 bus on time every day."


def test_easy_read_pdf_and_html_from_the_command_line(
    db_path: Path,
    services: Services,
    world: EasyReadWorld,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.easy_read.add_message(world.session, LONG)
    services.easy_read.add_message(world.session, "The bus is late and we miss the doctor.")
    pdf = tmp_path / "easy.pdf"
    args = ["report", str(world.session), "--edition", "easy-read", "--database", str(db_path)]
    assert main([*args, "--output", str(pdf)]) == 0
    err = capsys.readouterr().err
    assert "left out 1 key message(s) or action(s)" in err
    assert "1 sentence(s) have more than 15 words" in err
    assert "1 sentence(s) may hold more than one idea" in err
    assert "Wrote the Easy Read record" in err
    with pdfplumber.open(pdf) as document:
        text = " ".join(page.extract_text() for page in document.pages)
        assert min(c["size"] for page in document.pages for c in page.chars) >= 16
        assert len(document.pages) <= 20
    assert UNWRITTEN_THEME not in text
    html = tmp_path / "easy.html"
    assert main([*args, "--output", str(html), "--language", "cy"]) == 0
    page = html.read_text(encoding="utf-8")
    assert '<html lang="cy-GB">' in page
    assert BUS_CY.splitlines()[0].replace("'", "&#x27;") in page


def test_refusals_are_one_sentence_and_write_nothing(
    db_path: Path,
    services: Services,
    workshop_with_session: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = str(workshop_with_session["session"])
    out = tmp_path / "easy.pdf"
    args = ["report", session, "--edition", "easy-read", "-o", str(out), "--database", str(db_path)]
    assert main(args) == 2
    assert "write them in the Easy Read panel" in capsys.readouterr().err
    assert main([*args, "--language", "cy+en"]) == 2
    assert "one language" in capsys.readouterr().err
    assert not out.exists()
