"""The actions table: a model of action snapshots, its sort/filter proxy and in-place editors."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ui.action_fields import (
    due_of,
    fill_person_combo,
    fill_status_combo,
    make_due_edit,
    missing_voices,
    person_label,
    select_data,
    set_due,
    status_label,
)
from ui.i18n import refusal_text
from ui.labels import day_text
from workshop.errors import WorkshopError
from workshop.services import Services
from workshop.views import ActionView, ParticipantView, SessionView
from workshop.vocabulary import ActionStatus

Index = QModelIndex | QPersistentModelIndex

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's ActionView
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a key of one type per column
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool

_FLOW = {status.value: position for position, status in enumerate(ActionStatus)}
_OVERDUE_TINT = QColor("#fde8e4")
_MISSING_TINT = QColor("#fff4d6")
# Text on a tinted row stays dark whatever the theme: light theme text on a pale tint would vanish.
_TINTED_TEXT = QColor("#1F1F1F")


class Column(enum.IntEnum):
    SESSION = 0
    TITLE = 1
    OWNER = 2
    CO_LEAD = 3
    DUE = 4
    STATUS = 5
    SOURCES = 6
    AGREED_BY = 7
    JOINT = 8


# Marked for translation here; header() translates them when shown.
HEADERS: dict[Column, str] = {
    Column.SESSION: QT_TRANSLATE_NOOP("ActionTableModel", "Session"),
    Column.TITLE: QT_TRANSLATE_NOOP("ActionTableModel", "Action"),
    Column.OWNER: QT_TRANSLATE_NOOP("ActionTableModel", "Owner"),
    Column.CO_LEAD: QT_TRANSLATE_NOOP("ActionTableModel", "Co-lead"),
    Column.DUE: QT_TRANSLATE_NOOP("ActionTableModel", "Due"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActionTableModel", "Status"),
    Column.SOURCES: QT_TRANSLATE_NOOP("ActionTableModel", "From notes"),
    Column.AGREED_BY: QT_TRANSLATE_NOOP("ActionTableModel", "Agreed by"),
    Column.JOINT: QT_TRANSLATE_NOOP("ActionTableModel", "Jointly agreed"),
}


def header(column: Column) -> str:
    """A column's title in the chosen language."""
    return QCoreApplication.translate("ActionTableModel", HEADERS[column])


# The service field each editable column writes, and the name its refusals carry.
EDIT_FIELDS: dict[Column, str] = {
    Column.TITLE: "title",
    Column.OWNER: "owner_id",
    Column.CO_LEAD: "co_lead_id",
    Column.DUE: "due",
    Column.STATUS: "status",
}


