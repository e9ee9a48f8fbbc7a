"""`kiosk server seed && kiosk server run` serves the API, as the README promises."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_seed_then_run_serves_the_api_and_refuses_unsigned_claims(tmp_path: Path) -> None:
    port = _free_port()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{tmp_path / "server"}"\nport = {port}\n')
    kiosk = [sys.executable, "-m", "kiosk.cli", "--config", str(config)]
    seeded = subprocess.run(
        [*kiosk, "server", "seed", "--claimants", "30"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert seeded.returncode == 0, seeded.stderr
    assert "registered kiosk kiosk-demo-001" in seeded.stdout
    assert (tmp_path / "secrets.toml").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "server" / "staff-credentials.txt").stat().st_mode & 0o777 == 0o600
    again = subprocess.run(
        [*kiosk, "server", "seed"], capture_output=True, text=True, check=False, timeout=120
    )
    assert again.returncode != 0 and "already holds claimants" in again.stderr

    server = subprocess.Popen(
        [*kiosk, "server", "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
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
        assert requests.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5).json()["info"][
            "title"
        ]
        # Swagger UI only in development mode or with api_docs (tests/server/test_dev_mode.py).
        assert requests.get(f"http://127.0.0.1:{port}/docs", timeout=5).status_code == 404
        unsigned = requests.post(f"http://127.0.0.1:{port}/api/v1/claims", json={}, timeout=5)
        assert unsigned.status_code == 401
    finally:
        server.terminate()
        server.wait(10)
