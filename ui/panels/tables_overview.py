"""The facilitator's overview of the room's tables: one small board per table, kept live.

A view of the Room. The tables and the session's columns come from the Room's board when the
overview opens (or when a table or a column changes, which is rare); after that each note the
Room folds in (`Room.note_folded`) touches only the small board of its table, before and after,
so four busy tables never make the overview read or redraw the whole board.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QStaticText,
    QTransform,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.board.commands import LetThroughCommand, RevealCommand, ServiceCommand
from ui.board.editing import BoardEditor
from ui.board.scene import BoardScene
from ui.i18n import english_plural, refusal_text
from ui.once_per_turn import OncePerTurn
from ui.theme import DESK, BoardPalette
from workshop import audience
from workshop.errors import WorkshopError
from workshop.room import SIDE_BY_SIDE, Aspect, Room
from workshop.views import ColumnView, NoteView, TableView
from workshop.vocabulary import Voice, voice_of

# A small note: two lines of small text in a box, so a table of 30 stays legible on a laptop.
NOTE_PX = 11
LANE_TITLE_PX = 12
NOTE_LINES = 2
PAD = 4.0
GAP = 3.0


# Changes that can alter which tables or lanes there are: the overview is laid out again.
class MiniBoard(QWidget):
    """One table's notes drawn small, lane by lane, newest at the bottom of each lane.

    When a lane holds more than fits, its newest notes show and a line counts the earlier ones:
    a note just written is the one the facilitator wants to see arrive.
    """

    def __init__(self, palette: BoardPalette = DESK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.columns: list[ColumnView] = []
        self.notes: dict[int, NoteView] = {}  # this table's notes, by id (ids grow with time)
        # Fonts measured once; each note's text laid out once for its width (a repaint then
        # only draws), so a busy table's board repaints in a few milliseconds.
        self._title_font = palette.font(LANE_TITLE_PX, bold=True)
        self._note_font = palette.font(NOTE_PX)
        self._title_metrics = QFontMetricsF(self._title_font)
        self._note_metrics = QFontMetricsF(self._note_font)
        self._laid_out: dict[int, tuple[tuple[str, int], QStaticText]] = {}
        # The board as last drawn: a repaint with nothing new only copies it; a change to this
        # table draws it again (the other tables' boards are untouched).
        self._picture: QPixmap | None = None
        self.setMinimumSize(220, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_columns(self, columns: Sequence[ColumnView]) -> None:
        self.columns = sorted(columns, key=lambda c: (c.position, c.id))
        self._redraw()

    def set_notes(self, notes: Iterable[NoteView]) -> None:
        self.notes = {n.id: n for n in sorted(notes, key=lambda n: n.id)}
        self._redraw()

    def put(self, note: NoteView) -> None:
        self.notes[note.id] = note
        if len(self.notes) > 1 and note.id < next(reversed(self.notes)):
            self.notes = dict(sorted(self.notes.items()))
        self._redraw()

    def drop(self, note_id: int) -> None:
        self._laid_out.pop(note_id, None)
        if self.notes.pop(note_id, None) is not None:
            self._redraw()

    def _redraw(self) -> None:
        self._picture = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._picture = None
        super().resizeEvent(event)

    def lane_notes(self, column_id: int) -> list[NoteView]:
        return [n for n in self.notes.values() if n.column_id == column_id]

    def note_height(self) -> float:
        return NOTE_LINES * self._note_metrics.lineSpacing() + 2 * PAD

    def shown_in_lane(self, column_id: int) -> tuple[list[NoteView], int]:
        """The notes of a lane that fit (the newest), and how many earlier ones do not."""
        notes = self.lane_notes(column_id)
        title = self._title_metrics.lineSpacing()
        room_for = self.height() - (title + 2 * PAD)
        step = self.note_height() + GAP
        fits = max(0, math.floor((room_for + GAP) / step))
        if len(notes) > fits:
            fits = max(0, fits - 1)  # one slot says how many earlier notes are not shown
        earlier = max(0, len(notes) - fits)
        return notes[earlier:], earlier

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._picture is None:
            ratio = self.devicePixelRatioF()
            self._picture = QPixmap(self.size() * ratio)
            self._picture.setDevicePixelRatio(ratio)
            drawing = QPainter(self._picture)
            self._draw(drawing)
            drawing.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        palette = self.palette_
        painter.fillRect(self.rect(), QColor(palette.background))
        if not self.columns:
            return
        width = self.width() / len(self.columns)
        title_font, note_font = self._title_font, self._note_font
        title_height = self._title_metrics.lineSpacing()
        note_height = self.note_height()
        for index, column in enumerate(self.columns):
            lane = QRectF(index * width + GAP / 2, 0, width - GAP, self.height())
            painter.setPen(QPen(QColor(palette.lane_border)))
            painter.setBrush(QColor(palette.lane_fill))
            painter.drawRect(lane)
            painter.setPen(QColor(palette.lane_title))
            painter.setFont(title_font)
            title = self._title_metrics.elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(lane.width() - 2 * PAD)
            )
            painter.drawText(
                QRectF(lane.left() + PAD, PAD, lane.width() - 2 * PAD, title_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            shown, earlier = self.shown_in_lane(column.id)
            top = PAD + title_height + PAD
            painter.setFont(note_font)
            if earlier:
                painter.setPen(QColor(palette.lane_subtitle))
                painter.drawText(
                    QRectF(lane.left() + PAD, top, lane.width() - 2 * PAD, note_height),
                    Qt.AlignmentFlag.AlignCenter,
                    self.tr("+ %n earlier", "", earlier),
                )
                top += note_height + GAP
            for note in shown:
                self._paint_note(
                    painter,
                    note,
                    QRectF(lane.left() + PAD, top, lane.width() - 2 * PAD, note_height),
                )
                top += note_height + GAP

    def _paint_note(self, painter: QPainter, note: NoteView, box: QRectF) -> None:
        palette = self.palette_
        fill = palette.note_fill(note.role, note.colour)
        # Notes the room has not seen yet (silent writing, held, off the record) are drawn faint.
        painter.setOpacity(1.0 if audience.projector(note) else palette.dim_opacity)
        painter.setPen(QPen(QColor(palette.note_border)))
        painter.setBrush(QColor(fill))
        painter.drawRect(box)
        painter.setPen(QColor(palette.text_on(fill)))
        inner = box.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setClipRect(inner)  # at most NOTE_LINES lines, even when words wrap unevenly
        painter.drawStaticText(inner.topLeft(), self._layout(note, inner.width()))
        painter.restore()
        painter.setOpacity(1.0)

    def _layout(self, note: NoteView, width: float) -> QStaticText:
        """The note's words cut to its lines and wrapped to the width, laid out once."""
        key = (note.text, round(width))
        found = self._laid_out.get(note.id)
        if found is not None and found[0] == key:
            return found[1]
        flat = " ".join(note.text.split())
        cut = self._note_metrics.elidedText(flat, Qt.TextElideMode.ElideRight, width * NOTE_LINES)
        text = QStaticText(cut)
        text.setTextFormat(Qt.TextFormat.PlainText)  # a person's words, never markup
        text.setTextWidth(width)
        text.prepare(QTransform(), self._note_font)
        self._laid_out[note.id] = (key, text)
        return text


