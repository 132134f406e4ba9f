"""Renders the README's screenshots from the demo workshop, so they always show the current app.

python -m ui.screenshots docs/images      (or: make screenshots)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from exports.pdf import write_pdf
from ui.board.render import save_board_image
from ui.board.scene import BoardScene
from ui.main_window import MainWindow
from ui.theme import load_fonts
from ui.workspace import assemble
from workshop.demo import create_demo
from workshop.demo_room import create_room_board
from workshop.services import Services
from workshop.storage import open_database

WIDTH, HEIGHT = 1920, 1080


def make_screenshots(folder: Path) -> list[Path]:
    """Write the screenshots into folder and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    load_fonts()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        services = Services(open_database(Path(scratch) / "demo.sqlite3"))
        ids = create_demo(services)
        first_session = ids.sessions[0][0]

        window = MainWindow(
            services, QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat)
        )
        workspace = assemble(window, services)
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.open_session(first_session)
        app.processEvents()
        written.append(_save(window.grab().toImage(), folder / "main-window.png"))

        actions = services.actions.for_session(first_session)
        workspace.actions.select_action(actions[0].id)
        app.processEvents()
        written.append(_save(workspace.actions.grab().toImage(), folder / "actions-panel.png"))

        scene = BoardScene(services)
        scene.load(first_session)
        board = folder / "board.png"
        save_board_image(scene, board, WIDTH, HEIGHT)
        written.append(board)

        written.append(projector_picture(folder / "projector.png", Path(scratch)))

        pdf = Path(scratch) / "record.pdf"
        write_pdf(services.sessions.record(first_session), pdf)
        written.extend(_pdf_pages(pdf, folder))

        workspace.room.close()
        workspace.projector.close()
        window.close()
        services.database.dispose()
    return written


def projector_picture(path: Path, scratch: Path) -> Path:
    """A full room's board (60 notes, two themes, dots) as the projector shows it, drawn by
    `workshop snapshot --presentation` like anyone can."""
    from workshop.cli import main

    database = scratch / "room.sqlite3"
    services = Services(open_database(database))
    try:
        ids = create_room_board(services)
    finally:
        services.database.dispose()
    code = main(
        [
            "--database",
            str(database),
            "snapshot",
            str(ids.session),
            "--presentation",
            "--output",
            str(path),
            "--width",
            str(WIDTH),
            "--height",
            str(HEIGHT),
        ]
    )
    if code != 0:
        raise OSError(f"Could not write {path}")
    return path


def _save(image: object, path: Path) -> Path:
    if not image.save(str(path)):  # type: ignore[attr-defined]
        raise OSError(f"Could not write {path}")
    return path


def _pdf_pages(pdf: Path, folder: Path) -> list[Path]:
    """The record's cover and first board page as PNG, when poppler's pdftoppm is installed."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): skipping the record pages.", file=sys.stderr)
        return []
    pages = []
    for page, name in (
        (1, "record-cover.png"),
        (4, "record-board.png"),
        (12, "record-actions.png"),
    ):
        stem = folder / name.removesuffix(".png")
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(stem),
            ],
            check=True,
        )
        pages.append(stem.with_suffix(".png"))
    return pages


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    for path in make_screenshots(target):
        print(path)
