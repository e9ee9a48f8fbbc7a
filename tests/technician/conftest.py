"""Technician tests reuse the device simulators' fixtures (pcscd + vpcd, the ID reader on a pty)
and the reference server from tests/conftest.py; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.devices.conftest import insert_card, pcscd, pcscd_service, pty_reader

__all__ = ["insert_card", "pcscd", "pcscd_service", "pty_reader"]
