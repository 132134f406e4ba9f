"""The citizen voice versus professional voice chart: ReportLab graphics for PDF, SVG for HTML."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports import fonts
from exports.wording import Counted, say, say_with
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
        (say("Notes written"), balance.citizen_notes, balance.professional_notes),
        (say("Votes cast"), balance.citizen_votes, balance.professional_votes),
    ):
        total = citizen + professional
        if not total and metric == say("Votes cast"):
            continue  # no vote was cast: an empty pair of bars would only read as "0 (0%)"
        for voice, colour, value in (
            (say("Citizen voice"), CITIZEN_COLOUR, citizen),
            (say("Professional voice"), PROFESSIONAL_COLOUR, professional),
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
            say_with(
                "Of {notes}, {citizen} came from the citizen voice and {professional} from the "
                "professional voice.",
                notes=Counted(notes, "{count} note", "{count} notes"),
                citizen=balance.citizen_notes,
                professional=balance.professional_notes,
            )
        )
    if votes:
        parts.append(
            say_with(
                "Of {votes}, the citizen voice cast {citizen} and the professional voice "
                "{professional}.",
                votes=Counted(votes, "{count} vote", "{count} votes"),
                citizen=balance.citizen_votes,
                professional=balance.professional_votes,
            )
        )
    return " ".join(parts) or say("No notes or votes were recorded.")


def _label(bar: Bar) -> str:
    return f"{bar.voice}: {bar.value} ({bar.share:.0%})"


# Geometry shared by both renderings, in points (PDF) or CSS pixels (SVG). The left margin
# and the room kept for bar labels grow with the words (Welsh and bilingual labels are longer).
_LEFT = 92.0
_BAR = 14.0
_PAIR_GAP = 3.0
_GROUP_GAP = 16.0
_TOP = 22.0


def _legend() -> tuple[tuple[str, str], ...]:
    return (
        (say("Citizen voice"), CITIZEN_COLOUR),
        (say("Professional voice"), PROFESSIONAL_COLOUR),
    )


def _left(items: list[Bar], measure: Callable[[str], float]) -> float:
    """Where the bars start: right of the widest metric label."""
    return max([_LEFT, *(measure(bar.metric) + 12 for bar in items)])


def _svg_width(text: str) -> float:
    """About how wide a 12 px sans-serif label is in a browser."""
    return len(text) * 6.8


def _pdf_width(text: str, bold: bool = False) -> float:
    return stringWidth(text, fonts.BODY_BOLD if bold else fonts.BODY, 8.5)


def _layout(
    width: float, balance: VoiceBalance, measure: Callable[[str], float]
) -> tuple[float, float, list[tuple[Bar, float, float]]]:
    """(left, height, [(bar, y from top, length)]); the longest bar leaves room for its label."""
    items = bars(balance)
    left = _left(items, measure)
    biggest = max((b.value for b in items), default=0) or 1
    widest_label = max((measure(_label(b)) for b in items), default=0.0)
    usable = max(width - left - max(150.0, widest_label + 8), 20.0)
    placed = []
    y = _TOP
    for index, bar in enumerate(items):
        placed.append((bar, y, usable * bar.value / biggest))
        y += _BAR + (_PAIR_GAP if index % 2 == 0 else _GROUP_GAP)
    return left, y, placed


def voice_drawing(balance: VoiceBalance, width: float) -> Drawing:
    """The chart as ReportLab vector graphics for the PDF."""
    fonts.register_fonts()
    left, height, placed = _layout(width, balance, lambda text: _pdf_width(text, bold=True))
    drawing = Drawing(width, height)

    def top(y: float) -> float:
        return height - y

    # Legend with swatches, so colour is named as well as shown.
    legend = _legend()
    steps = [max(110, _pdf_width(voice) + 30) for voice, _ in legend]
    # Right of the bars' start where the key fits, else pulled left so it stays on the page.
    x = max(0.0, min(left, width - sum(steps) + 20))
    for (voice, colour), step in zip(legend, steps, strict=True):
        drawing.add(Rect(x, top(12), 10, 10, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 14, top(10.5), voice, fontName=fonts.BODY, fontSize=8.5))
        x += step
    drawing.add(Line(left, top(_TOP - 4), left, 4, strokeColor=colors.HexColor(GRID)))
    for index, (bar, y, length) in enumerate(placed):
        if index % 2 == 0:
            drawing.add(
                String(
                    left - 8,
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
                left,
                top(y + _BAR),
                max(length, 0.5),
                _BAR,
                fillColor=colors.HexColor(bar.colour),
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                left + length + 5,
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
    left, height, placed = _layout(width, balance, _svg_width)
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    out = [
        f'<svg role="img" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'aria-labelledby="{title_id} {desc_id}" class="chart">',
        f'<title id="{title_id}">{escape(say("Citizen voice and professional voice"))}</title>',
        f'<desc id="{desc_id}">{escape(describe(balance))}</desc>',
    ]
    legend = _legend()
    steps = [max(140, _svg_width(voice) + 34) for voice, _ in legend]
    x = max(0.0, min(left, width - sum(steps) + 24))
    for (voice, colour), step in zip(legend, steps, strict=True):
        out.append(f'<rect x="{x:.0f}" y="2" width="10" height="10" fill="{colour}"/>')
        out.append(
            f'<text x="{x + 14:.0f}" y="11" font-size="12" fill="{INK}">{escape(voice)}</text>'
        )
        x += step
    out.append(f'<line x1="{left}" y1="{_TOP - 4}" x2="{left}" y2="{height - 4}" stroke="{GRID}"/>')
    for index, (bar, y, length) in enumerate(placed):
        if index % 2 == 0:
            out.append(
                f'<text x="{left - 8}" y="{y + _BAR + 4:.1f}" text-anchor="end" '
                f'font-size="12" font-weight="bold" fill="{INK}">{escape(bar.metric)}</text>'
            )
        out.append(
            f'<rect x="{left}" y="{y:.1f}" width="{max(length, 0.5):.1f}" height="{_BAR}" '
            f'fill="{bar.colour}"/>'
        )
        out.append(
            f'<text x="{left + length + 5:.1f}" y="{y + _BAR - 3:.1f}" font-size="12" '
            f'fill="{INK}">{escape(_label(bar))}</text>'
        )
    out.append("</svg>")
    return "".join(out)
