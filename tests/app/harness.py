"""A whole kiosk for tests: KioskApp wired to the real server (through the demo's network proxy),
a real queue file, pcscd + vpcd, the ID reader on a pty and the printer simulator on TCP.

The clock is a test clock: ticks are sent by the test after moving it, so timeouts take no time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from config import Secrets, Settings
from devices.sim.card_profile import CardProfile
from kiosk.app.main import KioskApp
from kiosk.demo.network_proxy import NetworkProxy
from kiosk.flow.events import Event
from kiosk.flow.view_models import ScreenView
from tests.doubles import FakeFlowClock


def kiosk_settings(
    proxy: NetworkProxy,
    kiosk_id: str,
    queue: Path,
    reader: str | None,
    id_port: str | None,
    printer_uri: str | None,
) -> Settings:
    return Settings.model_validate(
        {
            "server": {"url": proxy.url, "connect_timeout_s": 1.0, "read_timeout_s": 5.0},
            "kiosk": {"id": kiosk_id, "region": "222405"},
            "ui": {"fullscreen": False, "hide_cursor": False},
            "queue": {"path": str(queue), "sync_interval_s": 5},
            "devices": {
                "card_reader": {"reader": reader},
                "id_reader": {"port": id_port},
                "printer": {"uri": printer_uri, "paper_width_mm": 80},
            },
        }
    )


def card_of(person: dict[str, Any], **changes: Any) -> CardProfile:
    return CardProfile(
        ssn=person["ssn"],
        name=person["name"],
        card_number=person["card_number"],
        region=person["card_region"],
        birth_date=date.fromisoformat(person["birth_date"]),
        gender="1" if person["gender"] == "M" else "2",
        **changes,
    )


@dataclass
class AppDriver:
    app: KioskApp
    clock: FakeFlowClock
    qtbot: QtBot

    @property
    def screen(self) -> ScreenView:
        return self.app.controller.view.screen

    def post(self, event: Event) -> None:
        self.app.controller.post(event)

    def widget(self, screen: str) -> Any:
        """A screen of the shell by its registry name, to find its buttons."""
        return self.app.shell.screen_widget(screen)

    def tap(self, widget: QWidget) -> None:
        assert widget.isEnabled() and widget.isVisible(), widget
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def type_on(self, screen: str, digits: str) -> None:
        """Type on the screen's keypad and press OK, as a claimant would."""
        pad = self.widget(screen).pad
        for digit in digits:
            self.tap(pad.keys[digit])
        self.tap(pad.ok_button)

    def wait_for(self, view_type: type, timeout_ms: int = 15000) -> Any:
        self.qtbot.waitUntil(lambda: isinstance(self.screen, view_type), timeout=timeout_ms)
        return self.screen

    def tick_after(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.app.controller.tick()

    def settle(self, timeout_s: float = 10.0) -> None:
        """Let every effect finish and its result reach the flow."""
        assert self.app.executor.wait_idle(timeout_s)
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline:
            self.qtbot.wait(20)
            if self.app.executor.wait_idle(0):
                break


def make_kiosk(qtbot: QtBot, settings: Settings, kiosk_key: bytes, data_key: bytes) -> AppDriver:
    clock = FakeFlowClock()
    secrets = Secrets(kiosk_key=kiosk_key, queue_data_key=data_key)
    app = KioskApp(settings, secrets, clock=clock, tick_ms=3_600_000)
    qtbot.addWidget(app.shell)
    app.shell.show()
    return AppDriver(app, clock, qtbot)
