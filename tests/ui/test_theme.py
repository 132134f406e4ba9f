"""The role palette: every role has a colour and a second cue that survives greyscale."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.theme import DESK
from workshop.vocabulary import Role


def test_every_role_has_its_own_shape_and_letters() -> None:
    styles = [DESK.role(role.value) for role in Role]
    assert len({s.shape for s in styles}) == len(Role)
    assert len({s.letters for s in styles}) == len(Role)
    assert len({s.colour.lower() for s in styles}) == len(Role)


def test_note_text_stays_dark_on_light_fills() -> None:
    for palette in (DESK,):
        text = QColor(palette.note_text)
        for role in Role:
            fill = QColor(palette.role(role.value).fill)
            assert fill.lightnessF() - text.lightnessF() > 0.7
