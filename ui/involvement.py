"""Wires access plans and payments into the main window: menu commands and the planner's warning."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ui.dialogs.access_plan import AccessPlanDialog, AccessWarningBanner
from ui.dialogs.involvement_settings import InvolvementSettingsDialog
from ui.dialogs.payments import PaymentsDialog
from ui.i18n import translated
from ui.main_window import MainWindow
from workshop.services import Services

CONTEXT = "Involvement"


def add_involvement(window: MainWindow, services: Services) -> AccessWarningBanner:
    """File › Access plan…, Payments and expenses…, Payment and access settings…; the banner."""
    commands = (
        (
            QT_TRANSLATE_NOOP("Involvement", "&Access plan…"),
            QT_TRANSLATE_NOOP(
                "Involvement", "What to book and prepare for people's access needs, and by when."
            ),
            lambda sid: AccessPlanDialog(services, sid, window).open(),
        ),
        (
            QT_TRANSLATE_NOOP("Involvement", "&Payments and expenses…"),
            QT_TRANSLATE_NOOP(
                "Involvement", "Pay people for their time and expenses, and export for finance."
            ),
            lambda sid: PaymentsDialog(services, sid, window).open(),
        ),
        (
            QT_TRANSLATE_NOOP("Involvement", "Payment and access &settings…"),
            QT_TRANSLATE_NOOP(
                "Involvement", "The workshop's rate, what participants are told, and deadlines."
            ),
            lambda sid: InvolvementSettingsDialog(
                services, services.sessions.get(sid).workshop_id, window
            ).open(),
        ),
    )
    added = []
    for text, tip, open_dialog in commands:
        action = translated(QAction(window), CONTEXT, text)
        translated(action, CONTEXT, tip, "setStatusTip")
        action.triggered.connect(lambda _checked=False, f=open_dialog: _with_session(window, f))
        window.file_menu.insertAction(window.export_action, action)
        added.append(action)
    window.file_menu.insertSeparator(window.export_action)

    def enable(session_id: object) -> None:
        for action in added:
            action.setEnabled(session_id is not None)

    window.session_opened.connect(enable)
    enable(window.session_id)
    banner = AccessWarningBanner(services)
    window.show_banner(banner)
    window.session_opened.connect(banner.set_session)
    banner.set_session(window.session_id)
    return banner


def _with_session(window: MainWindow, open_dialog: object) -> None:
    if window.session_id is None:
        window.show_refusal(QCoreApplication.translate("Involvement", "Open a session first."))
        return
    open_dialog(window.session_id)  # type: ignore[operator]
