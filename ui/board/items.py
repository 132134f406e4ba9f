"""Graphics items of the board: notes that paint their own cached text, lanes, theme frames, key."""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from ui import plain_text
from ui.i18n import english_plural
from ui.labels import role_label
from ui.theme import BadgeShape, BoardPalette, RoleStyle, readable_text_on
from workshop import layout
from workshop.views import ColumnView, NoteView, ThemeView

NOTE_PADDING = 10.0
NOTE_TOP_BAND = 6.0
NOTE_FOOTER = 30.0
MARKER_HEIGHT = 18.0
# The words painted on a note for states the room should know about, keyed by marker.
MARKER_WORDS = {
    "HIDDEN": QT_TRANSLATE_NOOP("NoteItem", "HIDDEN"),
    "AWAITING APPROVAL": QT_TRANSLATE_NOOP("NoteItem", "AWAITING APPROVAL"),
    "PRIVATE": QT_TRANSLATE_NOOP("NoteItem", "PRIVATE"),
    "ACTION": QT_TRANSLATE_NOOP("NoteItem", "ACTION"),
    "ACTIONS": QT_TRANSLATE_NOOP("NoteItem", "ACTIONS"),
    "FOR PLENARY": QT_TRANSLATE_NOOP("NoteItem", "FOR PLENARY"),
    "IN PLENARY": QT_TRANSLATE_NOOP("NoteItem", "IN PLENARY"),
}
# A table's name on a note never takes more than this share of the card's width.
TABLE_CHIP_SHARE = 0.55
BADGE_SIZE = 26.0
# How far outlines (selection, highlight) reach outside a note's card.
OUTLINE_MARGIN = 7.0
# Dots on a note: a dark pill with one white circle per dot (up to this many) and the count,
# so the tally reads without colour and a glance compares notes.
DOT_CIRCLES_MAX = 5
DOT_DIAMETER = 8.0
DOT_PILL_HEIGHT = 20.0
# Below this zoom the text is unreadable anyway, so notes draw as plain cards (fast overview).
TEXT_MIN_DETAIL = 0.3

Z_LANE = 0.0
Z_THEME = 1.0
Z_NOTE = 2.0
Z_DRAGGED = 3.0
Z_THEME_LABEL = 4.0
# Right-hand side of a lane header: its number (the capture shortcut) and its count.
HEADER_SIDE = 64.0


def fit_text(text: str, fonts: list[QFont], width: float, height: float) -> QTextLayout:
    """Lay text out in the largest font that fits the box; cut with an ellipsis if none does."""
    # QTextLayout wants Unicode line separators, not newlines.
    text = text.replace("\r\n", "\n").replace("\n", "\u2028")
    for font in fonts:
        text_layout, fits, _ = _wrap(text, font, width, height)
        if fits:
            return text_layout
    font = fonts[-1]
    text_layout, _, shown = _wrap(text, font, width, height)
    cut = shown
    while cut > 0:
        text_layout, fits, _ = _wrap(text[:cut].rstrip() + "…", font, width, height)
        if fits:
            return text_layout
        cut -= 3
    return text_layout


