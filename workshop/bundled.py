"""The app's own files (fonts, templates, themes, help, the join page, translations), one way in.

Everything under the `resources` package is reached through importlib.resources, so it works
from a source checkout, an installed wheel and a bundled app alike; no path is built from
`__file__`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "resources"


def entry(*parts: str) -> Traversable:
    """A bundled file or folder, e.g. entry("themes", "light.json")."""
    node = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return entry(*parts).read_text(encoding="utf-8")


@contextmanager
def as_path(*parts: str) -> Iterator[Path]:
    """A bundled file as a real path, for libraries that only open paths (font loaders)."""
    with resources.as_file(entry(*parts)) as path:
        yield path


def folder_path(*parts: str) -> Path:
    """A bundled folder on disk (Qt's translators load their catalogues by path)."""
    return Path(str(entry(*parts)))
