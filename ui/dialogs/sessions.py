"""Dialogs to create workshops and sessions (from a template), rename, and confirm deletion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.action_fields import EARLIEST, LATEST
from ui.i18n import Language, current_language
from ui.preferences import DEFAULT_TEMPLATE, Preferences
from workshop import templates


class NewWorkshopDialog(QDialog):
    """A workshop's title and organisation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Home care in Riverside"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Riverside Council"))
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.title_edit.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.title_edit.text().strip(), self.organisation_edit.text().strip()


class NewSessionDialog(QDialog):
    """Pick a template (each says when to use it and shows its prompts), a title and a date.

    Templates are shown in the app's language; the session is made in that language, so its
    columns and stages are then the session's own words.
    """

    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.resize(620, 460)
        self.language: Language = current_language()
        self.templates = tuple(
            t.in_language(self.language.value) for t in templates.all_templates()
        )
        self.template_list = QListWidget()
        for template in self.templates:
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            item.setToolTip(template.description)
            self.template_list.addItem(item)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setMinimumHeight(90)
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setDateRange(EARLIEST, LATEST)
        day = today or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.template_list.currentRowChanged.connect(self._show_template)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        pick = QLabel(self.tr("&Method"))
        pick.setBuddy(self.template_list)
        layout.addWidget(pick)
        layout.addWidget(self.template_list, 1)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Start on the facilitator's usual method (Settings › Default template).
        default = Preferences().get(DEFAULT_TEMPLATE)
        ids = [t.id for t in templates.all_templates()]
        self.template_list.setCurrentRow(ids.index(default) if default in ids else 0)

    def _show_template(self, row: int) -> None:
        all_templates = self.templates
        if not 0 <= row < len(all_templates):
            return
        template = all_templates[row]
        prompts = "\n".join(f"  • {c}" for c in template.columns)
        self.description.setText(
            f"{template.description}\n\n" + self.tr("Prompts:") + f"\n{prompts}"
        )
        if not self.title_edit.isModified():
            self.title_edit.setText(template.name)

    def template_id(self) -> str:
        item = self.template_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else templates.all_templates()[0].id

    def values(self) -> tuple[str, str, dt.date]:
        qdate = self.date_edit.date()
        title = self.title_edit.text().strip() or self.template_list.currentItem().text()
        return self.template_id(), title, dt.date(qdate.year(), qdate.month(), qdate.day())


# The things callers rename or delete, so their names can be shown translated.
THINGS = (
    QT_TRANSLATE_NOOP("SessionDialogs", "theme"),
    QT_TRANSLATE_NOOP("SessionDialogs", "column"),
    QT_TRANSLATE_NOOP("SessionDialogs", "session"),
    QT_TRANSLATE_NOOP("SessionDialogs", "workshop"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionDialogs", text)


def ask_new_name(parent: QWidget, what: str, current: str) -> str | None:
    """Ask for a new name; None when cancelled or left blank."""
    thing = _tr(what)
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("SessionDialogs", "Rename {thing}").format(thing=thing),
        QCoreApplication.translate("SessionDialogs", "New name for the {thing}:").format(
            thing=thing
        ),
        text=current,
    )
    text = text.strip()
    return text if ok and text else None


def confirm_delete(parent: QWidget, what: str, name: str, consequence: str) -> bool:
    """Ask before deleting something that cannot be undone; No is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    thing = _tr(what)
    box.setWindowTitle(
        QCoreApplication.translate("SessionDialogs", "Delete {thing}").format(thing=thing)
    )
    box.setText(
        QCoreApplication.translate("SessionDialogs", "Delete the {thing} “{name}”?").format(
            thing=thing, name=name
        )
    )
    box.setInformativeText(
        consequence + " " + QCoreApplication.translate("SessionDialogs", "This cannot be undone.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("SessionDialogs", "Delete {thing}").format(thing=thing)
    )
    return box.exec() == QMessageBox.StandardButton.Yes
