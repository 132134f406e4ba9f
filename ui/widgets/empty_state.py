"""A panel's empty state: a short title and one or two sentences saying what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Shown instead of an empty list or table; the texts come translated from the panel.

    An optional button offers the next step (e.g. "Add a person…"); connect to `button.clicked`.
    """

    def __init__(
        self,
        title: str = "",
        text: str = "",
        button_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title_label = QLabel()
        self.title_label.setObjectName("emptyStateTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setObjectName("emptyStateText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        # Full width (not aligned) so the wrapped text gets room for every line.
        layout.addWidget(self.text_label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.set_text(title, text, button_text)

    def set_text(self, title: str, text: str, button_text: str = "") -> None:
        self.title_label.setText(title)
        self.text_label.setText(text)
        self.text_label.setVisible(bool(text))
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))

    def title(self) -> str:
        return self.title_label.text()

    def text(self) -> str:
        return self.text_label.text()
