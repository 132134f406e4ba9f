"""Regenerate the Welsh catalogue from the sources (pyside6-lupdate) and compile it (lrelease).

Run after changing any user-visible string: `make translations`. The compiled .qm files are
committed, so a fresh install shows Welsh without Qt's tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from workshop import bundled

# A developer's tool run in a checkout: it reads the sources beside it, so __file__ is right.
ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("ui", "workshop")
CATALOGUES = bundled.folder_path("translations")
LANGUAGES = ("cy",)


def tool(name: str) -> str:
    """The PySide6 tool beside this Python, else one on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing; install PySide6 into this environment first.")
    return found


def sources() -> list[str]:
    files = []
    for folder in SOURCE_FOLDERS:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def main() -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = CATALOGUES / f"codesign_{language}.ts"
        qm = ts.with_suffix(".qm")
        # No source locations: line numbers would churn the catalogue on every edit.
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                f"{language}_GB",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts.relative_to(ROOT)), "-qm", str(qm.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
