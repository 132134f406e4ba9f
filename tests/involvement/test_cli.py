"""`workshop access-plan` and `workshop payments`, run as an officer would run them."""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.involvement.conftest import World
from workshop.services import Services

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("Ann Lowri", "Cara Wynne")


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workshop", "--database", str(db), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def filed(timed: Services, world: World, db_path: Path) -> World:
    timed.payments.add(world.session, world.ann, rate_pence_per_hour=2500, expenses_pence=640)
    timed.payments.add(world.session, world.cara, method="voucher", rate_pence_per_hour=2500)
    timed.database.dispose()
    return world


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_organisers_plan_names_people_and_venue_copy_does_not(
    filed: World, db_path: Path, tmp_path: Path
) -> None:
    organisers, venue = tmp_path / "plan.pdf", tmp_path / "venue.pdf"
    done = run(db_path, "access-plan", str(filed.session), "--output", str(organisers))
    assert done.returncode == 0, done.stderr
    assert "keep it safe" in done.stderr
    done = run(db_path, "access-plan", str(filed.session), "--output", str(venue), "--for", "venue")
    assert done.returncode == 0, done.stderr
    full, anonymous = _pdf_text(organisers), _pdf_text(venue)
    for text in (full, anonymous):
        assert "Book BSL interpreters" in text
        assert "2 November 2026" in text  # six weeks before 14 December
        assert "Large print: 1 (24 point)" in text
        assert "Break" in text
    for name in NAMES:
        assert name in full
        assert name not in anonymous
    assert "dementia" in full and "dementia" not in anonymous
    assert "special-category" in full


def test_plan_as_html_escapes_what_people_typed(
    timed: Services, world: World, db_path: Path, tmp_path: Path
) -> None:
    timed.access.add_need(world.raj, "other", detail="<script>x</script>", asked_by="Dee")
    timed.database.dispose()
    output = tmp_path / "plan.html"
    done = run(db_path, "access-plan", str(world.session), "--output", str(output))
    assert done.returncode == 0, done.stderr
    page = output.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "Raj Patel" in page


def test_plan_refuses_an_unknown_format_or_session(
    filed: World, db_path: Path, tmp_path: Path
) -> None:
    done = run(db_path, "access-plan", str(filed.session), "--output", str(tmp_path / "p.docx"))
    assert (done.returncode, done.stderr.strip()) == (
        2,
        "workshop: The output file must end in .pdf or .html.",
    )
    done = run(db_path, "access-plan", "999", "--output", str(tmp_path / "p.pdf"))
    assert done.returncode == 2 and "no session with id 999" in done.stderr
    assert not (tmp_path / "p.pdf").exists()


def test_payments_command_writes_the_finance_csv(
    filed: World, db_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "payments.csv"
    done = run(db_path, "payments", str(filed.workshop), "--output", str(output))
    assert done.returncode == 0, done.stderr
    assert "Wrote 2 payments" in done.stderr
    rows = list(csv.DictReader(io.StringIO(output.read_bytes().decode("utf-8-sig"))))
    assert [r["payee"] for r in rows] == ["Ann Lowri", "Cara Wynne"]
    assert rows[0]["expenses"] == "6.40" and rows[1]["method"] == "Voucher"
    text = output.read_text(encoding="utf-8-sig")
    # A finance file is for paying people: never their access needs.
    for secret in ("24 point", "dementia", "bsl", "BSL"):
        assert secret not in text


def test_plan_never_overwrites_the_record(filed: World, db_path: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "plan.pdf"
    disguised.symlink_to(db_path)
    before = db_path.read_bytes()
    done = run(db_path, "access-plan", str(filed.session), "--output", str(disguised))
    assert done.returncode == 2
    assert "open workshop database" in done.stderr
    assert db_path.read_bytes() == before


def test_the_organisers_copy_is_readable_by_its_owner_only(
    filed: World, db_path: Path, tmp_path: Path
) -> None:
    output = tmp_path / "plan.html"
    assert run(db_path, "access-plan", str(filed.session), "--output", str(output)).returncode == 0
    assert output.stat().st_mode & 0o077 == 0
