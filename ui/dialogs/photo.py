"""Adding a photo of paper: choose what it shows, process it in the background, then review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import shortcuts
from ui.i18n import refusal_text, translated
from ui.labels import role_label
from ui.main_window import MainWindow
from ui.progress import BackgroundTask, Cancelled, Progress, run_with_progress
from workshop import audience
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import NoteView, PictureView
from workshop.vocabulary import NOT_RECORDED_ROLE, PictureKind, Role

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})


def photo_chooser(parent: QWidget) -> QFileDialog:
    """File › Add photo…: a file dialog opened without blocking (the app keeps serving phones).

    The caller connects `fileSelected`; the dialog deletes itself once closed.
    """
    chooser = QFileDialog(parent, QCoreApplication.translate("Photo", "Add a photo of paper"))
    chooser.setNameFilter(QCoreApplication.translate("Photo", "Photos (*.jpg *.jpeg *.png *.webp)"))
    chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.open()
    return chooser


class AddPhotoDialog(QDialog):
    """What the photo shows and where its notes go; OK processes it off the GUI thread."""

    added = Signal(object)  # PhotoAdded or PictureView, once stored

    def __init__(
        self, services: Services, session_id: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self.path = path
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Add a photo of paper"))
        name = QLabel(path.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_choice = QRadioButton(self.tr("Sticky notes: find them and read them"))
        self.drawing_choice = QRadioButton(self.tr("A flipchart or drawing: keep it as a picture"))
        self.notes_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.notes_choice)
        group.addButton(self.drawing_choice)
        self.column = QComboBox()
        for column in services.board.columns(session_id):
            self.column.addItem(column.title, column.id)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("What it shows, e.g. Table 2's map of the journey"))
        self.caption.setAccessibleName(self.tr("Caption"))
        self.everyone_agreed = QCheckBox(
            self.tr("Everyone in the photo agreed to be photographed (do not blur faces)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Photo:"), name)
        form.addRow(self.tr("Notes go to:"), self.column)
        form.addRow(self.tr("Caption:"), self.caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes_choice)
        layout.addWidget(self.drawing_choice)
        layout.addLayout(form)
        layout.addWidget(self.everyone_agreed)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.drawing_choice.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        drawing = self.drawing_choice.isChecked()
        self.column.setEnabled(not drawing)
        self.caption.setEnabled(drawing)

    def start(self) -> None:
        """Check the choices, then find, straighten and read the notes in the background."""
        drawing = self.drawing_choice.isChecked()
        caption = self.caption.text()
        if drawing and not caption.strip():
            self.message.setText(self.tr("Write a caption: what does the picture show?"))
            self.caption.setFocus()
            return
        path, agreed = self.path, self.everyone_agreed.isChecked()
        column_id = self.column.currentData()

        def work(progress: Progress) -> object:
            # Imported in the worker: OpenCV and the text recogniser load only when needed.
            from workshop.photos import check_size
            from workshop.photos.pipeline import process_photo

            def report(done: int, total: int) -> None:
                if progress.cancelled:
                    raise Cancelled
                progress.report(done, total, "")

            try:
                check_size(path.stat().st_size)
                data = path.read_bytes()
            except OSError:
                raise WorkshopError(
                    QCoreApplication.translate("Photo", "That photo could not be read.")
                ) from None
            return process_photo(
                data, everyone_agreed=agreed, find_notes=not drawing, progress=report
            )

        self.buttons.setEnabled(False)
        task, _ = run_with_progress(
            self,
            self.tr("Reading the photo"),
            self.tr("Finding the notes and reading them on this computer…"),
            work,
            start=False,
        )
        self.task = task
        task.succeeded.connect(lambda photo: self._store(photo, drawing, caption, column_id))
        task.failed.connect(self._refused)
        task.cancelled.connect(self._cancelled)
        task.start()

    def _store(self, photo: object, drawing: bool, caption: str, column_id: int | None) -> None:
        try:
            if drawing:
                result: object = self._services.photos.add_drawing(
                    self._session_id,
                    photo,  # type: ignore[arg-type]
                    caption,
                )
            else:
                result = self._services.photos.add_photo(
                    self._session_id,
                    photo,  # type: ignore[arg-type]
                    column_id=column_id,
                )
        except WorkshopError as error:
            self._refused(refusal_text(error))
            return
        self.added.emit(result)
        self.accept()

    def _refused(self, message: str) -> None:
        self.message.setText(message)
        self.buttons.setEnabled(True)

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Stopped; nothing was added."))
        self.buttons.setEnabled(True)


class ReviewQueueDialog(QDialog):
    """Notes read from photos, one at a time: the picture beside the suggested text.

    Enter accepts (the text as it stands: typing corrects it), Ctrl+P keeps the picture only,
    Ctrl+Delete discards the note, Escape stops (the rest stay waiting).
    """

    reviewed = Signal(object)  # NoteView accepted

    def __init__(self, services: Services, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self._queue: list[NoteView] = services.photos.review_queue(session_id)
        self.setWindowTitle(self.tr("Notes from photos: review"))
        self.setMinimumWidth(680)
        self.picture = QLabel()
        self.picture.setFixedSize(300, 300)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("The note as photographed"))
        self.position = QLabel()
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Suggested text"))
        self.text.returnPressed.connect(self.accept_current)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        self.role.addItem(role_label(NOT_RECORDED_ROLE), None)
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        keys = QLabel(
            self.tr(
                "Enter: accept · type to correct · Ctrl+P: picture only · "
                "Ctrl+Delete: not a note · Esc: later"
            )
        )
        keys.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.position)
        side.addWidget(QLabel(self.tr("Suggested text (Enter accepts):")))
        side.addWidget(self.text)
        side.addWidget(QLabel(self.tr("Role:")))
        side.addWidget(self.role)
        side.addWidget(self.message)
        side.addStretch(1)
        side.addWidget(keys)
        row = QHBoxLayout(self)
        row.addWidget(self.picture)
        row.addLayout(side, 1)
        # Keys are read from the text box itself, where the reviewer's hands are; a window
        # shortcut would lose to the box's own Ctrl+Delete (delete word).
        self.text.installEventFilter(self)
        # A photo from a table's phone may arrive while the queue is open: its notes join the end.
        services.events.note_added.connect(self._on_note_added)
        self._show()

    def _on_note_added(self, note: NoteView) -> None:
        if (
            note.session_id == self._session_id
            and audience.waiting_for_review(note)
            and all(queued.id != note.id for queued in self._queue)
        ):
            self._queue.append(note)
            self._show_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            key = event  # a QKeyEvent
            if key.modifiers() == Qt.KeyboardModifier.ControlModifier:  # type: ignore[attr-defined]
                if key.key() == Qt.Key.Key_P:  # type: ignore[attr-defined]
                    if event.type() == QEvent.Type.KeyPress:
                        self.keep_picture_only()
                    event.accept()
                    return True
                if key.key() == Qt.Key.Key_Delete:  # type: ignore[attr-defined]
                    if event.type() == QEvent.Type.KeyPress:
                        self.discard_current()
                    event.accept()
                    return True
        return super().eventFilter(watched, event)

    @property
    def current(self) -> NoteView | None:
        return self._queue[0] if self._queue else None

    def remaining(self) -> int:
        return len(self._queue)

    def _show(self) -> None:
        note = self.current
        if note is None:
            self.accept()
            return
        self._show_count()
        self.text.setText(note.text)
        self.text.selectAll()  # typing replaces the suggestion; arrows keep it to edit
        self.text.setFocus()
        self.role.setCurrentIndex(0)
        self.message.clear()
        image = QImage()
        if note.picture_id is not None:
            image.loadFromData(self._services.photos.jpeg(note.picture_id))
        self.picture.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.picture.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _show_count(self) -> None:
        self.position.setText(self.tr("Waiting for review: {count}").format(count=len(self._queue)))

    def accept_current(self) -> None:
        self._decide(text=self.text.text())

    def keep_picture_only(self) -> None:
        self._decide(picture_only=True)

    def _decide(self, *, text: str | None = None, picture_only: bool = False) -> None:
        note = self.current
        if note is None:
            return
        try:
            accepted = self._services.photos.accept(
                note.id, text, picture_only=picture_only, role=self.role.currentData()
            )
        except WorkshopError as error:
            self.message.setText(refusal_text(error))
            return
        self._queue.pop(0)
        self.reviewed.emit(accepted)
        self._show()

    def discard_current(self) -> None:
        note = self.current
        if note is None:
            return
        try:
            self._services.photos.discard(note.id)
        except WorkshopError as error:
            self.message.setText(refusal_text(error))
            return
        self._queue.pop(0)
        self._show()


def dropped_photo(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The one local photo file being dragged, if that is what it is."""
    urls = event.mimeData().urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in PHOTO_SUFFIXES else None


