"""Fixtures: real queue files in tmp_path and a real HTTP server on loopback."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.adapters.batch_uploader import AgencyBatchUploader
from offline_queue.outbox import Outbox
from tests.offline_queue.loopback_server import LoopbackServer
from tests.offline_queue.queue_helpers import agency_client


@pytest.fixture
def data_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def queue_path(tmp_path: Path) -> Path:
    return tmp_path / "queue" / "outbox.db"


@pytest.fixture
def outbox(queue_path: Path, data_key: bytes) -> Iterator[Outbox]:
    box = Outbox(queue_path, data_key)
    yield box
    box.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LoopbackServer]:
    with LoopbackServer(tmp_path / "server.db") as running:
        yield running


@pytest.fixture
def uploader(server: LoopbackServer) -> Iterator[AgencyBatchUploader]:
    """The kiosk's production uploader over its signed AgencyClient."""
    client = agency_client(server.url, timeout_s=5.0)
    yield AgencyBatchUploader(client)
    client.close()
