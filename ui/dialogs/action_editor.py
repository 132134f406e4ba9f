"""Create or edit one action: its fields, who agreed it, and why it was dropped."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.action_fields import (
    due_of,
    fill_person_combo,
    fill_status_combo,
    joint_text,
    make_due_edit,
    missing_voices,
    person_label,
    select_data,
    set_due,
)
from ui.i18n import refusal_text
from ui.widgets.tone import Tone, set_tone
from workshop.dates import is_impossible, stored_text
from workshop.errors import ValidationError, WorkshopError
from workshop.services import Services
from workshop.views import ActionView, ParticipantView
from workshop.vocabulary import ActionStatus

_FIELDS = (
    "title",
    "description",
    "owner",
    "co_lead",
    "due",
    "status",
    "dropped_reason",
    "agreed_by",
    "source_note_ids",
)


class ActionEditor(QDialog):
    """Saves through the actions service; a refusal is shown under the field it concerns."""

    saved = Signal(object)  # ActionView

    def __init__(
        self,
        services: Services,
        session_id: int,
        action: ActionView | None = None,
        *,
        source_note_ids: Sequence[int] = (),
        status: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self._action = action
        self._sources = tuple(action.source_note_ids if action else source_note_ids)
        session = services.sessions.get(session_id)
        workshop_id = session.workshop_id
        self._people = services.participants.list(workshop_id)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(520)

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Action title"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setFixedHeight(70)
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        fill_person_combo(self.owner_combo, self._people)
        self.co_lead_combo = QComboBox()
        self.co_lead_combo.setAccessibleName(self.tr("Co-lead"))
        fill_person_combo(self.co_lead_combo, self._people, citizen_first=True)
        self.due_edit = make_due_edit(reference=session.date)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        fill_status_combo(self.status_combo, action.status if action else None)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Why it was dropped"))
        self.reason_edit.setFixedHeight(54)
        self.reason_edit.setPlaceholderText(self.tr("Needed when the action is dropped."))
        self.agreed_list = QListWidget()
        self.agreed_list.setAccessibleName(self.tr("Agreed by"))
        for person in self._people:
            item = QListWidgetItem(person_label(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.agreed_list.addItem(item)
        self.agreed_list.setFixedHeight(min(170, 24 + 22 * max(len(self._people), 1)))
        self.joint_label = QLabel()
        self.joint_label.setWordWrap(True)
        self.sources_label = QLabel(self._sources_text())
        self.general_error = self._error_label()

        self.errors: dict[str, QLabel] = {name: self._error_label() for name in _FIELDS}
        self._field_widgets: dict[str, QWidget] = {
            "title": self.title_edit,
            "description": self.description_edit,
            "owner": self.owner_combo,
            "co_lead": self.co_lead_combo,
            "due": self.due_edit,
            "status": self.status_combo,
            "dropped_reason": self.reason_edit,
            "agreed_by": self.agreed_list,
        }

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            (self.tr("&Title"), "title", self.title_edit),
            (self.tr("&Description"), "description", self.description_edit),
            (self.tr("&Owner"), "owner", self.owner_combo),
            (self.tr("&Co-lead"), "co_lead", self.co_lead_combo),
            (self.tr("D&ue"), "due", self.due_edit),
            (self.tr("&Status"), "status", self.status_combo),
            (self.tr("&Why dropped"), "dropped_reason", self.reason_edit),
            (self.tr("&Agreed by"), "agreed_by", self.agreed_list),
        ]
        for label_text, name, widget in rows:
            label = QLabel(label_text)
            label.setBuddy(widget)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(self.errors[name])
            form.addRow(label, box)
        form.addRow("", self.joint_label)
        sources_box = QVBoxLayout()
        sources_box.addWidget(self.sources_label)
        sources_box.addWidget(self.errors["source_note_ids"])
        form.addRow(self.tr("Came from"), sources_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self._load(action, status)
        self.status_combo.currentIndexChanged.connect(self._update_reason_state)
        self.agreed_list.itemChanged.connect(self._update_joint)
        self._update_reason_state()
        self._update_joint()

    # ----- public --------------------------------------------------------------------------

    def agreed_ids(self) -> list[int]:
        ids = []
        for row in range(self.agreed_list.count()):
            item = self.agreed_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_agreed(self, person_id: int, agreed: bool) -> None:
        for row in range(self.agreed_list.count()):
            item = self.agreed_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if agreed else Qt.CheckState.Unchecked)

    def shown_errors(self) -> dict[str, str]:
        """The messages on show, by field (the general one under '')."""
        shown = {name: label.text() for name, label in self.errors.items() if label.text()}
        if self.general_error.text():
            shown[""] = self.general_error.text()
        return shown

    def save(self) -> None:
        """Create or update through the service; stay open and point at the field on refusal."""
        self._clear_errors()
        fields: dict[str, object] = {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "owner_id": self.owner_combo.currentData(),
            "co_lead_id": self.co_lead_combo.currentData(),
            "due": due_of(self.due_edit),
            "status": self.status_combo.currentData(),
            "dropped_reason": self.reason_edit.toPlainText(),
            "agreed_by": self.agreed_ids(),
        }
        try:
            if self._action is None:
                view = self._services.actions.create(
                    self._session_id,
                    str(fields.pop("title")),
                    source_note_ids=self._sources,
                    **fields,  # type: ignore[arg-type]
                )
            else:
                if fields["status"] != ActionStatus.DROPPED:
                    fields.pop("dropped_reason")
                view = self._services.actions.update(
                    self._action.id, expected_version=self._action.version, **fields
                )
        except ValidationError as error:
            self._show_error(error.field, refusal_text(error))
            return
        except WorkshopError as error:
            self._show_error("", refusal_text(error))
            return
        self._action = view
        self.saved.emit(view)
        self.accept()

    # ----- helpers -------------------------------------------------------------------------

    def _load(self, action: ActionView | None, status: str | None) -> None:
        if action is not None:
            self.title_edit.setText(action.title)
            self.description_edit.setPlainText(action.description)
            select_data(self.owner_combo, action.owner_id)
            select_data(self.co_lead_combo, action.co_lead_id)
            set_due(self.due_edit, action.due)
            if action.due is not None and is_impossible(action.due):
                # The picker can only offer "no due date" for it: say so before anyone saves.
                self.errors["due"].setText(
                    self.tr(
                        "The stored due date is not a real date ({stored}); choose one, "
                        "or leave it empty to clear it."
                    ).format(stored=stored_text(action.due))
                )
                self.errors["due"].setVisible(True)
            self.reason_edit.setPlainText(action.dropped_reason)
            for person_id in action.agreed_by:
                self.set_agreed(person_id, True)
        else:
            set_due(self.due_edit, None)
        if status is not None:
            select_data(self.status_combo, status)

    def _show_error(self, field: str, message: str) -> None:
        name = {"owner_id": "owner", "co_lead_id": "co_lead"}.get(field, field)
        label = self.errors.get(name, self.general_error)
        label.setText(message)
        label.setVisible(True)
        widget = self._field_widgets.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.setVisible(False)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        set_tone(label, Tone.ERROR)
        label.setVisible(False)
        label.setAccessibleDescription(
            QCoreApplication.translate("ActionEditor", "Why this was not saved")
        )
        return label

    def _update_reason_state(self) -> None:
        dropped = self.status_combo.currentData() == ActionStatus.DROPPED
        self.reason_edit.setEnabled(dropped)
        if dropped:
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_joint(self) -> None:
        agreed = set(self.agreed_ids())
        people: list[ParticipantView] = [p for p in self._people if p.id in agreed]
        text = joint_text(people)
        prefix = "⚠ " if missing_voices(people) else "✔ "
        self.joint_label.setText(prefix + text)

    def _sources_text(self) -> str:
        count = len(self._sources)
        if count == 0:
            return self.tr("No notes linked (typed directly).")
        if count == 1:
            return self.tr("1 note from the board.")
        return self.tr("{count} notes from the board.").format(count=count)
