"""Helpers shared by the screen tests (imported as a plain module, like tests/flow/flow_kit)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kiosk.domain.language import Language
from kiosk.flow.view_models import Chrome
from kiosk.i18n import install_language
from screens.shell import IDLE_CHROME, KioskShell


def settle() -> None:
    """Let posted LanguageChange and layout events run, as the event loop would."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def chrome(**changes: object) -> Chrome:
    return replace(IDLE_CHROME, **changes)  # type: ignore[arg-type]


def switch_language(app: QCoreApplication, shell: KioskShell, lang: str) -> None:
    install_language(app, lang)
    shell.set_chrome(replace(shell.chrome(), language=Language(lang)))
    settle()
