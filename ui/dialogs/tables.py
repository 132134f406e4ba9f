"""The room's tables: add, rename and remove them, harvest each into the plenary, group duplicates.

A view of the Room: the tables, their notes and the duplicate suggestions come from the board
the Room mirrors (no database read), and every change goes through the board editor's undoable
commands. Not modal, so the facilitator keeps the board in view while the tables report back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.board.editing import BoardEditor
from ui.board.scene import BoardScene
from ui.labels import role_label
from workshop import audience
from workshop.audience import Audience
from workshop.duplicates import DuplicateSuggestion, suggest_duplicates
from workshop.room import PLENARY, SIDE_BY_SIDE, Aspect, Room
from workshop.validation import MAX_ROUND
from workshop.views import BoardSnapshot, NoteView, TableView
from workshop.vocabulary import Voice, voice_of

# How much of a note's text a suggestion line quotes.
QUOTE_CHARS = 60


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1] + "…"


class TablesDialog(QDialog):
    """The session's tables with their counts by voice, and the harvest into the plenary."""

    def __init__(
        self,
        room: Room,
        editor: BoardEditor,
        parent: QWidget | None = None,
        scene: BoardScene | None = None,
    ) -> None:
        super().__init__(parent)
        self.room = room
        self.editor = editor
        self.scene = scene  # the facilitator's board, to show one table full size
        self.session_id = room.session_id
        self.dismissed: set[tuple[int, int]] = set()
        self.suggestions: list[DuplicateSuggestion] = []
        self.setWindowTitle(self.tr("Tables"))

        hint = QLabel(
            self.tr(
                "Each table has its own join code (Live panel). Notes from a table's phones and "
                "host land on that table. Harvest a table to take its marked notes to the plenary; "
                "they keep their table's name."
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Tables of the room"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Table name"))
        self.name.setPlaceholderText(self.tr("A table's name, e.g. Table 1 or Riverside table"))
        self.name.setMaxLength(300)
        self.add_button = QPushButton(self.tr("&Add table"))
        self.rename_button = QPushButton(self.tr("Re&name"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.harvest_button = QPushButton(self.tr("&Harvest table"))
        self.harvest_button.setToolTip(
            self.tr("Take this table's marked notes to the plenary board")
        )
        # World Café: people move tables each round while the hosts stay; 0 = no rounds.
        self.round = QSpinBox()
        self.round.setRange(0, MAX_ROUND)
        self.round.setSpecialValueText(self.tr("not counting rounds"))
        self.round.setValue(room.current_round or 0)
        self.round.setAccessibleName(self.tr("Round now"))
        self.round.setToolTip(
            self.tr("Notes written at a table keep the round they were written in")
        )
        round_label = QLabel(self.tr("World Café &round now:"))
        round_label.setBuddy(self.round)
        self.projected = QComboBox()
        self.projected.setAccessibleName(self.tr("Whose notes the projector shows"))
        projected_label = QLabel(self.tr("&Projector shows:"))
        projected_label.setBuddy(self.projected)
        self.on_board = QComboBox()
        self.on_board.setAccessibleName(self.tr("Whose notes this laptop's board shows"))
        on_board_label = QLabel(self.tr("&Board shows:"))
        on_board_label.setBuddy(self.on_board)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Last result"))

        # Who sits at the selected table this round: phones seat themselves; people without
        # one are seated here, so the record's count by voice includes them.
        self.seated = QListWidget()
        self.seated.setAccessibleName(self.tr("People at the selected table this round"))
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Someone registered for the workshop"))
        self.seat_button = QPushButton(self.tr("&Seat here"))
        self.seat_button.setToolTip(
            self.tr("Seat this person at the selected table for the round now (moves them)")
        )
        self.unseat_button = QPushButton(self.tr("Take o&ff this table"))

        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Notes that may say the same thing"))
        self.accept_button = QPushButton(self.tr("&Group as a theme"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))

        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.add_button)
        name_row.addWidget(self.rename_button)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.harvest_button)
        table_buttons.addStretch(1)
        table_buttons.addWidget(round_label)
        table_buttons.addWidget(self.round)
        table_buttons.addStretch(1)
        table_buttons.addWidget(self.remove_button)
        projector_row = QHBoxLayout()
        if scene is not None:
            projector_row.addWidget(on_board_label)
            projector_row.addWidget(self.on_board, 1)
        projector_row.addWidget(projected_label)
        projector_row.addWidget(self.projected, 1)
        self.seats_box = QGroupBox(self.tr("People at the selected table"))
        seat_row = QHBoxLayout()
        seat_row.addWidget(self.person, 1)
        seat_row.addWidget(self.seat_button)
        seat_row.addWidget(self.unseat_button)
        seats_hint = QLabel(
            self.tr(
                "Phones join at their table with its code. Seat people without a phone here; "
                "the record counts who sat at each table, by voice."
            )
        )
        seats_hint.setWordWrap(True)
        seats_layout = QVBoxLayout(self.seats_box)
        seats_layout.addWidget(seats_hint)
        seats_layout.addWidget(self.seated, 1)
        seats_layout.addLayout(seat_row)
        suggestion_buttons = QHBoxLayout()
        suggestion_buttons.addWidget(self.accept_button)
        suggestion_buttons.addWidget(self.dismiss_button)
        suggestion_buttons.addStretch(1)
        duplicates_box = QGroupBox(self.tr("On the plenary board, these may say the same thing"))
        duplicates_layout = QVBoxLayout(duplicates_box)
        duplicates_layout.addWidget(self.duplicates, 1)
        duplicates_layout.addLayout(suggestion_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(name_row)
        layout.addLayout(table_buttons)
        layout.addWidget(self.seats_box, 1)
        layout.addLayout(projector_row)
        layout.addWidget(self.message)
        layout.addWidget(duplicates_box, 1)
        layout.addWidget(close)
        self.resize(640, 700)

        self.add_button.clicked.connect(self.add_table)
        self.name.returnPressed.connect(self.add_table)
        self.rename_button.clicked.connect(self.rename_table)
        self.remove_button.clicked.connect(self.remove_table)
        self.harvest_button.clicked.connect(self.harvest_table)
        self.seat_button.clicked.connect(self.seat_person)
        self.unseat_button.clicked.connect(self.unseat_person)
        self.seated.currentRowChanged.connect(self._update_buttons)
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.dismiss_button.clicked.connect(self.dismiss_suggestion)
        self.list.currentRowChanged.connect(self._on_table_chosen)
        self.duplicates.currentRowChanged.connect(self._update_buttons)
        self.editor.refused.connect(self._say)
        self.room.board_changed.connect(self._on_board_changed)
        self.round.valueChanged.connect(lambda value: self.room.set_round(value or None))
        self.room.round_changed.connect(self._on_round_changed)
        self.projected.currentIndexChanged.connect(self._on_projected_chosen)
        self.on_board.currentIndexChanged.connect(self._on_board_chosen)
        self.room.projector_changed.connect(lambda _state: self._fill_projected())
        self.refresh()

    # ----- what it shows -----------------------------------------------------------------------

    @property
    def board(self) -> BoardSnapshot | None:
        return self.room.board_of(self.session_id)

    def tables(self) -> tuple[TableView, ...]:
        board = self.board
        return board.tables if board is not None else ()

    def selected_table(self) -> TableView | None:
        row = self.list.currentRow()
        tables = self.tables()
        return tables[row] if 0 <= row < len(tables) else None

    def refresh(self) -> None:
        board = self.board
        tables = self.tables()
        current = self.list.currentRow()
        # The facilitator's choice follows its table, not its row, as tables come and go.
        chosen = self.list.currentItem().data(Qt.ItemDataRole.UserRole) if current >= 0 else None
        self.list.clear()
        notes = [n for n in board.notes if audience.sees(Audience.FACILITATOR, n)] if board else []
        for table in tables:
            item = QListWidgetItem(self._table_line(table, notes))
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.list.addItem(item)
        if tables:
            ids = [table.id for table in tables]
            row = ids.index(chosen) if chosen in ids else max(0, min(current, len(tables) - 1))
            self.list.setCurrentRow(row)
        self._refresh_suggestions(board, notes)
        self._refresh_seats()
        self._fill_projected()
        self._update_buttons()

    def _on_table_chosen(self, _row: int) -> None:
        self._refresh_seats()
        self._update_buttons()

    def _refresh_seats(self) -> None:
        """The selected table's people this round, and everyone registered who may sit there."""
        board = self.board
        table = self.selected_table()
        round = self.room.current_round
        chosen_person = self.person.currentData()
        self.seated.clear()
        self.person.clear()
        if board is None:
            return
        self.seats_box.setTitle(
            self.tr("People at {name} in round {round}").format(name=table.name, round=round)
            if table is not None and round
            else self.tr("People at {name}").format(name=table.name)
            if table is not None
            else self.tr("People at the selected table")
        )
        # Where each person sits this round (the last table listed, if at several).
        where = {person: t.name for t in board.tables for person in t.seated_in(round)}
        here = table.seated_in(round) if table is not None else frozenset()
        for person in board.participants:
            line = self.tr("{name} ({role})").format(name=person.name, role=role_label(person.role))
            if person.id in here:
                item = QListWidgetItem(line)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.seated.addItem(item)
            elif not person.joined_from_device:  # phones seat themselves by their table's code
                at = where.get(person.id)
                if at:
                    line = self.tr("{person}, at {table}").format(person=line, table=at)
                self.person.addItem(line, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen_person)))

    def _fill_projected(self) -> None:
        """Every note, the plenary board, or one table: what the projector and board show."""
        choices: list[tuple[str, int | None]] = [
            (self.tr("Every table and the plenary"), None),
            (self.tr("The plenary board"), PLENARY),
        ] + [(self.tr("Only {name}").format(name=t.name), t.id) for t in self.tables()]
        # Side by side is the projector's; the laptop has the Tables overview for that.
        side_by_side = (self.tr("Every table side by side"), SIDE_BY_SIDE)
        board_scope = self.scene.table_scope if self.scene is not None else None
        for combo, current, offered in (
            (self.projected, self.room.projector.tables_shown, [*choices[:2], side_by_side]),
            (self.on_board, board_scope, choices[:2]),
        ):
            combo.blockSignals(True)
            combo.clear()
            for label, scope in offered + choices[2:]:
                combo.addItem(label, scope)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _on_projected_chosen(self, _index: int) -> None:
        self.room.show_tables_on_projector(self.projected.currentData())

    def _on_board_chosen(self, _index: int) -> None:
        """One table full size on the laptop: notes typed in the capture bar go to it too."""
        scope = self.on_board.currentData()
        if self.scene is not None:
            self.scene.set_table_scope(scope)
        self.editor.table_id = scope if scope not in (None, PLENARY) else None

    def _table_line(self, table: TableView, notes: list[NoteView]) -> str:
        own = [n for n in notes if n.table_id == table.id]
        voices = [voice_of(n.role) for n in own]
        return self.tr(
            "{name}: {count} note(s) ({citizen} citizen, {professional} professional), "
            "{marked} marked, {harvested} in the plenary"
        ).format(
            name=table.name,
            count=len(own),
            citizen=voices.count(Voice.CITIZEN),
            professional=voices.count(Voice.PROFESSIONAL),
            marked=sum(1 for n in own if n.marked and not n.harvested),
            harvested=sum(1 for n in own if n.harvested),
        )

    def _refresh_suggestions(self, board: BoardSnapshot | None, notes: list[NoteView]) -> None:
        # Notes arrive while the facilitator reads the list: the pair they chose stays chosen,
        # so Accept groups what they looked at, not whatever came first after the change.
        row = self.duplicates.currentRow()
        chosen = (
            (self.suggestions[row].first, self.suggestions[row].second)
            if 0 <= row < len(self.suggestions)
            else None
        )
        self.duplicates.clear()
        if board is None:
            self.suggestions = []
            return
        plenary = [n for n in notes if n.on_plenary]
        by_id = {n.id: n for n in plenary}
        self.suggestions = [
            s for s in suggest_duplicates(plenary) if (s.first, s.second) not in self.dismissed
        ]
        for suggestion in self.suggestions:
            first, second = by_id[suggestion.first], by_id[suggestion.second]
            line = self.tr("“{first}” ({first_table}) and “{second}” ({second_table})").format(
                first=_quote(first.text),
                first_table=self._origin(board, first),
                second=_quote(second.text),
                second_table=self._origin(board, second),
            )
            self.duplicates.addItem(line)
        if self.suggestions:
            pairs = [(s.first, s.second) for s in self.suggestions]
            self.duplicates.setCurrentRow(pairs.index(chosen) if chosen in pairs else 0)

    def _origin(self, board: BoardSnapshot, note: NoteView) -> str:
        table = board.table(note.table_id)
        return table.name if table is not None else self.tr("plenary")

    def _update_buttons(self) -> None:
        has_table = self.selected_table() is not None
        editable = self.session_id is not None
        self.add_button.setEnabled(editable)
        self.rename_button.setEnabled(has_table)
        self.remove_button.setEnabled(has_table)
        self.harvest_button.setEnabled(has_table)
        self.seat_button.setEnabled(has_table and self.person.count() > 0)
        self.unseat_button.setEnabled(has_table and self.seated.currentRow() >= 0)
        chosen = 0 <= self.duplicates.currentRow() < len(self.suggestions)
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _on_board_changed(self, session_id: int, aspect: Aspect) -> None:
        if session_id == self.session_id and aspect & (
            Aspect.TABLES | Aspect.NOTES | Aspect.THEMES | Aspect.PEOPLE
        ):
            self.refresh()

    def _on_round_changed(self, number: int | None) -> None:
        self.round.blockSignals(True)
        self.round.setValue(number or 0)
        self.round.blockSignals(False)
        self._refresh_seats()  # who sits where is per round
        self._update_buttons()

    def _say(self, message: str) -> None:
        self.message.setText(message)

    # ----- what it does ------------------------------------------------------------------------

    def add_table(self) -> None:
        self.message.clear()
        if self.editor.add_table(self.name.text()):
            self.name.clear()

    def rename_table(self) -> None:
        table = self.selected_table()
        self.message.clear()
        if table is not None and self.editor.rename_table(table, self.name.text()):
            self.name.clear()

    def remove_table(self) -> None:
        table = self.selected_table()
        self.message.clear()
        if table is not None:
            self.editor.remove_table(table.id)

    def seat_person(self) -> None:
        """Seat the chosen person at the selected table for the round now (moving them)."""
        table = self.selected_table()
        person = self.person.currentData()
        self.message.clear()
        if table is not None and isinstance(person, int):
            self.editor.seat(person, table.id, self.room.current_round)

    def unseat_person(self) -> None:
        table = self.selected_table()
        item = self.seated.currentItem()
        board = self.board
        self.message.clear()
        if table is None or item is None or board is None:
            return
        person = item.data(Qt.ItemDataRole.UserRole)
        round = self.room.current_round
        keep = [t.id for t in board.tables if t.id != table.id and person in t.seated_in(round)]
        self.editor.unseat(person, keep, round)

    def harvest_table(self) -> None:
        table = self.selected_table()
        self.message.clear()
        if table is not None and self.editor.harvest_table(table.id):
            self._say(
                self.tr("{name}'s marked notes are on the plenary board.").format(name=table.name)
            )

    def accept_suggestion(self) -> None:
        """Group the two notes as a theme named after the shorter one (rename it later)."""
        row = self.duplicates.currentRow()
        board = self.board
        if board is None or not 0 <= row < len(self.suggestions):
            return
        suggestion = self.suggestions[row]
        notes = [n for n in board.notes if n.id in (suggestion.first, suggestion.second)]
        title = _quote(min((n.text for n in notes), key=len))
        self.message.clear()
        self.editor.group(title, notes)

    def dismiss_suggestion(self) -> None:
        row = self.duplicates.currentRow()
        if 0 <= row < len(self.suggestions):
            suggestion = self.suggestions[row]
            self.dismissed.add((suggestion.first, suggestion.second))
            board = self.board
            notes = (
                [n for n in board.notes if audience.sees(Audience.FACILITATOR, n)] if board else []
            )
            self._refresh_suggestions(board, notes)
            self._update_buttons()
