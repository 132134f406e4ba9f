"""Easy Read panel: the facilitator writes the sentences for each key message and action.

The panel flags sentences over 15 words, sentences joining two ideas, long words, glossary
words and common jargon, and offers pictures from the shipped symbol set (searchable in English
and Welsh) or the organisation's own. It never writes a sentence: a point nobody wrote is left
out, and it says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language, refusal_text
from ui.widgets.tone import Tone, set_tone
from workshop import symbols
from workshop.easy_read import MAX_WORDS, Finding, Flag, check_text
from workshop.easy_read_record import EasyReadPointView, PointKind, PointRef
from workshop.errors import WorkshopError
from workshop.files import read_input
from workshop.services import Services

_REF = Qt.ItemDataRole.UserRole
_ICON = 48


class EasyReadPanel(QWidget):
    """Points on the left of the work: choose one, write its sentences, choose its picture."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._workshop_id: int | None = None
        self._points: list[EasyReadPointView] = []
        self._current: PointRef | None = None
        self._saved_text = ""
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("", "en")
        self.language.addItem("", "cy")
        # A Welsh-speaking facilitator starts with the Welsh sentences.
        if current_language().value == "cy":
            self.language.setCurrentIndex(1)
        self.language_label.setBuddy(self.language)
        row.addWidget(self.language_label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.points = QListWidget()
        self.points.setMinimumHeight(120)
        layout.addWidget(self.points, 1)
        points_row = QHBoxLayout()
        self.add_message_button = QPushButton()
        self.remove_message_button = QPushButton()
        points_row.addWidget(self.add_message_button)
        points_row.addWidget(self.remove_message_button)
        layout.addLayout(points_row)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.text_label = QLabel()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text_label.setBuddy(self.text)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text)
        self.checks = QLabel()
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.checks.setWordWrap(True)
        layout.addWidget(self.checks)
        self.save_button = QPushButton()
        layout.addWidget(self.save_button)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        set_tone(self.error, Tone.ERROR)
        self.error.hide()
        layout.addWidget(self.error)
        self.picture_note = QLabel()
        self.picture_note.setTextFormat(Qt.TextFormat.PlainText)
        self.picture_note.setWordWrap(True)
        layout.addWidget(self.picture_note)
        picture_row = QHBoxLayout()
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        picture_row.addWidget(self.search_label)
        picture_row.addWidget(self.search, 1)
        layout.addLayout(picture_row)
        self.pictures = QListWidget()
        self.pictures.setViewMode(QListView.ViewMode.IconMode)
        self.pictures.setIconSize(QSize(_ICON, _ICON))
        self.pictures.setResizeMode(QListView.ResizeMode.Adjust)
        self.pictures.setMovement(QListView.Movement.Static)
        self.pictures.setWordWrap(True)
        self.pictures.setGridSize(QSize(_ICON + 40, _ICON + 34))
        self.pictures.setMinimumHeight(_ICON + 50)
        layout.addWidget(self.pictures, 1)
        self.own_picture_button = QPushButton()
        layout.addWidget(self.own_picture_button)
        self.credit = QLabel()
        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.credit.setWordWrap(True)
        layout.addWidget(self.credit)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.points.currentItemChanged.connect(self._on_point_chosen)
        self.text.textChanged.connect(self._show_checks)
        self.text.installEventFilter(self)
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(self._on_language_changed)
        self.search.textChanged.connect(self._fill_pictures)
        self.pictures.itemActivated.connect(self._on_picture_chosen)
        self.pictures.itemClicked.connect(self._on_picture_chosen)
        self.add_message_button.clicked.connect(self.add_message)
        self.remove_message_button.clicked.connect(self.remove_message)
        self.own_picture_button.clicked.connect(self._choose_own_picture)
        events = self._services.events
        events.easy_read_changed.connect(self._on_changed)
        events.glossary_changed.connect(self._on_changed)
        # New, renamed or removed themes and actions are points to write (or no longer).
        for signal in (
            events.action_added,
            events.action_changed,
            events.action_removed,
            events.theme_added,
            events.theme_changed,
            events.theme_removed,
        ):
            signal.connect(self._on_points_changed)
        events.record_replaced.connect(self.refresh)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                "Write the Easy Read sentences for each key message and action: one idea a "
                "sentence, one sentence a line. The app never writes them for you."
            )
        )
        self.language_label.setText(self.tr("&Write in:"))
        self.language.setItemText(0, self.tr("English"))
        self.language.setItemText(1, self.tr("Welsh"))
        self.points.setAccessibleName(self.tr("Key messages and actions"))
        self.add_message_button.setText(self.tr("Add a &key message"))
        self.remove_message_button.setText(self.tr("Remove key message"))
        self.text_label.setText(self.tr("&Sentences (one a line):"))
        self.text.setAccessibleName(self.tr("Easy Read sentences"))
        self.save_button.setText(self.tr("Sa&ve sentences"))
        self.search_label.setText(self.tr("&Find a picture:"))
        self.search.setPlaceholderText(self.tr("bus, doctor, money…"))
        self.pictures.setAccessibleName(self.tr("Pictures"))
        self.own_picture_button.setText(self.tr("Add our own &picture…"))
        self.credit.setText(self.tr("Pictures: OpenMoji (openmoji.org), licence CC BY-SA 4.0."))
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the box keeps what was typed, as every change in the app is kept when made.
        if watched is self.text and event.type() == QEvent.Type.FocusOut:
            self._save_pending()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- reading ---------------------------------------------------------------------------

    @property
    def writing_language(self) -> str:
        return str(self.language.currentData())

    def set_session(self, session_id: int | None) -> None:
        self._save_pending()
        self._session_id = session_id
        self._workshop_id = None
        self._current = None
        if session_id is not None:
            try:
                self._workshop_id = self._services.sessions.get(session_id).workshop_id
            except WorkshopError:
                self._session_id = None
        self.refresh()

    def refresh(self) -> None:
        enabled = self._session_id is not None
        for widget in (
            self.points,
            self.text,
            self.save_button,
            self.add_message_button,
            self.search,
            self.pictures,
            self.own_picture_button,
        ):
            widget.setEnabled(enabled)
        self._points = []
        if self._session_id is not None:
            try:
                self._points = self._services.easy_read.points(self._session_id)
            except WorkshopError:
                self._points = []
        self._fill_points()
        self._fill_pictures()
        self._show_point()

    def _fill_points(self) -> None:
        """List the points; relabel in place when they are the same ones (keeps the selection)."""
        language = self.writing_language
        refs = [p.ref for p in self._points]
        same = refs == [self.points.item(r).data(_REF) for r in range(self.points.count())]
        self.points.blockSignals(True)
        if not same:
            self.points.clear()
        chosen_row = -1
        for row, point in enumerate(self._points):
            item = self.points.item(row) if same else QListWidgetItem()
            self._label_item(item, point, language)
            if not same:
                self.points.addItem(item)
            if point.ref == self._current:
                chosen_row = row
        if chosen_row < 0 and self._points:
            chosen_row = 0
        if self.points.currentRow() != chosen_row:
            self.points.setCurrentRow(chosen_row)
        self.points.blockSignals(False)
        current = self.points.currentItem()
        self._current = current.data(_REF) if current is not None else None
        written = sum(bool(p.text_in(language).strip()) for p in self._points)
        if self._session_id is None:
            self.summary.setText(self.tr("Open a session to write its Easy Read record."))
        elif not self._points:
            self.summary.setText(
                self.tr("This session has no themes or actions yet. Add a key message to start.")
            )
        else:
            self.summary.setText(
                self.tr(
                    "Written: {written} of {total}. Points nobody has written are left out of "
                    "the Easy Read record."
                ).format(written=written, total=len(self._points))
            )

    def _label_item(self, item: QListWidgetItem, point: EasyReadPointView, language: str) -> None:
        written = bool(point.text_in(language).strip())
        kind = self.tr("Key message") if point.kind is PointKind.MESSAGE else self.tr("Action")
        title = point.source or self._first_line(point.text_in(language)) or "…"
        state = self.tr("written") if written else self.tr("not written: left out")
        item.setText(f"{kind} ({state}): {title}")
        item.setData(_REF, point.ref)
        item.setIcon(self._icon_for(point) or QIcon())

    @staticmethod
    def _first_line(text: str) -> str:
        return text.strip().splitlines()[0] if text.strip() else ""

    def _icon_for(self, point: EasyReadPointView) -> QIcon | None:
        if point.picture_id is not None:
            pixmap = QPixmap()
            try:
                pixmap.loadFromData(self._services.easy_read.picture_png(point.picture_id))
            except WorkshopError:
                return None
            return QIcon(pixmap)
        if point.symbol:
            return _symbol_icon(point.symbol)
        return None

    def _point(self) -> EasyReadPointView | None:
        for point in self._points:
            if point.ref == self._current:
                return point
        return None

    def _show_point(self) -> None:
        point = self._point()
        self.text.blockSignals(True)
        if point is None:
            self.text.setPlainText("")
            self.about.setText("")
            self.remove_message_button.setEnabled(False)
            self.picture_note.setText("")
        else:
            self.picture_note.setText(self._picture_line(point))
            text = point.text_in(self.writing_language)
            self.text.setPlainText(text)
            self.remove_message_button.setEnabled(point.ref.kind == "message")
            if point.source:
                self.about.setText(self.tr("About: {source}").format(source=point.source))
            else:
                self.about.setText(self.tr("A key message of its own."))
        self._saved_text = self.text.toPlainText()
        self.text.blockSignals(False)
        self._show_checks()

    def _picture_line(self, point: EasyReadPointView) -> str:
        """Which picture goes on the left of this point in the record."""
        language = "cy" if current_language().value.startswith("cy") else "en"
        if point.picture_id is not None:
            return self.tr("Picture: one of our own.")
        symbol = symbols.find(point.symbol) if point.symbol else None
        if symbol is not None:
            return self.tr("Picture: {name}.").format(name=symbol.name(language))
        if point.kind is PointKind.ACTION:
            return self.tr("No picture chosen: the record shows a tick.")
        return self.tr("No picture chosen: the record shows a speech bubble.")

    def _show_checks(self) -> None:
        text = self.text.toPlainText()
        if self._current is None:
            self.checks.setText("")
            return
        if not text.strip():
            self.checks.setText(
                self.tr("Nothing written yet: this point is left out of the Easy Read record.")
            )
            set_tone(self.checks, Tone.NOTICE)
            return
        glossary: list[str] = []
        if self._session_id is not None:
            try:
                glossary = [e.term for e in self._services.glossary.list(self._session_id)]
            except WorkshopError:
                glossary = []
        lines = []
        for number, check in enumerate(
            check_text(text, glossary, language=self.writing_language), start=1
        ):
            lines += [self._finding_line(number, check.words, f) for f in check.findings]
        if lines:
            self.checks.setText("\n".join(lines))
            set_tone(self.checks, Tone.NOTICE)
        else:
            self.checks.setText(self.tr("Every sentence is short, with no hard words found."))
            set_tone(self.checks, Tone.DONE)

    def _finding_line(self, number: int, words: int, finding: Finding) -> str:
        if finding.flag is Flag.LONG_SENTENCE:
            return self.tr(
                "Sentence {number} has {words} words; Easy Read sentences have at most {most}."
            ).format(number=number, words=words, most=MAX_WORDS)
        if finding.flag is Flag.TWO_IDEAS:
            return self.tr(
                "Sentence {number} may hold two ideas (joined by “{word}”); "
                "Easy Read has one idea a sentence."
            ).format(number=number, word=finding.word)
        if finding.flag is Flag.GLOSSARY_WORD:
            return self.tr(
                "Sentence {number}: “{word}” is in the glossary; explain it or use easier words."
            ).format(number=number, word=finding.word)
        if finding.flag is Flag.JARGON:
            return self.tr("Sentence {number}: “{word}” is jargon; use easier words.").format(
                number=number, word=finding.word
            )
        return self.tr(
            "Sentence {number}: “{word}” is a long word; is there a shorter one?"
        ).format(number=number, word=finding.word)

    def _fill_pictures(self) -> None:
        self.pictures.clear()
        language = "cy" if current_language().value.startswith("cy") else "en"
        if self._workshop_id is not None:
            try:
                own = self._services.easy_read.pictures(self._workshop_id)
            except WorkshopError:
                own = []
            query = self.search.text().casefold().strip()
            for picture in own:
                if query and query not in picture.name.casefold():
                    continue
                pixmap = QPixmap()
                pixmap.loadFromData(self._services.easy_read.picture_png(picture.id))
                item = QListWidgetItem(QIcon(pixmap), picture.name)
                item.setData(_REF, ("own", picture.id))
                item.setToolTip(picture.name)
                self.pictures.addItem(item)
        for symbol in symbols.search(self.search.text(), language):
            name = symbol.name(language)
            item = QListWidgetItem(_symbol_icon(symbol.file), name)
            item.setData(_REF, ("symbol", symbol.file))
            item.setToolTip(name)
            self.pictures.addItem(item)

    # ----- changing --------------------------------------------------------------------------

    def _on_point_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        previous, self._current = self._current, current.data(_REF) if current else None
        self._save_pending(ref=previous)
        self._show_point()

    def _on_language_changed(self) -> None:
        self._save_pending(language=self._other_language())
        self.refresh()

    def _other_language(self) -> str:
        return "en" if self.writing_language == "cy" else "cy"

    def _save_pending(self, language: str | None = None, ref: PointRef | None = None) -> None:
        """Keep what was typed when the facilitator moves on without pressing Save."""
        ref = ref or self._current
        if self._session_id is None or ref is None:
            return
        if self.text.toPlainText() != self._saved_text:
            self._store(self.text.toPlainText(), language or self.writing_language, ref)

    def save(self) -> None:
        if self._session_id is None or self._current is None:
            return
        self._store(self.text.toPlainText(), self.writing_language, self._current)

    def _store(self, text: str, language: str, ref: PointRef) -> None:
        assert self._session_id is not None
        try:
            self._services.easy_read.set_text(self._session_id, ref, text, language)
        except WorkshopError as error:
            # What was typed stays in the box.
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self.error.hide()
        self._saved_text = text

    def _on_picture_chosen(self, item: QListWidgetItem) -> None:
        if self._session_id is None or self._current is None:
            return
        self._save_pending()
        kind, value = item.data(_REF)
        try:
            if kind == "own":
                self._services.easy_read.set_picture(
                    self._session_id, self._current, picture_id=value
                )
            else:
                self._services.easy_read.set_picture(self._session_id, self._current, symbol=value)
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()

    def add_message(self) -> None:
        if self._session_id is None:
            return
        self._save_pending()
        try:
            view = self._services.easy_read.add_message(self._session_id, "", self.writing_language)
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self._current = view.ref
        self.refresh()
        self.text.setFocus()

    def remove_message(self) -> None:
        if self._current is None or self._current.kind != "message":
            return
        try:
            self._services.easy_read.remove_message(self._current.id)
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self._current = None
        self.refresh()

    def _choose_own_picture(self) -> None:
        dialog = QFileDialog(self, self.tr("Add our own picture"))
        dialog.setNameFilter(self.tr("Pictures (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.add_own_picture)
        dialog.open()

    def add_own_picture(self, path: str) -> None:
        """Add a PNG or JPEG file as one of the organisation's pictures, named after the file."""
        if self._workshop_id is None or not path:
            return
        from pathlib import Path

        try:
            data = read_input(path)
            self._services.easy_read.add_picture(self._workshop_id, Path(path).stem, data)
        except WorkshopError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            return
        self.error.hide()
        self._fill_pictures()

    def _on_points_changed(self, _what: object) -> None:
        if self._session_id is not None:
            self._on_changed(self._session_id)

    def _on_changed(self, session_id: int) -> None:
        if session_id != self._session_id:
            return
        try:
            self._points = self._services.easy_read.points(session_id)
        except WorkshopError:
            return
        self._fill_points()
        if self.text.toPlainText() == self._saved_text:
            self._show_point()
        else:
            # Another change (a glossary word, another point) keeps what is being typed.
            self._show_checks()
            point = self._point()
            self.picture_note.setText(self._picture_line(point) if point else "")


def _symbol_icon(file: str) -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(symbols.png(file))
    return QIcon(pixmap)


__all__ = ["EasyReadPanel"]
