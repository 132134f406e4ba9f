"""The Agenda tab: the session's stages, edited in place and saved as one change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import stage_kind_label
from ui.panels.facilitation.common import Say, attempt, button, named, select_data
from workshop.room import Room
from workshop.vocabulary import StageKind


@dataclass
class AgendaRow:
    name: str
    kind: str
    minutes: int


class AgendaTab(QWidget):
    """Stages with planned minutes; unsaved edits are kept when the facilitator moves on."""

    def __init__(
        self,
        room: Room,
        say: Say,
        go_to_stage: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._room = room
        self._say = say
        self._go_to_stage = go_to_stage
        self._rows: list[AgendaRow] = []
        self._session_id: int | None = None
        self.dirty = False
        self._build()

    def _build(self) -> None:
        box = QVBoxLayout(self)
        self.agenda_list = QListWidget()
        named(
            self.agenda_list,
            self.tr("Agenda"),
            self.tr(
                "The stages of this session with planned minutes. Enter moves the session there."
            ),
        )
        self.agenda_list.currentRowChanged.connect(self._on_row)
        self.agenda_list.itemActivated.connect(lambda _item: self.go_to_selected_stage())
        box.addWidget(self.agenda_list)
        form = QFormLayout()
        self.stage_name = QLineEdit()
        named(self.stage_name, self.tr("Stage name"))
        self.stage_name.textEdited.connect(self.on_stage_edited)
        self.stage_kind = QComboBox()
        for kind in StageKind:
            self.stage_kind.addItem(stage_kind_label(kind.value), kind.value)
        named(self.stage_kind, self.tr("What people can do in this stage"))
        self.stage_kind.activated.connect(lambda _i: self.on_stage_edited())
        self.stage_minutes = QSpinBox()
        self.stage_minutes.setRange(0, 24 * 60)
        self.stage_minutes.setSuffix(self.tr(" min"))
        named(self.stage_minutes, self.tr("Planned minutes"))
        self.stage_minutes.valueChanged.connect(lambda _v: self.on_stage_edited())
        form.addRow(self.tr("&Name:"), self.stage_name)
        form.addRow(self.tr("&Kind:"), self.stage_kind)
        form.addRow(self.tr("Min&utes:"), self.stage_minutes)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(
            button(
                self.tr("Add stage"),
                self.tr("Add a stage"),
                self.tr("Adds a stage after the selected one."),
                self.add_stage,
            )
        )
        row.addWidget(
            button(self.tr("Remove"), self.tr("Remove the selected stage"), "", self.remove_stage)
        )
        row.addWidget(
            button(
                self.tr("Up"),
                self.tr("Move the selected stage earlier"),
                "",
                lambda: self.move_stage(-1),
            )
        )
        row.addWidget(
            button(
                self.tr("Down"),
                self.tr("Move the selected stage later"),
                "",
                lambda: self.move_stage(1),
            )
        )
        box.addLayout(row)
        row = QHBoxLayout()
        self.save_agenda_button = button(
            self.tr("Save agenda"),
            self.tr("Save the agenda"),
            self.tr("Keeps your changes to the stages."),
            self.save_agenda,
        )
        self.go_button = button(
            self.tr("&Go to this stage"),
            self.tr("Go to the selected stage"),
            self.tr("Moves the session to the selected stage and sets the timer."),
            self.go_to_selected_stage,
        )
        row.addWidget(self.save_agenda_button)
        row.addWidget(self.go_button)
        box.addLayout(row)
        self.agenda_state = QLabel()
        named(self.agenda_state, self.tr("Agenda status"))
        box.addWidget(self.agenda_state)

    # ----- public ------------------------------------------------------------------------------

    def on_session_opened(self, session_id: int | None) -> None:
        """Another session is open: the agenda shows its stages, the current one selected."""
        if session_id != self._session_id:
            # Every change is kept as it is made; leaving a session must not drop agenda edits.
            self.save_pending()
        self._session_id = session_id
        self.dirty = False
        self.refresh()
        session = self._room.session
        if session is not None and session.stage is not None:
            self.agenda_list.setCurrentRow(session.stage.position)

    def save_pending(self) -> None:
        """Save edits not yet saved (on leaving the session or quitting)."""
        if self.dirty and self._session_id is not None:
            self.save_agenda()

    def save_agenda(self) -> None:
        if self._session_id is None:
            return
        specs = [(r.name, r.kind, r.minutes) for r in self._rows]
        if attempt(self._say, self._room.services.sessions.set_stages, self._session_id, specs):
            self.dirty = False
            self.agenda_state.setText(self.tr("Saved"))
            self._say(self.tr("Agenda saved."))

    def go_to_selected_stage(self) -> None:
        row = self.agenda_list.currentRow()
        if self._session_id is None or row < 0:
            return
        if self.dirty:
            self.save_agenda()
        self._go_to_stage(row)

    def refresh(self) -> None:
        session = self._room.session
        if session is None:
            return
        if not self.dirty:
            self._rows = [AgendaRow(s.name, s.kind, s.minutes) for s in session.stages]
        self._fill_list()
        self.agenda_state.setText(self.tr("Unsaved changes") if self.dirty else self.tr("Saved"))

    def add_stage(self) -> None:
        row = self.agenda_list.currentRow()
        self._rows.insert(row + 1, AgendaRow(self.tr("New stage"), StageKind.CAPTURE.value, 10))
        self._edited()
        self.agenda_list.setCurrentRow(row + 1)
        self.stage_name.setFocus()
        self.stage_name.selectAll()

    def remove_stage(self) -> None:
        row = self.agenda_list.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            self._edited()

    def move_stage(self, step: int) -> None:
        row = self.agenda_list.currentRow()
        target = row + step
        if 0 <= row < len(self._rows) and 0 <= target < len(self._rows):
            self._rows[row], self._rows[target] = self._rows[target], self._rows[row]
            self._edited()
            self.agenda_list.setCurrentRow(target)

    def on_stage_edited(self, *_: object) -> None:
        row = self.agenda_list.currentRow()
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = AgendaRow(
            self.stage_name.text(), str(self.stage_kind.currentData()), self.stage_minutes.value()
        )
        self.dirty = True
        item = self.agenda_list.item(row)
        kind = self.stage_kind.currentText()
        minutes = self.tr("{minutes} min").format(minutes=self.stage_minutes.value())
        item.setText(f"{row + 1}. {self.stage_name.text()} · {kind} · " + minutes)
        self.agenda_state.setText(self.tr("Unsaved changes"))

    # ----- helpers -----------------------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self._fill_list()
        self.agenda_state.setText(self.tr("Unsaved changes"))

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        agenda = self._rows[row]
        for widget in (self.stage_name, self.stage_kind, self.stage_minutes):
            widget.blockSignals(True)
        self.stage_name.setText(agenda.name)
        select_data(self.stage_kind, agenda.kind)
        self.stage_minutes.setValue(agenda.minutes)
        for widget in (self.stage_name, self.stage_kind, self.stage_minutes):
            widget.blockSignals(False)

    def _fill_list(self) -> None:
        current = self.agenda_list.currentRow()
        session = self._room.session
        stage = session.stage if session is not None else None
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for index, row in enumerate(self._rows):
            marker = (
                self.tr("▶ now:") + " " if stage is not None and stage.position == index else ""
            )
            kind = stage_kind_label(row.kind)
            minutes = self.tr("{minutes} min").format(minutes=row.minutes)
            self.agenda_list.addItem(
                QListWidgetItem(f"{marker}{index + 1}. {row.name} · {kind} · {minutes}")
            )
        self.agenda_list.blockSignals(False)
        if self._rows:
            self.agenda_list.setCurrentRow(min(max(current, 0), len(self._rows) - 1))
            self._on_row(self.agenda_list.currentRow())
