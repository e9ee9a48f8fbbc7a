"""Fixtures for the session-flow tests."""

from __future__ import annotations

import pytest

from tests.flow.flow_kit import FlowDriver, kiosk


@pytest.fixture
def k() -> FlowDriver:
    return kiosk()
