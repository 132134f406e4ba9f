"""The Easy Read record: the sentences a facilitator writes for each key message and action.

A key message is one of the board's themes, or a message the facilitator adds of its own. The
service stores what people typed and the picture they chose; it never writes a sentence.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from models.actions import Action
from models.board import Theme
from models.easy_read import EasyReadPicture, EasyReadPoint
from models.people import Session, Workshop
from workshop import symbols, validation
from workshop.easy_read import MAX_POINT_TEXT
from workshop.easy_read_record import EasyReadPoint as PrintedPoint
from workshop.easy_read_record import (
    EasyReadPointView,
    EasyReadRecord,
    OwnPictureView,
    PointKind,
    PointRef,
)
from workshop.errors import LockedError, ValidationError
from workshop.messages import QT_TRANSLATE_NOOP
from workshop.own_pictures import as_png
from workshop.services.base import Service, get_row, missing
from workshop.vocabulary import RecordStatus

_LANGUAGES = ("en", "cy")


def _check_draft(session: Session) -> None:
    if session.record_status == RecordStatus.FINAL:
        raise LockedError(
            QT_TRANSLATE_NOOP(
                "Refusal", "The record of this session is final; unlock it before changing it."
            )
        )


def _language(language: str) -> str:
    if language not in _LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Refusal", "The language must be en (English) or cy (Cymraeg)."),
            "language",
        )
    return language


def _clean(text: object) -> str:
    return validation.clean_text(text, "text", max_length=MAX_POINT_TEXT, required=False).strip()


class EasyReadService(Service):
    def points(self, session_id: int) -> list[EasyReadPointView]:
        """Every point the record could have: each theme, each own message, each action."""
        with self._db.read() as db:
            get_row(db, Session, session_id, "session")
            return _points(db, session_id)

    def set_text(
        self, session_id: int, ref: PointRef, text: object, language: str = "en"
    ) -> EasyReadPointView:
        """Store the sentences a person wrote for one point (empty: leave the point out)."""
        clean = _clean(text)
        field = "text_cy" if _language(language) == "cy" else "text"
        with self._db.unit_of_work() as db:
            row = self._row_for(db, session_id, ref)
            setattr(row, field, clean)
            db.flush()
            view = _point_view(db, row)
        self._changed(session_id)
        return view

    def set_picture(
        self,
        session_id: int,
        ref: PointRef,
        *,
        symbol: str = "",
        picture_id: int | None = None,
    ) -> EasyReadPointView:
        """Choose a shipped symbol, or one of the organisation's own pictures, for a point."""
        if symbol and symbols.find(symbol) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Refusal", "There is no such picture in the symbol set."),
                "symbol",
            )
        with self._db.unit_of_work() as db:
            row = self._row_for(db, session_id, ref)
            if picture_id is not None:
                picture = get_row(db, EasyReadPicture, picture_id, "picture")
                session = get_row(db, Session, session_id, "session")
                if picture.workshop_id != session.workshop_id:
                    raise missing("picture", picture_id)
            row.symbol = "" if picture_id is not None else symbol
            row.picture_id = picture_id
            db.flush()
            view = _point_view(db, row)
        self._changed(session_id)
        return view

    def add_message(self, session_id: int, text: object, language: str = "en") -> EasyReadPointView:
        """A key message of its own (not one of the board's themes), as a person wrote it."""
        clean = _clean(text)
        field = "text_cy" if _language(language) == "cy" else "text"
        with self._db.unit_of_work() as db:
            _check_draft(get_row(db, Session, session_id, "session"))
            position = db.scalar(
                select(func.count(EasyReadPoint.id)).where(EasyReadPoint.session_id == session_id)
            )
            row = EasyReadPoint(
                session_id=session_id,
                kind=PointKind.MESSAGE.value,
                position=int(position or 0),
                text="",
                text_cy="",
                symbol="",
            )
            setattr(row, field, clean)
            db.add(row)
            db.flush()
            view = _point_view(db, row)
        self._changed(session_id)
        return view

    def remove_message(self, point_id: int) -> None:
        """Remove a key message of its own (a theme's or an action's point is emptied instead)."""
        with self._db.unit_of_work() as db:
            row = get_row(db, EasyReadPoint, point_id, "point")
            session_id = row.session_id
            _check_draft(get_row(db, Session, session_id, "session"))
            if row.theme_id is not None or row.action_id is not None:
                raise missing("point", point_id)
            db.delete(row)
        self._changed(session_id)

    def add_picture(self, workshop_id: int, name: object, data: bytes) -> OwnPictureView:
        """Keep one of the organisation's own pictures (PNG or JPEG) for its Easy Read points."""
        clean_name = validation.clean_text(name, "name", max_length=200).strip()
        png, width, height = as_png(data)
        with self._db.unit_of_work() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            row = EasyReadPicture(
                workshop_id=workshop_id, name=clean_name, png=png, width=width, height=height
            )
            db.add(row)
            db.flush()
            view = OwnPictureView(row.id, workshop_id, clean_name, width, height)
        self._publish_saved()
        return view

    def pictures(self, workshop_id: int) -> list[OwnPictureView]:
        with self._db.read() as db:
            get_row(db, Workshop, workshop_id, "workshop")
            rows = db.execute(
                select(
                    EasyReadPicture.id,
                    EasyReadPicture.name,
                    EasyReadPicture.width,
                    EasyReadPicture.height,
                )
                .where(EasyReadPicture.workshop_id == workshop_id)
                .order_by(EasyReadPicture.id)
            ).all()
            return [OwnPictureView(i, workshop_id, n, w, h) for i, n, w, h in rows]

    def picture_png(self, picture_id: int) -> bytes:
        with self._db.read() as db:
            return get_row(db, EasyReadPicture, picture_id, "picture").png

    def record(self, session_id: int) -> EasyReadRecord:
        """The Easy Read record of a session: only points someone wrote, in order."""
        with self._db.read() as db:
            session = get_row(db, Session, session_id, "session")
            workshop = get_row(db, Workshop, session.workshop_id, "workshop")
            printed = []
            for view in _points(db, session_id):
                if not (view.text.strip() or view.text_cy.strip()):
                    continue
                own = db.get(EasyReadPicture, view.picture_id) if view.picture_id else None
                symbol = view.symbol or (
                    symbols.DEFAULT_ACTION
                    if view.kind is PointKind.ACTION
                    else symbols.DEFAULT_MESSAGE
                )
                printed.append(
                    PrintedPoint(
                        kind=view.kind,
                        text=view.text,
                        text_cy=view.text_cy,
                        symbol="" if own is not None else symbol,
                        own_picture=own.png if own is not None else None,
                        own_picture_name=own.name if own is not None else "",
                    )
                )
            return EasyReadRecord(
                session_id=session_id,
                workshop_title=workshop.title,
                organisation=workshop.organisation,
                session_title=session.title,
                date=session.date,
                is_final=session.record_status == RecordStatus.FINAL,
                points=tuple(printed),
            )

    def _row_for(self, db: OrmSession, session_id: int, ref: PointRef) -> EasyReadPoint:
        """The stored point for ref, made (empty) on first use."""
        _check_draft(get_row(db, Session, session_id, "session"))
        if ref.kind == "message":
            row = get_row(db, EasyReadPoint, ref.id, "point")
            if row.session_id != session_id:
                raise missing("point", ref.id)
            return row
        if ref.kind == "theme":
            theme = get_row(db, Theme, ref.id, "theme")
            if theme.session_id != session_id:
                raise missing("theme", ref.id)
            where = EasyReadPoint.theme_id == ref.id
            made = {"theme_id": ref.id, "kind": PointKind.MESSAGE.value}
        elif ref.kind == "action":
            action = get_row(db, Action, ref.id, "action")
            if action.session_id != session_id:
                raise missing("action", ref.id)
            where = EasyReadPoint.action_id == ref.id
            made = {"action_id": ref.id, "kind": PointKind.ACTION.value}
        else:
            raise missing("point", ref.id)
        found = db.scalars(
            select(EasyReadPoint).where(EasyReadPoint.session_id == session_id, where)
        ).first()
        if found is not None:
            return found
        row = EasyReadPoint(
            session_id=session_id, position=0, text="", text_cy="", symbol="", **made
        )
        db.add(row)
        db.flush()
        return row

    def _changed(self, session_id: int) -> None:
        self._events.easy_read_changed.emit(session_id)
        self._publish_saved()


