"""The board view: zoom, pan, rubber-band selection, keyboard navigation and editing in place."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.board.interactions import (
    ARROW_DIRECTIONS,
    Direction,
    InlineNoteEditor,
    PanGesture,
    first_note,
    neighbour,
)
from ui.board.items import LaneItem, NoteItem, ThemeLabelItem
from ui.board.scene import BoardScene
from workshop import layout

MIN_ZOOM = 0.05
MAX_ZOOM = 4.0
ZOOM_STEP = 1.25
# Opening or fitting never goes below this: smaller text cannot be read in a room anyway.
MIN_FIT_ZOOM = 0.45


class BoardView(QGraphicsView):
    """Shows a BoardScene; the API other panels use to link to notes lives here."""

    note_selection_changed = Signal(list)  # list[int]
    zoom_changed = Signal(float)
    column_activated = Signal(int)  # double-click on a lane header: rename
    theme_activated = Signal(int)  # double-click on a theme label: rename
    context_requested = Signal(QPoint)  # global position

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self._pan = PanGesture(self)
        self._space_held = False
        self._editor: InlineNoteEditor | None = None
        # Until someone zooms or pans, the board keeps fitting the window (and new lanes).
        self._auto_fit = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # No background cache: the background is one flat colour, and a cached copy of it is
        # an extra full-view pixmap to scroll on every pan (measured ~20% slower panning).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        scene.note_selection_changed.connect(self.note_selection_changed)
        scene.board_changed.connect(self._on_board_changed)
        self.setAccessibleName(self.tr("Board"))

    # ----- API for panels --------------------------------------------------------------------

    def selected_note_ids(self) -> list[int]:
        return self.board.selected_note_ids()

    def highlight_notes(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        self.board.highlight_notes(ids)
        first = next((self.board.notes[i] for i in ids if i in self.board.notes), None)
        if first is not None:
            self.ensureVisible(first, 40, 40)

    def clear_highlight(self) -> None:
        self.board.clear_highlight()

    def show_note(self, note_id: int) -> None:
        """Scroll (no more than needed) so a note is in view, e.g. one the scribe just added."""
        item = self.board.notes.get(note_id)
        if item is None:
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if not shown.contains(item.sceneBoundingRect()):
            # Scrolled away from the fitted top-left: a later refit must not scroll it back.
            self._auto_fit = False
            self.ensureVisible(item, 40, 40)

    # ----- zoom ------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self._auto_fit = False
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_board(self) -> None:
        """The whole board in view, unless that makes it too small to read: then its top-left."""
        self._auto_fit = True
        rect = self.board.board_rect().adjusted(-16, -16, 16, 16)
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        factor = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        factor = max(MIN_FIT_ZOOM, min(1.5, factor))
        self.resetTransform()
        self.scale(factor, factor)
        visible = QRectF(
            rect.left(), rect.top(), viewport.width() / factor, viewport.height() / factor
        )
        self.centerOn(visible.center() if factor == MIN_FIT_ZOOM else rect.center())
        self.zoom_changed.emit(self.zoom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit_board()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Theme frames still waiting for the end of a burst of note events are fitted first,
        # so no frame is ever drawn around where its notes were.
        board = self.scene()
        if isinstance(board, BoardScene):
            board.refit_waiting_frames()
        super().paintEvent(event)

    def _on_board_changed(self) -> None:
        if self._auto_fit:
            self.fit_board()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ----- pan -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pans = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        )
        if pans:
            self._auto_fit = False
            self._pan.begin(event.position().toPoint())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan.active:
            self._pan.move(event.position().toPoint())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan.active:
            self._pan.end()
            event.accept()
            return
        banding = not self.rubberBandRect().isNull()
        super().mouseReleaseEvent(event)
        if banding:
            # The view finished a rubber-band selection; the release was handled here.
            event.accept()

    # ----- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in ARROW_DIRECTIONS and not control:
            self.move_focus(ARROW_DIRECTIONS[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and control:
            self.move_current_note_to_lane(-1 if key == Qt.Key.Key_Left else 1)
            event.accept()
            return
        shift_f10 = key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Menu or shift_f10:
            self.open_menu_for_current_note()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            item = self.current_note()
            if item is not None:
                self.edit_note(item)
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            if not self._pan.active:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def move_current_note_to_lane(self, step: int) -> None:
        """Ctrl+Left/Right: the current note to the next column, into its first free place."""
        item = self.current_note()
        editor = self.board.editor
        if item is None or editor is None or not self.board.editable:
            return
        lanes = self.board.ordered_lanes()
        here = next(
            (i for i, lane in enumerate(lanes) if lane.column_id == item.note.column_id), -1
        )
        if not 0 <= here + step < len(lanes):
            return
        target = lanes[here + step].column_id
        others = [
            (other.note.x, other.note.y)
            for other in self.board.notes.values()
            if other.note.column_id == target and other is not item
        ]
        x, y = layout.FreeSlots(others).take()
        note = item.note
        editor.move_notes([(note.id, note.column_id, note.x, note.y)], [(note.id, target, x, y)])
        moved = self.board.notes.get(note.id)
        if moved is not None:
            self.board.setFocusItem(moved)
            moved.setSelected(True)
            self.ensureVisible(moved, 40, 40)

    def open_menu_for_current_note(self) -> None:
        """The Menu key or Shift+F10: the note's menu, opened at the note itself."""
        item = self.current_note()
        if item is None:
            return
        if not item.isSelected():
            self.board.clearSelection()
            item.setSelected(True)
        centre = self.mapFromScene(item.sceneBoundingRect().center())
        self.context_requested.emit(self.viewport().mapToGlobal(centre))

    def current_note(self) -> NoteItem | None:
        focus = self.board.focusItem()
        if isinstance(focus, NoteItem):
            return focus
        selected = self.board.selected_notes()
        return selected[0] if selected else None

    def move_focus(self, direction: Direction) -> None:
        """Select the next note in a direction (the first note if none is current)."""
        notes = list(self.board.notes.values())
        current = self.current_note()
        target = first_note(notes) if current is None else neighbour(notes, current, direction)
        if target is None:
            return
        self.board.clearSelection()
        target.setSelected(True)
        self.board.setFocusItem(target)
        self.ensureVisible(target, 40, 40)

    # ----- editing in place ------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        scene_pos = self.mapToScene(event.position().toPoint())
        for item in self.board.items(scene_pos):
            if isinstance(item, NoteItem):
                self.edit_note(item)
                event.accept()
                return
            if isinstance(item, ThemeLabelItem):
                self.theme_activated.emit(item.frame.theme_id)
                event.accept()
                return
            if isinstance(item, LaneItem) and scene_pos.y() - item.y() <= layout.LANE_HEADER:
                self.column_activated.emit(item.column_id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def edit_note(self, item: NoteItem) -> InlineNoteEditor | None:
        """Open a text box over the note; Enter saves through the undo stack, Esc cancels."""
        if not self.board.editable:
            return None
        self.ensureVisible(item, 20, 20)
        geometry = QRectF(self.mapFromScene(item.sceneBoundingRect()).boundingRect())
        pixel_size = round(self.board.palette.note_text_px[-2] * self.zoom())
        editor = InlineNoteEditor(self.viewport(), item.note.text, geometry, pixel_size)
        note = item.note

        def keep(text: str) -> None:
            self._editor = None
            text = text.strip()
            if text and self.board.editor is not None:
                self.board.editor.edit_note(note, text)
            self.setFocus()

        def cancel() -> None:
            self._editor = None
            self.setFocus()

        editor.committed.connect(keep)
        editor.cancelled.connect(cancel)
        editor.show()
        editor.setFocus()
        self._editor = editor
        return editor

    @property
    def inline_editor(self) -> InlineNoteEditor | None:
        return self._editor

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        scene_pos = self.mapToScene(event.pos())
        note = self.board.item_at_scene_pos(scene_pos)
        if isinstance(note, NoteItem) and not note.isSelected():
            self.board.clearSelection()
            note.setSelected(True)
        self.context_requested.emit(event.globalPos())
        event.accept()
