"""The HTML record in headless Chromium with only a minimal set of system fonts.

The same page is screenshot three ways: with the fonts it carries, on a machine with only
DejaVu; without them, on a machine that has every bundled font installed ("all fonts"); and
without them on the minimal machine. The first must look like the second, and the third must
not (it shows boxes), which proves the comparison can fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from exports.html import render_html
from exports.record_options import RecordOptions, Section
from tests.exports.conftest import MULTILINGUAL, Multilingual

REPO = Path(__file__).resolve().parents[2]
BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
MINIMAL_FONTS = Path("/usr/share/fonts/truetype/dejavu")

pytestmark = [
    pytest.mark.skipif(BROWSER is None, reason="Chromium is not installed (apt: chromium)"),
    pytest.mark.skipif(
        not MINIMAL_FONTS.is_dir(), reason="the minimal font set (apt: fonts-dejavu-core) is absent"
    ),
    pytest.mark.slow,
]


def _fontconfig(folder: Path, name: str, font_dirs: list[Path]) -> Path:
    cache = folder / f"{name}-cache"
    cache.mkdir()
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs)
    conf = folder / f"{name}.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig>{dirs}<cachedir>{cache}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    return conf


def _screenshot(page: Path, conf: Path, out: Path) -> QImage:
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), HOME=str(out.parent))
    assert BROWSER is not None
    subprocess.run(
        [
            BROWSER,
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=900,1800",
            f"--screenshot={out}",
            page.as_uri(),
        ],
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )
    image = QImage(str(out))
    assert not image.isNull()
    return image


def _difference(a: QImage, b: QImage) -> float:
    """The share of a coarse grid (10 by 10 pixel cells, averaged) that differs clearly.

    Averaging over cells ignores the one-pixel offsets two renderings of the same fonts can
    have, and keeps what matters: boxes in place of letters, or a different font altogether.
    """
    assert a.size() == b.size()

    def coarse(image: QImage) -> QImage:
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return grey.scaled(
            grey.width() // 10,
            grey.height() // 10,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )

    small_a, small_b = coarse(a), coarse(b)
    width, height = small_a.width(), small_a.height()
    differing = sum(
        1
        for y in range(height)
        for x in range(width)
        if abs(small_a.pixelColor(x, y).red() - small_b.pixelColor(x, y).red()) > 60
    )
    return differing / (width * height)


def test_fonts_travel_with_the_html(multilingual: Multilingual, tmp_path: Path) -> None:
    snapshot = multilingual.services.sessions.record(multilingual.session)
    options = RecordOptions(sections=frozenset({Section.CONTRIBUTIONS}))
    page = render_html(snapshot, options)
    assert "@font-face" in page and 'font-family: "Record Bengali"' in page
    assert MULTILINGUAL["bengali"] in page
    stripped = re.sub(r"@font-face \{[^}]*\}", "", page)

    carried, bare = tmp_path / "carried.html", tmp_path / "bare.html"
    carried.write_text(page, encoding="utf-8")
    bare.write_text(stripped, encoding="utf-8")
    minimal = _fontconfig(tmp_path, "minimal", [MINIMAL_FONTS])
    everything = _fontconfig(tmp_path, "all", [MINIMAL_FONTS, REPO / "resources" / "fonts"])

    with_carried_fonts = _screenshot(carried, minimal, tmp_path / "carried-minimal.png")
    with_all_fonts = _screenshot(bare, everything, tmp_path / "bare-all.png")
    with_boxes = _screenshot(bare, minimal, tmp_path / "bare-minimal.png")

    missing_fonts = _difference(with_boxes, with_all_fonts)
    carried_fonts = _difference(with_carried_fonts, with_all_fonts)
    assert missing_fonts > 0.01, "the minimal machine should lack fonts the page needs"
    assert carried_fonts < missing_fonts / 10, (carried_fonts, missing_fonts)
