"""Keyboard and keypad users can see where they are: focus draws a distinct ring."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from screens.idle import IdleScreen
from screens.shell import KioskShell
from tests.screens.screen_kit import chrome, settle

pytestmark = pytest.mark.gui


def snapshot(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def button_in(shell: KioskShell, where: str) -> QWidget:
    idle = shell.screen_widget("idle")
    assert isinstance(idle, IdleScreen)
    buttons: dict[str, QWidget] = {
        "top bar": shell.top_bar.larger_text_button,
        "bottom bar": shell.bottom_bar.finish_button,
        "idle screen": idle.other_language_button,
        "timeout warning": shell.timeout_overlay.finish_button,
    }
    return buttons[where]


@pytest.mark.parametrize("where", ["top bar", "bottom bar", "idle screen", "timeout warning"])
def test_focused_button_looks_different_from_unfocused(shell: KioskShell, where: str) -> None:
    shell.set_chrome(chrome(can_go_back=True, can_finish=True))
    if where == "timeout warning":
        shell.set_chrome(chrome(can_go_back=True, can_finish=True, countdown_seconds=30))
    shell.activateWindow()
    settle()
    button = button_in(shell, where)
    button.clearFocus()
    settle()
    unfocused = snapshot(button)
    button.setFocus()
    settle()
    assert button.hasFocus()
    assert snapshot(button) != unfocused
