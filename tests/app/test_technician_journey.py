"""Issue 6's technician journey on one fresh kiosk, end to end against the reference server and
the simulators: enrol with a one-time code, detect and select the devices, test-read the social
security card and the ID card (masked fields only), test-print, then start the kiosk and see it
on the agency's fleet page through its own heartbeat.

The technician is played through `TechnicianConsole`, the object the technician pages' intents
run through (the pages themselves are tested in tests/technician); the PIN keypad and the detect
page, cheap to drive, are tapped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from config import load_secrets
from config.loading import load_settings
from config.secrets import ensure_secrets
from devices import diagnostics
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.printer_sim import TcpPrinterSim
from devices.sim.vpcd_card import VirtualCard
from kiosk.api import AgencyClient
from kiosk.app.main import KioskApp
from kiosk.app.services import app_version
from kiosk.enrolment import Enrolled
from kiosk.technician import settings_edit
from kiosk.technician.console import TechnicianConsole, TechnicianPaths
from screens.technician.device_pages import DetectPage
from screens.technician.i18n import tt
from screens.technician.window import TechnicianWindow
from tests.app.harness import card_of
from tests.conftest import Agency
from tests.doubles import FakeFlowClock
from tests.fleet.fleet_kit import issue
from tests.technician.view_kit import close_desk, open_desk

pytestmark = [pytest.mark.pcsc, pytest.mark.gui]

InsertCard = Callable[..., VirtualCard]
KIOSK_ID = "kiosk-222405-601"
TECHNICIAN_PIN = "480271"


def fleet_page(agency: Agency) -> str:
    """GET /fleet after a staff login with the web form, as a supervisor would."""
    with requests.Session() as http:
        form = http.get(f"{agency.url}/fleet/login", timeout=10)
        csrf = re.search(r'name="csrf" value="([^"]+)"', form.text)
        assert csrf
        answer = http.post(
            f"{agency.url}/fleet/login",
            data={
                "csrf": csrf.group(1),
                "username": "reviewer",
                "password": agency.staff_passwords["reviewer"],
            },
            timeout=10,
            allow_redirects=False,
        )
        assert answer.status_code == 303
        page = http.get(f"{agency.url}/fleet", timeout=10)
        assert page.status_code == 200
        return page.text


def fleet_row(page: str, kiosk_id: str) -> str | None:
    found = re.search(rf'<tr class="[^"]*" data-kiosk="{kiosk_id}">(.*?)</tr>', page, re.S)
    return found.group(1) if found else None


def enter_pin(qtbot: QtBot, window: TechnicianWindow) -> None:
    """The technician PIN typed on the technician keypad opens the menu."""
    assert window.current_page() == "pin"
    for digit in TECHNICIAN_PIN:
        QTest.mouseClick(window.pin.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.pin.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() == "menu", timeout=10_000)


def pick_card_reader(qtbot: QtBot, window: TechnicianWindow, reader: str) -> None:
    """The detect page lists the readers; a touch on "use for cards" saves the choice at once."""
    page = window.pages["detect"]
    assert isinstance(page, DetectPage)
    window.show_page("detect")
    qtbot.waitUntil(lambda: page.found is not None, timeout=10_000)
    found = page.found
    assert found is not None and reader in found.readers

    def picks() -> list[QPushButton]:
        return [
            b
            for b in page.findChildren(QPushButton)
            if b.text() == tt("Use for cards") and b.isVisibleTo(page)
        ]

    qtbot.waitUntil(lambda: len(picks()) == len(found.readers), timeout=5_000)
    pick = picks()[found.readers.index(reader)]
    page.scroll_area.ensureWidgetVisible(pick)  # a touch reaches only what is on screen
    with qtbot.waitSignal(page.chosen, timeout=5_000) as chosen:
        QTest.mouseClick(pick, Qt.MouseButton.LeftButton)
    assert chosen.args is not None and isinstance(chosen.args[0], settings_edit.Saved)


def test_a_technician_enrols_sets_up_and_tests_a_fresh_kiosk_that_then_shows_on_the_fleet_page(
    qtbot: QtBot,
    agency: Agency,
    pcscd: str,
    insert_card: InsertCard,
    pty_reader: PtyIdReader,
    printer_sim: TcpPrinterSim,
    cast: dict[str, dict[str, Any]],
    tmp_path: Path,
) -> None:
    # A fresh install: a settings file naming the agency and the kiosk, an empty data directory.
    config_path = tmp_path / "etc" / "kiosk.toml"
    config_path.parent.mkdir()
    data_dir = tmp_path / "data"
    config_path.write_text(
        f'[server]\nurl = "{agency.url}"\nconnect_timeout_s = 1.0\n\n'
        f'[kiosk]\nid = "{KIOSK_ID}"\n\n'
        f'[queue]\npath = "{data_dir / "queue.db"}"\nsync_interval_s = 5\n\n'
        "[ui]\nfullscreen = false\nhide_cursor = false\n",
        encoding="utf-8",
    )
    settings = load_settings(config_path)
    paths = TechnicianPaths.for_config(config_path, settings, data_dir=data_dir)
    ensure_secrets(paths.secrets_path)  # what the app's first start does
    console = TechnicianConsole(settings, paths, extra_ports=lambda: (pty_reader.path,))
    console.pins.set_pin(TECHNICIAN_PIN)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.open_over(fullscreen=False)
    try:
        enter_pin(qtbot, window)

        # 1. Enrolment: the agency issues a one-time code, the technician types it.
        code = issue(agency, KIOSK_ID)
        enrolled = console.enrol(code)
        assert isinstance(enrolled.outcome, Enrolled), enrolled.outcome
        assert enrolled.settings_note == "updated"
        after_enrolment = load_settings(config_path)
        assert (after_enrolment.kiosk.id, after_enrolment.kiosk.region) == (KIOSK_ID, "222405")
        assert after_enrolment.kiosk.site_name == "测试网点"

        # 2. Detect the simulated devices; the card reader is picked by touch on the detect page,
        # the others through the same console call the page makes.
        pick_card_reader(qtbot, window, pcscd)
    finally:
        close_desk(desk)
    detected = console.detect()
    assert detected.pcsc.service is diagnostics.PcscService.RUNNING
    assert pcscd in detected.readers
    assert pty_reader.path in [port.device for port in detected.serial_ports]
    for key, value in (
        ("devices.id_reader.port", pty_reader.path),
        ("devices.printer.uri", printer_sim.uri),
    ):
        chosen = console.choose_device(key, value)
        assert isinstance(chosen, settings_edit.Saved), chosen
    saved = load_settings(config_path)
    assert saved.devices.card_reader.reader == pcscd
    assert saved.devices.id_reader.port == pty_reader.path
    assert saved.devices.printer.uri == printer_sim.uri
    assert saved.kiosk.id == KIOSK_ID  # choosing devices kept the enrolment

    # 3. Test reads: the social security card (no PIN) and the ID card, masked only.
    person = cast["eligible_18_months"]
    insert_card(card_of(person))
    card = console.test_card()
    assert isinstance(card, diagnostics.MaskedCard), card
    shown = " ".join(str(v) for v in (card.ssn, card.name, card.card_number, card.expired))
    assert person["ssn"] not in shown and person["name"] not in shown
    assert person["card_number"] not in shown
    assert card.ssn.startswith(person["ssn"][:2]) and "*" in card.ssn

    resident = cast["too_few_months"]
    pty_reader.card = ResidentCard(
        name=resident["name"],
        id_number=resident["ssn"],
        birth_date=resident["birth_date"].replace("-", ""),
    )
    id_card = console.test_id()
    assert isinstance(id_card, diagnostics.MaskedIdCard), id_card
    assert resident["ssn"] not in id_card.id_number and "*" in id_card.id_number
    assert resident["name"] not in id_card.name

    # 4. Test print on the printer simulator.
    printed = console.test_print()
    assert isinstance(printed, diagnostics.PrintResult), printed
    assert printed.uri == printer_sim.uri and printed.bytes_sent > 0
    (job,) = printer_sim.wait_for_jobs(1)
    assert KIOSK_ID in job.text

    # The technician's actions were logged locally (names of things, no values) and reach the
    # agency once a client with the new key sends them.
    kinds = [line for line in console.technician_log() if "device_test" in line]
    assert len(kinds) == 3
    assert code.replace("-", "") not in paths.technician_log.read_text()
    secrets = load_secrets(paths.secrets_path)
    client = AgencyClient(agency.url, KIOSK_ID, secrets.kiosk_key, backoff_s=0.01)
    try:
        console.reporter.sender = client
        assert console.reporter.flush() >= 1
    finally:
        client.close()
    console.stop()

    # 5. Leave technician mode: the kiosk starts on what was saved and its heartbeat reports it.
    before = fleet_row(fleet_page(agency), KIOSK_ID)
    assert before is not None and "测试网点" in before  # enrolled, but never heard from
    assert app_version() not in before
    app = KioskApp(
        load_settings(config_path),
        secrets,
        clock=FakeFlowClock(),
        tick_ms=3_600_000,
        config_path=config_path,
    )
    qtbot.addWidget(app.shell)
    app.shell.show()
    app.start()
    try:
        heartbeat = app.services.heartbeat
        qtbot.waitUntil(lambda: heartbeat.status().sent >= 1, timeout=10_000)
        # Once the card monitor has looked at the reader, the next beat carries its real state.
        qtbot.waitUntil(
            lambda: app.services.device_states.card_reader not in ("unknown", "no_reader"),
            timeout=10_000,
        )
        sent = heartbeat.status().sent
        heartbeat.nudge()
        qtbot.waitUntil(lambda: heartbeat.status().sent > sent, timeout=10_000)
        row = fleet_row(fleet_page(agency), KIOSK_ID)
        assert row is not None and "测试网点" in row
        assert app_version() in row and "0 件" in row  # version and an empty queue
        assert "no_reader" not in row and "b-bad" not in row
    finally:
        app.stop()
