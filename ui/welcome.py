"""The first-run welcome: try the demo workshop, or start a new workshop from a template."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language, refusal_text
from workshop import templates
from workshop.demo import create_demo
from workshop.errors import WorkshopError
from workshop.services import Services


def _heading_font(label: QLabel) -> QFont:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    return font


def needs_welcome(services: Services) -> bool:
    """True when the record holds no workshop yet: the moment to show the welcome screen."""
    return not services.workshops.list()


class WelcomeScreen(QDialog):
    """Two choices, one sentence each; whichever is taken, `session_ready` names the session
    to open. Everything is created through the services, so the sidebar and panels follow.
    """

    session_ready = Signal(int)  # the session to open

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        default_template: str = "what-matters",
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.session_id: int | None = None
        self.setMinimumWidth(720)

        self.title = QLabel()
        self.title.setObjectName("welcomeTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        # The demo: a realistic workshop to explore before running a real one.
        self.demo_box = QFrame()
        self.demo_box.setObjectName("welcomeChoice")
        self.demo_heading = QLabel()
        self.demo_heading.setObjectName("welcomeTitle")
        self.demo_heading.setFont(_heading_font(self.demo_heading))
        self.demo_text = QLabel()
        self.demo_text.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.open_demo)
        demo_layout = QVBoxLayout(self.demo_box)
        demo_layout.setSpacing(10)
        demo_layout.addWidget(self.demo_heading)
        demo_layout.addWidget(self.demo_text)
        demo_layout.addStretch(1)
        demo_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)

        # A new workshop: a title, who runs it, and the method for its first session.
        self.new_box = QFrame()
        self.new_box.setObjectName("welcomeChoice")
        self.new_heading = QLabel()
        self.new_heading.setObjectName("welcomeTitle")
        self.new_heading.setFont(_heading_font(self.new_heading))
        self.new_text = QLabel()
        self.new_text.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.template_combo = QComboBox()
        self._fill_templates()
        index = self.template_combo.findData(default_template)
        self.template_combo.setCurrentIndex(max(index, 0))
        self.template_hint = QLabel()
        self.template_hint.setObjectName("hint")
        self.template_hint.setWordWrap(True)
        self.template_combo.currentIndexChanged.connect(self._show_template)
        self.form = QFormLayout()
        self.title_label = QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.organisation_label = QLabel()
        self.organisation_label.setBuddy(self.organisation_edit)
        self.template_label = QLabel()
        self.template_label.setBuddy(self.template_combo)
        self.form.addRow(self.title_label, self.title_edit)
        self.form.addRow(self.organisation_label, self.organisation_edit)
        self.form.addRow(self.template_label, self.template_combo)
        self.form.addRow("", self.template_hint)
        self.new_button = QPushButton()
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.create_new)
        self.title_edit.textChanged.connect(
            lambda text: self.new_button.setEnabled(bool(text.strip()))
        )
        self.title_edit.returnPressed.connect(self.create_new)
        new_layout = QVBoxLayout(self.new_box)
        new_layout.setSpacing(10)
        new_layout.addWidget(self.new_heading)
        new_layout.addWidget(self.new_text)
        new_layout.addLayout(self.form)
        new_layout.addStretch(1)
        new_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.later_button = QPushButton()
        self.later_button.setFlat(True)
        self.later_button.clicked.connect(self.reject)

        choices = QHBoxLayout()
        choices.addWidget(self.demo_box, 1)
        choices.addWidget(self.new_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(choices, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.later_button, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        self.title.setText(self.tr("Welcome to Co-design workshop"))
        self.intro.setText(
            self.tr(
                "Run sessions where people who use a service and the professionals who run it "
                "decide together: capture what people say, group it, vote and agree actions."
            )
        )
        self.demo_heading.setText(self.tr("Explore the demo workshop"))
        self.demo_text.setText(
            self.tr(
                "A council and the people who use its home care service, with two sessions "
                "of notes, votes and actions, so you can see every part of the app before "
                "your own workshop."
            )
        )
        self.demo_button.setText(self.tr("Open the &demo"))
        self.demo_button.setToolTip(self.tr("Adds the demo workshop to this database"))
        self.new_heading.setText(self.tr("Start a new workshop"))
        self.new_text.setText(
            self.tr(
                "Name your workshop and choose a method for its first session; the template "
                "sets up the board's columns and the agenda, which you can change."
            )
        )
        self.title_label.setText(self.tr("&Title:"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Home care in Riverside"))
        self.organisation_label.setText(self.tr("&Organisation:"))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Riverside Council"))
        self.template_label.setText(self.tr("&Method:"))
        self.new_button.setText(self.tr("&Create the workshop"))
        self.later_button.setText(self.tr("Not now"))
        self._fill_templates()
        self._show_template()

    def _fill_templates(self) -> None:
        """The methods' names and descriptions in the app's language, keeping the choice."""
        chosen = self.template_combo.currentData()
        blocked = self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in templates.all_templates():
            shown = template.in_language(current_language().value)
            self.template_combo.addItem(shown.name, template.id)
            self.template_combo.setItemData(
                self.template_combo.count() - 1, shown.description, Qt.ItemDataRole.ToolTipRole
            )
        if chosen is not None:
            self.template_combo.setCurrentIndex(max(self.template_combo.findData(chosen), 0))
        self.template_combo.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ----- choices -----------------------------------------------------------------------

    def open_demo(self) -> int | None:
        """Create the demo workshop through the services and open its latest session."""
        try:
            demo = create_demo(self._services)
        except WorkshopError as error:
            self._show_error(refusal_text(error))
            return None
        return self._finish(demo.sessions[-1][0])

    def create_new(self) -> int | None:
        """Create the workshop and its first session from the chosen template."""
        title = self.title_edit.text().strip()
        if not title:
            return None
        template_id = str(self.template_combo.currentData())
        try:
            workshop = self._services.workshops.create(
                title, organisation=self.organisation_edit.text().strip()
            )
            session = self._services.sessions.create_from_template(
                workshop.id,
                template_id,
                self.template_combo.currentText(),
                language=current_language().value,
                date=self._services.clock().date() or dt.date.today(),
            )
        except WorkshopError as error:
            self._show_error(refusal_text(error))
            return None
        return self._finish(session.id)

    def _finish(self, session_id: int) -> int:
        self.session_id = session_id
        self.session_ready.emit(session_id)
        self.accept()
        return session_id

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show_template(self) -> None:
        template_id = self.template_combo.currentData()
        template = next((t for t in templates.all_templates() if t.id == template_id), None)
        shown = template.in_language(current_language().value) if template else None
        self.template_hint.setText(shown.description if shown else "")
