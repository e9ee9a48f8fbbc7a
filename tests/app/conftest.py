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

from devices.sim.printer_sim import TcpPrinterSim
from kiosk.api import AgencyClient
from tests.conftest import Agency
from tests.devices.conftest import insert_card, pcscd, pcscd_service, pty_reader

__all__ = ["insert_card", "pcscd", "pcscd_service", "pty_reader"]


@pytest.fixture(scope="module")
def cast(agency: Agency) -> dict[str, dict[str, Any]]:
    """The demo cast by scenario, from the server's development endpoint."""
    rows = requests.get(f"{agency.url}/api/dev/cast", timeout=10).json()
    return {row["scenario"]: row for row in rows}


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
