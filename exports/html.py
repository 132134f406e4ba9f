"""Writes a session record as one self-contained, accessible HTML file (the PDF's twin)."""

from __future__ import annotations

import base64
import datetime as dt
import os
import unicodedata
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path

from exports import count_sentences
from exports.board_drawing import ROLE_CUES, role_cue
from exports.charts import describe, voice_svg
from exports.html_fonts import font_faces
from exports.record_content import (
    AIMS_SENTENCE,
    Contribution,
    CountLine,
    RecordContent,
    aim_text,
    build_content,
    option_words,
    reading_order,
    signals_sentence,
    stated_level,
    table_summary,
)
from exports.record_options import (
    SECTION_TITLES,
    Progress,
    RecordOptions,
    Section,
    check_cancelled,
)
from exports.wording import in_wording, say, say_with
from workshop.feedback import SCALE, SUPPRESS_BELOW, suppressed
from workshop.files import NOTHING_PROTECTED, RecordFiles, atomic_output, check_output
from workshop.views import PictureData, RecordSnapshot

__all__ = ["render_html", "write_html"]

_ANCHORS: dict[Section, str] = {section: section.value.replace("_", "-") for section in Section}

# Scripts whose language is unambiguous enough to declare (WCAG 3.1.2, language of parts).
_URDU_ONLY = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c2\u06d2\u06d3")


def language_hint(text: str) -> str | None:
    """A language for text written wholly in one telling script, else None (inherit)."""
    scripts = set()
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("ARABIC"):
            scripts.add("ur" if char in _URDU_ONLY else "ar")
        elif name.startswith("BENGALI"):
            scripts.add("bn")
        elif name.startswith("GREEK"):
            scripts.add("el")
        elif name.startswith("CJK"):
            scripts.add("zh")
        else:
            return None
    if scripts == {"ar", "ur"}:
        return "ur"
    return scripts.pop() if len(scripts) == 1 else None


def text(value: str, tag: str = "span", css: str = "", lang: str | None = None) -> str:
    """User text, escaped, its direction left to the browser, with a language where clear.

    `lang` is the language the text is known (or detected) to be in; without it, only a script
    that names its language on its own gives one.
    """
    lang = lang or language_hint(value)
    attributes = ' dir="auto"'
    if lang:
        attributes += f' lang="{escape(lang)}"'
    if css:
        attributes += f' class="{css}"'
    return f"<{tag}{attributes}>{escape(value)}</{tag}>"


