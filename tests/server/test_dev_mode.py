"""Development views only on request, and only on loopback.

Before: the default `kiosk server run` served `/api/dev/cast` (names, ID numbers, mobiles) and
`/api/dev/sms-outbox/...` (live one-time codes) to anyone, also when bound to 0.0.0.0.
"""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from server.cli import is_loopback
from tests.conftest import Agency, start_agency


@pytest.fixture(scope="module")
def production_like(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Agency]:
    """The server as `kiosk server run` starts it: no --dev."""
    yield from start_agency(tmp_path_factory.mktemp("nodev"), None, claimants=10, dev=False)


def test_without_dev_no_development_view_is_served(production_like: Agency) -> None:
    for path in ("/api/dev/cast", "/api/dev/sms-outbox/13800000000", "/docs", "/redoc"):
        answer = requests.get(production_like.url + path, timeout=10)
        assert answer.status_code == 404, path
    contract = requests.get(production_like.url + "/openapi.json", timeout=10).json()
    assert contract["paths"] and not any(p.startswith("/api/dev") for p in contract["paths"])


def test_with_dev_the_demo_views_are_there(agency: Agency) -> None:
    assert requests.get(agency.url + "/api/dev/cast", timeout=10).json()
    assert requests.get(agency.url + "/docs", timeout=10).status_code == 200


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("kiosk.example.gov.cn", False),
    ],
)
def test_loopback_means_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def _kiosk(tmp_path: Path, port: int) -> list[str]:
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{tmp_path / "server"}"\nport = {port}\n')
    return [sys.executable, "-m", "kiosk.cli", "--config", str(config)]


def test_dev_on_a_public_address_is_refused_with_exit_code_2(tmp_path: Path) -> None:
    run = subprocess.run(
        [*_kiosk(tmp_path, 8099), "server", "run", "--dev", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert run.returncode == 2
    assert "loopback" in run.stderr and "0.0.0.0" in run.stderr


def test_kiosk_server_run_dev_serves_the_development_views(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    kiosk = _kiosk(tmp_path, port)
    server = subprocess.Popen(
        [*kiosk, "server", "run", "--dev"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline, "server did not come up"
            time.sleep(0.1)
        assert requests.get(f"http://127.0.0.1:{port}/api/dev/cast", timeout=5).status_code == 200
        assert requests.get(f"http://127.0.0.1:{port}/docs", timeout=5).status_code == 200
    finally:
        server.terminate()
        server.wait(10)
