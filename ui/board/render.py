"""Draws a board scene to an image or SVG file, for File > Export board image and the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ui.board.scene import BoardOptions, BoardScene
from ui.labels import shared_name
from workshop import audience
from workshop.audience import Audience
from workshop.errors import WorkshopError
from workshop.files import NOTHING_PROTECTED, RecordFiles, check_output, write_output
from workshop.services import Services

BORDER = 24.0


def _paint(scene: BoardScene, painter: QPainter, width: int, height: int) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor(scene.palette.background))
    source = scene.board_rect().adjusted(-BORDER, -BORDER, BORDER, BORDER)
    # Selection and highlight outlines are for the person at the desk, not for slides.
    selected = scene.selectedItems()
    for item in selected:
        item.setSelected(False)
    # Centred, keeping proportions: Qt would put a narrow board against the left edge.
    scale = min(width / source.width(), height / source.height())
    target = QRectF(0, 0, source.width() * scale, source.height() * scale)
    target.moveCenter(QRectF(0, 0, width, height).center())
    # Cached items would be pasted as bitmaps (blurry, and no text in an SVG): draw them afresh.
    cached = [item for item in scene.items() if item.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    modes = [item.cacheMode() for item in cached]
    for item in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        for item, mode in zip(cached, modes, strict=True):
            item.setCacheMode(mode)
    for item in selected:
        item.setSelected(True)


def board_image_scene(
    services: Services, session_id: int, parent: QObject | None = None
) -> BoardScene:
    """The board as a picture leaving the app may show it: the record's rule (workshop.audience).

    Not the facilitator's own scene, which shows private and held notes and original texts.
    """
    board = audience.board_for(Audience.BOARD_IMAGE, services.sessions.board(session_id))
    scene = BoardScene(
        services,
        BoardOptions(read_only=True, show_note=audience.board_image, author_name=shared_name),
    )
    if parent is not None:
        scene.setParent(parent)
    scene.load_snapshot(board)
    return scene


def render_image(scene: BoardScene, width: int, height: int) -> QImage:
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        _paint(scene, painter, width, height)
    finally:
        painter.end()
    return image


def render_bytes(scene: BoardScene, suffix: str, width: int = 1920, height: int = 1080) -> bytes:
    """The board as SVG when suffix is .svg, else as PNG (or JPEG for .jpg/.jpeg)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix.lower() == ".svg":
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRectF(0, 0, width, height))
        generator.setTitle(scene.session.title if scene.session else "Board")
        painter = QPainter(generator)
        try:
            _paint(scene, painter, width, height)
        finally:
            painter.end()
    else:
        kind = "JPEG" if suffix.lower() in (".jpg", ".jpeg") else "PNG"
        if not render_image(scene, width, height).save(buffer, kind):
            raise WorkshopError(
                QCoreApplication.translate("BoardImage", "Could not encode the board image.")
            )
    return bytes(buffer.data().data())


def save_board_image(
    scene: BoardScene,
    path: Path,
    width: int = 1920,
    height: int = 1080,
    *,
    protect: RecordFiles = NOTHING_PROTECTED,
) -> None:
    """Write the board image to path, its format chosen by the file's suffix.

    Written whole or not at all, so a full disk leaves an earlier image as it was; the open
    database's own files (`protect`) are refused before anything is drawn.
    """
    check_output(path, protect)
    data = render_bytes(scene, path.suffix, width, height)
    write_output(path, data, protect, mode=0o644)