def paragraph_direction(text: str) -> Qt.LayoutDirection:
    """Right to left when the first letter with a direction is Arabic, Hebrew and the like."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.LeftToRight


def _wrap(text: str, font: QFont, width: float, height: float) -> tuple[QTextLayout, bool, int]:
    """Wrap text to width; returns the layout, whether it all fits and how many characters do."""
    text_layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    # An Arabic or Urdu note reads from the right: its lines start at the card's right edge
    # (QTextLayout does not mirror the alignment by itself).
    direction = paragraph_direction(text)
    option.setTextDirection(direction)
    if direction is Qt.LayoutDirection.RightToLeft:
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    text_layout.setTextOption(option)
    text_layout.setCacheEnabled(True)
    text_layout.beginLayout()
    y = 0.0
    shown = 0
    fits = True
    while True:
        line = text_layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        if y + line.height() > height:
            fits = False
            line.setNumColumns(0)
            break
        line.setPosition(QPointF(0.0, y))
        y += line.height()
        shown = line.textStart() + line.textLength()
    text_layout.endLayout()
    return text_layout, fits, shown


def fit_line(
    text: str, palette: BoardPalette, pixel_size: int, width: float, *, bold: bool = False
) -> tuple[str, QFont]:
    """One line of text in a font shrunk (by at most a quarter) to fit width, then elided."""
    smallest = max(10, round(pixel_size * 0.75))
    for px in range(pixel_size, smallest - 1, -1):
        font = palette.font(px, bold=bold)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(text) <= width:
            return text, font
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width), font


def badge_path(shape: BadgeShape, rect: QRectF) -> QPainterPath:
    """The outline of a role badge inside rect."""
    path = QPainterPath()
    c = rect.center()
    r = min(rect.width(), rect.height()) / 2
    if shape is BadgeShape.CIRCLE:
        path.addEllipse(c, r, r)
    elif shape is BadgeShape.SQUARE:
        path.addRect(rect.adjusted(1, 1, -1, -1))
    elif shape is BadgeShape.TRIANGLE:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), rect.top() - 2),
                    QPointF(rect.right() + 2, rect.bottom()),
                    QPointF(rect.left() - 2, rect.bottom()),
                ]
            )
        )
    elif shape is BadgeShape.DIAMOND:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), rect.top() - 2),
                    QPointF(rect.right() + 2, c.y()),
                    QPointF(c.x(), rect.bottom() + 2),
                    QPointF(rect.left() - 2, c.y()),
                ]
            )
        )
    else:
        points = 6 if shape is BadgeShape.HEXAGON else 10
        corners = []
        for i in range(points):
            angle = math.pi * 2 * i / points - math.pi / 2
            radius = r + 1 if shape is BadgeShape.HEXAGON or i % 2 == 0 else r * 0.62
            corners.append(
                QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle))
            )
        path.addPolygon(QPolygonF(corners))
    path.closeSubpath()
    return path


def paint_badge(painter: QPainter, style: RoleStyle, rect: QRectF, font: QFont) -> None:
    """A role badge: the role's shape in its colour with its two letters on top."""
    painter.setPen(QPen(QColor("#000000"), 1.2))
    painter.setBrush(QColor(style.colour))
    painter.drawPath(badge_path(style.shape, rect))
    painter.setPen(readable_text_on(style.colour))
    painter.setFont(font)
    text_rect = rect.adjusted(0, 4, 0, 0) if style.shape is BadgeShape.TRIANGLE else rect
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, style.letters)


def _marked(note: NoteView) -> bool:
    return note.hidden or note.pending or note.private or note.marked or note.harvested