STYLE = """
:root { --navy: #1F3A5F; --accent: #236B52; --ink: #1B1B1B; --muted: #4A4A4A;
  --rule: #C9D1DB; --zebra: #F4F6F9; --pale: #E8EEF5; --draft: #B00020; }
* { box-sizing: border-box; }
html { font-family: "Record Body", "Noto Sans", "Segoe UI", Arial, "Record Arabic",
  "Record Bengali", "Record CJK", "Record Symbols", sans-serif; color: var(--ink);
  background: #fff; line-height: 1.5; }
body { margin: 0; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: 1rem; z-index: 10; }
a { color: var(--navy); }
a:focus, a:hover { outline: 3px solid #FFBF47; outline-offset: 2px; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem 3rem; }
header.cover { background: var(--navy); color: #fff; padding: 2rem 1.25rem; }
header.cover .wrap { padding-bottom: 0; }
header.cover h1 { font-size: 2rem; margin: .25rem 0 .5rem; line-height: 1.2; }
header.cover p { margin: .2rem 0; }
.org { font-weight: bold; }
.session { font-size: 1.3rem; }
.status { border-left: 6px solid var(--accent); background: var(--pale); padding: .6rem 1rem;
  margin: 1.25rem 0; }
.status.draft { border-left-color: var(--draft); }
.status strong.mark { color: var(--draft); letter-spacing: .1em; }
h2 { color: var(--navy); font-size: 1.5rem; margin: 2.2rem 0 .6rem;
  border-bottom: 2px solid var(--rule); padding-bottom: .2rem; }
h3 { color: var(--navy); font-size: 1.15rem; margin: 1.4rem 0 .4rem; }
h4 { color: var(--accent); font-size: 1rem; margin: 1rem 0 .3rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; color: var(--ink); }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem;
  border-bottom: 1px solid var(--rule); }
thead th { background: var(--navy); color: #fff; }
tbody tr:nth-child(even) { background: var(--zebra); }
td.num, th.num { text-align: right; }
td > p:first-child { margin-top: 0; }
.muted { color: var(--muted); font-size: .9rem; }
.user { white-space: pre-wrap; }
.stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .3rem;
  list-style: none; padding: 0; }
.stats li { background: var(--pale); text-align: center; padding: .8rem .4rem; }
.stats strong { display: block; font-size: 1.8rem; color: var(--navy); }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
@media (max-width: 40rem) { .pair { grid-template-columns: 1fr; } }
.board { display: flex; gap: .8rem; overflow-x: auto; padding-bottom: .5rem; }
.lane { background: #F2F4F7; border: 1px solid var(--rule); border-radius: 6px;
  padding: .5rem; min-width: 14rem; flex: 1; }
.lane h3 { font-size: 1rem; margin: .2rem 0 .5rem; }
.lane ul { list-style: none; padding: 0; margin: 0; }
.note { background: #FFF6CC; border: 1px solid #B8A44C; border-left-width: 6px;
  padding: .35rem .45rem; margin-bottom: .45rem; font-size: .9rem; }
.note .meta { display: block; color: var(--muted); font-size: .8rem; margin-top: .2rem; }
.note .theme { display: block; color: #4B3B7A; font-weight: bold; font-size: .8rem; }
.badge { display: inline-block; min-width: 1.3em; border-radius: 50%; color: #fff;
  text-align: center; font-weight: bold; font-size: .75rem; margin-right: .3rem; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: middle;
  margin-right: .3rem; }
.chart { max-width: 100%; height: auto; }
nav.toc ol { columns: 2; }
.facts { display: grid; grid-template-columns: 12rem 1fr; margin: 0; }
.facts dt { font-weight: bold; padding: .35rem 0; border-bottom: 1px solid var(--rule); }
.facts dd { margin: 0; padding: .35rem 0; border-bottom: 1px solid var(--rule); }
@media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } }
[lang="ur"] { font-family: "Record Urdu", "Noto Nastaliq Urdu", "Record Body", sans-serif; }
.watermark { display: none; }
.restricted { background: var(--draft); color: #fff; font-weight: bold; text-align: center;
  padding: .4rem 1rem; margin: 0; letter-spacing: .05em; }
figure.quote { margin: .6rem 0 .9rem; padding-left: .9rem; border-left: 3px solid var(--rule); }
figure.quote blockquote { margin: 0; font-size: 1.1rem; }
figure.quote figcaption { color: var(--muted); font-size: .9rem; }
.overdue { color: var(--draft); }
.merged { border-left: 4px solid var(--navy); background: var(--pale); padding: .5rem .8rem; }
@media print {
  .restricted { position: fixed; top: 0; left: 0; right: 0; }
  html { font-size: 10pt; }
  .skip, nav.toc { display: none; }
  header.cover { background: none; color: var(--ink); border-bottom: 3px solid var(--navy); }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  h3, h4 { break-after: avoid; }
  tr, .note { break-inside: avoid; }
  section.board-section { break-before: page; }
  .board { flex-wrap: wrap; overflow: visible; }
  .watermark { display: block; position: fixed; top: 40%; left: 0; right: 0;
    text-align: center; font-size: 8rem; font-weight: bold; color: rgba(176, 0, 32, .08);
    transform: rotate(-30deg); z-index: -1; }
}
"""


