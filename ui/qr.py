"""QR codes drawn for Qt at a whole number of pixels per module, so phone scanners read them."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

QR_QUIET_ZONE = 4  # modules of white border scanners need around the code


def qr_image(text: str, module_px: int = 8) -> QImage:
    """A QR code drawn at a whole number of pixels per module, so phone scanners read it."""
    import segno  # only once a server opens: keeps start-up quick

    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    size = (len(matrix) + 2 * QR_QUIET_ZONE) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row_index, row in enumerate(matrix):
        for column_index, dark in enumerate(row):
            if dark:
                painter.fillRect(
                    (column_index + QR_QUIET_ZONE) * module_px,
                    (row_index + QR_QUIET_ZONE) * module_px,
                    module_px,
                    module_px,
                    QColor("black"),
                )
    painter.end()
    return image
