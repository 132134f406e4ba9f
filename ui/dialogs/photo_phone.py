"""The facilitator's own link, as a QR code on the laptop: their phone may then send photos."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.qr import qr_image
from ui.widgets.tone import Tone, set_tone
from workshop.room import LiveInfo, Room

# Whole pixels per module (scanners misread a fractionally scaled code); the link is long.
QR_MODULE_PX = 5


class PhonePhotosDialog(QDialog):
    """Shows the facilitator's own link while phones can join; closes nothing else.

    The link carries a secret, so it is shown only here, on the laptop, and only when asked
    for: never on the projector, in the Live panel's join code or in a file.
    """

    def __init__(self, room: Room, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._room = room
        self._url: str | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Send photos from your phone"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName(self.tr("QR code for the facilitator's phone"))
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.PlainText)
        self.link.setWordWrap(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setAccessibleName(self.tr("Link for the facilitator's phone"))
        self.warning = QLabel(
            self.tr(
                "Keep this to yourself: anyone who scans it can send photos. Do not show it on "
                "the projector. It stops working when live participation closes."
            )
        )
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.NOTICE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.qr)
        layout.addWidget(self.link)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        room.live_started.connect(self._on_live_changed)
        room.live_stopped.connect(self._on_live_changed)
        self._show_link()

    @property
    def url(self) -> str | None:
        """The link shown now (None: live participation is closed)."""
        return self._url

    def _on_live_changed(self, _live: LiveInfo | int) -> None:
        self._show_link()

    def _show_link(self) -> None:
        url = self._url = self._room.facilitator_url
        if url is None:
            self.intro.setText(
                self.tr(
                    "Open live participation first (the Live panel); then your phone can join "
                    "here to send photos."
                )
            )
            self.qr.clear()
            self.link.clear()
        else:
            self.intro.setText(
                self.tr(
                    "Scan this with your own phone to send photos of sticky notes and flipcharts "
                    "from it. The notes found wait here for your review."
                )
            )
            self.qr.setPixmap(QPixmap.fromImage(qr_image(url, QR_MODULE_PX)))
            self.link.setText(url)
        for widget in (self.qr, self.link, self.warning):
            widget.setVisible(url is not None)
        self.adjustSize()
