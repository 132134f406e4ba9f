"""The board as a list: columns, then themes, then notes, for screen readers and keyboards.

A screen reader cannot walk a drawing, so the same board is offered as a tree it can read
row by row: each note's words in the first cell, who said it, its dots and its flags in the
second. Notes are edited in place (F2) and removed with Delete, through the board's own
undoable commands. The tree is rebuilt from the Room's board after changes (already in memory:
nothing is read from the database), at most every REFRESH_MS and only while it can be seen,
keeping the row that had focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.i18n import english_plural
from ui.labels import short_name
from ui.once_per_turn import OncePerTurn
from workshop.room import Room
from workshop.views import BoardSnapshot, NoteView

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # set on a note's rows only
# While changes stream in, the tree is rebuilt at most this often: soon enough for someone
# reading it, and the window's thread stays free for the board and the projector.
REFRESH_MS = 250
# The most of the list's width the second column ("who, dots and flags") takes.
DETAILS_SHARE = 0.4


def _notes(count: int) -> str:
    return english_plural(
        QCoreApplication.translate("BoardListPanel", "%n note(s)", "", count), count
    )


def _dots(count: int) -> str:
    return english_plural(
        QCoreApplication.translate("BoardListPanel", "%n dot(s)", "", count), count
    )


class BoardListPanel(QWidget):
    """The open session's board as a tree of columns, themes and notes, kept in step."""

    def __init__(
        self, room: Room, editor: BoardEditor | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.editor = editor
        self._tables: dict[int, str] = {}  # the room's tables by id, as last filled
        self.model = QStandardItemModel(0, 2, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.installEventFilter(self)
        self.setFocusProxy(self.tree)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        self._filling = False
        self.model.itemChanged.connect(self._on_item_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        room.session_opened.connect(lambda _session: self.refresh())
        room.board_changed.connect(self._on_board_changed)
        # A bulk change (a grouping moves 40 notes) is one rebuild of the tree, not 40, and a room
        # of phones posting is a rebuild at most every REFRESH_MS (180 notes: 15 ms of the
        # window's thread each time). Hidden behind another tab, the list waits until shown.
        self._refresh_later = OncePerTurn(self.refresh, self, at_most_every_ms=REFRESH_MS)
        self._stale = False
        self.retranslate_ui()

    # ----- what is shown ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.tree.setAccessibleName(self.tr("Board as a list"))
        self.tree.setAccessibleDescription(
            self.tr("Columns, then themes, then notes. F2 edits a note, Delete removes it.")
        )
        self.hint.setText(
            self.tr("F2 edits the chosen note; Delete removes it (Undo brings it back).")
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_board_changed(self, session_id: int, _aspect: object) -> None:
        if session_id != self.room.session_id:
            return
        # A dock behind another tab stays "visible" to Qt but shows nothing.
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self._refresh_later.request()
        else:
            self._stale = True

    def catch_up(self, shown: bool = True) -> None:
        """Bring a list that waited while hidden up to date (its dock's tab was chosen)."""
        if shown and self._stale:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_details_column()

    def _fit_details_column(self) -> None:
        """The note's words get the width; who said it and the dots take what they need, up to
        DETAILS_SHARE of it (on a 440-pixel dock the words were cut to "Mae ..."). Set again
        after each rebuild: clearing the model resets the header's sections."""
        header = self.tree.header()
        if header.count() < 2:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        needed = self.tree.sizeHintForColumn(1)
        share = int(self.tree.viewport().width() * DETAILS_SHARE)
        header.resizeSection(1, max(0, min(needed, share)))

    def refresh(self) -> None:
        """Rebuild the tree from the Room's board, keeping the row in focus where it still is."""
        self._refresh_later.cancel()
        self._stale = False
        if self.tree.state() == QAbstractItemView.State.EditingState:
            return  # the edit's own change brings the refresh once it is committed
        current = self.current_note_id()
        self._filling = True
        try:
            self.model.clear()
            self.model.setHorizontalHeaderLabels([self.tr("Note"), self.tr("Who, dots and flags")])
            board = self.room.board
            if board is not None:
                self._fill(board)
        finally:
            self._filling = False
        self.tree.expandAll()
        self._fit_details_column()
        if current is not None:
            self.select_note(current)

    def _fill(self, board: BoardSnapshot) -> None:
        tallies = self.room.tallies
        dots = tallies.dots_on_note if tallies is not None else {}
        people = {person.id: person for person in board.participants}
        themes = {theme.id: theme for theme in board.themes}
        self._tables = {table.id: table.name for table in board.tables}
        root = self.model.invisibleRootItem()
        for column in board.columns:
            notes = [note for note in board.notes if note.column_id == column.id]
            heading = f"{column.position + 1}. {column.title}"
            column_row = _row(heading, _notes(len(notes)))
            root.appendRow(column_row)
            by_theme: dict[int | None, list[NoteView]] = {}
            for note in notes:
                by_theme.setdefault(note.theme_id, []).append(note)
            loose = [n for n in notes if n.theme_id is None or n.theme_id not in themes]
            for theme_id, members in by_theme.items():
                if theme_id is None or theme_id not in themes:
                    continue
                theme_dots = sum(dots.get(note.id, 0) for note in members)
                theme_row = _row(
                    self.tr("Theme: {title}").format(title=themes[theme_id].title),
                    f"{_notes(len(members))} · {_dots(theme_dots)}",
                )
                column_row[0].appendRow(theme_row)
                for note in members:
                    theme_row[0].appendRow(self._note_row(note, people, dots))
            for note in loose:
                column_row[0].appendRow(self._note_row(note, people, dots))

    def _note_row(
        self, note: NoteView, people: dict[int, object], dots: dict[int, int]
    ) -> list[QStandardItem]:
        person = people.get(note.author_id) if note.author_id is not None else None
        details = [short_name(person, note.role), _dots(dots.get(note.id, 0))]  # type: ignore[arg-type]
        if note.hidden:
            details.append(self.tr("hidden until revealed"))
        if note.pending:
            details.append(self.tr("awaiting approval"))
        if note.private:
            details.append(self.tr("private"))
        if note.redacted_text is not None:
            details.append(self.tr("redacted in the record"))
        table = self._tables.get(note.table_id) if note.table_id is not None else None
        if table is not None:
            details.append(self.tr("from {table}").format(table=table))
        if note.harvested:
            details.append(self.tr("in the plenary"))
        elif note.marked:
            details.append(self.tr("chosen for the plenary"))
        row = _row(note.text, " · ".join(details))
        row[0].setFlags(row[0].flags() | Qt.ItemFlag.ItemIsEditable)
        for item in row:
            item.setData(note.id, NOTE_ID_ROLE)
        return row

    # ----- reading and moving ----------------------------------------------------------------

    def current_note_id(self) -> int | None:
        value = self.tree.currentIndex().data(NOTE_ID_ROLE)
        return int(value) if value is not None else None

    def select_note(self, note_id: int) -> bool:
        if self._stale:
            self.refresh()
        found = self._index_of(note_id, QModelIndex())
        if found is None:
            return False
        self.tree.setCurrentIndex(found)
        self.tree.scrollTo(found)
        return True

    def _index_of(self, note_id: int, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(NOTE_ID_ROLE) == note_id:
                return index
            inner = self._index_of(note_id, index)
            if inner is not None:
                return inner
        return None

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The board follows the list, so a sighted helper sees the note being read out.
        note_id = current.data(NOTE_ID_ROLE)
        if note_id is not None and not self._filling:
            self.room.select_notes([int(note_id)])

    # ----- editing ---------------------------------------------------------------------------

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._filling or self.editor is None or item.column() != 0:
            return
        note_id = item.data(NOTE_ID_ROLE)
        note = self.room.note(int(note_id)) if note_id is not None else None
        if note is None or item.text() == note.text:
            return
        self.editor.edit_note(note, item.text())
        self.refresh()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.tree
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.tree.state() != QAbstractItemView.State.EditingState
        ):
            note_id = self.current_note_id()
            if note_id is not None and self.editor is not None:
                self.editor.delete_notes([note_id])
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


def _row(first: str, second: str) -> list[QStandardItem]:
    """A row of two read-only cells. The view draws them as plain text, and they carry no
    tooltip: Qt would read a tooltip that looks like markup as rich text."""
    cells = [QStandardItem(first), QStandardItem(second)]
    for cell in cells:
        cell.setEditable(False)
    return cells
