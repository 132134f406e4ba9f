"""The import contracts in `make lint` bite: each one fails on a probe import.

The packages are copied to a scratch folder, one forbidden import is added per contract, and
import-linter runs on the copy with the project's own configuration. (By hand: add the probe
line to a module, run `.venv/bin/lint-imports`, see the contract BROKEN, remove the line.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("workshop", "ui", "models", "exports")

# Contract name (as in pyproject.toml) -> (probe module, the forbidden line it holds).
PROBES = {
    "Widgets never touch the database, SQL or the phone server": (
        "ui/panels/probe_sql.py",
        "import sqlalchemy\n",
    ),
    "The core is Qt-free but for signals, the Room, the app and snapshots": (
        "workshop/probe_qt.py",
        "import PySide6.QtWidgets\n",
    ),
    "The core never imports the exports; only the command line joins them": (
        "workshop/services/probe_exports.py",
        "import exports.wording\n",
    ),
    "Panels and the projector are independent views of the Room": (
        "ui/projector/probe_panel.py",
        "import ui.panels.live\n",
    ),
}


def _lint_imports() -> Path:
    found = Path(sys.executable).parent / "lint-imports"
    if not found.exists():
        pytest.skip("import-linter is not installed")
    return found


def _states(output: str) -> dict[str, str]:
    return {
        name.strip(): state
        for name, state in re.findall(
            r"^(.+?) (KEPT|BROKEN)(?: \(\d+ ignored imports?\))?$", output, flags=re.MULTILINE
        )
    }


@pytest.mark.slow
def test_each_contract_breaks_on_its_probe_and_only_then(tmp_path: Path) -> None:
    lint_imports = _lint_imports()
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    # Wide enough that no contract name wraps in the report.
    environment = {**os.environ, "PYTHONPATH": str(tmp_path), "COLUMNS": "200"}

    def run() -> dict[str, str]:
        result = subprocess.run(
            [str(lint_imports), "--no-cache"],
            cwd=tmp_path,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        return _states(result.stdout)

    before = run()
    assert set(PROBES) <= set(before), before
    assert all(state == "KEPT" for state in before.values()), before
    for path, line in PROBES.values():
        (tmp_path / path).write_text(line)
    after = run()
    for name in PROBES:
        assert after[name] == "BROKEN", (name, after)
    # The older contracts are untouched by the probes.
    assert {n: s for n, s in after.items() if n not in PROBES} == {
        n: s for n, s in before.items() if n not in PROBES
    }
