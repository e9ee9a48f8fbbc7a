"""Technician tests reuse the device simulators' fixtures (pcscd + vpcd, the ID reader on a pty)
and the reference server from tests/conftest.py, plus the 2D scanner on a pty; Qt runs
offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from devices.sim.scanner_pty import PtyScanner
from tests.devices.conftest import insert_card, pcscd, pcscd_service, pty_reader

__all__ = ["insert_card", "pcscd", "pcscd_service", "pty_reader", "pty_scanner"]


@pytest.fixture
def pty_scanner(tmp_path: Path) -> Iterator[PtyScanner]:
    """A 2D scanner in serial mode on a pty (suffix CR, paced at 9600 baud), at a stable link."""
    sim = PtyScanner(str(tmp_path / "ttyACM0")).start()
    yield sim
    sim.stop()
