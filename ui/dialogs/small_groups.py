"""Before an export: warn that small role groups may be recognised, and offer to merge them."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from workshop import privacy


class SmallGroupChoice(enum.Enum):
    MERGE = "merge"
    KEEP = "keep"
    CANCEL = "cancel"


class SmallGroupsDialog(QDialog):
    """Export dialogs open this when privacy.small_role_groups(...) is not empty.

    After it closes, `choice` says what to do; pass
    `privacy.merged_roles(roles, dialog.choice is SmallGroupChoice.MERGE)` to the exporter.
    """

    def __init__(self, roles: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = frozenset(roles)
        self.choice = SmallGroupChoice.CANCEL
        self.setWindowTitle(self.tr("Small groups may be recognised"))
        text = QLabel(privacy.small_group_warning(self.roles))
        text.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("Show them as 'participant'"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.buttons.addButton(
            self.tr("Keep their roles"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(lambda: self._choose(SmallGroupChoice.MERGE))
        self.keep_button.clicked.connect(lambda: self._choose(SmallGroupChoice.KEEP))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _choose(self, choice: SmallGroupChoice) -> None:
        self.choice = choice
        self.accept()

    @property
    def merged_roles(self) -> frozenset[str]:
        return privacy.merged_roles(self.roles, self.choice is SmallGroupChoice.MERGE)
