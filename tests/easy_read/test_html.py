"""The Easy Read web page: the same people's sentences, a picture beside each point, Welsh."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from exports.easy_read_html import build_html, write_easy_read_html
from tests.easy_read.conftest import (
    ACTION_CY,
    BUS_CY,
    BUS_EN,
    CARERS_EN,
    UNWRITTEN_THEME,
    EasyReadWorld,
)
from workshop.easy_read import EasyReadRefused, sentences
from workshop.services import Services


class _Points(HTMLParser):
    """Each point's pictures and sentences, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.points: list[dict[str, list[str]]] = []
        self._in_words = False
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "div" and "point" in classes:
            self.points.append({"pictures": [], "sentences": []})
            self._in_words = False
        elif tag == "img" and self.points:
            self.points[-1]["pictures"].append(dict(attrs).get("src") or "")
        elif tag == "div" and "words" in classes:
            self._in_words = True
        elif tag == "p" and self._in_words:
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._in_words:
            self.points[-1]["sentences"].append("".join(self._text))

    def handle_data(self, data: str) -> None:
        self._text.append(data)


def test_page_has_a_picture_left_of_every_points_sentences(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    path = write_easy_read_html(services.easy_read.record(world.session), tmp_path / "e.html")
    page = path.read_text(encoding="utf-8")
    assert '<html lang="en-GB">' in page
    parser = _Points()
    parser.feed(page)
    written = [p for p in parser.points if p["sentences"][:1] in ([sentences(BUS_EN)[0]],)]
    assert written and written[0]["pictures"][0].startswith("data:image/svg+xml;base64,")
    for point in parser.points:
        assert len(point["pictures"]) == 1  # the picture comes first: on the left
    all_sentences = [s for p in parser.points for s in p["sentences"]]
    for sentence in sentences(BUS_EN) + sentences(CARERS_EN):
        assert sentence in all_sentences
    assert UNWRITTEN_THEME not in page and "Transport to appointments" not in page
    # Text never below 16 pt: the page's base size and every size it sets.
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)pt", page)]
    assert sizes and min(sizes) >= 16
    assert "sans-serif" in page
    assert "OpenMoji" in page and "CC BY-SA 4.0" in page


def test_user_text_is_escaped(services: Services, world: EasyReadWorld) -> None:
    services.easy_read.set_text(world.session, world.unwritten, "<img src=x onerror=alert(1)>")
    page = build_html(services.easy_read.record(world.session), "en")
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_welsh_page(services: Services, world: EasyReadWorld, tmp_path: Path) -> None:
    page = build_html(services.easy_read.record(world.session), "cy")
    assert '<html lang="cy-GB">' in page
    for sentence in sentences(BUS_CY) + sentences(ACTION_CY):
        assert sentence.replace("'", "&#x27;") in page
    assert "Beth fydd yn digwydd nesaf" in page
    assert "What will happen next" not in page and "The bus is often late." not in page


def test_nothing_written_is_refused(
    services: Services, workshop_with_session: dict[str, int]
) -> None:
    with pytest.raises(EasyReadRefused):
        build_html(services.easy_read.record(workshop_with_session["session"]), "en")


def test_the_page_carries_its_own_fonts(services: Services, world: EasyReadWorld) -> None:
    """Self-contained like the record's page: fonts embedded, nothing fetched from elsewhere."""
    import base64
    import io

    from fontTools.ttLib import TTFont

    services.easy_read.set_text(
        world.session, world.carers, "Mae Siôn yn hoffi'r ŵyl.", language="cy"
    )
    page = build_html(services.easy_read.record(world.session), "cy")
    css = page[page.index("<style>") : page.index("</head>")]
    assert css.index('"Record Body"') < css.index("sans-serif")
    faces = re.findall(
        r'@font-face \{ font-family: "Record Body"; font-weight: (\w+); '
        r"src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)",
        page,
    )
    assert {weight for weight, _data in faces} == {"normal", "bold"}
    for _weight, data in faces:
        font = TTFont(io.BytesIO(base64.b64decode(data)))
        covered = set(font.getBestCmap())
        assert {ord(c) for c in "Siônŵyl.Bethfydd"} <= covered
    # No font, picture or style is fetched from anywhere: every source is inside the file.
    assert not re.search(r"""(src|href)=["']?(https?:|//)|url\((?!data:)|@import""", page)
