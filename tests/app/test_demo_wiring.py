"""`kiosk demo` wiring: the demo environment starts the server, the simulators and the proxy and
writes settings for them; the control panel drives the simulators and the kiosk notices through
its real device and network paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.sim.card_profile import SIM_MASTER_KEY
from devices.sim.pcscd_service import VPCD_READER, wait_card_state
from kiosk.app.main import KioskApp
from kiosk.demo.control_panel import ControlPanel
from kiosk.demo.environment import DemoEnvironment
from kiosk.demo.simulators import CLONE_MASTER_KEY
from kiosk.flow.view_models import EndingView, IdleView, PinView

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]


@pytest.fixture
def demo(tmp_path: Path, pcscd: str) -> Iterator[DemoEnvironment]:
    env = DemoEnvironment(tmp_path / "demo", simulators=True)
    with env:
        yield env


def test_settings_point_the_kiosk_at_the_proxy_and_the_simulators(demo: DemoEnvironment) -> None:
    settings = demo.settings()
    assert demo.devices is not None
    assert settings.server.url == demo.devices.proxy.url != demo.url
    assert settings.devices.card_reader.reader == VPCD_READER
    assert settings.devices.printer.uri == demo.devices.printer.uri
    assert settings.devices.id_reader.port == demo.devices.id_reader_port
    assert {m.scenario for m in demo.devices.cast} >= {"eligible_12_months", "pensioner"}
    assert requests.get(f"{settings.server.url}/health", timeout=5).ok
    demo.devices.cut_network()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{settings.server.url}/health", timeout=5)
    demo.devices.restore_network()
    assert requests.get(f"{settings.server.url}/health", timeout=5).ok


def test_control_panel_card_in_and_out_drives_the_kiosk(
    qtbot: QtBot, demo: DemoEnvironment
) -> None:
    assert demo.devices is not None
    kiosk = KioskApp(demo.settings(), demo.secrets())
    qtbot.addWidget(kiosk.shell)
    panel = ControlPanel(demo.devices)
    qtbot.addWidget(panel)
    kiosk.start()
    try:
        qtbot.waitUntil(lambda: isinstance(kiosk.controller.view.screen, IdleView))
        qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(kiosk.controller.view.screen, PinView), timeout=15000)
        qtbot.mouseClick(panel.paper_button, Qt.MouseButton.LeftButton)
        assert demo.devices.printer.state.paper_out
        qtbot.mouseClick(panel.network_button, Qt.MouseButton.LeftButton)
        assert not demo.devices.proxy.connected
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(kiosk.controller.view.screen, EndingView), timeout=15000)
        wait_card_state(VPCD_READER, present=False)
        qtbot.mouseClick(panel.insert_clone_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: demo.devices is not None and demo.devices.card is not None)
        assert demo.devices.card is not None
        assert demo.devices.card.profile.master_key == CLONE_MASTER_KEY != SIM_MASTER_KEY
        qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
        wait_card_state(VPCD_READER, present=False)
    finally:
        panel.shutdown()
        kiosk.stop()


def test_the_control_panel_can_show_the_code_the_server_texted(agency, kiosk_client) -> None:  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    from kiosk.demo.simulators import CastMember, DemoDevices, fetch_cast

    member: CastMember = fetch_cast(agency.url)[0]
    devices = SimpleNamespace(server_url=agency.url)
    assert DemoDevices.last_text_message(devices, member) is None  # type: ignore[arg-type]
    kiosk_client.request_code(member.ssn)
    text = DemoDevices.last_text_message(devices, member)  # type: ignore[arg-type]
    assert text is not None and "验证码" in text
