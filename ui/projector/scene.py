"""The projector's board: every note in scope on one screen, as large as it fits.

The scene is laid out in reference pixels (1920×1080) over exactly the area the view shows, so
there is nothing to scroll. `workshop.packing` chooses the text size and the sub-columns; when
nothing fits at the smallest readable size the page degrades as the Room's `Overflow` says:
themes as cards (title, count, top notes) or one lane at a time (the spotlight).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
    QUndoStack,
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
from ui.board.commands import RevealCommand
from ui.i18n import english_plural
from ui.once_per_turn import OncePerTurn
from ui.projector.cards_text import (
    LEADING_EM,
    MAX_LINES,
    WrappedText,
    advance,
    text_height,
    text_metrics,
)
from ui.projector.style import (
    HIGH_CONTRAST,
    REFERENCE,
    ProjectorStyle,
)
from workshop import audience, layout, packing
from workshop.errors import WorkshopError
from workshop.room import (
    PLENARY,
    SIDE_BY_SIDE,
    Aspect,
    Overflow,
    ProjectorMode,
    ProjectorState,
    Room,
)
from workshop.rules import Actor
from workshop.views import BoardSnapshot, ColumnView, NoteView, ThemeView
from workshop.vocabulary import StageKind

# The results and actions pages' outer margin and gap (the board page packs by its own rules).
MARGIN = 32.0
LANE_GAP = 28.0
# Theme cards keep their notes at least this large: a summary the back row can read.
CARD_MODE_MIN_PX = 20
CARD_MODE_MAX_PX = 30
TITLE_MAX_LINES = 3
# Text widths for estimates are measured once at this size and scaled.
ESTIMATE_PX = 40
# A note's own picture (a photo crop, a drawing) sits above its text, this many ems tall; a
# note kept as its picture only has no text, so its picture gets the text's room too.
PICTURE_EM = 3.0
PICTURE_ONLY_EM = 5.0
LABEL_MAX_LINES = 2
# The key of a lane made for the THEME page, and of a card for notes in no theme.
_THEME_LANE = -1
_UNGROUPED = -2
# Every table side by side: a table's lane has this key less the table's id (never a column's).
_TABLE_LANE = -1000


# Counted texts with the language's plural forms (each a literal, for the catalogue).
def _notes_count(count: int) -> str:
    return english_plural(
        QCoreApplication.translate("ProjectorScene", "%n note(s)", "", count), count
    )


def _notes_top(count: int, shown: int) -> str:
    text = QCoreApplication.translate("ProjectorScene", "%n note(s) · top {shown} shown", "", count)
    return english_plural(text, count).format(shown=shown)


def _pad(px: int) -> float:
    return 0.33 * px


def _border(px: int) -> float:
    return max(2.0, 0.1 * px)


# A note's table of origin is named at this share of the note's type size, in at most this share
# of the card's width when dots share its row.
ORIGIN_SCALE = 0.6
ORIGIN_SHARE = 0.5


def _dots_row(px: int) -> float:
    return 1.15 * px


def _picture_block(px: int, text: str) -> float:
    """The height of a note's picture and the gap below it, at note size px."""
    if not text:
        return PICTURE_ONLY_EM * px
    return PICTURE_EM * px + 0.25 * px