class TableCard(QFrame):
    """A table's name, its counts by voice and its small board, with ways to see it bigger."""

    full_size_requested = Signal(int)
    projector_requested = Signal(int)
    reveal_requested = Signal(int)  # end this table's silent writing
    approve_requested = Signal(int)  # let this table's held notes onto the board

    def __init__(
        self,
        table: TableView,
        columns: Sequence[ColumnView],
        palette: BoardPalette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = table
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.board = MiniBoard(palette)
        self.full_size = QPushButton(self.tr("Full size"))
        self.on_projector = QPushButton(self.tr("On the projector"))
        self.reveal = QPushButton(self.tr("Reveal"))
        self.approve = QPushButton(self.tr("Let through"))
        self.full_size.clicked.connect(lambda: self.full_size_requested.emit(self.table.id))
        self.on_projector.clicked.connect(lambda: self.projector_requested.emit(self.table.id))
        self.reveal.clicked.connect(lambda: self.reveal_requested.emit(self.table.id))
        self.approve.clicked.connect(lambda: self.approve_requested.emit(self.table.id))
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.full_size)
        top.addWidget(self.on_projector)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        counts = QHBoxLayout()
        counts.addWidget(self.counts, 1)
        counts.addWidget(self.reveal)
        counts.addWidget(self.approve)
        layout.addLayout(counts)
        layout.addWidget(self.board, 1)
        self.board.set_columns(columns)
        # A harvest or a reveal folds in a table's notes one by one: the counts (a pass over
        # the table's notes) are worked out once when they are all in, not once per note.
        self._count_later = OncePerTurn(self._count, self)
        self.set_table(table)

    def set_table(self, table: TableView) -> None:
        self.table = table
        self.name.setText(table.name)
        self.full_size.setAccessibleName(self.tr("Show {name} full size").format(name=table.name))
        self.on_projector.setAccessibleName(
            self.tr("Show {name} on the projector").format(name=table.name)
        )
        self.board.setAccessibleName(self.tr("{name}'s notes").format(name=table.name))
        self.reveal.setAccessibleName(
            self.tr("Reveal {name}'s notes written in silence").format(name=table.name)
        )
        self.approve.setAccessibleName(
            self.tr("Let {name}'s held notes onto the board").format(name=table.name)
        )

    def put(self, note: NoteView) -> None:
        self.board.put(note)
        self._count_later.request()

    def drop(self, note_id: int) -> None:
        self.board.drop(note_id)
        self._count_later.request()

    def set_notes(self, notes: Iterable[NoteView]) -> None:
        self.board.set_notes(notes)
        self._count()

    def voices(self) -> Counter[Voice]:
        return Counter(voice_of(n.role) for n in self.board.notes.values())

    def _count(self) -> None:
        self._count_later.cancel()
        notes = self.board.notes.values()
        voices = self.voices()
        count = len(notes)
        line = english_plural(self.tr("%n note(s)", "", count), count)
        line += " · " + self.tr(
            "{citizen} citizen, {professional} professional, {other} other"
        ).format(
            citizen=voices[Voice.CITIZEN],
            professional=voices[Voice.PROFESSIONAL],
            other=voices[Voice.NEITHER],
        )
        marked = sum(1 for n in notes if n.marked or n.harvested)
        if marked:
            line += " · " + self.tr("{marked} for the plenary").format(marked=marked)
        hidden = len(self.hidden_ids())
        held = len(self.held_ids())
        if hidden:
            line += " · " + self.tr("{hidden} written in silence").format(hidden=hidden)
        if held:
            line += " · " + self.tr("{held} waiting for approval").format(held=held)
        self.reveal.setVisible(bool(hidden))
        self.approve.setVisible(bool(held))
        self.counts.setText(line)

    def hidden_ids(self) -> list[int]:
        """This table's notes written in silence and not yet revealed."""
        return [n.id for n in self.board.notes.values() if n.hidden and not n.pending]

    def held_ids(self) -> list[int]:
        """This table's notes from phones held for the facilitator's approval."""
        return [n.id for n in self.board.notes.values() if n.pending]


