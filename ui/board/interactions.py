"""Board gestures, each its own small class: drag notes, pan, edit in place, move between notes."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QPlainTextEdit, QWidget

from ui.board.items import Z_DRAGGED, Z_NOTE, NoteItem

if TYPE_CHECKING:
    from ui.board.scene import BoardScene


class NoteDrag:
    """Dragging the selected notes: on release, one undoable move that may change their lanes."""

    def __init__(self, scene: BoardScene, items: Iterable[NoteItem]) -> None:
        self.scene = scene
        self.start = {item.note_id: (item, QPointF(item.pos())) for item in items}
        for item, _ in self.start.values():
            item.setZValue(Z_DRAGGED)

    def finish(self) -> None:
        for item, _ in self.start.values():
            item.setZValue(Z_NOTE)
        if all(item.pos() == pos for item, pos in self.start.values()):
            return  # a click, not a drag
        before = []
        after = []
        for note_id, (item, _) in self.start.items():
            place = self.scene.place_in_lane(item.pos())
            if place is None:
                continue
            note = item.note
            before.append((note_id, note.column_id, note.x, note.y))
            after.append((note_id, *place))
        editor = self.scene.editor
        applied = editor is not None and editor.move_notes(before, after)
        # Snap every dragged note to where the record says it is (refused or clamped moves).
        for item, start_pos in self.start.values():
            if not applied:
                item.setPos(start_pos)
                continue
            pos = self.scene.note_scene_pos(item.note)
            if pos is not None and item.pos() != pos:
                item.setPos(pos)


class PanGesture:
    """Panning the view with the middle button, or the left button while space is held."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        self.view = view
        self.last: QPoint | None = None

    @property
    def active(self) -> bool:
        return self.last is not None

    def begin(self, pos: QPoint) -> None:
        self.last = QPoint(pos)
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, pos: QPoint) -> None:
        if self.last is None:
            return
        delta = pos - self.last
        self.last = QPoint(pos)
        horizontal = self.view.horizontalScrollBar()
        vertical = self.view.verticalScrollBar()
        horizontal.setValue(horizontal.value() - delta.x())
        vertical.setValue(vertical.value() - delta.y())

    def end(self) -> None:
        self.last = None
        self.view.viewport().unsetCursor()


class Direction(enum.Enum):
    LEFT = (-1, 0)
    RIGHT = (1, 0)
    UP = (0, -1)
    DOWN = (0, 1)


ARROW_DIRECTIONS = {
    Qt.Key.Key_Left: Direction.LEFT,
    Qt.Key.Key_Right: Direction.RIGHT,
    Qt.Key.Key_Up: Direction.UP,
    Qt.Key.Key_Down: Direction.DOWN,
}


def neighbour(
    items: Iterable[NoteItem], current: NoteItem, direction: Direction
) -> NoteItem | None:
    """The nearest note in a direction, preferring ones in line with the current note."""
    origin = current.sceneBoundingRect().center()
    dx_sign, dy_sign = direction.value
    best: tuple[float, NoteItem] | None = None
    for item in items:
        if item is current:
            continue
        centre = item.sceneBoundingRect().center()
        dx, dy = centre.x() - origin.x(), centre.y() - origin.y()
        along = dx * dx_sign + dy * dy_sign
        if along <= 1.0:
            continue
        across = abs(dy) if dx_sign else abs(dx)
        score = along + 3 * across
        if best is None or score < best[0]:
            best = (score, item)
    return best[1] if best else None


def first_note(items: Iterable[NoteItem]) -> NoteItem | None:
    """The top-left note: where keyboard navigation starts."""
    return min(items, key=lambda item: (item.x(), item.y()), default=None)


class InlineNoteEditor(QPlainTextEdit):
    """Edits a note over the note itself: Enter keeps, Shift+Enter breaks a line, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, geometry: QRectF, pixel_size: int) -> None:
        super().__init__(parent)
        self.setObjectName("inlineNoteEditor")
        self.setFrameShape(QFrame.Shape.Box)
        font = self.font()
        font.setPixelSize(max(10, pixel_size))
        self.setFont(font)
        self.setPlainText(text)
        self.selectAll()
        self.setGeometry(geometry.toAlignedRect())
        self._finished = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._finish(keep=False)
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self._finish(keep=True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere keeps the edit, as in any text field.
        self._finish(keep=True)

    def _finish(self, *, keep: bool) -> None:
        if self._finished:
            return
        self._finished = True
        if keep:
            self.committed.emit(self.toPlainText())
        else:
            self.cancelled.emit()
        self.hide()
        self.deleteLater()
