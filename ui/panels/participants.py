"""The participant register beside the board: quick sign-in, attendance, editing and rights."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import plain_text
from ui.dialogs.access_needs import AccessNeedsDialog
from ui.dialogs.erase import EraseDialog
from ui.dialogs.participant import ParticipantDialog, role_choices
from ui.i18n import refusal_text
from ui.labels import capitalised, role_label
from ui.widgets.empty_state import EmptyState
from workshop.errors import WorkshopError
from workshop.files import write_output
from workshop.services import Services
from workshop.services.rights import backup_notice
from workshop.views import ParticipantView

HERE, NUMBER, NAME, ROLE, NAMED, SESSIONS, NEEDS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Here"),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "No."),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Named"),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Sessions"),
    QT_TRANSLATE_NOOP("ParticipantsPanel", "Support needs"),
)


def _role_text(role: str) -> str:
    return capitalised(role_label(role))


class ParticipantsPanel(QWidget):
    """Who is registered for the workshop and who is here today.

    Typing in the sign-in box filters the register; Enter ticks the one matching person as
    here, or adds a newcomer with the chosen role and ticks them. Everything changes through
    the participant and rights services; the table follows their signals.
    """

    # The person selected in the register (None when nobody is).
    person_selected = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._workshop_id: int | None = None
        self._people: list[ParticipantView] = []
        self._present: frozenset[int] = frozenset()
        self._apologies: frozenset[int] = frozenset()
        self._filling = False
        self._last_dialog: ParticipantDialog | EraseDialog | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.count_label = QLabel("")
        self.sign_in_edit = QLineEdit()
        self.sign_in_edit.setClearButtonEnabled(True)
        self.role_combo = QComboBox()
        role_choices(self.role_combo)
        self.sign_in_button = QPushButton()
        self.table = QTableWidget(0, len(HEADERS))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table (arrows move within it), so keyboard users are not trapped.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in (HERE, NUMBER, NAMED, SESSIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        # Name takes the spare width but never less than its longest name (a Stretch section
        # would squeeze names to "Mari…" in a narrow dock; the table scrolls instead). Support
        # needs get a fixed share: the edit dialog shows all of them.
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NEEDS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NEEDS, header.fontMetrics().horizontalAdvance("M" * 9))
        self.table.viewport().installEventFilter(self)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.export_button = QPushButton()
        self.access_button = QPushButton()
        self.erase_button = QPushButton()
        # Neither here nor absent: the record lists apologies apart from those who did not come.
        self.apologies_button = QPushButton()
        self.apologies_button.setCheckable(True)
        self.empty_state = EmptyState()
        self.status = QLabel("")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        sign_in = QHBoxLayout()
        sign_in.addWidget(self.sign_in_edit, 3)
        sign_in.addWidget(self.role_combo, 2)
        sign_in.addWidget(self.sign_in_button)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.apologies_button,
            self.access_button,
            self.export_button,
            self.erase_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(sign_in)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._connect_signals()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every fixed text in the current language (again after a language switch)."""
        self.title.setText(self.tr("People"))
        self.sign_in_edit.setPlaceholderText(
            self.tr("Type a name, Enter to sign in or add a newcomer")
        )
        self.sign_in_edit.setToolTip(
            self.tr("Ticks the one person whose name matches, or adds a newcomer with the role")
        )
        self.sign_in_edit.setAccessibleName(self.tr("Sign in by name"))
        self.table.setAccessibleName(self.tr("People in this workshop"))
        current_role = self.role_combo.currentData()
        self.role_combo.clear()
        role_choices(self.role_combo)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(current_role)))
        self.role_combo.setToolTip(self.tr("Role of a newcomer added from the box"))
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setToolTip(self.tr("Sign in the person typed in the box (Enter)"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ParticipantsPanel", h) for h in HEADERS]
        )
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Register a person with their consent and needs"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the selected person's entry"))
        self.export_button.setText(self.tr("Their data…"))
        self.export_button.setToolTip(
            self.tr("Save everything held about this person, to give to them")
        )
        self.access_button.setText(self.tr("Access needs…"))
        self.access_button.setToolTip(
            self.tr("What this person told us would help them take part (organisers only)")
        )
        self.apologies_button.setText(self.tr("Sent apologies"))
        self.apologies_button.setToolTip(
            self.tr("The selected person sent apologies for this session (they are not here)")
        )
        self.erase_button.setText(self.tr("Erase…"))
        self.erase_button.setToolTip(
            self.tr("Remove this person from the workshop for good (their right to erasure)")
        )
        self._reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- wiring --------------------------------------------------------------------------

    def _connect_signals(self) -> None:
        events = self._services.events
        events.participant_added.connect(self._on_register_changed)
        events.participant_changed.connect(self._on_register_changed)
        events.participant_removed.connect(self._on_register_changed)
        events.attendance_changed.connect(self._on_attendance_changed)
        events.workshop_removed.connect(self._on_workshop_removed)
        self.sign_in_edit.textChanged.connect(self._apply_filter)
        self.sign_in_edit.returnPressed.connect(self.sign_in_from_box)
        self.sign_in_button.clicked.connect(self.sign_in_from_box)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_edit_dialog())
        self.add_button.clicked.connect(lambda: self.open_edit_dialog(new=True))
        self.edit_button.clicked.connect(lambda: self.open_edit_dialog())
        self.export_button.clicked.connect(lambda: self.export_access())
        self.access_button.clicked.connect(lambda: self.open_access_dialog())
        self.erase_button.clicked.connect(lambda: self.open_erase_dialog())
        self.apologies_button.clicked.connect(self._on_apologies_clicked)

    # ----- public API ----------------------------------------------------------------------

    def set_session(self, session_id: int | None) -> None:
        """Show the register of the session's workshop, with who is here at that session."""
        self._session_id = session_id
        if session_id is not None:
            self._workshop_id = self._services.sessions.get(session_id).workshop_id
        self._reload()

    def set_workshop(self, workshop_id: int | None) -> None:
        """Show a workshop's register without a session (no sign-in column)."""
        self._session_id = None
        self._workshop_id = workshop_id
        self._reload()

    def selected_participant_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NUMBER)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def select_participant(self, participant_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NUMBER)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == participant_id:
                self.table.selectRow(row)
                return

    def sign_in_from_box(self) -> None:
        """Enter in the sign-in box: tick the one person matching, or add a newcomer."""
        text = self.sign_in_edit.text().strip()
        if not text or self._workshop_id is None:
            return
        matches = self._matching(text)
        exact = [p for p in matches if p.name.casefold() == text.casefold()]
        chosen = exact[0] if len(exact) == 1 else matches[0] if len(matches) == 1 else None
        try:
            if chosen is not None:
                if self._session_id is not None:
                    self._services.participants.set_attendance(self._session_id, chosen.id, True)
                self._say(self.tr("{name} is signed in.").format(name=chosen.name))
                person_id = chosen.id
            elif not matches:
                person = self._services.participants.add(
                    self._workshop_id,
                    text,
                    str(self.role_combo.currentData()),
                    attending_session_id=self._session_id,
                )
                self._say(
                    self.tr("Added {name}. Consent is set to no until they agree.").format(
                        name=person.name
                    )
                )
                person_id = person.id
            else:
                self._say(
                    self.tr("{count} people match; type more of the name.").format(
                        count=len(matches)
                    )
                )
                return
        except WorkshopError as error:
            self._say(refusal_text(error))
            return
        self.sign_in_edit.clear()
        self.select_participant(person_id)

    def open_edit_dialog(self, *, new: bool = False) -> ParticipantDialog | None:
        """Open the register entry of the selected person (or a blank one) as a window-modal."""
        person = None if new else self._selected_person()
        if (not new and person is None) or self._workshop_id is None:
            return None
        dialog = ParticipantDialog(person, self)
        dialog.accepted.connect(lambda: self._save_dialog(dialog, person))
        self._last_dialog = dialog
        dialog.open()
        return dialog

    def open_access_dialog(self) -> AccessNeedsDialog | None:
        """The selected person's access needs register (special-category: organisers only)."""
        person = self._selected_person()
        if person is None:
            return None
        dialog = AccessNeedsDialog(self._services, person, self)
        dialog.open()
        return dialog

    def open_erase_dialog(self) -> EraseDialog | None:
        person = self._selected_person()
        if person is None:
            return None
        notes = self._services.rights.access_export(person.id)["notes"]
        dialog = EraseDialog(person.name, len(notes), self)
        dialog.accepted.connect(lambda: self._erase(person, dialog.delete_notes))
        self._last_dialog = dialog
        dialog.open()
        return dialog

    def export_access(self, path: Path | None = None) -> Path | None:
        """Save the selected person's access export (asks where, unless given a path)."""
        person = self._selected_person()
        if person is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save everything held about this person"),
                f"participant-{person.number}.json",
                self.tr("JSON files (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            text = self._services.rights.access_export_text(person.id)
            write_output(path, text.encode("utf-8"), self._services.database.files)
        except WorkshopError as error:
            self._say(refusal_text(error))
            return None
        self._say(
            self.tr(
                "Saved {name}'s information to {file}. It includes their contact "
                "details and support needs: give it only to them."
            ).format(name=person.name, file=path.name)
        )
        return path

    # ----- reactions -----------------------------------------------------------------------

    def _on_register_changed(self, _what: object) -> None:
        self._reload()

    def _on_attendance_changed(self, session_id: int, present: frozenset[int]) -> None:
        if session_id == self._session_id:
            self._reload()

    def _on_workshop_removed(self, workshop_id: int) -> None:
        if workshop_id == self._workshop_id:
            self._session_id = None
            self._workshop_id = None
            self._reload()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != HERE or self._session_id is None:
            return
        person_id = self.table.item(item.row(), NUMBER).data(Qt.ItemDataRole.UserRole)
        present = item.checkState() == Qt.CheckState.Checked
        try:
            self._services.participants.set_attendance(self._session_id, person_id, present)
        except WorkshopError as error:
            self._say(refusal_text(error))
            self._reload()

    def set_apologies(self, sent: bool) -> None:
        """Record (or take back) that the selected person sent apologies for this session."""
        person = self._selected_person()
        if person is None or self._session_id is None:
            return
        try:
            self._services.participants.set_apologies(self._session_id, person.id, sent)
        except WorkshopError as error:
            self._say(refusal_text(error))
            self._reload()

    def _on_apologies_clicked(self, checked: bool) -> None:
        self.set_apologies(checked)

    def _on_selection_changed(self) -> None:
        self._update_buttons()
        self.person_selected.emit(self.selected_participant_id())

    # ----- helpers -------------------------------------------------------------------------

    def _save_dialog(self, dialog: ParticipantDialog, person: ParticipantView | None) -> None:
        assert self._workshop_id is not None
        values = dialog.values()
        try:
            if person is None:
                role = str(values.pop("role"))
                name = str(values.pop("name"))
                added = self._services.participants.add(
                    self._workshop_id,
                    name,
                    role,
                    **values,  # type: ignore[arg-type]
                )
                self.select_participant(added.id)
            else:
                changed = {k: v for k, v in values.items() if getattr(person, k) != v}
                if changed:
                    self._services.participants.update(person.id, **changed)
                self.select_participant(person.id)
        except WorkshopError as error:
            self._say(refusal_text(error))

    def _erase(self, person: ParticipantView, delete_notes: bool) -> None:
        try:
            report = self._services.rights.erase(person.id, delete_notes=delete_notes)
        except WorkshopError as error:
            self._say(refusal_text(error))
            return
        message = self.tr("Participant {number} was erased: {summary}.").format(
            number=person.number, summary=report.summary()
        )
        if report.mentioned_in_notes:
            message += " " + self.tr(
                "Other notes that mention their name: {count}. Redact them from the board."
            ).format(count=len(report.mentioned_in_notes))
        if report.backups:
            message += " " + backup_notice(report.backups)
        self._say(message)

    def _selected_person(self) -> ParticipantView | None:
        person_id = self.selected_participant_id()
        return next((p for p in self._people if p.id == person_id), None)

    def _matching(self, text: str) -> list[ParticipantView]:
        needle = text.casefold()
        return [p for p in self._people if needle in p.name.casefold()]

    def _say(self, message: str) -> None:
        self.status.setText(message)

    def _reload(self) -> None:
        selected = self.selected_participant_id()
        if self._workshop_id is None:
            self._people = []
            self._present = frozenset()
            self._apologies = frozenset()
            history: dict[int, frozenset[int]] = {}
        else:
            self._people = self._services.participants.list(self._workshop_id)
            self._present = (
                frozenset(self._services.participants.attendees(self._session_id))
                if self._session_id is not None
                else frozenset()
            )
            self._apologies = (
                frozenset(self._services.participants.apologies(self._session_id))
                if self._session_id is not None
                else frozenset()
            )
            history = self._services.participants.attendance_by_person(self._workshop_id)
        self._filling = True
        try:
            self.table.setRowCount(len(self._people))
            for row, person in enumerate(self._people):
                self._fill_row(row, person, len(history.get(person.id, ())))
        finally:
            self._filling = False
        self.table.setColumnHidden(HERE, self._session_id is None)
        self._apply_filter(self.sign_in_edit.text())
        if selected is not None:
            self.select_participant(selected)
        here = len(self._present)
        total = len(self._people)
        if self._session_id is None:
            counted = self.tr("{total} registered").format(total=total)
        elif self._apologies:
            counted = self.tr("{here} of {total} here, {apologies} sent apologies").format(
                here=here, total=total, apologies=len(self._apologies)
            )
        else:
            counted = self.tr("{here} of {total} here").format(here=here, total=total)
        self.count_label.setText(counted)
        self._update_empty_state()
        self._update_buttons()
        self._fit_name_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def _fit_name_column(self) -> None:
        """Give Name the width the other columns leave, and at least its longest name."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != NAME and not header.isSectionHidden(column)
        )
        spare = self.table.viewport().width() - others
        longest = max(
            self.table.sizeHintForColumn(NAME), header.sectionSizeFromContents(NAME).width()
        )
        header.resizeSection(NAME, max(longest, spare))

    def _fill_row(self, row: int, person: ParticipantView, sessions: int) -> None:
        here = QTableWidgetItem()
        here.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        here.setCheckState(
            Qt.CheckState.Checked if person.id in self._present else Qt.CheckState.Unchecked
        )
        if person.id in self._apologies:
            here.setText(self.tr("Apologies"))
            here.setToolTip(self.tr("Sent apologies; tick if they came after all"))
        else:
            here.setToolTip(self.tr("Tick when they arrive"))
        number = QTableWidgetItem(f"P{person.number}")
        number.setData(Qt.ItemDataRole.UserRole, person.id)
        name = QTableWidgetItem(person.name)
        if person.organisation:
            name.setToolTip(plain_text.tooltip(person.organisation))
        named = QTableWidgetItem(self.tr("Yes") if person.consent_named else self.tr("No"))
        named.setToolTip(
            self.tr("Named in the record")
            if person.consent_named
            else self.tr("Shown as Participant {number} in anything shared").format(
                number=person.number
            )
        )
        needs = QTableWidgetItem(person.support_needs.replace("\n", "; "))
        needs.setToolTip(self.tr("For the organisers only; never exported"))
        items = {
            HERE: here,
            NUMBER: number,
            NAME: name,
            ROLE: QTableWidgetItem(_role_text(person.role)),
            NAMED: named,
            SESSIONS: QTableWidgetItem(str(sessions)),
            NEEDS: needs,
        }
        for column, item in items.items():
            if column != HERE:
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, column, item)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row, person in enumerate(self._people):
            self.table.setRowHidden(row, bool(needle) and needle not in person.name.casefold())

    def _update_empty_state(self) -> None:
        """Say what to do next when there is nobody to show."""
        if self._workshop_id is None:
            self.empty_state.set_text(
                self.tr("No workshop open"),
                self.tr("Choose a session on the left to see who is registered and who is here."),
            )
        elif not self._people:
            self.empty_state.set_text(
                self.tr("Nobody registered yet"),
                self.tr(
                    "Type a name in the box above and press Enter as people arrive, "
                    "or use Add… to register someone with their consent."
                ),
            )
        empty = self._workshop_id is None or not self._people
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)

    def _update_buttons(self) -> None:
        has_person = self._selected_person() is not None
        for button in (self.edit_button, self.access_button, self.export_button, self.erase_button):
            button.setEnabled(has_person)
        person = self._selected_person()
        self.apologies_button.setEnabled(person is not None and self._session_id is not None)
        self.apologies_button.setChecked(person is not None and person.id in self._apologies)
        self.add_button.setEnabled(self._workshop_id is not None)
        self.sign_in_edit.setEnabled(self._workshop_id is not None)
        self.sign_in_button.setEnabled(self._workshop_id is not None)
