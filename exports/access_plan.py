"""Writes a session's access plan as PDF or HTML, for the organisers or (without names) the venue.

The organisers' copy lists each person's needs by name: it holds special-category data and says
so on every page. The venue's copy has what to book and set up, and no names or free text.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from exports import fonts
from exports.html import text as html_text
from exports.pdf import NAVY, RULE, ZEBRA, own, styles, user
from exports.record_content import long_date
from workshop.access import ACCESS_NEED_LABELS, AccessNeedKind, AccessPlan, BookingView
from workshop.files import NOTHING_PROTECTED, RecordFiles, atomic_output, check_output

ORGANISERS_NOTICE = (
    "Organisers' copy. It names people and their access needs, which are special-category "
    "personal data: keep it safe, do not pass it on, and destroy it after the session."
)
VENUE_NOTICE = "Venue copy: what to book and set up. It names nobody."
DRAFTED = "Made by the Co-design Workshop app on {date}."


def _label(kind: str) -> str:
    return ACCESS_NEED_LABELS[AccessNeedKind(kind)]


def _clock(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def _status(booking: BookingView, today: dt.date) -> str:
    if booking.done:
        return "Done"
    if booking.is_late(today):
        return "Late: not done"
    return "To do"


def _for_whom(booking: BookingView) -> str:
    people = "1 person" if booking.people == 1 else f"{booking.people} people"
    if booking.details:
        return f"{people}: {'; '.join(booking.details)}"
    return people


def _need_line(kind: str, detail: str) -> str:
    return f"{_label(kind)}: {detail}" if detail else _label(kind)


# ----- PDF -----------------------------------------------------------------------------------


def _table(rows: list[list[Any]], widths: list[float], extra: list[tuple[Any, ...]]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands + extra))
    return table


def _head(*labels: str) -> list[Paragraph]:
    return [own(label, "head") for label in labels]


def build_story(plan: AccessPlan, today: dt.date) -> list[Flowable]:
    session = plan.session
    story: list[Flowable] = [
        own(f"Access plan: {session.title}", "h1"),
        own(
            f"{long_date(session.date)}"
            + (f", {session.venue}" if session.venue else "")
            + f". {plan.workshop_title}.",
        ),
        own(VENUE_NOTICE if plan.for_venue else ORGANISERS_NOTICE, "muted"),
        Spacer(1, 6),
        own("What to book and prepare", "h2"),
    ]
    if plan.bookings:
        rows: list[list[Any]] = [_head("What", "For", "Due by", "Status")]
        late = []
        for index, booking in enumerate(plan.bookings, 1):
            rows.append(
                [
                    own(booking.task, "cell"),
                    user(_for_whom(booking), "cell"),
                    own(long_date(booking.due_by), "cell"),
                    own(_status(booking, today), "cell_bold"),
                ]
            )
            if booking.is_late(today):
                late.append(("TEXTCOLOR", (3, index), (3, index), colors.HexColor("#B00020")))
        story.append(_table(rows, [70 * mm, 50 * mm, 28 * mm, 22 * mm], late))
        story.append(
            own(
                f"Interpreters, lipspeakers and reporters are due {plan.interpreter_weeks} weeks "
                "before the session.",
                "muted",
            )
        )
    else:
        story.append(own("Nobody coming has told us of an access need yet."))
    story.append(own("Room set-up", "h2"))
    if plan.room:
        story += [own(f"• {line}") for line in plan.room]
    else:
        story.append(own("No special set-up has been asked for."))
    story.append(own("Agenda and breaks", "h2"))
    if plan.agenda:
        rows = [_head("Starts after", "Stage", "Minutes")]
        for line in plan.agenda:
            if line.break_before:
                rows.append([own(_clock(line.start_minute), "cell"), own("Break", "cell_bold"), ""])
            rows.append(
                [
                    own(_clock(line.start_minute), "cell"),
                    user(line.name, "cell"),
                    own(str(line.minutes), "cell"),
                ]
            )
        story.append(_table(rows, [30 * mm, 110 * mm, 30 * mm], []))
    else:
        story.append(own("The session has no agenda yet."))
    story.append(own("Copies to print", "h2"))
    copies = []
    if plan.large_print:
        copies.append(f"Large print: {len(plan.large_print)} ({'; '.join(plan.large_print)})")
    if plan.easy_read_copies:
        copies.append(f"Easy Read: {plan.easy_read_copies}")
    story += [own(f"• {line}") for line in copies] or [own("No large-print or Easy Read copies.")]
    if not plan.for_venue:
        story.append(own("Each person's needs", "h2"))
        if plan.people:
            rows = [_head("Name", "Needs (asked on, by)", "Notes")]
            for person in plan.people:
                needs = "\n".join(
                    f"{_need_line(n.kind, n.detail)} ({n.asked_on.isoformat()}, {n.asked_by})"
                    for n in person.needs
                )
                rows.append(
                    [
                        user(person.name, "cell"),
                        user(needs or "—", "cell"),
                        user(person.notes or "—", "cell"),
                    ]
                )
            story.append(_table(rows, [40 * mm, 80 * mm, 50 * mm], []))
        else:
            story.append(own("Nobody coming has told us of an access need yet."))
    story.append(Spacer(1, 10))
    story.append(own(DRAFTED.format(date=long_date(today)), "muted"))
    return story


def _footer(notice: str) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.BODY, 7.5)
        canvas.setFillColor(colors.HexColor("#4A4A4A"))
        canvas.drawString(20 * mm, 12 * mm, notice[:120])
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {document.page}")
        canvas.restoreState()

    return draw


def _atomic(target: Path, write: Callable[[str], None], protect: RecordFiles) -> Path:
    """Write through the one atomic writer: the record's own files refused, no half file left.

    The plan holds special-category data, so the file is private to the user.
    """
    with atomic_output(target, protect) as temporary:
        write(str(temporary))
    return target


def write_pdf(
    plan: AccessPlan,
    path: str | os.PathLike[str],
    today: dt.date,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    check_output(path, protect)
    styles()
    notice = (
        "Venue copy: no names." if plan.for_venue else "Organisers only: special-category data."
    )

    def write(temporary: str) -> None:
        document = SimpleDocTemplate(
            temporary,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=22 * mm,
            title=f"Access plan: {plan.session.title}",
            author="Co-design workshop",
            creator="Co-design workshop",
            initialFontName=fonts.BODY,
        )
        footer = _footer(notice)
        document.build(build_story(plan, today), onFirstPage=footer, onLaterPages=footer)

    return _atomic(Path(path), write, protect)


# ----- HTML ----------------------------------------------------------------------------------

_STYLE = """
html { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #1B1B1B; line-height: 1.5; }
body { max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
h1, h2 { color: #1F3A5F; }
table { border-collapse: collapse; width: 100%; }
th { background: #1F3A5F; color: #fff; text-align: left; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid #C9D1DB; vertical-align: top; }
.notice { border-left: .3rem solid #B00020; padding: .4rem .8rem; background: #FBEFF1; }
.late { color: #B00020; font-weight: bold; }
td.needs { white-space: pre-line; }
"""


def render_html(plan: AccessPlan, today: dt.date) -> str:
    session = plan.session
    where = f", {session.venue}" if session.venue else ""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Access plan: {escape(session.title)}</title>",
        f"<style>{_STYLE}</style></head><body><main>",
        f"<h1>Access plan: {html_text(session.title)}</h1>",
        f"<p>{escape(long_date(session.date))}{html_text(where)}. "
        f"{html_text(plan.workshop_title)}.</p>",
        f'<p class="notice">{escape(VENUE_NOTICE if plan.for_venue else ORGANISERS_NOTICE)}</p>',
        "<h2>What to book and prepare</h2>",
    ]
    if plan.bookings:
        parts.append(
            '<table><thead><tr><th scope="col">What</th><th scope="col">For</th>'
            '<th scope="col">Due by</th><th scope="col">Status</th></tr></thead><tbody>'
        )
        for booking in plan.bookings:
            css = ' class="late"' if booking.is_late(today) else ""
            parts.append(
                f"<tr><td>{escape(booking.task)}</td><td>{html_text(_for_whom(booking))}</td>"
                f"<td>{escape(long_date(booking.due_by))}</td>"
                f"<td{css}>{escape(_status(booking, today))}</td></tr>"
            )
        parts.append("</tbody></table>")
        parts.append(
            f"<p>Interpreters, lipspeakers and reporters are due {plan.interpreter_weeks} weeks "
            "before the session.</p>"
        )
    else:
        parts.append("<p>Nobody coming has told us of an access need yet.</p>")
    parts.append("<h2>Room set-up</h2>")
    if plan.room:
        parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in plan.room) + "</ul>")
    else:
        parts.append("<p>No special set-up has been asked for.</p>")
    parts.append("<h2>Agenda and breaks</h2>")
    if plan.agenda:
        parts.append(
            '<table><thead><tr><th scope="col">Starts after</th><th scope="col">Stage</th>'
            '<th scope="col">Minutes</th></tr></thead><tbody>'
        )
        for line in plan.agenda:
            if line.break_before:
                parts.append(
                    f"<tr><td>{_clock(line.start_minute)}</td><td><strong>Break</strong></td><td></td></tr>"
                )
            parts.append(
                f"<tr><td>{_clock(line.start_minute)}</td><td>{html_text(line.name)}</td>"
                f"<td>{line.minutes}</td></tr>"
            )
        parts.append("</tbody></table>")
    else:
        parts.append("<p>The session has no agenda yet.</p>")
    parts.append("<h2>Copies to print</h2>")
    copies = []
    if plan.large_print:
        copies.append(f"Large print: {len(plan.large_print)} ({'; '.join(plan.large_print)})")
    if plan.easy_read_copies:
        copies.append(f"Easy Read: {plan.easy_read_copies}")
    if copies:
        parts.append("<ul>" + "".join(f"<li>{html_text(c)}</li>" for c in copies) + "</ul>")
    else:
        parts.append("<p>No large-print or Easy Read copies.</p>")
    if not plan.for_venue:
        parts.append("<h2>Each person's needs</h2>")
        if plan.people:
            parts.append(
                '<table><thead><tr><th scope="col">Name</th><th scope="col">Needs (asked on, by)'
                '</th><th scope="col">Notes</th></tr></thead><tbody>'
            )
            for person in plan.people:
                needs = "\n".join(
                    f"{_need_line(n.kind, n.detail)} ({n.asked_on.isoformat()}, {n.asked_by})"
                    for n in person.needs
                )
                parts.append(
                    f"<tr><td>{html_text(person.name)}</td>"
                    f'<td class="needs">{html_text(needs or "—")}</td>'
                    f'<td class="needs">{html_text(person.notes or "—")}</td></tr>'
                )
            parts.append("</tbody></table>")
        else:
            parts.append("<p>Nobody coming has told us of an access need yet.</p>")
    parts.append(f"<p>{escape(DRAFTED.format(date=long_date(today)))}</p>")
    parts.append("</main></body></html>\n")
    return "\n".join(parts)


def write_html(
    plan: AccessPlan,
    path: str | os.PathLike[str],
    today: dt.date,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    check_output(path, protect)
    content = render_html(plan, today).encode("utf-8")

    def write(temporary: str) -> None:
        Path(temporary).write_bytes(content)

    return _atomic(Path(path), write, protect)
