"""The demo shows an organiser what the app does before and after a session."""

from __future__ import annotations

import datetime as dt

from workshop.demo import create_demo
from workshop.services import Services


def test_demo_has_asked_needs_a_bsl_booking_and_paid_declined_and_owed_payments(
    services: Services,
) -> None:
    ids = create_demo(services, first_date=dt.date(2026, 10, 1))
    first, second = (session_id for session_id, _title in ids.sessions)
    people = {p.name: p.id for p in services.participants.list(ids.workshop)}
    iwan = services.access.register(people["Iwan Jones"])
    assert [n.kind for n in iwan.needs] == ["bsl_interpreter", "contact_format"]
    assert all(n.asked_by and n.asked_on < dt.date(2026, 10, 1) for n in iwan.needs)
    plan = services.access.plan(second)
    bsl = next(b for b in plan.bookings if b.kind == "bsl_interpreter")
    assert bsl.done and bsl.due_by == dt.date(2026, 10, 1)  # six weeks before 12 November
    assert services.access.warnings(second, today=dt.date(2026, 11, 10)) == []
    payments = services.payments.for_workshop(ids.workshop)
    statuses = {(p.session_id, services.payments.payee(p)): p.status for p in payments}
    assert statuses[(first, "Maureen Ellis")] == "paid"
    assert statuses[(first, "Gwen Price")] == "paid"  # declined the money, refunded her fare
    assert [p.method for p in payments if p.session_id == first].count("declined") == 1
    assert sorted(name for (sid, name), status in statuses.items() if status == "owed") == [
        "Iwan Jones",
        "Maureen Ellis",
        "Tariq Hussain",
    ]
    assert all(sid == second for (sid, _n), s in statuses.items() if s == "owed")
    assert services.payments.settings(ids.workshop).offer.startswith("Everyone was offered £25")
    # Owed from the second session: the alert on opening lists them once 30 days have passed.
    assert services.payments.overdue(today=dt.date(2026, 12, 12)) == []
    assert len(services.payments.overdue(today=dt.date(2026, 12, 13))) == 3
