"""The projector's board: note cards and lane headers, laid out for the back of the room."""

from __future__ import annotations

from PySide6.QtCore import (
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ui import plain_text
from ui.projector.style import (
    HIGH_CONTRAST,
    REFERENCE,
    ProjectorStyle,
)
from workshop import audience, layout
from workshop.errors import WorkshopError
from workshop.room import Aspect, ProjectorMode, Room
from workshop.rules import Actor
from workshop.views import BoardSnapshot, ColumnView, NoteView, ThemeView

MARGIN = 32.0
LANE_GAP = 28.0
CARD_GAP = 18.0
CARD_PADDING = 18.0
LANE_HEADER_PAD = 16.0


class NoteCard(QGraphicsObject):
    """One note as the room sees it: large dark text on a light card with a strong border.

    It can be dragged by mouse or touch; dropping it on another lane moves the note there.
    """

    dropped = Signal(int, QPointF)  # note id, scene position of the card's centre

    def __init__(self, note: NoteView, style: ProjectorStyle, width: float) -> None:
        super().__init__()
        self.note = note
        self._style = style
        self._width = width
        self._font = style.font(style.note_px)
        self._height = self._measure()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setAcceptTouchEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(plain_text.tooltip(note.public_text))

    @property
    def note_id(self) -> int:
        return self.note.id

    @property
    def text(self) -> str:
        return self.note.public_text

    def update_note(self, note: NoteView, width: float) -> None:
        self.prepareGeometryChange()
        self.note = note
        self._width = width
        self._height = self._measure()
        self.update()

    def height(self) -> float:
        return self._height

    def _measure(self) -> float:
        metrics = QFontMetricsF(self._font)
        inner = QRectF(0, 0, self._width - 2 * CARD_PADDING, 10_000)
        bounds = metrics.boundingRect(inner, _WRAP_FLAGS, self.text)
        return max(bounds.height(), metrics.height()) + 2 * CARD_PADDING

    def boundingRect(self) -> QRectF:
        half = self._style.card_border_px
        return QRectF(-half, -half, self._width + 2 * half, self._height + 2 * half)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self._style
        rect = QRectF(0, 0, self._width, self._height)
        painter.setPen(QPen(QColor(style.card_border), style.card_border_px))
        painter.setBrush(QBrush(QColor(style.card_fill)))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QColor(style.ink))
        painter.setFont(self._font)
        painter.drawText(
            rect.adjusted(CARD_PADDING, CARD_PADDING, -CARD_PADDING, 0), _WRAP_FLAGS, self.text
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(0)
        centre = self.mapToScene(QPointF(self._width / 2, self._height / 2))
        self.dropped.emit(self.note.id, centre)


_WRAP_BOTTOM = int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
)
_WRAP_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


