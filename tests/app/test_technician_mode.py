"""Technician mode inside the running kiosk: entering wipes the claimant's session, a right PIN
opens the menu and the app lets go of the readers, leaving gives them back."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from config import Secrets
from config.secrets import save_secrets
from kiosk.app.main import KioskApp
from kiosk.flow.view_models import IdentityView
from kiosk.technician.pin import PinStore
from tests.app.harness import AppDriver, kiosk_settings
from tests.app.test_kiosk_e2e import proxy, sign_in_with_card
from tests.doubles import FakeFlowClock

__all__ = ["proxy"]

PIN = "480259"


@pytest.fixture
def kiosk_with_technician(
    qtbot: QtBot, agency, proxy, pcscd, pty_reader, printer_sim, tmp_path: Path, data_key: bytes
) -> Iterator[AppDriver]:  # type: ignore[no-untyped-def]
    settings = kiosk_settings(
        proxy, agency.kiosk_id, tmp_path / "queue.db", pcscd, pty_reader.path, printer_sim.uri
    )
    config_path = tmp_path / "kiosk.toml"
    secrets = Secrets(kiosk_key=agency.kiosk_key, queue_data_key=data_key)
    save_secrets(secrets, tmp_path / "secrets.toml")
    PinStore(tmp_path / "secrets.toml").set_pin(PIN)
    app = KioskApp(
        settings, secrets, clock=FakeFlowClock(), tick_ms=3_600_000, config_path=config_path
    )
    qtbot.addWidget(app.shell)
    app.shell.show()
    app.start()
    yield AppDriver(app, FakeFlowClock(), qtbot)
    app.stop()


def test_entering_technician_mode_wipes_the_session_and_a_right_pin_opens_the_menu(
    kiosk_with_technician: AppDriver,
    insert_card: Any,
    cast: dict[str, dict[str, Any]],
    qtbot: QtBot,
) -> None:
    kiosk = kiosk_with_technician
    monitor_before = kiosk.app.services.card_monitor
    sign_in_with_card(kiosk, insert_card, cast["eligible_12_months"])
    assert isinstance(kiosk.screen, IdentityView)
    technician = kiosk.app.technician
    assert technician is not None
    technician.open()
    qtbot.waitUntil(lambda: not isinstance(kiosk.screen, IdentityView), timeout=10_000)
    window = technician.window
    assert window.isVisible() and window.current_page() == "pin"
    for digit in PIN:
        window.pin.press(digit)
    window.pin.submit()
    qtbot.waitUntil(lambda: window.current_page() == "menu", timeout=10_000)
    # The right PIN made the app let go of the readers for the technician's tests.
    assert monitor_before is not None and monitor_before._thread is None
