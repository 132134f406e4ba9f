"""You said, we did: each earlier action's due date, and a flag on those past it (Welsh too)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from exports.editions import edition_options
from exports.html import render_html
from exports.pdf import write_pdf
from workshop.services import Services


def test_earlier_actions_show_their_due_date_and_whether_overdue(
    services: Services, tmp_path: Path
) -> None:
    workshop = services.workshops.create("Repairs", organisation="Riverside Council")
    earlier = services.sessions.create(workshop.id, "First", date="2020-01-10", columns=["Ideas"])
    late = services.actions.create(earlier.id, "Fix the lift", due="2020-02-01", status="agreed")
    services.actions.create(earlier.id, "Plan the garden", due="2099-05-01", status="agreed")
    done = services.actions.create(earlier.id, "Mend the door", due="2020-01-20", status="agreed")
    services.actions.add_update(done.id, None, "Mended.", date="2020-01-19", status="done")
    later = services.sessions.create(workshop.id, "Second", date="2020-03-01", columns=["Ideas"])
    snapshot = services.sessions.record(later.id)
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in pypdf.PdfReader(
            write_pdf(snapshot, tmp_path / "r.pdf", edition_options(snapshot))
        ).pages
    )
    assert "1 Feb 2020 Overdue" in text and "1 May 2099 Overdue" not in text
    assert text.count("Overdue") == 1  # a done action is never overdue
    assert late.title in text
    welsh = render_html(snapshot, edition_options(snapshot, language="cy"))
    assert "Hwyr" in welsh and "Overdue" not in welsh