class PhotoDropTarget(QObject):
    """Watches a window (and its board) for a photo dropped on it; emits the file's path."""

    dropped = Signal(object)  # Path

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            drag = event  # a QDragEnterEvent or QDragMoveEvent
            if dropped_photo(drag) is not None:  # type: ignore[arg-type]
                drag.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            path = dropped_photo(event)  # type: ignore[arg-type]
            if path is not None:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.dropped.emit(path)
                return True
        return False


class PhotoCommands(QObject):
    """File › Add photo of paper…, Review notes from photos…, and photos dropped on the window."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.dialog: AddPhotoDialog | None = None
        self.review: ReviewQueueDialog | None = None
        self.add_action = translated(
            QAction(window), "Workspace", QT_TRANSLATE_NOOP("Workspace", "Add &photo of paper…")
        )
        translated(
            self.add_action,
            "Workspace",
            QT_TRANSLATE_NOOP(
                "Workspace",
                "Turn the sticky notes in a photo into notes to review, or keep a flipchart as a "
                "picture. You can also drop a photo on the window.",
            ),
            "setStatusTip",
        )
        self.review_action = translated(
            QAction(window),
            "Workspace",
            QT_TRANSLATE_NOOP("Workspace", "Re&view notes from photos…"),
        )
        self.review_action.setShortcuts(shortcuts.keys("review_photos"))
        self.add_action.triggered.connect(self.choose)
        self.review_action.triggered.connect(self.open_review)
        for action in (self.add_action, self.review_action):
            window.file_menu.insertAction(window.export_action, action)
            action.setEnabled(window.session_id is not None)
        window.session_opened.connect(self._on_session_opened)
        self.drops = PhotoDropTarget(self)
        self.drops.watch(window)
        self.drops.dropped.connect(self.add_from)
        services.events.picture_added.connect(self._on_picture_added)

    def _on_session_opened(self, session_id: int | None) -> None:
        for action in (self.add_action, self.review_action):
            action.setEnabled(session_id is not None)

    def choose(self) -> QFileDialog | None:
        """Ask for a photo file; once chosen, the same dialog as a dropped photo."""
        if self._window.session_id is None:
            return None
        chooser = photo_chooser(self._window)
        chooser.fileSelected.connect(lambda path: self.add_from(Path(path)) if path else None)
        return chooser

    def add_from(self, path: Path) -> None:
        """The dialog for a photo dropped on the window (or given by path)."""
        if self._window.session_id is None:
            self._window.show_refusal(
                QCoreApplication.translate("Workspace", "Open a session first, then add photos.")
            )
            return
        dialog = AddPhotoDialog(self._services, self._window.session_id, path, self._window)
        dialog.added.connect(self._on_added)
        self.dialog = dialog
        dialog.open()

    def _on_picture_added(self, picture: PictureView) -> None:
        """A photo from a table's phone: say that its notes wait, so the facilitator looks."""
        if picture.kind != PictureKind.PHOTO.value or picture.session_id != self._window.session_id:
            return
        waiting = len(self._services.photos.review_queue(picture.session_id))
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "Workspace",
                "A photo of paper came in; {count} notes from photos are waiting for review "
                "(File › Review notes from photos…).",
            ).format(count=waiting)
        )

    def _on_added(self, added: object) -> None:
        if getattr(added, "notes", ()):
            self.open_review()

    def open_review(self) -> ReviewQueueDialog | None:
        if self._window.session_id is None:
            return None
        dialog = ReviewQueueDialog(self._services, self._window.session_id, self._window)
        if not dialog.remaining():
            self._window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Workspace", "No notes from photos are waiting for review."
                )
            )
            return None
        self.review = dialog
        dialog.open()
        return dialog
