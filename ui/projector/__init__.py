"""The projector: a full-screen window showing the board, a column, a theme, results or actions.

A view of the Room (`workshop.room`): it shows the Room's open session as the Room's
`ProjectorState` says, and only the notes `workshop.audience.projector` allows. Sizes are
designed at 1920×1080 and scaled to the screen.

- `style`: reference size, palette and fonts;
- `scene`: the board laid out for reading from the back of the room;
- `pages`: the results and actions pages;
- `window`: the top-level window, following the Room;
- `controller`: F5 and Alt+1…5, which ask the Room.
"""

from __future__ import annotations

from ui.projector.controller import PresentationController
from ui.projector.pages import ActionsPage, ResultsPage
from ui.projector.scene import LaneHeader, NoteCard, ProjectorScene
from ui.projector.style import (
    HIGH_CONTRAST,
    NOTE_TEXT_PX,
    PROJECTOR_QR_MODULE_PX,
    REFERENCE,
    ProjectorStyle,
)
from ui.projector.window import PresentationWindow, ProjectorView

__all__ = [
    "HIGH_CONTRAST",
    "NOTE_TEXT_PX",
    "PROJECTOR_QR_MODULE_PX",
    "REFERENCE",
    "ActionsPage",
    "LaneHeader",
    "NoteCard",
    "PresentationController",
    "PresentationWindow",
    "ProjectorScene",
    "ProjectorStyle",
    "ProjectorView",
    "ResultsPage",
]
