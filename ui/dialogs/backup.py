"""File > Back up now… and Restore from backup…, and the banner shown over a read-only record.

The main window wires these in with `add_backup_actions(file_menu, backups, window)` and puts a
`ReadOnlyBanner(database.read_only)` above its central widget. Backing up and restoring run in the
background (ui/progress.py) with a progress bar and a Cancel that leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
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
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import plain_text
from ui.i18n import translated
from ui.progress import BackgroundTask, Progress, run_with_progress
from ui.widgets.tone import Tone, set_tone
from workshop.backups import BackupInfo, BackupKind, Backups, BackupStage

_KIND_LABELS = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("Backups", "Backup you made"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Copy kept before a restore"),
    BackupKind.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("Backups", "Copy kept before an upgrade"),
}

CONFIRM_TEXT = QT_TRANSLATE_NOOP("Backups", "Yes, replace it")

_STAGE_TEXTS = {
    BackupStage.COPYING: QT_TRANSLATE_NOOP("Backups", "Copying the record…"),
    BackupStage.READING: QT_TRANSLATE_NOOP("Backups", "Reading the backup…"),
    BackupStage.CHECKING: QT_TRANSLATE_NOOP("Backups", "Checking the backup…"),
    BackupStage.KEEPING: QT_TRANSLATE_NOOP("Backups", "Keeping a copy of the current record…"),
    BackupStage.REPLACING: QT_TRANSLATE_NOOP(
        "Backups", "Replacing the record; this last step cannot be stopped…"
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


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


def _background(
    progress: Progress,
    run: Callable[..., Path],
    on_stage: Callable[[BackupStage], None] | None = None,
) -> Path:
    """Run a backup or restore in the worker, reporting in percent and honouring Cancel."""

    def report(percent: int, stage: BackupStage) -> None:
        if on_stage is not None:
            on_stage(stage)
        progress.report(percent, 100, _tr(_STAGE_TEXTS[stage]))

    # BackupCancelled is the protocol's Cancelled, so the task reports it as a cancel.
    return run(progress=report, should_stop=lambda: progress.cancelled)


class ReadOnlyBanner(QFrame):
    """A strip above the board saying the record can be read but not changed, and why."""

    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.NoFrame)
        set_tone(self, Tone.NOTICE)
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


class _BackgroundWorkDialog(QDialog):
    """A dialog that runs one backup or restore at a time in the background, with Cancel.

    It says how things went in one sentence in its status line, and cannot be closed while the
    work runs (closing would pull the thread from under it; Cancel stops it safely).
    """

    cancelled = Signal()  # the user stopped it; nothing was changed
    started = Signal(object)  # the BackgroundTask, just before it starts

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.task: BackgroundTask | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.status = QLabel("")
        self.status.setWordWrap(True)
        # Room for two lines up front, so a message never lands on a half-laid-out dialog.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)

    @property
    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _run(
        self, title: str, first_stage: BackupStage, work: Callable[[Progress], Path]
    ) -> BackgroundTask:
        """Start the work with a progress dialog; the caller connects what success means."""
        self.task, self.progress_dialog = run_with_progress(
            self, title, _tr(_STAGE_TEXTS[first_stage]), work, start=False
        )
        self.progress_dialog.setMinimumWidth(420)
        self.task.failed.connect(lambda message: self._show(message, Tone.ERROR))
        self.task.cancelled.connect(self._cancelled)
        self.task.finished.connect(self._finished)
        return self.task

    def _start(self, task: BackgroundTask) -> None:
        self.started.emit(task)
        task.start()

    @Slot()
    def _cancelled(self) -> None:
        self._show(self._cancelled_text(), "")
        self.cancelled.emit()

    def _cancelled_text(self) -> str:
        raise NotImplementedError

    @Slot()
    def _finished(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def _show(self, message: str, tone: Tone) -> None:
        set_tone(self.status, tone)
        self.status.setText(message)


class BackUpNowDialog(_BackgroundWorkDialog):
    """Choose where the copy goes (the backups folder by default) and make it."""

    backed_up = Signal(object)  # Path of the new copy

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(backups, parent)
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

    def back_up(self) -> None:
        """Start the copy in the background; the outcome is shown in the dialog in one sentence."""
        if self.running:
            return
        text = self.target_edit.text().strip()
        target = Path(text) if text else None
        backups = self._backups
        self._show("", "")
        self.back_up_button.setEnabled(False)
        task = self._run(
            self.tr("Back up now"),
            BackupStage.COPYING,
            lambda progress: _background(
                progress, lambda **options: backups.backup_now(target, **options)
            ),
        )
        task.succeeded.connect(self._backed_up)
        self._start(task)

    @Slot(object)
    def _backed_up(self, path: Path) -> None:
        self._show(self.tr("Backed up to {path}.").format(path=path), Tone.DONE)
        self.backed_up.emit(path)

    def _cancelled_text(self) -> str:
        return self.tr("The backup was cancelled and no file was written.")

    @Slot()
    def _finished(self) -> None:
        self.back_up_button.setEnabled(True)


class RestoreDialog(_BackgroundWorkDialog):
    """Pick a backup (or another file) and replace the current record with it, after a second click.

    The record being replaced is copied first, so a restore can itself be undone by restoring
    that copy.
    """

    restored = Signal(object)  # Path of the copy kept of the replaced record
    # Emitted from the worker when the swap starts; queued to the dialog, which drops Cancel.
    _replacing = Signal()

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(backups, parent)
        self._replacing.connect(self._past_cancelling, Qt.ConnectionType.QueuedConnection)
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
            item.setToolTip(plain_text.tooltip(str(backup.path)))
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
                Tone.ERROR,
            )
            return
        self.restore()

    def restore(self) -> None:
        """Start restoring the chosen backup in the background; the outcome is one sentence."""
        if self._chosen is None or self.running:
            return
        self._confirming = False
        self.restore_button.setText(self.tr("Restore…"))
        self.restore_button.setEnabled(False)
        self._show("", "")
        chosen = self._chosen
        backups = self._backups
        replacing = self._replacing

        def on_stage(stage: BackupStage) -> None:
            if stage is BackupStage.REPLACING:
                replacing.emit()

        task = self._run(
            self.tr("Restore from backup"),
            BackupStage.READING,
            lambda progress: _background(
                progress, lambda **options: backups.restore(chosen, **options), on_stage
            ),
        )
        task.succeeded.connect(self._restored)
        self._start(task)

    @Slot()
    def _past_cancelling(self) -> None:
        # The swap is one transaction that runs to its end, so offering Cancel would mislead.
        if self.progress_dialog is not None and not self.progress_dialog.wasCanceled():
            self.progress_dialog.setCancelButton(None)  # type: ignore[arg-type]

    @Slot(object)
    def _restored(self, safety: Path) -> None:
        self._show(
            self.tr("Restored; the previous record was kept as {file}.").format(file=safety.name),
            Tone.DONE,
        )
        self.refresh()
        self.restored.emit(safety)

    def _cancelled_text(self) -> str:
        return self.tr("The restore was cancelled and the current record is unchanged.")

    @Slot()
    def _finished(self) -> None:
        self.restore_button.setEnabled(self._chosen is not None)


def backup_actions(backups: Backups, parent: QWidget) -> tuple[QAction, QAction]:
    """Back up now… and Restore from backup…, for the main window to place in its File menu."""
    back_up = translated(QAction(parent), "Backups", QT_TRANSLATE_NOOP("Backups", "Back up now…"))
    restore = translated(
        QAction(parent), "Backups", QT_TRANSLATE_NOOP("Backups", "Restore from backup…")
    )
    back_up.triggered.connect(lambda: BackUpNowDialog(backups, parent).exec())
    restore.triggered.connect(lambda: RestoreDialog(backups, parent).exec())
    return back_up, restore


def add_backup_actions(menu: QMenu, backups: Backups, parent: QWidget) -> tuple[QAction, QAction]:
    """Add Back up now… and Restore from backup… to the end of a menu."""
    back_up, restore = backup_actions(backups, parent)
    menu.addActions([back_up, restore])
    return back_up, restore
