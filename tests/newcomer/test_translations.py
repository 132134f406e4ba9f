"""The Welsh catalogue: complete, current, loadable, and what the panels show once it is on."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from ui.catalogue import PLURAL_FORMS
from ui.i18n import Language, Translations, catalogue_path, english_plural, translations_dir
from ui.labels import MARKED, vocabulary_strings
from ui.panels.actions import ActionsPanel
from ui.panels.facilitation import FacilitationPanel
from ui.panels.live import LivePanel
from ui.panels.participants import ParticipantsPanel
from workshop.room import Room
from workshop.services import Services

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = translations_dir() / "codesign_cy.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%p%|%n")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(path).getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def test_every_welsh_message_is_translated_and_keeps_its_placeholders() -> None:
    messages = _messages(CATALOGUE)
    assert len(messages) > 400
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        # A counted message has one text per plural form; every other message has one text.
        texts = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        if "%n" in source:
            assert len(texts) == PLURAL_FORMS["cy"], (context, source)
        for text in texts:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            # A keyboard accelerator in English needs one in Welsh, and only one.
            if re.search(r"&[^& ]", source):
                assert len(re.findall(r"&[^& ]", text)) == 1, (source, text)


def test_counts_use_qt_plural_forms_in_welsh_and_read_as_english_without(
    translations: Translations,
) -> None:
    def notes(count: int) -> str:
        return english_plural(QCoreApplication.translate("Board", "%n note(s)", "", count), count)

    assert [notes(n) for n in (0, 1, 2)] == ["0 notes", "1 note", "2 notes"]
    assert translations.apply(Language.WELSH)
    # Qt's Welsh rules: 0, 1, 2-5, 6 and the rest each have a form of their own.
    assert notes(1) == "1 nodyn"
    assert notes(11) == "11 o nodiadau"
    assert "(s)" not in notes(3)
    translations.apply(Language.ENGLISH)


def test_compiled_catalogue_ships_and_loads() -> None:
    assert catalogue_path(Language.WELSH).is_file()
    translator = QTranslator()
    assert translator.load(str(catalogue_path(Language.WELSH)))
    assert translator.translate("ParticipantsPanel", "People") == "Pobl"


@pytest.mark.skipif(
    not (Path(sys.executable).parent / "pyside6-lupdate").exists()
    and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)
def test_catalogue_is_current_with_the_sources(tmp_path: Path) -> None:
    """Every string marked in ui/ and workshop/ is in the committed catalogue."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = [
        str(p) for folder in ("ui", "workshop") for p in sorted((ROOT / folder).rglob("*.py"))
    ]
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    committed = {(c, s) for c, s, _ in _messages(CATALOGUE)}
    assert wanted - committed == set(), "run `make translations` and translate the new strings"


def test_vocabulary_labels_are_all_marked_for_translation() -> None:
    assert vocabulary_strings() <= set(MARKED)


# Files whose strings are not wrapped yet (none: keep it that way).
PENDING: set[str] = set()
PENDING_FOLDERS: set[str] = set()
TEXT_CALLS = {
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "setStatusTip",
    "addTab",
    "addRow",
    "showMessage",
    "setAccessibleName",
    "setAccessibleDescription",
    "setSpecialValueText",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QGroupBox",
    "QRadioButton",
    "QAction",
    "addItem",
    "QListWidgetItem",
    "QTableWidgetItem",
}


