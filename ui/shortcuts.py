"""Every keyboard shortcut, declared once: the main window binds them and Help lists them from here.

Keys are in Qt's portable form ("Ctrl+Shift+P") or a standard key (Undo), shown in the platform's
own spelling. Rows with `bound` set are actions the main window creates with exactly these keys;
the others describe keys that widgets handle themselves (arrows on the board, Enter in the
capture bar), so a test can hold the window and this table to each other.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

CONTEXT = "Shortcuts"
StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    """One row of the shortcut list."""

    name: str
    keys: tuple[str | QKeySequence.StandardKey, ...]
    what: str  # marked for translation; shown translated
    group: str
    bound: bool = True  # an action in the main window carries these keys
    # Shown instead of the keys where they are a range or a gesture ("Ctrl+1 … Ctrl+9").
    label: str = ""

    def sequences(self) -> list[QKeySequence]:
        """Every sequence, a standard key giving all its platform bindings (none on some)."""
        found: list[QKeySequence] = []
        for key in self.keys:
            if isinstance(key, QKeySequence.StandardKey):
                found += QKeySequence.keyBindings(key)
            else:
                found.append(QKeySequence(key))
        return found

    def shown_keys(self) -> str:
        if self.label:
            return QCoreApplication.translate(CONTEXT, self.label)
        texts = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()]
        return " / ".join(t for t in texts if t)


CAPTURE = QT_TRANSLATE_NOOP("Shortcuts", "Capturing notes")
BOARD = QT_TRANSLATE_NOOP("Shortcuts", "The board")
VIEWING = QT_TRANSLATE_NOOP("Shortcuts", "Viewing")
PROJECTOR = QT_TRANSLATE_NOOP("Shortcuts", "The projector")
OTHER = QT_TRANSLATE_NOOP("Shortcuts", "Other")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "capture", ("Ctrl+L",), QT_TRANSLATE_NOOP("Shortcuts", "Go to the capture bar"), CAPTURE
    ),
    Shortcut(
        "choose_column",
        ("Ctrl+1", "Ctrl+9"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose the column for the next note"),
        CAPTURE,
        bound=False,
        label=QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+1 … Ctrl+9"),
    ),
    Shortcut(
        "add_note",
        ("Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Add the note; on a new name, add a newcomer"),
        CAPTURE,
        bound=False,
    ),
    Shortcut(
        "move_focus",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Move between notes"),
        BOARD,
        bound=False,
        label=QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
    ),
    Shortcut(
        "edit_note",
        ("F2",),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the note (Enter too; Esc cancels)"),
        BOARD,
    ),
    Shortcut(
        "change_speaker",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Shortcuts", "Change who said the note"),
        BOARD,
    ),
    Shortcut(
        "note_menu",
        ("Menu", "Shift+F10"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the note's menu (speaker, theme, colour, protect)"),
        BOARD,
        bound=False,
    ),
    Shortcut(
        "move_note_left",
        ("Ctrl+Left",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the note to the column on the left"),
        BOARD,
        bound=False,
    ),
    Shortcut(
        "move_note_right",
        ("Ctrl+Right",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the note to the column on the right"),
        BOARD,
        bound=False,
    ),
    Shortcut(
        "delete",
        (StandardKey.Delete,),
        QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected notes"),
        BOARD,
    ),
    Shortcut(
        "select_all",
        (StandardKey.SelectAll,),
        QT_TRANSLATE_NOOP("Shortcuts", "Select all notes"),
        BOARD,
    ),
    Shortcut(
        "group",
        ("Ctrl+G",),
        QT_TRANSLATE_NOOP("Shortcuts", "Group the selected notes into a theme"),
        BOARD,
    ),
    Shortcut(
        "ungroup", ("Ctrl+Shift+G",), QT_TRANSLATE_NOOP("Shortcuts", "Ungroup the theme"), BOARD
    ),
    Shortcut(
        "add_column", ("Ctrl+Shift+N",), QT_TRANSLATE_NOOP("Shortcuts", "Add a column"), BOARD
    ),
    Shortcut(
        "room_dots",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Record the dots people placed in the room"),
        BOARD,
    ),
    Shortcut(
        "board_list",
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Read and edit the board as a list (for screen readers)"),
        BOARD,
    ),
    Shortcut("undo", (StandardKey.Undo,), QT_TRANSLATE_NOOP("Shortcuts", "Undo"), BOARD),
    Shortcut("redo", (StandardKey.Redo,), QT_TRANSLATE_NOOP("Shortcuts", "Redo"), BOARD),
    Shortcut(
        "zoom_in",
        (StandardKey.ZoomIn, "Ctrl+="),
        QT_TRANSLATE_NOOP("Shortcuts", "Zoom in"),
        VIEWING,
    ),
    Shortcut(
        "zoom_out", (StandardKey.ZoomOut,), QT_TRANSLATE_NOOP("Shortcuts", "Zoom out"), VIEWING
    ),
    Shortcut("fit", ("Ctrl+0",), QT_TRANSLATE_NOOP("Shortcuts", "Fit the whole board"), VIEWING),
    Shortcut(
        "pan",
        (),
        QT_TRANSLATE_NOOP("Shortcuts", "Pan the board (or drag with the middle button)"),
        VIEWING,
        bound=False,
        label=QT_TRANSLATE_NOOP("Shortcuts", "Space and drag"),
    ),
    Shortcut(
        "full_screen",
        (StandardKey.FullScreen,),
        QT_TRANSLATE_NOOP("Shortcuts", "Full screen"),
        VIEWING,
    ),
    Shortcut(
        "present",
        ("F5",),
        QT_TRANSLATE_NOOP("Shortcuts", "Start or stop presenting"),
        PROJECTOR,
        bound=False,
    ),
    Shortcut(
        "projector_pages",
        ("Alt+1", "Alt+5"),
        QT_TRANSLATE_NOOP("Shortcuts", "Whole board, column, theme, voting results, actions"),
        PROJECTOR,
        bound=False,
        label=QT_TRANSLATE_NOOP("Shortcuts", "Alt+1 … Alt+5"),
    ),
    Shortcut(
        "projector_whole_board",
        ("Alt+0",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Back to the whole board on the projector (after following a selection)"
        ),
        PROJECTOR,
        bound=False,  # the projector controller's action, on the main window and the projector
    ),
    Shortcut(
        "new_session",
        (StandardKey.New,),
        QT_TRANSLATE_NOOP("Shortcuts", "New session"),
        OTHER,
        bound=False,  # the sidebar's action
    ),
    Shortcut(
        "export_image",
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "Export the board as an image"),
        OTHER,
    ),
    Shortcut(
        "review_photos",
        ("Ctrl+Shift+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Review notes from photos"),
        OTHER,
        bound=False,  # the workspace's action, beside Add photo of paper…
    ),
    Shortcut(
        "review_keys",
        (),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "In the review of notes from photos: accept (type first to correct), keep the "
            "picture only, not a note",
        ),
        OTHER,
        bound=False,
        label=QT_TRANSLATE_NOOP("Shortcuts", "Enter · Ctrl+P · Ctrl+Delete"),
    ),
    Shortcut("help", ("F1",), QT_TRANSLATE_NOOP("Shortcuts", "Help"), OTHER),
    Shortcut("quit", (StandardKey.Quit,), QT_TRANSLATE_NOOP("Shortcuts", "Quit"), OTHER),
)

_BY_NAME = {shortcut.name: shortcut for shortcut in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    return _BY_NAME[name]


def keys(name: str) -> list[QKeySequence]:
    """The key sequences an action named in the table is bound to."""
    return _BY_NAME[name].sequences()


def shortcuts_html() -> str:
    """The Help page of shortcuts, in the app's language, built from the same table."""
    tr = QCoreApplication.translate
    rows = [
        "<h1>{}</h1>".format(
            html.escape(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
        ),
        '<table cellpadding="4">',
        '<tr><th align="left">{}</th><th align="left">{}</th></tr>'.format(
            html.escape(QCoreApplication.translate("Shortcuts", "Keys")),
            html.escape(QCoreApplication.translate("Shortcuts", "What they do")),
        ),
    ]
    group = None
    for entry in SHORTCUTS:
        if entry.group != group:
            group = entry.group
            rows.append(f'<tr><td colspan="2"><b>{html.escape(tr(CONTEXT, group))}</b></td></tr>')
        shown, what = html.escape(entry.shown_keys()), html.escape(tr(CONTEXT, entry.what))
        rows.append(f"<tr><td>{shown}</td><td>{what}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)
