"""Workshops: a series of sessions about one service."""

from __future__ import annotations

from sqlalchemy import select

from models.people import AuditEntry, Workshop
from workshop import validation
from workshop.services.base import Service, get_row
from workshop.services.convert import workshop_view
from workshop.views import WorkshopView

_TEXT_FIELDS = ("organisation", "service_area", "locality")


class WorkshopService(Service):
    def create(
        self,
        title: str,
        organisation: str = "",
        service_area: str = "",
        locality: str = "",
        retention_years: int = 2,
    ) -> WorkshopView:
        values = {
            "title": validation.title(title),
            "organisation": validation.optional_text(organisation, "organisation", 300),
            "service_area": validation.optional_text(service_area, "service_area", 300),
            "locality": validation.optional_text(locality, "locality", 300),
            "retention_years": validation.whole_number(
                retention_years, "retention_years", minimum=1, maximum=100
            ),
        }
        with self._db.unit_of_work() as db:
            row = Workshop(**values)
            db.add(row)
            db.flush()
            view = workshop_view(db, row)
        self._events.workshop_added.emit(view)
        self._publish_saved()
        return view

    def update(self, workshop_id: int, **fields: object) -> WorkshopView:
        with self._db.unit_of_work() as db:
            row = get_row(db, Workshop, workshop_id, "workshop")
            for name, value in fields.items():
                if name == "title":
                    row.title = validation.title(value)
                elif name in _TEXT_FIELDS:
                    setattr(row, name, validation.optional_text(value, name, 300))
                elif name == "retention_years":
                    row.retention_years = validation.whole_number(
                        value, name, minimum=1, maximum=100
                    )
                else:
                    raise TypeError(f"Workshops have no field {name!r}")
            db.flush()
            view = workshop_view(db, row)
        self._events.workshop_changed.emit(view)
        self._publish_saved()
        return view

    def delete(self, workshop_id: int, *, reason: str = "deleted") -> None:
        """Delete a workshop and everything in it; the audit log keeps only that it happened."""
        with self._db.unit_of_work() as db:
            row = get_row(db, Workshop, workshop_id, "workshop")
            db.delete(row)
            db.add(AuditEntry(event=f"workshop_{reason}", workshop_id=workshop_id))
        self._events.workshop_removed.emit(workshop_id)
        self._publish_saved()

    def get(self, workshop_id: int) -> WorkshopView:
        with self._db.read() as db:
            return workshop_view(db, get_row(db, Workshop, workshop_id, "workshop"))

    def list(self) -> list[WorkshopView]:
        with self._db.read() as db:
            rows = db.scalars(select(Workshop).order_by(Workshop.id)).all()
            return [workshop_view(db, row) for row in rows]
