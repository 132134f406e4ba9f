"""The board scene: mirrors a session's columns, notes and themes, updated by service events."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.board.interactions import NoteDrag
from ui.board.items import LaneItem, LegendItem, NoteItem, ThemeFrameItem
from ui.labels import short_name
from ui.once_per_turn import OncePerTurn
from ui.theme import DESK, BoardPalette, load_fonts
from workshop import audience, layout
from workshop.room import PLENARY
from workshop.services import Services
from workshop.views import (
    BoardSnapshot,
    ColumnView,
    NoteView,
    ParticipantView,
    SessionView,
    TableView,
    ThemeView,
    VoteView,
)

log = logging.getLogger(__name__)


def _box(rect: QRectF) -> layout.Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


MIN_LANE_HEIGHT = 720.0
SCENE_MARGIN = 40.0
LEGEND_GAP = 16.0


@dataclass(frozen=True)
class BoardOptions:
    """What a board scene allows and shows: the facilitator's board, or a board image."""

    read_only: bool = False
    # Which notes it draws: one of workshop.audience's rules.
    show_note: Callable[[NoteView], bool] = audience.facilitator_board
    # How each note's author is named: on the facilitator's board the role alone for people
    # who did not consent; in a board image, which leaves the app, the record's pseudonym.
    author_name: Callable[[ParticipantView | None, str], str] = short_name


