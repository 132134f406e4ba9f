"""The interchange file's optional `easy_read` field of a session (the format's version stays 1).

`[{"text", "picture", "text_cy"?, "theme"?, "action"?}]`: the sentences people wrote, with the
shipped symbol chosen for the point (`picture`, a file name of resources/symbols, or null). A
point written for a theme or an action names it by its id in the file; one without either is a
key message of its own. An organisation's own pictures do not travel (the point keeps its text
and is printed with the default picture).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from models.actions import Action
from models.board import Theme
from models.easy_read import EasyReadPoint
from workshop import symbols
from workshop.easy_read import MAX_POINT_TEXT
from workshop.easy_read_record import PointKind
from workshop.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from workshop.interchange import _Reader


@dataclass
class EasyReadItem:
    text: str
    text_cy: str
    picture: str
    theme: str | None = None  # the theme's key in the file
    action: str | None = None  # the action's key in the file


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
            )
        )
    return items


def write_easy_read(
    db: Any,
    session_id: int,
    items: list[EasyReadItem],
    theme_ids: dict[str, int],
    action_ids: dict[str, int],
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
            )
        )


def easy_read_document(db: Any, session_id: int, document: dict[str, Any]) -> dict[str, Any]:
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


__all__ = ["EasyReadItem", "easy_read_document", "read_easy_read", "write_easy_read"]