class NoteCard(QGraphicsObject):
    """One note as the room sees it: dark text on a light card with a strong border.

    It can be dragged by mouse or touch; dropping it on another lane moves the note there.
    Dots, after voting, show as filled circles and their number (never by colour alone).
    """

    dropped = Signal(int, QPointF)  # note id, scene position of the card's centre

    def __init__(self, note: NoteView, style: ProjectorStyle) -> None:
        super().__init__()
        self.note = note
        self._style = style
        self.dots = 0
        # The table the note came from ("" for the plenary's own): named in the card's last row.
        self.origin = ""
        self.highlighted = False
        self.px = 0
        self._width = 0.0
        self._height = 0.0
        self._font = style.font(style.note_px)
        self._text: WrappedText | None = None
        # The note's own picture, when the projector may show it (audience.picture_shown).
        self.picture: QImage | None = None
        # The table's name laid out once (font, elided text, static layout) and drawn on every
        # repaint: measuring it per paint was a third of a board of table notes' paint time.
        self._origin_key: tuple[object, ...] | None = None
        self._origin_text = QStaticText()
        self._origin_font = QFont(self._font)
        self._origin_size = (0.0, 0.0)  # its width and height
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

    @property
    def font_px(self) -> int:
        """The note text's size in reference pixels."""
        return self._font.pixelSize()

    @property
    def cut(self) -> bool:
        """Whether the text was too long and ends in a visible "…"."""
        return self._text is not None and self._text.cut

    def set_state(
        self,
        note: NoteView,
        style: ProjectorStyle,
        px: int,
        box: packing.Box,
        dots: int,
        highlighted: bool,
        origin: str = "",
        picture: QImage | None = None,
    ) -> None:
        """Move and size the card; its text is laid out again only when it must be."""
        if (
            picture is not self.picture
            or note != self.note
            or px != self.px
            or box.width != self._width
            or box.height != self._height
            or dots != self.dots
            or highlighted != self.highlighted
            or style != self._style
            or origin != self.origin
        ):
            self.origin = origin
            self.picture = picture
            self.prepareGeometryChange()
            if note.public_text != self.note.public_text:
                self.setToolTip(plain_text.tooltip(note.public_text))
            relayout = note.public_text != self.note.public_text or px != self.px
            relayout = relayout or box.width != self._width or style != self._style
            self.note, self._style, self.px, self.dots = note, style, px, dots
            self._width, self._height, self.highlighted = box.width, box.height, highlighted
            if relayout or self._text is None:
                self._font = style.font(px)
                self._font.setPixelSize(px)  # the packing chose the size: no further scale
                self._text = WrappedText(self.text, self._font, box.width - 2 * _pad(px))
            self.update()
        if self.pos() != QPointF(box.x, box.y):
            self.setPos(box.x, box.y)
            # Drawn again where it now stands: its cached picture, copied to a new place,
            # would put its unsmoothed border a pixel off where drawing it there puts it.
            self.update()

    def height(self) -> float:
        return self._height

    def width(self) -> float:
        return self._width

    def boundingRect(self) -> QRectF:
        half = _border(self.px) * (2 if self.highlighted else 1)
        return QRectF(-half, -half, self._width + 2 * half, self._height + 2 * half)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style, px = self._style, self.px
        rect = QRectF(0, 0, self._width, self._height)
        border = _border(px) * (2.5 if self.highlighted else 1)
        # Square corners, filled then framed: an antialiased rounded outline costs a millisecond
        # or more a card in the raster engine, and 120 cards are painted on every change.
        painter.fillRect(rect, QColor(style.card_fill))
        half = border / 2
        frame = QPen(QColor(style.card_border), border)
        frame.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(frame)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.restore()
        if self._text is None:
            return
        painter.setPen(QColor(style.ink))
        pad = _pad(px)
        top = pad
        if self.picture is not None:
            block = _picture_block(px, self.text)
            area = QRectF(pad, pad, rect.width() - 2 * pad, block - (0.25 * px if self.text else 0))
            self._paint_picture(painter, area)
            top += block
        text_height = self._text.height if self.text or self.picture is None else 0.0
        if self.text:
            self._text.draw(painter, QPointF(pad, top))
        row = QRectF(pad, top + text_height, rect.width() - 2 * pad, _dots_row(px))
        if self.dots:
            self._paint_dots(painter, row)
        if self.origin:
            self._paint_origin(painter, row)

    def _paint_picture(self, painter: QPainter, area: QRectF) -> None:
        """The note's picture, as large as fits the area, its shape kept, with a thin frame."""
        assert self.picture is not None
        size = self.picture.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(area.topLeft(), size)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, self.picture)
        painter.setPen(QPen(QColor(self._style.card_border), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(target)
        painter.restore()

    def _paint_origin(self, painter: QPainter, row: QRectF) -> None:
        """The table of origin, right-aligned in the card's last row (dots keep the left)."""
        room = row.width() * (ORIGIN_SHARE if self.dots else 1.0)
        key = (self.origin, self.px, room, self._font.family(), self._font.families())
        if key != self._origin_key:
            self._origin_key = key
            self._origin_font = QFont(self._font)
            self._origin_font.setPixelSize(max(1, round(self.px * ORIGIN_SCALE)))
            self._origin_font.setBold(True)
            metrics = QFontMetricsF(self._origin_font)
            line = metrics.elidedText(self.origin, Qt.TextElideMode.ElideRight, room)
            self._origin_text = QStaticText(line)
            self._origin_text.setTextFormat(Qt.TextFormat.PlainText)  # a name, never markup
            self._origin_text.prepare(QTransform(), self._origin_font)
            self._origin_size = (metrics.horizontalAdvance(line), metrics.height())
        painter.setFont(self._origin_font)
        painter.setPen(QColor(self._style.muted_ink))
        width, height = self._origin_size
        painter.drawStaticText(
            QPointF(row.right() - width, row.center().y() - height / 2), self._origin_text
        )

    def _paint_dots(self, painter: QPainter, row: QRectF) -> None:
        style, px = self._style, self.px
        label = str(self.dots)
        font = QFont(self._font)
        font.setBold(True)
        label_width = QFontMetricsF(font).horizontalAdvance(label)
        diameter = 0.62 * px
        step = diameter * 1.3
        room_for = max(1, int((row.width() - label_width - step) // step))
        shown = min(self.dots, room_for, 10)
        y = row.center().y() - diameter / 2
        painter.setPen(QPen(QColor(style.ink), 1.5))
        painter.setBrush(QColor(style.ink))
        for index in range(shown):
            painter.drawEllipse(QRectF(row.left() + index * step, y, diameter, diameter))
        painter.setFont(font)
        painter.setPen(QColor(style.ink))
        text_left = row.left() + shown * step + 0.2 * px
        painter.drawText(
            QRectF(text_left, row.top(), row.right() - text_left, row.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(0)
        centre = self.mapToScene(QPointF(self._width / 2, self._height / 2))
        self.dropped.emit(self.note.id, centre)


_WRAP_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _draw_capped(painter: QPainter, rect: QRectF, font: QFont, text: str, lines: int) -> None:
    """Text wrapped in rect; a title longer than its lines ends in a visible "…", never cut."""
    metrics = QFontMetricsF(font)
    needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), _WRAP_FLAGS, text)
    if needed.height() <= rect.height() + 0.5:
        painter.drawText(rect, _WRAP_FLAGS, text)
        return
    wrapped = WrappedText(text, font, rect.width(), max_lines=lines)
    painter.save()
    painter.setClipRect(rect)
    wrapped.draw(painter, rect.topLeft())
    painter.restore()


@dataclass(frozen=True)
class HeaderText:
    """What a lane's header says: its title, an optional line below it, notes waiting."""

    title: str
    caption: str = ""
    hidden_count: int = 0


_HEADER_FONTS: dict[tuple[str, int], tuple[QFont, QFont, QFontMetricsF, QFontMetricsF]] = {}


class LaneHeader(QGraphicsObject):
    """A lane's title in bold, underlined; with a reveal button when notes wait to be shown."""

    reveal_requested = Signal(int)  # column id

    def __init__(self, key: int, column: ColumnView | None, style: ProjectorStyle) -> None:
        super().__init__()
        self.key = key
        self.column = column
        self._style = style
        self.text = HeaderText("")
        self.px = 20
        self._width = 0.0
        self._height = 0.0
        self._title_height = 0.0
        self._badge = QRectF()
        self._state: object = None

    @property
    def hidden_count(self) -> int:
        return self.text.hidden_count

    @staticmethod
    def measure(text: HeaderText, style: ProjectorStyle, px: int, width: float) -> float:
        """The header's height for a title size and width (what `packing` reserves)."""
        return sum(LaneHeader._parts(text, style, px, width))

    @staticmethod
    def _fonts(style: ProjectorStyle, px: int) -> tuple[QFont, QFont]:
        key = (style.font_family, px)
        found = _HEADER_FONTS.get(key)
        if found is None:
            title = style.font(px, bold=True)
            title.setPixelSize(px)
            small = style.font(px, bold=True)
            small.setPixelSize(max(packing.MIN_PX, round(px * 0.8)))
            found = (title, small, QFontMetricsF(title), QFontMetricsF(small))
            _HEADER_FONTS[key] = found
        return found[0], found[1]

    @staticmethod
    def _metrics(style: ProjectorStyle, px: int) -> tuple[QFontMetricsF, QFontMetricsF]:
        LaneHeader._fonts(style, px)
        found = _HEADER_FONTS[(style.font_family, px)]
        return found[2], found[3]

    @staticmethod
    def _parts(
        text: HeaderText, style: ProjectorStyle, px: int, width: float
    ) -> tuple[float, float, float]:
        title, small = LaneHeader._metrics(style, px)
        bounds = title.boundingRect(QRectF(0, 0, width, 10_000), _WRAP_FLAGS, text.title)
        title_height = min(
            max(bounds.height(), title.height()), TITLE_MAX_LINES * title.lineSpacing()
        )
        caption = 0.0
        if text.caption:
            caption = small.boundingRect(
                QRectF(0, 0, width, 10_000), _WRAP_FLAGS, text.caption
            ).height()
        badge = 0.0
        if text.hidden_count:
            badge = (
                small.boundingRect(
                    QRectF(0, 0, width - 24, 10_000), _WRAP_FLAGS, LaneHeader.reveal_text(text)
                ).height()
                + 16
                + 8
            )
        return title_height, caption, badge

    @staticmethod
    def reveal_text(text: HeaderText) -> str:
        if text.hidden_count == 1:
            return QCoreApplication.translate(
                "LaneHeader", "1 note written quietly · tap to reveal"
            )
        return QCoreApplication.translate(
            "LaneHeader", "{count} notes written quietly · tap to reveal"
        ).format(count=text.hidden_count)

    def set_state(self, text: HeaderText, style: ProjectorStyle, px: int, box: packing.Box) -> None:
        self.prepareGeometryChange()
        self.text, self._style, self.px = text, style, px
        self._width, self._height = box.width, box.height
        title, caption, badge = self._parts(text, style, px, box.width)
        self._title_height = title
        self._caption_height = caption
        rule_room = box.height - title - caption - badge
        self._badge = (
            QRectF(0, title + caption + rule_room, box.width, badge - 8) if badge else QRectF()
        )
        self.setPos(box.x, box.y)
        self.setAcceptedMouseButtons(
            Qt.MouseButton.LeftButton if text.hidden_count else Qt.MouseButton.NoButton
        )
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if text.hidden_count else Qt.CursorShape.ArrowCursor
        )
        self.update()

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
        title_font, small_font = self._fonts(style, self.px)
        painter.setPen(QColor(style.ink))
        painter.setFont(title_font)
        title_rect = QRectF(0, 0, self._width, self._title_height)
        _draw_capped(painter, title_rect, title_font, self.text.title, TITLE_MAX_LINES)
        y = self._title_height
        if self.text.caption:
            painter.setFont(small_font)
            painter.setPen(QColor(style.muted_ink))
            painter.drawText(
                QRectF(0, y, self._width, self._caption_height), _WRAP_FLAGS, self.text.caption
            )
            y += self._caption_height
        # One rule line across every lane (the header boxes share their height).
        rule_y = (
            self._height
            - 0.25 * self.px
            - (self._badge.height() + 8 if self._badge.height() else 0)
        )
        painter.setPen(QPen(QColor(style.ink), max(3.0, 0.15 * self.px)))
        painter.drawLine(QPointF(0, rule_y), QPointF(self._width, rule_y))
        if self.text.hidden_count:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.reveal_fill))
            painter.drawRoundedRect(self._badge, 10, 10)
            painter.setPen(QColor(style.reveal_ink))
            painter.setFont(small_font)
            painter.drawText(
                self._badge.adjusted(12, 8, -12, -8), _WRAP_FLAGS, self.reveal_text(self.text)
            )

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.hidden_count and self._badge.contains(event.pos()):
            event.accept()
            return
        event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.hidden_count and self._badge.contains(event.pos()) and self.column is not None:
            self.reveal_requested.emit(self.column.id)


class ThemeFrame(QGraphicsItem):
    """A dashed frame around one theme's cards in one sub-column, its title on the first."""

    def __init__(self, theme_id: int) -> None:
        super().__init__()
        self.theme_id = theme_id
        self.title = ""
        self.labelled = False
        self._style = HIGH_CONTRAST
        self.px = 20
        self._rect = QRectF()
        self._state: object = None
        self.setZValue(-1)

    @staticmethod
    def label_font(style: ProjectorStyle, px: int) -> QFont:
        font = style.font(px, bold=True)
        font.setPixelSize(px)
        return font

    @staticmethod
    def measure(title: str, style: ProjectorStyle, px: int, width: float) -> float:
        metrics = QFontMetricsF(ThemeFrame.label_font(style, px))
        bounds = metrics.boundingRect(QRectF(0, 0, width, 10_000), _WRAP_FLAGS, title)
        return min(max(bounds.height(), metrics.height()), LABEL_MAX_LINES * metrics.lineSpacing())

    def set_state(
        self, title: str, labelled: bool, style: ProjectorStyle, px: int, box: packing.Box
    ) -> None:
        if (title, labelled, style, px, box) == self._state:
            return
        self._state = (title, labelled, style, px, box)
        self.prepareGeometryChange()
        self.title, self.labelled, self._style, self.px = title, labelled, style, px
        self._rect = QRectF(0, 0, box.width, box.height)
        self.setPos(box.x, box.y)
        self.update()

    def rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:
        half = _border(self.px)
        return self._rect.adjusted(-half, -half, half, half)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style, px = self._style, self.px
        pen = QPen(QColor(style.ink), _border(px))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(style.theme_fill))
        painter.drawRoundedRect(self._rect, 10, 10)
        if self.labelled:
            pad = _pad(px) * 0.75
            painter.setPen(QColor(style.ink))
            painter.setFont(self.label_font(style, px))
            label = QRectF(
                pad,
                pad,
                self._rect.width() - 2 * pad,
                self.measure(self.title, style, px, self._rect.width() - 2 * pad),
            )
            _draw_capped(painter, label, self.label_font(style, px), self.title, LABEL_MAX_LINES)


