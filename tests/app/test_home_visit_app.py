"""`kiosk run --home-visit`: the field-staff login opens the laptop, online and then offline; until
then no claimant can start; signing out ends the claimant's session (issue 13 §8).

The whole app offscreen against the real server through the demo's network proxy, which the test
cuts to take the laptop offline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from config import Secrets
from kiosk.app.home_visit_mode import LOGIN_SCREEN, HomeVisitMode
from kiosk.app.main import KioskApp
from kiosk.demo.network_proxy import NetworkProxy
from kiosk.flow import events as ev
from kiosk.flow.view_models import GuideView, IdleView
from tests.app.harness import kiosk_settings
from tests.conftest import Agency
from tests.doubles import FakeFlowClock

pytestmark = pytest.mark.gui


@pytest.fixture
def proxy(agency: Agency) -> Iterator[NetworkProxy]:
    target = urlsplit(agency.url)
    assert target.hostname is not None and target.port is not None
    running = NetworkProxy(target.hostname, target.port).start()
    yield running
    running.stop()


@pytest.fixture
def laptop(qtbot: QtBot, agency: Agency, proxy: NetworkProxy, tmp_path: Path) -> Iterator[KioskApp]:
    settings = kiosk_settings(proxy, agency.kiosk_id, tmp_path / "queue.db", None, None, None)
    secrets = Secrets(kiosk_key=agency.kiosk_key, queue_data_key=b"q" * 32)
    app = KioskApp(
        settings,
        secrets,
        clock=FakeFlowClock(),
        tick_ms=3_600_000,
        supervise_devices=False,
        home_visit=True,
    )
    qtbot.addWidget(app.shell)
    app.shell.show()
    app.start()
    yield app
    app.stop()


def _sign_in(qtbot: QtBot, mode: HomeVisitMode, name: str, password: str) -> None:
    screen = mode.screen
    screen.name.clear()
    qtbot.keyClicks(screen.name, name)
    qtbot.keyClicks(screen.password, password)
    qtbot.mouseClick(screen.sign_in, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.sign_in.isEnabled(), timeout=15000)


def test_the_field_staff_login_opens_the_laptop_online_and_then_offline(
    qtbot: QtBot, laptop: KioskApp, agency: Agency, proxy: NetworkProxy
) -> None:
    mode = laptop.home_visit
    assert mode is not None
    shell, password = laptop.shell, agency.staff_passwords["visitor"]
    assert shell.current_screen_name() == LOGIN_SCREEN
    # Logged out, a card inserted reaches no one.
    laptop.devices.happened.emit(ev.CardInserted())
    qtbot.wait(50)
    assert isinstance(laptop.controller.view.screen, IdleView)
    assert shell.current_screen_name() == LOGIN_SCREEN

    _sign_in(qtbot, mode, "visitor", "not-the-password")
    assert not mode.logged_in and mode.screen.problem.isVisible()
    assert mode.screen.password.text() == ""

    _sign_in(qtbot, mode, "visitor", password)
    assert mode.logged_in
    assert mode.banner.isVisible() and "金**" in mode.banner.text()
    assert shell.current_screen_name() == "idle"

    # A claimant is served (the guide, no device needed); signing out ends their session first.
    laptop.controller.post(ev.ChooseGuide())
    qtbot.waitUntil(lambda: isinstance(laptop.controller.view.screen, GuideView))
    assert shell.current_screen_name() != LOGIN_SCREEN
    qtbot.mouseClick(mode.banner.sign_out, Qt.MouseButton.LeftButton)
    assert not isinstance(laptop.controller.view.screen, GuideView)
    assert not mode.logged_in and mode.desk.visitor is None
    assert not mode.banner.isVisible()
    assert shell.current_screen_name() == LOGIN_SCREEN

    # In the village: the network is gone, the sealed credential still opens the laptop.
    proxy.cut()
    _sign_in(qtbot, mode, "visitor", password)
    assert mode.logged_in
    badge = mode.badge
    assert badge is not None and badge.offline
    assert "金**" in mode.banner.text() and mode.banner.note.isVisible()

    # Signed in again, the claimant flow hears the card reader.
    laptop.devices.happened.emit(ev.CardInserted())
    qtbot.waitUntil(lambda: not isinstance(laptop.controller.view.screen, IdleView))
