"""The "Now" box above the tabs: the stage, the clock, the board lock and the Present button."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from ui.labels import stage_kind_label, timer_state_label
from ui.panels.facilitation.common import attempt, button, named
from ui.widgets.elided_label import ElidedLabel
from workshop.room import ProjectorState, Room
from workshop.timer import TimerState


class NowBox(QGroupBox):
    """Where the session is and how long is left; the facilitator's most used controls."""

    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self.setTitle(self.tr("Now"))
        self._build()
        room.countdown.changed.connect(self.update_timer)
        room.projector_changed.connect(self._on_projector_changed)

    def _build(self) -> None:
        room = self._room
        grid = QGridLayout(self)
        # One line, cut with "…" (whole in its tip): a wrapping label moved Next stage under
        # the mouse between two clicks.
        self.stage_label = ElidedLabel()
        named(self.stage_label, self.tr("Current stage"))
        self.previous_button = button(
            self.tr("◀ &Previous stage"),
            self.tr("Previous stage"),
            self.tr("Go back one stage of the agenda."),
            self.previous_stage,
        )
        self.next_button = button(
            self.tr("&Next stage ▶"),
            self.tr("Next stage"),
            self.tr("Move to the next stage of the agenda."),
            self.next_stage,
        )
        grid.addWidget(self.stage_label, 0, 0, 1, 3)
        grid.addWidget(self.previous_button, 1, 0)
        grid.addWidget(self.next_button, 1, 1)

        self.timer_label = QLabel("0:00")
        font = self.timer_label.font()
        # Relative to the user's font, so system font scaling still applies.
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.timer_label.setFont(font)
        # Room for the longest time it shows, so "9:59" after "10:00" moves no button.
        self.timer_label.setMinimumWidth(
            self.timer_label.fontMetrics().horizontalAdvance("888:88") + 4
        )
        named(self.timer_label, self.tr("Time left"))
        self.timer_state = QLabel()
        named(self.timer_state, self.tr("Timer status"))
        self.start_button = button(
            self.tr("&Start"),
            self.tr("Start or pause the timer"),
            self.tr("Starts, pauses or resumes the countdown."),
            room.countdown.toggle,
        )
        self.add_minute_button = button(
            self.tr("+1 &min"),
            self.tr("Add a minute"),
            self.tr("Adds one minute to the countdown."),
            room.countdown.add_minute,
        )
        self.reset_button = button(
            self.tr("Rese&t"),
            self.tr("Reset the timer"),
            self.tr("Back to the stage's planned time, stopped."),
            room.reset_countdown,
        )
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.timer_state, 1)
        timer_row.addWidget(self.start_button)
        timer_row.addWidget(self.add_minute_button)
        timer_row.addWidget(self.reset_button)
        grid.addLayout(timer_row, 2, 0, 1, 3)

        self.lock_check = QCheckBox(self.tr("&Lock the board"))
        named(
            self.lock_check,
            self.tr("Lock the board"),
            self.tr("When locked, nobody can add, move or vote until you unlock it."),
        )
        self.lock_check.toggled.connect(self._on_lock_toggled)
        self.present_button = button(
            self.tr("Present (F5)"),
            self.tr("Present on the projector"),
            self.tr("Shows the projector view full screen on the chosen screen; F5 again stops."),
            room.toggle_presenting,
        )
        grid.addWidget(self.lock_check, 3, 0)
        grid.addWidget(self.present_button, 3, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        named(self.message, self.tr("Message"))
        grid.addWidget(self.message, 4, 0, 1, 3)

    # ----- public ------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """The one message line of the panel: what just happened, or why it did not."""
        self.message.setText(text)
        self.message.setAccessibleDescription(text)

    def next_stage(self) -> None:
        self._step_stage(1)

    def previous_stage(self) -> None:
        self._step_stage(-1)

    def go_to_stage(self, position: int) -> None:
        session = attempt(self.say, self._room.set_stage, position)
        if session is not None and self._room.session is not None:
            stage = self._room.session.stage
            if stage is not None:
                self.say(self.tr("Now: {stage}.").format(stage=stage.name))
            self.refresh()

    def enable_for_session(self, first: str) -> None:
        """Without a session there is nothing to time or lock: say so, don't pretend."""
        enabled = self._room.session_id is not None
        for widget in (
            self.previous_button,
            self.next_button,
            self.lock_check,
            self.start_button,
            self.add_minute_button,
            self.reset_button,
        ):
            widget.setEnabled(enabled)
            widget.setToolTip("" if enabled else first)
        # A projector already showing keeps its way out (the button and F5 stop it).
        can_present = enabled or self._room.projector.presenting
        self.present_button.setEnabled(can_present)
        self.present_button.setToolTip("" if can_present else first)
        if not enabled:
            self.stage_label.setText(
                self.tr(
                    "No session open. Open one on the left to run its agenda, timer and projector."
                )
            )
        self.update_timer()

    def refresh(self) -> None:
        session = self._room.session
        if session is None:
            return
        stage = session.stage
        total = len(session.stages)
        if stage is None:
            text = self.tr("No stage set: notes are open, voting is closed.")
        else:
            text = self.tr(
                "Stage {number} of {total}: {name} ({kind}, {minutes} min planned)"
            ).format(
                number=stage.position + 1,
                total=total,
                name=stage.name,
                kind=stage_kind_label(stage.kind),
                minutes=stage.minutes,
            )
        if session.board_locked:
            text += " · " + self.tr("Board locked")
        if session.is_final:
            text += " · " + self.tr("Record final")
        self.stage_label.setText(text)
        position = -1 if stage is None else stage.position
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < total - 1)
        self.lock_check.blockSignals(True)
        self.lock_check.setChecked(session.board_locked)
        self.lock_check.blockSignals(False)
        self.lock_check.setText(
            self.tr("&Lock the board") + (" " + self.tr("(locked)") if session.board_locked else "")
        )

    def _keep_start_button_width(self) -> None:
        """Start, Pause and Resume take the same room, so nothing shifts as the label changes."""
        metrics = self.start_button.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(text.replace("&", ""))
            for text in (self.tr("&Pause"), self.tr("Re&sume"), self.tr("&Start"))
        )
        self.start_button.setFixedWidth(widest + 2 * metrics.horizontalAdvance("M"))

    def update_timer(self) -> None:
        countdown = self._room.countdown
        state = countdown.state
        self.timer_label.setText(countdown.text())
        self.timer_state.setText(timer_state_label(state))
        self.timer_label.setAccessibleDescription(
            self.tr("{state}, {time} left").format(
                state=timer_state_label(state), time=countdown.text()
            )
        )
        label = {
            TimerState.RUNNING: self.tr("&Pause"),
            TimerState.PAUSED: self.tr("Re&sume"),
        }.get(state, self.tr("&Start"))
        self.start_button.setText(label)
        self._keep_start_button_width()
        # At zero the label says so in words and the frame thickens; colour is extra.
        self.timer_label.setStyleSheet(
            "QLabel { border: 3px solid #000; background: #FFD400; color: #000; padding: 2px; }"
            if state is TimerState.FINISHED
            else ""
        )

    # ----- reactions ---------------------------------------------------------------------------

    def _step_stage(self, step: int) -> None:
        session = self._room.session
        if session is None or not session.stages:
            return
        stage = session.stage
        position = (stage.position + step) if stage is not None else 0
        self.go_to_stage(max(0, min(position, len(session.stages) - 1)))

    def _on_lock_toggled(self, locked: bool) -> None:
        if self._room.session_id is not None:
            attempt(
                self.say,
                self._room.services.sessions.update,
                self._room.session_id,
                board_locked=locked,
            )

    def _on_projector_changed(self, state: ProjectorState) -> None:
        self.present_button.setText(
            self.tr("Stop presenting (F5)") if state.presenting else self.tr("Present (F5)")
        )
