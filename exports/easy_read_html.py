"""Writes the Easy Read record as one accessible web page: the same content as the PDF.

Pictures travel inside the page (the symbol's SVG, an own picture's PNG) and so do the fonts
(subsets of the bundled Noto Sans and, for other scripts, its companions, as the record's web
page carries them), so the file works on its own, offline, and looks the same everywhere.
Text is at least 16 pt in a sans-serif font and grows with the reader's browser settings;
each point is a picture on the left and its sentences on the right.
"""

from __future__ import annotations

import base64
import os
from html import escape
from pathlib import Path

from exports.easy_read_words import Words, words_for
from exports.html_fonts import FALLBACK_FAMILIES, font_faces
from workshop import symbols
from workshop.easy_read import NOTHING_WRITTEN, EasyReadRefused, sentences
from workshop.easy_read_record import EasyReadPoint, EasyReadRecord, PointKind
from workshop.files import NOTHING_PROTECTED, RecordFiles, write_output

__all__ = ["build_html", "write_easy_read_html"]

_STYLE = (
    """
html { font-family: "Record Body", "Noto Sans", "Segoe UI", Arial, """
    + ", ".join(FALLBACK_FAMILIES)
    + """, sans-serif; font-size: 18pt;
  line-height: 1.5; color: #111; background: #fff; }
body { max-width: 44em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 1.7em; color: #1f3a5f; margin: 0.3em 0 0.8em; }
h2 { font-size: 1.4em; color: #1f3a5f; margin: 2em 0 1em; }
.tag { font-weight: bold; font-size: 1.1em; margin: 0; }
.point { display: flex; align-items: center; gap: 1.2em; margin: 0 0 1.6em; }
.point img { width: 5em; height: 5em; object-fit: contain; flex: none; }
.words p { margin: 0 0 0.5em; }
.draft { border: 3px solid #b00020; padding: 0.3em 0.6em; }
footer { margin-top: 3em; font-size: 16pt; }
@media print { .point { break-inside: avoid; } h2 { break-before: page; } }
"""
)
_FONT_FACES = "{FONT_FACES}"


def _data_uri(kind: str, data: bytes) -> str:
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _picture(point: EasyReadPoint) -> str:
    if point.own_picture is not None:
        source = _data_uri("image/png", point.own_picture)
    else:
        source = _data_uri("image/svg+xml", symbols.svg(point.symbol))
    # The sentences beside it say everything: the picture is support, not content.
    return f'<img src="{source}" alt="">'


def _symbol(file: str) -> str:
    return f'<img src="{_data_uri("image/svg+xml", symbols.svg(file))}" alt="">'


def _lines(text: str) -> str:
    return "".join(f'<p dir="auto">{escape(s)}</p>' for s in sentences(text))


def _point(picture: str, words_html: str, extra: str = "") -> str:
    return f'<div class="point{extra}">{picture}<div class="words">{words_html}</div></div>'


def _cover(record: EasyReadRecord, words: Words) -> list[str]:
    parts = [
        f'<p class="tag">{escape(words.easy_read)}</p>',
        f'<h1 dir="auto">{escape(record.session_title)}</h1>',
    ]
    if not record.is_final:
        parts.append(_point(_symbol("26A0"), _lines(words.draft), " draft"))
    parts.append(_point(_symbol("1F465"), _lines(words.this_is)))
    parts.append(
        _point(_symbol("1F4C5"), _lines(words.meeting_date.format(date=words.date(record.date))))
    )
    if record.organisation.strip():
        line = words.from_organisation.format(organisation=record.organisation.strip())
        parts.append(_point(_symbol("1F3E2"), _lines(line)))
    return parts


def build_html(record: EasyReadRecord, language: str) -> str:
    """The Easy Read record as a complete HTML document; refused when nobody wrote a point."""
    points = record.published(language)
    if not points:
        raise EasyReadRefused(NOTHING_WRITTEN)
    words = words_for(language)
    body = ["<main>", *_cover(record, words)]
    for kind, heading in ((PointKind.MESSAGE, words.messages), (PointKind.ACTION, words.actions)):
        chosen = [p for p in points if p.kind is kind]
        if not chosen:
            continue
        body.append(f"<section><h2>{escape(heading)}</h2>")
        body += [_point(_picture(p), _lines(p.text_in(language))) for p in chosen]
        body.append("</section>")
    body.append("</main>")
    credit = [_lines(words.credit)]
    if any(p.own_picture is not None for p in record.points):
        organisation = record.organisation.strip()
        credit.append(
            _lines(
                words.own_pictures.format(organisation=organisation)
                if organisation
                else words.own_pictures_plain
            )
        )
    body.append(
        f"<footer><h2>{escape(words.about)}</h2>"
        f"{_point(_symbol('1F4D6'), ''.join(credit))}</footer>"
    )
    lang = "cy-GB" if words.language == "cy" else "en-GB"
    title = f"{words.easy_read}: {record.session_title}"
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n"
        f"<style>{_FONT_FACES}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
    # The fonts travel with the page: what its characters need of the bundled fonts.
    return page.replace(_FONT_FACES, font_faces(page), 1)


def write_easy_read_html(
    record: EasyReadRecord,
    path: str | os.PathLike[str],
    language: str = "en",
    *,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> Path:
    """Write the Easy Read web page to path (whole or not at all)."""
    return write_output(path, build_html(record, language).encode("utf-8"), protect, mode=0o644)
