"""File > Export record…: choose sections and format, export in a worker thread, open when done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exports import wording
from exports.editions import edition_options
from exports.record_options import SECTION_TITLES, Edition, RecordOptions, Section
from ui.i18n import Language, current_language, refusal_text
from ui.progress import BackgroundTask, Progress, Work
from ui.widgets.tone import Tone, set_tone
from workshop import privacy
from workshop.easy_read import LANGUAGES as EASY_READ_LANGUAGES
from workshop.easy_read import easy_read_language
from workshop.easy_read_record import EasyReadRecord
from workshop.errors import WorkshopError
from workshop.files import NOTHING_PROTECTED, RecordFiles, check_output
from workshop.services import Services
from workshop.views import RecordSnapshot


def export_work(
    snapshot: RecordSnapshot,
    path: Path,
    options: RecordOptions,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Work:
    """The export as background work: a frozen snapshot in, a written file's path out.

    It touches no widget and no database session, so nothing Qt or SQLAlchemy is made, used
    or freed on the worker thread. A file that cannot be written is a WorkshopError, which the
    task puts into words on the GUI thread.
    """

    def work(progress: Progress) -> Path:
        from exports.html import write_html
        from exports.pdf import write_pdf

        writer = write_pdf if path.suffix.lower() == ".pdf" else write_html
        return writer(
            snapshot,
            path,
            options,
            progress=progress.fraction,
            cancelled=lambda: progress.cancelled,
            protect=protect,
        )

    return work


def easy_read_work(
    record: EasyReadRecord, path: Path, language: str, protect: RecordFiles = NOTHING_PROTECTED
) -> Work:
    """The Easy Read export as background work (a few pages: no progress to report)."""

    def work(progress: Progress) -> Path:
        from exports.easy_read_html import write_easy_read_html
        from exports.easy_read_pdf import write_easy_read_pdf

        writer = write_easy_read_pdf if path.suffix.lower() == ".pdf" else write_easy_read_html
        return writer(record, path, language, protect=protect)

    return work


def _app_wording() -> str:
    """The record wording that matches the app's language, for headings shown in the app."""
    return "cy" if current_language() is Language.WELSH else "en"