class NoteItem(QGraphicsItem):
    """One sticky note; paints its text from a layout computed once per text and size."""

    def __init__(
        self,
        note: NoteView,
        palette: BoardPalette,
        author_label: str,
        *,
        movable: bool = True,
        table_label: str = "",
    ) -> None:
        super().__init__()
        self.note = note
        self.palette = palette
        self.author_label = author_label
        # The name of the table the note was written at ("" in the plenary or a room of one).
        self.table_label = table_label
        self.highlighted = False
        # Dots the room put on this note (the scene counts them from the votes it may show).
        self.dots = 0
        # Titles of the agreed actions that came from this note (traceability on the board).
        self.action_titles: tuple[str, ...] = ()
        self._text_layout: QTextLayout | None = None
        # The note as photographed, when it came from a photo of paper.
        self.picture: QImage | None = None
        self._rect = QRectF(0, 0, layout.NOTE_WIDTH, layout.NOTE_HEIGHT)
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        flags |= QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        if movable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(Z_NOTE)
        self._apply_state()

    @property
    def note_id(self) -> int:
        return self.note.id

    def set_actions(self, titles: tuple[str, ...]) -> None:
        """Show which actions came from this note (a marker, and their titles in the tooltip)."""
        if titles == self.action_titles:
            return
        if bool(titles) != bool(self.action_titles):
            self._text_layout = None
        self.action_titles = titles
        self.prepareGeometryChange()
        self._apply_state()
        self.update()

    def set_note(self, note: NoteView, author_label: str) -> None:
        """Show a newer snapshot of the note; the text is laid out again only if it changed."""
        if note.text != self.note.text or _marked(note) != _marked(self.note):
            self._text_layout = None
        self.note = note
        self.author_label = author_label
        self._apply_state()
        self.update()

    def set_dots(self, dots: int) -> None:
        """Show how many dots the note has (nothing when it has none)."""
        if dots != self.dots:
            self.dots = dots
            self._apply_state()
            self.update()

    def dots_text(self) -> str:
        """The dot count in words, for the tooltip and screen readers ("" without dots)."""
        if not self.dots:
            return ""
        text = QCoreApplication.translate("NoteItem", "%n dot(s)", "", self.dots)
        return english_plural(text, self.dots)

    def set_table_label(self, label: str) -> None:
        """Show the table the note came from (its badge); "" for a plenary note."""
        if label == self.table_label:
            return
        if bool(label) != bool(self.table_label):
            self._text_layout = None
        self.table_label = label
        self.prepareGeometryChange()
        self._apply_state()
        self.update()

    def set_picture(self, picture: QImage | None) -> None:
        """Show the note's own picture: filling the card when it has no text, else small."""
        self.picture = picture if picture is not None and not picture.isNull() else None
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def _apply_state(self) -> None:
        dimmed = self.note.hidden or self.note.pending
        self.setOpacity(self.palette.dim_opacity if dimmed else 1.0)
        self.setToolTip(plain_text.tooltip(self.tooltip_text()))

    def markers(self) -> list[str]:
        """Short words shown on the note for states the room should know about."""
        words = []
        if self.note.hidden:
            words.append("HIDDEN")
        if self.note.pending:
            words.append("AWAITING APPROVAL")
        if self.note.private:
            words.append("PRIVATE")
        if self.action_titles:
            words.append("ACTION" if len(self.action_titles) == 1 else "ACTIONS")
        if self.note.harvested:
            words.append("IN PLENARY")
        elif self.note.marked:
            words.append("FOR PLENARY")
        return words

    def tooltip_text(self) -> str:
        """The note's whole text (the card may cut a long one) and what its markers mean."""
        parts = (self.note.text, self.dots_text(), self.markers_text())
        return "\n\n".join(part for part in parts if part)

    def markers_text(self) -> str:
        hints = {
            "HIDDEN": QT_TRANSLATE_NOOP(
                "NoteItem", "Hidden until the facilitator reveals silent writing."
            ),
            "AWAITING APPROVAL": QT_TRANSLATE_NOOP(
                "NoteItem", "Sent from a phone; waiting for approval."
            ),
            "PRIVATE": QT_TRANSLATE_NOOP("NoteItem", "Not for the public record."),
            "FOR PLENARY": QT_TRANSLATE_NOOP(
                "NoteItem", "Its table chose it to take to the plenary."
            ),
            "IN PLENARY": QT_TRANSLATE_NOOP("NoteItem", "Taken to the plenary from its table."),
        }
        parts = [
            QCoreApplication.translate("NoteItem", hints[m]) for m in self.markers() if m in hints
        ]
        if self.action_titles:
            parts.append(
                QCoreApplication.translate("NoteItem", "Actions from this note: {titles}.").format(
                    titles="; ".join(self.action_titles)
                )
            )
        if self.table_label:
            parts.append(
                QCoreApplication.translate("NoteItem", "Written at {table}.").format(
                    table=self.table_label
                )
            )
        return " ".join(parts)

    def marker_labels(self) -> list[str]:
        """The markers as painted on the note, in the current language."""
        return [QCoreApplication.translate("NoteItem", MARKER_WORDS[m]) for m in self.markers()]

    def boundingRect(self) -> QRectF:
        # Room for the selection and highlight outlines drawn outside the card (the highlight's
        # 5 px pen 3 px out reaches 5.5 px, plus a pixel of antialiasing).
        margin = OUTLINE_MARGIN
        return self._rect.adjusted(-margin, -margin, margin, margin)

    def scene_card(self) -> QRectF:
        """The card itself (no outlines) in scene coordinates."""
        return self.mapRectToScene(self._rect)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def text_layout(self) -> QTextLayout:
        if self._text_layout is None:
            fonts = [self.palette.font(px) for px in self.palette.note_text_px]
            self._text_layout = fit_text(
                self.note.text,
                fonts,
                layout.NOTE_WIDTH - 2 * NOTE_PADDING,
                layout.NOTE_HEIGHT
                - NOTE_TOP_BAND
                - NOTE_PADDING
                - NOTE_FOOTER
                - 4
                - self._marker_space(),
            )
        return self._text_layout

    def _marker_space(self) -> float:
        """Room above the text for the state marker, so it never covers words."""
        shown = _marked(self.note) or self.action_titles or self.table_label
        return MARKER_HEIGHT + 2 if shown else 0.0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        style = self.palette.role(self.note.role)
        rect = self._rect
        fill = QColor(self.palette.note_fill(self.note.role, self.note.colour))
        painter.setPen(QPen(QColor(self.palette.note_border), 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(style.colour))
        painter.drawRect(QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, NOTE_TOP_BAND))
        detail = option.levelOfDetailFromTransform(painter.worldTransform())
        if detail >= TEXT_MIN_DETAIL:
            self._paint_text(painter, style, self.palette.text_on(fill.name()))
        self._paint_outlines(painter, option)

    def _paint_text(self, painter: QPainter, style: RoleStyle, text_colour: str) -> None:
        rect = self._rect
        painter.setPen(QColor(text_colour))
        text_top = NOTE_TOP_BAND + NOTE_PADDING - 2 + self._marker_space()
        footer_top = rect.bottom() - NOTE_FOOTER
        if self.picture is not None and not self.note.text:
            # Picture only: the handwriting itself is the note.
            area = QRectF(NOTE_PADDING, text_top, rect.width() - 2 * NOTE_PADDING, 0)
            area.setBottom(footer_top - 2)
            self._paint_picture(painter, area)
        else:
            self.text_layout().draw(painter, QPointF(NOTE_PADDING, text_top))
            if self.picture is not None:
                size = NOTE_FOOTER - 4
                corner = QRectF(rect.right() - size - 4, footer_top + 2, size, size)
                self._paint_picture(painter, corner)
        badge = QRectF(NOTE_PADDING, footer_top + 2, BADGE_SIZE, BADGE_SIZE)
        paint_badge(painter, style, badge, self.palette.font(11, bold=True))
        # The small picture, when there is one, sits at the footer's right; the dots before it.
        picture_space = NOTE_FOOTER if self.picture is not None and self.note.text else 0.0
        dots_right = rect.right() - 4 - picture_space
        dots_width = self._paint_dots(painter) if self.dots else 0.0
        painter.setPen(QColor(text_colour))
        name_rect = QRectF(
            badge.right() + 6,
            footer_top,
            dots_right - dots_width - badge.right() - 6 - (4 if dots_width else 0),
            NOTE_FOOTER,
        )
        name, footer_font = fit_line(
            self.author_label, self.palette, self.palette.footer_px, name_rect.width()
        )
        painter.setFont(footer_font)
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )
        markers = self.marker_labels()
        if markers:
            self._paint_marker(painter, " · ".join(markers))
        if self.table_label:
            self._paint_table_chip(painter)

    def dots_rect(self) -> QRectF:
        """Where the dots pill is drawn, in item coordinates (empty without dots)."""
        if not self.dots:
            return QRectF()
        picture_space = NOTE_FOOTER if self.picture is not None and self.note.text else 0.0
        right = self._rect.right() - 4 - picture_space
        width = self._dots_width()
        top = self._rect.bottom() - NOTE_FOOTER + (NOTE_FOOTER - DOT_PILL_HEIGHT) / 2
        return QRectF(right - width, top, width, DOT_PILL_HEIGHT)

    def _dots_width(self) -> float:
        circles = min(self.dots, DOT_CIRCLES_MAX)
        number = QFontMetricsF(self.palette.font(13, bold=True)).horizontalAdvance(str(self.dots))
        return 6 + circles * (DOT_DIAMETER + 3) + number + 7

    def _paint_dots(self, painter: QPainter) -> float:
        """The dots pill at the footer's right edge; returns its width."""
        box = self.dots_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.palette.marker_fill))
        painter.drawRoundedRect(box, DOT_PILL_HEIGHT / 2, DOT_PILL_HEIGHT / 2)
        painter.setBrush(QColor(self.palette.marker_text))
        x = box.left() + 6
        centre_y = box.center().y()
        for _ in range(min(self.dots, DOT_CIRCLES_MAX)):
            painter.drawEllipse(QRectF(x, centre_y - DOT_DIAMETER / 2, DOT_DIAMETER, DOT_DIAMETER))
            x += DOT_DIAMETER + 3
        painter.setPen(QColor(self.palette.marker_text))
        painter.setFont(self.palette.font(13, bold=True))
        painter.drawText(
            QRectF(x, box.top(), box.right() - x - 5, box.height()),
            Qt.AlignmentFlag.AlignCenter,
            str(self.dots),
        )
        return box.width()

    def _paint_picture(self, painter: QPainter, area: QRectF) -> None:
        assert self.picture is not None
        size = self.picture.size().toSizeF().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            area.center().x() - size.width() / 2,
            area.center().y() - size.height() / 2,
            size.width(),
            size.height(),
        )
        painter.drawImage(target, self.picture)

    def _paint_marker(self, painter: QPainter, text: str) -> None:
        font = self.palette.font(11, bold=True)
        width = QFontMetricsF(font).horizontalAdvance(text) + 12
        box = QRectF(
            self._rect.right() - width - 4,
            self._rect.top() + NOTE_TOP_BAND + 3,
            width,
            MARKER_HEIGHT,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.palette.marker_fill))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(self.palette.marker_text))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_table_chip(self, painter: QPainter) -> None:
        """The table of origin, top left, outlined so it never reads as a state marker."""
        font = self.palette.font(11, bold=True)
        metrics = QFontMetricsF(font)
        widest = self._rect.width() * TABLE_CHIP_SHARE
        text = metrics.elidedText(self.table_label, Qt.TextElideMode.ElideRight, widest - 12)
        box = QRectF(
            self._rect.left() + 4,
            self._rect.top() + NOTE_TOP_BAND + 3,
            metrics.horizontalAdvance(text) + 12,
            MARKER_HEIGHT,
        )
        painter.setPen(QPen(QColor(self.palette.marker_fill), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(self.palette.note_text))
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_outlines(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.highlighted:
            painter.setPen(QPen(QColor(self.palette.highlight), 5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(self._rect.adjusted(-3, -3, 3, 3), 8, 8)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor(self.palette.selection), 4))
            painter.drawRoundedRect(self._rect.adjusted(-2, -2, 2, 2), 7, 7)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(self.palette.focus), 2, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(self._rect.adjusted(3, 3, -3, -3), 4, 4)


class LaneItem(QGraphicsItem):
    """A column of the board drawn as a lane, its prompt as the header."""

    def __init__(self, column: ColumnView, palette: BoardPalette, height: float) -> None:
        super().__init__()
        self.column = column
        self.palette = palette
        self.note_count = 0
        self._height = height
        self._title_layout: QTextLayout | None = None
        self.setZValue(Z_LANE)
        # Not cached: a lane of a big board is taller than the view, so its cache would be
        # clipped to the view and partly redrawn on every pan anyway; drawing it is cheap.
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    @property
    def column_id(self) -> int:
        return self.column.id

    def set_column(self, column: ColumnView) -> None:
        if column.title != self.column.title:
            self._title_layout = None
        self.column = column
        self.update()

    def set_height(self, height: float) -> None:
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height

    def set_note_count(self, count: int) -> None:
        if count != self.note_count:
            self.note_count = count
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, layout.LANE_WIDTH, self._height)

    def title_layout(self) -> QTextLayout:
        if self._title_layout is None:
            fonts = [
                self.palette.font(px, bold=True)
                for px in (self.palette.lane_title_px, self.palette.lane_title_px - 5, 19, 16)
            ]
            self._title_layout = fit_text(
                self.column.title, fonts, layout.LANE_WIDTH - layout.GAP - HEADER_SIDE, 56
            )
        return self._title_layout

    def count_font(self, count: str, width: float) -> QFont:
        """The note count's font: 12 px, smaller (not under 9 px) when a language's words for
        the count are wider than the space beside the title."""
        for size in (12, 11, 10, 9):
            font = self.palette.font(size)
            metrics = QFontMetricsF(font)
            if max(metrics.horizontalAdvance(line) for line in count.split("\n")) <= width:
                break
        return font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rect = self.boundingRect()
        painter.setPen(QPen(QColor(self.palette.lane_border), 1.5))
        painter.setBrush(QColor(self.palette.lane_fill))
        painter.drawRoundedRect(rect, 10, 10)
        # The lane's number is the capture bar's Ctrl+number shortcut for it.
        number = self.column.position + 1
        painter.setFont(self.palette.font(16, bold=True))
        painter.setPen(QColor(self.palette.lane_subtitle))
        side = QRectF(rect.right() - HEADER_SIDE, 6, HEADER_SIDE - 8, 24)
        if number <= 9:
            painter.drawText(
                side, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(number)
            )
        painter.setPen(QColor(self.palette.lane_title))
        title = self.title_layout()
        title_height = title.boundingRect().height()
        title.draw(painter, QPointF(layout.GAP, max(4.0, (layout.LANE_HEADER - title_height) / 2)))
        notes = self.note_count
        count = english_plural(QCoreApplication.translate("Board", "%n note(s)", "", notes), notes)
        if self.column.silent:
            count += "\n" + QCoreApplication.translate("Board", "silent")
        room = QRectF(side.left() - 10, side.bottom(), side.width() + 10, 32)
        painter.setFont(self.count_font(count, room.width()))
        painter.setPen(QColor(self.palette.lane_subtitle))
        # Never clipped: a longer count ("15 o nodiadau") must keep its number.
        painter.drawText(
            room,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip,
            count,
        )
        painter.setPen(QPen(QColor(self.palette.lane_border), 1))
        painter.drawLine(
            QPointF(rect.left() + 8, layout.LANE_HEADER),
            QPointF(rect.right() - 8, layout.LANE_HEADER),
        )


class ThemeFrameItem(QGraphicsItem):
    """Labelled frames around the notes of one theme, following them as they move.

    A theme's members can sit in several lanes, or apart within one: one frame is drawn
    around each group of members that no other note interrupts, every frame carries the
    theme's label, and a dashed line joins them, so a frame never encloses a note that is
    not in the theme.
    """

    MARGIN = 7.0

    def __init__(self, theme: ThemeView, palette: BoardPalette) -> None:
        super().__init__()
        self.theme = theme
        self.palette = palette
        self._frames: list[QRectF] = []
        self._bounds = QRectF()
        self.setZValue(Z_THEME)
        # Frames are drawn under the notes, labels over them: labels are separate scene items.
        self.labels: list[ThemeLabelItem] = []

    @property
    def theme_id(self) -> int:
        return self.theme.id

    def set_theme(self, theme: ThemeView) -> None:
        self.theme = theme
        for label in self.labels:
            label.refresh()
        self.update()

    def fit_around(self, groups: list[QRectF]) -> None:
        """Draw one frame around each group of members (scene rectangles); none hides it."""
        self.prepareGeometryChange()
        self._frames = [
            g.adjusted(-self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN) for g in groups
        ]
        bounds = QRectF()
        for frame in self._frames:
            bounds = bounds.united(frame)
        self._bounds = bounds
        self.setVisible(bool(self._frames))
        self._sync_labels()

    def _sync_labels(self) -> None:
        scene = self.scene()
        while len(self.labels) > len(self._frames):
            label = self.labels.pop()
            if label.scene() is not None:
                label.scene().removeItem(label)
        while len(self.labels) < len(self._frames):
            label = ThemeLabelItem(self, len(self.labels))
            self.labels.append(label)
            if scene is not None:
                scene.addItem(label)
        for label in self.labels:
            label.refresh()

    def remove_labels(self) -> None:
        """Take the labels off the scene (the frame itself is removed by its scene)."""
        for label in self.labels:
            if label.scene() is not None:
                label.scene().removeItem(label)
        self.labels = []

    @property
    def label(self) -> ThemeLabelItem | None:
        """The first frame's label (the theme's name where it starts)."""
        return self.labels[0] if self.labels else None

    def frame_rects(self) -> list[QRectF]:
        """Each frame, in scene coordinates, in reading order."""
        return [QRectF(frame) for frame in self._frames]

    def frame_rect(self) -> QRectF:
        """The box around all the frames."""
        return QRectF(self._bounds)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        # Only the frames themselves: the space between them belongs to other notes and lanes.
        path = QPainterPath()
        for frame in self._frames:
            path.addRect(frame)
        return path

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        colour = QColor(self.palette.theme_frame)
        tint = QColor(colour)
        tint.setAlpha(28)
        painter.setBrush(QBrush(tint))
        painter.setPen(QPen(colour, 3))
        for frame in self._frames:
            painter.drawRoundedRect(frame, 10, 10)
        if len(self._frames) > 1:
            # Dashed joins from each frame to the next, so the room reads them as one theme.
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            for here, there in zip(self._frames, self._frames[1:], strict=False):
                painter.drawLine(_join_point(here, there), _join_point(there, here))


def _join_point(frame: QRectF, other: QRectF) -> QPointF:
    """Where a join leaves frame towards other: the middle of the facing side."""
    if other.left() >= frame.right():
        return QPointF(frame.right(), frame.center().y())
    if other.right() <= frame.left():
        return QPointF(frame.left(), frame.center().y())
    if other.top() >= frame.bottom():
        return QPointF(frame.center().x(), frame.bottom())
    return QPointF(frame.center().x(), frame.top())


class ThemeLabelItem(QGraphicsItem):
    """The theme's name as a tab on the top edge of one of its frames, drawn above the notes."""

    def __init__(self, frame: ThemeFrameItem, index: int = 0) -> None:
        super().__init__()
        self.frame = frame
        self.index = index
        self._rect = QRectF()
        self._title = ""
        self._font = frame.palette.font(frame.palette.theme_label_px, bold=True)
        self.setZValue(Z_THEME_LABEL)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    @property
    def title(self) -> str:
        """The title as painted (elided when the frame is narrow)."""
        return self._title

    def refresh(self) -> None:
        frames = self.frame.frame_rects()
        if self.index >= len(frames):
            return
        frame = frames[self.index]
        palette = self.frame.palette
        max_width = max(80.0, frame.width() - 20)
        title, font = fit_line(
            self.frame.theme.title, palette, palette.theme_label_px, max_width - 18, bold=True
        )
        self._title = title
        self._font = font
        metrics = QFontMetricsF(font)
        height = metrics.height() + 6
        width = metrics.horizontalAdvance(title) + 18
        self.prepareGeometryChange()
        self._rect = QRectF(frame.left() + 10, frame.top() - height * 0.6, width, height)
        self.setToolTip(plain_text.tooltip(self.frame.theme.title))
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        palette = self.frame.palette
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.theme_label_fill))
        painter.drawRoundedRect(self._rect, 6, 6)
        painter.setPen(QColor(palette.theme_label_text))
        painter.setFont(self._font)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._title)


