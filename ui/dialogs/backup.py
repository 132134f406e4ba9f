"""File > Back up now… and Restore from backup…, and the banner shown over a read-only record.

The main window wires these in with `add_backup_actions(file_menu, backups, window)` and puts a
`ReadOnlyBanner(database.read_only)` above its central widget.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import refusal_text, translated
from workshop.backups import BackupInfo, BackupKind, Backups
from workshop.errors import WorkshopError

_KIND_LABELS = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("Backups", "Backup you made"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Copy kept before a restore"),
    BackupKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("Backups", "Copy kept before an upgrade"),
}

CONFIRM_TEXT = QT_TRANSLATE_NOOP("Backups", "Yes, replace it")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


_ERROR_STYLE = "color: #a4262c;"
_DONE_STYLE = "color: #1e6b34;"


def describe(backup: BackupInfo) -> str:
    """One line for a backup in the list: what it is, when it was made, how big it is."""
    when = QLocale().toString(backup.made_at, "ddd dd MMM yyyy, HH:mm")
    size = (
        QCoreApplication.translate("Backups", "{size} MB").format(
            size=f"{backup.size / 1_048_576:.1f}"
        )
        if backup.size >= 1_048_576
        else QCoreApplication.translate("Backups", "under 1 MB")
    )
    return f"{_tr(_KIND_LABELS[backup.kind])} · {when} · {size}"


class ReadOnlyBanner(QFrame):
    """A strip above the board saying the record can be read but not changed, and why."""

    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #c8a600; }"
            "#readOnlyBanner QLabel { color: #3b3000; }"
        )
        self.label = QLabel(
            self.tr(
                "<b>Read-only.</b> This record can be looked at but not changed, because its file "
                "cannot be written to. To work on it, save a copy (File › Back up now…) and open "
                "that."
            )
        )
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.set_read_only(read_only)

    def set_read_only(self, read_only: bool) -> None:
        self.setVisible(read_only)


class BackUpNowDialog(QDialog):
    """Choose where the copy goes (the backups folder by default) and make it."""

    backed_up = Signal(object)  # Path of the new copy

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.setWindowTitle(self.tr("Back up now"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Make a complete copy of every workshop in this record. Keep copies somewhere "
                "safe: "
                "they hold personal details."
            )
        )
        intro.setWordWrap(True)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(
            self.tr("In the backups folder: {folder}").format(folder=backups.folder)
        )
        self.target_edit.setAccessibleName(self.tr("Where to save the backup"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.target_edit, 1)
        row.addWidget(choose)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # Room for two lines up front, so a message never lands on a half-laid-out dialog.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.back_up_button = QPushButton(self.tr("Back up"))
        self.back_up_button.setDefault(True)
        self.buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up_button.clicked.connect(self.back_up)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        suggested = str(Path.home() / f"{self._backups.database_path.stem}-backup.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a backup as"),
            suggested,
            self.tr("Workshop database (*.sqlite3);;All files (*)"),
        )
        if path:
            self.target_edit.setText(path)

    def back_up(self) -> Path | None:
        """Make the copy; the outcome is shown in the dialog, one sentence either way."""
        text = self.target_edit.text().strip()
        try:
            path = self._backups.backup_now(Path(text) if text else None)
        except WorkshopError as error:
            self._show(refusal_text(error), _ERROR_STYLE)
            return None
        self._show(self.tr("Backed up to {path}.").format(path=path), _DONE_STYLE)
        self.backed_up.emit(path)
        return path

    def _show(self, message: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(message)


class RestoreDialog(QDialog):
    """Pick a backup (or another file) and replace the current record with it, after a second click.

    The record being replaced is copied first, so a restore can itself be undone by restoring
    that copy.
    """

    restored = Signal(object)  # Path of the copy kept of the replaced record

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._chosen: Path | None = None
        self._chosen_label = ""
        self._confirming = False
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(560, 380)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything in the current record is replaced by "
                "it; a copy of the current record is kept first."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.currentItemChanged.connect(self._selection_changed)
        other = QPushButton(self.tr("Other file…"))
        other.clicked.connect(self._choose_file)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # Room for two lines up front, so a message never lands on a half-laid-out dialog.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        # Wide enough for the confirming text, so the button does not jump or clip.
        metrics = self.restore_button.fontMetrics()
        self.restore_button.setMinimumWidth(metrics.horizontalAdvance(_tr(CONFIRM_TEXT)) + 32)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in self._backups.list():
            item = QListWidgetItem(describe(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup.path)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if self.list.count() == 0:
            self._show(self.tr("There are no backups yet; use Other file… to pick one."), "")

    def choose(self, path: Path, label: str | None = None) -> None:
        """Select a backup file (from the list or elsewhere) to restore."""
        self._chosen = Path(path)
        self._chosen_label = label or self._chosen.name
        self._confirming = False
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(True)
        self._show(self.tr("Selected {file}.").format(file=self._chosen.name), "")

    def _selection_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.choose(current.data(Qt.ItemDataRole.UserRole), current.text())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            str(self._backups.folder),
            self.tr("Workshop database (*.sqlite3);;All files (*)"),
        )
        if path:
            self.list.clearSelection()
            self.choose(Path(path))

    def _restore_clicked(self) -> None:
        if self._chosen is None:
            return
        if not self._confirming:
            # Asked in place rather than in a pop-up: the second click is the confirmation.
            self._confirming = True
            self.restore_button.setText(_tr(CONFIRM_TEXT))
            self._show(
                self.tr(
                    "Click “{button}” to replace the current record with this copy: {backup}."
                ).format(button=_tr(CONFIRM_TEXT), backup=self._chosen_label),
                _ERROR_STYLE,
            )
            return
        self.restore()

    def restore(self) -> Path | None:
        """Restore the chosen backup now; the outcome is shown in one sentence."""
        if self._chosen is None:
            return None
        self._confirming = False
        self.restore_button.setText(self.tr("Restore…"))
        try:
            safety = self._backups.restore(self._chosen)
        except WorkshopError as error:
            self._show(refusal_text(error), _ERROR_STYLE)
            return None
        self._show(
            self.tr("Restored; the previous record was kept as {file}.").format(file=safety.name),
            _DONE_STYLE,
        )
        self.refresh()
        self.restored.emit(safety)
        return safety

    def _show(self, message: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(message)


def add_backup_actions(menu: QMenu, backups: Backups, parent: QWidget) -> tuple[QAction, QAction]:
    """Add File > Back up now… and File > Restore from backup… to menu."""
    back_up = translated(
        menu.addAction(""), "Backups", QT_TRANSLATE_NOOP("Backups", "Back up now…")
    )
    restore = translated(
        menu.addAction(""), "Backups", QT_TRANSLATE_NOOP("Backups", "Restore from backup…")
    )
    back_up.triggered.connect(lambda: BackUpNowDialog(backups, parent).exec())
    restore.triggered.connect(lambda: RestoreDialog(backups, parent).exec())
    return back_up, restore