class ExportRecordDialog(QDialog):
    """Lets an officer export a session's record as PDF or accessible HTML."""

    exported = Signal(str)

    def __init__(
        self,
        services: Services,
        session_id: int,
        parent: QWidget | None = None,
        *,
        opener: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self._opener = opener
        self._task: BackgroundTask | None = None
        session = services.sessions.get(session_id)
        self.setWindowTitle(self.tr("Export record"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr("Export the record of “{session}”.").format(session=session.title))
        intro.setWordWrap(True)

        self.pdf_button = QRadioButton(self.tr("PDF, for printing and sending"))
        self.html_button = QRadioButton(
            self.tr("Accessible web page (HTML), for publishing online")
        )
        self.pdf_button.setChecked(True)
        self.pdf_button.toggled.connect(self._on_format_changed)
        formats = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(formats)
        format_layout.addWidget(self.pdf_button)
        format_layout.addWidget(self.html_button)

        self.public_button = QRadioButton(
            self.tr("Public: for anyone; no contact details, small groups protected")
        )
        self.participants_button = QRadioButton(
            self.tr("Participants: for the people who took part; marked “Not for publication”")
        )
        self.easy_read_button = QRadioButton(
            self.tr("Easy Read: the sentences written in the Easy Read panel, with pictures")
        )
        self.public_button.setChecked(True)
        self.public_button.toggled.connect(self._on_edition_changed)
        self.easy_read_button.toggled.connect(self._on_edition_changed)
        editions = QGroupBox(self.tr("Edition"))
        edition_layout = QVBoxLayout(editions)
        edition_layout.addWidget(self.public_button)
        edition_layout.addWidget(self.participants_button)
        edition_layout.addWidget(self.easy_read_button)

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.addItem(self.tr("Cymraeg (Welsh)"), "cy")
        self.language_box.addItem(self.tr("Cymraeg and English, Welsh first"), "cy+en")
        self.language_box.setAccessibleName(self.tr("Language of the record"))
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("&Language of the record"))
        language_label.setBuddy(self.language_box)
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box, 1)

        self.section_boxes: dict[Section, QCheckBox] = {}
        sections = QGroupBox(self.tr("Include"))
        self.sections_group = sections
        grid = QGridLayout(sections)
        for index, section in enumerate(Section):
            # The record's own heading, in the app's language (the record's one catalogue).
            with wording.in_wording(_app_wording()):
                box = QCheckBox(wording.say(SECTION_TITLES[section]))
            box.setChecked(True)
            self.section_boxes[section] = box
            grid.addWidget(box, index // 2, index % 2)

        self.merge_box = QCheckBox(self.tr("Show roles with fewer than 3 people as “participant”"))
        self.merge_box.setToolTip(self.tr("So that nobody can be picked out by their role."))
        # Pseudonyms do not protect people in a small group: say so, and merge by default.
        small = privacy.small_role_groups(services.sessions.record(session_id))
        self.small_group_warning = QLabel(privacy.small_group_warning(small))
        self.small_group_warning.setWordWrap(True)
        self.small_group_warning.setVisible(bool(small))
        set_tone(self.small_group_warning, Tone.NOTICE)
        self.merge_box.setChecked(True)
        self._on_edition_changed()
        self.open_box = QCheckBox(self.tr("Open the record when it is ready"))
        self.open_box.setChecked(True)

        default = Path.home() / _file_name(session.title, ".pdf")
        self.path_edit = QLineEdit(str(default))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._on_cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(formats)
        layout.addWidget(editions)
        layout.addLayout(language_row)
        layout.addWidget(sections)
        layout.addWidget(self.small_group_warning)
        layout.addWidget(self.merge_box)
        layout.addLayout(path_row)
        layout.addWidget(self.open_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # ----- choices ---------------------------------------------------------------------------

    def edition(self) -> Edition:
        return Edition.PUBLIC if self.public_button.isChecked() else Edition.PARTICIPANTS

    def options(self) -> RecordOptions:
        """The choices as export options (small groups are worked out when exporting)."""
        sections = frozenset(s for s, box in self.section_boxes.items() if box.isChecked())
        return RecordOptions(
            sections=sections, edition=self.edition(), wording=self.language_box.currentData()
        )

    def _on_edition_changed(self) -> None:
        public = self.public_button.isChecked()
        # The public edition never carries contact details; the participants' one may.
        stay = self.section_boxes[Section.STAY_IN_TOUCH]
        stay.setEnabled(not public)
        stay.setChecked(not public)
        stay.setToolTip(
            self.tr("Contact details never go into the public edition.") if public else ""
        )
        self.merge_box.setChecked(public)
        # The Easy Read record has no sections and names nobody: those choices do not apply.
        easy = self.easy_read_button.isChecked()
        self.sections_group.setEnabled(not easy)
        self.merge_box.setEnabled(not easy)
        self.small_group_warning.setVisible(bool(self.small_group_warning.text()) and not easy)

    def _on_format_changed(self) -> None:
        suffix = ".pdf" if self.pdf_button.isChecked() else ".html"
        path = Path(self.path_edit.text())
        self.path_edit.setText(str(path.with_suffix(suffix)))

    def _choose_file(self) -> None:
        pdf = self.pdf_button.isChecked()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export record"),
            self.path_edit.text(),
            self.tr("PDF (*.pdf)") if pdf else self.tr("Web page (*.html)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    # ----- export ----------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._task is not None

    @Slot()
    def start_export(self) -> None:
        if self.is_running():
            return
        path = Path(self.path_edit.text()).expanduser()
        suffix = ".pdf" if self.pdf_button.isChecked() else ".html"
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        # Refused before any work: a folder that is not there, the record's own files.
        try:
            check_output(path, self._services.database.files)
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return
        if self.easy_read_button.isChecked():
            self._start_easy_read(path)
            return
        options = self.options()
        if not options.sections:
            self.status.setText(self.tr("Choose at least one part of the record to include."))
            return
        # Reading the snapshot is one quick transaction; writing the file is the slow part.
        snapshot = self._services.sessions.record(self._session_id)
        options = edition_options(
            snapshot,
            edition=options.edition,
            merge_small_groups=self.merge_box.isChecked(),
            language=options.wording,
            without=set(Section) - options.sections,
        )
        self._start(export_work(snapshot, path, options, self._services.database.files))

    def _start_easy_read(self, path: Path) -> None:
        if self.language_box.currentData() not in EASY_READ_LANGUAGES:
            self.status.setText(
                self.tr("An Easy Read record is in one language: choose English or Cymraeg.")
            )
            return
        try:
            language = easy_read_language(self.language_box.currentData())
            record = self._services.easy_read.record(self._session_id)
        except WorkshopError as error:
            self.status.setText(refusal_text(error))
            return
        self._start(easy_read_work(record, path, language, self._services.database.files))

    def _start(self, work: Work) -> None:
        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(self._on_progress)
        self._task.succeeded.connect(self._on_done)
        self._task.failed.connect(self._on_failed)
        self._task.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self.status.setText(self.tr("Starting…"))
        self._task.start()

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel export") if running else self.tr("Close"))
        for section, box in self.section_boxes.items():
            public_contacts = section is Section.STAY_IN_TOUCH and self.public_button.isChecked()
            box.setEnabled(not running and not public_contacts)
        self.pdf_button.setEnabled(not running)
        self.html_button.setEnabled(not running)
        self.public_button.setEnabled(not running)
        self.participants_button.setEnabled(not running)
        self.easy_read_button.setEnabled(not running)
        self.language_box.setEnabled(not running)
        self.path_edit.setEnabled(not running)

    def _finish(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
        self._task = None
        self._set_running(False)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(round(100 * done / total) if total else 0)
        self.status.setText(f"{message}…")

    @Slot(object)
    def _on_done(self, result: Path) -> None:
        self._finish()
        path = str(result)
        self.progress.setValue(100)
        self.status.setText(self.tr("Saved {path}.").format(path=path))
        self.exported.emit(path)
        if self.open_box.isChecked():
            self._opener(QUrl.fromLocalFile(path))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setText(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setText(self.tr("Export cancelled; no file was written."))

    def _on_cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def done(self, result: int) -> None:
        # Closing the dialog mid-export cancels it and waits, so no thread outlives us.
        if self._task is not None:
            self._task.cancel()
            self._finish()
        super().done(result)


def _file_name(title: str, suffix: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return ("-".join(safe.split()) or "record") + suffix
