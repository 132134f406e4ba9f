"""In Welsh, the service layer's refusals, the templates and role labels read in Welsh too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from ui.dialogs.sessions import NewSessionDialog
from ui.i18n import Language, Translations, refusal_text
from ui.sidebar import Sidebar
from workshop import templates
from workshop.errors import NotFoundError, WorkshopError
from workshop.messages import QT_TRANSLATE_NOOP, Word
from workshop.services import Services


def _window(qtbot: QtBot, services: Services, tmp_path: Path, session_id: int):
    from ui.main_window import MainWindow

    window = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_session(session_id)
    return window


def test_capture_bar_shows_the_services_refusals_in_welsh(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
    tmp_path: Path,
) -> None:
    window = _window(qtbot, services, tmp_path, workshop_with_session["session"])
    bar = window.capture_bar
    assert translations.apply(Language.WELSH)
    qtbot.keyClicks(bar.speaker_edit, "raj")
    # Only a control character: the bar sends it, the service finds the note empty.
    bar.text_edit.setText("\x07")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == (
        "Testun y nodyn: mae'n wag; teipiwch rywbeth yn gyntaf."
    )
    bar.text_edit.setText("x" * 2001)
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == (
        "Testun y nodyn: mae'n 2,001 nod o hyd; yr uchafswm yw 2,000."
    )
    assert services.sessions.board(workshop_with_session["session"]).notes == ()

    # Back in English, the same refusal reads as the service wrote it.
    translations.apply(Language.ENGLISH)
    bar.text_edit.setText("\x07")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "The note text is empty; type something first."


def test_a_refusal_keeps_its_english_message_and_reads_welsh_in_the_app(
    services: Services, translations: Translations
) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.sessions.update(987654, title="Anything")
    error = caught.value
    # The CLI, the logs and the phones' API read the English, unchanged.
    assert error.message == str(error) == "There is no session with id 987654."
    assert refusal_text(error) == "There is no session with id 987654."
    assert translations.apply(Language.WELSH)
    assert refusal_text(error) == "Does dim sesiwn â'r rhif adnabod 987654."
    # A sentence the catalogue does not hold is shown as raised, in English.
    plain = WorkshopError("Something only a developer would see.")
    assert refusal_text(plain) == "Something only a developer would see."
    # A translation that cannot be filled falls back to the English message, never crashes.
    odd = NotFoundError.of(
        QT_TRANSLATE_NOOP("Refusal", "There is no {what} with id {id}."), what=Word("note"), id=3
    )
    del odd.params["id"]
    assert refusal_text(odd) == odd.message == "There is no note with id 3."


def test_new_session_dialog_in_welsh_makes_a_session_with_welsh_columns(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
) -> None:
    assert translations.apply(Language.WELSH)
    dialog = NewSessionDialog(today=dt.date(2026, 12, 1))
    qtbot.addWidget(dialog)
    shown = [dialog.template_list.item(i).text() for i in range(dialog.template_list.count())]
    assert shown[0] == "Beth sy'n bwysig i chi"
    assert "Dechrau, stopio, parhau" in shown
    dialog.template_list.setCurrentRow(shown.index("Dechrau, stopio, parhau"))
    assert "Cwestiynau sydd gennym o hyd" in dialog.description.text()
    template_id, title, date = dialog.values()
    assert (template_id, title) == ("start-stop-continue", "Dechrau, stopio, parhau")

    sidebar = Sidebar(services)
    qtbot.addWidget(sidebar)
    session = sidebar.create_session_from(
        workshop_with_session["workshop"], template_id, title, date, dialog.language
    )
    assert session is not None
    columns = [c.title for c in services.board.columns(session.id)]
    assert columns == ["Dechrau", "Stopio", "Parhau", "Cwestiynau sydd gennym o hyd"]
    stages = [s.name for s in services.sessions.get(session.id).stages]
    assert stages[0] == "Croeso" and stages[-1] == "Cloi"

    # Made in Welsh, the columns are the session's own words: English does not undo them.
    translations.apply(Language.ENGLISH)
    assert [c.title for c in services.board.columns(session.id)] == columns


def test_templates_carry_welsh_for_every_prompt_and_stage() -> None:
    for template in templates.all_templates():
        welsh = template.in_language("cy")
        assert welsh is not template, template.id
        assert len(welsh.columns) == len(template.columns)
        assert [k for _, k, _ in welsh.stages] == [k for _, k, _ in template.stages]
        assert set(welsh.columns).isdisjoint(template.columns)
        assert template.in_language("fr") is template


def test_unnamed_authors_on_the_board_show_their_role_in_welsh(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
    tmp_path: Path,
) -> None:
    session_id = workshop_with_session["session"]
    column = services.board.columns(session_id)[0]
    unnamed = services.board.add_note(session_id, column.id, "Nobody rings back", role="carer")
    named = services.board.add_note(
        session_id, column.id, "Forms are long", author_id=workshop_with_session["raj"]
    )
    assert translations.apply(Language.WELSH)
    window = _window(qtbot, services, tmp_path, session_id)
    assert window.scene.author_label(unnamed) == "Gofalwr"
    assert window.scene.author_label(named) == "Raj Example"
