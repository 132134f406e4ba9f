"""The app's own files are reached through one helper, workshop.bundled."""

from __future__ import annotations

import re
from pathlib import Path

from workshop import bundled

ROOT = Path(__file__).resolve().parents[1]
# Only the helper itself may name the resources package to importlib.
DIRECT = re.compile(r"resources\.files\(|resources\.as_file\(|Path\(__file__\)[^\n]*resources")


def test_every_kind_of_bundled_file_is_found() -> None:
    assert bundled.read_text("themes", "template.qss").strip()
    assert any(e.name.endswith(".json") for e in bundled.entry("templates").iterdir())
    assert bundled.entry("web").is_dir() and bundled.entry("help").is_dir()
    with bundled.as_path("fonts", "NotoSans-Regular.ttf") as path:
        assert path.is_file() and path.stat().st_size > 100_000
    assert (bundled.folder_path("translations") / "codesign_cy.qm").is_file()


def test_no_module_looks_up_bundled_files_by_itself() -> None:
    offenders = []
    for package in ("workshop", "ui", "exports"):
        for source in sorted((ROOT / package).rglob("*.py")):
            if source == ROOT / "workshop" / "bundled.py":
                continue
            if DIRECT.search(source.read_text(encoding="utf-8")):
                offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []
