"""Regenerate the Welsh catalogue from the sources (pyside6-lupdate) and compile it (lrelease).

Run after changing any user-visible string: `make translations`. The compiled .qm files are
committed, so a fresh install shows Welsh without Qt's tools.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from workshop import bundled

# A developer's tool run in a checkout: it reads the sources beside it, so __file__ is right.
ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("ui", "workshop")
CATALOGUES = bundled.folder_path("translations")
LANGUAGES = ("cy",)
# How many plural forms Qt's rules give each language (Qt's own table, which lrelease and
# QTranslator use). Welsh: 0, 1, 2-5, 6 and the rest.
PLURAL_FORMS = {"cy": 5}

Forms = dict[tuple[str, str], list[str]]


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


def plural_forms(ts: Path) -> Forms:
    """The plural forms already written in a catalogue, by (context, source)."""
    if not ts.exists():
        return {}
    found: Forms = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            if forms:
                found[(name, message.findtext("source", ""))] = forms
    return found


def mark_plurals(ts: Path, language: str, kept: Forms) -> None:
    """Make every "%n" message a plural one with the language's number of forms.

    pyside6-lupdate does not see that a Python translate() call takes a count, so it writes
    these messages as plain ones; this puts back the plural forms translators wrote.
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    count = PLURAL_FORMS[language]
    for context in list(root.iter("context")):
        name = context.findtext("name", "")
        for message in list(context.iter("message")):
            source = message.findtext("source", "")
            if "%n" not in source:
                continue
            message.set("numerus", "yes")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            forms = (kept.get((name, source)) or [])[:count]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for number in range(count):
                form = ET.SubElement(translation, "numerusform")
                form.text = forms[number] if number < len(forms) else ""
            if len(forms) == count and all(forms):
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    ts.write_text(_as_lupdate_writes(root), encoding="utf-8")


def _as_lupdate_writes(root: ET.Element) -> str:
    """The catalogue in lupdate's own layout and escaping, so a run changes only what changed."""
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ", level=0)
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    body = re.sub(
        r">([^<]*)<",
        lambda text: ">" + text.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
        body,
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def update(ts: Path, language: str) -> None:
    """Bring one catalogue up to date with the sources and compile it."""
    kept = plural_forms(ts)
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
    mark_plurals(ts, language, kept)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts.relative_to(ROOT)), "-qm", str(qm.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        update(CATALOGUES / f"codesign_{language}.ts", language)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
