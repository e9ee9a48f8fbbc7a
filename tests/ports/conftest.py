"""The real parts the port contract suites run against: the seeded reference server on a loopback
port (tests/conftest.py), a real queue file, the demo cast and its cards (tests/app/conftest.py),
pcscd with the vpcd reader and the ID-card reader on a pty (tests/devices/conftest.py)."""

from __future__ import annotations

from tests.app.conftest import cast, data_key, offline_client, queue_path
from tests.devices.conftest import insert_card, pcscd, pcscd_service, pty_reader

__all__ = [
    "cast",
    "data_key",
    "insert_card",
    "offline_client",
    "pcscd",
    "pcscd_service",
    "pty_reader",
    "queue_path",
]
