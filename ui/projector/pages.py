"""The projector's other pages: voting results by voice, and the actions agreed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.labels import (
    date_text,
    short_name,
    status_label,
)
from ui.projector.cards_text import right_to_left
from ui.projector.scene import LANE_GAP, MARGIN
from ui.projector.style import ProjectorStyle
from workshop import analysis, audience, rankings
from workshop.audience import Audience
from workshop.room import ResultsKind
from workshop.views import ActionView, BoardSnapshot
from workshop.vocabulary import ActionStatus, Voice


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
            # Hidden at once: deleteLater waits for the event loop, and a page drawn before it
            # runs (a snapshot, the next paint) would show the old rows under the new ones.
            widget.hide()
            widget.deleteLater()


@dataclass(frozen=True)
class ResultsSizes:
    """Text sizes of the results page in reference pixels (1080p); the first that fits wins."""

    heading: int
    title: int
    count: int
    body: int
    mark: int
    footnote: int


# Largest first. The smallest keeps every text at 20 px or more at 1080p (18 px is the floor).
RESULTS_SIZES: tuple[ResultsSizes, ...] = (
    ResultsSizes(52, 44, 52, 32, 26, 28),
    ResultsSizes(46, 38, 46, 28, 24, 24),
    ResultsSizes(40, 34, 40, 24, 22, 22),
    ResultsSizes(36, 30, 34, 22, 20, 20),
)
# The page's own reference size: the projector's screen less its stage bar.
RESULTS_REFERENCE = QSize(1920, 1000)


def _block(text: str, font: QFont, width: float) -> QTextLayout:
    """Text wrapped to width, right-aligned when it reads right to left; lines placed from 0."""
    block = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    if right_to_left(text):
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignRight)
    block.setTextOption(option)
    block.beginLayout()
    y = 0.0
    while True:
        line = block.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    block.endLayout()
    return block


def _height(block: QTextLayout) -> float:
    return block.boundingRect().height()


@dataclass
class _Row:
    """One ranked entry as drawn: its dots, its text and the difference mark, laid out."""

    count: QTextLayout
    body: QTextLayout
    mark: QTextLayout | None
    height: float


class ResultsPage(QWidget):
    """Voting results for the room: everyone, the citizen voice and the professional voice side
    by side, each ranked by its own dots, with a mark where the two voices rank a note (or a
    theme) differently ("Citizen voice: #1 · Professional voice: #4").

    Painted, not built from labels, so it is laid out for whatever size it is drawn at (a
    snapshot, a resize): text scales with the page and shrinks step by step until every row
    fits; when even the smallest sizes do not fit, fewer rows are shown, never rows cut or
    drawn over each other. Text from people is drawn as plain text.
    """

    TOP = 4
    # Said with a sign and in words, never by colour alone.
    DIFFERS = "≠"

    def __init__(self, style: ProjectorStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self.kind = ResultsKind.CONTRIBUTIONS
        # What each column shows, in order (voice None: everyone), and the difference marks.
        self.shown: dict[Voice | None, list[str]] = {}
        self.differences: dict[Voice | None, list[str]] = {}
        self.footnote = ""
        self.sizes = RESULTS_SIZES[0]
        self._table: list[rankings.Standing] = []
        self._columns: list[tuple[Voice | None, str]] = []
        self.setAutoFillBackground(False)

    def set_style(self, style: ProjectorStyle) -> None:
        self._style = style
        self.update()

    def show_results(self, board: BoardSnapshot, kind: ResultsKind) -> None:
        self.kind = kind
        board = audience.board_for(Audience.PROJECTOR, board)
        self._table = rankings.standings(
            analysis.vote_results(board)
            if kind is ResultsKind.CONTRIBUTIONS
            else analysis.theme_results(board)
        )
        self._columns = [
            (None, self.tr("Everyone")),
            (Voice.CITIZEN, self.tr("Citizen voice")),
            (Voice.PROFESSIONAL, self.tr("Professional voice")),
        ]
        self._choose(self.TOP)
        self.footnote = self.tr("Numbers are dots placed.")
        if any(self.differences.values()):
            self.footnote += " " + self.tr(
                "{mark} marks where citizens and professionals ranked it differently."
            ).format(mark=self.DIFFERS)
        self.setAccessibleDescription(self._spoken())
        self.update()

    def heading(self) -> str:
        if self.kind is ResultsKind.CONTRIBUTIONS:
            return self.tr("Priorities: contributions with the most dots")
        return self.tr("Priorities: themes with the most dots")

    def _choose(self, top: int) -> None:
        """What each column shows: its voice's first `top` entries and their marks."""
        self.shown = {}
        self.differences = {}
        for voice, _ in self._columns:
            ranked = rankings.ranked_for(self._table, voice)[:top]
            self.shown[voice] = [s.text for s in ranked]
            self.differences[voice] = [
                d for d in (self.difference_text(s, voice) for s in ranked) if d
            ]

    def _spoken(self) -> str:
        """The page in words, for screen readers (they cannot read a painting)."""
        parts = [self.heading()]
        for voice, title in self._columns:
            ranked = rankings.ranked_for(self._table, voice)[: len(self.shown.get(voice, []))]
            entries = [
                f"{s.rank_for(voice)}. {s.text}: {self._dots_words(s.dots_from(voice))}."
                for s in ranked
            ]
            parts.append(f"{title}: " + (" ".join(entries) or self.tr("No dots yet")))
        return "\n".join(parts)

    def _dots_words(self, dots: int) -> str:
        return self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)

    # ----- layout and painting -----------------------------------------------------------

    def scale_factor(self) -> float:
        """The page's size against the reference (at least a fifth, so text never vanishes)."""
        return max(
            0.2,
            min(
                self.width() / RESULTS_REFERENCE.width(),
                self.height() / RESULTS_REFERENCE.height(),
            ),
        )

    def _font(self, size: int, factor: float, *, bold: bool = False) -> QFont:
        font = self._style.font(size, bold=bold)
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
        return font

    def _rows(
        self, voice: Voice | None, sizes: ResultsSizes, factor: float, width: float, top: int
    ) -> list[_Row]:
        count_width = sizes.count * 1.4 * factor * self._style.text_scale
        gap = 16 * factor
        text_width = width - count_width - gap
        rows = []
        for standing in rankings.ranked_for(self._table, voice)[:top]:
            count = _block(
                str(standing.dots_from(voice)), self._font(sizes.count, factor, bold=True), 1e4
            )
            body = _block(standing.text, self._font(sizes.body, factor), text_width)
            difference = self.difference_text(standing, voice)
            mark = None
            height = max(_height(count), _height(body))
            if difference:
                mark_font = self._font(sizes.mark, factor, bold=True)
                mark = _block(difference, mark_font, text_width - 20 * factor)
                height = max(
                    _height(count), _height(body) + 6 * factor + _height(mark) + 6 * factor
                )
            rows.append(_Row(count, body, mark, height))
        return rows

    def plan(self) -> tuple[ResultsSizes, int, float]:
        """The largest sizes, and then the most rows, whose page fits the widget."""
        factor = self.scale_factor()
        for top in range(self.TOP, 0, -1):
            for sizes in RESULTS_SIZES:
                if self.page_height(sizes, factor, top) <= self.height():
                    return sizes, top, factor
        return RESULTS_SIZES[-1], 1, factor

    def _column_width(self, factor: float) -> float:
        margin, gap = MARGIN * factor, LANE_GAP * 2 * factor
        return (self.width() - 2 * margin - 2 * gap) / 3

    def page_height(self, sizes: ResultsSizes, factor: float, top: int) -> float:
        margin = MARGIN * factor
        width = self._column_width(factor)
        inner = self.width() - 2 * margin
        height = 2 * margin
        height += _height(
            _block(self.heading(), self._font(sizes.heading, factor, bold=True), inner)
        )
        height += 20 * factor
        tallest = 0.0
        for voice, title in self._columns:
            column = _height(_block(title, self._font(sizes.title, factor, bold=True), width))
            column += 5 * factor + 28 * factor
            rows = self._rows(voice, sizes, factor, width, top)
            column += sum(row.height for row in rows) + 18 * factor * max(0, len(rows) - 1)
            if not rows:
                column += _height(
                    _block(self.tr("No dots yet"), self._font(sizes.body, factor), width)
                )
            tallest = max(tallest, column)
        height += tallest + 20 * factor
        height += _height(_block(self.footnote, self._font(sizes.footnote, factor), inner))
        return height

    def paintEvent(self, event: QPaintEvent) -> None:
        sizes, top, factor = self.plan()
        self.sizes = sizes
        if top != len(max(self.shown.values(), key=len, default=[])):
            self._choose(top)
        style = self._style
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        painter.fillRect(self.rect(), QColor(style.background))
        painter.setPen(QColor(style.ink))
        margin = MARGIN * factor
        inner = self.width() - 2 * margin
        heading = _block(self.heading(), self._font(sizes.heading, factor, bold=True), inner)
        heading.draw(painter, QPointF(margin, margin))
        top_y = margin + _height(heading) + 20 * factor
        width = self._column_width(factor)
        bottom = top_y
        for index, (voice, title) in enumerate(self._columns):
            x = margin + index * (width + LANE_GAP * 2 * factor)
            bottom = max(
                bottom,
                self._paint_column(painter, voice, title, sizes, factor, x, top_y, width, top),
            )
        footnote = _block(self.footnote, self._font(sizes.footnote, factor), inner)
        painter.setPen(QColor(style.muted_ink))
        footnote.draw(
            painter,
            QPointF(margin, max(bottom + 20 * factor, self.height() - margin - _height(footnote))),
        )
        painter.end()

    def _paint_column(
        self,
        painter: QPainter,
        voice: Voice | None,
        title: str,
        sizes: ResultsSizes,
        factor: float,
        x: float,
        y: float,
        width: float,
        top: int,
    ) -> float:
        style = self._style
        painter.setPen(QColor(style.ink))
        heading = _block(title, self._font(sizes.title, factor, bold=True), width)
        heading.draw(painter, QPointF(x, y))
        y += _height(heading) + 5 * factor
        painter.fillRect(QRectF(x, y, width, max(2.0, 5 * factor)), QColor(style.ink))
        y += 5 * factor + 28 * factor
        rows = self._rows(voice, sizes, factor, width, top)
        if not rows:
            painter.setPen(QColor(style.muted_ink))
            empty = _block(self.tr("No dots yet"), self._font(sizes.body, factor), width)
            empty.draw(painter, QPointF(x, y))
            return y + _height(empty)
        count_width = sizes.count * 1.4 * factor * style.text_scale
        text_x = x + count_width + 16 * factor
        for row in rows:
            painter.setPen(QColor(style.ink))
            count_w = row.count.lineAt(0).naturalTextWidth()
            row.count.draw(painter, QPointF(x + count_width - count_w, y))
            row.body.draw(painter, QPointF(text_x, y))
            if row.mark is not None:
                mark_y = y + _height(row.body) + 6 * factor
                box = QRectF(text_x, mark_y, width - (text_x - x), _height(row.mark) + 6 * factor)
                painter.fillRect(box, QColor(style.card_fill))
                painter.fillRect(
                    QRectF(box.left(), box.top(), 6 * factor, box.height()), QColor(style.ink)
                )
                row.mark.draw(painter, QPointF(text_x + 14 * factor, mark_y + 3 * factor))
            y += row.height + 18 * factor
        return y

    def difference_text(self, standing: rankings.Standing, voice: Voice | None) -> str:
        """ "≠ Citizen voice: #1 · Professional voice: #4" where the voices differ, else ""."""
        if not standing.voices_differ:
            return ""
        # In a voice's own column its place is already plain; name the other voice's.
        others = [v for v in rankings.VOICES if v is not voice]
        parts = [self._place_in(v, standing.rank_for(v)) for v in others]
        return f"{self.DIFFERS} " + " · ".join(parts)

    def _place_in(self, voice: Voice, place: int | None) -> str:
        where = self.tr("no dots") if place is None else f"#{place}"
        if voice is Voice.CITIZEN:
            return self.tr("Citizen voice: {place}").format(place=where)
        return self.tr("Professional voice: {place}").format(place=where)


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
                details.append(
                    self.tr("by {date}").format(date=date_text(action.due, "d MMMM yyyy"))
                )
            self._box.addWidget(
                _label("   " + " · ".join(details), style.font(32), style.muted_ink)
            )
        if not self.shown:
            self._box.addWidget(_label(self.tr("No actions yet."), style.font(36), style.muted_ink))
        self._box.addStretch(1)