class LaneHeader(QGraphicsObject):
    """A column's prompt in large bold type, underlined; with a reveal button when notes wait."""

    reveal_requested = Signal(int)  # column id

    def __init__(self, column: ColumnView, style: ProjectorStyle, width: float) -> None:
        super().__init__()
        self.column = column
        self._style = style
        self._width = width
        self._title_font = style.font(style.lane_title_px, bold=True)
        self._badge_font = style.font(style.note_px * 0.8, bold=True)
        self.hidden_count = 0
        self._height = 0.0
        self._min_title_height = 0.0
        self._badge = QRectF()
        self._layout()

    def set_state(
        self, column: ColumnView, hidden_count: int, width: float, title_height: float = 0.0
    ) -> None:
        """Update; title_height lines the rule up with the other lanes' (the tallest title)."""
        self.prepareGeometryChange()
        self.column = column
        self.hidden_count = hidden_count
        self._width = width
        self._min_title_height = title_height
        self._layout()
        self.update()

    def title_height(self) -> float:
        metrics = QFontMetricsF(self._title_font)
        return metrics.boundingRect(
            QRectF(0, 0, self._width, 10_000), _WRAP_FLAGS, self.column.title
        ).height()

    def reveal_text(self) -> str:
        if self.hidden_count == 1:
            return self.tr("1 note written quietly · tap to reveal")
        return self.tr("{count} notes written quietly · tap to reveal").format(
            count=self.hidden_count
        )

    def _layout(self) -> None:
        self._title_height = max(self.title_height(), self._min_title_height)
        y = self._title_height + LANE_HEADER_PAD
        self._badge = QRectF()
        if self.hidden_count:
            badge_metrics = QFontMetricsF(self._badge_font)
            text_bounds = badge_metrics.boundingRect(
                QRectF(0, 0, self._width - 32, 10_000), _WRAP_FLAGS, self.reveal_text()
            )
            self._badge = QRectF(0, y, self._width, text_bounds.height() + 24)
            y += self._badge.height() + LANE_HEADER_PAD
        self._height = y
        self.setAcceptedMouseButtons(
            Qt.MouseButton.LeftButton if self.hidden_count else Qt.MouseButton.NoButton
        )
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if self.hidden_count else Qt.CursorShape.ArrowCursor
        )

    def height(self) -> float:
        return self._height

    def badge_rect(self) -> QRectF:
        return QRectF(self._badge)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self._style
        painter.setPen(QColor(style.ink))
        painter.setFont(self._title_font)
        painter.drawText(
            QRectF(0, 0, self._width, self._title_height), _WRAP_BOTTOM, self.column.title
        )
        rule_y = self._title_height + LANE_HEADER_PAD / 2
        painter.setPen(QPen(QColor(style.ink), 5))
        painter.drawLine(QPointF(0, rule_y), QPointF(self._width, rule_y))
        if self.hidden_count:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.reveal_fill))
            painter.drawRoundedRect(self._badge, 10, 10)
            painter.setPen(QColor(style.reveal_ink))
            painter.setFont(self._badge_font)
            painter.drawText(
                self._badge.adjusted(16, 12, -16, -12), _WRAP_FLAGS, self.reveal_text()
            )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.hidden_count and self._badge.contains(event.pos()):
            event.accept()
            return
        event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.hidden_count and self._badge.contains(event.pos()):
            self.reveal_requested.emit(self.column.id)