class BoardScene(QGraphicsScene):
    """One session's board. Keeps id→item dicts so each event touches only what changed."""

    note_selection_changed = Signal(list)  # list[int]
    board_changed = Signal()  # lanes or extent changed (views may refit)

    def __init__(
        self,
        services: Services,
        options: BoardOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_fonts()
        self.services = services
        self.options = options or BoardOptions()
        self.palette: BoardPalette = DESK
        self.editor: BoardEditor | None = None
        self.session: SessionView | None = None
        self.notes: dict[int, NoteItem] = {}
        self.lanes: dict[int, LaneItem] = {}
        self.themes: dict[int, ThemeFrameItem] = {}
        self.participants: dict[int, ParticipantView] = {}
        self.tables: dict[int, str] = {}  # the room's tables: name by id
        # Which notes show: every note (None), the plenary board (PLENARY) or one table's (id).
        self.table_scope: int | None = None
        # Which notes are in each lane and theme, so an event never scans the whole board.
        self._by_column: dict[int, set[int]] = {}
        self._by_theme: dict[int, set[int]] = {}
        # Frames to refit once a burst of note events is folded in (a grouping moves 40 notes:
        # each frame is fitted once, not once per note); a paint or a reader refits first.
        self._themes_to_refit: set[int] = set()
        self._lanes_to_refit: set[int] = set()
        self._refit_later = OncePerTurn(self.refit_waiting_frames, self)
        # Dots per note, from the votes of the snapshot and vote events; only the notes this
        # scene shows (its audience rule) ever display them.
        self._vote_notes: dict[int, int] = {}  # vote id -> note id
        self._dots: Counter[int] = Counter()
        self._lane_height = MIN_LANE_HEIGHT
        self._drag: NoteDrag | None = None
        self._legend: LegendItem | None = None
        self.setBackgroundBrush(QBrush(QColor(self.palette.background)))
        # A board is mostly still items; a BSP index makes hit tests and painting cheap.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._on_selection_changed)
        self._connect_signals()

    @property
    def session_id(self) -> int | None:
        return self.session.id if self.session else None

    def set_palette(self, palette: BoardPalette, board: BoardSnapshot | None) -> None:
        """Draw the board in another palette (the app's theme changed); the board is kept.

        board is this session's board as it stands (the Room's): redrawn from it, not re-read.
        """
        if palette == self.palette:
            return
        self.palette = palette
        self.setBackgroundBrush(QBrush(QColor(palette.background)))
        if self.session is None:
            return
        if board is not None and board.session.id == self.session.id:
            self.load_snapshot(board)
        else:
            self.load(self.session.id)

    @property
    def editable(self) -> bool:
        return self.editor is not None and not self.options.read_only

    def _connect_signals(self) -> None:
        events = self.services.events
        events.note_added.connect(self.on_note_added)
        events.note_changed.connect(self.on_note_changed)
        events.note_removed.connect(self.on_note_removed)
        events.column_added.connect(self.on_column_added)
        events.column_changed.connect(self.on_column_changed)
        events.column_removed.connect(self.on_column_removed)
        events.columns_reordered.connect(self.on_columns_reordered)
        events.table_added.connect(self.on_table_changed)
        events.table_changed.connect(self.on_table_changed)
        events.table_removed.connect(self.on_table_removed)
        events.theme_added.connect(self.on_theme_added)
        events.theme_changed.connect(self.on_theme_changed)
        events.theme_removed.connect(self.on_theme_removed)
        events.participant_added.connect(self.on_participant_changed)
        events.participant_changed.connect(self.on_participant_changed)
        events.session_changed.connect(self.on_session_changed)
        events.session_removed.connect(self.on_session_removed)
        events.action_added.connect(self.on_actions_changed)
        events.action_changed.connect(self.on_actions_changed)
        events.action_removed.connect(self.on_actions_changed)
        events.vote_added.connect(self.on_vote_added)
        events.vote_removed.connect(self.on_vote_removed)

    # ----- loading ---------------------------------------------------------------------------

    def load(self, session_id: int | None) -> None:
        """Show a session's board (read once), or an empty scene for None."""
        if session_id is None:
            self._clear()
            self.board_changed.emit()
            return
        self.load_snapshot(self.services.sessions.board(session_id))

    def load_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._clear()
        self.session = snapshot.session
        self.participants = {p.id: p for p in snapshot.participants}
        self.tables = {t.id: t.name for t in snapshot.tables}
        self._vote_notes = {vote.id: vote.note_id for vote in snapshot.votes}
        self._dots = Counter(self._vote_notes.values())
        for column in snapshot.columns:
            self._add_lane(column)
        for theme in snapshot.themes:
            self._add_theme(theme)
        shown = [note for note in snapshot.notes if self.options.show_note(note)]
        pictures = self.services.photos.jpegs([n.picture_id for n in shown if n.picture_id])
        for note in shown:
            item = self._add_note(note)
            if item is not None and note.picture_id in pictures:
                item.set_picture(QImage.fromData(pictures[note.picture_id]))
        self._legend = LegendItem(self.palette, snapshot.session.title, self._board_width())
        self._legend.setPos(0, -LegendItem.HEIGHT - LEGEND_GAP)
        self.addItem(self._legend)
        self._relayout()
        for theme_id in self.themes:
            self._refit_theme(theme_id)
        self._show_actions()
        self.board_changed.emit()

    def _clear(self) -> None:
        self._drag = None
        self.table_scope = None  # another session's tables mean nothing here
        self.notes.clear()
        self._by_column.clear()
        self._by_theme.clear()
        self._vote_notes = {}
        self._dots = Counter()
        self.lanes.clear()
        self.themes.clear()
        self._legend = None
        self.session = None
        self.clear()

    # ----- geometry --------------------------------------------------------------------------

    def lane_of_column(self, column_id: int) -> LaneItem | None:
        return self.lanes.get(column_id)

    def ordered_lanes(self) -> list[LaneItem]:
        return sorted(self.lanes.values(), key=lambda lane: lane.column.position)

    def lane_at_x(self, scene_x: float) -> LaneItem | None:
        """The lane under scene_x, or the nearest one (a note dropped in a gap still lands)."""
        lanes = self.ordered_lanes()
        if not lanes:
            return None
        centre = layout.LANE_WIDTH / 2
        return min(lanes, key=lambda lane: abs(lane.x() + centre - scene_x))

    def note_scene_pos(self, note: NoteView) -> QPointF | None:
        lane = self.lanes.get(note.column_id)
        if lane is None:
            return None
        return QPointF(lane.x() + note.x, lane.y() + note.y)

    def place_in_lane(self, scene_pos: QPointF) -> tuple[int, float, float] | None:
        """The column and lane-relative position for a note whose top-left is at scene_pos."""
        lane = self.lane_at_x(scene_pos.x() + layout.NOTE_WIDTH / 2)
        if lane is None:
            return None
        x, y = layout.clamp_in_lane(scene_pos.x() - lane.x(), scene_pos.y() - lane.y())
        return lane.column_id, round(x, 1), round(y, 1)

    def board_rect(self) -> QRectF:
        """The part of the scene with content (lanes and key), for fitting and snapshots."""
        width = self._board_width()
        top = -LegendItem.HEIGHT - LEGEND_GAP if self._legend is not None else 0.0
        return QRectF(0, top, max(width, 1.0), self._lane_height - top)

    def _board_width(self) -> float:
        count = len(self.lanes)
        return layout.lane_left(count) - layout.LANE_SPACING if count else layout.LANE_WIDTH

    def _relayout(self) -> None:
        """Lanes side by side, all as tall as the lowest note needs; then the scene's extent."""
        bottom = max(
            (item.note.y + layout.NOTE_HEIGHT for item in self.notes.values()), default=0.0
        )
        self._lane_height = max(MIN_LANE_HEIGHT, bottom + layout.GAP * 2)
        for lane in self.lanes.values():
            lane.setPos(layout.lane_left(lane.column.position), 0.0)
            lane.set_height(self._lane_height)
            lane.set_note_count(self._lane_count(lane.column_id))
        if self._legend is not None and self.session is not None:
            self._legend.set_title(self.session.title, self._board_width())
        self.setSceneRect(
            self.board_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        )

    def _relayout_if_taller(self, note: NoteView) -> None:
        if note.y + layout.NOTE_HEIGHT + layout.GAP * 2 > self._lane_height:
            self._relayout()
            self.board_changed.emit()

    def _lane_count(self, column_id: int) -> int:
        """The notes a lane shows (those of the tables in view)."""
        ids = self._by_column.get(column_id, ())
        if self.table_scope is None:
            return len(ids)
        return sum(1 for i in ids if i in self.notes and self.in_scope(self.notes[i].note))

    def in_scope(self, note: NoteView) -> bool:
        """Whether the tables in view include the note's (the plenary holds harvested notes)."""
        if self.table_scope is None:
            return True
        if self.table_scope == PLENARY:
            return note.on_plenary
        return note.table_id == self.table_scope

    def set_table_scope(self, scope: int | None) -> None:
        """Show every note, the plenary board, or one table's notes full size."""
        if scope == self.table_scope:
            return
        self.table_scope = scope
        for item in self.notes.values():
            item.setVisible(self.in_scope(item.note))
            if not item.isVisible():
                item.setSelected(False)
        for lane in self.lanes.values():
            lane.set_note_count(self._lane_count(lane.column_id))
        self.board_changed.emit()

    def _update_count(self, column_id: int) -> None:
        lane = self.lanes.get(column_id)
        if lane is not None:
            lane.set_note_count(self._lane_count(column_id))

    def _index(self, note: NoteView) -> None:
        self._by_column.setdefault(note.column_id, set()).add(note.id)
        if note.theme_id is not None:
            self._by_theme.setdefault(note.theme_id, set()).add(note.id)

    def _unindex(self, note: NoteView) -> None:
        self._by_column.get(note.column_id, set()).discard(note.id)
        if note.theme_id is not None:
            self._by_theme.get(note.theme_id, set()).discard(note.id)

    # ----- items -----------------------------------------------------------------------------

    def author_label(self, note: NoteView) -> str:
        person = self.participants.get(note.author_id) if note.author_id is not None else None
        return self.options.author_name(person, note.role)

    def table_label(self, note: NoteView) -> str:
        """The name of the table a note came from ("" for the plenary's own notes)."""
        return self.tables.get(note.table_id, "") if note.table_id is not None else ""

    def _add_lane(self, column: ColumnView) -> LaneItem:
        lane = LaneItem(column, self.palette, self._lane_height)
        lane.setPos(layout.lane_left(column.position), 0.0)
        self.addItem(lane)
        self.lanes[column.id] = lane
        return lane

    def _add_note(self, note: NoteView) -> NoteItem | None:
        pos = self.note_scene_pos(note)
        if pos is None:
            log.warning("note %s names a column that is not on the board", note.id)
            return None
        item = NoteItem(
            note,
            self.palette,
            self.author_label(note),
            movable=not self.options.read_only,
            table_label=self.table_label(note),
        )
        item.setPos(pos)
        item.set_dots(self._dots[note.id])
        item.setVisible(self.in_scope(note))
        self.addItem(item)
        self.notes[note.id] = item
        self._index(note)
        return item

    def _add_theme(self, theme: ThemeView) -> ThemeFrameItem:
        frame = ThemeFrameItem(theme, self.palette)
        self.addItem(frame)
        self.themes[theme.id] = frame
        return frame

    def _card(self, note_id: int) -> QRectF:
        """A note's card in scene coordinates (its bounding rect less the outline margin)."""
        return self.notes[note_id].scene_card()

    def _refit_theme(self, theme_id: int | None) -> None:
        """Frame the theme's members lane by lane, never around a note outside the theme."""
        if theme_id is None or theme_id not in self.themes:
            return
        members = self._by_theme.get(theme_id, set())
        groups: list[QRectF] = []
        for lane in self.ordered_lanes():
            in_lane = self._by_column.get(lane.column_id, set())
            mine = [self._card(i) for i in in_lane & members if i in self.notes]
            if not mine:
                continue
            others = [_box(self._card(i)) for i in in_lane - members if i in self.notes]
            boxes = layout.enclosing_boxes([_box(r) for r in mine], others)
            groups += [QRectF(QPointF(b[0], b[1]), QPointF(b[2], b[3])) for b in boxes]
        self.themes[theme_id].fit_around(groups)

    def _refit_soon(self, theme_ids: Iterable[int | None], column_ids: Iterable[int] = ()) -> None:
        self._themes_to_refit.update(t for t in theme_ids if t is not None)
        self._lanes_to_refit.update(column_ids)
        if self._themes_to_refit or self._lanes_to_refit:
            self._refit_later.request()

    def refit_waiting_frames(self) -> None:
        """Fit now the theme frames that wait for the end of a burst of note events."""
        self._refit_later.cancel()
        themes, self._themes_to_refit = self._themes_to_refit, set()
        lanes, self._lanes_to_refit = self._lanes_to_refit, set()
        if lanes:
            notes = set().union(*(self._by_column.get(c, set()) for c in lanes))
            themes |= {t for t, members in self._by_theme.items() if members & notes}
        for theme_id in sorted(themes):
            self._refit_theme(theme_id)

    def theme_members(self, theme_id: int) -> list[int]:
        return sorted(self._by_theme.get(theme_id, ()))

    # ----- service events --------------------------------------------------------------------

    def _mine(self, session_id: int) -> bool:
        return self.session is not None and session_id == self.session.id

    def on_actions_changed(self, _action: object = None) -> None:
        """An action was agreed, changed or removed: mark the notes it came from."""
        if self.session is not None:
            self._show_actions()

    def _show_actions(self) -> None:
        """Each note shows the actions of this session that came from it."""
        if self.session is None or not self.notes:
            return
        titles: dict[int, list[str]] = {}
        for action in self.services.actions.for_session(self.session.id):
            for note_id in action.source_note_ids:
                titles.setdefault(note_id, []).append(action.title)
        for note_id, item in self.notes.items():
            item.set_actions(tuple(titles.get(note_id, ())))

    def dots_on(self, note_id: int) -> int:
        """The dots on a note as the board counts them."""
        return self._dots[note_id]

    def on_vote_added(self, vote: VoteView) -> None:
        if not self._mine(vote.session_id) or vote.id in self._vote_notes:
            return
        self._vote_notes[vote.id] = vote.note_id
        self._dots[vote.note_id] += 1
        self._show_dots(vote.note_id)

    def on_vote_removed(self, vote: VoteView) -> None:
        note_id = self._vote_notes.pop(vote.id, None)
        if note_id is None:
            return
        self._dots[note_id] -= 1
        if self._dots[note_id] <= 0:
            del self._dots[note_id]
        self._show_dots(note_id)

    def _show_dots(self, note_id: int) -> None:
        item = self.notes.get(note_id)
        if item is not None:
            item.set_dots(self._dots[note_id])

    def on_note_added(self, note: NoteView) -> None:
        if not self._mine(note.session_id) or note.id in self.notes:
            return
        if not self.options.show_note(note):
            return
        item = self._add_note(note)
        if item is None:
            return
        if note.picture_id is not None:
            item.set_picture(QImage.fromData(self.services.photos.jpeg(note.picture_id)))
        self._update_count(note.column_id)
        self._refit_soon([note.theme_id], [note.column_id])
        self._relayout_if_taller(note)

    def on_note_changed(self, note: NoteView) -> None:
        if not self._mine(note.session_id):
            return
        item = self.notes.get(note.id)
        if item is None:
            self.on_note_added(note)
            return
        if not self.options.show_note(note):
            self._remove_note_item(note.id)
            return
        old = item.note
        self._unindex(old)
        self._index(note)
        item.set_note(note, self.author_label(note))
        item.set_table_label(self.table_label(note))
        item.setVisible(self.in_scope(note))
        pos = self.note_scene_pos(note)
        if pos is not None and pos != item.pos():
            item.setPos(pos)
        if old.column_id != note.column_id:
            self._update_count(old.column_id)
            self._update_count(note.column_id)
        moved = (old.column_id, old.x, old.y) != (note.column_id, note.x, note.y)
        self._refit_soon(
            [old.theme_id, note.theme_id], [old.column_id, note.column_id] if moved else []
        )
        self._relayout_if_taller(note)

    def on_note_removed(self, note: NoteView) -> None:
        if self._dots.pop(note.id, 0):
            # The record drops a removed note's votes with it (no vote event for each).
            self._vote_notes = {v: n for v, n in self._vote_notes.items() if n != note.id}
        self._remove_note_item(note.id)

    def _remove_note_item(self, note_id: int) -> None:
        item = self.notes.pop(note_id, None)
        if item is None:
            return
        theme_id = item.note.theme_id
        self._unindex(item.note)
        self.removeItem(item)
        self._update_count(item.note.column_id)
        self._refit_soon([theme_id], [item.note.column_id])

    def on_column_added(self, column: ColumnView) -> None:
        if not self._mine(column.session_id) or column.id in self.lanes:
            return
        self._add_lane(column)
        self._relayout()
        self.board_changed.emit()

    def on_column_changed(self, column: ColumnView) -> None:
        lane = self.lanes.get(column.id)
        if lane is not None:
            lane.set_column(column)

    def on_column_removed(self, column_id: int) -> None:
        lane = self.lanes.pop(column_id, None)
        if lane is None:
            return
        for note_id in self._by_column.pop(column_id, set()):
            item = self.notes.pop(note_id)
            self._unindex(item.note)
            self.removeItem(item)
        self.removeItem(lane)
        self._relayout()
        for theme_id in self.themes:
            self._refit_theme(theme_id)
        self.board_changed.emit()

    def on_columns_reordered(self, session_id: int, columns: Iterable[ColumnView]) -> None:
        if not self._mine(session_id):
            return
        for column in columns:
            lane = self.lanes.get(column.id)
            if lane is not None:
                lane.set_column(column)
        self._relayout()
        for item in self.notes.values():
            pos = self.note_scene_pos(item.note)
            if pos is not None:
                item.setPos(pos)
        for theme_id in self.themes:
            self._refit_theme(theme_id)
        self.board_changed.emit()

    def on_table_changed(self, table: TableView) -> None:
        """A table was added or renamed: its notes' badges say its name."""
        if self._mine(table.session_id):
            self.tables[table.id] = table.name
            self._relabel_table(table.id)

    def on_table_removed(self, table: TableView) -> None:
        if self._mine(table.session_id) and self.tables.pop(table.id, None) is not None:
            self._relabel_table(table.id)
            if self.table_scope == table.id:
                self.set_table_scope(None)

    def _relabel_table(self, table_id: int) -> None:
        for item in self.notes.values():
            if item.note.table_id == table_id:
                item.set_table_label(self.table_label(item.note))

    def on_theme_added(self, theme: ThemeView) -> None:
        if not self._mine(theme.session_id) or theme.id in self.themes:
            return
        self._add_theme(theme)
        self._refit_soon([theme.id])

    def on_theme_changed(self, theme: ThemeView) -> None:
        frame = self.themes.get(theme.id)
        if frame is not None:
            frame.set_theme(theme)

    def on_theme_removed(self, theme_id: int) -> None:
        frame = self.themes.pop(theme_id, None)
        self._by_theme.pop(theme_id, None)
        if frame is not None:
            frame.remove_labels()
            self.removeItem(frame)

    def on_participant_changed(self, person: ParticipantView) -> None:
        known = person.id in self.participants
        if self.session is None or person.workshop_id != self.session.workshop_id:
            return
        self.participants[person.id] = person
        if known:
            for item in self.notes.values():
                if item.note.author_id == person.id:
                    item.set_note(item.note, self.author_label(item.note))

    def on_session_changed(self, session: SessionView) -> None:
        if self._mine(session.id):
            self.session = session
            if self._legend is not None:
                self._legend.set_title(session.title, self._board_width())

    def on_session_removed(self, session_id: int) -> None:
        if self._mine(session_id):
            self.load(None)

    # ----- selection and highlight -----------------------------------------------------------

    def selected_notes(self) -> list[NoteItem]:
        items = [item for item in self.selectedItems() if isinstance(item, NoteItem)]
        return sorted(items, key=lambda item: item.note_id)

    def selected_note_ids(self) -> list[int]:
        return [item.note_id for item in self.selected_notes()]

    def select_notes(self, note_ids: Iterable[int]) -> None:
        wanted = set(note_ids)
        self.clearSelection()
        for note_id in wanted:
            item = self.notes.get(note_id)
            if item is not None:
                item.setSelected(True)

    def highlight_notes(self, note_ids: Iterable[int]) -> None:
        wanted = set(note_ids)
        for note_id, item in self.notes.items():
            item.set_highlighted(note_id in wanted)

    def clear_highlight(self) -> None:
        for item in self.notes.values():
            item.set_highlighted(False)

    def _on_selection_changed(self) -> None:
        self.note_selection_changed.emit(self.selected_note_ids())

    # ----- dragging notes between lanes ------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        grabbed = self.mouseGrabberItem()
        if (
            self.editable
            and event.button() == Qt.MouseButton.LeftButton
            and isinstance(grabbed, NoteItem)
        ):
            self._drag = NoteDrag(self, self.selected_notes() or [grabbed])

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag, self._drag = self._drag, None
        if drag is not None and event.button() == Qt.MouseButton.LeftButton:
            drag.finish()

    def item_at_scene_pos(self, pos: QPointF) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None
