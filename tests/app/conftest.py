"""Fixtures for the composition-root tests: the real server, a real queue file, the simulators.

The pcscd/vpcd and pty fixtures are the device tests' own, imported so both suites start pcscd
the same way (and stop only what they started).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from devices.sim.card_applet import identification_code
from devices.sim.card_profile import CardProfile
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.api import AgencyClient
from kiosk.demo.checks import simulated_card_login
from kiosk.domain.claimant import CardCredentials, CardLogin
from server.db import transaction
from server.kiosks_registry import register_kiosk
from tests.conftest import Agency
from tests.devices.conftest import insert_card, pcscd, pcscd_service, pty_reader

__all__ = ["insert_card", "pcscd", "pcscd_service", "pty_reader"]


@pytest.fixture(scope="module")
def cast(agency: Agency) -> dict[str, dict[str, Any]]:
    """The demo cast by scenario, from the server's development endpoint."""
    rows = requests.get(f"{agency.url}/api/dev/cast", timeout=10).json()
    return {row["scenario"]: row for row in rows}


def card_of_person(person: dict[str, Any]) -> CardCredentials:
    """What the person's simulated card says about itself (EF05 tag 01, region, number)."""
    profile = CardProfile(region=person["card_region"], card_number=person["card_number"])
    return CardCredentials(
        card_id=identification_code(profile).hex(),
        region_code=person["card_region"],
        card_number=person["card_number"],
    )


def card_login(client: AgencyClient, person: dict[str, Any]) -> CardLogin:
    """The person's genuine card logged in through `client`'s kiosk, as the kiosk does it."""
    return CardLogin(card_of_person(person), simulated_card_login(client, person).token)


@pytest.fixture(scope="module")
def far_kiosk_key(agency: Agency) -> tuple[str, bytes]:
    """A second kiosk, in Beijing (id, key): the Yanbian cast is insured outside its area."""
    kiosk_id, key = "kiosk-110101-001", secrets.token_bytes(32)
    with transaction(agency.sessions()) as session:
        register_kiosk(session, kiosk_id, key, "110101")
    return kiosk_id, key


@pytest.fixture
def far_kiosk(agency: Agency, far_kiosk_key: tuple[str, bytes]) -> Iterator[AgencyClient]:
    client = AgencyClient(agency.url, *far_kiosk_key, backoff_s=0.01)
    yield client
    client.close()


@pytest.fixture
def printer_sim() -> Iterator[TcpPrinterSim]:
    sim = TcpPrinterSim().start()
    yield sim
    sim.stop()


@pytest.fixture
def data_key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def queue_path(tmp_path: Path) -> Path:
    return tmp_path / "queue.db"


def dead_url() -> str:
    """A loopback port nobody listens on: connections are refused at once."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def offline_client(agency: Agency) -> Iterator[AgencyClient]:
    client = AgencyClient(
        dead_url(), agency.kiosk_id, agency.kiosk_key, backoff_s=0.01, connect_timeout_s=0.5
    )
    yield client
    client.close()