def _point_view(db: OrmSession, row: EasyReadPoint) -> EasyReadPointView:
    if row.theme_id is not None:
        ref, source = (
            PointRef("theme", row.theme_id),
            get_row(db, Theme, row.theme_id, "theme").title,
        )
    elif row.action_id is not None:
        action = get_row(db, Action, row.action_id, "action")
        ref, source = PointRef("action", row.action_id), action.title
    else:
        ref, source = PointRef("message", row.id), ""
    return EasyReadPointView(
        ref, PointKind(row.kind), source, row.text, row.text_cy, row.symbol, row.picture_id
    )


def _points(db: OrmSession, session_id: int) -> list[EasyReadPointView]:
    """Key messages (themes in board order, then own messages), then actions."""
    stored = db.scalars(
        select(EasyReadPoint)
        .where(EasyReadPoint.session_id == session_id)
        .order_by(EasyReadPoint.position, EasyReadPoint.id)
    ).all()
    by_theme = {r.theme_id: r for r in stored if r.theme_id is not None}
    by_action = {r.action_id: r for r in stored if r.action_id is not None}
    views: list[EasyReadPointView] = []
    themes = db.scalars(select(Theme).where(Theme.session_id == session_id).order_by(Theme.id))
    for theme in themes:
        row = by_theme.get(theme.id)
        views.append(
            EasyReadPointView(
                PointRef("theme", theme.id),
                PointKind.MESSAGE,
                theme.title,
                row.text if row else "",
                row.text_cy if row else "",
                row.symbol if row else "",
                row.picture_id if row else None,
            )
        )
    for row in stored:
        if row.theme_id is None and row.action_id is None:
            views.append(_point_view(db, row))
    actions = db.scalars(select(Action).where(Action.session_id == session_id).order_by(Action.id))
    for action in actions:
        row = by_action.get(action.id)
        views.append(
            EasyReadPointView(
                PointRef("action", action.id),
                PointKind.ACTION,
                action.title,
                row.text if row else "",
                row.text_cy if row else "",
                row.symbol if row else "",
                row.picture_id if row else None,
            )
        )
    return views


__all__ = ["EasyReadService"]
