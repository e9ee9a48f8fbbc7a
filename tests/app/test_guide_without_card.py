"""The guide from the attract screen, nobody signed in, in the real kiosk: the large button opens
it, the printer simulator runs out of paper and no "print again" is offered until the kiosk has
asked the printer and found it ready; then the sheet prints with the hotline, and the visit
times out back to the attract screen."""

from __future__ import annotations

import pytest

from devices.sim.printer_sim import TcpPrinterSim
from kiosk.flow.messages import Msg
from kiosk.flow.states import PrintProgress
from kiosk.flow.view_models import Action, GuideView, IdleView
from tests.app.harness import AppDriver
from tests.app.test_kiosk_e2e import kiosk, proxy

__all__ = ["kiosk", "proxy"]

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]


def _guide(kiosk: AppDriver) -> GuideView:
    screen = kiosk.screen
    assert isinstance(screen, GuideView)
    return screen


def test_the_guide_opens_from_the_idle_screen_and_prints_once_paper_is_back(
    kiosk: AppDriver, printer_sim: TcpPrinterSim
) -> None:
    kiosk.wait_for(IdleView)
    kiosk.tap(kiosk.widget("idle").guide_button)
    kiosk.wait_for(GuideView, timeout_ms=3000)
    chrome = kiosk.app.controller.view.chrome
    assert chrome.can_finish and not chrome.can_go_home

    printer_sim.state.paper_out = True
    screen = kiosk.widget("guide")
    kiosk.tap(screen.print_button)
    kiosk.qtbot.waitUntil(lambda: _guide(kiosk).printing is PrintProgress.FAILED, timeout=10000)
    assert _guide(kiosk).fault is Msg.PRINTER_PAPER_OUT
    assert Action.PRINT_GUIDE not in kiosk.app.controller.view.actions
    assert not screen.print_button.isVisible()

    # Staff put paper in; a few seconds later the kiosk asks the printer and offers printing.
    printer_sim.state.paper_out = False
    kiosk.tick_after(6)
    kiosk.qtbot.waitUntil(
        lambda: Action.PRINT_GUIDE in kiosk.app.controller.view.actions, timeout=10000
    )
    assert _guide(kiosk).fault is Msg.PRINTER_READY_AGAIN
    kiosk.tap(screen.print_button)
    kiosk.qtbot.waitUntil(lambda: _guide(kiosk).printing is PrintProgress.PRINTED, timeout=10000)
    (job,) = printer_sim.wait_for_jobs(1)
    assert "12333" in job.text

    # Nobody touches it: the same timeout as a session, then straight back to the start.
    kiosk.tick_after(200)
    kiosk.tick_after(200)
    kiosk.wait_for(IdleView, timeout_ms=3000)
