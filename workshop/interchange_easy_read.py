"""The interchange file's optional `easy_read` field of a session (the format's version stays 1).

`[{"text", "picture", "text_cy"?, "theme"?, "action"?, "own_picture"?}]`: the sentences people
wrote, with the shipped symbol chosen for the point (`picture`, a file name of resources/symbols,
or null). A point written for a theme or an action names it by its id in the file; one without
either is a key message of its own.

The organisation's own pictures travel as the workshop's optional `easy_read_pictures`
(`[{"id", "name", "png"}]`, the PNG in base64); a point printed with one names it in
`own_picture`. On import each is checked and cleaned by the same rules as a picture added in
the app (workshop.own_pictures).
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models.actions import Action
from models.board import Theme
from models.easy_read import EasyReadPicture, EasyReadPoint
from workshop import symbols
from workshop.easy_read import MAX_POINT_TEXT
from workshop.easy_read_record import PointKind
from workshop.errors import ImportRefused, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.own_pictures import MAX_PICTURE_BYTES, as_png

if TYPE_CHECKING:
    from workshop.interchange import _Reader


@dataclass
class EasyReadItem:
    text: str
    text_cy: str
    picture: str
    theme: str | None = None  # the theme's key in the file
    action: str | None = None  # the action's key in the file
    own_picture: str | None = None  # the key of one of the workshop's easy_read_pictures
    place: str = ""  # where the point is in the file, for a refusal


@dataclass
class OwnPictureItem:
    """One of the organisation's own pictures, checked and cleaned as when added in the app."""

    key: str
    name: str
    png: bytes
    width: int
    height: int


def read_own_pictures(workshop: _Reader, everything: dict[str, str]) -> list[OwnPictureItem]:
    """The workshop's optional `easy_read_pictures`; ids unique across the file."""
    pictures = []
    for item in workshop.items("easy_read_pictures", required=False):
        key = item.key("id")
        if key in everything:
            raise item.fail("id", QT_TRANSLATE_NOOP("Refusal", "{place}: duplicate id"))
        everything[key] = item.at("id")
        encoded = item.raw("png")
        try:
            if not isinstance(encoded, str) or len(encoded) > MAX_PICTURE_BYTES * 4 // 3 + 4:
                raise ValueError
            png, width, height = as_png(base64.b64decode(encoded, validate=True))
        except (ValueError, binascii.Error, ValidationError):
            raise item.fail(
                "png", QT_TRANSLATE_NOOP("Refusal", "{place}: expected a PNG picture in base64")
            ) from None
        name = item.text("name", max_length=200, blank=False).strip()
        pictures.append(OwnPictureItem(key, name, png, width, height))
    return pictures


def check_own_pictures(items: list[EasyReadItem], pictures: list[OwnPictureItem]) -> None:
    """Every point's `own_picture` names one of the workshop's own pictures."""
    keys = {picture.key for picture in pictures}
    for item in items:
        if item.own_picture is not None and item.own_picture not in keys:
            raise _no_such(item.place)


def _no_such(place: str) -> ImportRefused:
    return ImportRefused.of(QT_TRANSLATE_NOOP("Refusal", "{place}: no such id"), place=place)


def read_easy_read(session: _Reader, themes: set[str], actions: set[str]) -> list[EasyReadItem]:
    """The session's Easy Read points, checked; empty when the file has none."""
    items = []
    for item in session.items("easy_read", required=False):
        picture = item.raw("picture", required=False)
        if picture is not None and (not isinstance(picture, str) or symbols.find(picture) is None):
            raise item.fail(
                "picture",
                QT_TRANSLATE_NOOP("Refusal", "{place}: not a picture of the shipped symbol set"),
            )
        theme = item.optional_key("theme", required=False)
        action = item.optional_key("action", required=False)
        own_picture = item.optional_key("own_picture", required=False)
        for name, key, known in (("theme", theme, themes), ("action", action, actions)):
            if key is not None and key not in known:
                raise item.fail(name, QT_TRANSLATE_NOOP("Refusal", "{place}: no such id"))
        if theme is not None and action is not None:
            raise item.fail(
                "action",
                QT_TRANSLATE_NOOP("Refusal", "{place}: a point is for a theme or an action"),
            )
        items.append(
            EasyReadItem(
                text=item.text("text", max_length=MAX_POINT_TEXT).strip(),
                text_cy=item.text("text_cy", required=False, max_length=MAX_POINT_TEXT).strip(),
                picture=picture or "",
                theme=theme,
                action=action,
                own_picture=own_picture,
                place=item.at("own_picture"),
            )
        )
    return items


