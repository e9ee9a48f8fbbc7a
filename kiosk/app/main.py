"""Starts the kiosk window with the configured language, orientation and full-screen mode."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from config import Settings
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdleView
from kiosk.i18n import install_language
from screens.idle import IdleScreen
from screens.shell import LANDSCAPE_SIZE, PORTRAIT_SIZE, KioskShell


def build_window(settings: Settings) -> KioskShell:
    shell = KioskShell()
    idle = IdleScreen()
    shell.add_screen("idle", idle)
    idle.set_view(IdleView(Msg.IDLE_WELCOME, take_card=False))
    shell.show_screen("idle")
    portrait = settings.ui.orientation == "portrait"
    shell.resize(*(PORTRAIT_SIZE if portrait else LANDSCAPE_SIZE))
    return shell


def run_app(settings: Settings) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_language(app, settings.ui.default_language)
    shell = build_window(settings)
    if settings.ui.hide_cursor:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    if settings.ui.fullscreen:
        shell.showFullScreen()
    else:
        shell.show()
    return app.exec()