def _table(
    caption: str,
    headers: Iterable[tuple[str, bool]],
    rows: Iterable[Iterable[tuple[str, bool]]],
    *,
    row_header: bool = True,
) -> str:
    """A table with a caption and column headers; cells are (html, numeric) pairs."""
    out = [f"<table><caption>{escape(say(caption))}</caption><thead><tr>"]
    for label, numeric in headers:
        css = ' class="num"' if numeric else ""
        out.append(f'<th scope="col"{css}>{escape(say(label))}</th>')
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for index, (cell, numeric) in enumerate(row):
            css = ' class="num"' if numeric else ""
            if index == 0 and row_header:
                out.append(f'<th scope="row"{css}>{cell}</th>')
            else:
                out.append(f"<td{css}>{cell}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


# Printed at the top of every page of the participants' edition.
NOT_FOR_PUBLICATION = "Not for publication: for the people who took part."


def _own(tag: str, words: str) -> str:
    """One element of the record's own words, in the record's wording."""
    return f"<{tag}>{escape(say(words))}</{tag}>"


def _section(section: Section, body: str, css: str = "") -> str:
    anchor = _ANCHORS[section]
    extra = f' class="{css}"' if css else ""
    return (
        f'<section id="{anchor}" aria-labelledby="{anchor}-h"{extra}>'
        f'<h2 id="{anchor}-h">{escape(say(SECTION_TITLES[section]))}</h2>{body}</section>'
    )


def _cover(content: RecordContent) -> str:
    items = [
        f"<dt>{escape(f.label)}</dt>"
        f"<dd>{text(f.value, css='user') if f.user_text else escape(f.value)}</dd>"
        for f in content.facts
    ]
    merged = f'<p class="merged">{escape(content.merged_note)}</p>' if content.merged_note else ""
    return _section(Section.COVER, f'<dl class="facts">{"".join(items)}</dl>{merged}')


def _arrangements(content: RecordContent) -> str:
    offer = text(content.payment_offer, "p", "user") if content.payment_offer.strip() else ""
    if content.arrangements.strip():
        body = offer + text(content.arrangements, "p", "user")
    elif offer:
        body = offer
    else:
        body = _own("p", "No access or reimbursement arrangements were recorded for this session.")
    return _section(Section.ARRANGEMENTS, body)


def _contribution(c: Contribution) -> str:
    who = text(c.contributor)
    return (
        f'{text(c.text, "span", "user", c.language)}<br><span class="muted">{c.ref} · {who}</span>'
    )


def _heard(content: RecordContent) -> str:
    """The written summary and the quotes chosen for it."""
    out = []
    if content.written_summary.strip():
        out.append(_own("h3", "What we heard"))
        out += [
            text(part, "p", "user")
            for part in content.written_summary.split("\n\n")
            if part.strip()
        ]
    if content.quotes:
        out.append(_own("h3", "In people's words"))
        for c in content.quotes:
            out.append(
                f'<figure class="quote"><blockquote dir="auto">{text(c.text, lang=c.language)}'
                "</blockquote>"
                f"<figcaption>{escape(c.ref)} · {text(c.contributor)}</figcaption></figure>"
            )
    return "".join(out)


def _summary(content: RecordContent) -> str:
    stats = [
        (n, count_sentences.stat_label(kind, n))
        for kind, n in (
            ("people", content.attendee_count),
            ("contributions", len(content.contributions)),
            ("votes", content.total_votes),
            ("actions", len(content.actions)),
        )
    ]
    out = [_heard(content), '<ul class="stats">']
    out += [f"<li><strong>{n}</strong> {escape(label)}</li>" for n, label in stats]
    out.append("</ul>" + _own("h3", "Who took part, by role"))
    if content.attendance_by_role:
        out.append(
            _table(
                "People who took part, by role",
                [("Role", False), ("People", True)],
                [
                    ((escape(c.label), False), (str(c.count), True))
                    for c in content.attendance_by_role
                ],
            )
        )
    else:
        out.append(_own("p", "Attendance was not recorded for this session."))
    b = content.balance
    out.append(_own("h3", "Citizen voice and professional voice"))
    out.append(
        _own(
            "p",
            "Contributions and votes from people with lived experience, carers and community "
            "members (the citizen voice), compared with those from professionals.",
        )
    )
    out.append(
        f"<figure>{voice_svg(b)}"
        f'<figcaption class="muted">{escape(describe(b))}</figcaption></figure>'
    )
    out.append(
        _table(
            "The chart's figures",
            [("", False), ("Citizen voice", True), ("Professional voice", True)],
            [
                (
                    (escape(say("Notes written")), False),
                    (str(b.citizen_notes), True),
                    (str(b.professional_notes), True),
                ),
                (
                    (escape(say("Votes cast")), False),
                    (str(b.citizen_votes), True),
                    (str(b.professional_votes), True),
                ),
            ],
        )
    )
    threshold = content.board.session.voice_threshold
    if b.professionals_dominate(threshold):
        out.append(
            "<p><strong>"
            + escape(count_sentences.professional_share_warning(b.professional_share, threshold))
            + "</strong></p>"
        )
    out.append(_own("h3", "Top priorities"))
    if content.top_priorities:
        out.append(
            _table(
                "The contributions with the most votes",
                [("Rank", True), ("Contribution", False), ("Votes", True)],
                [
                    ((str(i), True), (_contribution(c), False), (str(c.votes), True))
                    for i, c in enumerate(content.top_priorities, start=1)
                ],
            )
        )
    else:
        out.append(_own("p", "No votes were cast in this session."))
    return _section(Section.SUMMARY, "".join(out))


def _board(content: RecordContent, options: RecordOptions) -> str:
    board = content.board
    roles = [r for r in ROLE_CUES if any(n.role == r for n in board.notes)]
    out = [
        "<p>"
        + escape(count_sentences.board_overview(len(board.columns), len(content.contributions)))
        + "</p>",
        '<ul class="legend" aria-label="Key to role badges">',
    ]
    seen = set()
    for role in roles:
        cue = role_cue(role, options.merged_roles)
        if cue.letter in seen:
            continue
        seen.add(cue.letter)
        out.append(
            f'<li><span class="badge" style="background:{cue.colour}" aria-hidden="true">'
            f"{cue.letter}</span>{escape(say(cue.label))}</li>"
        )
    out.append('</ul><div class="board">')
    themes = {t.id: t.title for t in board.themes}
    by_column: dict[int, list] = {}
    for note in board.notes:
        by_column.setdefault(note.column_id, []).append(note)
    contributions = {c.note.id: c for c in content.contributions}
    for column in board.columns:
        notes = reading_order(by_column.get(column.id, []))
        out.append(f'<div class="lane"><h3>{text(column.title)}</h3><ul>')
        for note in notes:
            c = contributions[note.id]
            cue = role_cue(note.role, options.merged_roles)
            theme = (
                f'<span class="theme">Theme: {text(themes[note.theme_id])}</span>'
                if note.theme_id in themes
                else ""
            )
            votes = f" · {escape(count_sentences.note_votes(c.votes))}" if c.votes else ""
            out.append(
                f'<li class="note" style="border-left-color:{cue.colour}">{theme}'
                f'<span class="badge" style="background:{cue.colour}" aria-hidden="true">'
                f"{cue.letter}</span>{text(c.text, css='user', lang=c.language)}"
                f'<span class="meta">{c.ref} · {text(c.contributor)}{votes}</span></li>'
            )
        out.append("</ul></div>")
    out.append("</div>")
    if content.drawings:
        out.append(_own("h3", "Flipcharts and drawings"))
        for drawing in content.drawings:
            out.append(
                f"<figure>{_picture(drawing, drawing.caption, 640)}"
                f"<figcaption>{text(drawing.caption)}</figcaption></figure>"
            )
    return _section(Section.BOARD, "".join(out), "board-section")


def _picture(picture: PictureData, alt: str, width: int) -> str:
    """A picture carried inside the page, so the record stays one self-contained file."""
    scale = min(1.0, width / max(picture.width, 1))
    data = base64.b64encode(picture.jpeg).decode("ascii")
    return (
        f'<br><img src="data:image/jpeg;base64,{data}" alt="{escape(alt)}" '
        f'width="{round(picture.width * scale)}" height="{round(picture.height * scale)}">'
    )


def _contributions(content: RecordContent, cancelled: Callable[[], bool] | None) -> str:
    out = [f"<p>{escape(count_sentences.all_contributions_intro(len(content.contributions)))}</p>"]
    for group in content.columns:
        check_cancelled(cancelled)
        out.append(f"<h3>{escape(say('Prompt:'))} {text(group.column.title)}</h3>")
        if not group.count:
            out.append(f'<p class="muted">{escape(say("No contributions under this prompt."))}</p>')
            continue
        for theme in group.groups:
            title = (
                text(theme.title) if theme.title is not None else say("Not grouped into a theme")
            )
            heading = f"{escape(say('Theme:'))} {title}" if theme.title is not None else title
            out.append(f"<h4>{heading}</h4>")
            rows = []
            for c in theme.contributions:
                body = text(c.text, css="user", lang=c.language)
                if c.picture is not None:
                    body += _picture(c.picture, say("The note as written on paper"), 160)
                if c.redacted:
                    body += (
                        f'<br><span class="muted">{escape(say("Edited for publication"))}</span>'
                    )
                rows.append(
                    (
                        (c.ref, False),
                        (body, False),
                        (text(c.contributor), False),
                        (str(c.votes or ""), True),
                    )
                )
            caption = (
                say_with(
                    "Contributions under {prompt}, theme {theme}",
                    prompt=group.column.title,
                    theme=theme.title,
                )
                if theme.title
                else say_with(
                    "Contributions under {prompt}, not grouped", prompt=group.column.title
                )
            )
            out.append(
                _table(
                    caption,
                    [
                        ("Ref", False),
                        ("Contribution", False),
                        ("Contributed by", False),
                        ("Votes", True),
                    ],
                    rows,
                )
            )
    return _section(Section.CONTRIBUTIONS, "".join(out))


def _votes(content: RecordContent) -> str:
    if not content.votes:
        return _section(Section.VOTES, _own("p", "No votes were cast in this session."))
    out = [
        "<p>"
        + escape(count_sentences.votes_intro(content.votes_per_person, content.total_votes))
        + "</p>",
    ]
    if content.hidden_voices_note:
        out.append(f"<p>{escape(content.hidden_voices_note)}</p>")
    out += [
        _own("h3", "Citizen voice and professional voice side by side"),
        '<div class="pair">',
    ]
    voices = (
        (
            "Citizen voice",
            "Citizen",
            content.citizen_top,
            "citizen_votes",
            content.citizen_votes_shown,
        ),
        (
            "Professional voice",
            "Professional",
            content.professional_top,
            "professional_votes",
            content.professional_votes_shown,
        ),
    )
    for label, _, items, key, shown in voices:
        rows = [((_contribution(c), False), (str(getattr(c, key)), True)) for c in items]
        if not shown:
            rows = [(("Too few to show separately.", False), ("", True))]
        elif not rows:
            rows = [((escape(say("No votes from this voice.")), False), ("", True))]
        out.append(
            _table(
                f"{label}: top priorities",
                [("Contribution", False), ("Votes", True)],
                rows,
                row_header=False,
            )
        )
    out.append("</div>" + _own("h3", "All results"))
    shown_voices = [(short, key) for _, short, _, key, shown in voices if shown]
    out.append(
        _table(
            "Votes for each contribution, overall and by voice",
            [("Rank", True), ("Contribution", False), ("All", True)]
            + [(short, True) for short, _ in shown_voices],
            [
                (
                    (str(i), True),
                    (_contribution(c), False),
                    (str(c.votes), True),
                    *((str(getattr(c, key)), True) for _, key in shown_voices),
                )
                for i, c in enumerate(content.votes, start=1)
            ],
        )
    )
    return _section(Section.VOTES, "".join(out))


def _actions(content: RecordContent) -> str:
    if not content.actions:
        return _section(Section.ACTIONS, _own("p", "No actions were agreed in this session."))
    rows = []
    for a in content.actions:
        cell = f"<strong>{text(a.title)}</strong>"
        if a.description.strip():
            cell += f"<br>{text(a.description, css='user')}"
        sources = [f"{s.ref} ({text(s.text)})" for s in a.sources]
        if a.withheld_sources:
            sources.append(escape(count_sentences.withheld_from_record(a.withheld_sources)))
        from_cell = "; ".join(sources) or escape(say("Not recorded"))
        rows.append(
            (
                (a.ref, False),
                (cell, False),
                (text(a.owner), False),
                (text(a.co_lead), False),
                (escape(a.due), False),
                (escape(a.status), False),
                (a.jointly_agreed, False),
                (from_cell, False),
                (
                    "".join(text(line, "p", "user") for line in a.since_then)
                    or escape(say("No change since.")),
                    False,
                ),
            )
        )
    table = _table(
        "Actions agreed or proposed in this session",
        [
            ("Ref", False),
            ("Action", False),
            ("Owner", False),
            ("Co-lead", False),
            ("Due", False),
            ("On the day", False),
            ("Jointly agreed", False),
            ("From contributions", False),
            ("Since then", False),
        ],
        rows,
    )
    intro = _own(
        "p",
        "What the group agreed to do, who leads it, and which contributions it came from. "
        "“Jointly agreed” means people with lived experience and professionals both agreed it. "
        "The status is as agreed on the day; later progress is under “Since then”.",
    )
    return _section(Section.ACTIONS, intro + table)


def _you_said(content: RecordContent) -> str:
    if not content.progress:
        return _section(
            Section.YOU_SAID, _own("p", "There were no actions from earlier sessions to report on.")
        )
    out = [
        _own(
            "p",
            "Progress on the actions agreed at earlier sessions, including those that could not "
            "be done and why.",
        )
    ]
    sessions: dict[str, list] = {}
    for row in content.progress:
        sessions.setdefault(row.session, []).append(row)
    for session, rows in sessions.items():
        out.append(f"<h3>{escape(say('From:'))} {text(session)}</h3>")
        table_rows = []
        for row in rows:
            agreed = [f"<strong>{text(row.title)}</strong>"]
            agreed += [
                f'<p class="muted">{escape(say("You said:"))} “{text(said)}” — {text(who)}</p>'
                for said, who in row.you_said
            ]
            if row.withheld_sources:
                agreed.append(
                    '<p class="muted">'
                    + escape(count_sentences.withheld_sources(row.withheld_sources))
                    + "</p>"
                )
            happened = [
                f"<p><strong>{escape(say('Status now:'))} {escape(row.status)}</strong></p>"
            ]
            happened += [f"<p>{text(u.line, css='user')}</p>" for u in row.updates]
            if row.reason_to_show is not None:
                happened.append(
                    f"<p><strong>{escape(say('Why it could not be done:'))}</strong> "
                    f"{text(row.reason_to_show)}</p>"
                )
            if not row.updates and row.reason_to_show is None:
                happened.append(_own("p", "No progress reported yet."))
            due = escape(row.due) + (
                f' <strong class="overdue">{escape(say("Overdue"))}</strong>' if row.overdue else ""
            )
            table_rows.append(
                (
                    ("".join(agreed), False),
                    (f"{text(row.owner)}<br>{escape(say('Co-lead:'))} {text(row.co_lead)}", False),
                    (due, False),
                    (escape(row.jointly_agreed), False),
                    ("".join(happened), False),
                )
            )
        out.append(
            _table(
                say_with("Actions from {session}", session=session),
                [
                    ("What was agreed", False),
                    ("Owner and co-lead", False),
                    ("Due", False),
                    ("Jointly agreed", False),
                    ("What happened", False),
                ],
                table_rows,
            )
        )
    return _section(Section.YOU_SAID, "".join(out))


def _next_steps(content: RecordContent) -> str:
    items = [
        f"<dt>{escape(f.label)}</dt>"
        f"<dd>{text(f.value, css='user') if f.user_text else escape(f.value)}</dd>"
        for f in content.next_steps
    ]
    thanks = _own(
        "p", "Thank you to everyone who gave their time and their experience to this session."
    )
    return _section(Section.NEXT_STEPS, f'<dl class="facts">{"".join(items)}</dl>{thanks}')


def _count_table(caption: str, first: str, lines: tuple[CountLine, ...]) -> str:
    return _table(
        caption,
        [(first, False), ("People", True)],
        [((escape(c.label), False), (str(c.count), True)) for c in lines],
    )


def _attendance_more(content: RecordContent) -> str:
    out = []
    if content.attendance_by_voice:
        out.append(_own("h3", "Who took part, by voice"))
        out.append(
            _count_table("People who took part, by voice", "Voice", content.attendance_by_voice)
        )
    if content.apologies_by_role:
        out.append(_own("h3", "Sent apologies"))
        out.append(
            _count_table("People who sent apologies, by role", "Role", content.apologies_by_role)
        )
    if content.absent_by_role:
        out.append(_own("h3", "Registered but did not come"))
        out.append(_count_table("People who did not come, by role", "Role", content.absent_by_role))
    out.append(_own("h3", "Who was missing"))
    out.append(
        text(content.gaps, "p", "user")
        if content.gaps.strip()
        else _own("p", "No gaps were noted.")
    )
    return "".join(out)


def _attendance(content: RecordContent) -> str:
    if not content.attendee_count:
        return _section(
            Section.ATTENDANCE,
            _own("p", "Attendance was not recorded for this session.") + _attendance_more(content),
        )
    out = ["<p>" + escape(count_sentences.people_took_part(content.attendee_count)) + "</p>"]
    if content.named_attendees:
        out.append(_own("h3", "Named with their agreement") + "<ul>")
        out += [f"<li>{text(name)}</li>" for name in content.named_attendees]
        out.append("</ul>")
    if content.unnamed_by_role:
        out.append(_own("h3", "Others who took part, by role"))
        out.append(
            _table(
                "Others who took part, counted by role",
                [("Role", False), ("People", True)],
                [((escape(c.label), False), (str(c.count), True)) for c in content.unnamed_by_role],
            )
        )
    out.append(_attendance_more(content))
    return _section(Section.ATTENDANCE, "".join(out))


def _feedback(content: RecordContent) -> str:
    summary = content.feedback
    if summary is None:
        return _section(Section.FEEDBACK, _own("p", "Nobody gave feedback at this session."))
    if suppressed(summary.respondents):
        return _section(
            Section.FEEDBACK,
            f"<p>{escape(count_sentences.fewer_than_answered(SUPPRESS_BELOW, 'questions'))}</p>",
        )
    respondents = count_sentences.feedback_respondents(summary.respondents, summary.from_cards)
    out = [f"<p>{escape(respondents)}</p>"]
    scales = [q for q in summary.questions if q.kind == "scale"]
    if scales:
        rows = []
        for question in scales:
            if question.suppressed:
                cells = [("", True)] * len(SCALE) + [("fewer than 5", True)]
            else:
                cells = [(str(c.count), True) for c in question.counts]
                cells.append((str(question.answered), True))
            rows.append([(text(question.text), False), *cells])
        out.append(
            _table(
                "How many people chose each answer",
                [
                    ("Question", False),
                    *((escape(option_words(o)), True) for o in SCALE),
                    ("Answered", True),
                ],
                rows,
            )
        )
    ladder = summary.ladder
    if ladder is not None and summary.stated_rung is not None:
        out.append(_own("h3", "How involved people felt"))
        out.append(f"<p>{escape(stated_level(summary.stated_rung))}</p>")
        if ladder.suppressed:
            out.append(_fewer_than_answered())
        else:
            rows = [
                [
                    (escape(c.label), False),
                    (str(c.count), True),
                    (escape(say("stated")) if c.value == summary.stated_rung.value else "", False),
                ]
                for c in ladder.counts
            ]
            out.append(
                _table(
                    ladder.text,
                    [("Answer", False), ("People", True), ("Stated level", False)],
                    rows,
                )
            )
    for question in summary.questions:
        if question.kind != "text":
            continue
        out.append(f"<h3>{text(question.text)}</h3>")
        if question.suppressed:
            out.append(_fewer_than_answered())
        else:
            out.append("<ul>" + "".join(f"<li>{text(c)}</li>" for c in question.comments) + "</ul>")
    return _section(Section.FEEDBACK, "".join(out))


def _who_we_heard_from(content: RecordContent) -> str:
    out = [
        _own(
            "p",
            "People could answer a few equality monitoring questions with their feedback. "
            "The answers are kept apart from everything else and cannot be linked to anyone.",
        )
    ]
    summary = content.feedback
    asked = summary.monitoring if summary is not None else ()
    if not any(question.answered for question in asked):
        out.append(_own("p", "Nobody answered the equality monitoring questions at this session."))
        return _section(Section.WHO_WE_HEARD_FROM, "".join(out))
    aims = content.reach_targets
    if aims:
        out.append(_own("p", AIMS_SENTENCE))
    for question in asked:
        out.append(f"<h3>{escape(question.text)}</h3>")
        if question.suppressed:
            out.append(_fewer_than_answered())
            continue
        aimed = any((question.id, c.value) in aims for c in question.counts)
        heads = [("Answer", False), ("People", True), ("Share", True)]
        if aimed:
            heads.append(("Workshop's aim", True))
        rows = []
        for c in question.counts:
            row = [(escape(c.label), False), (str(c.count), True), (f"{c.percent}%", True)]
            if aimed:
                aim = aims.get((question.id, c.value))
                row.append((escape(aim_text(aim)) if aim is not None else "", True))
            rows.append(row)
        out.append(_table(question.text, heads, rows))
    return _section(Section.WHO_WE_HEARD_FROM, "".join(out))


def _fewer_than_answered() -> str:
    return f"<p>{escape(count_sentences.fewer_than_answered(SUPPRESS_BELOW, 'question'))}</p>"


def _tables(content: RecordContent) -> str:
    """A part per table (its voices, its notes by prompt, what it took back), then the plenary."""
    if not content.tables:
        return _section(
            Section.TABLES, _own("p", "The session worked as one group; it had no tables.")
        )
    out = [f"<p>{escape(count_sentences.tables_intro(len(content.tables)))}</p>"]
    for table in content.tables:
        out.append(f"<h3>{escape(say('Table:'))} {text(table.name)}</h3>")
        out.append(f"<p>{escape(table_summary(table))}</p>")
        for prompt, notes in table.columns:
            out.append(f"<h4>{escape(say('Prompt:'))} {text(prompt)}</h4>")
            out.append(
                _table(
                    say_with(
                        "Contributions at {table} under {prompt}", table=table.name, prompt=prompt
                    ),
                    [
                        ("Ref", False),
                        ("Contribution", False),
                        ("Contributed by", False),
                        ("Plenary", False),
                    ],
                    [
                        (
                            (c.ref, False),
                            (text(c.text, css="user", lang=c.language), False),
                            (text(c.contributor), False),
                            (escape(say("To the plenary")) if c.note.harvested else "", False),
                        )
                        for c in notes
                    ],
                )
            )
    out.append(_own("h3", "The plenary"))
    if not content.plenary:
        out.append(_own("p", "No table's contributions were taken to the plenary."))
    else:
        out.append(f"<p>{escape(count_sentences.plenary_intro(len(content.plenary)))}</p>")
        out.append(
            _table(
                "Contributions taken to the plenary, with their tables",
                [
                    ("Ref", False),
                    ("Contribution", False),
                    ("From the table", False),
                    ("Votes", True),
                ],
                [
                    (
                        (c.ref, False),
                        (text(c.text, css="user", lang=c.language), False),
                        (text(c.table or ""), False),
                        (str(c.votes or ""), True),
                    )
                    for c in content.plenary
                ],
            )
        )
    return _section(Section.TABLES, "".join(out))


def _glossary(content: RecordContent) -> str:
    out = [f"<p>{escape(signals_sentence(content.signal_counts))}</p>"]
    if not content.glossary:
        out.append(_own("p", "No words were written in the glossary at this session."))
    else:
        out.append("<dl>")
        out += [
            f"<dt>{text(term)}</dt><dd>{text(meaning)}</dd>" for term, meaning in content.glossary
        ]
        out.append("</dl>")
    return _section(Section.GLOSSARY, "".join(out))


def _stay_in_touch(content: RecordContent) -> str:
    if not content.contacts:
        return _section(
            Section.STAY_IN_TOUCH, _own("p", "Nobody asked for their contact details to be shared.")
        )
    rows = [
        ((text(c.name), False), (text(c.organisation), False), (text(c.contact), False))
        for c in content.contacts
    ]
    intro = _own(
        "p", "These people agreed to share their contact details with everyone who took part."
    )
    table = _table(
        "Contact details shared with agreement",
        [("Name", False), ("Organisation", False), ("Contact", False)],
        rows,
    )
    return _section(Section.STAY_IN_TOUCH, intro + table)


def _method(content: RecordContent) -> str:
    out = [f"<p>{escape(line)}</p>" for line in content.method]
    if content.stages:
        out.append(_own("h3", "Agenda"))
        out.append(
            _table(
                "The session's agenda",
                [("Stage", False), ("What people did", False), ("Time", True)],
                [
                    ((text(n), False), (escape(k), False), (escape(m), True))
                    for n, k, m in content.stages
                ],
            )
        )
    out.append(_own("h3", "About this record"))
    out.append(f"<p>{escape(content.status_line)}</p>")
    out += [f'<p class="muted">{escape(line)}</p>' for line in content.history]
    produced = say_with("Produced on {day}.", day=dt.date.today())
    out.append(f'<p class="muted">{escape(produced)}</p>')
    return _section(Section.METHOD, "".join(out))


def render_html(
    snapshot: RecordSnapshot,
    options: RecordOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """The record as one HTML document: no scripts, no external addresses, WCAG 2.2 AA."""
    options = options or RecordOptions()
    with in_wording(options.wording):
        return _render(snapshot, options, progress, cancelled)


def _render(
    snapshot: RecordSnapshot,
    options: RecordOptions,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> str:
    content = build_content(snapshot, options)
    builders: list[tuple[Section, Callable[[], str]]] = [
        (Section.COVER, lambda: _cover(content)),
        (Section.ARRANGEMENTS, lambda: _arrangements(content)),
        (Section.SUMMARY, lambda: _summary(content)),
        (Section.BOARD, lambda: _board(content, options)),
        (Section.CONTRIBUTIONS, lambda: _contributions(content, cancelled)),
        (Section.TABLES, lambda: _tables(content)),
        (Section.VOTES, lambda: _votes(content)),
        (Section.ACTIONS, lambda: _actions(content)),
        (Section.YOU_SAID, lambda: _you_said(content)),
        (Section.NEXT_STEPS, lambda: _next_steps(content)),
        (Section.ATTENDANCE, lambda: _attendance(content)),
        (Section.FEEDBACK, lambda: _feedback(content)),
        (Section.WHO_WE_HEARD_FROM, lambda: _who_we_heard_from(content)),
        (Section.GLOSSARY, lambda: _glossary(content)),
        (Section.STAY_IN_TOUCH, lambda: _stay_in_touch(content)),
        (Section.METHOD, lambda: _method(content)),
    ]
    chosen = [(s, b) for s, b in builders if options.includes(s)]
    parts = []
    for index, (section, builder) in enumerate(chosen):
        check_cancelled(cancelled)
        if progress is not None:
            progress(
                0.95 * index / max(len(chosen), 1), f"Writing {SECTION_TITLES[section].lower()}"
            )
        parts.append(builder())
    status_class = "status" if content.is_final else "status draft"
    draft = escape(say("DRAFT"))
    mark = "" if content.is_final else f'<strong class="mark">{draft}</strong> '
    history = "".join(f'<br><span class="muted">{escape(h)}</span>' for h in content.history)
    toc = "".join(
        f'<li><a href="#{_ANCHORS[s]}">{escape(say(SECTION_TITLES[s]))}</a></li>' for s, _ in chosen
    )
    # Fixed while printing, so it heads every printed page.
    restricted = (
        f'<p class="restricted">{escape(say(NOT_FOR_PUBLICATION))}</p>'
        if content.not_for_publication
        else ""
    )
    description = say_with("Record of a co-design session held on {day}", day=content.date)
    contents = escape(say("Contents"))
    org = text(content.organisation, "p", "org") if content.organisation else ""
    page = f"""<!DOCTYPE html>
<html lang="{escape(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(description)}">
<meta name="author" content="{escape(content.organisation)}">
<title>{escape(content.title)}</title>
<style>{STYLE}</style>
<style>{{FONT_FACES}}</style>
</head>
<body>
<a class="skip" href="#main">{escape(say("Skip to the record"))}</a>
{restricted}{"" if content.is_final else f'<div class="watermark" aria-hidden="true">{draft}</div>'}
<header class="cover"><div class="wrap">
{org}
<h1>{text(content.workshop_title)}</h1>
<p class="session">{text(content.session_title)}</p>
<p>{escape(content.held_on)}</p>
</div></header>
<div class="wrap">
<p class="{status_class}">{mark}{escape(content.status_line)}{history}</p>
<nav class="toc" aria-label="{contents}"><h2>{contents}</h2><ol>{toc}</ol></nav>
<main id="main">
{"".join(parts)}
</main>
</div>
</body>
</html>
"""
    # The fonts travel with the page: what its characters need of the bundled fonts.
    page = page.replace("{FONT_FACES}", font_faces(page), 1)
    if progress is not None:
        progress(1.0, "Done")
    return page


def write_html(
    snapshot: RecordSnapshot,
    path: str | os.PathLike[str],
    options: RecordOptions | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    """Write the HTML record; a cancelled or failed export leaves no file behind.

    The open database's own files, given as `protect`, are refused before anything is written.
    """
    target = check_output(path, protect)
    page = render_html(snapshot, options, progress=progress, cancelled=cancelled)
    # A published record is an ordinary readable file.
    with atomic_output(target, protect, mode=0o644) as temporary:
        temporary.write_text(page, encoding="utf-8", newline="\n")
        check_cancelled(cancelled)
    return target
