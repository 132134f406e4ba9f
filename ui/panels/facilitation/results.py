"""The Results tab: notes or themes ranked by dots, for everyone and for each voice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from ui.panels.facilitation.common import button, named
from workshop import analysis
from workshop.room import ProjectorMode, ResultsKind, Room
from workshop.vocabulary import Voice


class ResultsTab(QWidget):
    """Three ranked lists side by side; the same ranking the projector shows."""

    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        box = QVBoxLayout(self)
        row = QHBoxLayout()
        self.results_kind = QComboBox()
        self.results_kind.addItem(self.tr("Contributions"), ResultsKind.CONTRIBUTIONS.value)
        self.results_kind.addItem(self.tr("Themes"), ResultsKind.THEMES.value)
        named(
            self.results_kind,
            self.tr("Rank"),
            self.tr("Rank single contributions or whole themes."),
        )
        self.results_kind.currentIndexChanged.connect(self._on_kind)
        row.addWidget(QLabel(self.tr("Rank:")))
        row.addWidget(self.results_kind, 1)
        row.addWidget(
            button(
                self.tr("Show on projector"),
                self.tr("Show results on the projector"),
                "",
                lambda: room.show_on_projector(ProjectorMode.RESULTS),
            )
        )
        box.addLayout(row)
        lists = QHBoxLayout()
        self.results_lists: dict[Voice | None, QListWidget] = {}
        for voice, title in (
            (None, self.tr("Everyone")),
            (Voice.CITIZEN, self.tr("Citizen voice")),
            (Voice.PROFESSIONAL, self.tr("Professional voice")),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            listing = QListWidget()
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            named(
                listing,
                self.tr("Results: {who}").format(who=title),
                self.tr("Ranked by dots from {who}.").format(who=title.lower()),
            )
            label.setBuddy(listing)
            column.addWidget(label)
            column.addWidget(listing)
            lists.addLayout(column)
            self.results_lists[voice] = listing
        box.addLayout(lists, 1)

    def refresh(self) -> None:
        tallies = self._room.tallies
        if tallies is None:
            return
        kind = ResultsKind(self.results_kind.currentData())
        ranking: tuple[analysis.NoteTally, ...] | tuple[analysis.ThemeTally, ...] = (
            tallies.notes if kind is ResultsKind.CONTRIBUTIONS else tallies.themes
        )
        for voice, listing in self.results_lists.items():
            listing.clear()
            ranked = analysis.ranked_by(ranking, voice)
            for rank, tally in enumerate(ranked, start=1):
                text = (
                    tally.note.text if isinstance(tally, analysis.NoteTally) else tally.theme.title
                )
                dots = tally.count(voice)
                dots_text = (
                    self.tr("1 dot") if dots == 1 else self.tr("{count} dots").format(count=dots)
                )
                listing.addItem(f"{rank}. {text} — " + dots_text)
            if not ranked:
                listing.addItem(self.tr("No dots yet"))

    def _on_kind(self, _index: int) -> None:
        self._room.set_results_kind(ResultsKind(self.results_kind.currentData()))
        self.refresh()
