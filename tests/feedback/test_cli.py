"""`workshop feedback SESSION_ID --output FILE.csv`: counts only, suppressed below 5."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

from tests.feedback.conftest import answer
from workshop.services import Services
from workshop.storage import Database
from workshop.vocabulary import Involvement

REPO = Path(__file__).resolve().parents[2]


def run(database: Database, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    assert database.path is not None
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args, "--database", str(database.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_counts_without_any_individual_answer(
    services: Services, database: Database, feedback_session: int, tmp_path: Path
) -> None:
    # The level the facilitator stated sits beside what people said (it is "not recorded" and
    # left out until someone sets it).
    services.sessions.update(feedback_session, involvement=Involvement.CO_DESIGN)
    for number in range(6):
        services.feedback.submit(feedback_session, answer(number), {"carer": "yes"})
    services.feedback.submit(feedback_session, {"accessible": 2}, {"carer": "no"})
    output = tmp_path / "feedback.csv"
    done = run(database, "feedback", str(feedback_session), "--output", str(output))
    assert done.returncode == 0, done.stderr
    raw = output.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = read(output)
    assert rows[0]["section"] == "respondents" and rows[0]["answered"] == "7"
    listened = {r["answer_value"]: r for r in rows if r["question_id"] == "listened"}
    assert listened["1"]["count"] == "2" and listened["1"]["percent"] == "33"
    assert listened["5"]["answer"] == "Yes, completely"
    # One person answered "accessible": no numbers, only that fewer than 5 did.
    (accessible,) = [r for r in rows if r["question_id"] == "accessible"]
    assert accessible["note"] == "Fewer than 5 people answered"
    assert accessible["count"] == "" and accessible["answered"] == ""
    # Free text is counted, never quoted.
    assert b"Comment number" not in raw
    (stated,) = [r for r in rows if r["section"] == "involvement"]
    assert stated["answer"] == "We designed things together with staff"
    carer = {r["answer_value"]: r["count"] for r in rows if r["question_id"] == "carer"}
    assert carer == {"yes": "6", "no": "1", "prefer_not_to_say": "0"}
    (age,) = [r for r in rows if r["question_id"] == "age"]
    assert age["note"] == "Fewer than 5 people answered"


def test_fewer_than_five_respondents_shows_no_numbers(
    services: Services, database: Database, feedback_session: int, tmp_path: Path
) -> None:
    for number in range(4):
        services.feedback.submit(feedback_session, answer(number), {"carer": "yes"})
    output = tmp_path / "few.csv"
    assert run(database, "feedback", str(feedback_session), "-o", str(output)).returncode == 0
    rows = read(output)
    assert rows[0]["answered"] == "" and rows[0]["note"] == "Fewer than 5 people answered"
    assert all(r["count"] == "" for r in rows if r["section"] != "involvement")


def test_welsh_and_refusals(
    services: Services, database: Database, feedback_session: int, tmp_path: Path
) -> None:
    output = tmp_path / "cy.csv"
    assert (
        run(
            database, "feedback", str(feedback_session), "-o", str(output), "--language", "cy"
        ).returncode
        == 0
    )
    rows = read(output)
    assert any(r["question"] == "Roeddwn i'n teimlo bod pobl yn gwrando arna i" for r in rows)
    assert rows[0]["note"] == "Atebodd llai na 5 o bobl"
    wrong = run(database, "feedback", str(feedback_session), "-o", str(tmp_path / "x.pdf"))
    assert (
        wrong.returncode == 2
        and wrong.stderr.strip() == "workshop: The output file must end in .csv."
    )
    missing = run(database, "feedback", "999", "-o", str(tmp_path / "x.csv"))
    assert missing.returncode == 2 and "no session with id 999" in missing.stderr


def test_reach_across_sessions_against_targets(
    services: Services,
    database: Database,
    workshop_with_session: dict[str, int],
    feedback_session: int,
    tmp_path: Path,
) -> None:
    second = services.sessions.create(workshop_with_session["workshop"], "Second session")
    for session_id, carers in ((feedback_session, 2), (second.id, 2)):
        for number in range(4):
            carer = "yes" if number < carers else "no"
            services.feedback.submit(
                session_id,
                {"listened": 3},
                {"carer": carer, "age": "25_34"} if number == 0 else {"carer": carer},
            )
    output = tmp_path / "reach.csv"
    done = run(
        database,
        "reach",
        str(workshop_with_session["workshop"]),
        "-o",
        str(output),
        "--target",
        "carer=yes:30",
        "--target",
        "welsh_speaker=yes:20",
    )
    assert done.returncode == 0, done.stderr
    rows = {(r["question_id"], r["answer_value"]): r for r in read(output)}
    # Each session alone has 4 answers (too few to show); together 8.
    assert rows[("carer", "yes")]["count"] == "4"
    assert rows[("carer", "yes")]["percent"] == "50"
    assert rows[("carer", "yes")]["target_percent"] == "30"
    assert rows[("carer", "yes")]["target_met"] == "yes"
    assert rows[("welsh_speaker", "yes")]["count"] == ""
    assert rows[("welsh_speaker", "yes")]["target_met"] == ""
    assert rows[("welsh_speaker", "yes")]["note"] == "Fewer than 5 people answered"
    assert rows[("age", "25_34")]["count"] == ""
    bad = run(database, "reach", "1", "-o", str(output), "--target", "carers=lots:30")
    assert bad.returncode == 2 and "QUESTION=OPTION:PERCENT" in bad.stderr