class LegendItem(QGraphicsItem):
    """The key to the role badges and the board's title, drawn above the lanes."""

    HEIGHT = 84.0

    def __init__(self, palette: BoardPalette, title: str, width: float) -> None:
        super().__init__()
        self.palette = palette
        self.title = title
        self._width = width
        self.setZValue(Z_LANE)

    def set_title(self, title: str, width: float) -> None:
        self.prepareGeometryChange()
        self.title = title
        self._width = width
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, max(self._width, 600.0), self.HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(QColor(self.palette.lane_title))
        title_font = self.palette.font(self.palette.lane_title_px + 4, bold=True)
        painter.setFont(title_font)
        painter.drawText(
            QRectF(0, 0, self._width, 40),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(title_font).elidedText(
                self.title, Qt.TextElideMode.ElideRight, max(self._width, 600.0)
            ),
        )
        x = 0.0
        label_font = self.palette.font(16)
        metrics = QFontMetricsF(label_font)
        for role, style in self.palette.roles.items():
            label = role_label(role)
            paint_badge(
                painter,
                style,
                QRectF(x, 48, BADGE_SIZE, BADGE_SIZE),
                self.palette.font(11, bold=True),
            )
            painter.setPen(QColor(self.palette.lane_title))
            painter.setFont(label_font)
            text_width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x + BADGE_SIZE + 6, 46, text_width + 4, 28),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            x += BADGE_SIZE + 6 + text_width + 28
