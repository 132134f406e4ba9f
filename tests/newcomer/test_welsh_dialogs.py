"""In Welsh, every dialog the app opens on a real record shows no English catalogue string."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.newcomer.test_welsh_everywhere import _english_only, _visible_texts
from tests.photos.wall import draw_wall
from tests.ui.test_photo_review import _photo as review_photo
from ui.board.editing import BoardEditor
from ui.i18n import Language, Translations
from ui.preferences import Preferences
from workshop.backups import Backups
from workshop.demo import DemoIds, create_demo
from workshop.payments import OwedPayment
from workshop.room import Room
from workshop.services import Services

Opener = Callable[[Services, DemoIds, QWidget, Path], QDialog]


def _session(ids: DemoIds) -> int:
    return ids.sessions[0][0]


def _person(services: Services, ids: DemoIds):  # type: ignore[no-untyped-def]
    return services.participants.list(ids.workshop)[0]


def _note(services: Services, ids: DemoIds):  # type: ignore[no-untyped-def]
    return services.board.notes(_session(ids))[0]


def _open(name: str) -> Opener:
    """Build one dialog the way the app does, on the demo record."""
    from ui.dialogs import (
        access_needs,
        access_plan,
        action_editor,
        backup,
        erase,
        export_record,
        finalise,
        help,
        involvement_settings,
        newcomer,
        overdue,
        participant,
        payments,
        photo,
        redact,
        review,
        room_dots,
        session_details,
        sessions,
        settings,
        small_groups,
        speaker,
        tables,
    )
    from ui.panels import feedback
    from ui.welcome import WelcomeScreen

    def editor(services: Services, parent: QWidget) -> BoardEditor:
        return BoardEditor(services, QUndoStack(parent), parent)

    openers: dict[str, Opener] = {
        "add photo": lambda s, i, p, t: photo.AddPhotoDialog(s, _session(i), _wall(t), p),
        "photo review": lambda s, i, p, t: photo.ReviewQueueDialog(s, _photo_read(s, i), p),
        "back up now": lambda s, i, p, t: backup.BackUpNowDialog(_backups(s, t), p),
        "restore": lambda s, i, p, t: backup.RestoreDialog(_backed_up(s, t), p),
        "tables": lambda s, i, p, t: tables.TablesDialog(_tables(s, i, p), editor(s, p), p),
        "overdue payments": lambda s, i, p, t: overdue.OverduePaymentsDialog(_owed(s, i), p),
        "welcome": lambda s, i, p, t: WelcomeScreen(s, parent=p),
        "feedback questions": lambda s, i, p, t: feedback.QuestionsDialog(s, _session(i), p),
        "feedback card": lambda s, i, p, t: feedback.CardDialog(s, _session(i), p),
        "access needs": lambda s, i, p, t: access_needs.AccessNeedsDialog(s, _person(s, i), p),
        "access plan": lambda s, i, p, t: access_plan.AccessPlanDialog(s, _session(i), p),
        "action": lambda s, i, p, t: action_editor.ActionEditor(s, _session(i), None, parent=p),
        "erase": lambda s, i, p, t: erase.EraseDialog("Maureen Ellis", 3, p),
        "export record": lambda s, i, p, t: export_record.ExportRecordDialog(s, _session(i), p),
        "finalise": lambda s, i, p, t: finalise.FinaliseDialog(s, _session(i), p),
        "help": lambda s, i, p, t: help.HelpDialog(help.HelpTopic.FACILITATOR, p),
        "involvement": lambda s, i, p, t: involvement_settings.InvolvementSettingsDialog(
            s, i.workshop, p
        ),
        "newcomer": lambda s, i, p, t: newcomer.NewcomerDialog("Dewi", p),
        "participant": lambda s, i, p, t: participant.ParticipantDialog(None, p),
        "payments": lambda s, i, p, t: payments.PaymentsDialog(s, _session(i), p),
        "redact": lambda s, i, p, t: redact.RedactDialog(s, _note(s, i).id, p),
        "review": lambda s, i, p, t: review.ReviewDialog(s, ids_later(i), p),
        "room dots": lambda s, i, p, t: room_dots.RoomDotsDialog(s, _session(i), QUndoStack(p), p),
        "session details": lambda s, i, p, t: session_details.SessionDetailsDialog(
            s, editor(s, p), _session(i), p
        ),
        "new workshop": lambda s, i, p, t: sessions.NewWorkshopDialog(p),
        "new session": lambda s, i, p, t: sessions.NewSessionDialog(p),
        "settings": lambda s, i, p, t: settings.SettingsDialog(
            Preferences(QSettings(str(t / "p.ini"), QSettings.Format.IniFormat)), p
        ),
        "small groups": lambda s, i, p, t: small_groups.SmallGroupsDialog(["carer"], p),
        "speaker": lambda s, i, p, t: speaker.SpeakerDialog(
            _note(s, i), s.participants.list(i.workshop), p
        ),
    }
    return openers[name]


def _wall(folder: Path) -> Path:
    """A small photo of a wall of sticky notes, as an organiser would drop on the window."""
    path = folder / "wall.jpg"
    path.write_bytes(draw_wall(3, width=600, height=450, seed=3).jpeg)
    return path


def _photo_read(services: Services, ids: DemoIds) -> int:
    """A photo already read, its notes waiting in the review queue."""
    session = _session(ids)
    services.photos.add_photo(session, review_photo("BUS STOP", "RING BACK"))
    return session


def _backups(services: Services, folder: Path) -> Backups:
    return Backups(services.database, folder=folder / "backups", events=services.events)


def _backed_up(services: Services, folder: Path) -> Backups:
    """Backups with one copy made, so the restore list has something to choose."""
    backups = _backups(services, folder)
    backups.backup_now()
    return backups


def _tables(services: Services, ids: DemoIds, parent: QWidget) -> Room:
    """The room with the session open and two tables laid, as the Tables window finds it."""
    session = _session(ids)
    services.tables.add(session, "Riverside")
    services.tables.add(session, "Door side")
    room = Room(services, parent=parent)
    room.open(session)
    return room


def _owed(services: Services, ids: DemoIds) -> list[OwedPayment]:
    """The demo's payments still owed long after the session, as the alert lists them."""
    return services.payments.overdue(today=dt.date.today() + dt.timedelta(days=400))


def ids_later(ids: DemoIds) -> int:
    """The demo's follow-up session, where earlier actions are reviewed."""
    return ids.sessions[-1][0]


DIALOGS = [
    "welcome",
    "feedback questions",
    "feedback card",
    "add photo",
    "photo review",
    "back up now",
    "restore",
    "tables",
    "overdue payments",
    "access needs",
    "access plan",
    "action",
    "erase",
    "export record",
    "finalise",
    "help",
    "involvement",
    "newcomer",
    "participant",
    "payments",
    "redact",
    "review",
    "room dots",
    "session details",
    "new workshop",
    "new session",
    "settings",
    "small groups",
    "speaker",
]


@pytest.mark.parametrize("name", DIALOGS)
def test_no_english_is_left_in_a_welsh_dialog(
    name: str, qtbot: QtBot, services: Services, translations: Translations, tmp_path: Path
) -> None:
    english = _english_only()
    assert translations.apply(Language.WELSH)
    ids = create_demo(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = _open(name)(services, ids, parent, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen = _visible_texts(dialog)
    seen[dialog.windowTitle()] = "title"
    dialog.close()
    left = sorted(f"{text!r} ({where})" for text, where in seen.items() if text in english)
    assert not left, left
