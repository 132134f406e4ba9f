"""The main window: sidebar of sessions, the board with its capture bar, menus, docks, status."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QIcon,
    QKeySequence,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui import plain_text
from ui.i18n import refusal_text, retranslate_marked, translated
from ui.note_languages import NOTE_LANGUAGES
from ui.shortcuts import keys as shortcut_keys
from ui.theme import NOTE_COLOURS
from ui.widgets.scrolling import scrolling
from workshop.errors import WorkshopError

if TYPE_CHECKING:
    # The board, sidebar and capture bar import the services and so SQLAlchemy (a third of a
    # second). The window is shown before they load; attach() imports them once it paints.
    from ui.board.editing import BoardEditor
    from ui.board.scene import BoardScene
    from ui.board.view import BoardView
    from ui.capture_bar import CaptureBar
    from ui.dialogs.help import HelpDialog, HelpTopic
    from ui.dialogs.room_dots import RoomDotsDialog
    from ui.dialogs.speaker import SpeakerDialog
    from ui.dialogs.tables import TablesDialog
    from ui.panels.tables_overview import TablesOverview
    from ui.sidebar import Sidebar
    from workshop.room import LiveInfo, Room
    from workshop.services import Services
    from workshop.views import ColumnView

# Marked for lupdate; translated when shown so a language switch takes effect.
APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Co-design workshop")
# The key of the panel that shows the board as a list (docked by ui.workspace).
BOARD_LIST_PANEL = "Board as a list"
SAVED_MESSAGE = QT_TRANSLATE_NOOP("MainWindow", "All changes saved")
# A screen less tall than this (a 1366x768 or 1280x720 laptop) gets the compact layout.
COMPACT_BELOW_HEIGHT = 900
COMPACT_PANEL_WIDTH = 430
COMPACT_SIDEBAR_WIDTH = 200

OPENING_MESSAGE = QT_TRANSLATE_NOOP("MainWindow", "Opening your workshops…")
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "MainWindow", "Choose a session on the left, or create one with File › New session."
)


class WindowSettings:
    """The window's own remembered state, kept apart from preferences."""

    GEOMETRY = "window/geometry"
    STATE = "window/state"
    LAST_SESSION = "session/last"

    def __init__(self, settings: QSettings | None) -> None:
        self.settings = settings

    def geometry(self) -> QByteArray | None:
        value = self.settings.value(self.GEOMETRY) if self.settings else None
        return value if isinstance(value, QByteArray) else None

    def state(self) -> QByteArray | None:
        value = self.settings.value(self.STATE) if self.settings else None
        return value if isinstance(value, QByteArray) else None

    def last_session(self) -> int | None:
        value = self.settings.value(self.LAST_SESSION) if self.settings else None
        try:
            return int(value) if value not in (None, "") else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    def save(self, geometry: QByteArray, state: QByteArray, session_id: int | None) -> None:
        if self.settings is None:
            return
        self.settings.setValue(self.GEOMETRY, geometry)
        self.settings.setValue(self.STATE, state)
        self.settings.setValue(self.LAST_SESSION, session_id if session_id is not None else "")
        self.settings.sync()


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour or "#00000000"))
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    """Composes the sidebar, board and capture bar; panels dock around them via add_panel.

    Built with services, the window is whole at once. Built without (services=None), it is the
    opening window: title, greyed menus, "Opening your workshops…" in the middle and the status
    bar, cheap enough to be on screen a moment after start; attach(services) then fills the same
    window in once the record is open. Until then nothing in it takes input.
    """

    # Set by attach(); they do not exist while the window is opening.
    services: Services
    editor: BoardEditor
    scene: BoardScene
    view: BoardView
    capture_bar: CaptureBar
    sidebar: Sidebar
    room: Room

    session_opened = Signal(object)  # int | None
    # The record is attached: board, sidebar, menus and actions exist and work.
    attached = Signal()

    def __init__(
        self,
        services: Services | None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        room: Room | None = None,
    ) -> None:
        super().__init__(parent)
        plain_text.install()  # text from people is never guessed to be rich text
        self.window_settings = WindowSettings(settings)
        self.session_id: int | None = None
        self.panels: dict[str, QDockWidget] = {}
        self._help: HelpDialog | None = None
        self.note_menu: QMenu | None = None  # the open note menu, if any
        # Actions other parts of the app add to the board's context menu (e.g. redaction).
        self.extra_board_actions: list[QAction] = []
        self._ready = False
        self._create_menu_bar()
        self.opening_state = QLabel(QCoreApplication.translate("MainWindow", OPENING_MESSAGE))
        self.opening_state.setObjectName("openingState")
        self.opening_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.opening_state)
        # Created now so the window keeps its shape when the record arrives.
        self.statusBar()
        self._update_title()
        if services is not None:
            self.attach(services, room)

    @property
    def is_ready(self) -> bool:
        """True once attach() has given the window its record."""
        return self._ready

    def attach(self, services: Services, room: Room | None = None) -> None:
        """Fill the window in over an open record: sidebar, board, capture bar, menus, actions.

        The room is the composition root's; without one (a window built alone) it builds its own.
        """
        if self._ready:
            raise RuntimeError("The main window already has its record.")
        # Imported here, not at the top: they load the services and SQLAlchemy (see above).
        from ui.board.editing import BoardEditor
        from ui.board.scene import BoardScene
        from ui.board.view import BoardView
        from ui.capture_bar import CaptureBar
        from ui.sidebar import Sidebar
        from workshop.room import Room

        self.services = services
        self.room = room if room is not None else Room(services, parent=self)
        self.undo_stack = QUndoStack(self)
        self.editor = BoardEditor(services, self.undo_stack, self)
        self.editor.current_round = lambda: self.room.current_round
        self.scene = BoardScene(services, parent=self)
        self.scene.editor = self.editor
        self.view = BoardView(self.scene)
        self.capture_bar = CaptureBar(services)
        self.capture_bar.set_editor(self.editor)
        self.sidebar = Sidebar(services)
        self.empty_hint = QLabel(QCoreApplication.translate("MainWindow", EMPTY_HINT))
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        board_area = QWidget()
        board_layout = QVBoxLayout(board_area)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(0)
        self._board_layout = board_layout
        board_layout.addWidget(self.empty_hint, 1)
        board_layout.addWidget(self.view, 1)
        board_layout.addWidget(self.capture_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(board_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        # Replaces (and deletes) the opening state.
        self.setCentralWidget(self.splitter)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self._create_actions()
        self._fill_menus()
        self._fill_toolbar()
        self._connect_signals()
        self._show_session_widgets(False)
        self.live_status = QLabel()
        self.live_status.setObjectName("liveStatus")
        self.live_status.setTextFormat(Qt.TextFormat.PlainText)
        self.live_status.setAccessibleName(self.tr("Live participation"))
        self.live_status.hide()
        self.statusBar().addPermanentWidget(self.live_status)
        self._ready = True
        self.statusBar().showMessage(self.tr("Ready"))
        self._update_actions()
        self.attached.emit()

    # ----- panels ----------------------------------------------------------------------------

    def add_panel(
        self,
        title: str,
        widget: QWidget,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        key: str = "",
        context: str = "",
    ) -> QDockWidget:
        """Dock a panel; it follows the open session if it has set_session(session_id).

        key names the dock in saved layouts (the untranslated title); the title is shown.
        """
        dock = QDockWidget(title, self)
        if key and context:
            # The title was translated from key; remember it so a language switch redoes it.
            translated(dock, context, key, "setWindowTitle")
        # The object name keys the saved dock layout, so it must not change with the language.
        dock.setObjectName(f"panel-{key or title}")
        # Panels scroll inside their dock rather than set its minimum size: on a 1366x768
        # laptop a tall panel would otherwise grow the window past the screen.
        dock.setWidget(scrolling(widget))
        # Qt names its dock buttons in English only (it ships no Welsh); name them ourselves.
        for button_name, tip in (
            ("qt_dockwidget_closebutton", QT_TRANSLATE_NOOP("MainWindow", "Close this panel")),
            ("qt_dockwidget_floatbutton", QT_TRANSLATE_NOOP("MainWindow", "Float this panel")),
        ):
            button = dock.findChild(QAbstractButton, button_name)
            if button is not None:
                translated(button, "MainWindow", tip, "setToolTip")
                translated(button, "MainWindow", tip, "setAccessibleName")
        self.addDockWidget(area, dock)
        self.panels[key or title] = dock
        self.panels_menu.addAction(dock.toggleViewAction())
        setter = getattr(widget, "set_session", None)
        if callable(setter):
            setter(self.session_id)
            self.session_opened.connect(setter)
        return dock

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab pass over panels hidden behind another panel's tab.

        Qt keeps a dock that is tabbed away "visible" but moved out of sight, so its controls
        would take Tab stops (and keys such as Space) that nobody can see.
        """
        start = QApplication.focusWidget()
        for _ in range(len(self.findChildren(QWidget)) + 1):
            if not super().focusNextPrevChild(next):
                return False
            widget = QApplication.focusWidget()
            if widget is None or widget is start or not self._behind_a_tab(widget):
                return True
        return True

    def _behind_a_tab(self, widget: QWidget) -> bool:
        dock = widget
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        return dock is not None and dock.visibleRegion().isEmpty()

    @staticmethod
    def panel_in(dock: QDockWidget) -> QWidget | None:
        """The panel a dock shows (add_panel puts it in a scroll area)."""
        holder = dock.widget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def fit_to_screen(self, available: QSize) -> None:
        """Size the window and its docks for a screen; a small one gets a compact layout.

        Below 900 px of height the bottom docks join the right-hand tabs and the side panels
        narrow, so the board keeps at least half the window's width and height.
        """
        self.resize(min(1400, available.width()), min(900, available.height()))
        if available.height() >= COMPACT_BELOW_HEIGHT:
            return
        right = [
            d
            for d in self.panels.values()
            if self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
        ]
        bottom = [
            d
            for d in self.panels.values()
            if self.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
        ]
        if right:
            for dock in bottom:
                self.tabifyDockWidget(right[-1], dock)
            right[0].raise_()
            self.resizeDocks([right[0]], [COMPACT_PANEL_WIDTH], Qt.Orientation.Horizontal)
        self.splitter.setSizes([COMPACT_SIDEBAR_WIDTH, max(self.width(), 1)])

    def add_file_commands(self, *actions: QAction) -> None:
        """Other parts of the app add commands to File, beside Export board image…."""
        for action in actions:
            self.file_menu.insertAction(self.export_action, action)

    def add_file_section(self, *actions: QAction) -> None:
        """A group of File commands of their own, above Quit (which stays last)."""
        for action in actions:
            self.file_menu.insertAction(self.quit_action, action)
        self.file_menu.insertSeparator(self.quit_action)

    def add_board_command(self, action: QAction) -> None:
        """A command for the board's context menu (e.g. redaction)."""
        self.extra_board_actions.append(action)

    # ----- actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: str | None = None,
        tip: str = "",
    ) -> QAction:
        """An action whose text and tip are marked sources, re-translated on a language switch.

        shortcut names a row of ui.shortcuts, so Help lists exactly the keys bound here.
        """
        action = translated(QAction(self), "MainWindow", text)
        if shortcut is not None:
            action.setShortcuts(shortcut_keys(shortcut))
        if tip:
            translated(action, "MainWindow", tip, "setStatusTip")
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(shortcut_keys("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(shortcut_keys("redo"))
        self.export_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Export board image…"),
            self.export_board_image,
            "export_image",
            QT_TRANSLATE_NOOP("MainWindow", "Save the board as PNG or SVG"),
        )
        self.quit_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Quit"), self.close, "quit"
        )
        self.edit_note_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Edit note"), self.edit_current_note, "edit_note"
        )
        self.delete_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Delete"), self.delete_selected, "delete"
        )
        self.room_dots_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Record &dots from the room…"),
            self.record_room_dots,
            "room_dots",
        )
        self.board_list_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Board as a list"), self.show_board_list, "board_list"
        )
        self.change_speaker_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Change &speaker…"),
            self.change_speaker,
            "change_speaker",
        )
        self.select_all_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Select &all notes"), self.select_all, "select_all"
        )
        self.group_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Group into theme…"), self.group_selected, "group"
        )
        self.rename_theme_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Re&name theme…"), self.rename_theme
        )
        self.ungroup_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Ungroup"), self.ungroup_selected, "ungroup"
        )
        self.add_column_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Add column…"), self.add_column, "add_column"
        )
        self.rename_column_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Rename column…"), self.rename_column
        )
        self.move_left_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Move column &left"), lambda: self.move_column(-1)
        )
        self.move_right_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Move column &right"), lambda: self.move_column(1)
        )
        self.remove_column_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Re&move column…"), self.remove_column
        )
        self.tables_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Tables…"),
            self.show_tables,
            tip=QT_TRANSLATE_NOOP(
                "MainWindow", "Add the room's tables and harvest them into the plenary"
            ),
        )
        self.tables_overview_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Tables &overview"),
            self.show_tables_overview,
            tip=QT_TRANSLATE_NOOP("MainWindow", "Every table's notes as a small board, live"),
        )
        self.mark_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Mark for the &plenary"),
            lambda: self.mark_selected(True),
        )
        self.unmark_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Unmark for the plenary"),
            lambda: self.mark_selected(False),
        )
        self.zoom_in_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"), self.view.zoom_in, "zoom_in"
        )
        self.zoom_out_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"), self.view.zoom_out, "zoom_out"
        )
        self.fit_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Fit board"), self.view.fit_board, "fit"
        )
        self.full_screen_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
            self._toggle_full_screen,
            "full_screen",
        )
        self.capture_action = self._action(
            QT_TRANSLATE_NOOP("MainWindow", "&Capture a note"), self.focus_capture, "capture"
        )
        # Keys that act on the board's selection (Delete, Ctrl+A, F2, Ctrl+G) must not reach it
        # from a table or list elsewhere in the window: Ctrl+A, Delete in the register would
        # otherwise wipe every note on the board. The menus still offer them everywhere.
        for action in (
            self.edit_note_action,
            self.change_speaker_action,
            self.delete_action,
            self.select_all_action,
            self.group_action,
            self.ungroup_action,
        ):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        self.recolour_group = QActionGroup(self)
        self.recolour_actions = []
        for name, colour in NOTE_COLOURS:
            action = translated(QAction(_swatch(colour), "", self), "Theme", name)
            action.triggered.connect(lambda _checked=False, c=colour: self.recolour_selected(c))
            self.recolour_actions.append(action)
        # The language a note is written in, for the record's lang marks; names in themselves.
        self.language_actions = [
            translated(QAction("", self), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Detect"))
        ]
        self.language_actions[0].triggered.connect(lambda: self.set_language_of_selected(None))
        for tag, name in NOTE_LANGUAGES:
            action = QAction(name, self)
            action.triggered.connect(lambda _checked=False, t=tag: self.set_language_of_selected(t))
            self.language_actions.append(action)

    def _create_menu_bar(self) -> None:
        """The menus' titles and the empty toolbar, greyed until attach() fills them."""
        bar = self.menuBar()
        self.file_menu = translated(
            bar.addMenu(""), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&File"), "setTitle"
        )
        self.edit_menu = translated(
            bar.addMenu(""), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Edit"), "setTitle"
        )
        self.board_menu = translated(
            bar.addMenu(""), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Board"), "setTitle"
        )
        self.view_menu = translated(
            bar.addMenu(""), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&View"), "setTitle"
        )
        self.help_menu = translated(
            bar.addMenu(""), "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "&Help"), "setTitle"
        )
        self._menus = (
            self.file_menu,
            self.edit_menu,
            self.board_menu,
            self.view_menu,
            self.help_menu,
        )
        for menu in self._menus:
            # The menu's own action greys its title in the bar; the menu widget alone does not.
            menu.menuAction().setEnabled(False)
        self.toolbar = translated(
            self.addToolBar(""),
            "MainWindow",
            QT_TRANSLATE_NOOP("MainWindow", "Board"),
            "setWindowTitle",
        )
        self.toolbar.setObjectName("boardToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Empty, it would be a stray line under the menus; it appears filled, in attach().
        self.toolbar.hide()

    def _fill_menus(self) -> None:
        from ui.dialogs.help import HelpTopic

        file_menu = self.file_menu
        file_menu.addAction(self.sidebar.new_workshop_action)
        file_menu.addAction(self.sidebar.new_session_action)
        file_menu.addAction(self.sidebar.duplicate_action)
        file_menu.addSeparator()
        file_menu.addAction(self.sidebar.rename_action)
        file_menu.addAction(self.sidebar.delete_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.sidebar.new_session_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        edit_menu = self.edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.capture_action)
        edit_menu.addAction(self.edit_note_action)
        edit_menu.addAction(self.change_speaker_action)
        self.recolour_menu = translated(
            edit_menu.addMenu(""),
            "MainWindow",
            QT_TRANSLATE_NOOP("MainWindow", "Re&colour"),
            "setTitle",
        )
        for action in self.recolour_actions:
            self.recolour_menu.addAction(action)
        self.language_menu = translated(
            edit_menu.addMenu(""),
            "MainWindow",
            QT_TRANSLATE_NOOP("MainWindow", "&Language of the note"),
            "setTitle",
        )
        for action in self.language_actions:
            self.language_menu.addAction(action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all_action)
        board_menu = self.board_menu
        board_menu.addAction(self.group_action)
        board_menu.addAction(self.rename_theme_action)
        board_menu.addAction(self.ungroup_action)
        board_menu.addSeparator()
        board_menu.addAction(self.add_column_action)
        board_menu.addAction(self.rename_column_action)
        board_menu.addAction(self.move_left_action)
        board_menu.addAction(self.move_right_action)
        board_menu.addAction(self.remove_column_action)
        board_menu.addSeparator()
        board_menu.addAction(self.room_dots_action)
        board_menu.addSeparator()
        board_menu.addAction(self.tables_action)
        board_menu.addAction(self.tables_overview_action)
        board_menu.addAction(self.mark_action)
        board_menu.addAction(self.unmark_action)
        view_menu = self.view_menu
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.fit_action)
        view_menu.addAction(self.board_list_action)
        view_menu.addSeparator()
        view_menu.addAction(self.full_screen_action)
        self.panels_menu = translated(
            view_menu.addMenu(""),
            "MainWindow",
            QT_TRANSLATE_NOOP("MainWindow", "&Panels"),
            "setTitle",
        )
        help_menu = self.help_menu
        help_menu.addAction(
            self._action(
                QT_TRANSLATE_NOOP("MainWindow", "&Guides for each role"),
                lambda: self.show_help(),
                "help",
            )
        )
        help_menu.addAction(
            self._action(
                QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
                lambda: self.show_help(HelpTopic.SHORTCUTS),
            )
        )
        for menu in self._menus:
            menu.menuAction().setEnabled(True)

    def _fill_toolbar(self) -> None:
        toolbar = self.toolbar
        toolbar.show()
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.add_column_action,
            self.group_action,
            None,
            self.zoom_out_action,
            self.fit_action,
            self.zoom_in_action,
            None,
            self.export_action,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)

    def _connect_signals(self) -> None:
        self.sidebar.session_chosen.connect(self.open_session)
        self.sidebar.refused.connect(self.show_refusal)
        self.editor.refused.connect(self.show_refusal)
        self.capture_bar.refused.connect(self.show_refusal)
        # The scribe sees each note land, even at the foot of a long lane.
        self.capture_bar.captured.connect(self.view.show_note)
        self.services.events.saved.connect(self.on_saved)
        self.room.live_started.connect(self._on_live_changed)
        self.room.live_stopped.connect(self._on_live_changed)
        self.room.devices_changed.connect(self._on_live_changed)
        self.scene.note_selection_changed.connect(lambda _ids: self._update_actions())
        # The projector follows what the facilitator selects (an option in the Projector tab).
        self.scene.note_selection_changed.connect(self.room.select_notes)
        self.scene.board_changed.connect(self._update_actions)
        self.view.column_activated.connect(self._rename_column_by_id)
        self.view.theme_activated.connect(self._rename_theme_by_id)
        self.view.context_requested.connect(self._show_board_menu)

    # ----- session ---------------------------------------------------------------------------

    def open_session(self, session_id: int | None) -> None:
        """Show a session's board (None: no board) and tell the panels."""
        if session_id == self.session_id and session_id is not None:
            return
        try:
            # The Room reads the board once; the board scene draws that same snapshot.
            self.room.open(session_id)
        except WorkshopError as error:
            self.show_refusal(refusal_text(error))
            session_id = None
        board = self.room.board
        if board is not None:
            self.scene.load_snapshot(board)
        else:
            self.scene.load(None)
        self.session_id = session_id
        self.editor.set_session(session_id)
        self.capture_bar.set_session(session_id)
        self._show_session_widgets(session_id is not None)
        if session_id is not None:
            if self.sidebar.current_session_id() != session_id:
                self.sidebar.select_session(session_id)
            self.view.fit_board()
        self._update_title()
        self._update_actions()
        self.session_opened.emit(session_id)

    def reload_record(self) -> None:
        """Re-read everything after the record was replaced underneath us (a restore)."""
        current = self.session_id
        self.sidebar.reload()
        self.session_id = None
        self.open_session(current)

    def show_banner(self, banner: QWidget) -> None:
        """Show a message bar above the board (e.g. that the record is read-only)."""
        self._board_layout.insertWidget(0, banner)

    def _show_session_widgets(self, shown: bool) -> None:
        self.view.setVisible(shown)
        self.capture_bar.setVisible(shown)
        self.empty_hint.setVisible(not shown)

    def _update_actions(self) -> None:
        has_board = self.session_id is not None
        selected = self.scene.selected_notes()
        for action in (
            self.add_column_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.export_action,
            self.select_all_action,
            self.capture_action,
        ):
            action.setEnabled(has_board)
        column = self._current_column()
        for action in (
            self.rename_column_action,
            self.move_left_action,
            self.move_right_action,
            self.remove_column_action,
        ):
            action.setEnabled(column is not None)
        for action in (self.delete_action, self.group_action, self.edit_note_action):
            action.setEnabled(bool(selected))
        self.recolour_menu.setEnabled(bool(selected))
        self.language_menu.setEnabled(bool(selected))
        themed = self._selected_theme_id() is not None
        self.rename_theme_action.setEnabled(themed)
        self.ungroup_action.setEnabled(themed)

    # ----- status ----------------------------------------------------------------------------

    def _update_title(self) -> None:
        app_title = QCoreApplication.translate("MainWindow", APP_TITLE)
        session = self.scene.session if self.session_id is not None else None
        self.setWindowTitle(f"{session.title} — {app_title}" if session else app_title)

    def _on_live_changed(self, *_: object) -> None:
        """Which session phones have joined, in the sidebar and the status bar, and how many."""
        live: LiveInfo | None = self.room.live
        self.sidebar.set_live_session(live.session_id if live is not None else None)
        if live is None:
            self.live_status.hide()
            return
        joined = self.room.joined_count()
        self.live_status.setText(
            self.tr("Live: {session} · 1 phone joined").format(session=live.session_title)
            if joined == 1
            else self.tr("Live: {session} · {count} phones joined").format(
                session=live.session_title, count=joined
            )
        )
        self.live_status.show()

    def on_saved(self) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", SAVED_MESSAGE))

    def show_refusal(self, message: str) -> None:
        """Say plainly why a change did not happen (it was not saved)."""
        self.statusBar().showMessage(message)

    # ----- board commands --------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture_bar.text_edit.setFocus()

    def edit_current_note(self) -> None:
        item = self.view.current_note()
        if item is not None:
            self.view.edit_note(item)

    def select_all(self) -> None:
        for item in self.scene.notes.values():
            item.setSelected(True)

    def show_board_list(self) -> None:
        """Bring the board-as-a-list panel forward with the keyboard in it (screen readers)."""
        dock = self.panels.get(BOARD_LIST_PANEL)
        if dock is None:
            return
        dock.show()
        dock.raise_()
        panel = self.panel_in(dock)
        if panel is not None:
            panel.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_tables(self) -> TablesDialog | None:
        """The room's tables: add, rename, remove, harvest; duplicates to group (not modal)."""
        from ui.dialogs.tables import TablesDialog

        if self.session_id is None:
            return None
        dialog = TablesDialog(self.room, self.editor, self, scene=self.scene)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_tables_overview(self) -> TablesOverview | None:
        """Every table of the open session as a small board, live (a window of its own)."""
        from ui.panels.tables_overview import TablesOverview

        if self.session_id is None:
            return None
        overview = TablesOverview(
            self.room, self.editor, self.scene, palette=self.scene.palette, parent=self
        )
        overview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        overview.show()
        return overview

    def mark_selected(self, marked: bool) -> None:
        """The selected table notes go to (or come off) their table's list for the plenary."""
        notes = [item.note for item in self.scene.selected_notes()]
        self.editor.mark_for_plenary(notes, marked)

    def record_room_dots(self) -> RoomDotsDialog | None:
        """The grid and typed lines for the dots people placed in the room (not modal)."""
        from ui.dialogs.room_dots import RoomDotsDialog

        if self.session_id is None:
            return None
        dialog = RoomDotsDialog(self.services, self.session_id, self.undo_stack, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def change_speaker(self) -> SpeakerDialog | None:
        """Ask who said the current note and correct it (undoable); the dialog is returned."""
        from ui.dialogs.speaker import SpeakerDialog

        item = self.view.current_note()
        if item is None or self.session_id is None:
            return None
        note = item.note
        workshop_id = self.services.sessions.get(self.session_id).workshop_id
        dialog = SpeakerDialog(note, self.services.participants.list(workshop_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply() -> None:
            speaker = dialog.speaker()
            if speaker is not None:
                self.editor.set_speaker(note, speaker.author_id, speaker.role)

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        self.editor.delete_notes(self.scene.selected_note_ids())

    def set_language_of_selected(self, language: str | None) -> None:
        self.editor.set_language([item.note for item in self.scene.selected_notes()], language)

    def recolour_selected(self, colour: str) -> None:
        self.editor.recolour_notes([item.note for item in self.scene.selected_notes()], colour)

    def group_selected(self) -> None:
        notes = [item.note for item in self.scene.selected_notes()]
        if not notes:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Group into theme"), self.tr("Name of the theme:")
        )
        if ok and title.strip():
            self.editor.group(title.strip(), notes)

    def _selected_theme_id(self) -> int | None:
        themes = {item.note.theme_id for item in self.scene.selected_notes()}
        themes.discard(None)
        return next(iter(themes)) if len(themes) == 1 else None

    def rename_theme(self) -> None:
        theme_id = self._selected_theme_id()
        if theme_id is not None:
            self._rename_theme_by_id(theme_id)

    def _rename_theme_by_id(self, theme_id: int) -> None:
        frame = self.scene.themes.get(theme_id)
        if frame is None:
            return
        from ui.dialogs.sessions import ask_new_name

        name = ask_new_name(self, "theme", frame.theme.title)
        if name:
            self.editor.rename_theme(frame.theme, name)

    def ungroup_selected(self) -> None:
        theme_id = self._selected_theme_id()
        if theme_id is not None:
            self.editor.ungroup(theme_id)

    def _current_column(self) -> ColumnView | None:
        """The lane of the first selected note, else the capture bar's column."""
        selected = self.scene.selected_notes()
        column_id = selected[0].note.column_id if selected else self.capture_bar.current_column_id()
        lane = self.scene.lanes.get(column_id) if column_id is not None else None
        return lane.column if lane is not None else None

    def add_column(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("Add column"), self.tr("Prompt for the new column:")
        )
        if ok and title.strip():
            self.editor.add_column(title.strip())

    def rename_column(self) -> None:
        column = self._current_column()
        if column is not None:
            self._rename_column_by_id(column.id)

    def _rename_column_by_id(self, column_id: int) -> None:
        lane = self.scene.lanes.get(column_id)
        if lane is None:
            return
        from ui.dialogs.sessions import ask_new_name

        name = ask_new_name(self, "column", lane.column.title)
        if name:
            self.editor.rename_column(lane.column, name)

    def move_column(self, step: int) -> None:
        column = self._current_column()
        if column is not None:
            position = max(0, min(len(self.scene.lanes) - 1, column.position + step))
            self.editor.move_column(column, position)

    def remove_column(self) -> None:
        column = self._current_column()
        if column is None:
            return
        count = self.scene.lanes[column.id].note_count
        consequence = (
            self.tr("Its 1 note goes with it; Undo brings it back.")
            if count == 1
            else self.tr("Its {count} notes go with it; Undo brings them back.").format(count=count)
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove column"))
        box.setText(self.tr("Remove the column “{column}”?").format(column=column.title))
        box.setInformativeText(consequence)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.editor.remove_column(column.id)

    def export_board_image(self) -> None:
        if self.scene.session is None:
            return
        suggested = f"{self.scene.session.title}.png".replace("/", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export board image"),
            suggested,
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in _filter.lower() else ".png")
        from ui.board.render import board_image_scene, save_board_image

        picture = board_image_scene(self.services, self.scene.session.id, self)
        try:
            save_board_image(picture, target, protect=self.services.database.files)
        except WorkshopError as error:
            self.show_refusal(refusal_text(error))
            return
        finally:
            picture.deleteLater()
        self.statusBar().showMessage(
            self.tr("Saved the board image as {file}").format(file=target.name)
        )

    def _show_board_menu(self, global_pos: object) -> None:
        menu = QMenu(self)
        for action in (self.edit_note_action, self.change_speaker_action, self.delete_action):
            menu.addAction(action)
        menu.addMenu(self.recolour_menu)
        menu.addMenu(self.language_menu)
        menu.addSeparator()
        for action in (self.group_action, self.rename_theme_action, self.ungroup_action):
            menu.addAction(action)
        if any(item.note.table_id is not None for item in self.scene.selected_notes()):
            menu.addSeparator()
            menu.addAction(self.mark_action)
            menu.addAction(self.unmark_action)
        menu.addSeparator()
        for action in (
            self.add_column_action,
            self.rename_column_action,
            self.remove_column_action,
        ):
            menu.addAction(action)
        if self.extra_board_actions:
            menu.addSeparator()
            for action in self.extra_board_actions:
                menu.addAction(action)
        # Not modal: the menu closes itself, and the window (and tests) carry on meanwhile.
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(global_pos)  # type: ignore[arg-type]
        self.note_menu = menu

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_help(self, topic: HelpTopic | None = None) -> HelpDialog:
        """The Help window (guides per role, keyboard shortcuts), one at a time, not modal.

        Without a topic it opens on the facilitator's guide.
        """
        from ui.dialogs.help import HelpDialog, HelpTopic

        if topic is None:
            topic = HelpTopic.FACILITATOR
        if self._help is None:
            self._help = HelpDialog(topic, self)
        self._help.show_topic(topic)
        self._help.show()
        self._help.raise_()
        return self._help

    # ----- settings --------------------------------------------------------------------------

    def restore_geometry_from_settings(self) -> None:
        """The window's size and place from the previous run (the opening window has it too)."""
        geometry = self.window_settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)

    def restore_from_settings(self) -> None:
        """Geometry, docks and the last session from the previous run."""
        self.restore_geometry_from_settings()
        self.restore_state_from_settings()

    def restore_state_from_settings(self) -> None:
        """Docks and the last session from the previous run (once the record is attached)."""
        state = self.window_settings.state()
        if state is not None:
            self.restoreState(state)
        else:
            # First run: lay the docks out for the screen the window is on.
            screen = self.screen()
            if screen is not None:
                self.fit_to_screen(screen.availableGeometry().size())
        last = self.window_settings.last_session()
        if last is not None and self.sidebar.select_session(last):
            self.open_session(last)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # Menus, actions, dock titles and other marked texts, here and in child widgets.
            retranslate_marked(self)
            self._update_title()
            if self._ready:
                self.empty_hint.setText(QCoreApplication.translate("MainWindow", EMPTY_HINT))
            else:
                self.opening_state.setText(
                    QCoreApplication.translate("MainWindow", OPENING_MESSAGE)
                )
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed while still opening, the window knows no docks nor session to remember, and
        # saving would forget the last session of the previous run.
        if self._ready:
            self.window_settings.save(self.saveGeometry(), self.saveState(), self.session_id)
        super().closeEvent(event)
