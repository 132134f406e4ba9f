"""Board subcommands: `snapshot` draws a session's board to PNG or SVG; `gui-check` probes Qt."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workshop.cli.context import CommandContext
from workshop.errors import WorkshopError

if TYPE_CHECKING:
    from workshop.room import Room

MAX_SIDE = 16000

GUI_HINT = """\
workshop: the desktop window cannot open: Qt could not load its display plugin.
On Debian or Ubuntu, install the libraries Qt needs for a window:
    sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 \\
        libxcb-shape0 libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
Qt's own message always blames xcb-cursor0; to see which library is really missing, run
    QT_DEBUG_PLUGINS=1 .venv/bin/python -m workshop gui-check --verbose
Without a screen (a server, SSH), use the command line instead (`workshop --help`)."""

NO_DISPLAY_HINT = """\
workshop: there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it from a desktop session, or use the command line (`workshop --help`)."""

# Run in a child process: a Qt platform plugin that fails to load aborts the whole process.
_PROBE = "from PySide6.QtGui import QGuiApplication; QGuiApplication([]).platformName()"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    snapshot = subparsers.add_parser(
        "snapshot",
        parents=[common],
        help="draw a session's board to a PNG (or SVG) image",
    )
    snapshot.add_argument("session_id", metavar="SESSION_ID", type=int)
    snapshot.add_argument("--output", "-o", metavar="FILE.png|FILE.svg", required=True)
    snapshot.add_argument("--width", type=int, default=1920, help="pixels (default 1920)")
    snapshot.add_argument("--height", type=int, default=1080, help="pixels (default 1080)")
    snapshot.add_argument(
        "--presentation",
        action="store_true",
        help="draw exactly what the projector shows (stage, timer, readable board)",
    )
    snapshot.add_argument(
        "--scope",
        metavar="board|column:N|theme:TITLE",
        help="with --presentation: the whole board (default), the Nth column as the board "
        "shows it (from 1), or the theme with this title",
    )
    snapshot.set_defaults(handler=run_snapshot)

    # Hidden (no help): `make run` calls it before opening the window.
    check = subparsers.add_parser("gui-check", parents=[common])
    check.add_argument("--verbose", action="store_true")
    check.set_defaults(handler=run_gui_check)


def run_snapshot(args: argparse.Namespace, context: CommandContext) -> int:
    for name in ("width", "height"):
        value = getattr(args, name)
        if not 16 <= value <= MAX_SIDE:
            raise WorkshopError(f"The {name} must be between 16 and {MAX_SIDE} pixels.")
    output = context.output(args.output)
    services = context.services
    # Read first: a wrong id is refused before Qt is even loaded.
    snapshot = services.sessions.board(args.session_id)
    # Rendering needs no screen; never let Qt look for one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.board.render import board_image_scene, render_bytes

    app = QApplication.instance() or QApplication([])
    if args.scope is not None and not args.presentation:
        raise WorkshopError("--scope chooses what the projector shows; add --presentation.")
    if args.presentation:
        return _write_presentation(args, context, output, snapshot.session.title)
    scene = board_image_scene(services, args.session_id)
    try:
        data = render_bytes(scene, output.suffix, args.width, args.height)
    finally:
        # Gone before the services it listens to close, also when the run is refused.
        scene.clear()
        scene.deleteLater()
    context.write(output, data)
    print(f"Wrote the board of “{snapshot.session.title}” to {output}.", file=sys.stderr)
    del app
    return 0


def _write_presentation(
    args: argparse.Namespace, context: CommandContext, output: Path, title: str
) -> int:
    from PySide6.QtCore import QBuffer, QIODevice, QSize

    from ui.projector import PresentationWindow
    from workshop.room import Room

    suffix = output.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise WorkshopError(
            "The presentation view is written as PNG or SVG; name the file FILE.png or FILE.svg."
        )
    # The same Room the app builds: opening the session sets the clock to its stage.
    room = Room(context.services)
    room.open(args.session_id)
    _apply_scope(room, args.scope or "board")
    window = PresentationWindow(room)
    size = QSize(args.width, args.height)
    if suffix == ".svg":
        data = window.render_svg(size)
    else:
        image = window.render_image(size)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes; the binding wants str
            raise WorkshopError("Could not encode the presentation image.")
        data = bytes(buffer.data().data())
    context.write(output, data)
    window.deleteLater()
    room.deleteLater()
    print(f"Wrote the projector view of “{title}” to {output}.", file=sys.stderr)
    return 0


def _apply_scope(room: Room, scope: str) -> None:
    """Point the projector at the scope: board, column:N (from 1, as the board shows them) or
    theme:TITLE."""
    from workshop.room import ProjectorMode

    board = room.board
    if board is None:  # opened just before: only a vanished session gets here
        raise WorkshopError("The session could not be opened.")
    kind, _, value = scope.partition(":")
    if scope == "board":
        room.show_on_projector(ProjectorMode.BOARD)
    elif kind == "column" and value.strip().isdigit():
        number = int(value)
        columns = board.columns
        if not 1 <= number <= len(columns):
            raise WorkshopError(
                f"There is no column {number}: this board has {len(columns)} "
                f"(column:1 to column:{len(columns)})."
            )
        room.focus_column(columns[number - 1].id)
        room.show_on_projector(ProjectorMode.COLUMN)
    elif kind == "theme" and value.strip():
        wanted = value.strip().casefold()
        theme = next((t for t in board.themes if t.title.strip().casefold() == wanted), None)
        if theme is None:
            raise WorkshopError(f"This board has no theme called “{value.strip()}”.")
        room.focus_theme(theme.id)
        room.show_on_projector(ProjectorMode.THEME)
    else:
        raise WorkshopError(
            f"Unknown scope “{scope}”: use board, column:N (a column's number, from 1) "
            "or theme:TITLE."
        )


def run_gui_check(args: argparse.Namespace, context: CommandContext) -> int:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if (
        sys.platform.startswith("linux")
        and not platform
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        print(NO_DISPLAY_HINT, file=sys.stderr)
        return 2
    try:
        probe = subprocess.run(
            [sys.executable, "-c", _PROBE],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        print(GUI_HINT, file=sys.stderr)
        return 2
    if probe.returncode != 0:
        print(GUI_HINT, file=sys.stderr)
        if args.verbose:
            # Only on request: the plugin loader's own lines, which name the missing library.
            lines = [line for line in probe.stderr.splitlines() if "cannot" in line.lower()]
            for line in lines[-5:]:
                print(f"    {line.strip()}", file=sys.stderr)
        return 2
    return 0