class ProjectorScene(QGraphicsScene):
    """The board for the room, laid out for reading from the back rather than for arranging.

    Draws the Room's board of the open session; keeps only projectable notes as items.
    """

    def __init__(
        self,
        room: Room,
        style: ProjectorStyle = HIGH_CONTRAST,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self._style = style
        self.session_id: int | None = None
        self._board: BoardSnapshot | None = None
        self._cards: dict[int, NoteCard] = {}
        self._headers: dict[int, LaneHeader] = {}
        self._lanes: dict[int, QRectF] = {}
        self._theme_title: QGraphicsItem | None = None
        self.mode = ProjectorMode.BOARD
        self.focus_column_id: int | None = None
        self.focus_theme_id: int | None = None
        self.width = float(REFERENCE.width())
        # While no view shows the scene (the projector window is closed most of the time), laying
        # out thousands of cards on every change is wasted: it waits until someone looks.
        self._layout_pending = False
        self.setBackgroundBrush(QColor(style.background))
        room.board_changed.connect(self._on_board_changed)

    # ----- public --------------------------------------------------------------------------

    def set_style(self, style: ProjectorStyle) -> None:
        self._style = style
        self.setBackgroundBrush(QColor(style.background))
        self._rebuild()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._board = None
        self._rebuild()

    def _on_screen(self) -> bool:
        return any(view.isVisible() for view in self.views())

    def _load(self) -> None:
        """The Room's board as it stands (built once per change, shared with every view)."""
        if self._board is None:
            self._board = self.room.board_of(self.session_id)

    @property
    def _columns(self) -> dict[int, ColumnView]:
        self._load()
        return {c.id: c for c in self._board.columns} if self._board is not None else {}

    @property
    def _themes(self) -> dict[int, ThemeView]:
        self._load()
        return {t.id: t for t in self._board.themes} if self._board is not None else {}

    @property
    def _notes(self) -> dict[int, NoteView]:
        self._load()
        return {n.id: n for n in self._board.notes} if self._board is not None else {}

    def set_width(self, width: float) -> None:
        if width != self.width:
            self.width = width
            self._relayout()

    def show_board(self) -> None:
        self.mode = ProjectorMode.BOARD
        self._relayout()

    def show_column(self, column_id: int | None) -> None:
        self._load()
        if column_id not in self._columns:
            column_id = self._first_column_id()
        self.mode, self.focus_column_id = ProjectorMode.COLUMN, column_id
        self._relayout()

    def show_theme(self, theme_id: int | None) -> None:
        self._load()
        if theme_id not in self._themes:
            theme_id = next(iter(self._themes), None)
        self.mode, self.focus_theme_id = ProjectorMode.THEME, theme_id
        self._relayout()

    def note_items(self) -> dict[int, NoteCard]:
        """The note cards currently in the scene, by note id."""
        self.ensure_laid_out()
        return {card.note_id: card for card in self.items() if isinstance(card, NoteCard)}

    def header_items(self) -> dict[int, LaneHeader]:
        self.ensure_laid_out()
        return {h.column.id: h for h in self.items() if isinstance(h, LaneHeader)}

    def ensure_laid_out(self) -> None:
        """Lay out now what waited while no view showed the scene."""
        if self._layout_pending:
            self._layout_pending = False
            self._layout_now()

    @property
    def style(self) -> ProjectorStyle:
        return self._style

    def lanes(self) -> dict[int, QRectF]:
        """Scene rectangles of the lanes shown, by column id."""
        self.ensure_laid_out()
        return dict(self._lanes)

    def cards_below(self, column_id: int, bottom: float) -> int:
        """How many of a lane's cards do not fit above a scene y (the screen's bottom edge)."""
        self.ensure_laid_out()
        return sum(
            1
            for card in self._cards.values()
            if card.note.column_id == column_id and card.scenePos().y() + card.height() > bottom
        )

    def hidden_count(self, column_id: int) -> int:
        self._load()
        notes = self._board.notes if self._board is not None else ()
        return sum(1 for n in notes if n.column_id == column_id and n.hidden)

    def lane_at(self, point: QPointF) -> int | None:
        self.ensure_laid_out()
        for column_id, rect in self._lanes.items():
            if rect.left() <= point.x() <= rect.right():
                return column_id
        return None

    # ----- events --------------------------------------------------------------------------

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id == self.session_id and aspect & (
            Aspect.COLUMNS | Aspect.THEMES | Aspect.NOTES
        ):
            self._board = None
            self._relayout()

    # ----- gestures ------------------------------------------------------------------------

    def _on_card_dropped(self, note_id: int, centre: QPointF) -> None:
        """A note dragged to another lane moves there; anywhere else it snaps back."""
        note = self._notes.get(note_id)
        target = self.lane_at(centre)
        if note is None or self.mode is not ProjectorMode.BOARD or target in (None, note.column_id):
            self._relayout()
            return
        count = sum(1 for n in self._notes.values() if n.column_id == target)
        x, y = layout.slot_position(count)
        try:
            self.room.services.board.move_note(note_id, target, x, y, actor=Actor.PROJECTOR)
        except WorkshopError:
            # A locked board refuses quietly: the projector has no place for error messages.
            self._relayout()

    def _on_reveal_requested(self, column_id: int) -> None:
        if self.session_id is not None:
            self.room.services.board.reveal(self.session_id, column_id)

    # ----- layout --------------------------------------------------------------------------

    def _first_column_id(self) -> int | None:
        ordered = self._ordered_columns()
        return ordered[0].id if ordered else None

    def _ordered_columns(self) -> list[ColumnView]:
        return sorted(self._columns.values(), key=lambda c: (c.position, c.id))

    def _visible_notes(self) -> list[NoteView]:
        self._load()
        board_notes = self._board.notes if self._board is not None else ()
        # Which notes the room may see is workshop.audience's rule, as for every output.
        notes = [n for n in board_notes if audience.projector(n)]
        if self.mode is ProjectorMode.COLUMN:
            notes = [n for n in notes if n.column_id == self.focus_column_id]
        elif self.mode is ProjectorMode.THEME:
            notes = [
                n for n in notes if n.theme_id is not None and n.theme_id == self.focus_theme_id
            ]
        # Reading order follows the facilitator's arrangement: top to bottom, then left to right.
        return sorted(notes, key=lambda n: (n.y, n.x, n.id))

    def _rebuild(self) -> None:
        for card in self._cards.values():
            self.removeItem(card)
        for header in self._headers.values():
            self.removeItem(header)
        self._cards.clear()
        self._headers.clear()
        self._relayout()

    def _relayout(self) -> None:
        if not self._on_screen():
            self._layout_pending = True
            return
        self._layout_pending = False
        self._layout_now()

    def _layout_now(self) -> None:
        self._load()
        if self._theme_title is not None:
            self.removeItem(self._theme_title)
            self._theme_title = None
        notes = self._visible_notes()
        lanes = self._lanes_to_show()
        self._lanes = {}
        wanted = {n.id for n in notes}
        for note_id in [i for i in self._cards if i not in wanted]:
            self.removeItem(self._cards.pop(note_id))
        shown_lanes = {c.id for c, _ in lanes}
        for column_id in [i for i in self._headers if i not in shown_lanes]:
            self.removeItem(self._headers.pop(column_id))
        if self.mode is ProjectorMode.THEME:
            bottom = self._layout_theme(notes)
        else:
            bottom = self._layout_lanes(lanes, notes)
        self.setSceneRect(QRectF(0, 0, self.width, max(bottom + MARGIN, 1.0)))

    def _lanes_to_show(self) -> list[tuple[ColumnView, int]]:
        """Each lane shown with how many note cards fit across it."""
        columns = self._ordered_columns()
        if self.mode is ProjectorMode.COLUMN:
            return [(c, 3) for c in columns if c.id == self.focus_column_id]
        if self.mode is ProjectorMode.THEME:
            return []
        return [(c, 1) for c in columns]

    def _layout_lanes(self, lanes: list[tuple[ColumnView, int]], notes: list[NoteView]) -> float:
        if not lanes:
            return MARGIN
        usable = self.width - 2 * MARGIN - (len(lanes) - 1) * LANE_GAP
        lane_width = max(usable / len(lanes), 300.0)
        bottom = MARGIN
        headers = []
        for column, _ in lanes:
            header = self._headers.get(column.id)
            if header is None:
                header = LaneHeader(column, self._style, lane_width)
                header.reveal_requested.connect(self._on_reveal_requested)
                self._headers[column.id] = header
                self.addItem(header)
            header.set_state(column, self.hidden_count(column.id), lane_width)
            headers.append(header)
        title_height = max(h.title_height() for h in headers)
        for header in headers:
            header.set_state(
                header.column, header.hidden_count, lane_width, title_height=title_height
            )
        # Titles share one rule line, so cards start on one line across lanes (lower only where
        # a lane shows its reveal badge): the eye can sweep the board row by row.
        for index, ((column, across), header) in enumerate(zip(lanes, headers, strict=True)):
            left = MARGIN + index * (lane_width + LANE_GAP)
            header.setPos(left, MARGIN)
            cards_top = MARGIN + header.height()
            lane_notes = [n for n in notes if n.column_id == column.id]
            lane_bottom = self._place_grid(lane_notes, left, cards_top, lane_width, across)
            self._lanes[column.id] = QRectF(left, MARGIN, lane_width, lane_bottom - MARGIN)
            bottom = max(bottom, lane_bottom)
        return bottom

    def _layout_theme(self, notes: list[NoteView]) -> float:
        theme = self._themes.get(self.focus_theme_id) if self.focus_theme_id else None
        title = theme.title if theme else self.tr("No theme yet")
        item = self.addSimpleText(title, self._style.font(self._style.lane_title_px + 8, bold=True))
        item.setBrush(QColor(self._style.ink))
        item.setPos(MARGIN, MARGIN)
        self._theme_title = item
        top = MARGIN + item.boundingRect().height() + 2 * LANE_HEADER_PAD
        return self._place_grid(notes, MARGIN, top, self.width - 2 * MARGIN, 3)

    def _place_grid(
        self, notes: list[NoteView], left: float, top: float, width: float, across: int
    ) -> float:
        """Place cards in rows of `across`, each row as tall as its tallest card."""
        card_width = (width - (across - 1) * CARD_GAP) / across
        y = top
        for start in range(0, len(notes), across):
            row = notes[start : start + across]
            heights = []
            for offset, note in enumerate(row):
                card = self._card_for(note, card_width)
                card.setPos(left + offset * (card_width + CARD_GAP), y)
                heights.append(card.height())
            y += max(heights) + CARD_GAP
        return y

    def _card_for(self, note: NoteView, width: float) -> NoteCard:
        card = self._cards.get(note.id)
        if card is None:
            card = NoteCard(note, self._style, width)
            card.dropped.connect(self._on_card_dropped)
            self._cards[note.id] = card
            self.addItem(card)
        elif (
            card.note != note
            or card.boundingRect().width() != width + 2 * self._style.card_border_px
        ):
            card.update_note(note, width)
        return card
