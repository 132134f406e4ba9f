"""Assembles the main window with its panels and wires them to the board and to each other."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from ui.dialogs.backup import ReadOnlyBanner, backup_actions
from ui.dialogs.export_actions import choose_and_export_actions
from ui.dialogs.export_record import ExportRecordDialog
from ui.dialogs.finalise import FinaliseDialog, confirm_reopen
from ui.dialogs.import_workshop import choose_and_import
from ui.dialogs.photo import PhotoCommands
from ui.dialogs.redact import RedactDialog
from ui.dialogs.session_details import SessionDetailsDialog
from ui.dialogs.settings import SettingsDialog
from ui.i18n import translated
from ui.involvement import add_involvement
from ui.main_window import MainWindow
from ui.panels.actions import ActionsPanel
from ui.panels.board_list import BoardListPanel
from ui.panels.easy_read import EasyReadPanel
from ui.panels.facilitation import FacilitationPanel
from ui.panels.feedback import FeedbackPanel
from ui.panels.live import LivePanel
from ui.panels.participants import ParticipantsPanel
from ui.panels.signals import SignalsPanel
from ui.preferences import PROJECTOR_SCREEN, THEME, Preferences
from ui.projector import PresentationController, PresentationWindow
from ui.projector.cards import ProjectorCards
from ui.theme import BOARD_PALETTES
from workshop.backups import Backups
from workshop.room import Room
from workshop.services import Services


@dataclass
class Workspace:
    """The main window and the panels docked around its board."""

    window: MainWindow
    participants: ParticipantsPanel
    actions: ActionsPanel
    facilitation: FacilitationPanel
    live: LivePanel
    backups: Backups | None
    room: Room
    projector: PresentationWindow
    projector_keys: PresentationController
    photos: PhotoCommands | None = None


def assemble(
    window: MainWindow, services: Services, preferences: Preferences | None = None
) -> Workspace:
    """Dock every panel, connect them to the board, and add backup and redaction commands.

    With preferences, File also offers Settings…; File › Import workshop… is always there.
    """
    room = window.room
    participants = ParticipantsPanel(services)
    actions = ActionsPanel(services)
    facilitation = FacilitationPanel(
        room,
        projector_screen=preferences.get(PROJECTOR_SCREEN) if preferences else "",
        undo_stack=window.undo_stack,
    )
    live = LivePanel(room, preferences, undo_stack=window.undo_stack)
    # The projector is a view of the Room, a top-level window of its own; F5 and Alt+1…5
    # drive it from anywhere in the main window.
    projector = PresentationWindow(room, undo_stack=window.undo_stack)
    projector_keys = PresentationController(room, projector, window)
    window.destroyed.connect(projector.deleteLater)
    feedback = FeedbackPanel(services, window.undo_stack)
    jargon = SignalsPanel(services)
    # Signals and the glossary float over the projector's page, whatever it shows.
    ProjectorCards(room, projector)
    jargon.glossary_shown.connect(room.set_show_glossary)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    bottom = Qt.DockWidgetArea.BottomDockWidgetArea

    def dock(title: str, panel: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        # The untranslated title is the dock's key, so saved layouts survive a language switch.
        return window.add_panel(
            QCoreApplication.translate("Workspace", title),
            panel,
            area,
            key=title,
            context="Workspace",
        )

    # The right-hand panels share one tabbed dock so the board keeps most of the screen.
    facilitation_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Facilitation"), facilitation, right)
    participants_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Participants"), participants, right)
    live_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Live participation"), live, right)
    window.tabifyDockWidget(facilitation_dock, participants_dock)
    feedback_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Feedback"), feedback, right)
    window.tabifyDockWidget(participants_dock, live_dock)
    window.tabifyDockWidget(live_dock, feedback_dock)
    jargon_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Jargon card"), jargon, right)
    window.tabifyDockWidget(feedback_dock, jargon_dock)
    board_list = BoardListPanel(room, window.editor)
    board_list_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Board as a list"), board_list, right)
    board_list_dock.visibilityChanged.connect(board_list.catch_up)
    window.tabifyDockWidget(jargon_dock, board_list_dock)
    easy_read = EasyReadPanel(services)
    easy_read_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Easy Read"), easy_read, right)
    window.tabifyDockWidget(board_list_dock, easy_read_dock)
    facilitation_dock.raise_()
    actions_dock = dock(QT_TRANSLATE_NOOP("Workspace", "Actions"), actions, bottom)
    window.resizeDocks([actions_dock], [260], Qt.Orientation.Vertical)
    window.resizeDocks([facilitation_dock], [470], Qt.Orientation.Horizontal)

    # The board's selection feeds new actions and the dots recorded for people in the room;
    # choosing an action lights up the notes it came from.
    window.view.note_selection_changed.connect(actions.set_selected_notes)
    window.view.note_selection_changed.connect(room.select_notes)
    actions.source_notes_requested.connect(
        lambda ids: window.view.highlight_notes(ids) if ids else window.view.clear_highlight()
    )

    redact = translated(
        QAction(window),
        "Workspace",
        QT_TRANSLATE_NOOP("Workspace", "Not for the public record / redact…"),
    )
    translated(
        redact,
        "Workspace",
        QT_TRANSLATE_NOOP(
            "Workspace", "Keep a note inside the app but out of exports, or redact part of it."
        ),
        "setStatusTip",
    )
    redact.triggered.connect(lambda: _redact_selected(window, services))
    window.add_board_command(redact)
    from_theme = translated(
        QAction(window),
        "Workspace",
        QT_TRANSLATE_NOOP("Workspace", "New action from this theme…"),
    )
    translated(
        from_theme,
        "Workspace",
        QT_TRANSLATE_NOOP(
            "Workspace", "Agree an action traced to every note of the selected theme."
        ),
        "setStatusTip",
    )
    from_theme.triggered.connect(lambda: _action_from_theme(window, services, actions))
    window.add_board_command(from_theme)

    export_record = translated(
        QAction(window), "Workspace", QT_TRANSLATE_NOOP("Workspace", "Export &record…")
    )
    export_record.setShortcut("Ctrl+Shift+E")
    translated(
        export_record,
        "Workspace",
        QT_TRANSLATE_NOOP(
            "Workspace", "Write the session's record as a PDF or an accessible web page."
        ),
        "setStatusTip",
    )
    export_record.triggered.connect(lambda: _export_record(window, services))
    window.add_file_commands(export_record)
    record_actions = [export_record, *_add_record_actions(window, services)]
    for action in record_actions:
        window.session_opened.connect(lambda sid, a=action: a.setEnabled(sid is not None))
        action.setEnabled(window.session_id is not None)
    add_involvement(window, services)

    photos = PhotoCommands(window, services)

    database = services.database
    backups: Backups | None = None
    if database.read_only:
        window.show_banner(ReadOnlyBanner(True))
    elif database.is_sqlite:
        backups = Backups(database, events=services.events)
        backups.attach()
        window.add_file_section(*backup_actions(backups, window))
    services.events.record_replaced.connect(window.reload_record)

    app = QApplication.instance()
    if app is not None:
        # Quitting closes the server, so nothing is left listening.
        app.aboutToQuit.connect(room.close)
        app.aboutToQuit.connect(projector.close)
    import_action = translated(
        QAction(window), "Workspace", QT_TRANSLATE_NOOP("Workspace", "&Import workshop…")
    )
    translated(
        import_action,
        "Workspace",
        QT_TRANSLATE_NOOP("Workspace", "Add a workshop from an interchange file (.json)."),
        "setStatusTip",
    )
    import_action.triggered.connect(lambda: choose_and_import(services, window))
    window.add_file_commands(import_action)
    if preferences is not None:
        settings_action = translated(
            QAction(window), "Workspace", QT_TRANSLATE_NOOP("Workspace", "&Settings…")
        )
        settings_action.setShortcut("Ctrl+,")
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(lambda: SettingsDialog(preferences, window).open())
        window.add_file_section(settings_action)
        _board_follows_theme(window, preferences)
    return Workspace(
        window,
        participants,
        actions,
        facilitation,
        live,
        backups,
        room,
        projector,
        projector_keys,
        photos,
    )


def _session_action(window: MainWindow, text: str, tip: str, slot: object) -> QAction:
    action = translated(QAction(window), "Workspace", text)
    translated(action, "Workspace", tip, "setStatusTip")
    action.triggered.connect(slot)  # type: ignore[arg-type]
    return action


def _add_record_actions(window: MainWindow, services: Services) -> list[QAction]:
    """File menu: the session's details, the actions CSV, and marking the record final."""
    details = _session_action(
        window,
        QT_TRANSLATE_NOOP("Workspace", "Session &details…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "Venue, purpose, level of involvement, next steps and the summary."
        ),
        lambda: (
            SessionDetailsDialog(services, window.editor, window.session_id, window).open()
            if window.session_id is not None
            else None
        ),
    )
    actions_csv = _session_action(
        window,
        QT_TRANSLATE_NOOP("Workspace", "Export &actions (CSV)…"),
        QT_TRANSLATE_NOOP("Workspace", "Every action of the workshop, for an officer's tracker."),
        lambda: _export_actions(window, services),
    )
    final = _session_action(
        window,
        QT_TRANSLATE_NOOP("Workspace", "Mark record &final…"),
        QT_TRANSLATE_NOOP(
            "Workspace", "The people who took part have checked it; it then refuses changes."
        ),
        lambda: (
            FinaliseDialog(services, window.session_id, window).open()
            if window.session_id is not None
            else None
        ),
    )
    reopen = _session_action(
        window,
        QT_TRANSLATE_NOOP("Workspace", "Re&open record…"),
        QT_TRANSLATE_NOOP("Workspace", "Make a final record a draft again to change it."),
        lambda: (
            confirm_reopen(window, services, window.session_id)
            if window.session_id is not None
            else None
        ),
    )
    window.add_file_commands(actions_csv, details, final, reopen)
    return [details, actions_csv, final, reopen]


