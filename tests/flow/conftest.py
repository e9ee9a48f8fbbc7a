"""Fixtures for the session-flow tests."""

from __future__ import annotations

import pytest

from tests.flow.flow_kit import Kiosk, kiosk


@pytest.fixture
def k() -> Kiosk:
    return kiosk()
