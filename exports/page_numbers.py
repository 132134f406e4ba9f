"""A ReportLab canvas that keeps each page until the last, so every page can say "N of M"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas

# Draws a page's footer: the canvas, the page's number and how many pages there are.
Footer = Callable[[Canvas, int, int], None]


class PageCountCanvas(Canvas):
    """Holds each finished page's state; on save, draws every footer with the page count."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.saveState()
            self._footer(self, self._pageNumber, total)
            self.restoreState()
            super().showPage()
        super().save()


def counting_pages(footer: Footer) -> Callable[..., PageCountCanvas]:
    """A canvasmaker for `build`: pages numbered by `footer` once their count is known."""
    return lambda *args, **kwargs: PageCountCanvas(*args, footer=footer, **kwargs)
