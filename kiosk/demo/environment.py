"""Starts what a demo kiosk talks to: its own settings, a seeded reference server on loopback.

The server runs as a separate process through the same `kiosk server` commands an agency would
use, so the kiosk reaches it only over HTTP, exactly as in production.
"""

import logging
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from config import Settings, load_settings
from config.saving import save_settings
from config.secrets import Secrets, ensure_secrets

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class DemoEnvironment:
    """Owns a demo data directory; `start()` brings the agency up, `stop()` takes it down."""

    root: Path
    port: int = field(default_factory=free_port)
    _server: subprocess.Popen[bytes] | None = None

    @property
    def config_path(self) -> Path:
        return self.root / "kiosk.toml"

    @property
    def server_log(self) -> Path:
        return self.root / "server-stdout.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def settings(self) -> Settings:
        return load_settings(self.config_path)

    def secrets(self) -> Secrets:
        return ensure_secrets(self.config_path.with_name("secrets.toml"))

    def _write_settings(self) -> None:
        data = {
            "server": {"url": self.url, "connect_timeout_s": 2.0, "read_timeout_s": 10.0},
            "kiosk": {
                "id": "kiosk-demo-001",
                "region": "222405",
                "site_name": "龙井市安民街道社区服务中心",
            },
            "ui": {"fullscreen": False, "hide_cursor": False},
            "queue": {"path": str(self.root / "queue.db")},
            "logging": {"dir": str(self.root / "logs")},
            "reference_server": {
                "data_dir": str(self.root / "agency"),
                "port": self.port,
                "public_url": self.url,
            },
        }
        save_settings(Settings.model_validate(data), self.config_path)

    def _kiosk(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "kiosk.cli", "--config", str(self.config_path), *args]

    def start(self, timeout_s: float = 60.0) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._write_settings()
        self.secrets()
        if not (self.root / "agency" / "agency.db").exists():
            subprocess.run(self._kiosk("server", "seed"), check=True, stdout=subprocess.DEVNULL)
        with self.server_log.open("ab") as out:
            self._server = subprocess.Popen(
                self._kiosk("server", "run"),
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ},
            )
        deadline = time.monotonic() + timeout_s
        while True:
            if self._server.poll() is not None:
                raise RuntimeError(f"the reference server exited; see {self.server_log}")
            try:
                if requests.get(f"{self.url}/health", timeout=1).ok:
                    return
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the reference server did not answer within {timeout_s:.0f} s")
            time.sleep(0.1)

    def stop(self) -> None:
        if self._server is not None and self._server.poll() is None:
            self._server.terminate()
            try:
                self._server.wait(10)
            except subprocess.TimeoutExpired:
                self._server.kill()
        self._server = None

    def __enter__(self) -> "DemoEnvironment":
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()
