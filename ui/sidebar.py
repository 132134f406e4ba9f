"""The sidebar: workshops and their sessions; create, rename, duplicate and delete them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import plain_text
from ui.dialogs.sessions import NewSessionDialog, NewWorkshopDialog, ask_new_name, confirm_delete
from ui.i18n import Language, current_language, refusal_text, translated
from ui.labels import date_text
from workshop.dates import is_impossible
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import SessionView, WorkshopView

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WORKSHOP = "workshop"
SESSION = "session"

T = TypeVar("T")


def session_label(session: SessionView) -> str:
    if session.date is None:
        when = QCoreApplication.translate("Sidebar", "no date")
    elif is_impossible(session.date):
        # Said plainly and first, so a narrow list that cuts the end off still shows it.
        return f"⚠ {date_text(session.date, '')}  ·  {session.title}"
    else:
        when = session.date.strftime("%d %b %Y").lstrip("0")
    return f"{session.title}  ·  {when}"


class Sidebar(QWidget):
    """A tree of workshops and sessions kept in step with the services' events."""

    session_chosen = Signal(object)  # int | None
    refused = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        translated(
            self.tree,
            "Sidebar",
            QT_TRANSLATE_NOOP("Sidebar", "Workshops and sessions"),
            "setAccessibleName",
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._workshops: dict[int, QTreeWidgetItem] = {}
        self._sessions: dict[int, QTreeWidgetItem] = {}
        self._session_views: dict[int, SessionView] = {}
        self.live_session_id: int | None = None
        self.new_workshop_action = translated(
            QAction(self), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "New &workshop…")
        )
        self.new_session_action = translated(
            QAction(self), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "New &session…")
        )
        self.rename_action = translated(
            QAction(self), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "&Rename…")
        )
        self.duplicate_action = translated(
            QAction(self), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "&Duplicate as next session")
        )
        self.delete_action = translated(
            QAction(self), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "&Delete…")
        )
        new_workshop = translated(
            QPushButton(), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "New workshop")
        )
        new_session = translated(
            QPushButton(), "Sidebar", QT_TRANSLATE_NOOP("Sidebar", "New session")
        )
        new_workshop.clicked.connect(self.new_workshop_action.trigger)
        new_session.clicked.connect(self.new_session_action.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(new_workshop)
        buttons.addWidget(new_session)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.new_workshop_action.triggered.connect(self.create_workshop)
        self.new_session_action.triggered.connect(self.create_session)
        self.rename_action.triggered.connect(self.rename_current)
        self.duplicate_action.triggered.connect(self.duplicate_current)
        self.delete_action.triggered.connect(self.delete_current)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        events = self.services.events
        events.workshop_added.connect(self.on_workshop_changed)
        events.workshop_changed.connect(self.on_workshop_changed)
        events.workshop_removed.connect(self.on_workshop_removed)
        events.workshop_imported.connect(lambda _id: self.reload())
        events.session_added.connect(self.on_session_changed)
        events.session_changed.connect(self.on_session_changed)
        events.session_removed.connect(self.on_session_removed)

    # ----- contents --------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_session_id()
        self.tree.clear()
        self._workshops.clear()
        self._sessions.clear()
        for workshop in self.services.workshops.list():
            self.on_workshop_changed(workshop)
            for session in self.services.sessions.list(workshop.id):
                self.on_session_changed(session)
        if current is not None:
            self.select_session(current)

    def on_workshop_changed(self, workshop: WorkshopView) -> None:
        item = self._workshops.get(workshop.id)
        if item is None:
            item = QTreeWidgetItem([workshop.title])
            item.setData(0, KIND_ROLE, WORKSHOP)
            item.setData(0, ID_ROLE, workshop.id)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            self._workshops[workshop.id] = item
            item.setExpanded(True)
        expiry = workshop.retention_until
        if expiry is not None and expiry < dt.date.today():
            # Flagged in words as well as by the sign, so it is not colour or icon alone.
            item.setText(
                0,
                "⚠ " + self.tr("{title} (past its retention period)").format(title=workshop.title),
            )
            item.setToolTip(
                0,
                self.tr(
                    "Records of this workshop were due for deletion on {date}. "
                    "Export what must be kept, then delete it or run `workshop purge-expired`."
                ).format(
                    date=QLocale().toString(
                        QDate(expiry.year, expiry.month, expiry.day), "d MMMM yyyy"
                    )
                ),
            )
        else:
            item.setText(0, workshop.title)
            item.setToolTip(0, "")

    def on_workshop_removed(self, workshop_id: int) -> None:
        item = self._workshops.pop(workshop_id, None)
        if item is None:
            return
        for index in range(item.childCount()):
            self._sessions.pop(int(item.child(index).data(0, ID_ROLE)), None)
        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def on_session_changed(self, session: SessionView) -> None:
        item = self._sessions.get(session.id)
        if item is None:
            parent = self._workshops.get(session.workshop_id)
            if parent is None:
                return
            item = QTreeWidgetItem([session_label(session)])
            item.setData(0, KIND_ROLE, SESSION)
            item.setData(0, ID_ROLE, session.id)
            parent.addChild(item)
            parent.setExpanded(True)
            self._sessions[session.id] = item
        self._session_views[session.id] = session
        self._label(session)

    def set_live_session(self, session_id: int | None) -> None:
        """Mark the session phones have joined, in words, wherever the facilitator looks."""
        previous, self.live_session_id = self.live_session_id, session_id
        for changed in (previous, session_id):
            session = self._session_views.get(changed) if changed is not None else None
            if session is not None:
                self._label(session)

    def _label(self, session: SessionView) -> None:
        item = self._sessions[session.id]
        if session.id == self.live_session_id:
            # The mark comes first, so a narrow sidebar's elision never hides it.
            live = self.tr("Live: {session}").format(session=session_label(session))
            item.setText(0, "● " + live)
            item.setToolTip(
                0,
                plain_text.tooltip(
                    self.tr("{title}: phones are joined to this session.").format(
                        title=session.title
                    )
                ),
            )
        else:
            item.setText(0, session_label(session))
            item.setToolTip(0, plain_text.tooltip(session.title))

    def on_session_removed(self, session_id: int) -> None:
        item = self._sessions.pop(session_id, None)
        self._session_views.pop(session_id, None)
        if item is not None and item.parent() is not None:
            item.parent().removeChild(item)

    # ----- current item ----------------------------------------------------------------------

    def select_session(self, session_id: int) -> bool:
        item = self._sessions.get(session_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def current_session_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != SESSION:
            return None
        return int(item.data(0, ID_ROLE))

    def current_workshop_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == SESSION:
            item = item.parent()
        return int(item.data(0, ID_ROLE))

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        enabled = current is not None
        self.rename_action.setEnabled(enabled)
        self.delete_action.setEnabled(enabled)
        self.duplicate_action.setEnabled(self.current_session_id() is not None)
        self.session_chosen.emit(self.current_session_id())

    def _show_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.new_session_action)
        menu.addAction(self.duplicate_action)
        menu.addSeparator()
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.new_workshop_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # ----- changes ---------------------------------------------------------------------------

    def _attempt(self, change: Callable[[], T]) -> T | None:
        try:
            return change()
        except WorkshopError as error:
            self.refused.emit(refusal_text(error))
            return None

    def create_workshop(self) -> None:
        dialog = NewWorkshopDialog(self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        title, organisation = dialog.values()
        workshop = self._attempt(lambda: self.services.workshops.create(title, organisation))
        if isinstance(workshop, WorkshopView):
            self.tree.setCurrentItem(self._workshops[workshop.id])

    def create_session(self) -> None:
        workshop_id = self.current_workshop_id()
        if workshop_id is None:
            self.refused.emit(self.tr("Choose or create a workshop first."))
            return
        dialog = NewSessionDialog(self, today=self.services.clock().date())
        if dialog.exec() != NewSessionDialog.DialogCode.Accepted:
            return
        template_id, title, date = dialog.values()
        self.create_session_from(workshop_id, template_id, title, date, dialog.language)

    def create_session_from(
        self,
        workshop_id: int,
        template_id: str,
        title: str,
        date: dt.date | None,
        language: Language | None = None,
    ) -> SessionView | None:
        """A session from a template, in `language` (the app's language when not given)."""
        code = (language or current_language()).value
        session = self._attempt(
            lambda: self.services.sessions.create_from_template(
                workshop_id, template_id, title, language=code, date=date
            )
        )
        if isinstance(session, SessionView):
            self.select_session(session.id)
            return session
        return None

    def rename_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        item_id = int(item.data(0, ID_ROLE))
        if item.data(0, KIND_ROLE) == SESSION:
            session = self.services.sessions.get(item_id)
            name = ask_new_name(self, "session", session.title)
            if name:
                self._attempt(lambda: self.services.sessions.update(item_id, title=name))
        else:
            workshop = self.services.workshops.get(item_id)
            name = ask_new_name(self, "workshop", workshop.title)
            if name:
                self._attempt(lambda: self.services.workshops.update(item_id, title=name))

    def duplicate_current(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            return
        session = self._attempt(lambda: self.services.sessions.duplicate_as_next(session_id))
        if isinstance(session, SessionView):
            self.select_session(session.id)

    def delete_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        item_id = int(item.data(0, ID_ROLE))
        if item.data(0, KIND_ROLE) == SESSION:
            session = self.services.sessions.get(item_id)
            if confirm_delete(
                self,
                "session",
                session.title,
                self.tr("Its board, notes, themes, votes and actions go."),
            ):
                self._attempt(lambda: self.services.sessions.delete(item_id))
        else:
            workshop = self.services.workshops.get(item_id)
            if confirm_delete(
                self,
                "workshop",
                workshop.title,
                self.tr("Every session, the participant register and all contributions go."),
            ):
                self._attempt(lambda: self.services.workshops.delete(item_id))
