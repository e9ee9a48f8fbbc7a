"""E-card login through every real part: the scanner simulator on a pty, the serial driver, the
watcher thread, the flow, the screens, the agency client and the reference server on loopback.

The code comes from the reference platform (the demo's development endpoint), as the national
app would show it on the claimant's phone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from pytestqt.qtbot import QtBot

from config import Settings
from devices.sim.scanner_pty import PtyScanner
from kiosk.demo.network_proxy import NetworkProxy
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import EndingView, HomeView, IdentityView, IdleView, ProblemView
from server.synthetic import Scenario
from tests.app.harness import AppDriver, kiosk_settings, make_kiosk
from tests.app.test_kiosk_e2e import confirm_identity, proxy
from tests.conftest import Agency

__all__ = ["proxy"]


def _mint(agency: Agency, ssn: str, age_s: int = 0) -> str:
    answer = requests.post(
        f"{agency.url}/api/dev/ecard-code", json={"ssn": ssn, "age_s": age_s}, timeout=10
    )
    assert answer.status_code == 201, answer.text
    code: str = answer.json()["code"]
    return code


@pytest.fixture
def scanner(tmp_path: Path) -> Iterator[PtyScanner]:
    sim = PtyScanner(str(tmp_path / "ttyACM0")).start()
    yield sim
    sim.stop()


@pytest.fixture
def ecard_kiosk(
    qtbot: QtBot,
    agency: Agency,
    proxy: NetworkProxy,
    scanner: PtyScanner,
    tmp_path: Path,
    data_key: bytes,
) -> Iterator[AppDriver]:
    base = kiosk_settings(proxy, agency.kiosk_id, tmp_path / "queue.db", None, None, None)
    raw = base.model_dump()
    # A reader name nothing matches: a card another test puts into vpcd starts nothing here.
    raw["devices"]["card_reader"]["reader"] = "no such reader"
    raw["devices"]["scanner"] = {"port": scanner.path, "baud": 9600, "suffix": "cr"}
    running = make_kiosk(qtbot, Settings.model_validate(raw), agency.kiosk_key, data_key)
    running.app.start()
    yield running
    running.app.stop()


@pytest.fixture(scope="module")
def person(agency: Agency) -> dict[str, Any]:
    rows = requests.get(f"{agency.url}/api/dev/cast", timeout=10).json()
    found: dict[str, Any] = next(
        row for row in rows if row["scenario"] == Scenario.ELIGIBLE_12_MONTHS.value
    )
    return found


def test_showing_the_ecard_logs_in_once_and_a_replay_is_refused(
    ecard_kiosk: AppDriver, scanner: PtyScanner, agency: Agency, person: dict[str, Any]
) -> None:
    idle = ecard_kiosk.wait_for(IdleView)
    assert idle.ecard  # the attract screen offers the e-card: a scanner is fitted
    watcher = ecard_kiosk.app.services.scanner_watcher
    assert watcher is not None
    code = _mint(agency, person["ssn"])
    # A phone held up: the scanner reads it three times; it logs in once.
    for _ in range(3):
        assert scanner.show(code)
    identity = ecard_kiosk.wait_for(IdentityView)
    assert identity.masked_name.startswith(person["name"][0])
    assert person["name"] not in identity.masked_name
    confirm_identity(ecard_kiosk)
    assert watcher.scans_reported == 1
    ecard_kiosk.tap(ecard_kiosk.app.shell.bottom_bar.finish_button)
    ecard_kiosk.wait_for(EndingView)
    ecard_kiosk.tick_after(6)
    ecard_kiosk.wait_for(IdleView)
    # The same code again, after the phone was taken away: the agency has spent it.
    watcher.repeat_s = 0.0
    assert scanner.show(code)
    problem = ecard_kiosk.wait_for(ProblemView)
    assert problem.message is Msg.LOGIN_ECARD_REPLAYED
    assert isinstance(ecard_kiosk.screen, ProblemView)


def test_an_expired_code_and_a_stray_barcode_are_refused_with_their_own_words(
    ecard_kiosk: AppDriver, scanner: PtyScanner, agency: Agency, person: dict[str, Any]
) -> None:
    ecard_kiosk.wait_for(IdleView)
    assert scanner.show(_mint(agency, person["ssn"], age_s=600))
    assert ecard_kiosk.wait_for(ProblemView).message is Msg.LOGIN_ECARD_EXPIRED
    ecard_kiosk.tap(ecard_kiosk.app.shell.bottom_bar.finish_button)
    ecard_kiosk.tick_after(6)
    ecard_kiosk.wait_for(IdleView)
    assert scanner.show("https://example.org/s/R-2026-0001")
    assert ecard_kiosk.wait_for(ProblemView).message is Msg.LOGIN_NOT_AN_ECARD_CODE


def test_without_the_network_the_ecard_cannot_log_in(
    ecard_kiosk: AppDriver,
    scanner: PtyScanner,
    agency: Agency,
    proxy: NetworkProxy,
    person: dict[str, Any],
) -> None:
    ecard_kiosk.wait_for(IdleView)
    code = _mint(agency, person["ssn"])
    proxy.cut()
    try:
        assert scanner.show(code)
        assert ecard_kiosk.wait_for(ProblemView).message is Msg.LOGIN_ECARD_NEEDS_NETWORK
    finally:
        proxy.restore()
    ecard_kiosk.settle()
    assert not isinstance(ecard_kiosk.screen, HomeView | IdentityView)
