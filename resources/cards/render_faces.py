"""Developer script: pre-renders the phones' five faces (resources/web/face-N.svg, OpenMoji,
CC BY-SA 4.0) to PNG for the printed feedback card, because ReportLab cannot draw SVG and
exports may not import Qt.

    PYTHONPATH=. .venv/bin/python resources/cards/render_faces.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from resources.symbols.render_symbols import render

HERE = Path(__file__).resolve().parent
WEB = HERE.parent / "web"


def main() -> None:
    QGuiApplication([])
    for point in range(1, 6):
        render((WEB / f"face-{point}.svg").read_bytes(), HERE / f"face-{point}.png")


if __name__ == "__main__":
    main()
