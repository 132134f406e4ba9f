"""The Easy Read PDF read back: type size, pages, a picture per point, only people's sentences."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from exports.easy_read_pdf import write_easy_read_pdf
from tests.easy_read.conftest import (
    ACTION_CY,
    ACTION_EN,
    BUS_CY,
    BUS_EN,
    CARERS_EN,
    UNWRITTEN_THEME,
    EasyReadWorld,
)
from workshop.easy_read import EasyReadRefused, sentences
from workshop.easy_read_record import PointRef
from workshop.services import Services

MIN_POINTS = 16


def _read(path: Path) -> tuple[list[str], list[float], set[str], int, list[int]]:
    """Each page's text, every character's size, the fonts, page count, pictures per page."""
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
        sizes = [char["size"] for page in pdf.pages for char in page.chars]
        fonts = {char["fontname"] for page in pdf.pages for char in page.chars}
        pictures = [len(page.images) for page in pdf.pages]
        return texts, sizes, fonts, len(pdf.pages), pictures


def _flat(texts: list[str]) -> str:
    return " ".join(" ".join(texts).split())


def test_every_character_is_16_pt_or_more_in_a_sans_serif(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    path = write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "e.pdf")
    _, sizes, fonts, pages, _ = _read(path)
    assert sizes, "the record has text"
    assert min(sizes) >= MIN_POINTS
    # Noto Sans (regular and bold), embedded as subsets ("ABCDEF+NotoSans-Regular").
    assert all("NotoSans" in font for font in fonts), fonts
    assert 1 < pages <= 20


def test_only_sentences_people_wrote_one_a_line(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    path = write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "e.pdf")
    texts, *_ = _read(path)
    lines = [line.strip() for text in texts for line in text.splitlines()]
    for sentence in sentences(BUS_EN) + sentences(CARERS_EN) + sentences(ACTION_EN):
        assert sentence in lines
    flat = _flat(texts)
    # A theme nobody wrote for is left out; no title, note or action title is printed instead.
    assert UNWRITTEN_THEME not in flat
    assert "Transport to appointments" not in flat
    assert "Raise route 42" not in flat
    assert "The 42 bus never comes" not in flat
    assert "OpenMoji" in flat and "CC BY-SA 4.0" in flat


def test_a_picture_beside_every_point(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    record = services.easy_read.record(world.session)
    path = write_easy_read_pdf(record, tmp_path / "e.pdf")
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = page.extract_words()
            for sentence in [*sentences(BUS_EN)[:1], *sentences(ACTION_EN)[:1]]:
                first = sentence.split()[0]
                hits = [w for w in words if w["text"] == first]
                if not hits:
                    continue
                # Some picture on this page sits to the left of the point's first word, level
                # with it.
                word = hits[0]
                assert any(
                    image["x1"] <= word["x0"]
                    and image["top"] - 40 <= word["top"] <= image["bottom"]
                    for image in page.images
                ), sentence
    # Three points (two messages, one action) plus the cover's and the credit's pictures.
    _, _, _, _, pictures = _read(path)
    assert sum(pictures) == len(record.published("en")) + 4 + 1


def test_welsh_record_is_welsh_and_leaves_out_points_without_welsh(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    services.easy_read.set_text(world.session, world.carers, "", language="cy")
    path = write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "cy.pdf", "cy")
    texts, sizes, *_ = _read(path)
    flat = _flat(texts)
    for sentence in sentences(BUS_CY) + sentences(ACTION_CY):
        assert sentence in flat
    assert "Beth ddywedodd pobl wrthym ni" in flat
    assert "Tudalen 1 o" in flat
    assert "Rhagfyr 2026" in flat
    # Never the English instead of a missing Welsh sentence, and no English fixed words.
    assert "same carers" not in flat
    for english in ("What people told us", "Page ", "December", "Pictures:", "DRAFT"):
        assert english not in flat
    assert min(sizes) >= MIN_POINTS


def test_nothing_written_is_refused_and_no_file_is_left(
    services: Services, workshop_with_session: dict[str, int], tmp_path: Path
) -> None:
    record = services.easy_read.record(workshop_with_session["session"])
    with pytest.raises(EasyReadRefused, match="Easy Read panel"):
        write_easy_read_pdf(record, tmp_path / "e.pdf")
    assert list(tmp_path.glob("e.pdf*")) == []


def test_more_than_twenty_pages_is_refused(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    text = "\n".join(f"This is sentence number {n} of a long point." for n in range(1, 9))
    for _ in range(40):
        services.easy_read.add_message(world.session, text)
    with pytest.raises(EasyReadRefused, match=r"would be \d+ pages; the guidance says at most 20"):
        write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "e.pdf")
    assert not (tmp_path / "e.pdf").exists()


def test_twenty_pages_of_points_still_fit(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    # About four short points a page: 60 key messages fit in the 20 pages.
    for n in range(60):
        services.easy_read.add_message(world.session, f"Point {n} is short.")
    path = write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "e.pdf")
    _, sizes, _, pages, _ = _read(path)
    assert pages <= 20
    assert min(sizes) >= MIN_POINTS


def test_own_picture_is_printed_and_credited(
    services: Services, world: EasyReadWorld, tmp_path: Path
) -> None:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (300, 200), "navy").save(buffer, "JPEG")
    picture = services.easy_read.add_picture(world.workshop, "Our day centre", buffer.getvalue())
    services.easy_read.set_picture(world.session, world.bus, picture_id=picture.id)
    path = write_easy_read_pdf(services.easy_read.record(world.session), tmp_path / "e.pdf")
    texts, *_ = _read(path)
    assert "Some pictures are from Riverside Council." in _flat(texts)


def test_untouched_point_ref_is_left_out(services: Services, world: EasyReadWorld) -> None:
    record = services.easy_read.record(world.session)
    assert len(record.published("en")) == 3
    views = services.easy_read.points(world.session)
    unwritten = next(v for v in views if v.ref == world.unwritten)
    assert unwritten.text == "" and unwritten.source == UNWRITTEN_THEME
    assert PointRef("theme", world.unwritten.id) not in [p for p in record.points]
