"""In Welsh, a refused import and a busy live port read in Welsh; the CLI stays English."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.dialogs.import_workshop import WorkshopImport
from ui.i18n import Language, Translations, refusal_text
from workshop.demo import create_demo
from workshop.errors import ValidationError
from workshop.live.server import LiveServer, LiveServerError
from workshop.services import Services
from workshop.storage import open_database

REPO = Path(__file__).resolve().parents[2]


def _demo_document(tmp_path: Path) -> dict:
    """The demo workshop as an interchange document, made in a separate record."""
    source = open_database(tmp_path / "source.sqlite3")
    try:
        services = Services(source)
        demo = create_demo(services)
        return json.loads(services.interchange.export_text(demo.workshop))
    finally:
        source.dispose()


def _unknown_column(document: dict) -> tuple[bytes, str, str]:
    document["workshop"]["sessions"][0]["notes"][3]["column"] = "c99"
    return (
        json.dumps(document).encode(),
        'workshop.sessions[0].notes[3].column: no column "c99"',
        'workshop.sessions[0].notes[3].column: does dim colofn "c99"',
    )


def _blank_title(document: dict) -> tuple[bytes, str, str]:
    document["workshop"]["title"] = "   "
    return (
        json.dumps(document).encode(),
        "workshop.title: The title is empty; type something first.",
        "workshop.title: Teitl: mae'n wag; teipiwch rywbeth yn gyntaf.",
    )


def _not_json(_document: dict) -> tuple[bytes, str, str]:
    return (
        b'{"format": ',
        "file: not valid JSON (line 1, column 12)",
        "ffeil: nid yw'n JSON dilys (llinell 1, colofn 12)",
    )


def _duplicate_participant(document: dict) -> tuple[bytes, str, str]:
    people = document["workshop"]["participants"]
    people[1]["id"] = people[0]["id"]
    shown = people[0]["id"]
    return (
        json.dumps(document).encode(),
        f"workshop.participants[1].id: duplicate participant id '{shown}'",
        f"workshop.participants[1].id: mae'r dynodydd cyfranogwr '{shown}' "
        "wedi'i ddefnyddio fwy nag unwaith",
    )


@pytest.mark.parametrize(
    "spoil", [_unknown_column, _blank_title, _not_json, _duplicate_participant]
)
def test_refused_import_reads_in_welsh_and_the_cli_keeps_its_english(
    qtbot: QtBot, services: Services, translations: Translations, tmp_path: Path, spoil
) -> None:
    raw, english, welsh = spoil(_demo_document(tmp_path))
    path = tmp_path / "bad.json"
    path.write_bytes(raw)

    assert translations.apply(Language.WELSH)
    job = WorkshopImport(services, path)
    with qtbot.waitSignal(job.refused, timeout=20_000) as refused:
        pass
    assert job.task.wait()
    assert refused.args == [welsh]
    assert services.workshops.list() == []

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), LANG="cy_GB.UTF-8")
    env.pop("WORKSHOP_DATABASE", None)
    command = [sys.executable, "-m", "workshop", "import", str(path)]
    command += ["--database", str(tmp_path / "cli.sqlite3")]
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    # The CLI's one line: its name, the English sentence exactly, a full stop if it had none.
    assert result.stderr == f"workshop: {english.removesuffix('.')}.\n"


def test_busy_port_reads_in_welsh(
    services: Services, workshop_with_session: dict[str, int], translations: Translations
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        clash = LiveServer(services, workshop_with_session["session"], host="127.0.0.1", port=port)
        with pytest.raises(LiveServerError) as refused:
            clash.start()
    assert refused.value.message == (
        f"Port {port} on 127.0.0.1 is already in use; choose another port or close "
        "the other program."
    )
    assert translations.apply(Language.WELSH)
    assert refusal_text(refused.value) == (
        f"Mae porth {port} ar 127.0.0.1 eisoes yn cael ei ddefnyddio; dewiswch borth arall neu "
        "caewch y rhaglen arall."
    )


def test_unknown_role_lists_the_roles_as_the_app_names_them(
    services: Services, workshop_with_session: dict[str, int], translations: Translations
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.participants.add(workshop_with_session["workshop"], name="Ann", role="wizard")
    # The CLI and the phones' API read the values a file or request must hold.
    assert refused.value.message == (
        "Unknown role 'wizard'; use one of: lived_experience, carer, community, professional, "
        "facilitator, observer."
    )
    assert translations.apply(Language.WELSH)
    assert refusal_text(refused.value) == (
        "Rôl: nid ydym yn adnabod 'wizard'; defnyddiwch un o'r rhain: person â phrofiad bywyd, "
        "gofalwr, aelod o'r gymuned, gweithiwr proffesiynol, hwylusydd, sylwedydd."
    )
    translations.apply(Language.ENGLISH)
    assert refusal_text(refused.value) == (
        "Unknown role 'wizard'; use one of: person with lived experience, carer, community "
        "member, professional, facilitator, observer."
    )