class GroupCard(QGraphicsItem):
    """The outline of one theme card when the board is shown as theme cards."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._style = HIGH_CONTRAST
        self.setZValue(-2)

    def set_state(self, style: ProjectorStyle, rect: QRectF) -> None:
        if style == self._style and rect == self._rect:
            return
        self.prepareGeometryChange()
        self._style, self._rect = style, rect
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(QPen(QColor(self._style.ink), 4))
        painter.setBrush(QColor(self._style.theme_fill))
        painter.drawRoundedRect(self._rect, 14, 14)


@dataclass(frozen=True)
class _BoardIndex:
    """One board's parts by id; read-only, shared by every lookup until the board changes."""

    board: BoardSnapshot | None
    columns: dict[int, ColumnView]
    themes: dict[int, ThemeView]
    notes: dict[int, NoteView]


@dataclass(frozen=True)
class _Page:
    """What the board page shows: lanes of notes for the packer, and their headers."""

    lanes: tuple[packing.Lane, ...]
    headers: dict[int, HeaderText]
    columns: dict[int, ColumnView]


class ProjectorScene(QGraphicsScene):
    """The board for the room, laid out for reading from the back rather than for arranging.

    Draws the Room's board of the open session; keeps only projectable notes as items. Its
    `shown` says what the page is: None (everything on one screen) or the `Overflow` used.
    """

    laid_out = Signal()

    def __init__(
        self,
        room: Room,
        style: ProjectorStyle = HIGH_CONTRAST,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self._style = style
        # A reveal tapped on the projector is undone from the laptop like any board change.
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.session_id: int | None = None
        self._board: BoardSnapshot | None = None
        self._cards: dict[int, NoteCard] = {}
        self._headers: dict[int, LaneHeader] = {}
        self._frames: list[ThemeFrame] = []
        self._group_cards: list[GroupCard] = []
        # Cards, theme frames and theme-card outlines are drawn once per change and copied on
        # every repaint after (the whole page is on screen, so no cache is clipped): a new note
        # repaints one card, not every card's text, and no antialiased outline is drawn again.
        self._item_cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
        self._lanes: dict[int, QRectF] = {}
        self.mode = ProjectorMode.BOARD
        # Every note (None), the plenary board (PLENARY) or one table's notes (its id).
        self.table_scope: int | None = None
        self.focus_column_id: int | None = None
        self.focus_theme_id: int | None = None
        self.width = float(REFERENCE.width())
        self.height = float(REFERENCE.height())
        self.plan: packing.Plan | None = None  # what is on screen
        # Plans kept so a note arriving moves only what must move: by page ("board", "cards",
        # "spotlight"), the theme cards' count of top notes, and the notes of a board found too
        # big (more notes in the same lanes cannot fit either).
        self._kept: dict[str, packing.Plan] = {}
        self._card_top: int | None = None
        self._spotlight_index: int | None = None
        self._too_big: dict[int, frozenset[tuple[int, str]]] | None = None
        # A column's parts for the spotlight, with what they were worked out from.
        self._parts: dict[int, tuple[object, list[tuple[int, int]]]] = {}
        self._shown: Overflow | None = None
        self._spotlight_position: tuple[int, int] = (0, 0)
        self._heights: dict[tuple[str, int, int, int, bool], float] = {}
        # Notes' own pictures, decoded once (by picture id); a few dozen at most on a board.
        self._pictures: dict[int, QImage] = {}
        self._header_heights: dict[tuple[HeaderText, int, int], float] = {}
        self._advances: dict[str, float] = {}
        self._fonts: dict[int, QFont] = {}
        self._px_constants: dict[int, tuple[float, float, float, float]] = {}
        self._notes_by_id: dict[int, NoteView] = {}
        self._indexed: _BoardIndex | None = None
        # Per layout: one-line width, whether it has a dots row, whether it shows a picture.
        self._estimates: dict[int, tuple[float, bool, bool]] = {}
        self._dots: dict[int, int] = {}
        # While no view shows the scene (the projector window is closed most of the time), laying
        # out on every change is wasted: it waits until someone looks.
        self._layout_pending = False
        self._layout_later = OncePerTurn(self.ensure_laid_out, self)
        self.setBackgroundBrush(QColor(style.background))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._state = room.projector
        room.board_changed.connect(self._on_board_changed)
        room.projector_changed.connect(self._on_projector_changed)

    # ----- public --------------------------------------------------------------------------

    def set_style(self, style: ProjectorStyle) -> None:
        self._style = style
        self.setBackgroundBrush(QColor(style.background))
        self._heights.clear()
        self._header_heights.clear()
        self._advances.clear()
        self._fonts.clear()
        self._px_constants.clear()
        self._forget()
        self._relayout()

    def set_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self._board = None
        self._forget()
        self._clear()
        self._relayout()

    def _on_screen(self) -> bool:
        return any(view.isVisible() for view in self.views())

    def _load(self) -> None:
        """The Room's board as it stands (built once per change, shared with every view)."""
        if self._board is None:
            self._board = self.room.board_of(self.session_id)
            tallies = self.room.tallies_of(self.session_id)
            self._dots = dict(tallies.dots_on_note) if tallies is not None else {}

    def _index(self) -> _BoardIndex:
        """The board's columns, themes and notes by id, built once per board (a layout asks
        for them once per note, which made indexing the whole board a layout's largest cost)."""
        self._load()
        if self._indexed is None or self._indexed.board is not self._board:
            board = self._board
            self._indexed = _BoardIndex(
                board,
                {c.id: c for c in board.columns} if board is not None else {},
                {t.id: t for t in board.themes} if board is not None else {},
                {n.id: n for n in board.notes} if board is not None else {},
            )
        return self._indexed

    @property
    def _columns(self) -> dict[int, ColumnView]:
        return self._index().columns

    @property
    def _themes(self) -> dict[int, ThemeView]:
        return self._index().themes

    @property
    def _notes(self) -> dict[int, NoteView]:
        return self._index().notes

    def set_area(self, width: float, height: float) -> None:
        """The area the view shows, in reference pixels: the board is laid out to fill it."""
        if (width, height) != (self.width, self.height):
            self.width, self.height = width, height
            self._forget()
            self._relayout()

    def set_table_scope(self, scope: int | None) -> None:
        if scope != self.table_scope:
            self.table_scope = scope
            self._forget()
            self._relayout()

    def show_board(self) -> None:
        self.mode = ProjectorMode.BOARD
        self._forget()
        self._relayout()

    def show_column(self, column_id: int | None) -> None:
        self._load()
        if column_id not in self._columns:
            column_id = self._first_column_id()
        self.mode, self.focus_column_id = ProjectorMode.COLUMN, column_id
        self._forget()
        self._relayout()

    def show_theme(self, theme_id: int | None) -> None:
        self._load()
        if theme_id not in self._themes:
            theme_id = next(iter(self._themes), None)
        self.mode, self.focus_theme_id = ProjectorMode.THEME, theme_id
        self._forget()
        self._relayout()

    def note_items(self) -> dict[int, NoteCard]:
        """The note cards currently in the scene, by note id."""
        self.ensure_laid_out()
        return dict(self._cards)

    def header_items(self) -> dict[int, LaneHeader]:
        self.ensure_laid_out()
        return {
            h.column.id: h
            for h in self._headers.values()
            if h.column is not None and h.key == h.column.id
        }

    def headers(self) -> list[LaneHeader]:
        """Every header shown: lanes', the theme page's, theme cards'."""
        self.ensure_laid_out()
        return list(self._headers.values())

    def theme_frames(self) -> list[ThemeFrame]:
        self.ensure_laid_out()
        return list(self._frames)

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

    @property
    def shown(self) -> Overflow | None:
        """The degraded form on screen (theme cards, spotlight), or None when everything fits."""
        self.ensure_laid_out()
        return self._shown

    @property
    def spotlight_position(self) -> tuple[int, int]:
        """Which lane the spotlight shows (from 1) and of how many; (0, 0) without one."""
        self.ensure_laid_out()
        return self._spotlight_position

    def visible_note_ids(self) -> list[int]:
        """Every note the room may see in the page's scope, in reading order."""
        self._load()
        return [n.id for n in self._visible_notes()]

    # ----- events --------------------------------------------------------------------------

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.session_id:
            return
        if aspect & (
            Aspect.COLUMNS | Aspect.THEMES | Aspect.NOTES | Aspect.SESSION | Aspect.TABLES
        ):
            self._board = None
            if aspect & (Aspect.COLUMNS | Aspect.THEMES | Aspect.SESSION):
                self._forget()  # a new lane or theme can change everything: search afresh
            self._relayout_soon()
        elif aspect & Aspect.VOTES:
            self._board = None
            self._relayout_soon()

    def _on_projector_changed(self, state: ProjectorState) -> None:
        before, self._state = self._state, state
        if (
            before.overflow,
            before.spotlight_lane,
            before.spotlight_paused,
            before.highlight_note_id,
        ) != (
            state.overflow,
            state.spotlight_lane,
            state.spotlight_paused,
            state.highlight_note_id,
        ):
            self._forget()
            self._relayout()

    # ----- gestures ------------------------------------------------------------------------

    def _on_card_dropped(self, note_id: int, centre: QPointF) -> None:
        """A note dragged to another lane moves there; anywhere else it snaps back."""
        note = self._notes.get(note_id)
        target = self.lane_at(centre)
        if note is None or self.mode is not ProjectorMode.BOARD or target in (None, note.column_id):
            self._relayout(force=True)
            return
        count = sum(1 for n in self._notes.values() if n.column_id == target)
        x, y = layout.slot_position(count)
        try:
            self.room.services.board.move_note(note_id, target, x, y, actor=Actor.PROJECTOR)
        except WorkshopError:
            # A locked board refuses quietly: the projector has no place for error messages.
            self._relayout(force=True)

    def _on_reveal_requested(self, column_id: int) -> None:
        if self.session_id is not None:
            # A refusal passes quietly: the projector has no place for error messages.
            self.undo_stack.push(
                RevealCommand(
                    self.room.services, lambda _error: None, self.session_id, column_id=column_id
                )
            )

    # ----- what the page shows -------------------------------------------------------------

    def _first_column_id(self) -> int | None:
        ordered = self._ordered_columns()
        return ordered[0].id if ordered else None

    def _ordered_columns(self) -> list[ColumnView]:
        return sorted(self._columns.values(), key=lambda c: (c.position, c.id))

    def _visible_notes(self) -> list[NoteView]:
        board_notes = self._board.notes if self._board is not None else ()
        # Which notes the room may see is workshop.audience's rule, as for every output.
        notes = [n for n in board_notes if audience.projector(n)]
        if self.table_scope == PLENARY:
            notes = [n for n in notes if n.on_plenary]
        elif self.table_scope == SIDE_BY_SIDE:
            notes = [n for n in notes if n.table_id is not None]
        elif self.table_scope is not None:
            notes = [n for n in notes if n.table_id == self.table_scope]
        if self.mode is ProjectorMode.COLUMN:
            notes = [n for n in notes if n.column_id == self.focus_column_id]
        elif self.mode is ProjectorMode.THEME:
            notes = [
                n for n in notes if n.theme_id is not None and n.theme_id == self.focus_theme_id
            ]
        # Reading order follows the facilitator's arrangement: top to bottom, then left to right.
        return sorted(notes, key=lambda n: (n.y, n.x, n.id))

    def _show_dots(self) -> bool:
        """Dots go up once voting is over: while it runs, counts would sway the room."""
        if self._board is None or not self._dots:
            return False
        stage = self._board.session.stage
        return stage is None or stage.kind != StageKind.VOTE

    @property
    def side_by_side(self) -> bool:
        """Every table as a small board of its own (the theme page keeps its one lane)."""
        return self.table_scope == SIDE_BY_SIDE and self.mode is not ProjectorMode.THEME

    def _names_origin(self, note: NoteView) -> bool:
        """A table note names its table, except under that table's own heading."""
        return note.table_id is not None and not self.side_by_side

    def _origin_of(self, note: NoteView) -> str:
        """The name of the table a note came from ("" for the plenary's own notes)."""
        if not self._names_origin(note):
            return ""
        table = self._board.table(note.table_id) if self._board is not None else None
        return table.name if table is not None else ""

    def _group_title(self, group: int) -> str:
        """A framed run's label: its theme's title, or its lane's when tables sit side by side."""
        if self.side_by_side:
            column = self._columns.get(group)
            return column.title if column is not None else ""
        theme = self._themes.get(group)
        return theme.title if theme is not None else ""

    def _dots_of(self, note_id: int) -> int:
        return self._dots.get(note_id, 0) if self._show_dots() else 0

    def _gathered(self, notes: list[NoteView]) -> tuple[packing.Item, ...]:
        """A lane's notes with each theme's members gathered where its first member stands."""
        themes = self._themes
        anchor: dict[int, int] = {}
        keyed = []
        for index, note in enumerate(notes):
            if note.theme_id is not None and note.theme_id in themes:
                first = anchor.setdefault(note.theme_id, index)
                keyed.append(((first, index), note))
            else:
                keyed.append(((index, index), note))
        keyed.sort(key=lambda pair: pair[0])
        group_themes = self.mode is not ProjectorMode.THEME
        return tuple(
            packing.Item(
                n.id,
                n.theme_id if group_themes and n.theme_id in themes else None,
            )
            for _, n in keyed
        )

    def _page(self) -> _Page:
        """The lanes in scope, each with its header, before any degrading."""
        notes = self._visible_notes()
        columns = {c.id: c for c in self._ordered_columns()}
        headers: dict[int, HeaderText] = {}
        lanes: list[packing.Lane] = []
        if self.mode is ProjectorMode.THEME:
            theme = self._themes.get(self.focus_theme_id) if self.focus_theme_id else None
            title = theme.title if theme else self.tr("No theme yet")
            headers[_THEME_LANE] = HeaderText(title)
            lanes.append(packing.Lane(_THEME_LANE, self._gathered(notes)))
            return _Page(tuple(lanes), headers, columns)
        if self.side_by_side:
            return self._tables_page(notes, columns)
        shown = [
            c
            for c in columns.values()
            if self.mode is ProjectorMode.BOARD or c.id == self.focus_column_id
        ]
        for column in shown:
            headers[column.id] = HeaderText(column.title, "", self.hidden_count(column.id))
            lane_notes = [n for n in notes if n.column_id == column.id]
            lanes.append(packing.Lane(column.id, self._gathered(lane_notes)))
        return _Page(tuple(lanes), headers, columns)

    def _tables_page(self, notes: list[NoteView], columns: dict[int, ColumnView]) -> _Page:
        """Each table as a lane of its own: its notes lane by lane, each lane's run framed and
        named, so every table reads as a small board."""
        place = {column_id: index for index, column_id in enumerate(columns)}
        framed = self.mode is ProjectorMode.BOARD and len(columns) > 1
        focus = columns.get(self.focus_column_id) if self.focus_column_id else None
        headers: dict[int, HeaderText] = {}
        lanes: list[packing.Lane] = []
        tables = self._board.tables if self._board is not None else ()
        for table in tables:
            own = [n for n in notes if n.table_id == table.id and n.column_id in place]
            own.sort(key=lambda n: place[n.column_id])  # stable: reading order within a lane
            key = _TABLE_LANE - table.id
            caption = _notes_count(len(own))
            if self.mode is ProjectorMode.COLUMN and focus is not None:
                caption = f"{focus.title} · {caption}"
            headers[key] = HeaderText(table.name, caption)
            items = tuple(packing.Item(n.id, n.column_id if framed else None) for n in own)
            lanes.append(packing.Lane(key, items))
        return _Page(tuple(lanes), headers, columns)

    # ----- measuring -----------------------------------------------------------------------

    def _note_font(self, px: int) -> QFont:
        font = self._fonts.get(px)
        if font is None:
            font = self._style.font(px)
            font.setPixelSize(px)
            self._fonts[px] = font
        return font

    def _card_height(self, note_id: int, px: int, width: float) -> float:
        note = self._notes_by_id[note_id]
        # The last row holds the dots and the table of origin, when there are either.
        dots = 1 if self._dots_of(note_id) or self._names_origin(note) else 0
        pictured = self._shows_picture(note)
        key = (note.public_text, px, round(width * 4), dots, pictured)
        height = self._heights.get(key)
        if height is None:
            inner = width - 2 * _pad(px)
            height = 0.0
            if note.public_text or not pictured:
                height = text_height(note.public_text, self._note_font(px), inner)
            if pictured:
                height += _picture_block(px, note.public_text)
            height += 2 * _pad(px) + (_dots_row(px) if dots else 0.0)
            if len(self._heights) > 20_000:
                self._heights.clear()
            self._heights[key] = height
        return height

    @staticmethod
    def _shows_picture(note: NoteView) -> bool:
        return audience.picture_shown(audience.Audience.PROJECTOR, note)

    def _pictures_for(self, notes: Sequence[NoteView]) -> dict[int, QImage]:
        """The pictures these notes show, read from the record in one go for those not yet read."""
        wanted = {
            n.picture_id for n in notes if n.picture_id is not None and self._shows_picture(n)
        }
        missing = [i for i in wanted if i not in self._pictures]
        if missing:
            if len(self._pictures) > 500:
                self._pictures.clear()
            for picture_id, jpeg in self.room.services.photos.jpegs(missing).items():
                self._pictures[picture_id] = QImage.fromData(jpeg)
        return {i: self._pictures[i] for i in wanted if i in self._pictures}

    def _card_estimate(self, note_id: int, px: int, width: float) -> float:
        """A quick guess from the text's one-line width, a little generous (ragged lines)."""
        found = self._estimates.get(note_id)
        if found is None:
            text = self._notes_by_id[note_id].public_text
            one_line = self._advances.get(text)
            if one_line is None:
                one_line = advance(text, self._note_font(ESTIMATE_PX)) / ESTIMATE_PX
                one_line += 20.0 * text.count("\n")
                self._advances[text] = one_line
            note = self._notes_by_id[note_id]
            dotted = bool(self._dots_of(note_id)) or self._names_origin(note)
            found = (one_line, dotted, self._shows_picture(note))
            self._estimates[note_id] = found
        one_line, dotted, pictured = found
        constants = self._px_constants.get(px)
        if constants is None:
            _, natural = text_metrics(self._note_font(px))
            constants = (natural, min(natural, LEADING_EM * px), 2 * _pad(px), _dots_row(px))
            self._px_constants[px] = constants
        natural, tight, padding, dots_row = constants
        # A line loses about one short word to wrapping.
        usable = max(1.0, width - padding - 1.2 * px)
        lines = min(MAX_LINES, max(1, math.ceil(one_line * px / usable)))
        height = (lines - 1) * tight + natural + padding + (dots_row if dotted else 0.0)
        # Generous for a picture-only note (it has no text line): a guess may be too tall.
        return height + (PICTURE_ONLY_EM * px if pictured else 0.0)

    def _card_estimates(self, keys: Sequence[int], px: int, width: float) -> list[float]:
        """`_card_estimate` for many cards of one width, in one tight loop."""
        if not keys:
            return []
        self._card_estimate(keys[0], px, width)  # fills the per-size constants
        for key in keys:
            if key not in self._estimates:
                self._card_estimate(key, px, width)
        natural, tight, padding, dots_row = self._px_constants[px]
        usable = max(1.0, width - padding - 1.2 * px)
        scale = px / usable
        base = natural + padding - tight
        estimates = self._estimates
        picture = PICTURE_ONLY_EM * px
        return [
            min(MAX_LINES, max(1, math.ceil(one_line * scale))) * tight
            + base
            + (dots_row if dotted else 0.0)
            + (picture if pictured else 0.0)
            for one_line, dotted, pictured in (estimates[key] for key in keys)
        ]

    def _measure(self, headers: dict[int, HeaderText]) -> packing.Measure:
        style = self._style

        def header(key: int, px: int, width: float) -> float:
            text = headers[key]
            # Measured at the whole pixel below: a little narrower is never shorter.
            narrowed = math.floor(width)
            cache_key = (text, px, narrowed)
            height = self._header_heights.get(cache_key)
            if height is None:
                height = LaneHeader.measure(text, style, px, narrowed)
                if len(self._header_heights) > 5_000:
                    self._header_heights.clear()
                self._header_heights[cache_key] = height
            return height

        def label(group: int, px: int, width: float) -> float:
            return ThemeFrame.measure(self._group_title(group), style, px, width - _pad(px))

        return packing.Measure(
            card=self._card_height,
            header=header,
            group_label=label,
            estimate=self._card_estimate,
            estimates=self._card_estimates,
        )

    # ----- layout --------------------------------------------------------------------------

    def _clear(self) -> None:
        for card in self._cards.values():
            self.removeItem(card)
        for header in self._headers.values():
            self.removeItem(header)
        for item in [*self._frames, *self._group_cards]:
            self.removeItem(item)
        self._cards.clear()
        self._headers.clear()
        self._frames.clear()
        self._group_cards.clear()

    @contextlib.contextmanager
    def drawn_afresh(self) -> Iterator[None]:
        """Items drawn, not pasted from their caches, meanwhile: for an image or an SVG of the
        page (a cached card would be a bitmap there, its text no longer text)."""
        self._item_cache = QGraphicsItem.CacheMode.NoCache
        self._apply_item_cache()
        try:
            yield
        finally:
            self._item_cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
            self._apply_item_cache()

    def _apply_item_cache(self) -> None:
        for item in (*self._cards.values(), *self._group_cards, *self._frames):
            item.setCacheMode(self._item_cache)

    def _forget(self) -> None:
        """Search afresh next time: the area, the scope or the style changed."""
        self._kept.clear()
        self._card_top = None
        self._spotlight_index = None
        self._too_big = None

    def _relayout(self, *, force: bool = False) -> None:
        """Lay out again: at once while someone sees the board, else when they next look."""
        if force:
            self._forget()
        if not self._on_screen():
            self._layout_pending = True
            return
        self._layout_pending = False
        self._layout_now()

    def _relayout_soon(self) -> None:
        """Lay out once the burst of changes this one belongs to has been folded in (a grouping
        changes 40 notes in one turn: one layout, not 40); a reader or a paint lays out first."""
        self._layout_pending = True
        if self._on_screen():
            self._layout_later.request()

    def _layout_now(self) -> None:
        self._load()
        self._notes_by_id = self._notes
        self._estimates = {}
        page = self._page()
        contents = {
            lane.key: frozenset(
                (item.key, self._notes_by_id[item.key].public_text) for item in lane.items
            )
            for lane in page.lanes
        }
        plan: packing.Plan | None = None
        if not self._still_too_big(contents):
            packer = packing.Packer(self._measure(page.headers), max_px=self._largest_px())
            plan = packer.pack(page.lanes, self.width, self.height, keep=self._kept.get("board"))
        shown: Overflow | None = None
        self._spotlight_position = (0, 0)
        if plan is not None and plan.fits:
            self._kept = {"board": plan}
            self._too_big = None
            self._show_plan(plan, page, page.headers)
        else:
            self._kept.pop("board", None)
            if not self._still_too_big(contents):
                self._too_big = contents
            shown = self._degraded(page)
        self._shown = shown
        # Items repaint themselves where they changed; the scene is not repainted whole.
        self.setSceneRect(QRectF(0, 0, self.width, self.height))
        self.laid_out.emit()

    def _largest_px(self) -> int:
        """The facilitator's projector text size caps how large a sparse board's text grows."""
        return max(packing.MIN_PX, round(packing.MAX_PX * self._style.text_scale))

    def _still_too_big(self, contents: dict[int, frozenset[tuple[int, str]]]) -> bool:
        """The board was too big with fewer (or the same) notes in each lane: it still is."""
        known = self._too_big
        if known is None or set(known) != set(contents):
            return False
        return all(known[key] <= contents[key] for key in known)

    def _degraded(self, page: _Page) -> Overflow:
        """The board does not fit at the smallest text: theme cards or one lane at a time."""
        choice = self._state.overflow
        cards: tuple[packing.Plan, _Page] | None = None
        if choice is not Overflow.SPOTLIGHT:
            cards = self._theme_cards(page)
        if choice is Overflow.AUTO:
            lanes = [lane for lane in page.lanes if lane.items] or list(page.lanes)
            per_lane = sum(len(lane.items) for lane in lanes) / max(1, len(lanes))
            shown_as_cards = len(cards[0].cards) if cards is not None else 0
            choice = Overflow.SPOTLIGHT if per_lane >= shown_as_cards else Overflow.THEME_CARDS
        if choice is Overflow.THEME_CARDS and cards is not None:
            plan, card_page = cards
            self._show_plan(plan, card_page, card_page.headers, cards=True)
            return Overflow.THEME_CARDS
        self._spotlight(page)
        return Overflow.SPOTLIGHT

    def _spotlight(self, page: _Page) -> None:
        """One column on its own, as large as it fits; which one the Room's state says.

        A column too long even alone is shown in parts, each a screen of its own in turn, so
        every note comes up: the spotlight steps through columns and their parts alike.
        """
        screens = [
            (number, start, end)
            for number, lane in enumerate(page.lanes)
            for start, end in self._lane_parts(lane, page.headers[lane.key])
        ]
        index = self._state.spotlight_lane % len(screens)
        number, start, end = screens[index]
        lane = page.lanes[number]
        parts = [s for s in screens if s[0] == number]
        self._spotlight_position = (index + 1, len(screens))
        base = page.headers[lane.key]
        caption = self._spotlight_caption(number + 1, len(page.lanes))
        if len(parts) > 1:
            caption += " · " + self.tr("part {part} of {parts}").format(
                part=parts.index((number, start, end)) + 1, parts=len(parts)
            )
        headers = {lane.key: HeaderText(base.title, caption, base.hidden_count)}
        shown = packing.Lane(lane.key, lane.items[start:end])
        packer = packing.Packer(self._measure(headers), max_px=self._largest_px())
        keep = self._kept.get("spotlight") if self._spotlight_index == index else None
        plan = packer.pack([shown], self.width, self.height, keep=keep)
        if not plan.fits:
            # Only a single note taller than the screen gets here (a note has at most nine
            # lines): the smallest size, whatever runs off is the least harm.
            smallest = packing.Packer(self._measure(headers), max_px=packing.MIN_PX)
            plan = smallest.pack([shown], self.width, self.height)
            if not plan.fits:
                plan = smallest.pack([shown], self.width, self.height * 10)
        self._kept["spotlight"] = plan
        self._spotlight_index = index
        self._show_plan(plan, page, headers)

    def _spotlight_caption(self, number: int, total: int) -> str:
        if self.side_by_side:
            if self._state.spotlight_paused:
                return self.tr("Table {number} of {total} · paused").format(
                    number=number, total=total
                )
            return self.tr("Table {number} of {total} · one at a time").format(
                number=number, total=total
            )
        if self._state.spotlight_paused:
            return self.tr("Column {number} of {total} · paused").format(number=number, total=total)
        return self.tr("Column {number} of {total} · one at a time").format(
            number=number, total=total
        )

    def _lane_parts(self, lane: packing.Lane, base: HeaderText) -> list[tuple[int, int]]:
        """A column's notes split into screens that each fit at the smallest text (cached)."""
        signature = (
            lane.key,
            tuple((item.key, self._notes_by_id[item.key].public_text) for item in lane.items),
            self.width,
            self.height,
            self._style,
        )
        found = self._parts.get(lane.key)
        if found is not None and found[0] == signature:
            return found[1]
        # The longest caption a part may carry, so every part's header fits as measured.
        caption = self._spotlight_caption(99, 99) + " · " + self.tr("part {part} of {parts}")
        headers = {lane.key: HeaderText(base.title, caption, base.hidden_count)}
        packer = packing.Packer(
            self._measure(headers), min_px=packing.MIN_PX, max_px=packing.MIN_PX
        )
        parts: list[tuple[int, int]] = []
        start, count = 0, len(lane.items)
        while True:
            rest = packing.Lane(lane.key, lane.items[start:])
            if packer.pack([rest], self.width, self.height).fits:
                parts.append((start, count))
                break
            low, high, best = 1, count - start, 1
            while low <= high:
                middle = (low + high) // 2
                cut = packing.Lane(lane.key, lane.items[start : start + middle])
                if packer.pack([cut], self.width, self.height).fits:
                    best, low = middle, middle + 1
                else:
                    high = middle - 1
            parts.append((start, start + best))
            start += best
        self._parts[lane.key] = (signature, parts)
        return parts

    def _theme_cards(self, page: _Page) -> tuple[packing.Plan, _Page] | None:
        """Each theme as a card (title, count, top notes); notes in no theme on a card of their
        own. Without themes, each lane is a card. As many top notes as fit at 20 px or more."""
        notes = [self._notes_by_id[item.key] for lane in page.lanes for item in lane.items]
        groups: list[tuple[int, str, list[NoteView]]] = []
        themed = [n for n in notes if n.theme_id is not None and n.theme_id in self._themes]
        if themed:
            for theme in self._themes.values():
                members = [n for n in themed if n.theme_id == theme.id]
                if members:
                    groups.append((theme.id, theme.title, members))
            themed_ids = {n.id for n in themed}
            rest = [n for n in notes if n.id not in themed_ids]
            if rest:
                groups.append((_UNGROUPED, self.tr("Not in a theme yet"), rest))
        else:
            for lane in page.lanes:
                members = [self._notes_by_id[item.key] for item in lane.items]
                groups.append((lane.key, page.headers[lane.key].title, members))
        if not groups:
            return None
        # Top notes: most dots first, then the board's reading order.
        order = {note.id: index for index, note in enumerate(notes)}
        ranked = [
            (key, title, sorted(members, key=lambda n: (-self._dots.get(n.id, 0), order[n.id])))
            for key, title, members in groups
        ]
        most = max(len(members) for _, _, members in ranked)
        if self._card_top is not None and self._card_top <= most:
            # The count of top notes shown before: kept while it still fits.
            kept = self._cards_at(ranked, self._card_top, page, self._kept.get("cards"))
            if kept is not None:
                return kept
        # The most top notes that fit at the smallest card size, then those as large as they fit.
        low, high, top = 0, most, -1
        while low <= high:
            middle = (low + high) // 2
            if self._cards_at(ranked, middle, page, None, largest=False) is not None:
                top, low = middle, middle + 1
            else:
                high = middle - 1
        best = self._cards_at(ranked, top, page, None) if top >= 0 else None
        if best is not None:
            self._card_top = top
            self._kept["cards"] = best[0]
        return best

    def _cards_at(
        self,
        ranked: list[tuple[int, str, list[NoteView]]],
        top: int,
        page: _Page,
        keep: packing.Plan | None,
        *,
        largest: bool = True,
    ) -> tuple[packing.Plan, _Page] | None:
        """Theme cards showing at most `top` notes each, if they fit at 20 px or more (and with
        `largest`, at the largest size they fit)."""
        headers: dict[int, HeaderText] = {}
        lanes: list[packing.Lane] = []
        for key, title, members in ranked:
            shown = min(top, len(members))
            caption = _notes_top(len(members), shown)
            if shown == len(members):
                caption = _notes_count(shown)
            headers[key] = HeaderText(title, caption)
            lanes.append(packing.Lane(key, tuple(packing.Item(n.id) for n in members[:shown])))
        most_px = CARD_MODE_MAX_PX if largest else CARD_MODE_MIN_PX
        packer = packing.Packer(self._measure(headers), min_px=CARD_MODE_MIN_PX, max_px=most_px)
        plan = packer.pack(lanes, self.width, self.height, keep=keep)
        if not plan.fits:
            return None
        return plan, _Page(tuple(lanes), headers, page.columns)

    def _show_plan(
        self,
        plan: packing.Plan,
        page: _Page,
        headers: dict[int, HeaderText],
        *,
        cards: bool = False,
    ) -> None:
        """Put every item where the plan says; items no longer shown leave the scene."""
        self.plan = plan
        style, px = self._style, plan.note_px
        highlight = self._state.highlight_note_id
        wanted = set(plan.cards)
        for note_id in [i for i in self._cards if i not in wanted]:
            self.removeItem(self._cards.pop(note_id))
        pictures = self._pictures_for([self._notes_by_id[i] for i in plan.cards])
        for note_id, box in plan.cards.items():
            note = self._notes_by_id[note_id]
            card = self._cards.get(note_id)
            if card is None:
                card = NoteCard(note, style)
                card.setCacheMode(self._item_cache)
                card.dropped.connect(self._on_card_dropped)
                self._cards[note_id] = card
                self.addItem(card)
            card.set_state(
                note,
                style,
                px,
                box,
                self._dots_of(note_id),
                note_id == highlight,
                self._origin_of(note),
                pictures.get(note.picture_id) if note.picture_id is not None else None,
            )
        lane_keys = {lane.key for lane in plan.lanes}
        for key in [k for k in self._headers if k not in lane_keys]:
            self.removeItem(self._headers.pop(key))
        self._lanes = {}
        for lane in plan.lanes:
            header = self._headers.get(lane.key)
            column = None if cards else page.columns.get(lane.key)
            if header is None or header.column is not column:
                if header is not None:
                    self.removeItem(header)
                header = LaneHeader(lane.key, column, style)
                header.reveal_requested.connect(self._on_reveal_requested)
                self._headers[lane.key] = header
                self.addItem(header)
            header.set_state(headers[lane.key], style, plan.title_px, lane.header)
            if column is not None:
                box = lane.box
                self._lanes[column.id] = QRectF(box.x, box.y, box.width, box.height)
        self._place_frames(plan, style)
        self._place_group_cards(plan if cards else None, style)

    def _place_frames(self, plan: packing.Plan, style: ProjectorStyle) -> None:
        while len(self._frames) > len(plan.runs):
            self.removeItem(self._frames.pop())
        while len(self._frames) < len(plan.runs):
            frame = ThemeFrame(0)
            frame.setCacheMode(self._item_cache)
            self._frames.append(frame)
            self.addItem(frame)
        for frame, run in zip(self._frames, plan.runs, strict=True):
            frame.theme_id = run.group
            frame.set_state(
                self._group_title(run.group), run.labelled, style, plan.note_px, run.box
            )

    def _place_group_cards(self, plan: packing.Plan | None, style: ProjectorStyle) -> None:
        lanes = plan.lanes if plan is not None else []
        while len(self._group_cards) > len(lanes):
            self.removeItem(self._group_cards.pop())
        while len(self._group_cards) < len(lanes):
            card = GroupCard()
            card.setCacheMode(self._item_cache)
            self._group_cards.append(card)
            self.addItem(card)
        if plan is None:
            return
        margin = 0.3 * plan.note_px
        for card, lane in zip(self._group_cards, lanes, strict=True):
            box = lane.box
            card.set_state(
                style,
                QRectF(box.x, box.y, box.width, box.height).adjusted(
                    -margin, -margin, margin, margin
                ),
            )
