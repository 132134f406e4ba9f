"""The citizen voice versus professional voice chart: ReportLab graphics for PDF, SVG for HTML."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from exports import fonts
from workshop.analysis import VoiceBalance

# Okabe–Ito orange and blue, darkened so each bar has 4.5:1 contrast on white
# and the pair stays distinct for every common colour-vision deficiency.
CITIZEN_COLOUR = "#B35806"
PROFESSIONAL_COLOUR = "#005A8D"
INK = "#1B1B1B"
MUTED = "#4A4A4A"
GRID = "#C8C8C8"


@dataclass(frozen=True)
class Bar:
    metric: str
    voice: str
    colour: str
    value: int
    share: float


def bars(balance: VoiceBalance) -> list[Bar]:
    """The chart's bars: notes and votes, each split by voice, with shares of that metric."""
    result = []
    for metric, citizen, professional in (
        ("Notes written", balance.citizen_notes, balance.professional_notes),
        ("Votes cast", balance.citizen_votes, balance.professional_votes),
    ):
        total = citizen + professional
        for voice, colour, value in (
            ("Citizen voice", CITIZEN_COLOUR, citizen),
            ("Professional voice", PROFESSIONAL_COLOUR, professional),
        ):
            result.append(Bar(metric, voice, colour, value, value / total if total else 0.0))
    return result


def describe(balance: VoiceBalance) -> str:
    """The chart in one or two sentences, for the text alternative."""
    notes = balance.citizen_notes + balance.professional_notes
    votes = balance.citizen_votes + balance.professional_votes
    parts = []
    if notes:
        parts.append(
            f"Of {notes} {'note' if notes == 1 else 'notes'}, {balance.citizen_notes} came from "
            "the citizen voice and "
            f"{balance.professional_notes} from the professional voice."
        )
    if votes:
        parts.append(
            f"Of {votes} {'vote' if votes == 1 else 'votes'}, {balance.citizen_votes} "
            f"{'was' if balance.citizen_votes == 1 else 'were'} cast by the citizen voice and "
            f"{balance.professional_votes} by the professional voice."
        )
    return " ".join(parts) or "No notes or votes were recorded."


def _label(bar: Bar) -> str:
    return f"{bar.voice}: {bar.value} ({bar.share:.0%})"


# Geometry shared by both renderings, in points (PDF) or CSS pixels (SVG).
_LEFT = 92.0
_BAR = 14.0
_PAIR_GAP = 3.0
_GROUP_GAP = 16.0
_TOP = 22.0


def _layout(width: float, balance: VoiceBalance) -> tuple[float, list[tuple[Bar, float, float]]]:
    """(height, [(bar, y from top, bar length)]) with the longest bar leaving room for its label."""
    items = bars(balance)
    biggest = max((b.value for b in items), default=0) or 1
    usable = width - _LEFT - 150
    placed = []
    y = _TOP
    for index, bar in enumerate(items):
        placed.append((bar, y, usable * bar.value / biggest))
        y += _BAR + (_PAIR_GAP if index % 2 == 0 else _GROUP_GAP)
    return y, placed


def voice_drawing(balance: VoiceBalance, width: float) -> Drawing:
    """The chart as ReportLab vector graphics for the PDF."""
    fonts.register_fonts()
    height, placed = _layout(width, balance)
    drawing = Drawing(width, height)

    def top(y: float) -> float:
        return height - y

    # Legend with swatches, so colour is named as well as shown.
    x = _LEFT
    for voice, colour in (
        ("Citizen voice", CITIZEN_COLOUR),
        ("Professional voice", PROFESSIONAL_COLOUR),
    ):
        drawing.add(Rect(x, top(12), 10, 10, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 14, top(10.5), voice, fontName=fonts.BODY, fontSize=8.5))
        x += 110
    drawing.add(Line(_LEFT, top(_TOP - 4), _LEFT, 4, strokeColor=colors.HexColor(GRID)))
    for index, (bar, y, length) in enumerate(placed):
        if index % 2 == 0:
            drawing.add(
                String(
                    _LEFT - 8,
                    top(y + _BAR + _PAIR_GAP / 2 + 3),
                    bar.metric,
                    fontName=fonts.BODY_BOLD,
                    fontSize=8.5,
                    textAnchor="end",
                    fillColor=colors.HexColor(INK),
                )
            )
        drawing.add(
            Rect(
                _LEFT,
                top(y + _BAR),
                max(length, 0.5),
                _BAR,
                fillColor=colors.HexColor(bar.colour),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                _LEFT + length + 5,
                top(y + _BAR - 3.5),
                _label(bar),
                fontName=fonts.BODY,
                fontSize=8.5,
                fillColor=colors.HexColor(INK),
            )
        )
    return drawing


def voice_svg(balance: VoiceBalance, width: float = 640.0, chart_id: str = "voice-chart") -> str:
    """The chart as inline SVG with a title and description for assistive technology."""
    height, placed = _layout(width, balance)
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    out = [
        f'<svg role="img" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'aria-labelledby="{title_id} {desc_id}" class="chart">',
        f'<title id="{title_id}">Citizen voice and professional voice</title>',
        f'<desc id="{desc_id}">{escape(describe(balance))}</desc>',
    ]
    x = _LEFT
    for voice, colour in (
        ("Citizen voice", CITIZEN_COLOUR),
        ("Professional voice", PROFESSIONAL_COLOUR),
    ):
        out.append(f'<rect x="{x}" y="2" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{x + 14}" y="11" font-size="12" fill="{INK}">{voice}</text>')
        x += 140
    out.append(
        f'<line x1="{_LEFT}" y1="{_TOP - 4}" x2="{_LEFT}" y2="{height - 4}" stroke="{GRID}"/>'
    )
    for index, (bar, y, length) in enumerate(placed):
        if index % 2 == 0:
            out.append(
                f'<text x="{_LEFT - 8}" y="{y + _BAR + 4:.1f}" text-anchor="end" '
                f'font-size="12" font-weight="bold" fill="{INK}">{bar.metric}</text>'
            )
        out.append(
            f'<rect x="{_LEFT}" y="{y:.1f}" width="{max(length, 0.5):.1f}" height="{_BAR}" '
            f'fill="{bar.colour}"/>'
        )
        out.append(
            f'<text x="{_LEFT + length + 5:.1f}" y="{y + _BAR - 3:.1f}" font-size="12" '
            f'fill="{INK}">{escape(_label(bar))}</text>'
        )
    out.append("</svg>")
    return "".join(out)
