"""A note's language set by hand, from the note's menu, as one undoable step."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workshop.services import Services


def test_the_notes_menu_sets_the_language_of_the_chosen_notes(
    qtbot: QtBot, window: MainWindow, services: Services, workshop_with_session: dict[str, int]
) -> None:
    session = workshop_with_session["session"]
    column = services.board.columns(session)[0]
    first = services.board.add_note(session, column.id, "Bws ar ôl chwech", role="carer")
    second = services.board.add_note(session, column.id, "Siop yn y pentref", role="carer")
    other = services.board.add_note(session, column.id, "Left as it is", role="carer")
    for note in (first, second):
        window.scene.notes[note.id].setSelected(True)
    with qtbot.waitSignal(window.view.context_requested) as opened:
        window.view.open_menu_for_current_note()
    menu = window.note_menu
    assert menu is not None and window.language_menu.menuAction() in menu.actions()
    menu.close()
    welsh = next(a for a in window.language_menu.actions() if a.text() == "Cymraeg")
    assert window.language_menu.actions()[0].text() == "Detect"
    welsh.trigger()
    languages = {n.id: n.language for n in services.board.notes(session)}
    assert languages == {first.id: "cy", second.id: "cy", other.id: None}
    window.undo_stack.undo()
    assert all(n.language is None for n in services.board.notes(session))
    assert opened.args