def _export_actions(window: MainWindow, services: Services) -> None:
    if window.session_id is None:
        return
    choose_and_export_actions(window, services, window.session_id, window.statusBar().showMessage)


def _export_record(window: MainWindow, services: Services) -> None:
    if window.session_id is None:
        window.show_refusal(
            QCoreApplication.translate(
                "Workspace", "Open a session first; the record is made from its board."
            )
        )
        return
    ExportRecordDialog(services, window.session_id, window).open()


def _action_from_theme(window: MainWindow, services: Services, actions: ActionsPanel) -> None:
    themes = {item.note.theme_id for item in window.scene.selected_notes()} - {None}
    if len(themes) != 1 or window.session_id is None:
        window.show_refusal(
            QCoreApplication.translate(
                "Workspace", "Select a note of one theme to agree an action from that theme."
            )
        )
        return
    (theme_id,) = themes
    board = window.room.board
    assert board is not None
    theme = next(t for t in board.themes if t.id == theme_id)
    members = [n.id for n in board.notes if n.theme_id == theme_id]
    actions.new_action_from_theme(theme.title, members)


def _redact_selected(window: MainWindow, services: Services) -> None:
    selected = window.view.selected_note_ids()
    if len(selected) != 1:
        window.show_refusal(
            QCoreApplication.translate(
                "Workspace", "Select one note to redact or keep out of the public record."
            )
        )
        return
    RedactDialog(services, selected[0], window).open()


def _board_follows_theme(window: MainWindow, preferences: Preferences) -> None:
    """Paint the board in the palette of the app's theme, now and whenever it changes."""

    def apply() -> None:
        window.scene.set_palette(BOARD_PALETTES[preferences.get(THEME).value], window.room.board)

    apply()
    preferences.changed.connect(lambda key: apply() if key == THEME.key else None)
