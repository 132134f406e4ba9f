"""The projector: a full-screen window showing the board, a column, a theme, results or actions.

It follows the facilitator (who keeps every control on the laptop). Hidden and pending notes are
absent from its scene until revealed. Sizes are designed at 1920×1080 and scaled to the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from ui.labels import (
    MODE_LABELS,
    MODE_SHORTCUTS,
    PRESENT_SHORTCUT,
    short_name,
    status_label,
    timer_state_label,
)
from ui.qr import qr_image
from ui.theme import load_fonts
from workshop import analysis, audience, layout
from workshop.audience import Audience
from workshop.errors import WorkshopError
from workshop.room import Aspect, LiveInfo, ProjectorMode, ProjectorState, ResultsKind, Room
from workshop.rules import Actor
from workshop.timer import TimerState
from workshop.views import ActionView, BoardSnapshot, ColumnView, NoteView, ThemeView
from workshop.vocabulary import ActionStatus, Voice

# The reference screen the projector is designed for; other screens scale from it.
REFERENCE = QSize(1920, 1080)
# 28 pt at 96 dpi is 37.3 px; note text is drawn at least this large at the reference size.
NOTE_TEXT_PX = 38
# Pixels per QR module on the projector: whole pixels keep the code readable by phone cameras.
PROJECTOR_QR_MODULE_PX = 10


@dataclass(frozen=True)
class ProjectorStyle:
    """The projector's palette: dark ink on light cards, which survives a bright room's washout."""

    background: str = "#FFFFFF"
    ink: str = "#000000"
    muted_ink: str = "#2B2B2B"
    card_fill: str = "#FFF1A8"
    card_border: str = "#000000"
    theme_fill: str = "#FFFFFF"
    bar_fill: str = "#000000"
    bar_ink: str = "#FFFFFF"
    alarm_fill: str = "#FFD400"
    alarm_ink: str = "#000000"
    reveal_fill: str = "#000000"
    reveal_ink: str = "#FFFFFF"
    citizen_bar: str = "#E69F00"
    professional_bar: str = "#0072B2"
    font_family: str = "Noto Sans"
    note_px: int = NOTE_TEXT_PX
    lane_title_px: int = 44
    bar_px: int = 40
    timer_px: int = 88
    card_border_px: float = 3.0
    text_scale: float = 1.0  # the facilitator's "projector text size"

    def font(self, pixel_size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font_family)
        font.setPixelSize(max(1, round(pixel_size * self.text_scale)))
        font.setBold(bold)
        return font


HIGH_CONTRAST = ProjectorStyle()


# ----- the board scene -------------------------------------------------------------------------

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
        self.setToolTip(note.public_text)

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


# ----- the other pages -------------------------------------------------------------------------


def _label(text: str, font: QFont, colour: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {colour}; background: transparent;")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _clear(layout_: QVBoxLayout | QGridLayout) -> None:
    while layout_.count():
        item = layout_.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()


class ResultsPage(QWidget):
    """Voting results for the room: everyone, the citizen voice and the professional voice."""

    TOP = 4

    def __init__(self, style: ProjectorStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(int(MARGIN), int(MARGIN), int(MARGIN), int(MARGIN))
        self._grid.setHorizontalSpacing(int(LANE_GAP * 2))
        self.kind = ResultsKind.CONTRIBUTIONS
        self.shown: dict[Voice | None, list[str]] = {}

    def set_style(self, style: ProjectorStyle) -> None:
        self._style = style

    def show_results(self, board: BoardSnapshot, kind: ResultsKind) -> None:
        self.kind = kind
        board = audience.board_for(Audience.PROJECTOR, board)
        _clear(self._grid)
        style = self._style
        heading_text = (
            self.tr("Priorities: contributions with the most dots")
            if kind is ResultsKind.CONTRIBUTIONS
            else self.tr("Priorities: themes with the most dots")
        )
        heading = _label(heading_text, style.font(52, bold=True), style.ink)
        self._grid.addWidget(heading, 0, 0, 1, 3)
        tallies: list[analysis.NoteTally] | list[analysis.ThemeTally]
        if kind is ResultsKind.CONTRIBUTIONS:
            tallies = analysis.vote_results(board)
        else:
            tallies = analysis.theme_results(board)
        columns: list[tuple[Voice | None, str]] = [
            (None, self.tr("Everyone")),
            (Voice.CITIZEN, self.tr("Citizen voice")),
            (Voice.PROFESSIONAL, self.tr("Professional voice")),
        ]
        self.shown = {}
        for index, (voice, title) in enumerate(columns):
            box = QVBoxLayout()
            box.setSpacing(14)
            box.addWidget(_label(title, style.font(44, bold=True), style.ink))
            rule = QFrame()
            rule.setFixedHeight(5)
            rule.setStyleSheet(f"background: {style.ink};")
            box.addWidget(rule)
            ranked = analysis.ranked_by(tallies, voice)[: self.TOP]
            self.shown[voice] = []
            if not ranked:
                box.addWidget(_label(self.tr("No dots yet"), style.font(36), style.muted_ink))
            for rank, tally in enumerate(ranked, start=1):
                text = (
                    tally.note.public_text
                    if isinstance(tally, analysis.NoteTally)
                    else tally.theme.title
                )
                self.shown[voice].append(text)
                dots = tally.count(voice)
                row = QHBoxLayout()
                row.setSpacing(16)
                count = _label(f"{dots}", style.font(52, bold=True), style.ink, wrap=False)
                count.setMinimumWidth(int(70 * style.text_scale))
                count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                row.addWidget(count)
                body = _label(text, style.font(32), style.ink)
                body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                row.addWidget(body, 1)
                holder = QWidget()
                holder.setLayout(row)
                dots_text = (
                    self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
                )
                holder.setAccessibleName(f"{rank}. {text}: " + dots_text)
                box.addWidget(holder)
            box.addStretch(1)
            holder = QWidget()
            holder.setLayout(box)
            self._grid.addWidget(holder, 1, index)
        self._grid.setRowStretch(1, 1)
        for index in range(3):
            self._grid.setColumnStretch(index, 1)
        note = _label(self.tr("Numbers are dots placed."), style.font(28), style.muted_ink)
        self._grid.addWidget(note, 2, 0, 1, 3)


class ActionsPage(QWidget):
    """The actions agreed so far, with who leads them (by consent) and when they are due."""

    def __init__(self, style: ProjectorStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(int(MARGIN), int(MARGIN), int(MARGIN), int(MARGIN))
        self._box.setSpacing(18)
        self.shown: list[str] = []

    def set_style(self, style: ProjectorStyle) -> None:
        self._style = style

    def show_actions(self, board: BoardSnapshot, actions: Iterable[ActionView]) -> None:
        _clear(self._box)
        style = self._style
        self._box.addWidget(_label(self.tr("Actions"), style.font(52, bold=True), style.ink))
        self.shown = []
        for action in actions:
            if action.status == ActionStatus.DROPPED:
                continue
            self.shown.append(action.title)
            self._box.addWidget(_label(f"▸ {action.title}", style.font(40, bold=True), style.ink))
            details = [status_label(action.status)]
            owner = board.participant(action.owner_id)
            if owner is not None:
                # The room may photograph the screen: people appear as they agreed to.
                details.append(self.tr("led by {name}").format(name=short_name(owner)))
            if action.due is not None:
                due = QDate(action.due.year, action.due.month, action.due.day)
                details.append(
                    self.tr("by {date}").format(date=QLocale().toString(due, "d MMMM yyyy"))
                )
            self._box.addWidget(
                _label("   " + " · ".join(details), style.font(32), style.muted_ink)
            )
        if not self.shown:
            self._box.addWidget(_label(self.tr("No actions yet."), style.font(36), style.muted_ink))
        self._box.addStretch(1)


# ----- the window ------------------------------------------------------------------------------


class ProjectorView(QGraphicsView):
    """Shows the projector scene scaled from the reference size, top-aligned, without scrollbars."""

    def __init__(self, scene: ProjectorScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scale_factor = 1.0

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """Under each lane whose notes run past the screen, say how many more there are."""
        scene = self.scene()
        if not isinstance(scene, ProjectorScene):
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        for column_id, lane in scene.lanes().items():
            below = scene.cards_below(column_id, visible.bottom())
            if not below:
                continue
            style = scene.style
            font = style.font(30, bold=True)
            text = f"▼ {below} more {'note' if below == 1 else 'notes'}"
            height = QFontMetricsF(font).height() + 16
            box = QRectF(lane.left(), visible.bottom() - height - 8, lane.width(), height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.bar_fill))
            painter.drawRoundedRect(box, 10, 10)
            painter.setPen(QColor(style.bar_ink))
            painter.setFont(font)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def showEvent(self, event: QShowEvent) -> None:
        # The board waited while nobody looked (window closed, another page shown): lay it out
        # before the first paint.
        scene = self.scene()
        if isinstance(scene, ProjectorScene):
            scene.ensure_laid_out()
        super().showEvent(event)

    def set_scale(self, factor: float) -> None:
        self.scale_factor = factor
        self.resetTransform()
        self.scale(factor, factor)
        self._fit_scene_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_scene_width()

    def _fit_scene_width(self) -> None:
        # The scene is laid out in reference units across whatever width the view has left
        # (less when the join code is shown).
        scene = self.scene()
        if isinstance(scene, ProjectorScene) and self.scale_factor > 0:
            # The view's own width: the viewport's lags behind while the window is hidden.
            scene.set_width(self.width() / self.scale_factor)


class PresentationWindow(QWidget):
    """The projector window: stage and timer on a bar, the board or a page below, join code aside.

    It has no facilitator controls: it is a view of the Room, which the laptop drives.
    """

    presenting_changed = Signal(bool)

    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        family = load_fonts() or HIGH_CONTRAST.font_family
        self.room = room
        self._style = replace(HIGH_CONTRAST, font_family=family)
        self.countdown = room.countdown
        self.session_id: int | None = None
        self.mode = ProjectorMode.BOARD
        self.results_kind = ResultsKind.CONTRIBUTIONS
        self.show_balance = False
        self.sound_enabled = False
        self.join_url: str | None = None
        self._join_qr: QImage | None = None
        self.setWindowTitle(self.tr("Projector"))
        self.setAccessibleName(self.tr("Projector view"))
        self.setAccessibleDescription(
            self.tr(
                "What the room sees: the board, a column, a theme, results or actions, "
                "with the stage and the timer."
            )
        )
        self.scene = ProjectorScene(room, self._style, self)
        self._build()
        self._connect_signals()
        self.set_session(room.session_id)
        self._apply_projector(room.projector)
        self._on_live(room.live)
        self._update_timer()

    # ----- construction --------------------------------------------------------------------

    def _build(self) -> None:
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._bar = QWidget()
        self._bar.setObjectName("projectorBar")
        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(32, 10, 32, 10)
        bar.setSpacing(24)
        self.stage_label = QLabel()
        self.stage_label.setAccessibleName(self.tr("Stage"))
        self.balance_label = QLabel()
        self.balance_label.setAccessibleName(self.tr("Balance of voice"))
        self.balance_label.hide()
        self.timer_status = QLabel()
        self.timer_status.setAccessibleName(self.tr("Timer status"))
        self.timer_label = QLabel()
        self.timer_label.setAccessibleName(self.tr("Time left"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.stage_label, 1)
        bar.addWidget(self.balance_label)
        bar.addWidget(self.timer_status)
        bar.addWidget(self.timer_label)
        outer.addWidget(self._bar)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.pages = QStackedWidget()
        self.view = ProjectorView(self.scene)
        self.results_page = ResultsPage(self._style)
        self.actions_page = ActionsPage(self._style)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.results_page)
        self.pages.addWidget(self.actions_page)
        body.addWidget(self.pages, 1)
        self.join_panel = QWidget()
        self.join_panel.setObjectName("joinPanel")
        join = QVBoxLayout(self.join_panel)
        join.setContentsMargins(24, 24, 32, 24)
        join.setSpacing(12)
        self.join_title = QLabel(self.tr("Join on your phone"))
        self.join_qr = QLabel()
        self.join_qr.setAccessibleName(self.tr("Join code"))
        self.join_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.join_url_label = QLabel()
        self.join_url_label.setWordWrap(True)
        self.join_url_label.setTextFormat(Qt.TextFormat.PlainText)
        join.addWidget(self.join_title)
        join.addWidget(self.join_qr)
        join.addWidget(self.join_url_label)
        join.addStretch(1)
        self.join_panel.hide()
        body.addWidget(self.join_panel)
        outer.addLayout(body, 1)
        self._apply_style()

    def _apply_style(self) -> None:
        style = self._style
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(style.background))
        self.setPalette(palette)
        self.results_page.set_style(style)
        self.actions_page.set_style(style)
        self.scene.set_style(style)
        self.stage_label.setFont(style.font(style.bar_px, bold=True))
        self.balance_label.setFont(style.font(30))
        self.timer_status.setFont(style.font(34, bold=True))
        self.timer_label.setFont(style.font(style.timer_px, bold=True))
        self.join_title.setFont(style.font(32, bold=True))
        self.join_url_label.setFont(style.font(26))
        self.join_panel.setStyleSheet(
            f"#joinPanel {{ background: {style.background}; border-left: 4px solid {style.ink}; }}"
            f"QLabel {{ color: {style.ink}; }}"
        )
        for page in (self.results_page, self.actions_page):
            page.setAutoFillBackground(True)
            page_palette = page.palette()
            page_palette.setColor(page.backgroundRole(), QColor(style.background))
            page.setPalette(page_palette)
        self._update_timer()

    def _connect_signals(self) -> None:
        room = self.room
        room.session_opened.connect(self.set_session)
        room.board_changed.connect(self._on_board_changed)
        room.projector_changed.connect(self._apply_projector)
        room.live_started.connect(self._on_live)
        room.live_stopped.connect(lambda _session_id: self._on_live(None))
        self.countdown.changed.connect(self._update_timer)
        self.countdown.finished.connect(self._on_timer_finished)

    # ----- public API ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.scene.set_session(session_id)
        self._update_stage()
        self._refresh_page()

    def set_mode(
        self,
        mode: ProjectorMode,
        *,
        column_id: int | None = None,
        theme_id: int | None = None,
    ) -> None:
        """Follow the facilitator: what the room should look at now."""
        self.mode = mode
        if mode is ProjectorMode.BOARD:
            self.scene.show_board()
        elif mode is ProjectorMode.COLUMN:
            self.scene.show_column(column_id)
        elif mode is ProjectorMode.THEME:
            self.scene.show_theme(theme_id)
        self._refresh_page()

    def set_results_kind(self, kind: ResultsKind) -> None:
        self.results_kind = kind
        self._refresh_page()

    def _apply_projector(self, state: ProjectorState) -> None:
        """Show what the Room says the room should see."""
        if state.text_scale != self._style.text_scale:
            self.set_text_scale(state.text_scale)
        self.sound_enabled = state.sound
        if state.show_balance != self.show_balance:
            self.set_show_balance(state.show_balance)
        mode, scene = state.mode, self.scene
        if (
            state.mode != self.mode
            or state.results_kind != self.results_kind
            or (mode is ProjectorMode.COLUMN and state.column_id != scene.focus_column_id)
            or (mode is ProjectorMode.THEME and state.theme_id != scene.focus_theme_id)
        ):
            self.results_kind = state.results_kind
            self.set_mode(state.mode, column_id=state.column_id, theme_id=state.theme_id)

    def _on_live(self, live: LiveInfo | None) -> None:
        if live is None:
            self.set_join_info(None, None)
        else:
            self.set_join_info(live.join_url, qr_image(live.join_url, PROJECTOR_QR_MODULE_PX))

    def set_join_info(self, url: str | None, qr: QImage | None) -> None:
        """Show how to join live participation (None, None: participation closed)."""
        self.join_url = url
        self._join_qr = qr
        if url is None and qr is None:
            self.join_panel.hide()
            return
        self.join_url_label.setText(url or "")
        if qr is not None and not qr.isNull():
            # Whole pixels per module: a fractionally scaled code gets seams phones misread.
            target = 280
            factor = max(1, target // max(1, qr.width()))
            scaled = qr.scaled(
                qr.width() * factor,
                qr.height() * factor,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
            self.join_qr.setPixmap(QPixmap.fromImage(scaled))
        else:
            self.join_qr.clear()
        self.join_panel.show()

    def set_show_balance(self, show: bool) -> None:
        self.show_balance = show
        self._update_balance()

    def set_sound_enabled(self, enabled: bool) -> None:
        self.sound_enabled = enabled

    def set_text_scale(self, factor: float) -> None:
        """The facilitator's projector text size (1.0 is the designed size)."""
        self._style = replace(self._style, text_scale=max(0.5, min(3.0, factor)))
        self._apply_style()
        self._refresh_page()

    @property
    def projector_style(self) -> ProjectorStyle:
        return self._style

    def present_on(self, screen: QScreen | None) -> None:
        """Go full screen on the chosen screen (the projector), keeping the laptop's window free."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.presenting_changed.emit(True)

    def stop_presenting(self) -> None:
        if self.isVisible():
            self.showNormal()
            self.hide()
            self.presenting_changed.emit(False)

    @property
    def presenting(self) -> bool:
        return self.isVisible()

    def render_image(self, size: QSize = REFERENCE) -> QImage:
        """Draw this view offscreen at a size (for `workshop snapshot --presentation`)."""
        self.resize(size)
        layout_ = self.layout()
        if layout_ is not None:
            layout_.activate()
        self._rescale()
        self.scene.ensure_laid_out()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor(self._style.background))
        self.render(image)
        return image

    # ----- behaviour -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.room.set_presenting(False)
            self.stop_presenting()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        factor = min(self.width() / REFERENCE.width(), self.height() / REFERENCE.height())
        self.view.set_scale(max(0.2, factor))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the window manager: the Room hears the projector is no longer presenting.
        self.room.set_presenting(False)
        super().closeEvent(event)

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.session_id:
            return
        if aspect & Aspect.SESSION:
            self._update_stage()
        if self.mode in (ProjectorMode.RESULTS, ProjectorMode.ACTIONS) and aspect & (
            Aspect.NOTES | Aspect.VOTES | Aspect.THEMES | Aspect.PEOPLE | Aspect.ACTIONS
        ):
            self._refresh_page()
        elif aspect & (Aspect.NOTES | Aspect.VOTES | Aspect.PEOPLE):
            self._update_balance()

    def _refresh_page(self) -> None:
        board = self.room.board_of(self.session_id)
        if self.mode is ProjectorMode.RESULTS and board is not None:
            self.results_page.show_results(board, self.results_kind)
            self.pages.setCurrentWidget(self.results_page)
        elif self.mode is ProjectorMode.ACTIONS and board is not None:
            self.actions_page.show_actions(board, self.room.actions)
            self.pages.setCurrentWidget(self.actions_page)
        else:
            self.pages.setCurrentWidget(self.view)
        self._update_balance()

    def _update_stage(self) -> None:
        text = ""
        board = self.room.board_of(self.session_id)
        if board is not None:
            session = board.session
            stage = session.stage
            if stage is not None:
                text = self.tr("Stage {number} of {total}: {name}").format(
                    number=stage.position + 1, total=len(session.stages), name=stage.name
                )
            else:
                text = session.title
            if session.board_locked:
                text += " · " + self.tr("board locked")
        self.stage_label.setText(text)

    def _update_balance(self) -> None:
        tallies = self.room.tallies_of(self.session_id)
        if not self.show_balance or tallies is None:
            self.balance_label.hide()
            return
        balance = tallies.balance
        if balance.total == 0:
            self.balance_label.setText(self.tr("Balance of voice: no contributions yet"))
        else:
            citizen = round(100 * (1 - balance.professional_share))
            self.balance_label.setText(
                self.tr("Citizen voice {citizen}% · Professional voice {professional}%").format(
                    citizen=citizen, professional=100 - citizen
                )
            )
        self.balance_label.show()

    def _update_timer(self) -> None:
        style = self._style
        state = self.countdown.state
        self.timer_label.setText(self.countdown.text())
        alarm = state is TimerState.FINISHED
        fill, ink = (
            (style.alarm_fill, style.alarm_ink) if alarm else (style.bar_fill, style.bar_ink)
        )
        # Status is said in words too, never by colour alone.
        status = (
            timer_state_label(state) if state in (TimerState.PAUSED, TimerState.FINISHED) else ""
        )
        self.timer_status.setText(status)
        self.timer_label.setVisible(self.countdown.countdown.duration > 0 or alarm)
        border = f"border-bottom: 8px solid {ink};" if alarm else ""
        self._bar.setStyleSheet(
            f"#projectorBar {{ background: {fill}; {border} }} QLabel {{ color: {ink}; }}"
        )

    def _on_timer_finished(self) -> None:
        self._update_timer()
        if self.sound_enabled:
            QApplication.beep()


# ----- the controller --------------------------------------------------------------------------


class PresentationController(QObject):
    """Keys that drive the projector from anywhere in the app, and its window's presenting.

    F5 presents (or stops), Esc on the projector stops, Alt+1…5 choose what the room sees
    (Ctrl+1…9 belong to the capture bar). Each asks the Room; the window follows the Room.
    """

    def __init__(self, room: Room, window: PresentationWindow, host: QWidget) -> None:
        super().__init__(host)
        self.room = room
        self.window = window
        self.actions: dict[str, QAction] = {}
        present = QAction(
            QCoreApplication.translate("Presentation", "Present on the projector"), host
        )
        present.setShortcut(QKeySequence(PRESENT_SHORTCUT))
        present.setCheckable(True)
        present.triggered.connect(lambda _checked: room.toggle_presenting())
        self.actions["present"] = present
        for mode in ProjectorMode:
            action = QAction(MODE_LABELS[mode], host)
            action.setShortcut(QKeySequence(MODE_SHORTCUTS[mode]))
            action.triggered.connect(self._mode_slot(mode))
            self.actions[mode.value] = action
        for action in self.actions.values():
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            host.addAction(action)
            window.addAction(action)
        room.projector_changed.connect(self._on_projector_changed)
        room.session_opened.connect(lambda _id: self._update_present_action())
        self._on_projector_changed(room.projector)

    def _mode_slot(self, mode: ProjectorMode) -> Callable[[], None]:
        return lambda: self.room.show_on_projector(mode)

    def _on_projector_changed(self, state: ProjectorState) -> None:
        if state.presenting and not self.window.presenting:
            # Without a session there is nothing to present: no blank screen with only a clock.
            if self.room.session_id is None:
                self.room.set_presenting(False)
                return
            screens = {screen.name(): screen for screen in QGuiApplication.screens()}
            self.window.present_on(screens.get(state.screen_name))
        elif not state.presenting and self.window.presenting:
            self.window.stop_presenting()
        self._update_present_action()

    def _update_present_action(self) -> None:
        present = self.actions["present"]
        present.setChecked(self.room.projector.presenting)
        # A projector already showing keeps its way out.
        present.setEnabled(self.room.session_id is not None or self.room.projector.presenting)