def _unwrapped(path: Path) -> list[str]:
    """String literals with words in them passed straight to a widget's text."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in TEXT_CALLS:
            continue
        for arg in node.args[:1] if name == "addItem" else node.args:
            literal = arg
            if isinstance(arg, ast.JoinedStr):
                words = "".join(
                    part.value
                    for part in arg.values
                    if isinstance(part, ast.Constant) and isinstance(part.value, str)
                )
                if re.search(r"[A-Za-z]{2}", words):
                    found.append(f"{path.name}:{arg.lineno}: f-string {words!r}")
                continue
            if (
                isinstance(literal, ast.Constant)
                and isinstance(literal.value, str)
                and re.search(r"[A-Za-z]{2}", literal.value)
            ):
                found.append(f"{path.name}:{arg.lineno}: {literal.value!r}")
    return found


def test_user_visible_strings_in_ui_are_wrapped_for_translation() -> None:
    problems = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name in PENDING or PENDING_FOLDERS & set(path.relative_to(ROOT / "ui").parts):
            continue
        problems += _unwrapped(path)
    assert problems == []


def test_the_check_catches_an_unwrapped_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText("Save the board")\nlabel.setText(self.tr("Fine"))\n')
    assert _unwrapped(sample) == ["sample.py:1: 'Save the board'"]


def _texts(widget: object) -> set[str]:
    found: set[str] = set()
    for kind in (QLabel, QPushButton, QGroupBox):
        for child in widget.findChildren(kind):  # type: ignore[attr-defined]
            found.add(child.title() if isinstance(child, QGroupBox) else child.text())
    return found


def test_welsh_switch_shows_welsh_in_open_panels(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
) -> None:
    people = ParticipantsPanel(services)
    actions = ActionsPanel(services)
    room = Room(services)
    live = LivePanel(room)
    for panel in (people, actions):
        qtbot.addWidget(panel)
        panel.set_session(workshop_with_session["session"])
    qtbot.addWidget(live)
    room.open(workshop_with_session["session"])
    assert people.title.text() == "People"
    assert people.sign_in_button.text() == "Sign in"

    assert translations.apply(Language.WELSH)

    # Already open: re-translated live through LanguageChange.
    assert people.title.text() == "Pobl"
    assert people.sign_in_button.text() == "Cofrestru"
    assert people.table.horizontalHeaderItem(2).text() == "Enw"
    assert people.count_label.text() == "0 o 2 yma"
    assert people.table.item(0, 3).text() in {"Person â phrofiad bywyd", "Gweithiwr proffesiynol"}
    assert actions.new_button.text() == "Cam gweithredu &newydd…"
    assert actions.mode_combo.itemText(0) == "Camau gweithredu'r sesiwn hon"
    assert actions.empty_state.title() == "Dim camau gweithredu eto"
    assert actions.table.headerData(1, actions.view.horizontalHeader().orientation()) == (
        "Cam gweithredu"
    )
    assert "Cymedroli" in _texts(live)
    assert live._toggle.text() == "&Agor cyfranogi byw"

    # Built after the switch: Welsh from the start, Qt's own buttons included.
    facilitation = FacilitationPanel(room)
    qtbot.addWidget(facilitation)
    assert facilitation.tabs.tabText(0) == "&Agenda"
    assert facilitation.tabs.tabText(2) == "&Pleidleisio"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Canslo"

    translations.apply(Language.ENGLISH)
    assert people.title.text() == "People"
    assert actions.new_button.text() == "&New action…"
    assert QCoreApplication.translate("Vocabulary", "carer") == "carer"


def test_language_codes() -> None:
    assert Language.from_code("cy_GB") is Language.WELSH
    assert Language.from_code("en-US") is Language.ENGLISH
    assert Language.from_code("fr") is Language.ENGLISH
    assert Language.WELSH.native_name == "Cymraeg"


def test_main_window_menus_and_docks_switch_live(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow
    from ui.workspace import assemble

    window = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    workspace = assemble(window, services)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]
    translations.apply(Language.WELSH)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Ffeil", "&Golygu", "&Bwrdd", "Gw&eld", "&Cymorth"]
    assert window.quit_action.text() == "&Gadael"
    assert window.sidebar.new_session_action.text() == "&Sesiwn newydd…"
    docks = {dock.objectName(): dock.windowTitle() for dock in window.panels.values()}
    assert docks["panel-Participants"] == "Cyfranogwyr"
    assert docks["panel-Actions"] == "Camau gweithredu"
    assert window.capture_bar.speaker_edit.placeholderText() == "Pwy a'i dywedodd? (enw neu rôl)"
    translations.apply(Language.ENGLISH)
    assert window.quit_action.text() == "&Quit"
    assert docks.keys() == {d.objectName() for d in window.panels.values()}
    workspace.room.close()
    workspace.projector.close()


def test_refusals_and_status_messages_are_welsh_after_the_switch(
    qtbot: QtBot,
    services: Services,
    workshop_with_session: dict[str, int],
    translations: Translations,
    tmp_path: Path,
) -> None:
    """The capture bar's refusals, the saved message, the title and the undo text follow Welsh."""
    from PySide6.QtCore import QSettings, Qt

    from ui.main_window import MainWindow

    window = MainWindow(services, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    session_id = workshop_with_session["session"]
    window.open_session(session_id)
    bar = window.capture_bar
    # A speaker chosen in English is kept, shown in Welsh, across the switch.
    qtbot.keyClicks(bar.speaker_edit, "carer")
    qtbot.keyClick(bar.speaker_edit, Qt.Key.Key_Return)
    assert bar.speaker_edit.text() == "Carer (role only)"

    assert translations.apply(Language.WELSH)

    assert window.windowTitle() == "First session — Gweithdy cyd-ddylunio"
    assert bar.speaker_edit.text().endswith(" (rôl yn unig)")
    speaker = bar.resolve_speaker()
    assert speaker is not None and speaker.role == "carer"
    qtbot.keyClicks(bar.text_edit, "Nobody rings back")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Mae pob newid wedi'i gadw"
    assert window.undo_stack.undoText() == "Ychwanegu nodyn"

    bar.speaker_edit.clear()
    qtbot.keyClicks(bar.speaker_edit, "zzz")
    qtbot.keyClicks(bar.text_edit, "Someone said this")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == (
        "Dywedwch pwy a'i dywedodd: teipiwch ran o enw cyfranogwr, neu rôl."
    )

    for column in services.board.columns(session_id):
        services.board.remove_column(column.id)
    bar.speaker_edit.clear()
    qtbot.keyClicks(bar.speaker_edit, "raj")
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Ychwanegwch golofn at y bwrdd yn gyntaf."

    translations.apply(Language.ENGLISH)
    assert window.windowTitle() == "First session — Co-design workshop"
    assert window.undo_stack.undoText() == "Ychwanegu nodyn"  # made in Welsh; kept as made
    qtbot.keyClick(bar.text_edit, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "Add a column to the board first."