def write_easy_read(
    db: Any,
    session_id: int,
    items: list[EasyReadItem],
    theme_ids: dict[str, int],
    action_ids: dict[str, int],
    picture_ids: dict[str, int],
) -> None:
    """Store an imported session's Easy Read points."""
    for position, item in enumerate(items):
        theme_id = theme_ids[item.theme] if item.theme else None
        action_id = action_ids[item.action] if item.action else None
        kind = PointKind.ACTION if action_id is not None else PointKind.MESSAGE
        db.add(
            EasyReadPoint(
                session_id=session_id,
                kind=kind.value,
                theme_id=theme_id,
                action_id=action_id,
                position=position,
                text=item.text,
                text_cy=item.text_cy,
                symbol=item.picture,
                picture_id=picture_ids[item.own_picture] if item.own_picture else None,
            )
        )


def write_own_pictures(db: Any, workshop_id: int, pictures: list[OwnPictureItem]) -> dict[str, int]:
    """Store an imported workshop's own pictures; their ids by key in the file."""
    ids = {}
    for picture in pictures:
        row = EasyReadPicture(
            workshop_id=workshop_id,
            name=picture.name,
            png=picture.png,
            width=picture.width,
            height=picture.height,
        )
        db.add(row)
        db.flush()
        ids[picture.key] = row.id
    return ids


def own_pictures_document(
    db: Any, workshop_id: int, session_ids: list[int], *, only_used: bool
) -> tuple[dict[str, Any], dict[int, str]]:
    """The workshop's optional `easy_read_pictures` field, and each picture's key by row id.

    A shared (anonymised) file carries only the pictures a point is printed with: those the
    Easy Read record publishes anyway.
    """
    rows = db.scalars(
        select(EasyReadPicture)
        .where(EasyReadPicture.workshop_id == workshop_id)
        .order_by(EasyReadPicture.id)
    ).all()
    if only_used:
        used = set(
            db.scalars(
                select(EasyReadPoint.picture_id).where(
                    EasyReadPoint.session_id.in_(session_ids),
                    EasyReadPoint.picture_id.is_not(None),
                )
            )
        )
        rows = [row for row in rows if row.id in used]
    keys = {row.id: f"ep{index}" for index, row in enumerate(rows, 1)}
    pictures = [
        {"id": keys[row.id], "name": row.name, "png": base64.b64encode(row.png).decode("ascii")}
        for row in rows
    ]
    return ({"easy_read_pictures": pictures} if pictures else {}), keys


def easy_read_document(
    db: Any, session_id: int, document: dict[str, Any], picture_keys: dict[int, str]
) -> dict[str, Any]:
    """The optional `easy_read` field for a session's document (written only when there is one).

    The document's themes and actions are listed in id order, so their keys are found by
    position; a point whose theme or action the file leaves out is left out too.
    """
    rows = db.scalars(
        select(EasyReadPoint)
        .where(EasyReadPoint.session_id == session_id)
        .order_by(EasyReadPoint.position, EasyReadPoint.id)
    ).all()
    if not rows:
        return {}
    theme_rows = db.scalars(
        select(Theme.id).where(Theme.session_id == session_id).order_by(Theme.id)
    )
    action_rows = db.scalars(
        select(Action.id).where(Action.session_id == session_id).order_by(Action.id)
    )
    theme_key = {
        tid: t["id"] for tid, t in zip(theme_rows, document.get("themes", []), strict=False)
    }
    action_key = {
        aid: a["id"] for aid, a in zip(action_rows, document.get("actions", []), strict=False)
    }
    points = []
    for row in rows:
        if not (row.text.strip() or row.text_cy.strip()):
            continue
        point: dict[str, Any] = {"text": row.text, "picture": row.symbol or None}
        if row.text_cy:
            point["text_cy"] = row.text_cy
        if row.picture_id in picture_keys:
            point["own_picture"] = picture_keys[row.picture_id]
        if row.theme_id is not None:
            if row.theme_id not in theme_key:
                continue
            point["theme"] = theme_key[row.theme_id]
        if row.action_id is not None:
            if row.action_id not in action_key:
                continue
            point["action"] = action_key[row.action_id]
        points.append(point)
    return {"easy_read": points} if points else {}


__all__ = [
    "EasyReadItem",
    "OwnPictureItem",
    "check_own_pictures",
    "easy_read_document",
    "own_pictures_document",
    "read_easy_read",
    "read_own_pictures",
    "write_easy_read",
    "write_own_pictures",
]
