"""The projector's other pages: voting results by voice, and the actions agreed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
)
from PySide6.QtGui import (
    QFont,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.labels import (
    short_name,
    status_label,
)
from ui.projector.scene import LANE_GAP, MARGIN
from ui.projector.style import ProjectorStyle
from workshop import analysis, audience
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
