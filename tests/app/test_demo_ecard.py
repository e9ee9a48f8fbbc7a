"""The demo's e-card controls: the control panel "shows" a claimant's e-card to the simulated
scanner, with a code the reference server's platform minted, and the kiosk logs them in through
its real scanner path; showing the same code again is a replay the agency refuses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app.main import KioskApp
from kiosk.demo.control_panel import ControlPanel
from kiosk.demo.environment import DemoEnvironment
from kiosk.flow.events import Finish
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import IdentityView, IdleView, ProblemView

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]


@pytest.fixture
def demo(tmp_path: Path, pcscd: str) -> Iterator[DemoEnvironment]:
    env = DemoEnvironment(tmp_path / "demo", simulators=True)
    with env:
        yield env


def test_the_panel_shows_an_ecard_and_the_kiosk_logs_the_claimant_in(
    qtbot: QtBot, demo: DemoEnvironment
) -> None:
    assert demo.devices is not None
    settings = demo.settings()
    assert settings.devices.scanner.port == demo.devices.scanner.path
    kiosk = KioskApp(settings, demo.secrets())
    qtbot.addWidget(kiosk.shell)
    panel = ControlPanel(demo.devices)
    qtbot.addWidget(panel)
    kiosk.start()

    def screen() -> object:
        return kiosk.controller.view.screen

    try:
        qtbot.waitUntil(lambda: isinstance(screen(), IdleView))
        index = next(
            i for i, m in enumerate(demo.devices.cast) if m.scenario == "eligible_12_months"
        )
        panel.person.setCurrentIndex(index)
        qtbot.mouseClick(panel.ecard_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(screen(), IdentityView), timeout=15000)
        kiosk.controller.post(Finish())
        assert kiosk.services.scanner_watcher is not None
        kiosk.services.scanner_watcher.repeat_s = 0.0  # the phone was taken away meanwhile
        qtbot.mouseClick(panel.ecard_again_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(screen(), ProblemView), timeout=15000)
        problem = screen()
        assert isinstance(problem, ProblemView)
        assert problem.message is Msg.LOGIN_ECARD_REPLAYED
    finally:
        panel.shutdown()
        kiosk.stop()