class ActionTableModel(QAbstractTableModel):
    """One row per action snapshot; edits go to the actions service, refusals are announced."""

    edit_refused = Signal(str, str)  # field, one-sentence message
    edit_saved = Signal(int)  # action id

    def __init__(
        self,
        services: Services,
        today: Callable[[], dt.date] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today or (lambda: services.clock().date())
        self._actions: list[ActionView] = []
        self._people: dict[int, ParticipantView] = {}
        self._sessions: dict[int, SessionView] = {}
        self._read_only = False
        style = QApplication.style()
        self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._ok_icon = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)

    # ----- contents ------------------------------------------------------------------------

    def reset(
        self,
        actions: Iterable[ActionView],
        people: Iterable[ParticipantView],
        sessions: Mapping[int, SessionView],
    ) -> None:
        self.beginResetModel()
        self._actions = list(actions)
        self._people = {person.id: person for person in people}
        self._sessions = dict(sessions)
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    @property
    def people(self) -> list[ParticipantView]:
        return sorted(self._people.values(), key=lambda p: p.number)

    def upsert(self, view: ActionView) -> None:
        row = self.row_of(view.id)
        if row is None:
            self.beginInsertRows(QModelIndex(), len(self._actions), len(self._actions))
            self._actions.append(view)
            self.endInsertRows()
            return
        self._actions[row] = view
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def remove(self, action_id: int) -> None:
        row = self.row_of(action_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._actions[row]
        self.endRemoveRows()

    def update_person(self, person: ParticipantView) -> None:
        self._people[person.id] = person
        if self._actions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._actions) - 1, 0))

    def remove_person(self, person_id: int) -> None:
        """Forget an erased person, so no editor offers them as owner or co-lead."""
        if self._people.pop(person_id, None) is not None and self._actions:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._actions) - 1, len(Column) - 1)
            )

    def row_of(self, action_id: int) -> int | None:
        for row, action in enumerate(self._actions):
            if action.id == action_id:
                return row
        return None

    def session_date_of(self, row: int) -> dt.date | None:
        """The date of the session that agreed the action in this row, if it has one."""
        session = self._sessions.get(self.action_at(row).session_id)
        return session.date if session else None

    def action_at(self, row: int) -> ActionView:
        return self._actions[row]

    def actions(self) -> list[ActionView]:
        return list(self._actions)

    def person(self, person_id: int | None) -> ParticipantView | None:
        return self._people.get(person_id) if person_id is not None else None

    def is_overdue(self, action: ActionView) -> bool:
        return action.is_overdue(self._today())

    # ----- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self._read_only and Column(index.column()) in EDIT_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action = self._actions[index.row()]
        column = Column(index.column())
        overdue = self.is_overdue(action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column, overdue)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(action, column)
        if role == ACTION_ROLE:
            return action
        if role == OVERDUE_ROLE:
            return overdue
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(action, column, overdue)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(action, column, overdue)
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if overdue:
                return QBrush(_OVERDUE_TINT)
            if column is Column.JOINT and not action.jointly_agreed:
                return QBrush(_MISSING_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and (
            overdue or (column is Column.JOINT and not action.jointly_agreed)
        ):
            return QBrush(_TINTED_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SOURCES:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        field = EDIT_FIELDS.get(column)
        if field is None or self._read_only:
            return False
        action = self._actions[index.row()]
        if value == self._edit_value(action, column):
            return False
        try:
            view = self._services.actions.update(
                action.id, expected_version=action.version, **{field: value}
            )
        except WorkshopError as error:
            # The refusal is announced, never swallowed; the cell keeps the recorded value.
            self.edit_refused.emit(getattr(error, "field", "") or field, refusal_text(error))
            return False
        self.upsert(view)
        self.edit_saved.emit(view.id)
        return True

    # ----- what each cell shows ------------------------------------------------------------

    def _display(self, action: ActionView, column: Column, overdue: bool) -> object:
        if column is Column.SESSION:
            session = self._sessions.get(action.session_id)
            if session is None:
                return ""
            return f"{day_text(session.date)} {session.title}" if session.date else session.title
        if column is Column.TITLE:
            return action.title
        if column is Column.OWNER:
            return self._name(action.owner_id)
        if column is Column.CO_LEAD:
            return self._name(action.co_lead_id)
        if column is Column.DUE:
            if action.due is None:
                return "—"
            return (
                self.tr("{date} overdue").format(date=day_text(action.due))
                if overdue
                else day_text(action.due)
            )
        if column is Column.STATUS:
            return status_label(action.status)
        if column is Column.SOURCES:
            return len(action.source_note_ids)
        if column is Column.AGREED_BY:
            names = [self._short(person_id) for person_id in action.agreed_by]
            return ", ".join(names) if names else self.tr("Nobody recorded")
        if action.jointly_agreed:
            return self.tr("Yes")
        return self.tr("Missing {voices}").format(
            voices=self.tr(" and ").join(missing_voices(self._agreed(action)))
        )

    def _edit_value(self, action: ActionView, column: Column) -> object:
        if column is Column.TITLE:
            return action.title
        if column is Column.OWNER:
            return action.owner_id
        if column is Column.CO_LEAD:
            return action.co_lead_id
        if column is Column.DUE:
            return action.due
        if column is Column.STATUS:
            return action.status
        return None

    def _sort_key(self, action: ActionView, column: Column) -> object:
        if column is Column.SESSION:
            session = self._sessions.get(action.session_id)
            date = session.date.isoformat() if session and session.date else "9999"
            return f"{date}/{action.session_id:09d}"
        if column is Column.DUE:
            # Actions without a due date sort after every dated one.
            return action.due.isoformat() if action.due else "9999-12-31~"
        if column is Column.STATUS:
            return _FLOW.get(action.status, len(_FLOW))
        if column is Column.SOURCES:
            return len(action.source_note_ids)
        if column is Column.JOINT:
            return 1 if action.jointly_agreed else 0
        text = self._display(action, column, False)
        return str(text).casefold() if text != "—" else "\uffff"

    def _icon(self, action: ActionView, column: Column, overdue: bool) -> QIcon | None:
        if column is Column.DUE and overdue:
            return self._warning_icon
        if column is Column.JOINT:
            return self._ok_icon if action.jointly_agreed else self._warning_icon
        return None

    def _tooltip(self, action: ActionView, column: Column, overdue: bool) -> str | None:
        if column is Column.DUE and overdue:
            return self.tr(
                "Overdue: the due date has passed and the action is not done or dropped."
            )
        if column is Column.JOINT and not action.jointly_agreed:
            return self.tr(
                "Jointly agreed needs at least one person with lived experience, a carer or a "
                "community member, and one professional, among those who agreed."
            )
        if column is Column.TITLE and action.description:
            return action.description
        if column in (Column.OWNER, Column.CO_LEAD):
            person_id = action.owner_id if column is Column.OWNER else action.co_lead_id
            return person_label(self.person(person_id)) or None
        if column is Column.AGREED_BY and action.agreed_by:
            return "\n".join(person_label(p) for p in self._agreed(action))
        return None

    def _agreed(self, action: ActionView) -> list[ParticipantView]:
        return [p for p in (self.person(i) for i in action.agreed_by) if p is not None]

    def _name(self, person_id: int | None) -> str:
        person = self.person(person_id)
        return person.name if person else "—"

    def _short(self, person_id: int) -> str:
        person = self.person(person_id)
        return person.name if person else f"#{person_id}"


class Unassigned(enum.Enum):
    """The owner filter's choice for actions nobody owns yet."""

    NOBODY = "nobody"


class ActionFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's own key; filters by status, owner and overdue."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._owner: int | Unassigned | None = None
        self._overdue_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_status_filter(self, status: str | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_owner_filter(self, owner: int | Unassigned | None) -> None:
        self.beginFilterChange()
        self._owner = owner
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_overdue_only(self, overdue_only: bool) -> None:
        self.beginFilterChange()
        self._overdue_only = overdue_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        action = model.data(index, ACTION_ROLE)
        if not isinstance(action, ActionView):
            return False
        if self._status is not None and action.status != self._status:
            return False
        if self._owner is Unassigned.NOBODY and action.owner_id is not None:
            return False
        if isinstance(self._owner, int) and action.owner_id != self._owner:
            return False
        return not (self._overdue_only and not model.data(index, OVERDUE_ROLE))


class ActionDelegate(QStyledItemDelegate):
    """Proper editors in place: a date picker, a chooser from the register, the status list."""

    def __init__(self, table: ActionTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table = table

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column is Column.DUE:
            edit = make_due_edit(parent, reference=self._table.session_date_of(index.row()))
            edit.setFrame(False)
            return edit
        if column in (Column.OWNER, Column.CO_LEAD, Column.STATUS):
            combo = QComboBox(parent)
            combo.setAccessibleName(header(column))
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        column = Column(index.column())
        value = index.data(Qt.ItemDataRole.EditRole)
        if column is Column.DUE and isinstance(editor, QDateEdit):
            set_due(editor, value if isinstance(value, dt.date) else None)
        elif column in (Column.OWNER, Column.CO_LEAD) and isinstance(editor, QComboBox):
            fill_person_combo(editor, self._table.people, citizen_first=column is Column.CO_LEAD)
            select_data(editor, value)
        elif column is Column.STATUS and isinstance(editor, QComboBox):
            fill_status_combo(editor, str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        column = Column(index.column())
        if column is Column.DUE and isinstance(editor, QDateEdit):
            model.setData(index, due_of(editor), Qt.ItemDataRole.EditRole)
        elif column in (Column.OWNER, Column.CO_LEAD, Column.STATUS) and isinstance(
            editor, QComboBox
        ):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
