"""Qt runs offscreen for these tests; the shell is built the way the kiosk builds it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.i18n import DEFAULT_LANGUAGE, install_language
from screens.idle import IdleScreen
from screens.shell import LANDSCAPE_SIZE, KioskShell
from screens.theme import base_font
from tests.screens.screen_kit import settle


@pytest.fixture(autouse=True)
def kiosk_language(qapp: QApplication) -> Iterator[None]:
    """Every test starts, and leaves the application, in the default language."""
    qapp.setFont(base_font())
    install_language(qapp, DEFAULT_LANGUAGE)
    settle()
    yield
    install_language(qapp, DEFAULT_LANGUAGE)
    settle()


@pytest.fixture
def shell(qtbot: QtBot) -> KioskShell:
    window = KioskShell()
    qtbot.addWidget(window)
    window.add_screen("idle", IdleScreen())
    window.resize(*LANDSCAPE_SIZE)
    window.show()
    settle()
    return window


@pytest.fixture
def idle(shell: KioskShell) -> IdleScreen:
    screen = shell.screen_widget("idle")
    assert isinstance(screen, IdleScreen)
    return screen
