"""ScreenRouter: chrome, the registered screen, the Qt language, and views without a screen."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from kiosk.app.router import ScreenRouter
from kiosk.app.screen_registry import build_registry
from kiosk.domain.language import Language
from kiosk.flow.machine import SessionFlow
from kiosk.flow.messages import Msg
from kiosk.flow.settings import Moment
from kiosk.flow.view_models import IdleView, PinView
from kiosk.i18n import current_language
from screens.idle import IdleScreen
from screens.shell import KioskShell

pytestmark = pytest.mark.gui


def test_idle_view_is_rendered_on_the_idle_screen_with_its_chrome(qtbot: QtBot) -> None:
    from dataclasses import replace
    from datetime import date

    shell = KioskShell()
    qtbot.addWidget(shell)
    screens, mapping = build_registry()
    router = ScreenRouter(shell, screens, mapping)
    flow = SessionFlow()
    view = flow.present(flow.start(Moment(0, date.today())))
    assert isinstance(view.screen, IdleView)
    router.render(view)
    assert shell.current_screen_name() == mapping[IdleView]
    assert shell.chrome() == view.chrome

    korean = replace(view, chrome=replace(view.chrome, language=Language.KO))
    router.render(korean)
    assert current_language() == "ko"
    router.render(view)
    assert current_language() == "zh_CN"


def test_a_view_without_a_screen_keeps_the_current_one_and_says_so(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    shell = KioskShell()
    qtbot.addWidget(shell)
    router = ScreenRouter(shell, {"idle": IdleScreen()}, {IdleView: "idle"})
    flow = SessionFlow()
    idle = flow.present(flow.start(Moment(0, date.today())))
    router.render(idle)
    pin = replace(idle, screen=PinView(Msg.IDLE_WELCOME, 3, False, True, 6))
    with caplog.at_level(logging.WARNING):
        router.render(pin)
    assert shell.current_screen_name() == "idle"
    assert "PinView" in caplog.text
    assert router.current_view is pin
