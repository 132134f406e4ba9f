"""The projector's other pages: voting results by voice, and the actions agreed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
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
    date_text,
    short_name,
    status_label,
)
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
            widget.deleteLater()


class ResultsPage(QWidget):
    """Voting results for the room: everyone, the citizen voice and the professional voice side
    by side, each ranked by its own dots, with a mark where the two voices rank a note (or a
    theme) differently ("Citizen voice: #1 · Professional voice: #4")."""

    TOP = 4
    # Said with a sign and in words, never by colour alone.
    DIFFERS = "≠"

    def __init__(self, style: ProjectorStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = style
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(int(MARGIN), int(MARGIN), int(MARGIN), int(MARGIN))
        self._grid.setHorizontalSpacing(int(LANE_GAP * 2))
        self.kind = ResultsKind.CONTRIBUTIONS
        # What each column shows, in order (voice None: everyone), and the difference marks.
        self.shown: dict[Voice | None, list[str]] = {}
        self.differences: dict[Voice | None, list[str]] = {}

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
        table = rankings.standings(
            analysis.vote_results(board)
            if kind is ResultsKind.CONTRIBUTIONS
            else analysis.theme_results(board)
        )
        columns: list[tuple[Voice | None, str]] = [
            (None, self.tr("Everyone")),
            (Voice.CITIZEN, self.tr("Citizen voice")),
            (Voice.PROFESSIONAL, self.tr("Professional voice")),
        ]
        self.shown = {}
        self.differences = {}
        for index, (voice, title) in enumerate(columns):
            box = QVBoxLayout()
            box.setSpacing(14)
            box.addWidget(_label(title, style.font(44, bold=True), style.ink))
            rule = QFrame()
            rule.setFixedHeight(5)
            rule.setStyleSheet(f"background: {style.ink};")
            box.addWidget(rule)
            ranked = rankings.ranked_for(table, voice)[: self.TOP]
            self.shown[voice] = [standing.text for standing in ranked]
            self.differences[voice] = []
            if not ranked:
                box.addWidget(_label(self.tr("No dots yet"), style.font(36), style.muted_ink))
            for standing in ranked:
                box.addWidget(self._row(standing, voice))
            box.addStretch(1)
            holder = QWidget()
            holder.setLayout(box)
            self._grid.addWidget(holder, 1, index)
        self._grid.setRowStretch(1, 1)
        for index in range(3):
            self._grid.setColumnStretch(index, 1)
        footnote = self.tr("Numbers are dots placed.")
        if any(self.differences.values()):
            footnote += " " + self.tr(
                "{mark} marks where citizens and professionals ranked it differently."
            ).format(mark=self.DIFFERS)
        self._grid.addWidget(_label(footnote, style.font(28), style.muted_ink), 2, 0, 1, 3)

    def _row(self, standing: rankings.Standing, voice: Voice | None) -> QWidget:
        """One ranked note or theme: its dots from this voice, its text, and any difference."""
        style = self._style
        dots = standing.dots_from(voice)
        row = QHBoxLayout()
        row.setSpacing(16)
        count = _label(f"{dots}", style.font(52, bold=True), style.ink, wrap=False)
        count.setMinimumWidth(int(70 * style.text_scale))
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        row.addWidget(count)
        text_box = QVBoxLayout()
        text_box.setSpacing(4)
        body = _label(standing.text, style.font(32), style.ink)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        text_box.addWidget(body)
        difference = self.difference_text(standing, voice)
        if difference:
            self.differences[voice].append(difference)
            mark = _label(difference, style.font(26, bold=True), style.ink)
            mark.setStyleSheet(
                f"color: {style.ink}; background: {style.card_fill};"
                f" border-left: 6px solid {style.ink}; padding: 2px 8px;"
            )
            text_box.addWidget(mark)
        row.addLayout(text_box, 1)
        holder = QWidget()
        holder.setLayout(row)
        dots_text = self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
        place = standing.rank_for(voice)
        holder.setAccessibleName(
            " ".join(
                part for part in (f"{place}. {standing.text}: {dots_text}.", difference) if part
            )
        )
        return holder

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