class TablesOverview(QWidget):
    """Every table of the open session as a small board, live; any table full size on request."""

    def __init__(
        self,
        room: Room,
        editor: BoardEditor | None = None,
        scene: BoardScene | None = None,
        palette: BoardPalette = DESK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.room = room
        self.editor = editor
        # Reveal and let-through are undone like any board change: on the window's stack.
        self.undo_stack = editor.undo_stack if editor is not None else QUndoStack(self)
        self.scene = scene
        self.palette_ = palette
        self.session_id = room.session_id
        self.cards: dict[int, TableCard] = {}
        self.setWindowTitle(self.tr("Tables overview"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Last result"))
        self.empty = QLabel(self.tr("This session has no tables yet: add them in Board ▸ Tables…"))
        self.empty.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_by_side = QPushButton(self.tr("Every table side by side on the projector"))
        self.side_by_side.clicked.connect(lambda: room.show_tables_on_projector(SIDE_BY_SIDE))
        top = QHBoxLayout()
        top.addWidget(self.empty, 1)
        top.addStretch(0)
        top.addWidget(self.side_by_side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self.resize(1100, 700)
        room.board_changed.connect(self._on_board_changed)
        room.note_folded.connect(self._on_note_folded)
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the cards out again from the Room's board (opening, or the tables changed)."""
        for card in self.cards.values():
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = {}
        board = self.room.board_of(self.session_id)
        tables = board.tables if board is not None else ()
        self.empty.setVisible(not tables)
        self.side_by_side.setEnabled(bool(tables))
        if board is None:
            return
        per_row = max(1, math.ceil(math.sqrt(len(tables))))
        by_table: dict[int, list[NoteView]] = {t.id: [] for t in tables}
        for note in board.notes:
            if note.table_id in by_table and audience.facilitator_board(note):
                by_table[note.table_id].append(note)
        for index, table in enumerate(tables):
            card = TableCard(table, board.columns, self.palette_)
            card.set_notes(by_table[table.id])
            card.full_size_requested.connect(self.show_full_size)
            card.projector_requested.connect(self.room.show_tables_on_projector)
            card.reveal_requested.connect(self.reveal_table)
            card.approve_requested.connect(self.approve_table)
            self.grid.addWidget(card, index // per_row, index % per_row)
            self.cards[table.id] = card

    def show_full_size(self, table_id: int) -> None:
        """One table full size on the laptop's board; the capture bar then writes for it."""
        if self.scene is not None:
            self.scene.set_table_scope(table_id)
        if self.editor is not None:
            self.editor.table_id = table_id

    def reveal_table(self, table_id: int) -> None:
        """End one table's silent writing: its hidden notes reach the projector and phones."""
        if self.session_id is not None:
            self._push(
                RevealCommand(self.room.services, self._refused, self.session_id, table_id=table_id)
            )

    def approve_table(self, table_id: int) -> None:
        """Let one table's held notes onto the board (moderation, table by table)."""
        card = self.cards.get(table_id)
        held = card.held_ids() if card is not None else []
        if held:
            self._push(LetThroughCommand(self.room.services, self._refused, held))

    def _push(self, command: ServiceCommand) -> None:
        self.message.clear()
        self.undo_stack.push(command)

    def _refused(self, error: WorkshopError) -> None:
        """A refusal (say, a locked board) is said in one sentence."""
        self.message.setText(refusal_text(error))

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id != self.session_id:
            return
        if aspect & Aspect.COLUMNS or (aspect & Aspect.TABLES and not self._same_tables()):
            self.rebuild()

    def _same_tables(self) -> bool:
        """The same tables in the same order (someone took a seat, a table was renamed): each
        card is updated in place; rebuilding every card for each phone that joins at a table
        would redraw the whole overview many times while a room arrives."""
        board = self.room.board_of(self.session_id)
        tables = board.tables if board is not None else ()
        if [table.id for table in tables] != list(self.cards):
            return False
        for table in tables:
            self.cards[table.id].set_table(table)
        return True

    def _on_note_folded(
        self, session_id: int, before: NoteView | None, now: NoteView | None
    ) -> None:
        if session_id != self.session_id:
            return
        if (
            before is not None
            and before.table_id in self.cards
            and (now is None or now.table_id != before.table_id)
        ):
            self.cards[before.table_id].drop(before.id)
        if now is not None and now.table_id in self.cards:
            card = self.cards[now.table_id]
            if audience.facilitator_board(now):
                card.put(now)
            else:
                card.drop(now.id)
