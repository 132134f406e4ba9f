"""The main window offers Settings, Import and Help, and F1 opens the guides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from ui.dialogs.help import HelpTopic
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.workspace import assemble
from workshop.cli import build_parser
from workshop.services import Services


def test_file_menu_offers_settings_and_import_and_f1_opens_help(
    qtbot: QtBot, services: Services, preferences: Preferences, tmp_path: Path
) -> None:
    window = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    workspace = assemble(window, services, preferences)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Settings…" in texts and "&Import workshop…" in texts
    assert texts[-1] == "&Quit"
    guides = next(a for a in window.help_menu.actions() if a.shortcut().toString() == "F1")
    guides.trigger()
    help_dialog = window._help
    assert help_dialog is not None and help_dialog.isVisible()
    assert help_dialog.current_topic() is HelpTopic.FACILITATOR
    shortcuts = next(a for a in window.help_menu.actions() if a.text() == "&Keyboard shortcuts")
    shortcuts.trigger()
    assert help_dialog.current_topic() is HelpTopic.SHORTCUTS
    # Reveal and let-through, wherever they are pressed, undo with Edit ▸ Undo.
    stacks = (workspace.live.undo_stack, workspace.projector.scene.undo_stack)
    assert all(stack is window.undo_stack for stack in stacks)
    assert workspace.facilitation.silent.undo_stack is window.undo_stack
    workspace.room.close()
    workspace.projector.close()


def test_language_option_for_the_app() -> None:
    args = build_parser().parse_args(["--language", "cy"])
    assert args.language == "cy" and args.command is None
